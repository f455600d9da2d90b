// Where a rule matched: Unicode code point offsets into a post as written.
#pragma once

namespace custos::domain {

struct Span
{
    int start = 0;
    int end = 0; // exclusive
    bool operator==(const Span&) const = default;
};

} // namespace custos::domain

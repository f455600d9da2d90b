// The investigation cases the demo workspace arrives with, so that a new user sees a
// case list and a timeline at once: one opened from planted harassment flags and being
// investigated, one from an anonymous report still at triage, one closed with a written
// warning, and one whose outcome is under appeal. Made through CaseService as the demo's
// investigator, every step signed like real work.
#pragma once

#include "core/Status.h"

#include <QString>

namespace custos::demo {

class DemoCases final
{
public:
    // dir: a demo workspace just imported and scanned; signs in as the demo's users.
    static Status create(const QString& dir, const QString& passphrase);
};

} // namespace custos::demo

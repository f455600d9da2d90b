// custos-cli flags: the flagged posts of a workspace, filtered, authors pseudonymised;
// custos-cli bench queue: the review queue's speed on a demo workspace.
#pragma once

#include <QStringList>

namespace custos::cli {

int runFlags(const QStringList& args);
// bench queue --posts N [--dir DIR]: builds (or reuses) a workspace of N demo posts and
// prints JSON timings of the queue's first page, a filter change, a sort change and a search.
int runBench(const QStringList& args);

} // namespace custos::cli

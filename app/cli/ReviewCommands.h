// custos-cli flags: the flagged posts of a workspace, filtered, authors pseudonymised.
#pragma once

#include <QStringList>

namespace custos::cli {

int runFlags(const QStringList& args);

} // namespace custos::cli

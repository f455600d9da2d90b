// custos-cli audit verify|export: check the signed audit log, or write it out for a third party.
#pragma once

#include <QStringList>

namespace custos::cli {

int runAudit(const QStringList& args);
// custos-cli check: SQLite's integrity check of every compartment and the log's verification.
int runCheck(const QStringList& args);

} // namespace custos::cli

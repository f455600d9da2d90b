// custos-cli retention, hold and disposition: record keeping for automation and cron, on
// the same services as the Records page.
#pragma once

#include <QStringList>

#include <optional>

namespace custos::cli {

int runRetention(const QStringList& args);
int runHold(const QStringList& args);
int runDisposition(const QStringList& args);
// bench retention [--posts N] [--dir DIR]: preview and purge of half of N posts, in one
// run with an import of the same posts; prints JSON.
int runBenchRetention(const QStringList& args);
// "DAYS" (at least 1) or "indefinite" (days left unset); false for anything else.
bool parseRetentionPeriod(const QString& value, std::optional<int>& days);

} // namespace custos::cli

// custos-cli case: investigation cases for automation, on the same services as the
// Cases page (open, list, show, note, status, evidence add, report).
#pragma once

#include <QStringList>

namespace custos::cli {

int runCase(const QStringList& args);
// bench cases [--dir DIR]: a case with 2,000 timeline items opened, and the case list's
// first page and a filter change at 100 and at 10,000 cases, in one run; prints JSON.
int runBenchCases(const QStringList& args);
// True when the arguments ask for a command that renders with Qt GUI (the PDF report):
// main() then starts a QGuiApplication on the offscreen platform.
bool caseNeedsGui(const QStringList& args);

} // namespace custos::cli

// custos-cli case: investigation cases for automation, on the same services as the
// Cases page (open, list, show, note, status, evidence add, report).
#pragma once

#include <QStringList>

namespace custos::cli {

int runCase(const QStringList& args);
// True when the arguments ask for a command that renders with Qt GUI (the PDF report):
// main() then starts a QGuiApplication on the offscreen platform.
bool caseNeedsGui(const QStringList& args);

} // namespace custos::cli

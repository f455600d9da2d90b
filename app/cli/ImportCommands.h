// custos-cli import: bring a Slack, Mattermost, Teams or CSV export into a workspace.
#pragma once

#include <QStringList>

namespace custos::cli {

int runImport(const QStringList& args);

} // namespace custos::cli

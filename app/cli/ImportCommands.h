// custos-cli import: bring a Slack, Mattermost, Teams or CSV export into a workspace;
// custos-cli demo-corpus: write a synthetic company as a Slack export with ground-truth labels.
#pragma once

#include <QStringList>

namespace custos::cli {

int runImport(const QStringList& args);
int runDemoCorpus(const QStringList& args);

} // namespace custos::cli

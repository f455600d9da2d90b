// custos-cli classify (the detection engine on texts from stdin, no workspace needed),
// scan (a workspace's posts) and policy publish.
#pragma once

#include <QStringList>

namespace custos::cli {

int runClassify(const QStringList& args);
int runScan(const QStringList& args);
int runPolicy(const QStringList& args);

} // namespace custos::cli

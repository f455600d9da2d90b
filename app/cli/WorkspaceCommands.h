// custos-cli commands on workspaces and users: init, user add|list|role|revoke|passwd, info, selftest.
#pragma once

#include <QStringList>

namespace custos::cli {

int runInit(const QStringList& args);
int runUser(const QStringList& args);
int runKeys(const QStringList& args);
int runInfo(const QStringList& args);
int runSelfTest(const QStringList& args);

} // namespace custos::cli

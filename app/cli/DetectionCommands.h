// custos-cli classify: the detection engine on texts from stdin, no workspace needed.
#pragma once

#include <QStringList>

namespace custos::cli {

int runClassify(const QStringList& args);

} // namespace custos::cli

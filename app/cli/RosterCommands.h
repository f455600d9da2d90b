// custos-cli roster and training: the employee roster, training and policy
// acknowledgements for automation, on the same services as the People page.
#pragma once

#include <QStringList>

namespace custos::cli {

int runRoster(const QStringList& args);
int runTraining(const QStringList& args);

} // namespace custos::cli

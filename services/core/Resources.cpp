#include "core/Resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerCustosResources()
{
    Q_INIT_RESOURCE(custos);
}

namespace custos {

void initResources()
{
    static const bool registered = (registerCustosResources(), true);
    Q_UNUSED(registered);
}

} // namespace custos

// The Qt resources (icons, the built-in policy) live in the services library; a static
// library's resources must be registered explicitly before first use.
#pragma once

namespace custos {

void initResources();

} // namespace custos

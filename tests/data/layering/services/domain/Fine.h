// Allowed: the domain uses core and crypto.
#include "core/Status.h"
#include "crypto/Crypto.h"

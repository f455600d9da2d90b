// A task service that runs storage's SQL itself.
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

// A repository that reaches up into a task service and into the GUI.
#include "review/QueueService.h"
#include <QWidget>
#include <botan/hash.h>

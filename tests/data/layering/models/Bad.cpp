// A model that includes a widget of the ui layer.
#include "queue/QueuePage.h"

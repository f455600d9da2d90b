// A page that builds a repository on the session's connection.
#include "storage/ReviewRepository.h"
#include "shell/SessionTasks.h"
void f(Session& s) { storage::ReviewRepository repo(s.database()); auto c = s.openConnection(); }
void g(Session& s) { warmUp(s.paths().database()); }

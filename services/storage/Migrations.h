// Numbered schema migrations. Each runs in its own transaction and records itself in
// schema_migrations; a workspace at any older version upgrades to the newest in order.
#pragma once

#include "core/Status.h"
#include "storage/Connection.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace custos::storage {

struct Migration
{
    int version;
    QString description;
    std::function<Status(Database&)> apply;
};

class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static const std::vector<Migration>& all();
    static int latestVersion();

    // 0 for a database no migration has touched yet.
    static Result<int> currentVersion(Database& db);
    // Applies every migration above the current version up to `target` (default: newest).
    static Status migrate(Database& db, int target = -1);
    // The same over a custom list (tests inject failing migrations).
    static Status migrate(Database& db, const std::vector<Migration>& migrations, int target);
};

} // namespace custos::storage

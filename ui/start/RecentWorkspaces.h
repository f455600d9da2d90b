// The list of recently opened workspaces with the user who last signed in to each,
// kept in the user's settings (no secrets).
#pragma once

#include <QList>
#include <QString>

namespace custos::ui {

struct RecentWorkspace
{
    QString path;
    QString lastUser;
};

class RecentWorkspaces final
{
public:
    static constexpr int kMaxEntries = 8;
    static QList<RecentWorkspace> load();
    static void remember(const QString& path, const QString& user);
    static void forget(const QString& path);
};

} // namespace custos::ui

#include "start/RecentWorkspaces.h"

#include <QDir>
#include <QSettings>

namespace custos::ui {
namespace {

void save(const QList<RecentWorkspace>& list)
{
    QSettings settings;
    settings.beginWriteArray(QStringLiteral("recentWorkspaces"));
    for (int i = 0; i < list.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("path"), list.at(i).path);
        settings.setValue(QStringLiteral("user"), list.at(i).lastUser);
    }
    settings.endArray();
}

} // namespace

QList<RecentWorkspace> RecentWorkspaces::load()
{
    QSettings settings;
    QList<RecentWorkspace> list;
    const int n = settings.beginReadArray(QStringLiteral("recentWorkspaces"));
    for (int i = 0; i < n && i < kMaxEntries; ++i) {
        settings.setArrayIndex(i);
        list.append({settings.value(QStringLiteral("path")).toString(), settings.value(QStringLiteral("user")).toString()});
    }
    settings.endArray();
    return list;
}

void RecentWorkspaces::remember(const QString& path, const QString& user)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QList<RecentWorkspace> list = load();
    list.removeIf([&](const RecentWorkspace& r) { return r.path == clean; });
    list.prepend({clean, user});
    while (list.size() > kMaxEntries)
        list.removeLast();
    save(list);
}

void RecentWorkspaces::forget(const QString& path)
{
    QList<RecentWorkspace> list = load();
    list.removeIf([&](const RecentWorkspace& r) { return r.path == path; });
    save(list);
}

} // namespace custos::ui

// The demo workspace the README starts the console on: created on first run with one
// user per role, published credentials, and a synthetic company's chat imported
// through the Slack importer. Never for real case data.
#pragma once

#include "domain/Role.h"
#include "core/Status.h"

#include <QList>
#include <QString>

namespace custos::demo {

struct DemoUser
{
    QString name;
    QString displayName;
    domain::Role role;
};

class DemoWorkspace final
{
public:
    static constexpr qint64 kDemoPosts = 5000;
    static QString passphrase();
    static QList<DemoUser> users();
    // Creates the demo workspace in dir unless it already exists there. Returns true when created.
    static Result<bool> ensure(const QString& dir);
    // The credentials as printable lines.
    static QStringList credentialLines();
};

} // namespace custos::demo

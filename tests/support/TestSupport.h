// Helpers shared by the test suites: temporary workspaces with fast (but still 64 MiB)
// key derivation, file fingerprints, and the location of the shared published vectors.
#pragma once

#include "storage/Database.h"
#include "crypto/Crypto.h"
#include "workspace/Workspace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace custos::test {

inline const QString kAdminPassphrase = QStringLiteral("admin passphrase 1");

// Argon2id at the 64 MiB floor with one pass: the real algorithm, quick enough for tests.
crypto::Argon2Params fastKdf();

// Creates a workspace in dir with administrator "admin".
std::unique_ptr<workspace::Session> createWorkspace(const QString& dir, const QString& admin = QStringLiteral("admin"),
                                                    const QString& passphrase = kAdminPassphrase);

// Writes a setting through an audited transaction (as a service would), for tests that
// need some data in the workspace.
Status putSetting(workspace::Session& session, const QString& key, const QString& value);

// SHA-256 of every file in dir (recursively), keyed by relative path.
QMap<QString, QByteArray> fingerprint(const QString& dir);

// The first column of the first row of `sql`, or -1 when there is none.
qint64 scalar(storage::Database& db, const QString& sql);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& data);
void flipByte(const QString& path, qint64 offset);

// Benchmarks print Markdown table rows for docs/benchmarks.md.
void printRow(const QString& what, const QString& value);
QString perSecond(double rate, const QString& unit = QStringLiteral("/s"));

// Calls visit(conversation folder, message) for every message in the day files of a
// Slack export (users.json and the other lists are skipped).
void forEachExportMessage(const QString& exportDir, const std::function<void(const QString&, const QJsonObject&)>& visit);

// Directory of ../shared/data, or empty when it is absent.
QString sharedDataDir();

} // namespace custos::test

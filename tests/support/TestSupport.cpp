#include "TestSupport.h"

#include "audit/LogState.h"
#include "domain/AuditActions.h"

#include "audit/AuditLog.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTest>

#include <cstdio>

namespace custos::test {

crypto::Argon2Params fastKdf()
{
    return {crypto::kMinArgon2MemoryKiB, 1, 1};
}

std::unique_ptr<workspace::Session> createWorkspace(const QString& dir, const QString& admin, const QString& passphrase)
{
    auto session = workspace::Workspace::create({dir, admin, QStringLiteral("Ada Admin"), passphrase, fastKdf()});
    if (!session) {
        qWarning("createWorkspace: %s", qPrintable(session.status().message()));
        return nullptr;
    }
    return session.takeValue();
}

Status putSetting(workspace::Session& session, const QString& key, const QString& value)
{
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = storage::SettingsRepository(session.database()).setValue(tx.write(), key, value);
    if (s.ok())
        s = tx.record(domain::actions::kSettingsChange, domain::objects::kSetting, key,
                      {{QStringLiteral("value_sha256"), audit::settingDigest(value)}});
    return s.ok() ? tx.commit() : s;
}

QMap<QString, QByteArray> fingerprint(const QString& dir)
{
    QMap<QString, QByteArray> prints;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        prints.insert(QDir(dir).relativeFilePath(path), crypto::sha256(readFile(path)));
    }
    return prints;
}

qint64 scalar(storage::Database& db, const QString& sql)
{
    storage::Statement s = db.prepare(sql);
    return s.step() ? s.int64(0) : -1;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(data), data.size());
}

void flipByte(const QString& path, qint64 offset)
{
    QByteArray data = readFile(path);
    QVERIFY(offset < data.size());
    data[offset] = static_cast<char>(data[offset] ^ 0x5a);
    writeFile(path, data);
}

void printRow(const QString& what, const QString& value)
{
    std::printf("| %s | %s |\n", qPrintable(what), qPrintable(value));
    std::fflush(stdout);
}

QString perSecond(double rate, const QString& unit)
{
    return QLocale(QLocale::English).toString(rate, 'f', 0) + QLatin1Char(' ') + unit;
}

void forEachExportMessage(const QString& exportDir, const std::function<void(const QString&, const QJsonObject&)>& visit)
{
    QDirIterator it(exportDir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        if (info.dir() == QDir(exportDir))
            continue; // users.json, channels.json, ...
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString conversation = info.dir().dirName();
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array())
            visit(conversation, v.toObject());
    }
}

QString sharedDataDir()
{
    const QString dir = QStringLiteral(CUSTOS_SHARED_DATA_DIR);
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

} // namespace custos::test

#include "workspace/Witness.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace custos::workspace {

QString Witness::directory()
{
    const QString configured = qEnvironmentVariable("CUSTOS_WITNESS_DIR");
    if (!configured.isEmpty())
        return configured;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Custos/witness"));
}

QString Witness::fileFor(const QString& workspaceId)
{
    return QDir(directory()).filePath(workspaceId + QStringLiteral(".json"));
}

std::optional<audit::Witness> Witness::load(const QString& workspaceId)
{
    QFile file(fileFor(workspaceId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    const qint64 size = o.value(QStringLiteral("tree_size")).toInteger(-1);
    const QByteArray root = QByteArray::fromHex(o.value(QStringLiteral("root_hash")).toString().toLatin1());
    if (size <= 0 || root.size() != 32)
        return std::nullopt;
    return audit::Witness{static_cast<quint64>(size), root};
}

Status Witness::remember(const QString& workspaceId, const audit::Witness& seen)
{
    const auto known = load(workspaceId);
    if (known && known->size >= seen.size)
        return Status::success();
    if (!QDir().mkpath(directory()))
        return {ErrorCode::Io, tr("The folder %1 for what this computer has seen of audit logs cannot be created.")
                                   .arg(directory())};
    QSaveFile file(fileFor(workspaceId));
    QJsonObject o = audit::witnessJson(seen);
    o.insert(QStringLiteral("workspace_id"), workspaceId);
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return {ErrorCode::Io, tr("What this computer has seen of the audit log cannot be written to %1 (%2).")
                                   .arg(fileFor(workspaceId), file.errorString())};
    return Status::success();
}

} // namespace custos::workspace

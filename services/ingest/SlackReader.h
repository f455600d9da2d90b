// Reads a Slack workspace export (folder or .zip): users, channels, private groups, DMs
// and group DMs, then one JSON file per conversation and day.
#pragma once

#include "ingest/ExportArchive.h"
#include "ingest/ImportRecords.h"

#include <QCoreApplication>
#include <QHash>

namespace custos::ingest {

class SlackReader final : public ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(SlackReader)
public:
    static Result<std::unique_ptr<SlackReader>> open(const QString& path);
    // True when the folder or zip looks like a Slack export (users.json and channels.json).
    static bool looksLike(ExportArchive& archive);

    QString platform() const override { return QStringLiteral("slack"); }
    QString workspaceKey() const override { return m_workspaceKey; }
    Status read(ImportSink& sink) override;
    QMap<QString, QString> sourceDigests() const override { return m_archive->digests(); }

private:
    explicit SlackReader(std::unique_ptr<ExportArchive> archive) : m_archive(std::move(archive)) {}
    Status readUsers(ImportSink& sink);
    Status readConversations(ImportSink& sink, const QString& file, const QString& kind);
    Status readDay(ImportSink& sink, const QString& folder, const QString& file);
    Result<QJsonArray> parseArray(const QString& file);

    std::unique_ptr<ExportArchive> m_archive;
    QString m_workspaceKey;
    QHash<QString, QString> m_folderToChannel; // export folder -> channel id
};

} // namespace custos::ingest

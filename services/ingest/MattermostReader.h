// Reads a Mattermost bulk export (JSONL: version, team, channel, user, post,
// direct_channel and direct_post lines with replies and reactions), one line at a time.
#pragma once

#include "ingest/ImportRecords.h"

#include <QCoreApplication>

namespace custos::ingest {

class MattermostReader final : public ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(MattermostReader)
public:
    static Result<std::unique_ptr<MattermostReader>> open(const QString& path);
    static bool looksLike(const QByteArray& firstLine);

    QString platform() const override { return QStringLiteral("mattermost"); }
    QString workspaceKey() const override { return m_workspaceKey; }
    Status read(ImportSink& sink) override;
    QMap<QString, QString> sourceDigests() const override { return m_digests; }

    // Mattermost posts carry no ids: as Mattermost's importer does, a post is its
    // channel, author, creation time and message.
    static QString postId(const QString& author, qint64 createAt, const QString& message);

private:
    MattermostReader() = default;
    QString m_path;
    QString m_workspaceKey;
    QMap<QString, QString> m_digests;
};

} // namespace custos::ingest

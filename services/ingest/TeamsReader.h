// Reads Microsoft Teams messages as Microsoft Graph chatMessage JSON: one or more files
// (a folder or a single file), each an array of messages or a page {"value": [...]}.
#pragma once

#include "ingest/ExportArchive.h"
#include "ingest/ImportRecords.h"

#include <QCoreApplication>

namespace custos::ingest {

class TeamsReader final : public ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(TeamsReader)
public:
    static Result<std::unique_ptr<TeamsReader>> open(const QString& path);
    static bool looksLike(const QByteArray& json);
    // Graph's HTML body as text: tags dropped, links kept as "text (url)", mentions as "@Name".
    static QString htmlToText(const QString& html);

    QString platform() const override { return QStringLiteral("teams"); }
    QString workspaceKey() const override { return m_workspaceKey; }
    Status read(ImportSink& sink) override;
    QMap<QString, QString> sourceDigests() const override { return m_archive ? m_archive->digests() : m_digests; }

private:
    TeamsReader() = default;
    Status readMessages(ImportSink& sink, const QString& file, const QJsonArray& messages);
    std::unique_ptr<ExportArchive> m_archive; // a folder or zip of JSON files
    QString m_singleFile;
    QString m_workspaceKey;
    QMap<QString, QString> m_digests;
};

} // namespace custos::ingest

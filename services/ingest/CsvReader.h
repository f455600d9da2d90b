// Reads posts from a CSV file with a header row; which column holds what is given by
// the user (command line or import dialog). Streams line by line; quoted fields may
// span lines (RFC 4180).
#pragma once

#include "ingest/ImportRecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>

namespace custos::ingest {

struct CsvMapping
{
    QString author = QStringLiteral("author");
    QString channel = QStringLiteral("channel");
    QString time = QStringLiteral("time");
    QString text = QStringLiteral("text");
    QString id;     // optional: without it a post is identified by channel, author, time and text
    QString thread; // optional
    // "author=user,text=message,..." as given on the command line.
    static Result<CsvMapping> parse(const QString& spec);
};

class CsvReader final : public ImportReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString& path, const CsvMapping& mapping);
    // The header and the first rows, for the import dialog's preview and mapping.
    static Result<QList<QStringList>> preview(const QString& path, int rows);

    QString platform() const override { return QStringLiteral("csv"); }
    QString workspaceKey() const override { return m_workspaceKey; }
    Status read(ImportSink& sink) override;
    QMap<QString, QString> sourceDigests() const override { return m_digests; }

private:
    CsvReader() = default;
    QString m_path;
    QString m_workspaceKey;
    CsvMapping m_mapping;
    QMap<QString, QString> m_digests;
};

// Splits one CSV record from `file`; false at end of file. Sets `error` for an
// unterminated quote; `line` advances by the lines consumed.
bool readCsvRecord(QIODevice& file, QStringList& fields, qint64& line, QString& error);
// ISO 8601, or seconds / milliseconds since 1970. Empty when not a time.
QString parseTime(const QString& text);

} // namespace custos::ingest

// Imports a platform export into the workspace: streaming, in audited transactions of
// one batch each (with a checkpoint, so an interrupted import resumes), idempotent
// (a post is its platform, workspace, channel and message id), keeping edits as
// versions, and ending with an audit entry that carries the manifest.
#pragma once

#include "core/Status.h"
#include "ingest/CsvReader.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace custos::workspace {
class Session;
}

namespace custos::ingest {

struct ImportOptions
{
    QString format; // slack, mattermost, teams, csv
    QString path;
    CsvMapping csv;
    int batchSize = 25000;
    // Called after every batch with the counts so far; return false to cancel.
    std::function<bool(const QJsonObject& counts)> progress;
};

struct ImportSummary
{
    qint64 importId = 0;
    bool resumed = false;
    bool cancelled = false;
    qint64 postsAdded = 0;
    qint64 postsEdited = 0;    // new text for a known post; the old text kept as a version
    qint64 postsDeleted = 0;
    qint64 postsUnchanged = 0;
    qint64 eventsAdded = 0;
    qint64 people = 0;
    qint64 channels = 0;
    qint64 skipped = 0;
    QList<QPair<QString, QString>> skippedSamples; // "file:record" and reason, at most 100
    QMap<QString, QString> files;                  // source file -> SHA-256
    QJsonObject toJson() const;
};

class ImportService final
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)
public:
    static QStringList formats();
    // Guesses the format of a file or folder (empty when unknown).
    static QString detectFormat(const QString& path);
    static Result<std::unique_ptr<ImportReader>> openReader(const ImportOptions& options);
    explicit ImportService(workspace::Session& session) : m_session(session) {}
    Result<ImportSummary> run(const ImportOptions& options);
    // The first `count` posts the export holds, without writing anything (for the import dialog).
    static Result<QList<PostRecord>> preview(const ImportOptions& options, int count);

private:
    workspace::Session& m_session;
};

} // namespace custos::ingest

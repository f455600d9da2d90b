#include "ingest/ImportService.h"


#include "domain/AuditActions.h"
#include "domain/PostContent.h"
#include "audit/RowCommitment.h"
#include "storage/AggregateRepository.h"
#include "domain/Permissions.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "ingest/MattermostReader.h"
#include "ingest/ReadAhead.h"
#include "ingest/SlackReader.h"
#include "ingest/TeamsReader.h"
#include "storage/ImportRepository.h"
#include "workspace/Session.h"

#include <QDateTime>

#include <climits>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>

#include <memory>

namespace custos::ingest {
namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The SHA-256 of a post's canonical content, stored with it at ingest.
QByteArray contentHash(const QString& platform, const QString& workspaceKey, const PostRecord& p)
{
    return domain::contentHash({platform, workspaceKey, p.channelId, p.messageId, p.authorId, p.postedAt, p.text});
}

// Writes what a reader produces, one audited transaction per batch.
class BatchingSink final
{
public:
    BatchingSink(workspace::Session& session, ImportReader& reader, const ImportOptions& options,
                 ImportSummary& summary, std::optional<Position> resumeAfter)
        : m_session(session), m_reader(reader), m_options(options), m_summary(summary), m_repo(session.database()),
          m_resumeAfter(std::move(resumeAfter))
    {
    }

    // One record as read (on the reading thread, with the post's hash); false stops the import.
    bool deliver(ReadRecord& r)
    {
        m_workspaceKey = r.workspaceKey;
        switch (r.kind) {
        case ReadRecord::Kind::Person:
            m_status = person(r.person);
            break;
        case ReadRecord::Kind::Channel:
            m_status = channel(r.channel);
            break;
        case ReadRecord::Kind::Post:
            m_status = post(r.post, r.at, r.contentHash);
            break;
        case ReadRecord::Kind::Event:
            m_status = event(r.event, r.at);
            break;
        case ReadRecord::Kind::Skipped:
            skipped(r.at, r.reason);
            break;
        }
        return m_status.ok() && !m_cancelled;
    }

    // What stopped delivery, when it was an error.
    const Status& status() const { return m_status; }

    Status person(const PersonRecord& p)
    {
        if (Status s = ensureTransaction(); !s.ok())
            return s;
        auto id = m_repo.upsertPerson(m_tx->write(), m_sourceId, p.platformId, p.name.isEmpty() ? p.platformId : p.name,
                                      p.displayName.isEmpty() ? p.platformId : p.displayName, p.email, p.department, p.bot);
        if (!id)
            return id.status();
        if (!m_people.contains(p.platformId))
            ++m_summary.people;
        m_people.insert(p.platformId, id->id);
        m_departments.insert(p.platformId, id->department);
        return Status::success();
    }

    Status channel(const ChannelRecord& c)
    {
        if (Status s = ensureTransaction(); !s.ok())
            return s;
        auto id = m_repo.upsertChannel(m_tx->write(), m_sourceId, c.platformId, c.name.isEmpty() ? c.platformId : c.name,
                                       c.kind, c.topic);
        if (!id)
            return id.status();
        if (!m_channels.contains(c.platformId))
            ++m_summary.channels;
        m_channels.insert(c.platformId, *id);
        m_channelFigures.insert(c.platformId, {c.name.isEmpty() ? c.platformId : c.name, c.kind});
        return Status::success();
    }

    Status post(const PostRecord& p, const Position& at, const QByteArray& hash)
    {
        if (beforeResumePoint(at))
            return Status::success();
        if (Status s = ensureTransaction(); !s.ok())
            return s;
        const auto channel = m_channels.constFind(p.channelId);
        if (channel == m_channels.constEnd()) {
            skipped(at, ImportService::tr("post in a channel the export does not list"));
            return Status::success();
        }
        // Every reader leaves the time empty when it is missing or outside years 1 to 9999:
        // such a post is refused (listed with its file and line), never stored without a time.
        if (p.postedAt.isEmpty()) {
            skipped(at, ImportService::tr("its time is missing or out of range (years 1 to 9999)"));
            return Status::success();
        }
        const bool deletionOnly = !p.deletedAt.isEmpty() && p.text.isEmpty();
        // Most posts are new: insert first and look the post up only when its channel
        // already holds the message id. (Authors the export does not list, and
        // deletions, take the lookup first: neither may add a record for a post that exists.)
        const auto person = m_people.constFind(p.authorId);
        if (!deletionOnly && (p.authorId.isEmpty() || person != m_people.constEnd())) {
            const std::optional<qint64> author = p.authorId.isEmpty() ? std::optional<qint64>() : std::optional<qint64>(*person);
            auto id = m_repo.insertPostIfNew(m_tx->write(), newPost(p, *channel, hash, author), m_summary.importId);
            if (!id)
                return id.status();
            if (*id)
                return added(p, **id, hash, at);
        }
        auto existing = m_repo.findPost(*channel, p.messageId);
        if (!existing)
            return existing.status();
        if (!*existing) {
            if (deletionOnly && p.authorId.isEmpty()) {
                skipped(at, ImportService::tr("deletion of a message that is not in the archive"));
                return advance(at);
            }
            std::optional<qint64> author;
            if (!p.authorId.isEmpty()) {
                auto id = personId(p.authorId, p.subtype == QLatin1String("bot_message"));
                if (!id)
                    return id.status();
                author = *id;
            }
            auto id = m_repo.insertPost(m_tx->write(), newPost(p, *channel, hash, author), m_summary.importId);
            if (!id)
                return id.status();
            return added(p, *id, hash, at);
        }
        const storage::StoredPost& stored = **existing;
        bool changed = false;
        if (!p.deletedAt.isEmpty() && !stored.deleted) {
            if (Status s = m_repo.markDeleted(m_tx->write(), stored.id, p.deletedAt); !s.ok())
                return s;
            ++m_summary.postsDeleted;
            changed = true;
        }
        // An export may hold a message both as first written and as edited later; never go back
        // to an older version than the one stored (ISO 8601 UTC times compare as text).
        const bool newer = p.editedAt >= stored.editedAt;
        if (!deletionOnly && hash != stored.contentHash && newer) {
            const QString when = p.editedAt.isEmpty() ? nowUtc() : p.editedAt;
            if (Status s = m_repo.replaceText(m_tx->write(), stored, p.text, hash, when, m_summary.importId); !s.ok())
                return s;
            m_written.add(stored.id, audit::postRowDigest(hash));
            ++m_summary.postsEdited;
            changed = true;
        }
        if (!changed)
            ++m_summary.postsUnchanged;
        return advance(at);
    }

    Status event(const EventRecord& e, const Position& at)
    {
        if (beforeResumePoint(at))
            return Status::success();
        if (Status s = ensureTransaction(); !s.ok())
            return s;
        std::optional<qint64> channel;
        if (m_channels.contains(e.channelId))
            channel = m_channels.value(e.channelId);
        std::optional<qint64> actor;
        if (!e.actorId.isEmpty()) {
            auto id = personId(e.actorId, false);
            if (!id)
                return id.status();
            actor = *id;
        }
        auto added = m_repo.insertEvent(m_tx->write(), channel, e.eventId, e.kind, actor, e.occurredAt, e.detail,
                                        m_summary.importId);
        if (!added)
            return added.status();
        if (*added)
            ++m_summary.eventsAdded;
        return advance(at);
    }

    void skipped(const Position& at, const QString& reason)
    {
        ++m_summary.skipped;
        if (m_summary.skippedSamples.size() < 100)
            m_summary.skippedSamples.append({QStringLiteral("%1:%2").arg(at.file).arg(at.record), reason});
    }

    qint64 committedPosts() const { return m_committedPosts; }

    Status commitBatch()
    {
        if (!m_tx)
            return Status::success();
        Status s = m_repo.indexNewPosts(m_tx->write());
        if (s.ok())
            s = m_repo.checkpoint(m_tx->write(), m_summary.importId, m_last.file, m_last.record);
        // The dashboards' per-day counts grow with the batch, in its transaction.
        if (s.ok() && !m_dailyPosts.isEmpty() && m_session.holds(domain::Compartment::Aggregates))
            s = storage::AggregateRepository(m_session.database()).addPosts(m_tx->write(), mergedDailyPosts());
        if (s.ok())
            s = m_tx->record(domain::actions::kImportBatch, domain::objects::kImport, QString::number(m_summary.importId),
                             QJsonObject{{QStringLiteral("file"), m_last.file},
                                         {QStringLiteral("record"), m_last.record},
                                         {QStringLiteral("counts"), m_summary.toJson().value(QStringLiteral("counts"))},
                                         {QStringLiteral("written"), m_written.toJson()}});
        if (s.ok()) {
            auto next = m_tx->nextSeq();
            if (!next)
                s = next.status();
            else if (static_cast<qint64>(*next) != m_batchSeq + 1)
                s = Status(ErrorCode::Internal, QStringLiteral("import batch entry %1 was not entry %2").arg(*next - 1).arg(m_batchSeq));
        }
        if (s.ok())
            s = m_tx->commit();
        if (s.ok())
            m_committedPosts = m_summary.postsAdded + m_summary.postsEdited + m_summary.postsDeleted;
        m_tx.reset();
        m_dailyPosts.clear();
        m_inBatch = 0;
        if (s.ok() && m_options.progress && !m_options.progress(m_summary.toJson()))
            m_cancelled = true;
        return s;
    }

    // How an import ends: the status its manifest and the imports table record, and the
    // audit action that signs the manifest.
    struct Outcome
    {
        const char* status;
        const QString& action;
    };
    static Outcome doneOutcome() { return {"done", domain::actions::kImportDone}; }
    static Outcome cancelledOutcome() { return {"cancelled", domain::actions::kImportCancelled}; }
    static Outcome failedOutcome() { return {"failed", domain::actions::kImportFailed}; }

    // Ends the import in its own audited transaction, with the manifest.
    Status finish(const Outcome& outcome, const QString& error = {})
    {
        const QString status = QString::fromLatin1(outcome.status);
        m_tx.reset(); // an unfinished batch is rolled back: never half a batch
        audit::AuditedTransaction tx(m_session.database(), m_session.signer());
        if (!tx.status().ok())
            return tx.status();
        m_summary.files = m_reader.sourceDigests();
        QJsonObject manifest = m_summary.toJson();
        manifest.insert(QStringLiteral("status"), status);
        manifest.insert(QStringLiteral("format"), m_options.format);
        manifest.insert(QStringLiteral("path"), QFileInfo(m_options.path).absoluteFilePath());
        if (!error.isEmpty())
            manifest.insert(QStringLiteral("error"), error);
        const QString text = QString::fromUtf8(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
        Status s = m_repo.finishImport(tx.write(), m_summary.importId, status, nowUtc(), text);
        if (s.ok())
            s = tx.record(outcome.action, domain::objects::kImport, QString::number(m_summary.importId), manifest);
        return s.ok() ? tx.commit() : s;
    }

    bool cancelled() const { return m_cancelled; }

private:
    Status ensureTransaction()
    {
        if (m_tx)
            return Status::success();
        m_tx = std::make_unique<audit::AuditedTransaction>(m_session.database(), m_session.signer());
        if (!m_tx->status().ok())
            return m_tx->status();
        // The batch's entry signs the posts and versions it writes; each row names that entry.
        auto seq = m_tx->nextSeq();
        if (!seq)
            return seq.status();
        m_batchSeq = static_cast<qint64>(*seq);
        m_repo.setWrittenSeq(m_batchSeq);
        m_written = {};
        if (m_sourceId == 0) {
            auto source = m_repo.source(m_tx->write(), m_reader.platform(), m_workspaceKey);
            if (!source)
                return source.status();
            m_sourceId = *source;
            if (Status s = m_repo.setImportSource(m_tx->write(), m_summary.importId, m_sourceId); !s.ok())
                return s;
        }
        return Status::success();
    }

    Status advance(const Position& at)
    {
        m_last = at;
        return ++m_inBatch >= m_options.batchSize ? commitBatch() : Status::success();
    }

    bool beforeResumePoint(const Position& at)
    {
        if (!m_resumeAfter)
            return false;
        if (at.file == m_resumeAfter->file && at.record > m_resumeAfter->record) {
            m_resumeAfter.reset(); // from here on, everything is new
            return false;
        }
        if (at.file == m_resumeAfter->file || !m_seenResumeFile) {
            m_seenResumeFile |= at.file == m_resumeAfter->file;
            return true;
        }
        m_resumeAfter.reset(); // the checkpoint's file is behind us
        return false;
    }

    storage::NewPost newPost(const PostRecord& p, qint64 channelId, const QByteArray& hash, std::optional<qint64> author) const
    {
        storage::NewPost row;
        row.channelId = channelId;
        row.messageId = p.messageId;
        row.authorId = author;
        row.postedAt = p.postedAt;
        row.threadId = p.threadId;
        row.text = p.text;
        row.contentHash = hash;
        row.editedAt = p.editedAt;
        row.deletedAt = p.deletedAt;
        row.subtype = p.subtype;
        row.reactions = p.reactions.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(p.reactions).toJson(QJsonDocument::Compact));
        row.files = p.files.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(p.files).toJson(QJsonDocument::Compact));
        return row;
    }

    // A post just added: its earlier text (an edit the export shows) becomes a version.
    Status added(const PostRecord& p, qint64 id, const QByteArray& hash, const Position& at)
    {
        if (!p.previousText.isEmpty() && p.previousText != p.text) {
            PostRecord earlier = p;
            earlier.text = p.previousText;
            const QByteArray earlierHash = contentHash(m_reader.platform(), m_workspaceKey, earlier);
            if (Status s = m_repo.addVersion(m_tx->write(), id, p.previousText, earlierHash, p.editedAt,
                                             m_summary.importId);
                !s.ok())
                return s;
            m_written.add(id, audit::postRowDigest(earlierHash));
        }
        m_written.add(id, audit::postRowDigest(hash));
        const auto figures = m_channelFigures.constFind(p.channelId);
        if (figures != m_channelFigures.constEnd()) {
            const QString key = p.postedAt.left(10) + QChar(0x1f) + p.channelId + QChar(0x1f) + p.authorId;
            auto delta = m_dailyPosts.find(key);
            if (delta == m_dailyPosts.end())
                delta = m_dailyPosts.insert(key, {p.postedAt.left(10), figures->first, figures->second,
                                                  m_departments.value(p.authorId), 0});
            ++delta->posts;
        }
        ++m_summary.postsAdded;
        return advance(at);
    }

    // Authors the export does not list (integrations, deleted users) get a record of their own.
    Result<qint64> personId(const QString& platformId, bool bot)
    {
        const auto it = m_people.constFind(platformId);
        if (it != m_people.constEnd())
            return *it;
        auto id = m_repo.upsertPerson(m_tx->write(), m_sourceId, platformId, platformId, platformId, {}, {}, bot);
        if (!id)
            return id.status();
        m_people.insert(platformId, id->id);
        m_departments.insert(platformId, id->department);
        ++m_summary.people;
        return id->id;
    }

    workspace::Session& m_session;
    ImportReader& m_reader;
    const ImportOptions& m_options;
    ImportSummary& m_summary;
    storage::ImportRepository m_repo;
    std::unique_ptr<audit::AuditedTransaction> m_tx;
    qint64 m_batchSeq = 0;          // the seq of the entry that will sign this batch
    QHash<QString, QPair<QString, QString>> m_channelFigures; // platform id -> name, kind
    QHash<QString, QString> m_departments;                    // person platform id -> department
    QHash<QString, storage::DailyPostsDelta> m_dailyPosts;    // this batch's new posts per day, channel, author

    // This batch's counts by day, channel and department (several authors share one).
    QList<storage::DailyPostsDelta> mergedDailyPosts() const
    {
        QHash<QString, storage::DailyPostsDelta> merged;
        for (const storage::DailyPostsDelta& d : m_dailyPosts) {
            const QString key = d.day + QChar(0x1f) + d.channel + QChar(0x1f) + d.department;
            auto it = merged.find(key);
            if (it == merged.end())
                merged.insert(key, d);
            else
                it->posts += d.posts;
        }
        return merged.values();
    }
    audit::RowCommitment m_written; // the posts and versions this batch wrote
    qint64 m_sourceId = 0;
    QHash<QString, qint64> m_people;
    QHash<QString, qint64> m_channels;
    QString m_workspaceKey; // the reader's, as of the record being written
    Status m_status = Status::success();
    int m_inBatch = 0;
    qint64 m_committedPosts = 0; // added, edited or deleted by the batches committed so far
    Position m_last;
    std::optional<Position> m_resumeAfter;
    bool m_seenResumeFile = false;
    bool m_cancelled = false;
};

// Collects the first posts and stops.
class PreviewSink final : public ImportSink
{
public:
    explicit PreviewSink(int count) : m_count(count) {}
    Status person(const PersonRecord& p) override
    {
        m_names.insert(p.platformId, p.displayName.isEmpty() ? p.name : p.displayName);
        return Status::success();
    }
    Status channel(const ChannelRecord& c) override
    {
        m_channels.insert(c.platformId, c.name);
        return Status::success();
    }
    Status post(const PostRecord& p, const Position&) override
    {
        if (m_posts.size() < m_count && !p.text.isEmpty()) {
            PostRecord shown = p;
            shown.authorId = m_names.value(p.authorId, p.authorId);
            shown.channelId = m_channels.value(p.channelId, p.channelId);
            m_posts.append(shown);
        }
        return Status::success();
    }
    Status event(const EventRecord&, const Position&) override { return Status::success(); }
    void skipped(const Position&, const QString&) override {}
    bool keepGoing() override { return m_posts.size() < m_count; }
    QList<PostRecord> takePosts() { return std::move(m_posts); }

private:
    int m_count;
    QHash<QString, QString> m_names;
    QHash<QString, QString> m_channels;
    QList<PostRecord> m_posts;
};

} // namespace

Result<QList<PostRecord>> ImportService::preview(const ImportOptions& options, int count)
{
    auto reader = openReader(options);
    if (!reader)
        return reader.status();
    PreviewSink sink(count);
    if (Status s = (*reader)->read(sink); !s.ok())
        return s;
    return sink.takePosts();
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray samples;
    for (const auto& [where, why] : skippedSamples)
        samples.append(QJsonObject{{QStringLiteral("at"), where}, {QStringLiteral("reason"), why}});
    QJsonObject fileDigests;
    for (auto it = files.begin(); it != files.end(); ++it)
        fileDigests.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("import_id"), importId},
                       {QStringLiteral("resumed"), resumed},
                       {QStringLiteral("cancelled"), cancelled},
                       {QStringLiteral("counts"),
                        QJsonObject{{QStringLiteral("posts_added"), postsAdded},
                                    {QStringLiteral("posts_edited"), postsEdited},
                                    {QStringLiteral("posts_deleted"), postsDeleted},
                                    {QStringLiteral("posts_unchanged"), postsUnchanged},
                                    {QStringLiteral("events_added"), eventsAdded},
                                    {QStringLiteral("people"), people},
                                    {QStringLiteral("channels"), channels},
                                    {QStringLiteral("skipped"), skipped}}},
                       {QStringLiteral("skipped"), samples},
                       {QStringLiteral("files"), fileDigests}};
}

QStringList ImportService::formats()
{
    return {QStringLiteral("slack"), QStringLiteral("mattermost"), QStringLiteral("teams"), QStringLiteral("csv")};
}

QString ImportService::detectFormat(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir() || path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
        auto archive = ExportArchive::open(path);
        if (!archive)
            return {};
        if (SlackReader::looksLike(**archive))
            return QStringLiteral("slack");
        for (const QString& f : (*archive)->files()) {
            if (f.endsWith(QStringLiteral(".json"))) {
                auto data = (*archive)->read(f);
                return data && TeamsReader::looksLike(*data) ? QStringLiteral("teams") : QString();
            }
        }
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.peek(1024 * 1024);
    if (MattermostReader::looksLike(head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n'))))
        return QStringLiteral("mattermost");
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return QStringLiteral("csv");
    // A Teams page must be parsed whole to be recognised; never load something enormous for that.
    if (file.size() <= ExportArchive::kMaxFileSize && TeamsReader::looksLike(file.readAll()))
        return QStringLiteral("teams");
    return {};
}

Result<std::unique_ptr<ImportReader>> ImportService::openReader(const ImportOptions& options)
{
    auto wrap = [](auto result) -> Result<std::unique_ptr<ImportReader>> {
        if (!result)
            return result.status();
        return std::unique_ptr<ImportReader>(result.takeValue().release());
    };
    if (options.format == QLatin1String("slack"))
        return wrap(SlackReader::open(options.path));
    if (options.format == QLatin1String("mattermost"))
        return wrap(MattermostReader::open(options.path));
    if (options.format == QLatin1String("teams"))
        return wrap(TeamsReader::open(options.path));
    if (options.format == QLatin1String("csv"))
        return wrap(CsvReader::open(options.path, options.csv));
    return Status(ErrorCode::InvalidArgument,
                  tr("Unknown format %1; use slack, mattermost, teams or csv.").arg(options.format));
}

Result<ImportSummary> ImportService::run(const ImportOptions& options)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::ImportExports); !s.ok())
        return s;
    auto reader = openReader(options);
    if (!reader)
        return reader.status();
    const QString path = QFileInfo(options.path).absoluteFilePath();
    storage::ImportRepository repo(session.database());
    ImportSummary summary;
    std::optional<Position> resumeAfter;
    auto unfinished = repo.unfinishedImport(options.format, path);
    if (!unfinished)
        return unfinished.status();
    {
        audit::AuditedTransaction tx(session.database(), session.signer());
        Status s = tx.status();
        if (*unfinished) {
            summary.importId = (*unfinished)->id;
            summary.resumed = true;
            if (!(*unfinished)->checkpointFile.isEmpty())
                resumeAfter = Position{(*unfinished)->checkpointFile, (*unfinished)->checkpointRecord};
            if (s.ok())
                s = repo.finishImport(tx.write(), summary.importId, QStringLiteral("running"), {}, {});
        } else if (s.ok()) {
            auto id = repo.startImport(tx.write(), options.format, path, session.user().id, nowUtc());
            s = id ? Status::success() : id.status();
            if (id)
                summary.importId = *id;
        }
        if (s.ok())
            s = tx.record(summary.resumed ? domain::actions::kImportResume : domain::actions::kImportStart,
                          QStringLiteral("import"), QString::number(summary.importId),
                          QJsonObject{{QStringLiteral("format"), options.format}, {QStringLiteral("path"), path}});
        if (s.ok())
            s = tx.commit();
        if (!s.ok())
            return s;
    }
    BatchingSink sink(session, **reader, options, summary, resumeAfter);
    // The export is parsed and hashed on a thread of its own while this one writes.
    const QString platform = (*reader)->platform();
    Status s = ReadAhead::run(
        **reader, [&platform](const QString& key, const PostRecord& p) { return contentHash(platform, key, p); },
        [&sink](ReadRecord& r) { return sink.deliver(r); });
    if (s.ok())
        s = sink.status();
    if (s.ok())
        s = sink.commitBatch();
    if (!s.ok()) {
        (void)sink.finish(BatchingSink::failedOutcome(), s.message());
        // Batches before the failure are committed, each with its entry: say so, and that
        // running the import again continues after them.
        const qint64 kept = sink.committedPosts();
        if (kept > 0)
            return Status(s.code(), ImportService::tr("%1 The import stopped there: the %n posts of the batches "
                                                      "before are kept, and running the same import again continues "
                                                      "after them.",
                                                      nullptr, static_cast<int>(std::min<qint64>(kept, INT_MAX)))
                                        .arg(s.message()));
        return s;
    }
    summary.cancelled = sink.cancelled();
    if (Status f = sink.finish(summary.cancelled ? BatchingSink::cancelledOutcome() : BatchingSink::doneOutcome()); !f.ok())
        return f;
    return summary;
}

} // namespace custos::ingest

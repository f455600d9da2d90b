#include "ingest/SlackReader.h"

#include <QRegularExpression>

#include "crypto/Crypto.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>

namespace custos::ingest {
namespace {

// Subtypes that are things said (scanned as posts) and those that are events.
const QSet<QString> kPostSubtypes = {QStringLiteral("bot_message"), QStringLiteral("file_share"),
                                     QStringLiteral("file_comment"), QStringLiteral("thread_broadcast"),
                                     QStringLiteral("me_message"), QStringLiteral("reply_broadcast")};
const QSet<QString> kEventSubtypes = {
    QStringLiteral("channel_join"),     QStringLiteral("channel_leave"),    QStringLiteral("channel_topic"),
    QStringLiteral("channel_purpose"),  QStringLiteral("channel_name"),     QStringLiteral("channel_archive"),
    QStringLiteral("channel_unarchive"), QStringLiteral("group_join"),      QStringLiteral("group_leave"),
    QStringLiteral("group_topic"),      QStringLiteral("group_purpose"),    QStringLiteral("group_name"),
    QStringLiteral("group_archive"),    QStringLiteral("group_unarchive"),  QStringLiteral("bot_add"),
    QStringLiteral("bot_remove"),       QStringLiteral("bot_enable"),       QStringLiteral("bot_disable"),
    QStringLiteral("pinned_item"),      QStringLiteral("unpinned_item"),    QStringLiteral("reminder_add"),
    QStringLiteral("channel_convert_to_private"), QStringLiteral("tombstone")};

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString safeWord(const QString& word)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    return identifier.match(word).hasMatch() ? word : QStringLiteral("(not shown)");
}

QString isoFromMillis(qint64 ms)
{
    // Formats by hand: this runs once or twice per imported message, and QDateTime's
    // general-purpose formatting was a quarter of the import's time.
    qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    const int millis = static_cast<int>(ms - secs * 1000);
    qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int secondOfDay = static_cast<int>(secs - days * 86400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999)
        return {};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", static_cast<int>(year), month, day,
                  secondOfDay / 3600, (secondOfDay / 60) % 60, secondOfDay % 60, millis);
    return QString::fromLatin1(buffer, 24);
}

QString isoFromSlackTs(const QString& ts)
{
    // "1452812345.000002": whole seconds, a dot, microseconds. Parsed by hand for speed.
    qint64 seconds = 0;
    qsizetype i = 0;
    for (; i < ts.size() && ts.at(i).isDigit(); ++i) {
        seconds = seconds * 10 + ts.at(i).digitValue();
        if (seconds > 253402300799LL) // past year 9999
            return {};
    }
    if (i == 0 || seconds <= 0)
        return {};
    int millis = 0;
    if (i < ts.size()) {
        if (ts.at(i) != QLatin1Char('.'))
            return {};
        int digitsSeen = 0;
        for (++i; i < ts.size(); ++i, ++digitsSeen) {
            if (!ts.at(i).isDigit())
                return {};
            if (digitsSeen < 3)
                millis = millis * 10 + ts.at(i).digitValue();
        }
        for (; digitsSeen < 3; ++digitsSeen)
            millis *= 10;
    }
    return isoFromMillis(seconds * 1000 + millis);
}

bool SlackReader::looksLike(ExportArchive& archive)
{
    return archive.contains(QStringLiteral("users.json")) && archive.contains(QStringLiteral("channels.json"));
}

Result<std::unique_ptr<SlackReader>> SlackReader::open(const QString& path)
{
    auto archive = ExportArchive::open(path);
    if (!archive)
        return archive.status();
    if (!looksLike(**archive))
        return Status(ErrorCode::ForeignFile, tr("%1 is not a Slack export: it has no users.json and channels.json.").arg(path));
    return std::unique_ptr<SlackReader>(new SlackReader(archive.takeValue()));
}

Result<QJsonArray> SlackReader::parseArray(const QString& file)
{
    auto data = m_archive->read(file);
    if (!data)
        return data.status();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*data, &error);
    if (error.error != QJsonParseError::NoError)
        return Status(ErrorCode::BadInput, tr("%1 is not valid JSON at byte %2: %3.").arg(file).arg(error.offset).arg(error.errorString()));
    if (!doc.isArray())
        return Status(ErrorCode::BadInput, tr("%1 should hold a JSON array.").arg(file));
    return doc.array();
}

Status SlackReader::readUsers(ImportSink& sink)
{
    auto users = parseArray(QStringLiteral("users.json"));
    if (!users)
        return users.status();
    qint64 n = 0;
    for (const QJsonValue& v : *users) {
        ++n;
        const QJsonObject u = v.toObject();
        const QString id = str(u, "id");
        if (id.isEmpty()) {
            sink.skipped({QStringLiteral("users.json"), n}, tr("user without an id"));
            continue;
        }
        if (m_workspaceKey.isEmpty())
            m_workspaceKey = str(u, "team_id");
        const QJsonObject profile = u.value(QStringLiteral("profile")).toObject();
        PersonRecord p;
        p.platformId = id;
        p.name = str(u, "name");
        p.displayName = str(u, "real_name").isEmpty() ? str(profile, "real_name") : str(u, "real_name");
        if (p.displayName.isEmpty())
            p.displayName = p.name;
        p.email = str(profile, "email");
        p.department = str(profile, "title"); // Slack has no department field; the title is the closest
        p.bot = u.value(QStringLiteral("is_bot")).toBool();
        if (Status s = sink.person(p); !s.ok())
            return s;
    }
    return Status::success();
}

Status SlackReader::readConversations(ImportSink& sink, const QString& file, const QString& kind)
{
    if (!m_archive->contains(file))
        return Status::success();
    auto list = parseArray(file);
    if (!list)
        return list.status();
    qint64 n = 0;
    for (const QJsonValue& v : *list) {
        ++n;
        const QJsonObject c = v.toObject();
        const QString id = str(c, "id");
        if (id.isEmpty()) {
            sink.skipped({file, n}, tr("conversation without an id"));
            continue;
        }
        ChannelRecord ch;
        ch.platformId = id;
        ch.name = str(c, "name").isEmpty() ? id : str(c, "name");
        ch.kind = kind;
        ch.topic = c.value(QStringLiteral("topic")).toObject().value(QStringLiteral("value")).toString();
        if (Status s = sink.channel(ch); !s.ok())
            return s;
        // Channels, groups and group DMs are exported under their name, DMs under their id.
        m_folderToChannel.insert(kind == QLatin1String("dm") ? id : ch.name, id);
    }
    return Status::success();
}

Status SlackReader::readDay(ImportSink& sink, const QString& folder, const QString& file)
{
    auto messages = parseArray(file);
    if (!messages)
        return messages.status();
    const QString channel = m_folderToChannel.value(folder);
    qint64 n = 0;
    for (const QJsonValue& v : *messages) {
        ++n;
        const Position at{file, n};
        if (!v.isObject()) {
            sink.skipped(at, tr("not a message object"));
            continue;
        }
        const QJsonObject m = v.toObject();
        const QString subtype = str(m, "subtype");
        const QString ts = str(m, "ts");
        if (ts.isEmpty() || isoFromSlackTs(ts).isEmpty()) {
            sink.skipped(at, tr("message without a valid ts"));
            continue;
        }
        if (subtype == QLatin1String("message_changed")) {
            const QJsonObject now = m.value(QStringLiteral("message")).toObject();
            const QJsonObject before = m.value(QStringLiteral("previous_message")).toObject();
            PostRecord p;
            p.channelId = channel;
            p.messageId = str(now, "ts");
            p.authorId = str(now, "user");
            p.postedAt = isoFromSlackTs(p.messageId);
            p.text = str(now, "text");
            p.previousText = str(before, "text");
            p.editedAt = isoFromSlackTs(now.value(QStringLiteral("edited")).toObject().value(QStringLiteral("ts")).toString());
            if (p.editedAt.isEmpty())
                p.editedAt = isoFromSlackTs(ts);
            p.threadId = str(now, "thread_ts") == p.messageId ? QString() : str(now, "thread_ts");
            if (p.messageId.isEmpty() || p.postedAt.isEmpty()) {
                sink.skipped(at, tr("message_changed without the changed message"));
                continue;
            }
            if (Status s = sink.post(p, at); !s.ok())
                return s;
            continue;
        }
        if (subtype == QLatin1String("message_deleted")) {
            PostRecord p;
            p.channelId = channel;
            p.messageId = str(m, "deleted_ts");
            p.deletedAt = isoFromSlackTs(ts);
            p.postedAt = isoFromSlackTs(p.messageId);
            if (p.messageId.isEmpty() || p.postedAt.isEmpty()) {
                sink.skipped(at, tr("message_deleted without deleted_ts"));
                continue;
            }
            if (Status s = sink.post(p, at); !s.ok())
                return s;
            continue;
        }
        if (kEventSubtypes.contains(subtype)) {
            EventRecord e;
            e.channelId = channel;
            e.eventId = ts;
            e.kind = subtype;
            e.actorId = str(m, "user");
            e.occurredAt = isoFromSlackTs(ts);
            e.detail = str(m, "text");
            if (Status s = sink.event(e, at); !s.ok())
                return s;
            continue;
        }
        if (!subtype.isEmpty() && !kPostSubtypes.contains(subtype)) {
            sink.skipped(at, tr("unknown message subtype %1").arg(safeWord(subtype)));
            continue;
        }
        if (m.contains(QStringLiteral("text")) && !m.value(QStringLiteral("text")).isString()) {
            sink.skipped(at, tr("text is not a string"));
            continue;
        }
        PostRecord p;
        p.channelId = channel;
        p.messageId = ts;
        p.authorId = str(m, "user").isEmpty() ? str(m, "bot_id") : str(m, "user");
        p.postedAt = isoFromSlackTs(ts);
        p.text = str(m, "text");
        p.subtype = subtype;
        const QString thread = str(m, "thread_ts");
        p.threadId = thread == ts ? QString() : thread;
        p.editedAt = isoFromSlackTs(m.value(QStringLiteral("edited")).toObject().value(QStringLiteral("ts")).toString());
        for (const QJsonValue& r : m.value(QStringLiteral("reactions")).toArray()) {
            const QJsonObject o = r.toObject();
            p.reactions.append(QJsonObject{{QStringLiteral("name"), o.value(QStringLiteral("name"))},
                                           {QStringLiteral("count"), o.value(QStringLiteral("count"))},
                                           {QStringLiteral("users"), o.value(QStringLiteral("users"))}});
        }
        QJsonArray files = m.value(QStringLiteral("files")).toArray();
        if (m.contains(QStringLiteral("file")))
            files.append(m.value(QStringLiteral("file")));
        for (const QJsonValue& f : files) {
            const QJsonObject o = f.toObject();
            p.files.append(QJsonObject{{QStringLiteral("name"), o.value(QStringLiteral("name"))},
                                       {QStringLiteral("title"), o.value(QStringLiteral("title"))},
                                       {QStringLiteral("filetype"), o.value(QStringLiteral("filetype"))},
                                       {QStringLiteral("mimetype"), o.value(QStringLiteral("mimetype"))}});
        }
        if (Status s = sink.post(p, at); !s.ok())
            return s;
        if (!sink.keepGoing())
            return Status::success();
    }
    return Status::success();
}

Status SlackReader::read(ImportSink& sink)
{
    if (Status s = readUsers(sink); !s.ok())
        return s;
    const QList<QPair<QString, QString>> lists = {{QStringLiteral("channels.json"), QStringLiteral("public")},
                                                  {QStringLiteral("groups.json"), QStringLiteral("private")},
                                                  {QStringLiteral("mpims.json"), QStringLiteral("group")},
                                                  {QStringLiteral("dms.json"), QStringLiteral("dm")}};
    for (const auto& [file, kind] : lists) {
        if (Status s = readConversations(sink, file, kind); !s.ok())
            return s;
    }
    if (m_workspaceKey.isEmpty()) {
        QStringList ids = m_folderToChannel.values();
        ids.sort();
        m_workspaceKey = QString::fromLatin1(crypto::sha256(ids.join(QLatin1Char(',')).toUtf8()).toHex().left(16));
    }
    for (const QString& file : m_archive->files()) {
        const qsizetype slash = file.indexOf(QLatin1Char('/'));
        if (slash < 0 || !file.endsWith(QStringLiteral(".json")))
            continue;
        const QString folder = file.left(slash);
        if (!m_folderToChannel.contains(folder)) {
            sink.skipped({file, 0}, tr("folder %1 is not a conversation listed in the export").arg(folder));
            continue;
        }
        if (Status s = readDay(sink, folder, file); !s.ok())
            return s;
        if (!sink.keepGoing())
            return Status::success();
    }
    return m_archive->digestRemaining(); // the manifest lists every file of the export
}

} // namespace custos::ingest

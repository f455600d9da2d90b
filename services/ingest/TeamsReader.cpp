#include "ingest/TeamsReader.h"

#include "crypto/Crypto.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace custos::ingest {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonArray messagesOf(const QJsonDocument& doc)
{
    if (doc.isArray())
        return doc.array();
    return doc.object().value(QStringLiteral("value")).toArray();
}

QString utc(const QString& graphTime)
{
    if (graphTime.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(graphTime, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString decodeEntities(QString s)
{
    static const QList<QPair<QString, QString>> entities = {
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")}, {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},   {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&#39;"), QStringLiteral("'")},  {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&amp;"), QStringLiteral("&")}};
    for (const auto& [from, to] : entities)
        s.replace(from, to);
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QRegularExpressionMatch m;
    qsizetype from = 0;
    while ((m = numeric.match(s, from)).hasMatch()) {
        bool ok = false;
        const uint code = m.captured(2).toUInt(&ok, m.captured(1).isEmpty() ? 10 : 16);
        const QString ch = ok && code > 0 && code < 0x110000 ? QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1) : QString();
        s.replace(m.capturedStart(), m.capturedLength(), ch);
        from = m.capturedStart() + ch.size();
    }
    return s;
}

} // namespace

QString TeamsReader::htmlToText(const QString& html)
{
    QString s = html;
    static const QRegularExpression mention(QStringLiteral("<at[^>]*>(.*?)</at>"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    s.replace(mention, QStringLiteral("@\\1"));
    static const QRegularExpression link(QStringLiteral("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>(.*?)</a>"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatch m;
    while ((m = link.match(s)).hasMatch()) {
        const QString url = m.captured(1);
        const QString label = m.captured(2);
        const QString plainLabel = QString(label).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        s.replace(m.capturedStart(), m.capturedLength(), plainLabel == url || plainLabel.isEmpty() ? url : plainLabel + QStringLiteral(" (") + url + QLatin1Char(')'));
    }
    static const QRegularExpression breaks(QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    s.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    s.remove(tags);
    s = decodeEntities(s);
    static const QRegularExpression blankLines(QStringLiteral("\n{3,}"));
    s.replace(blankLines, QStringLiteral("\n\n"));
    return s.trimmed();
}

bool TeamsReader::looksLike(const QByteArray& json)
{
    const QJsonArray messages = messagesOf(QJsonDocument::fromJson(json));
    if (messages.isEmpty())
        return false;
    const QJsonObject first = messages.first().toObject();
    return first.contains(QStringLiteral("messageType")) || first.value(QStringLiteral("@odata.type")).toString().contains(QStringLiteral("chatMessage"));
}

Result<std::unique_ptr<TeamsReader>> TeamsReader::open(const QString& path)
{
    std::unique_ptr<TeamsReader> r(new TeamsReader);
    const QFileInfo info(path);
    if (info.isFile() && !path.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive)) {
        r->m_singleFile = info.absoluteFilePath();
    } else {
        auto archive = ExportArchive::open(path);
        if (!archive)
            return archive.status();
        r->m_archive = archive.takeValue();
    }
    r->m_workspaceKey = QFileInfo(path).completeBaseName();
    return r;
}

Status TeamsReader::readMessages(ImportSink& sink, const QString& file, const QJsonArray& messages)
{
    qint64 n = 0;
    QSet<QString> people, channels;
    for (const QJsonValue& v : messages) {
        ++n;
        const Position at{file, n};
        const QJsonObject m = v.toObject();
        const QString id = str(m, "id");
        if (id.isEmpty()) {
            sink.skipped(at, tr("message without an id"));
            continue;
        }
        const QJsonObject channelIdentity = m.value(QStringLiteral("channelIdentity")).toObject();
        QString channel = str(channelIdentity, "channelId");
        QString kind = QStringLiteral("public");
        if (channel.isEmpty()) {
            channel = str(m, "chatId");
            kind = QStringLiteral("group");
        }
        if (channel.isEmpty()) {
            sink.skipped(at, tr("message with neither a channel nor a chat"));
            continue;
        }
        if (!channels.contains(channel)) {
            channels.insert(channel);
            if (Status s = sink.channel({channel, channel, kind, {}}); !s.ok())
                return s;
        }
        const QJsonObject from = m.value(QStringLiteral("from")).toObject();
        const QJsonObject user = from.value(QStringLiteral("user")).toObject();
        const QJsonObject app = from.value(QStringLiteral("application")).toObject();
        const QString authorId = !str(user, "id").isEmpty() ? str(user, "id") : str(app, "id");
        if (!authorId.isEmpty() && !people.contains(authorId)) {
            people.insert(authorId);
            const QString display = !str(user, "displayName").isEmpty() ? str(user, "displayName") : str(app, "displayName");
            if (Status s = sink.person({authorId, display.isEmpty() ? authorId : display, display.isEmpty() ? authorId : display,
                                        {}, {}, user.isEmpty()});
                !s.ok())
                return s;
        }
        const QString type = str(m, "messageType");
        const QString created = utc(str(m, "createdDateTime"));
        if (created.isEmpty()) {
            sink.skipped(at, tr("message without a valid createdDateTime"));
            continue;
        }
        if (!type.isEmpty() && type != QLatin1String("message")) {
            const QJsonObject detail = m.value(QStringLiteral("eventDetail")).toObject();
            EventRecord e;
            e.channelId = channel;
            e.eventId = id;
            e.kind = detail.value(QStringLiteral("@odata.type")).toString().section(QLatin1Char('.'), -1);
            if (e.kind.isEmpty())
                e.kind = type;
            e.actorId = authorId;
            e.occurredAt = created;
            e.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
            if (Status s = sink.event(e, at); !s.ok())
                return s;
            continue;
        }
        const QJsonObject body = m.value(QStringLiteral("body")).toObject();
        PostRecord p;
        p.channelId = channel;
        p.messageId = id;
        p.authorId = authorId;
        p.postedAt = created;
        p.threadId = str(m, "replyToId");
        const QString content = str(body, "content");
        p.text = str(body, "contentType").compare(QLatin1String("html"), Qt::CaseInsensitive) == 0 ? htmlToText(content) : content;
        if (!str(m, "subject").isEmpty())
            p.text = str(m, "subject") + QStringLiteral("\n") + p.text;
        p.editedAt = utc(str(m, "lastEditedDateTime"));
        p.deletedAt = utc(str(m, "deletedDateTime"));
        for (const QJsonValue& r : m.value(QStringLiteral("reactions")).toArray()) {
            const QJsonObject o = r.toObject();
            p.reactions.append(QJsonObject{{QStringLiteral("name"), o.value(QStringLiteral("reactionType"))},
                                           {QStringLiteral("users"), QJsonArray{o.value(QStringLiteral("user")).toObject()
                                                                                     .value(QStringLiteral("user")).toObject()
                                                                                     .value(QStringLiteral("id"))}},
                                           {QStringLiteral("count"), 1}});
        }
        for (const QJsonValue& a : m.value(QStringLiteral("attachments")).toArray()) {
            const QJsonObject o = a.toObject();
            p.files.append(QJsonObject{{QStringLiteral("name"), o.value(QStringLiteral("name"))},
                                       {QStringLiteral("mimetype"), o.value(QStringLiteral("contentType"))}});
        }
        if (Status s = sink.post(p, at); !s.ok())
            return s;
        if (!sink.keepGoing())
            break;
    }
    return Status::success();
}

Status TeamsReader::read(ImportSink& sink)
{
    auto parse = [&](const QString& file, const QByteArray& data) -> Result<QJsonArray> {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError)
            return Status(ErrorCode::BadInput, tr("%1 is not valid JSON at byte %2: %3.").arg(file).arg(error.offset).arg(error.errorString()));
        if (!doc.isArray() && !doc.object().contains(QStringLiteral("value")))
            return Status(ErrorCode::BadInput, tr("%1 holds neither an array of messages nor a page with \"value\".").arg(file));
        return messagesOf(doc);
    };
    if (!m_singleFile.isEmpty()) {
        QFile f(m_singleFile);
        if (!f.open(QIODevice::ReadOnly))
            return {ErrorCode::Io, tr("%1 cannot be read: %2.").arg(m_singleFile, f.errorString())};
        const QByteArray data = f.readAll();
        const QString name = QFileInfo(m_singleFile).fileName();
        m_digests.insert(name, QString::fromLatin1(crypto::sha256(data).toHex()));
        auto messages = parse(name, data);
        if (!messages)
            return messages.status();
        return readMessages(sink, name, *messages);
    }
    for (const QString& file : m_archive->files()) {
        if (!file.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            continue;
        auto data = m_archive->read(file);
        if (!data)
            return data.status();
        auto messages = parse(file, *data);
        if (!messages)
            return messages.status();
        if (Status s = readMessages(sink, file, *messages); !s.ok())
            return s;
        if (!sink.keepGoing())
            break;
    }
    return Status::success();
}

} // namespace custos::ingest

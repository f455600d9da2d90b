#include "ingest/MattermostReader.h"

#include "crypto/Crypto.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace custos::ingest {
namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QString directChannelId(const QJsonArray& members)
{
    QStringList names;
    for (const QJsonValue& m : members)
        names << m.toString();
    names.sort();
    return QStringLiteral("dm:") + names.join(QLatin1Char(','));
}

QJsonArray reactionsOf(const QJsonObject& post)
{
    QJsonArray out;
    for (const QJsonValue& r : post.value(QStringLiteral("reactions")).toArray()) {
        const QJsonObject o = r.toObject();
        out.append(QJsonObject{{QStringLiteral("name"), o.value(QStringLiteral("emoji_name"))},
                               {QStringLiteral("users"), QJsonArray{o.value(QStringLiteral("user"))}},
                               {QStringLiteral("count"), 1}});
    }
    return out;
}

// QIODevice::readLine(maxSize) without its cost: Qt allocates all of maxSize for every
// line (16 MiB here, some 25 µs a line), so a short line is read in pieces of its own size.
// Like Qt's, it returns at most maxSize - 1 bytes, the line break included.
QByteArray readLine(QIODevice& device, qint64 maxSize)
{
    QByteArray line;
    char piece[8192];
    while (line.size() < maxSize - 1) {
        const qint64 n = device.readLine(piece, std::min<qint64>(sizeof piece, maxSize - line.size()));
        if (n <= 0)
            break;
        line.append(piece, static_cast<qsizetype>(n));
        if (piece[n - 1] == '\n')
            break;
    }
    return line;
}

QJsonArray filesOf(const QJsonObject& post)
{
    QJsonArray out;
    for (const QJsonValue& a : post.value(QStringLiteral("attachments")).toArray()) {
        const QString path = a.toObject().value(QStringLiteral("path")).toString();
        out.append(QJsonObject{{QStringLiteral("name"), path.section(QLatin1Char('/'), -1)}});
    }
    return out;
}

} // namespace

bool MattermostReader::looksLike(const QByteArray& firstLine)
{
    const QJsonObject o = QJsonDocument::fromJson(firstLine).object();
    return o.value(QStringLiteral("type")).toString() == QLatin1String("version");
}

QString MattermostReader::postId(const QString& author, qint64 createAt, const QString& message)
{
    return QString::number(createAt) + QLatin1Char(':') +
           QString::fromLatin1(crypto::sha256(QString(author + QLatin1Char('\n') + message).toUtf8()).toHex().left(16));
}

Result<std::unique_ptr<MattermostReader>> MattermostReader::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status(ErrorCode::NotFound, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    if (!looksLike(readLine(file, 1024 * 1024)))
        return Status(ErrorCode::ForeignFile,
                      tr("%1 is not a Mattermost bulk export: its first line is not a version line.").arg(path));
    std::unique_ptr<MattermostReader> r(new MattermostReader);
    r->m_path = QFileInfo(path).absoluteFilePath();
    // The workspace is the team (the first team line names it).
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(readLine(file, 16 * 1024 * 1024)).object();
        if (o.value(QStringLiteral("type")).toString() == QLatin1String("team")) {
            r->m_workspaceKey = o.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString();
            break;
        }
    }
    if (r->m_workspaceKey.isEmpty())
        r->m_workspaceKey = QFileInfo(path).completeBaseName();
    return r;
}

Status MattermostReader::read(ImportSink& sink)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {ErrorCode::Io, tr("%1 cannot be read: %2.").arg(m_path, file.errorString())};
    const QString name = QFileInfo(m_path).fileName();
    QSet<QString> knownChannels;
    qint64 line = 0;
    auto emitPost = [&](const QJsonObject& post, const QString& channel, const QString& threadId, const Position& at) -> Status {
        const QString user = str(post, "user");
        const qint64 createAt = post.value(QStringLiteral("create_at")).toInteger(-1);
        if (createAt <= 0 || !post.value(QStringLiteral("message")).isString()) {
            sink.skipped(at, tr("post without create_at or message"));
            return Status::success();
        }
        PostRecord p;
        p.channelId = channel;
        p.authorId = user;
        p.text = str(post, "message");
        p.postedAt = isoFromMillis(createAt);
        p.messageId = postId(user, createAt, p.text);
        p.threadId = threadId;
        const qint64 editAt = post.value(QStringLiteral("edit_at")).toInteger(0);
        if (editAt > 0)
            p.editedAt = isoFromMillis(editAt);
        p.reactions = reactionsOf(post);
        p.files = filesOf(post);
        return sink.post(p, at);
    };
    constexpr qint64 kMaxLine = 16 * 1024 * 1024;
    while (!file.atEnd() && sink.keepGoing()) {
        const QByteArray raw = readLine(file, kMaxLine + 2); // reads at most kMaxLine + 1 bytes
        ++line;
        const Position at{name, line};
        if (raw.size() > kMaxLine && !raw.endsWith('\n'))
            return {ErrorCode::BadInput,
                    tr("%1, line %2, is longer than 16 MiB; no single record of an export is that long. Check the file.")
                        .arg(name)
                        .arg(line)};
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {ErrorCode::BadInput, tr("%1, line %2, is not valid JSON (at byte %3 of the line: %4).")
                                                    .arg(name)
                                                    .arg(line)
                                                    .arg(error.offset)
                                                    .arg(error.errorString())};
        const QJsonObject o = doc.object();
        const QString type = str(o, "type");
        if (type == QLatin1String("version") || type == QLatin1String("team") || type == QLatin1String("scheme") ||
            type == QLatin1String("emoji"))
            continue;
        if (type == QLatin1String("channel")) {
            const QJsonObject c = o.value(QStringLiteral("channel")).toObject();
            const QString id = str(c, "team") + QLatin1Char('/') + str(c, "name");
            knownChannels.insert(id);
            if (Status s = sink.channel({id, str(c, "display_name").isEmpty() ? str(c, "name") : str(c, "display_name"),
                                         str(c, "type") == QLatin1String("P") ? QStringLiteral("private") : QStringLiteral("public"),
                                         str(c, "header")});
                !s.ok())
                return s;
        } else if (type == QLatin1String("user")) {
            const QJsonObject u = o.value(QStringLiteral("user")).toObject();
            const QString full = QString(str(u, "first_name") + QLatin1Char(' ') + str(u, "last_name")).trimmed();
            if (str(u, "username").isEmpty()) {
                sink.skipped(at, tr("user without a username"));
                continue;
            }
            if (Status s = sink.person({str(u, "username"), str(u, "username"), full.isEmpty() ? str(u, "username") : full,
                                        str(u, "email"), str(u, "position"), false});
                !s.ok())
                return s;
        } else if (type == QLatin1String("direct_channel")) {
            const QJsonObject c = o.value(QStringLiteral("direct_channel")).toObject();
            const QJsonArray members = c.value(QStringLiteral("members")).toArray();
            const QString id = directChannelId(members);
            knownChannels.insert(id);
            if (Status s = sink.channel({id, id.mid(3), members.size() > 2 ? QStringLiteral("group") : QStringLiteral("dm"),
                                         str(c, "header")});
                !s.ok())
                return s;
        } else if (type == QLatin1String("post") || type == QLatin1String("direct_post")) {
            const QJsonObject post = o.value(type).toObject();
            const QString channel = type == QLatin1String("post")
                                        ? str(post, "team") + QLatin1Char('/') + str(post, "channel")
                                        : directChannelId(post.value(QStringLiteral("channel_members")).toArray());
            if (!knownChannels.contains(channel)) {
                sink.skipped(at, tr("post in a channel the export does not list"));
                continue;
            }
            if (Status s = emitPost(post, channel, {}, at); !s.ok())
                return s;
            const QString root = postId(str(post, "user"), post.value(QStringLiteral("create_at")).toInteger(),
                                        str(post, "message"));
            for (const QJsonValue& reply : post.value(QStringLiteral("replies")).toArray()) {
                if (Status s = emitPost(reply.toObject(), channel, root, at); !s.ok())
                    return s;
            }
        } else {
            sink.skipped(at, tr("unknown line type %1").arg(safeWord(type)));
        }
    }
    file.seek(0);
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(&file);
    m_digests.insert(name, QString::fromLatin1(digest.result().toHex()));
    return Status::success();
}

} // namespace custos::ingest

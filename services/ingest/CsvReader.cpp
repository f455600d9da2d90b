#include "ingest/CsvReader.h"

#include "crypto/Crypto.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace custos::ingest {
namespace {

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

} // namespace

Result<CsvMapping> CsvMapping::parse(const QString& spec)
{
    CsvMapping m;
    if (spec.trimmed().isEmpty())
        return m;
    for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString column = part.mid(eq + 1).trimmed();
        if (eq <= 0 || column.isEmpty())
            return Status(ErrorCode::InvalidArgument,
                          CsvReader::tr("--map takes FIELD=COLUMN pairs separated by commas, e.g. author=user,text=message."));
        if (key == QLatin1String("author"))
            m.author = column;
        else if (key == QLatin1String("channel"))
            m.channel = column;
        else if (key == QLatin1String("time"))
            m.time = column;
        else if (key == QLatin1String("text"))
            m.text = column;
        else if (key == QLatin1String("id"))
            m.id = column;
        else if (key == QLatin1String("thread"))
            m.thread = column;
        else
            return Status(ErrorCode::InvalidArgument,
                          CsvReader::tr("Unknown field %1 in --map; use author, channel, time, text, id and thread.").arg(key));
    }
    return m;
}

QString parseTime(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    if (ok && n > 0)
        return isoFromMillis(n > 100000000000LL ? n : n * 1000); // milliseconds or seconds
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return {};
    if (dt.timeSpec() == Qt::LocalTime && !t.endsWith(QLatin1Char('Z')) && !t.contains(QLatin1Char('+')))
        dt.setTimeSpec(Qt::UTC); // a time without zone is taken as UTC
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

bool readCsvRecord(QIODevice& file, QStringList& fields, qint64& line, QString& error)
{
    fields.clear();
    if (file.atEnd())
        return false;
    QString field;
    bool quoted = false;
    bool any = false;
    while (!file.atEnd()) {
        const QByteArray raw = readLine(file, 16 * 1024 * 1024);
        ++line;
        any = true;
        const QString text = QString::fromUtf8(raw);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += c;
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                fields << field;
                field.clear();
            } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                // end of record (handled below)
            } else {
                field += c;
            }
        }
        if (!quoted)
            break;
    }
    if (quoted) {
        error = QStringLiteral("unterminated quoted field");
        return false;
    }
    fields << field;
    return any;
}

Result<QList<QStringList>> CsvReader::preview(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status(ErrorCode::NotFound, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    QList<QStringList> out;
    QStringList fields;
    qint64 line = 0;
    QString error;
    while (out.size() <= rows && readCsvRecord(file, fields, line, error))
        out << fields;
    if (!error.isEmpty())
        return Status(ErrorCode::BadInput, tr("%1, line %2: %3.").arg(path).arg(line).arg(error));
    return out;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const CsvMapping& mapping)
{
    if (!QFileInfo(path).isFile())
        return Status(ErrorCode::NotFound, tr("%1 is not a file.").arg(path));
    std::unique_ptr<CsvReader> r(new CsvReader);
    r->m_path = QFileInfo(path).absoluteFilePath();
    r->m_mapping = mapping;
    r->m_workspaceKey = QFileInfo(path).completeBaseName();
    return r;
}

Status CsvReader::read(ImportSink& sink)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {ErrorCode::Io, tr("%1 cannot be read: %2.").arg(m_path, file.errorString())};
    const QString name = QFileInfo(m_path).fileName();
    QCryptographicHash digest(QCryptographicHash::Sha256);
    QStringList header;
    qint64 line = 0;
    QString error;
    if (!readCsvRecord(file, header, line, error))
        return {ErrorCode::BadInput, tr("%1 has no header row.").arg(name)};
    auto column = [&](const QString& wanted) { return static_cast<int>(header.indexOf(wanted.trimmed())); };
    const int author = column(m_mapping.author), channel = column(m_mapping.channel), time = column(m_mapping.time),
              text = column(m_mapping.text);
    const int id = m_mapping.id.isEmpty() ? -1 : column(m_mapping.id);
    const int thread = m_mapping.thread.isEmpty() ? -1 : column(m_mapping.thread);
    QStringList missing;
    if (author < 0) missing << m_mapping.author;
    if (channel < 0) missing << m_mapping.channel;
    if (time < 0) missing << m_mapping.time;
    if (text < 0) missing << m_mapping.text;
    if (!m_mapping.id.isEmpty() && id < 0) missing << m_mapping.id;
    if (!m_mapping.thread.isEmpty() && thread < 0) missing << m_mapping.thread;
    if (!missing.isEmpty())
        return {ErrorCode::InvalidArgument, tr("%1 has no column %2 (its columns: %3). Map the columns with --map.")
                                                .arg(name, missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", ")))};
    QSet<QString> people, channels;
    QStringList fields;
    qint64 record = 0;
    while (sink.keepGoing()) {
        if (!readCsvRecord(file, fields, line, error))
            break;
        ++record;
        const Position at{name, line};
        if (fields.size() != header.size()) {
            sink.skipped(at, tr("%1 fields where the header has %2").arg(fields.size()).arg(header.size()));
            continue;
        }
        PostRecord p;
        p.channelId = fields.at(channel).trimmed();
        p.authorId = fields.at(author).trimmed();
        p.postedAt = parseTime(fields.at(time));
        p.text = fields.at(text);
        p.threadId = thread >= 0 ? fields.at(thread).trimmed() : QString();
        if (p.channelId.isEmpty() || p.postedAt.isEmpty()) {
            sink.skipped(at, p.channelId.isEmpty() ? tr("no channel") : tr("the time column holds no date and time (the value is not repeated here: it may be message text)"));
            continue;
        }
        p.messageId = id >= 0 ? fields.at(id).trimmed()
                              : QString::fromLatin1(crypto::sha256(QString(p.authorId + QLatin1Char('\n') + p.postedAt +
                                                                           QLatin1Char('\n') + p.text)
                                                                       .toUtf8())
                                                        .toHex()
                                                        .left(24));
        if (p.messageId.isEmpty()) {
            sink.skipped(at, tr("no message id"));
            continue;
        }
        if (!p.authorId.isEmpty() && !people.contains(p.authorId)) {
            people.insert(p.authorId);
            if (Status s = sink.person({p.authorId, p.authorId, p.authorId, {}, {}, false}); !s.ok())
                return s;
        }
        if (!channels.contains(p.channelId)) {
            channels.insert(p.channelId);
            if (Status s = sink.channel({p.channelId, p.channelId, QStringLiteral("public"), {}}); !s.ok())
                return s;
        }
        if (Status s = sink.post(p, at); !s.ok())
            return s;
    }
    if (!error.isEmpty())
        return {ErrorCode::BadInput, tr("%1, line %2: %3.").arg(name).arg(line).arg(error)};
    file.seek(0);
    digest.addData(&file); // streams; the file is never held in memory whole
    m_digests.insert(name, QString::fromLatin1(digest.result().toHex()));
    return Status::success();
}

} // namespace custos::ingest

#include "storage/AuditRepository.h"

#include "storage/Database.h"
namespace custos::storage {
namespace {

const QString kEntryColumns = QStringLiteral(
    "SELECT seq, time, actor_id, key_id, action, object_type, object_id, details, prev_hash, entry_hash, signature "
    "FROM audit_entries ");

domain::AuditEntry readEntry(const Statement& s)
{
    domain::AuditEntry e;
    e.seq = static_cast<quint64>(s.int64(0));
    e.time = s.text(1);
    e.actorId = s.int64(2);
    e.keyId = s.text(3);
    e.action = s.text(4);
    e.objectType = s.text(5);
    e.objectId = s.text(6);
    e.details = s.blob(7);
    e.prevHash = s.blob(8);
    e.entryHash = s.blob(9);
    e.signature = s.blob(10);
    return e;
}

domain::Checkpoint readCheckpoint(const Statement& s)
{
    domain::Checkpoint c;
    c.treeSize = static_cast<quint64>(s.int64(0));
    c.rootHash = s.blob(1);
    c.time = s.text(2);
    c.signerId = s.int64(3);
    c.keyId = s.text(4);
    c.signature = s.blob(5);
    return c;
}

QString whereClause(const AuditFilter& f)
{
    QStringList parts;
    if (f.actorId > 0)
        parts << QStringLiteral("actor_id = ?1");
    if (!f.action.isEmpty())
        parts << QStringLiteral("substr(action, 1, length(?2)) = ?2");
    if (!f.objectType.isEmpty())
        parts << QStringLiteral("object_type = ?3");
    if (!f.objectId.isEmpty())
        parts << QStringLiteral("object_id = ?4");
    if (f.from.isValid())
        parts << QStringLiteral("time >= ?5");
    if (f.to.isValid())
        parts << QStringLiteral("time < ?6");
    return parts.isEmpty() ? QString() : QStringLiteral("WHERE ") + parts.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

void bindFilter(Statement& s, const AuditFilter& f)
{
    if (f.actorId > 0)
        s.bind(1, f.actorId);
    if (!f.action.isEmpty())
        s.bind(2, f.action);
    if (!f.objectType.isEmpty())
        s.bind(3, f.objectType);
    if (!f.objectId.isEmpty())
        s.bind(4, f.objectId);
    if (f.from.isValid())
        s.bind(5, f.from.toUTC().toString(Qt::ISODateWithMs));
    if (f.to.isValid())
        s.bind(6, f.to.toUTC().toString(Qt::ISODateWithMs));
}

Status insertCheckpoint(Database& db, const domain::Checkpoint& c)
{
    Statement s = db.prepare(QStringLiteral(
        "INSERT INTO audit_checkpoints (tree_size, root_hash, time, signer_id, key_id, signature) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    s.bind(1, static_cast<qint64>(c.treeSize)).bind(2, c.rootHash).bind(3, c.time).bind(4, c.signerId).bind(5, c.keyId).bind(6, c.signature);
    return s.run();
}

} // namespace

Result<AuditHead> AuditRepository::head()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT tree_size, last_hash, frontier FROM audit_state WHERE id = 1;"));
    AuditHead h;
    if (s.step()) {
        h.treeSize = static_cast<quint64>(s.int64(0));
        h.lastHash = s.blob(1);
        h.frontier = s.blob(2);
    }
    if (!s.status().ok())
        return s.status();
    return h;
}

Status AuditRepository::append(WriteAccess& write, const domain::AuditEntry& e, const AuditHead& newHead)
{
    Database& db = write.db();
    Statement insert = db.prepare(QStringLiteral(
        "INSERT INTO audit_entries (seq, time, actor_id, key_id, action, object_type, object_id, details, prev_hash, "
        "entry_hash, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);"));
    insert.bind(1, static_cast<qint64>(e.seq))
        .bind(2, e.time)
        .bind(3, e.actorId)
        .bind(4, e.keyId)
        .bind(5, e.action)
        .bind(6, e.objectType)
        .bind(7, e.objectId)
        .bind(8, e.details)
        .bind(9, e.prevHash)
        .bind(10, e.entryHash)
        .bind(11, e.signature);
    if (Status s = insert.run(); !s.ok())
        return s;
    Statement state = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO audit_state (id, tree_size, last_hash, frontier) VALUES (1, ?1, ?2, ?3);"));
    state.bind(1, static_cast<qint64>(newHead.treeSize)).bind(2, newHead.lastHash).bind(3, newHead.frontier);
    return state.run();
}

Status AuditRepository::addCheckpoint(WriteAccess& write, const domain::Checkpoint& c)
{
    return insertCheckpoint(write.db(), c);
}

Status AuditRepository::addCheckpointUnaudited(const domain::Checkpoint& c)
{
    return insertCheckpoint(m_db, c);
}

Status AuditRepository::forEachEntry(const std::function<bool(const domain::AuditEntry&)>& visit)
{
    Statement s = m_db.prepare(kEntryColumns + QStringLiteral("ORDER BY seq;"));
    while (s.step()) {
        if (!visit(readEntry(s)))
            break;
    }
    return s.status();
}

Status AuditRepository::forEachEntryWithAction(const QStringList& actions,
                                               const std::function<bool(const domain::AuditEntry&)>& visit)
{
    QStringList marks;
    for (qsizetype i = 0; i < actions.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 1);
    Statement s = m_db.prepare(kEntryColumns + QStringLiteral("WHERE action IN (%1) ORDER BY seq;").arg(marks.join(u',')));
    for (qsizetype i = 0; i < actions.size(); ++i)
        s.bind(static_cast<int>(i + 1), actions.at(i));
    while (s.step()) {
        if (!visit(readEntry(s)))
            break;
    }
    return s.status();
}

Result<QList<domain::Checkpoint>> AuditRepository::checkpoints()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT tree_size, root_hash, time, signer_id, key_id, signature FROM audit_checkpoints ORDER BY tree_size;"));
    QList<domain::Checkpoint> out;
    while (s.step())
        out.append(readCheckpoint(s));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<std::optional<domain::Checkpoint>> AuditRepository::lastCheckpoint()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT tree_size, root_hash, time, signer_id, key_id, signature "
                                              "FROM audit_checkpoints ORDER BY tree_size DESC LIMIT 1;"));
    if (s.step())
        return std::optional<domain::Checkpoint>(readCheckpoint(s));
    if (!s.status().ok())
        return s.status();
    return std::optional<domain::Checkpoint>();
}

Result<QList<QByteArray>> AuditRepository::entryHashes(quint64 count)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT entry_hash FROM audit_entries WHERE seq < ?1 ORDER BY seq;"));
    s.bind(1, static_cast<qint64>(count));
    QList<QByteArray> out;
    out.reserve(static_cast<qsizetype>(count));
    while (s.step())
        out.append(s.blob(0));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<domain::AuditEntry>> AuditRepository::page(const AuditFilter& filter, qint64 offset, int limit)
{
    Statement s = m_db.prepare(kEntryColumns + whereClause(filter) + QStringLiteral("ORDER BY seq LIMIT ?7 OFFSET ?8;"));
    bindFilter(s, filter);
    s.bind(7, limit).bind(8, offset);
    QList<domain::AuditEntry> out;
    while (s.step())
        out.append(readEntry(s));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<qint64> AuditRepository::count(const AuditFilter& filter)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM audit_entries ") + whereClause(filter) + QLatin1Char(';'));
    bindFilter(s, filter);
    if (!s.step())
        return noRow(s);
    return s.int64(0);
}

Result<domain::AuditEntry> AuditRepository::entry(quint64 seq)
{
    Statement s = m_db.prepare(kEntryColumns + QStringLiteral("WHERE seq = ?1;"));
    s.bind(1, static_cast<qint64>(seq));
    if (s.step())
        return readEntry(s);
    return s.status().ok() ? Status(ErrorCode::NotFound, QString()) : s.status();
}

Result<QStringList> AuditRepository::actions()
{
    return m_db.texts(QStringLiteral("SELECT DISTINCT action FROM audit_entries ORDER BY action;"));
}

} // namespace custos::storage

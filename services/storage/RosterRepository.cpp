#include "storage/RosterRepository.h"

#include "storage/Database.h"

namespace custos::storage {

using namespace custos::domain;

namespace {

// Handles are kept lower case between commas (",anna.k,u123,"), so that one can be found
// with instr().
QString packHandles(const QStringList& handles)
{
    QStringList clean;
    for (const QString& h : handles)
        if (!h.trimmed().isEmpty())
            clean << h.trimmed().toLower();
    return clean.isEmpty() ? QString() : u',' + clean.join(u',') + u',';
}

QStringList unpackHandles(const QString& packed)
{
    return packed.split(u',', Qt::SkipEmptyParts);
}

const QString kEntryColumns = QStringLiteral(
    "id, employee_id, name, email, handles, department, manager_employee_id, start_day, leave_day FROM roster ");

RosterEntry entryFrom(const Statement& s)
{
    RosterEntry e;
    e.id = s.int64(0);
    e.employeeId = s.text(1);
    e.name = s.text(2);
    e.email = s.text(3);
    e.handles = unpackHandles(s.text(4));
    e.department = s.text(5);
    e.managerEmployeeId = s.text(6);
    e.startDay = s.text(7);
    e.leaveDay = s.text(8);
    return e;
}

Status fillPeople(Database& db, QList<RosterEntry>& entries)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < entries.size(); ++i)
        index.insert(entries[i].id, i);
    Statement s = db.prepare(QStringLiteral("SELECT roster_id, person_id FROM roster_people ORDER BY person_id;"));
    while (s.step()) {
        const auto it = index.constFind(s.int64(0));
        if (it != index.constEnd())
            entries[*it].personIds << s.int64(1);
    }
    return s.status();
}

} // namespace

Result<RosterRepository::Upsert> RosterRepository::upsert(WriteAccess& write, const RosterEntry& e, const QString& at,
                                                          qint64 entrySeq)
{
    Database& db = write.db();
    Statement& find = db.cached(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral("WHERE employee_id = ?1;"));
    find.bind(1, e.employeeId);
    std::optional<RosterEntry> known;
    if (find.step())
        known = entryFrom(find);
    if (!find.status().ok())
        return find.status();
    find.reset();
    const QString handles = packHandles(e.handles);
    if (known && known->name == e.name && known->email == e.email && packHandles(known->handles) == handles &&
        known->department == e.department && known->managerEmployeeId == e.managerEmployeeId &&
        known->startDay == e.startDay && known->leaveDay == e.leaveDay)
        return Upsert::Unchanged;
    Statement& s = db.cached(QStringLiteral(
        "INSERT OR REPLACE INTO roster (id, employee_id, name, email, handles, department, manager_employee_id, start_day, "
        "leave_day, updated_at, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11);"));
    if (known)
        s.bind(1, known->id);
    else
        s.bindNull(1);
    s.bind(2, e.employeeId).bind(3, e.name).bind(4, e.email).bind(5, handles).bind(6, e.department)
        .bind(7, e.managerEmployeeId).bind(8, e.startDay).bind(9, e.leaveDay).bind(10, at).bind(11, entrySeq);
    if (Status st = s.run(); !st.ok())
        return st;
    return known ? Upsert::Updated : Upsert::Added;
}

Result<QList<RosterEntry>> RosterRepository::entries()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kEntryColumns +
                               QStringLiteral("ORDER BY department COLLATE NOCASE, name COLLATE NOCASE, id;"));
    auto rows = rowsOf<RosterEntry>(s, entryFrom);
    if (!rows)
        return rows;
    if (Status st = fillPeople(m_db, *rows); !st.ok())
        return st;
    return rows;
}

Result<std::optional<RosterEntry>> RosterRepository::entry(const QString& employeeId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT ") + kEntryColumns + QStringLiteral("WHERE employee_id = ?1;"));
    s.bind(1, employeeId);
    auto found = firstRowOf<RosterEntry>(s, entryFrom);
    if (!found || !*found)
        return found;
    QList<RosterEntry> one{**found};
    if (Status st = fillPeople(m_db, one); !st.ok())
        return st;
    return std::optional<RosterEntry>(one.first());
}

Result<std::optional<RosterEntry>> RosterRepository::entryOfPerson(qint64 personId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT employee_id FROM roster r JOIN roster_people l ON l.roster_id = r.id "
                                              "WHERE l.person_id = ?1;"));
    s.bind(1, personId);
    auto employee = firstRowOf<QString>(s, [](const Statement& r) { return r.text(0); });
    if (!employee)
        return employee.status();
    if (!*employee)
        return std::optional<RosterEntry>();
    return entry(**employee);
}

Result<qint64> RosterRepository::matchAll(WriteAccess& write, qint64 entrySeq)
{
    Database& db = write.db();
    qint64 made = 0;
    // By e-mail first, then by a handle that is the person's user name or platform id.
    const QList<QPair<MatchMethod, QString>> ways = {
        {MatchMethod::Email,
         QStringLiteral("INSERT OR IGNORE INTO roster_people (roster_id, person_id, method, entry_seq) "
                        "SELECT r.id, p.id, ?1, ?2 FROM people p JOIN roster r ON r.email <> '' AND lower(r.email) = lower(p.email) "
                        "WHERE p.email IS NOT NULL AND p.email <> '' AND p.id NOT IN (SELECT person_id FROM roster_people);")},
        {MatchMethod::Handle,
         QStringLiteral("INSERT OR IGNORE INTO roster_people (roster_id, person_id, method, entry_seq) "
                        "SELECT r.id, p.id, ?1, ?2 FROM people p JOIN roster r ON r.handles <> '' AND "
                        "(instr(r.handles, ',' || lower(p.name) || ',') > 0 OR instr(r.handles, ',' || lower(p.platform_id) || ',') > 0) "
                        "WHERE p.id NOT IN (SELECT person_id FROM roster_people);")},
    };
    for (const auto& [method, sql] : ways) {
        Statement s = db.prepare(sql);
        s.bind(1, key(method)).bind(2, entrySeq);
        if (Status st = s.run(); !st.ok())
            return st;
        made += db.changes();
    }
    return made;
}

Status RosterRepository::link(WriteAccess& write, qint64 rosterId, qint64 personId, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO roster_people (roster_id, person_id, method, entry_seq) VALUES (?1, ?2, ?3, ?4);"));
    s.bind(1, rosterId).bind(2, personId).bind(3, key(MatchMethod::Manual)).bind(4, entrySeq);
    return s.run();
}

Result<qint64> RosterRepository::applyDepartments(WriteAccess& write)
{
    Database& db = write.db();
    const QString departmentOf = QStringLiteral(
        "(SELECT r.department FROM roster_people rp JOIN roster r ON r.id = rp.roster_id WHERE rp.person_id = people.id)");
    if (Status s = db.exec(QStringLiteral("UPDATE people SET department = %1 WHERE id IN (SELECT rp.person_id FROM "
                                          "roster_people rp JOIN roster r ON r.id = rp.roster_id WHERE r.department <> '') "
                                          "AND coalesce(department, '') <> %1;")
                               .arg(departmentOf));
        !s.ok())
        return s;
    return db.changes();
}

Result<QList<PersonRow>> RosterRepository::unmatchedPeople(int limit)
{
    Statement s = m_db.prepare(QStringLiteral(
                                   "SELECT id, name, display_name, coalesce(email, '') FROM people WHERE is_bot = 0 AND "
                                   "id NOT IN (SELECT person_id FROM roster_people) ORDER BY id LIMIT %1;")
                                   .arg(limit));
    return rowsOf<PersonRow>(s, [](const Statement& r) { return PersonRow{r.int64(0), r.text(1), r.text(2), r.text(3)}; });
}

Result<qint64> RosterRepository::countUnmatchedPeople()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM people WHERE is_bot = 0 AND id NOT IN (SELECT person_id FROM roster_people);"));
    if (!s.step())
        return noRow(s);
    return s.int64(0);
}

Result<bool> RosterRepository::personExists(qint64 personId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM people WHERE id = ?1;"));
    s.bind(1, personId);
    if (!s.step())
        return noRow(s);
    return s.int64(0) > 0;
}

Result<qint64> RosterRepository::addModule(WriteAccess& write, const TrainingModule& m, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT INTO training_modules (name, recurrence_months, due_days, created_at, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, m.name).bind(2, m.recurrenceMonths).bind(3, m.dueDays).bind(4, m.createdAt).bind(5, entrySeq);
    if (Status st = s.run(); !st.ok())
        return st;
    return write.db().lastInsertRowId();
}

Result<QList<TrainingModule>> RosterRepository::modules()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, name, recurrence_months, due_days, created_at FROM training_modules ORDER BY name COLLATE NOCASE;"));
    return rowsOf<TrainingModule>(s, [](const Statement& r) {
        return TrainingModule{r.int64(0), r.text(1), static_cast<int>(r.int64(2)), static_cast<int>(r.int64(3)), r.text(4)};
    });
}

Result<qint64> RosterRepository::addAssignment(WriteAccess& write, const TrainingAssignment& a, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT INTO training_assignments (module_id, department, employee_id, created_at, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, a.moduleId).bind(2, a.department).bind(3, a.employeeId).bind(4, a.createdAt).bind(5, entrySeq);
    if (Status st = s.run(); !st.ok())
        return st;
    return write.db().lastInsertRowId();
}

Result<QList<TrainingAssignment>> RosterRepository::assignments()
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, module_id, department, employee_id, created_at FROM training_assignments ORDER BY id;"));
    return rowsOf<TrainingAssignment>(s, [](const Statement& r) {
        return TrainingAssignment{r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4)};
    });
}

Result<bool> RosterRepository::addCompletion(WriteAccess& write, const TrainingCompletion& c, qint64 entrySeq)
{
    Statement& s = write.db().cached(QStringLiteral(
        "INSERT OR IGNORE INTO training_completions (module_id, employee_id, completed_on, source, entry_seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, c.moduleId).bind(2, c.employeeId).bind(3, c.completedOn).bind(4, key(c.source)).bind(5, entrySeq);
    if (Status st = s.run(); !st.ok())
        return st;
    return write.db().changes() > 0;
}

Result<QList<TrainingCompletion>> RosterRepository::completions(const QString& employeeId)
{
    // One employee's through the index on employee_id.
    Statement s = m_db.prepare(QStringLiteral("SELECT module_id, employee_id, completed_on, source FROM training_completions ") +
                               (employeeId.isEmpty() ? QString() : QStringLiteral("WHERE employee_id = ?1 ")) +
                               QStringLiteral("ORDER BY completed_on;"));
    if (!employeeId.isEmpty())
        s.bind(1, employeeId);
    return rowsOf<TrainingCompletion>(s, [](const Statement& r) {
        return TrainingCompletion{r.int64(0), r.text(1), r.text(2),
                                  fromKey<CompletionSource>(r.text(3)).value_or(CompletionSource::Manual)};
    });
}

Status RosterRepository::acknowledge(WriteAccess& write, const PolicyAcknowledgement& a, qint64 entrySeq)
{
    Statement s = write.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO policy_acknowledgements (employee_id, policy_version, body_sha256, acknowledged_on, entry_seq) "
        "VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, a.employeeId).bind(2, a.policyVersion).bind(3, a.bodySha256).bind(4, a.acknowledgedOn).bind(5, entrySeq);
    return s.run();
}

Result<QList<PolicyAcknowledgement>> RosterRepository::acknowledgements(const QString& employeeId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT employee_id, policy_version, body_sha256, acknowledged_on FROM "
                                              "policy_acknowledgements ") +
                               (employeeId.isEmpty() ? QString() : QStringLiteral("WHERE employee_id = ?1 ")) +
                               QStringLiteral("ORDER BY employee_id, policy_version;"));
    if (!employeeId.isEmpty())
        s.bind(1, employeeId);
    return rowsOf<PolicyAcknowledgement>(s, [](const Statement& r) {
        return PolicyAcknowledgement{r.text(0), static_cast<int>(r.int64(1)), r.blob(2), r.text(3)};
    });
}

Result<QList<PolicyVersionFacts>> RosterRepository::policyVersions()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT version, published_at, body_sha256 FROM main.policies ORDER BY version;"));
    return rowsOf<PolicyVersionFacts>(s, [](const Statement& r) {
        return PolicyVersionFacts{static_cast<int>(r.int64(0)), r.text(1), r.blob(2)};
    });
}

} // namespace custos::storage

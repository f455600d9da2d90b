#include "storage/CaseRepository.h"

#include "storage/CaseRows.h"
#include "storage/Codec.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace custos::storage {
namespace {

using namespace custos::domain;
using namespace custos::storage::caserows;

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}


// Runs an INSERT and returns the new row's id.
Result<qint64> inserted(Database& db, Statement& s)
{
    if (Status st = s.run(); !st.ok())
        return st;
    return db.lastInsertRowId();
}

// Runs an UPDATE that must change one row; NotFound with `notFound` when it changed none.
Status changedOne(Database& db, Statement& s, const QString& notFound)
{
    if (Status st = s.run(); !st.ok())
        return st;
    if (db.changes() != 1)
        return {ErrorCode::NotFound, notFound};
    return Status::success();
}

// Overdue on `today` (a date or a time, compared as text: both ISO 8601): the case past its
// Overdue on `today` (a date or a time, compared as text: both ISO 8601): the case past its
// due date while open, or a task of it past its due date and not done.
QString overdueSql(int todayParam)
{
    return QStringLiteral("((c.due_at IS NOT NULL AND c.due_at < ?%1 AND c.status <> '%2') OR EXISTS (SELECT 1 FROM "
                          "case_tasks t WHERE t.case_id = c.id AND t.done_at IS NULL AND t.due_at IS NOT NULL AND "
                          "t.due_at < ?%1))")
        .arg(todayParam)
        .arg(key(CaseStatus::Closed));
}

QString orderOf(CaseSort sort, bool ascending)
{
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    switch (sort) {
    case CaseSort::Number:
        return QStringLiteral("c.year %1, c.year_seq %1").arg(dir);
    case CaseSort::Opened:
        return QStringLiteral("c.opened_at %1, c.id %1").arg(dir);
    case CaseSort::Due:
        // Cases without a due date last, whichever the direction.
        return QStringLiteral("c.due_at IS NULL, c.due_at %1, c.id %1").arg(dir);
    case CaseSort::Priority:
        return QStringLiteral("%1 %2, c.opened_at DESC").arg(codec::rankCase(QStringLiteral("c.priority"), all<CasePriority>()), dir);
    case CaseSort::Status:
        return QStringLiteral("%1 %2, c.opened_at DESC").arg(codec::rankCase(QStringLiteral("c.status"), all<CaseStatus>()), dir);
    case CaseSort::Title:
        return QStringLiteral("c.title COLLATE NOCASE %1, c.id %1").arg(dir);
    }
    Q_UNREACHABLE();
}

// WHERE conditions on cases c, their values bound from ?2 on (?1 is today). Conditions on
// other tables are correlated EXISTS, checked row by row, so that a page in the order of an
// index reads only as many cases as it shows rather than every case that matches.
QString whereOf(const CaseFilter& filter, const CaseViewer& viewer, QStringList& values)
{
    QStringList where;
    auto add = [&](const QString& value, const QString& condition) {
        values << value;
        where << condition.arg(values.size() + 1);
    };
    if (filter.status)
        add(key(*filter.status), QStringLiteral("c.status = ?%1"));
    if (filter.openOnly)
        add(key(CaseStatus::Closed), QStringLiteral("c.status <> ?%1"));
    if (filter.priority)
        add(key(*filter.priority), QStringLiteral("c.priority = ?%1"));
    if (filter.allegation)
        add(key(*filter.allegation), QStringLiteral("EXISTS (SELECT 1 FROM case_allegations g WHERE g.case_id = c.id AND g.type = ?%1)"));
    if (filter.assignee > 0)
        add(QString::number(filter.assignee),
            QStringLiteral("EXISTS (SELECT 1 FROM case_assignees a WHERE a.case_id = c.id AND a.user_id = ?%1)"));
    if (viewer.assignedTo > 0)
        add(QString::number(viewer.assignedTo),
            QStringLiteral("EXISTS (SELECT 1 FROM case_assignees v WHERE v.case_id = c.id AND v.user_id = ?%1)"));
    QStringList party;
    QStringList ids;
    for (const qint64 p : viewer.people)
        ids << QString::number(p);
    if (!ids.isEmpty())
        party << QStringLiteral("p.person_id IN (%1)").arg(ids.join(u','));
    for (const QString& name : viewer.names) {
        values << name;
        party << QStringLiteral("(p.person_id IS NULL AND p.name = ?%1 COLLATE NOCASE)").arg(values.size() + 1);
    }
    if (!party.isEmpty())
        where << QStringLiteral("NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id AND (%1))").arg(party.join(QStringLiteral(" OR ")));
    if (!filter.search.trimmed().isEmpty()) {
        QString pattern = filter.search.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        add(u'%' + pattern + u'%', QStringLiteral("(c.number LIKE ?%1 ESCAPE '\\' OR c.title LIKE ?%1 ESCAPE '\\')"));
    }
    if (filter.overdue)
        where << overdueSql(1);
    return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindFilter(Statement& s, const CaseFilter& filter, const QStringList& values)
{
    s.bind(1, filter.today);
    for (qsizetype i = 0; i < values.size(); ++i)
        s.bind(static_cast<int>(i) + 2, values.at(i));
}


CaseParty partyFrom(const Statement& s)
{
    CaseParty p;
    p.id = s.int64(0);
    p.role = codec::decode(s.text(1), PartyRole::Other);
    p.personId = idOr0(s, 2);
    p.name = s.text(3);
    p.anonymous = s.int64(4) != 0;
    p.note = s.text(5);
    p.entrySeq = s.int64(6);
    return p;
}

Result<qint64> caseOf(Database& db, const QString& table, qint64 id)
{
    Statement s = db.prepare(QStringLiteral("SELECT case_id FROM %1 WHERE id = ?1;").arg(table));
    s.bind(1, id);
    if (s.step())
        return s.int64(0);
    if (!s.status().ok())
        return s.status();
    return qint64(0);
}


} // namespace

Result<int> CaseRepository::nextYearSeq(int year)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT coalesce(max(year_seq), 0) + 1 FROM cases WHERE year = ?1;"));
    s.bind(1, year);
    if (!s.step())
        return noRow(s);
    return static_cast<int>(s.int64(0));
}

Result<qint64> CaseRepository::addCase(WriteAccess& w, const CaseFields& c, const QString& number, int year, int yearSeq,
                                       qint64 openedBy, const QString& at, qint64 entrySeq)
{
    Statement s = w.db().prepare(QStringLiteral(
        "INSERT INTO cases (number, year, year_seq, title, summary, status, priority, intake, incident_at, reported_at, "
        "opened_at, due_at, opened_by, open_entry, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, ?14, ?11);"));
    s.bind(1, number).bind(2, year).bind(3, yearSeq).bind(4, c.title).bind(5, c.summary).bind(6, key(CaseStatus::Triage));
    s.bind(7, key(c.priority)).bind(8, key(c.intake));
    bindOptional(s, 9, c.incidentAt);
    bindOptional(s, 10, c.reportedAt);
    s.bind(11, at);
    bindOptional(s, 12, c.dueAt);
    s.bind(13, openedBy).bind(14, entrySeq);
    return inserted(w.db(), s);
}

Status CaseRepository::updateCase(WriteAccess& w, qint64 id, const CaseFields& c, const QString& at)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE cases SET title = ?2, summary = ?3, priority = ?4, incident_at = ?5, "
                                                "reported_at = ?6, due_at = ?7, updated_at = ?8 WHERE id = ?1;"));
    s.bind(1, id).bind(2, c.title).bind(3, c.summary).bind(4, key(c.priority));
    bindOptional(s, 5, c.incidentAt);
    bindOptional(s, 6, c.reportedAt);
    bindOptional(s, 7, c.dueAt);
    s.bind(8, at);
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "There is no case %1.").arg(id));
}

Status CaseRepository::setStatus(WriteAccess& w, qint64 id, CaseStatus status, const QString& closedAt, const QString& at)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE cases SET status = ?2, closed_at = ?3, updated_at = ?4 WHERE id = ?1;"));
    s.bind(1, id).bind(2, key(status));
    bindOptional(s, 3, closedAt);
    s.bind(4, at);
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "There is no case %1.").arg(id));
}

Status CaseRepository::addAssignee(WriteAccess& w, qint64 caseId, qint64 userId)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT OR IGNORE INTO case_assignees (case_id, user_id) VALUES (?1, ?2);"));
    s.bind(1, caseId).bind(2, userId);
    return s.run();
}

Status CaseRepository::removeAssignee(WriteAccess& w, qint64 caseId, qint64 userId)
{
    Statement s = w.db().prepare(QStringLiteral("DELETE FROM case_assignees WHERE case_id = ?1 AND user_id = ?2;"));
    s.bind(1, caseId).bind(2, userId);
    return s.run();
}

Result<qint64> CaseRepository::addParty(WriteAccess& w, qint64 caseId, const CaseParty& p)
{
    Statement s = w.db().prepare(QStringLiteral(
        "INSERT INTO case_parties (case_id, role, person_id, name, anonymous, note, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);"));
    s.bind(1, caseId).bind(2, key(p.role));
    bindId(s, 3, p.personId);
    bindOptional(s, 4, p.name);
    s.bind(5, p.anonymous ? 1 : 0).bind(6, p.note).bind(7, p.entrySeq);
    return inserted(w.db(), s);
}

Result<qint64> CaseRepository::addAllegation(WriteAccess& w, qint64 caseId, const CaseAllegation& a)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT INTO case_allegations (case_id, type, clause, description, "
                                                "respondent_party_id, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6);"));
    s.bind(1, caseId).bind(2, key(a.type)).bind(3, a.clause).bind(4, a.description);
    bindId(s, 5, a.respondentPartyId);
    s.bind(6, a.entrySeq);
    return inserted(w.db(), s);
}

Status CaseRepository::setFinding(WriteAccess& w, qint64 allegationId, Finding finding, const QString& reason, qint64 by,
                                  const QString& at, qint64 entrySeq)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE case_allegations SET finding = ?2, finding_reason = ?3, finding_by = ?4, "
                                                "finding_at = ?5, finding_entry = ?6 WHERE id = ?1;"));
    s.bind(1, allegationId).bind(2, key(finding)).bind(3, reason).bind(4, by).bind(5, at).bind(6, entrySeq);
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "There is no allegation %1.").arg(allegationId));
}

Result<bool> CaseRepository::addPost(WriteAccess& w, qint64 caseId, qint64 postId)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT OR IGNORE INTO case_posts (case_id, post_id) VALUES (?1, ?2);"));
    s.bind(1, caseId).bind(2, postId);
    if (Status st = s.run(); !st.ok())
        return st;
    return w.db().changes() == 1;
}

Result<qint64> CaseRepository::addEvidence(WriteAccess& w, qint64 caseId, const EvidenceItem& e, const QByteArray& content)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT INTO case_evidence (case_id, file_name, media_type, size, sha256, content, "
                                                "added_at, added_by, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);"));
    s.bind(1, caseId).bind(2, e.fileName).bind(3, e.mediaType).bind(4, e.size).bind(5, e.sha256).bind(6, content);
    s.bind(7, e.addedAt).bind(8, e.addedBy).bind(9, e.entrySeq);
    return inserted(w.db(), s);
}

Result<qint64> CaseRepository::addTask(WriteAccess& w, qint64 caseId, const CaseTask& t)
{
    Statement s = w.db().prepare(
        QStringLiteral("INSERT INTO case_tasks (case_id, title, owner_id, due_at, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, caseId).bind(2, t.title).bind(3, t.ownerId);
    bindOptional(s, 4, t.dueAt);
    s.bind(5, t.entrySeq);
    return inserted(w.db(), s);
}

Status CaseRepository::completeTask(WriteAccess& w, qint64 taskId, const QString& at)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE case_tasks SET done_at = ?2 WHERE id = ?1 AND done_at IS NULL;"));
    s.bind(1, taskId).bind(2, at);
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "There is no open task %1.").arg(taskId));
}

Result<qint64> CaseRepository::addInterview(WriteAccess& w, qint64 caseId, const CaseInterview& i)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT INTO case_interviews (case_id, party_id, template_id, held_at, attendees, "
                                                "questions, answers, notes, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9);"));
    s.bind(1, caseId);
    bindId(s, 2, i.partyId);
    bindId(s, 3, i.templateId);
    s.bind(4, i.heldAt).bind(5, i.attendees).bind(6, toJson(i.questions)).bind(7, toJson(i.answers)).bind(8, i.notes);
    s.bind(9, i.entrySeq);
    return inserted(w.db(), s);
}

Status CaseRepository::agreeInterview(WriteAccess& w, qint64 interviewId, const QString& at)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE case_interviews SET agreed_at = ?2 WHERE id = ?1 AND agreed_at IS NULL;"));
    s.bind(1, interviewId).bind(2, at);
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "Interview %1 does not exist or is already agreed.").arg(interviewId));
}

Result<qint64> CaseRepository::addOutcome(WriteAccess& w, qint64 caseId, const CaseOutcome& o)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT INTO case_outcomes (case_id, party_id, sanction, reasoning, decided_by, "
                                                "decided_at, expires_at, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);"));
    s.bind(1, caseId).bind(2, o.partyId).bind(3, key(o.sanction)).bind(4, o.reasoning).bind(5, o.decidedBy).bind(6, o.decidedAt);
    bindOptional(s, 7, o.expiresAt);
    s.bind(8, o.entrySeq);
    return inserted(w.db(), s);
}

Status CaseRepository::setOutcomeAside(WriteAccess& w, qint64 outcomeId)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE case_outcomes SET set_aside = 1 WHERE id = ?1;"));
    s.bind(1, outcomeId);
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "There is no outcome %1.").arg(outcomeId));
}

Result<qint64> CaseRepository::addAppeal(WriteAccess& w, qint64 caseId, const CaseAppeal& a)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT INTO case_appeals (case_id, outcome_id, grounds, lodged_by, lodged_at, "
                                                "status, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);"));
    s.bind(1, caseId).bind(2, a.outcomeId).bind(3, a.grounds).bind(4, a.lodgedBy).bind(5, a.lodgedAt);
    s.bind(6, key(AppealStatus::Pending)).bind(7, a.entrySeq);
    return inserted(w.db(), s);
}

Status CaseRepository::decideAppeal(WriteAccess& w, qint64 appealId, AppealStatus status, qint64 by, const QString& at,
                                    const QString& reason, qint64 entrySeq)
{
    Statement s = w.db().prepare(QStringLiteral("UPDATE case_appeals SET status = ?2, decided_by = ?3, decided_at = ?4, "
                                                "decision_reason = ?5, decision_entry = ?6 WHERE id = ?1 AND status = ?7;"));
    s.bind(1, appealId).bind(2, key(status)).bind(3, by).bind(4, at).bind(5, reason).bind(6, entrySeq);
    s.bind(7, key(AppealStatus::Pending));
    return changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "Appeal %1 does not exist or is already decided.").arg(appealId));
}

Status CaseRepository::link(WriteAccess& w, qint64 caseId, qint64 otherId)
{
    Statement s = w.db().prepare(QStringLiteral("INSERT OR IGNORE INTO case_links (case_id, other_id) VALUES (?1, ?2), (?2, ?1);"));
    s.bind(1, caseId).bind(2, otherId);
    return s.run();
}

Result<qint64> CaseRepository::addTimeline(WriteAccess& w, qint64 caseId, const TimelineItem& item)
{
    Statement s = w.db().prepare(QStringLiteral(
        "INSERT INTO case_timeline (case_id, kind, at, recorded_at, actor_id, title, body, post_id, party_id, allegation_id, "
        "ref_id, entry_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12);"));
    s.bind(1, caseId).bind(2, key(item.kind)).bind(3, item.at).bind(4, item.recordedAt).bind(5, item.actorId);
    s.bind(6, item.title).bind(7, item.body);
    bindId(s, 8, item.postId);
    bindId(s, 9, item.partyId);
    bindId(s, 10, item.allegationId);
    bindId(s, 11, item.refId);
    s.bind(12, item.entrySeq);
    return inserted(w.db(), s);
}

Result<qint64> CaseRepository::saveTemplate(WriteAccess& w, const InterviewTemplate& t, qint64 by, const QString& at)
{
    if (t.id > 0) {
        Statement s = w.db().prepare(QStringLiteral("UPDATE interview_templates SET type = ?2, name = ?3, questions = ?4, "
                                                    "updated_at = ?5, updated_by = ?6 WHERE id = ?1;"));
        s.bind(1, t.id).bind(2, key(t.type)).bind(3, t.name).bind(4, toJson(t.questions)).bind(5, at).bind(6, by);
        if (Status st = changedOne(w.db(), s, QCoreApplication::translate("CaseRepository", "There is no interview template %1.").arg(t.id));
            !st.ok())
            return st;
        return t.id;
    }
    Statement s = w.db().prepare(QStringLiteral(
        "INSERT INTO interview_templates (type, name, questions, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5);"));
    s.bind(1, key(t.type)).bind(2, t.name).bind(3, toJson(t.questions)).bind(4, at).bind(5, by);
    return inserted(w.db(), s);
}

Result<std::optional<CaseRecord>> CaseRepository::caseRecord(qint64 id, const QString& today)
{
    Statement s = m_db.prepare(caseColumns() +
                               QStringLiteral(" WHERE c.id = ?2;"));
    s.bind(1, today).bind(2, id);
    if (!s.step()) {
        if (!s.status().ok())
            return s.status();
        return std::optional<CaseRecord>();
    }
    CaseRecord r;
    r.row = rowFrom(s);
    QList<CaseRow> rows{r.row};
    if (Status st = fillPeople(m_db, rows); !st.ok())
        return st;
    r.row = rows.first();
    Statement d = m_db.prepare(QStringLiteral("SELECT summary, incident_at, reported_at, opened_by, open_entry FROM cases WHERE id = ?1;"));
    d.bind(1, id);
    if (!d.step())
        return noRow(d);
    r.summary = d.text(0);
    r.incidentAt = d.text(1);
    r.reportedAt = d.text(2);
    r.openedBy = d.int64(3);
    r.openEntry = d.int64(4);
    Statement a = m_db.prepare(QStringLiteral("SELECT user_id FROM case_assignees WHERE case_id = ?1 ORDER BY user_id;"));
    a.bind(1, id);
    while (a.step())
        r.assigneeIds << a.int64(0);
    if (!a.status().ok())
        return a.status();
    return std::optional<CaseRecord>(r);
}

Result<std::optional<qint64>> CaseRepository::caseIdByNumber(const QString& number)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id FROM cases WHERE number = ?1 COLLATE NOCASE;"));
    s.bind(1, number.trimmed());
    if (s.step())
        return std::optional<qint64>(s.int64(0));
    if (!s.status().ok())
        return s.status();
    return std::optional<qint64>();
}

Result<QList<CaseRow>> CaseRepository::list(const CaseFilter& filter, CaseSort sort, bool ascending, int limit, int offset,
                                            const CaseViewer& viewer)
{
    QStringList values;
    const QString where = whereOf(filter, viewer, values);
    Statement s = m_db.prepare(caseColumns() + where +
                               QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3;").arg(orderOf(sort, ascending)).arg(limit).arg(offset));
    bindFilter(s, filter, values);
    auto rows = rowsOf<CaseRow>(s, rowFrom);
    if (rows) {
        if (Status st = fillPeople(m_db, *rows); !st.ok())
            return st;
    }
    return rows;
}

Result<qint64> CaseRepository::count(const CaseFilter& filter, const CaseViewer& viewer)
{
    QStringList values;
    const QString where = whereOf(filter, viewer, values);
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM cases c") + where + u';');
    bindFilter(s, filter, values);
    if (!s.step())
        return noRow(s);
    return s.int64(0);
}

Result<QList<CaseParty>> CaseRepository::parties(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, role, person_id, name, anonymous, note, entry_seq FROM case_parties WHERE case_id = ?1 ORDER BY id;"));
    s.bind(1, caseId);
    return rowsOf<CaseParty>(s, partyFrom);
}

Result<QList<CaseAllegation>> CaseRepository::allegations(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id, type, clause, description, respondent_party_id, finding, finding_reason, finding_by, finding_at, "
        "finding_entry, entry_seq FROM case_allegations WHERE case_id = ?1 ORDER BY id;"));
    s.bind(1, caseId);
    QList<CaseAllegation> out;
    while (s.step()) {
        CaseAllegation a;
        a.id = s.int64(0);
        a.type = codec::decode(s.text(1), AllegationType::Other);
        a.clause = s.text(2);
        a.description = s.text(3);
        a.respondentPartyId = idOr0(s, 4);
        if (!s.isNull(5))
            a.finding = fromKey<Finding>(s.text(5));
        a.findingReason = s.text(6);
        a.findingBy = idOr0(s, 7);
        a.findingAt = s.text(8);
        a.findingEntry = idOr0(s, 9);
        a.entrySeq = s.int64(10);
        out << a;
    }
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<CaseTask>> CaseRepository::tasks(qint64 caseId, const QString& today)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, title, owner_id, due_at, done_at, entry_seq, "
                                              "(done_at IS NULL AND due_at IS NOT NULL AND due_at < ?2) FROM case_tasks "
                                              "WHERE case_id = ?1 ORDER BY done_at IS NOT NULL, due_at IS NULL, due_at, id;"));
    s.bind(1, caseId).bind(2, today);
    return rowsOf<CaseTask>(s, [](const Statement& r) { return CaseTask{r.int64(0), r.text(1), r.int64(2), r.text(3), r.text(4), r.int64(5), r.int64(6) != 0}; });
}

Result<QList<CaseInterview>> CaseRepository::interviews(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, party_id, template_id, held_at, attendees, questions, answers, notes, "
                                              "agreed_at, entry_seq FROM case_interviews WHERE case_id = ?1 ORDER BY held_at, id;"));
    s.bind(1, caseId);
    QList<CaseInterview> out;
    while (s.step()) {
        CaseInterview i;
        i.id = s.int64(0);
        i.partyId = idOr0(s, 1);
        i.templateId = idOr0(s, 2);
        i.heldAt = s.text(3);
        i.attendees = s.text(4);
        i.questions = fromJson(s.text(5));
        i.answers = fromJson(s.text(6));
        i.notes = s.text(7);
        i.agreed = !s.isNull(8);
        i.agreedAt = s.text(8);
        i.entrySeq = s.int64(9);
        out << i;
    }
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<CaseOutcome>> CaseRepository::outcomes(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, party_id, sanction, reasoning, decided_by, decided_at, expires_at, "
                                              "entry_seq, set_aside FROM case_outcomes WHERE case_id = ?1 ORDER BY id;"));
    s.bind(1, caseId);
    return rowsOf<CaseOutcome>(s, [](const Statement& r) { return CaseOutcome{r.int64(0), r.int64(1), codec::decode(r.text(2), Sanction::NoAction), r.text(3), r.int64(4),
                           r.text(5), r.text(6), r.int64(7), r.int64(8) != 0}; });
}

Result<QList<CaseAppeal>> CaseRepository::appeals(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, outcome_id, grounds, lodged_by, lodged_at, status, decided_by, "
                                              "decided_at, decision_reason, entry_seq, decision_entry FROM case_appeals "
                                              "WHERE case_id = ?1 ORDER BY id;"));
    s.bind(1, caseId);
    return rowsOf<CaseAppeal>(s, [](const Statement& r) { return CaseAppeal{r.int64(0), r.int64(1), r.text(2), r.int64(3), r.text(4),
                          codec::decode(r.text(5), AppealStatus::Pending), idOr0(r, 6), r.text(7), r.text(8), r.int64(9),
                          idOr0(r, 10)}; });
}

Result<QList<EvidenceItem>> CaseRepository::evidence(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, file_name, media_type, size, sha256, added_at, added_by, entry_seq "
                                              "FROM case_evidence WHERE case_id = ?1 ORDER BY id;"));
    s.bind(1, caseId);
    return rowsOf<EvidenceItem>(s, [](const Statement& r) { return EvidenceItem{r.int64(0), r.text(1), r.text(2), r.int64(3), r.blob(4), r.text(5), r.int64(6), r.int64(7)}; });
}

Result<std::optional<EvidenceItem>> CaseRepository::evidenceItem(qint64 evidenceId, qint64* caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, file_name, media_type, size, sha256, added_at, added_by, entry_seq, "
                                              "case_id FROM case_evidence WHERE id = ?1;"));
    s.bind(1, evidenceId);
    if (!s.step()) {
        if (!s.status().ok())
            return s.status();
        return std::optional<EvidenceItem>();
    }
    if (caseId)
        *caseId = s.int64(8);
    return std::optional<EvidenceItem>(
        EvidenceItem{s.int64(0), s.text(1), s.text(2), s.int64(3), s.blob(4), s.text(5), s.int64(6), s.int64(7)});
}

Result<QByteArray> CaseRepository::evidenceContent(qint64 evidenceId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT content FROM case_evidence WHERE id = ?1;"));
    s.bind(1, evidenceId);
    if (!s.step())
        return noRow(s);
    return s.blob(0);
}

Result<QList<CasePost>> CaseRepository::posts(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT p.id, p.posted_at, ch.name, coalesce(p.author_id, 0), p.text, p.thread_id "
                                              "FROM case_posts cp JOIN posts p ON p.id = cp.post_id JOIN channels ch ON "
                                              "ch.id = p.channel_id WHERE cp.case_id = ?1 ORDER BY p.posted_at, p.id;"));
    s.bind(1, caseId);
    return rowsOf<CasePost>(s, [](const Statement& r) { return CasePost{r.int64(0), r.text(1), r.text(2), r.int64(3), r.text(4), r.text(5)}; });
}

Result<QHash<qint64, QList<Span>>> CaseRepository::postSpans(qint64 caseId)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT f.post_id, f.spans FROM case_posts cp JOIN flags f ON f.post_id = cp.post_id "
                                              "WHERE cp.case_id = ?1;"));
    s.bind(1, caseId);
    QHash<qint64, QList<Span>> out;
    while (s.step())
        out[s.int64(0)] << codec::spansFromJson(s.text(1));
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<TimelineItem>> CaseRepository::timeline(qint64 caseId, const TimelineFilter& filter)
{
    QStringList where{QStringLiteral("t.case_id = ?1")};
    QStringList kinds;
    for (const TimelineKind k : filter.kinds)
        kinds << u'\'' + key(k) + u'\'';
    if (!kinds.isEmpty())
        where << QStringLiteral("t.kind IN (%1)").arg(kinds.join(u','));
    if (filter.partyId > 0)
        where << QStringLiteral("t.party_id = ?2");
    if (filter.allegationId > 0)
        where << QStringLiteral("t.allegation_id = ?3");
    if (!filter.from.isEmpty())
        where << QStringLiteral("t.at >= ?4");
    if (!filter.to.isEmpty())
        where << QStringLiteral("t.at < ?5");
    // A linked post shows its text as it is now (its earlier versions are in its history).
    Statement s = m_db.prepare(
        QStringLiteral("SELECT t.id, t.kind, t.at, t.recorded_at, t.actor_id, t.title, coalesce(p.text, t.body), t.post_id, "
                       "t.party_id, t.allegation_id, t.ref_id, t.entry_seq, a.entry_hash FROM case_timeline t "
                       "LEFT JOIN posts p ON p.id = t.post_id LEFT JOIN audit_entries a ON a.seq = t.entry_seq WHERE %1 "
                       "ORDER BY t.at, t.id;")
            .arg(where.join(QStringLiteral(" AND "))));
    s.bind(1, caseId).bind(2, filter.partyId).bind(3, filter.allegationId).bind(4, filter.from).bind(5, filter.to);
    QList<TimelineItem> out;
    while (s.step()) {
        TimelineItem i;
        i.id = s.int64(0);
        i.kind = codec::decode(s.text(1), TimelineKind::Note);
        i.at = s.text(2);
        i.recordedAt = s.text(3);
        i.actorId = s.int64(4);
        i.title = s.text(5);
        i.body = s.text(6);
        i.postId = idOr0(s, 7);
        i.partyId = idOr0(s, 8);
        i.allegationId = idOr0(s, 9);
        i.refId = idOr0(s, 10);
        i.entrySeq = s.int64(11);
        i.entryHash = s.blob(12);
        out << i;
    }
    if (!s.status().ok())
        return s.status();
    return out;
}

Result<QList<InterviewTemplate>> CaseRepository::templates()
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, type, name, questions FROM interview_templates ORDER BY type, name, id;"));
    return rowsOf<InterviewTemplate>(s, [](const Statement& r) { return InterviewTemplate{r.int64(0), codec::decode(r.text(1), AllegationType::Other), r.text(2), fromJson(r.text(3))}; });
}

Result<std::optional<InterviewTemplate>> CaseRepository::interviewTemplate(qint64 id)
{
    Statement s = m_db.prepare(QStringLiteral("SELECT id, type, name, questions FROM interview_templates WHERE id = ?1;"));
    s.bind(1, id);
    if (s.step())
        return std::optional<InterviewTemplate>(
            InterviewTemplate{s.int64(0), codec::decode(s.text(1), AllegationType::Other), s.text(2), fromJson(s.text(3))});
    if (!s.status().ok())
        return s.status();
    return std::optional<InterviewTemplate>();
}

Result<qint64> CaseRepository::caseOfParty(qint64 partyId)
{
    return caseOf(m_db, QStringLiteral("case_parties"), partyId);
}
Result<qint64> CaseRepository::caseOfAllegation(qint64 allegationId)
{
    return caseOf(m_db, QStringLiteral("case_allegations"), allegationId);
}
Result<qint64> CaseRepository::caseOfTask(qint64 taskId)
{
    return caseOf(m_db, QStringLiteral("case_tasks"), taskId);
}
Result<qint64> CaseRepository::caseOfInterview(qint64 interviewId)
{
    return caseOf(m_db, QStringLiteral("case_interviews"), interviewId);
}
Result<qint64> CaseRepository::caseOfOutcome(qint64 outcomeId)
{
    return caseOf(m_db, QStringLiteral("case_outcomes"), outcomeId);
}
Result<qint64> CaseRepository::caseOfAppeal(qint64 appealId)
{
    return caseOf(m_db, QStringLiteral("case_appeals"), appealId);
}

} // namespace custos::storage

#include "storage/CaseRows.h"

#include "storage/Codec.h"

#include <QHash>

namespace custos::storage::caserows {

using namespace custos::domain;

void bindOptional(Statement& s, int index, const QString& value)
{
    if (value.isEmpty())
        s.bindNull(index);
    else
        s.bind(index, value);
}

void bindId(Statement& s, int index, qint64 id)
{
    if (id <= 0)
        s.bindNull(index);
    else
        s.bind(index, id);
}

qint64 idOr0(const Statement& s, int column)
{
    return s.isNull(column) ? 0 : s.int64(column);
}

QString caseColumns()
{
    return QStringLiteral(
               "SELECT c.id, c.number, c.title, c.status, c.priority, c.intake, c.opened_at, c.due_at, c.closed_at, "
               "(SELECT count(*) FROM case_tasks t WHERE t.case_id = c.id AND t.done_at IS NULL), "
               "(SELECT count(*) FROM case_tasks t WHERE t.case_id = c.id AND t.done_at IS NULL AND t.due_at IS NOT NULL AND "
               "t.due_at < ?1), (c.due_at IS NOT NULL AND c.due_at < ?1 AND c.status <> '%1') FROM cases c")
        .arg(key(CaseStatus::Closed));
}

CaseRow rowFrom(const Statement& s)
{
    CaseRow r;
    r.id = s.int64(0);
    r.number = s.text(1);
    r.title = s.text(2);
    r.status = codec::decode(s.text(3), CaseStatus::Triage);
    r.priority = codec::decode(s.text(4), CasePriority::Moderate);
    r.intake = codec::decode(s.text(5), IntakeChannel::EmployeeReport);
    r.openedAt = s.text(6);
    r.dueAt = s.text(7);
    r.closedAt = s.text(8);
    r.openTasks = static_cast<int>(s.int64(9));
    r.overdueTasks = static_cast<int>(s.int64(10));
    r.overdue = s.int64(11) != 0 || r.overdueTasks > 0;
    return r;
}

Status fillPeople(Database& db, QList<CaseRow>& rows)
{
    if (rows.isEmpty())
        return Status::success();
    QStringList ids;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ids << QString::number(rows.at(i).id);
        at.insert(rows.at(i).id, i);
    }
    const QString in = ids.join(u',');
    Statement p = db.prepare(QStringLiteral("SELECT case_id, person_id, name FROM case_parties WHERE role = '%1' AND "
                                            "case_id IN (%2) ORDER BY id;")
                                 .arg(key(PartyRole::Respondent), in));
    while (p.step()) {
        CaseRow& r = rows[at.value(p.int64(0))];
        if (!p.isNull(1))
            r.respondents << p.int64(1);
        else if (!p.text(2).isEmpty())
            r.respondentNames << p.text(2);
    }
    if (!p.status().ok())
        return p.status();
    Statement a = db.prepare(QStringLiteral("SELECT ca.case_id, u.name FROM case_assignees ca JOIN users u ON u.id = ca.user_id "
                                            "WHERE ca.case_id IN (%1) ORDER BY u.name;")
                                 .arg(in));
    while (a.step())
        rows[at.value(a.int64(0))].assignees << a.text(1);
    return a.status();
}


} // namespace custos::storage::caserows

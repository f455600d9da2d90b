#include "storage/CaseHistoryRepository.h"

#include "storage/CaseRows.h"
#include "storage/Codec.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace custos::storage {
namespace {

using namespace custos::domain;
using namespace custos::storage::caserows;

// Parties of case `c` that are `person` or carry `name` (case-insensitive) in `role`.
QString partyMatch(const QString& alias)
{
    return QStringLiteral("((?1 > 0 AND %1.person_id = ?1) OR (?2 <> '' AND %1.person_id IS NULL AND %1.name = ?2 COLLATE NOCASE))")
        .arg(alias);
}

} // namespace

Result<QList<qint64>> CaseHistoryRepository::peopleMatching(const QString& userName, const QString& displayName)
{
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT id FROM people WHERE name = ?1 COLLATE NOCASE "
        "UNION SELECT id FROM people WHERE display_name = ?2 COLLATE NOCASE AND ?2 <> '' "
        "UNION SELECT id FROM people WHERE lower(substr(email, 1, instr(email, '@') - 1)) = lower(?1);"));
    s.bind(1, userName).bind(2, displayName);
    return rowsOf<qint64>(s, [](const Statement& r) { return r.int64(0); });
}

Result<bool> CaseHistoryRepository::hasParty(qint64 caseId, const QList<qint64>& people, const QStringList& names)
{
    QStringList ids;
    for (const qint64 p : people)
        ids << QString::number(p);
    QStringList conditions;
    if (!ids.isEmpty())
        conditions << QStringLiteral("person_id IN (%1)").arg(ids.join(u','));
    for (qsizetype i = 0; i < names.size(); ++i)
        conditions << QStringLiteral("(person_id IS NULL AND name = ?%1 COLLATE NOCASE)").arg(i + 2);
    if (conditions.isEmpty())
        return false;
    Statement s = m_db.prepare(QStringLiteral("SELECT count(*) FROM case_parties WHERE case_id = ?1 AND (%1);")
                                   .arg(conditions.join(QStringLiteral(" OR "))));
    s.bind(1, caseId);
    for (qsizetype i = 0; i < names.size(); ++i)
        s.bind(static_cast<int>(i) + 2, names.at(i));
    if (!s.step())
        return noRow(s);
    return s.int64(0) > 0;
}

Result<QList<RelatedCase>> CaseHistoryRepository::related(qint64 caseId)
{
    // One row per reason: 1 same respondent, 2 same complainant, 3 shared post, 4 linked.
    Statement s = m_db.prepare(QStringLiteral(
        "SELECT o.case_id, 1 FROM case_parties mine JOIN case_parties o ON o.case_id <> mine.case_id AND o.role = mine.role AND "
        "((mine.person_id IS NOT NULL AND o.person_id = mine.person_id) OR (mine.person_id IS NULL AND mine.name <> '' AND "
        "o.person_id IS NULL AND o.name = mine.name COLLATE NOCASE)) WHERE mine.case_id = ?1 AND mine.role = ?2 "
        "UNION SELECT o.case_id, 2 FROM case_parties mine JOIN case_parties o ON o.case_id <> mine.case_id AND o.role = mine.role AND "
        "((mine.person_id IS NOT NULL AND o.person_id = mine.person_id) OR (mine.person_id IS NULL AND mine.name <> '' AND "
        "o.person_id IS NULL AND o.name = mine.name COLLATE NOCASE)) WHERE mine.case_id = ?1 AND mine.role = ?3 "
        "UNION SELECT o.case_id, 3 FROM case_posts mine JOIN case_posts o ON o.post_id = mine.post_id AND o.case_id <> mine.case_id "
        "WHERE mine.case_id = ?1 "
        "UNION SELECT other_id, 4 FROM case_links WHERE case_id = ?1;"));
    s.bind(1, caseId).bind(2, key(PartyRole::Respondent)).bind(3, key(PartyRole::Complainant));
    QHash<qint64, QList<int>> reasons;
    QList<qint64> order;
    while (s.step()) {
        const qint64 id = s.int64(0);
        if (!reasons.contains(id))
            order << id;
        reasons[id] << static_cast<int>(s.int64(1));
    }
    if (!s.status().ok())
        return s.status();
    QList<RelatedCase> out;
    for (const qint64 id : order) {
        Statement c = m_db.prepare(QStringLiteral("SELECT number, title, status FROM cases WHERE id = ?1;"));
        c.bind(1, id);
        if (!c.step())
            return noRow(c);
        RelatedCase r;
        r.caseId = id;
        r.number = c.text(0);
        r.title = c.text(1);
        r.status = codec::decode(c.text(2), CaseStatus::Triage);
        for (const int why : reasons.value(id)) {
            switch (why) {
            case 1:
                r.reasons << QCoreApplication::translate("CaseRepository", "same respondent");
                break;
            case 2:
                r.reasons << QCoreApplication::translate("CaseRepository", "same complainant");
                break;
            case 3:
                r.reasons << QCoreApplication::translate("CaseRepository", "shared post");
                break;
            default:
                r.reasons << QCoreApplication::translate("CaseRepository", "linked");
                r.linked = true;
            }
        }
        out << r;
    }
    std::sort(out.begin(), out.end(), [](const RelatedCase& a, const RelatedCase& b) { return a.number > b.number; });
    return out;
}

Result<QList<RepeatHistory::EarlierCase>> CaseHistoryRepository::casesWithRespondent(qint64 personId, const QString& name, qint64 exceptCase)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT DISTINCT c.id, c.number, c.status, c.opened_at FROM case_parties p JOIN cases c ON c.id = p.case_id "
                       "WHERE p.role = ?3 AND c.id <> ?4 AND %1 ORDER BY c.opened_at DESC;")
            .arg(partyMatch(QStringLiteral("p"))));
    s.bind(1, personId).bind(2, name).bind(3, key(PartyRole::Respondent)).bind(4, exceptCase);
    auto out = rowsOf<RepeatHistory::EarlierCase>(s, [](const Statement& r) {
        return RepeatHistory::EarlierCase{r.int64(0), r.text(1), codec::decode(r.text(2), CaseStatus::Triage), r.text(3), {}};
    });
    if (!out)
        return out;
    for (RepeatHistory::EarlierCase& c : *out) {
        Statement f = m_db.prepare(QStringLiteral("SELECT finding FROM case_allegations WHERE case_id = ?1 AND finding IS NOT NULL "
                                                  "ORDER BY id;"));
        f.bind(1, c.caseId);
        while (f.step()) {
            if (auto v = fromKey<Finding>(f.text(0)))
                c.findings << *v;
        }
        if (!f.status().ok())
            return f.status();
    }
    return out;
}

Result<QList<RepeatHistory::SanctionInForce>> CaseHistoryRepository::sanctionsInForce(qint64 personId, const QString& name,
                                                                              qint64 exceptCase, const QString& today)
{
    Statement s = m_db.prepare(
        QStringLiteral("SELECT c.number, o.sanction, o.decided_at, o.expires_at FROM case_outcomes o JOIN case_parties p ON "
                       "p.id = o.party_id JOIN cases c ON c.id = o.case_id WHERE o.set_aside = 0 AND c.id <> ?3 AND "
                       "o.sanction NOT IN (?4, ?5) AND (o.expires_at IS NULL OR o.expires_at > ?6) AND %1 "
                       "ORDER BY o.decided_at DESC;")
            .arg(partyMatch(QStringLiteral("p"))));
    s.bind(1, personId).bind(2, name).bind(3, exceptCase).bind(4, key(Sanction::NoAction)).bind(5, key(Sanction::Termination));
    s.bind(6, today);
    return rowsOf<RepeatHistory::SanctionInForce>(s, [](const Statement& r) {
        return RepeatHistory::SanctionInForce{r.text(0), codec::decode(r.text(1), Sanction::NoAction), r.text(2), r.text(3)};
    });
}

Result<QList<QPair<QString, int>>> CaseHistoryRepository::confirmedFlagsOf(qint64 personId)
{
    QStringList statuses;
    for (const FlagStatus st : confirmedStatuses())
        statuses << u'\'' + key(st) + u'\'';
    Statement s = m_db.prepare(QStringLiteral("SELECT category, count(*) FROM flags WHERE author_id = ?1 AND status IN (%1) "
                                              "GROUP BY category ORDER BY count(*) DESC, category;")
                                   .arg(statuses.join(u',')));
    s.bind(1, personId);
    return rowsOf<QPair<QString, int>>(s, [](const Statement& r) { return qMakePair(r.text(0), static_cast<int>(r.int64(1))); });
}

Result<QList<CaseRow>> CaseHistoryRepository::openCasesOfRespondent(qint64 personId)
{
    Statement s = m_db.prepare(caseColumns() +
                               QStringLiteral(" WHERE c.status <> ?3 AND c.id IN (SELECT case_id FROM case_parties WHERE "
                                              "person_id = ?2 AND role = ?4) ORDER BY c.opened_at DESC;"));
    s.bind(1, QString()).bind(2, personId).bind(3, key(CaseStatus::Closed)).bind(4, key(PartyRole::Respondent));
    auto rows = rowsOf<CaseRow>(s, rowFrom);
    if (rows) {
        if (Status st = fillPeople(m_db, *rows); !st.ok())
            return st;
    }
    return rows;
}

} // namespace custos::storage

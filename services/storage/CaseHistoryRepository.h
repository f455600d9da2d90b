// SQL that reaches across cases: which people records stand for a user, whether someone
// is a party to a case, related cases, and a respondent's earlier cases, sanctions still in
// force and confirmed flags.
#pragma once

#include "core/Status.h"
#include "domain/Cases.h"
#include "storage/Connection.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace custos::storage {

class CaseHistoryRepository final
{
public:
    explicit CaseHistoryRepository(Database& db) : m_db(db) {}

    // People records that stand for a user: the same user name, display name or e-mail
    // local part.
    Result<QList<qint64>> peopleMatching(const QString& userName, const QString& displayName);
    // Whether any of the people, or a party entered by hand under one of the names, is a
    // party (complainant, respondent, witness or other) to the case.
    Result<bool> hasParty(qint64 caseId, const QList<qint64>& people, const QStringList& names);
    // Cases that share a respondent or complainant (person record or name) or a post with
    // `caseId`, and those linked to it.
    Result<QList<domain::RelatedCase>> related(qint64 caseId);
    // A respondent's earlier cases (person record or name), excluding `exceptCase`.
    Result<QList<domain::RepeatHistory::EarlierCase>> casesWithRespondent(qint64 personId, const QString& name,
                                                                         qint64 exceptCase);
    // Outcomes against the respondent not set aside and not expired on `today`.
    Result<QList<domain::RepeatHistory::SanctionInForce>> sanctionsInForce(qint64 personId, const QString& name,
                                                                          qint64 exceptCase, const QString& today);
    // Confirmed flags on the person's posts: count per category key, most first.
    Result<QList<QPair<QString, int>>> confirmedFlagsOf(qint64 personId);
    // Open cases in which the person is a respondent.
    Result<QList<domain::CaseRow>> openCasesOfRespondent(qint64 personId);

private:
    Database& m_db;
};

} // namespace custos::storage

// SQL for investigation cases, one case at a time: the case and its number, the case list,
// assignees, parties, allegations and findings, linked posts, evidence files (kept inside
// the encrypted file), tasks, interviews and their templates, outcomes, appeals, links
// and the timeline. All in the content compartment. What reaches across cases (who is a
// party, related cases, a respondent's history) is CaseHistoryRepository.
#pragma once

#include "core/Status.h"
#include "domain/Cases.h"
#include "domain/Span.h"
#include "storage/Connection.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace custos::storage {

// Who reads the case list: an investigator sees only the cases assigned to them
// (`assignedTo` > 0), and nobody sees a case they are a party to (as one of `people` or,
// entered by hand, under one of `names`).
struct CaseViewer
{
    qint64 assignedTo = 0;
    QList<qint64> people;
    QStringList names;
};

// A linked post as the timeline shows it.
struct CasePost
{
    qint64 postId = 0;
    QString postedAt;
    QString channel;
    qint64 authorId = 0;
    QString text;
    QString threadId;
};

class CaseRepository final
{
public:
    explicit CaseRepository(Database& db) : m_db(db) {}

    // The next number of the year: its place in the year (1, 2, …).
    Result<int> nextYearSeq(int year);
    Result<qint64> addCase(WriteAccess& w, const domain::CaseFields& c, const QString& number, int year, int yearSeq, qint64 openedBy,
                           const QString& at, qint64 entrySeq);
    Status updateCase(WriteAccess& w, qint64 id, const domain::CaseFields& c, const QString& at);
    // `closedAt` empty clears it (a reopened case).
    Status setStatus(WriteAccess& w, qint64 id, domain::CaseStatus status, const QString& closedAt, const QString& at);
    Status addAssignee(WriteAccess& w, qint64 caseId, qint64 userId);
    Status removeAssignee(WriteAccess& w, qint64 caseId, qint64 userId);
    Result<qint64> addParty(WriteAccess& w, qint64 caseId, const domain::CaseParty& p);
    Result<qint64> addAllegation(WriteAccess& w, qint64 caseId, const domain::CaseAllegation& a);
    Status setFinding(WriteAccess& w, qint64 allegationId, domain::Finding finding, const QString& reason, qint64 by,
                      const QString& at, qint64 entrySeq);
    // false when the post was already linked.
    Result<bool> addPost(WriteAccess& w, qint64 caseId, qint64 postId);
    Result<qint64> addEvidence(WriteAccess& w, qint64 caseId, const domain::EvidenceItem& e, const QByteArray& content);
    Result<qint64> addTask(WriteAccess& w, qint64 caseId, const domain::CaseTask& t);
    Status completeTask(WriteAccess& w, qint64 taskId, const QString& at);
    Result<qint64> addInterview(WriteAccess& w, qint64 caseId, const domain::CaseInterview& i);
    Status agreeInterview(WriteAccess& w, qint64 interviewId, const QString& at);
    Result<qint64> addOutcome(WriteAccess& w, qint64 caseId, const domain::CaseOutcome& o);
    Status setOutcomeAside(WriteAccess& w, qint64 outcomeId);
    Result<qint64> addAppeal(WriteAccess& w, qint64 caseId, const domain::CaseAppeal& a);
    Status decideAppeal(WriteAccess& w, qint64 appealId, domain::AppealStatus status, qint64 by, const QString& at,
                        const QString& reason, qint64 entrySeq);
    Status link(WriteAccess& w, qint64 caseId, qint64 otherId);
    Result<qint64> addTimeline(WriteAccess& w, qint64 caseId, const domain::TimelineItem& item);
    Result<qint64> saveTemplate(WriteAccess& w, const domain::InterviewTemplate& t, qint64 by, const QString& at);

    Result<std::optional<domain::CaseRecord>> caseRecord(qint64 id, const QString& today);
    Result<std::optional<qint64>> caseIdByNumber(const QString& number);
    // Sorted and paged in SQL, the cases the viewer may see.
    Result<QList<domain::CaseRow>> list(const domain::CaseFilter& filter, domain::CaseSort sort, bool ascending, int limit,
                                        int offset, const CaseViewer& viewer);
    Result<qint64> count(const domain::CaseFilter& filter, const CaseViewer& viewer);
    Result<QList<domain::CaseParty>> parties(qint64 caseId);
    Result<QList<domain::CaseAllegation>> allegations(qint64 caseId);
    Result<QList<domain::CaseTask>> tasks(qint64 caseId, const QString& today);
    Result<QList<domain::CaseInterview>> interviews(qint64 caseId);
    Result<QList<domain::CaseOutcome>> outcomes(qint64 caseId);
    Result<QList<domain::CaseAppeal>> appeals(qint64 caseId);
    Result<QList<domain::EvidenceItem>> evidence(qint64 caseId);
    Result<std::optional<domain::EvidenceItem>> evidenceItem(qint64 evidenceId, qint64* caseId = nullptr);
    Result<QByteArray> evidenceContent(qint64 evidenceId);
    Result<QList<CasePost>> posts(qint64 caseId);
    // The matched spans of each linked post's flags, by post.
    Result<QHash<qint64, QList<domain::Span>>> postSpans(qint64 caseId);
    // In time order (then in the order recorded), with each step's entry hash.
    Result<QList<domain::TimelineItem>> timeline(qint64 caseId, const domain::TimelineFilter& filter);
    Result<QList<domain::InterviewTemplate>> templates();
    Result<std::optional<domain::InterviewTemplate>> interviewTemplate(qint64 id);

    // The case of a party, task, interview, outcome or appeal row (0 when none).
    Result<qint64> caseOfParty(qint64 partyId);
    Result<qint64> caseOfAllegation(qint64 allegationId);
    Result<qint64> caseOfTask(qint64 taskId);
    Result<qint64> caseOfInterview(qint64 interviewId);
    Result<qint64> caseOfOutcome(qint64 outcomeId);
    Result<qint64> caseOfAppeal(qint64 appealId);

private:
    Database& m_db;
};

} // namespace custos::storage

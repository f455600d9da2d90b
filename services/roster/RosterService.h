// The employee roster (imported from HR's CSV with a column mapping, matched to the people
// of the imports by e-mail or platform handle, the rest linked by hand), training modules
// with recurrence, their assignments by department or person and their completions
// (entered or imported from a learning system), acknowledgements of a policy version
// bound to the SHA-256 of its text, where each employee stands, overdue lists and the
// reminders to send, and what an author had completed and acknowledged when they posted.
#pragma once

#include "core/Status.h"
#include "domain/Roster.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace custos::workspace {
class Session;
}

namespace custos::roster {

// Which CSV column holds what (the header's names). Only the employee id and the name are
// required; handles are separated by ';' or spaces inside their column.
struct RosterMapping
{
    QString employeeId = QStringLiteral("employee_id");
    QString name = QStringLiteral("name");
    QString email = QStringLiteral("email");
    QString handles = QStringLiteral("handles");
    QString department = QStringLiteral("department");
    QString manager = QStringLiteral("manager");
    QString start = QStringLiteral("start");
    QString leave = QStringLiteral("leave");
    // "employee_id=Personalnummer,name=Name,…"
    static Result<RosterMapping> parse(const QString& spec);
};

struct CompletionMapping
{
    QString employee = QStringLiteral("employee_id"); // an employee id or an e-mail
    QString module = QStringLiteral("module");
    QString completed = QStringLiteral("completed");
    static Result<CompletionMapping> parse(const QString& spec);
};

struct ImportSummary
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 skipped = 0;
    QList<QPair<qint64, QString>> skippedSamples; // line and reason, at most 50
    qint64 linked = 0;            // roster: people newly matched
    qint64 departmentsChanged = 0; // roster: people whose department the roster changed
    qint64 unmatchedEntries = 0;  // roster: entries no person of the imports matches
    qint64 unmatchedPeople = 0;   // roster: people no entry matches
    QString sha256;
    QJsonObject toJson() const;
};

struct UnmatchedPerson
{
    qint64 personId = 0;
    QString pseudonym;
};

// What an author had done when they posted: the policy version then in force and whether
// they had acknowledged it; each assigned module and whether it was complete then.
struct AuthorStanding
{
    bool onRoster = false;
    domain::RosterEntry employee;
    int policyVersion = 0;       // 0: no policy was published yet
    bool acknowledged = false;   // that version (or a later one before the post)
    QString acknowledgedOn;
    QList<QPair<QString, bool>> trainings; // module name, complete at the time
};

class RosterService final
{
    Q_DECLARE_TR_FUNCTIONS(RosterService)
public:
    explicit RosterService(workspace::Session& session) : m_session(session) {}

    Result<ImportSummary> importRoster(const QString& path, const RosterMapping& mapping = {});
    Result<QList<domain::RosterEntry>> roster();
    Result<QStringList> departments();
    // The departments of `entries`, each once, in the locale's order.
    static QStringList departmentsOf(const QList<domain::RosterEntry>& entries);
    Result<QList<domain::RosterEntry>> unmatchedEntries();
    Result<QList<UnmatchedPerson>> unmatchedPeople(int limit = 200);
    Status link(const QString& employeeId, qint64 personId);

    Result<domain::TrainingModule> addModule(const QString& name, int recurrenceMonths, int dueDays);
    Result<QList<domain::TrainingModule>> modules();
    // To a department or to one employee (exactly one of them), counting from `since`
    // (YYYY-MM-DD, not in the future: an assignment the learning system made earlier)
    // or, when empty, from today.
    Status assign(const QString& module, const QString& department, const QString& employeeId,
                  const QString& since = {});
    Status recordCompletion(const QString& employeeId, const QString& module, const QString& day);
    Result<ImportSummary> importCompletions(const QString& path, const CompletionMapping& mapping = {});
    Status acknowledgePolicy(const QString& employeeId, int policyVersion, const QString& day);
    Result<QList<domain::PolicyAcknowledgement>> acknowledgements(const QString& employeeId = {});

    // Where each employee on the roster on `day` stands with each module assigned to them.
    Result<QList<domain::TrainingStatus>> status(const QString& day);
    Result<QList<domain::DepartmentTraining>> byDepartment(const QString& day);
    // The reminder to send to each employee with an overdue module (texts, not sent).
    Result<QList<QPair<domain::TrainingStatus, QString>>> reminders(const QString& day);
    // The author of a post (a person of the imports) on the day they posted.
    Result<AuthorStanding> standingOf(qint64 personId, const QString& postedAt);

private:
    // Where `employees` stand on `day` (the caller has checked the role and the day).
    Result<QList<domain::TrainingStatus>> statusOf(const QList<domain::RosterEntry>& employees, const QString& day);

    workspace::Session& m_session;
};

} // namespace custos::roster

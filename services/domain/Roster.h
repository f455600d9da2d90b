// The employee roster, training and policy acknowledgements: how a roster entry was
// matched to the people of the imports, where a completion came from, and where a person
// stands with a training module.
#pragma once

#include "domain/Vocabulary.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace custos::domain {

enum class MatchMethod
{
    Email,  // the roster's e-mail is the person's
    Handle, // one of the roster's platform handles is the person's user name or id
    Manual, // linked by hand on the review screen
};
template <> std::span<const Word<MatchMethod>> wordsOf<MatchMethod>();

enum class CompletionSource
{
    Manual,
    Import, // a learning system's CSV export
};
template <> std::span<const Word<CompletionSource>> wordsOf<CompletionSource>();

enum class TrainingState
{
    Complete,
    Due,     // assigned, not done, not yet late
    Overdue,
};
template <> std::span<const Word<TrainingState>> wordsOf<TrainingState>();

struct RosterEntry
{
    qint64 id = 0;
    QString employeeId;
    QString name;
    QString email;
    QStringList handles;
    QString department;
    QString managerEmployeeId;
    QString startDay; // YYYY-MM-DD
    QString leaveDay;
    QList<qint64> personIds; // the people of the imports it stands for
    bool activeOn(const QString& day) const
    {
        return (startDay.isEmpty() || startDay <= day) && (leaveDay.isEmpty() || leaveDay > day);
    }
};

struct TrainingModule
{
    qint64 id = 0;
    QString name;
    int recurrenceMonths = 0; // 0: once
    int dueDays = 30;         // after the start (or the assignment) for the first time
    QString createdAt;
};

// A module assigned to a department or to one employee.
struct TrainingAssignment
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString department;
    QString employeeId;
    QString createdAt;
};

struct TrainingCompletion
{
    qint64 moduleId = 0;
    QString employeeId;
    QString completedOn;
    CompletionSource source = CompletionSource::Manual;
};

struct PolicyAcknowledgement
{
    QString employeeId;
    int policyVersion = 0;
    QByteArray bodySha256;
    QString acknowledgedOn;
};

// Where one employee stands with one module on a day.
struct TrainingStatus
{
    QString employeeId;
    QString employeeName;
    QString department;
    qint64 moduleId = 0;
    QString moduleName;
    TrainingState state = TrainingState::Due;
    QString lastCompleted; // empty: never
    QString dueOn;         // when it is (or was) due; empty when complete for good
};

// Per department and module: how many are assigned, complete and overdue.
struct DepartmentTraining
{
    QString department;
    qint64 moduleId = 0;
    QString moduleName;
    qint64 assigned = 0;
    qint64 complete = 0;
    qint64 overdue = 0;
};

// The due day of a module for an employee, given their start, the assignment's day and
// their completions (sorted or not): the pure rule the status and the reminders share.
// nullopt when it is complete for good (a one-off module done).
std::optional<QString> trainingDue(const TrainingModule& module, const QString& startDay, const QString& assignedDay,
                                   const QStringList& completions);

} // namespace custos::domain

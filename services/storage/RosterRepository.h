// The employee roster and its links to the people of the imports, training modules,
// assignments and completions, and policy acknowledgements.
#pragma once

#include "core/Status.h"
#include "domain/Roster.h"
#include "storage/Connection.h"

namespace custos::storage {

struct PersonRow
{
    qint64 id = 0;
    QString name;
    QString displayName;
    QString email;
};

struct PolicyVersionFacts
{
    int version = 0;
    QString publishedAt;
    QByteArray bodySha256;
};

class RosterRepository final
{
public:
    explicit RosterRepository(Database& db) : m_db(db) {}

    enum class Upsert { Added, Updated, Unchanged };
    Result<Upsert> upsert(WriteAccess& write, const domain::RosterEntry& entry, const QString& at, qint64 entrySeq);
    Result<QList<domain::RosterEntry>> entries();
    Result<std::optional<domain::RosterEntry>> entry(const QString& employeeId);
    Result<std::optional<domain::RosterEntry>> entryOfPerson(qint64 personId);
    // Links every person not yet linked whose e-mail, user name or platform id the roster
    // has; the number of links made.
    Result<qint64> matchAll(WriteAccess& write, qint64 entrySeq);
    Status link(WriteAccess& write, qint64 rosterId, qint64 personId, qint64 entrySeq);
    // Gives every linked person their roster entry's department (when it names one): the
    // roster is the employer's record, an export's profile field is what a user typed.
    // The number of people whose department changed.
    Result<qint64> applyDepartments(WriteAccess& write);
    Result<QList<PersonRow>> unmatchedPeople(int limit);
    Result<qint64> countUnmatchedPeople();
    Result<bool> personExists(qint64 personId);

    Result<qint64> addModule(WriteAccess& write, const domain::TrainingModule& module, qint64 entrySeq);
    Result<QList<domain::TrainingModule>> modules();
    Result<qint64> addAssignment(WriteAccess& write, const domain::TrainingAssignment& a, qint64 entrySeq);
    Result<QList<domain::TrainingAssignment>> assignments();
    // false when the same completion was already recorded.
    Result<bool> addCompletion(WriteAccess& write, const domain::TrainingCompletion& c, qint64 entrySeq);
    // Every completion, or one employee's.
    Result<QList<domain::TrainingCompletion>> completions(const QString& employeeId = {});
    Status acknowledge(WriteAccess& write, const domain::PolicyAcknowledgement& a, qint64 entrySeq);
    Result<QList<domain::PolicyAcknowledgement>> acknowledgements(const QString& employeeId = {});
    // Every published policy version, oldest first (from the log's compartment).
    Result<QList<PolicyVersionFacts>> policyVersions();

private:
    Database& m_db;
};

} // namespace custos::storage

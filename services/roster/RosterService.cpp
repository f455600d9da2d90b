#include "roster/RosterService.h"

#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "ingest/CsvReader.h"
#include "review/Pseudonyms.h"
#include "storage/AggregateRepository.h"
#include "storage/RosterRepository.h"
#include "workspace/Session.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace custos::roster {

using namespace custos::domain;
using storage::RosterRepository;

namespace {

// Linked people take their roster department, and the dashboards' figures follow, in the
// same transaction (for a session that holds the aggregates key; else the next scan
// recomputes them). The number of people whose department changed.
Result<qint64> applyRosterDepartments(workspace::Session& session, audit::AuditedTransaction& tx)
{
    auto changed = RosterRepository(tx.db()).applyDepartments(tx.write());
    if (!changed)
        return changed.status();
    if (*changed > 0 && session.holds(domain::Compartment::Aggregates)) {
        if (Status s = storage::AggregateRepository(tx.db()).refresh(tx.write()); !s.ok())
            return s;
    }
    return *changed;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool isDay(const QString& day)
{
    return QDate::fromString(day, Qt::ISODate).isValid();
}

// A day in the forms HR exports use: YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY, or an ISO time.
QString dayOf(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    for (const QString& format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("MM/dd/yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    const QString time = ingest::parseTime(t);
    return time.isEmpty() ? QString() : time.left(10);
}


Result<QMap<QString, QString>> parseMapping(const QString& spec, const QStringList& fields)
{
    QMap<QString, QString> out;
    for (const QString& part : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString field = part.left(eq).trimmed();
        if (eq < 1 || !fields.contains(field))
            return Status(ErrorCode::InvalidArgument, RosterService::tr("\"%1\" is not FIELD=COLUMN with FIELD one of %2.")
                                                          .arg(part, fields.join(QStringLiteral(", "))));
        out.insert(field, part.mid(eq + 1).trimmed());
    }
    return out;
}

// Opens a CSV file and reads its header; `columns` gets the index of each wanted column
// (-1 when absent).
struct CsvFile
{
    std::unique_ptr<QFile> file;
    QStringList header;
    qint64 line = 0;
    QString sha256;
};

Result<CsvFile> openCsv(const QString& path)
{
    CsvFile csv;
    QFile whole(path);
    if (!whole.open(QIODevice::ReadOnly))
        return Status(ErrorCode::NotFound, RosterService::tr("%1 cannot be read: %2.").arg(path, whole.errorString()));
    csv.sha256 = QString::fromLatin1(crypto::sha256(whole.readAll()).toHex());
    csv.file = std::make_unique<QFile>(path);
    if (!csv.file->open(QIODevice::ReadOnly))
        return Status(ErrorCode::NotFound, RosterService::tr("%1 cannot be read: %2.").arg(path, csv.file->errorString()));
    QString error;
    if (!ingest::readCsvRecord(*csv.file, csv.header, csv.line, error))
        return Status(ErrorCode::BadInput, RosterService::tr("%1 has no header row: it is not a CSV export.").arg(QFileInfo(path).fileName()));
    for (QString& h : csv.header)
        h = h.trimmed();
    if (!csv.header.isEmpty() && csv.header.first().startsWith(QChar(0xFEFF)))
        csv.header.first().remove(0, 1);
    return csv;
}

void skip(ImportSummary& summary, qint64 line, const QString& reason)
{
    ++summary.skipped;
    if (summary.skippedSamples.size() < 50)
        summary.skippedSamples << qMakePair(line, reason);
}

} // namespace

QJsonObject ImportSummary::toJson() const
{
    QJsonArray samples;
    for (const auto& [line, reason] : skippedSamples)
        samples.append(QJsonObject{{QStringLiteral("line"), line}, {QStringLiteral("reason"), reason}});
    return QJsonObject{{QStringLiteral("added"), added},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("skipped_samples"), samples},
                       {QStringLiteral("linked"), linked},
                       {QStringLiteral("departments_changed"), departmentsChanged},
                       {QStringLiteral("unmatched_entries"), unmatchedEntries},
                       {QStringLiteral("unmatched_people"), unmatchedPeople},
                       {QStringLiteral("sha256"), sha256}};
}

Result<RosterMapping> RosterMapping::parse(const QString& spec)
{
    auto map = parseMapping(spec, {QStringLiteral("employee_id"), QStringLiteral("name"), QStringLiteral("email"),
                                   QStringLiteral("handles"), QStringLiteral("department"), QStringLiteral("manager"),
                                   QStringLiteral("start"), QStringLiteral("leave")});
    if (!map)
        return map.status();
    RosterMapping m;
    m.employeeId = map->value(QStringLiteral("employee_id"), m.employeeId);
    m.name = map->value(QStringLiteral("name"), m.name);
    m.email = map->value(QStringLiteral("email"), m.email);
    m.handles = map->value(QStringLiteral("handles"), m.handles);
    m.department = map->value(QStringLiteral("department"), m.department);
    m.manager = map->value(QStringLiteral("manager"), m.manager);
    m.start = map->value(QStringLiteral("start"), m.start);
    m.leave = map->value(QStringLiteral("leave"), m.leave);
    return m;
}

Result<CompletionMapping> CompletionMapping::parse(const QString& spec)
{
    auto map = parseMapping(spec, {QStringLiteral("employee"), QStringLiteral("module"), QStringLiteral("completed")});
    if (!map)
        return map.status();
    CompletionMapping m;
    m.employee = map->value(QStringLiteral("employee"), m.employee);
    m.module = map->value(QStringLiteral("module"), m.module);
    m.completed = map->value(QStringLiteral("completed"), m.completed);
    return m;
}

Result<ImportSummary> RosterService::importRoster(const QString& path, const RosterMapping& mapping)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    auto csv = openCsv(path);
    if (!csv)
        return csv.status();
    auto col = [&](const QString& name) { return static_cast<int>(csv->header.indexOf(name)); };
    const int id = col(mapping.employeeId), name = col(mapping.name), email = col(mapping.email),
              handles = col(mapping.handles), department = col(mapping.department), manager = col(mapping.manager),
              start = col(mapping.start), leave = col(mapping.leave);
    if (id < 0 || name < 0)
        return Status(ErrorCode::BadInput,
                      tr("%1 has no column \"%2\" or \"%3\" (its columns: %4). Map them, for example "
                         "--map employee_id=Personalnummer,name=Name.")
                          .arg(QFileInfo(path).fileName(), id < 0 ? mapping.employeeId : mapping.name, mapping.name,
                               csv->header.join(QStringLiteral(", "))));
    ImportSummary summary;
    summary.sha256 = csv->sha256;
    Status written = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        RosterRepository repo(tx.db());
        const QString at = nowText();
        QStringList fields;
        QString error;
        QSet<QString> seen;
        auto field = [&](int index) { return index >= 0 && index < fields.size() ? fields.at(index).trimmed() : QString(); };
        while (ingest::readCsvRecord(*csv->file, fields, csv->line, error)) {
            if (fields.size() == 1 && fields.first().trimmed().isEmpty())
                continue;
            RosterEntry e;
            e.employeeId = field(id);
            e.name = field(name);
            e.email = field(email);
            static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
            e.handles = field(handles).split(separators, Qt::SkipEmptyParts);
            e.department = field(department);
            e.managerEmployeeId = field(manager);
            e.startDay = dayOf(field(start));
            e.leaveDay = dayOf(field(leave));
            if (e.employeeId.isEmpty() || e.name.isEmpty()) {
                skip(summary, csv->line, tr("no employee id or no name"));
                continue;
            }
            if ((!field(start).isEmpty() && e.startDay.isEmpty()) || (!field(leave).isEmpty() && e.leaveDay.isEmpty())) {
                skip(summary, csv->line, tr("a start or leave date that is not a date"));
                continue;
            }
            if (seen.contains(e.employeeId)) {
                skip(summary, csv->line, tr("employee id %1 appears twice").arg(e.employeeId));
                continue;
            }
            seen.insert(e.employeeId);
            auto done = repo.upsert(tx.write(), e, at, seq);
            if (!done)
                return done.status();
            ++(*done == RosterRepository::Upsert::Added ? summary.added
               : *done == RosterRepository::Upsert::Updated ? summary.updated : summary.unchanged);
        }
        if (!error.isEmpty())
            return Status(ErrorCode::BadInput, tr("%1, line %2: %3. Nothing was imported.").arg(QFileInfo(path).fileName()).arg(csv->line).arg(error));
        auto linked = repo.matchAll(tx.write(), seq);
        if (!linked)
            return linked.status();
        summary.linked = *linked;
        auto departments = applyRosterDepartments(m_session, tx);
        if (!departments)
            return departments.status();
        summary.departmentsChanged = *departments;
        return tx.record(actions::kRosterImport, objects::kRoster, QStringLiteral("roster"),
                         {{QStringLiteral("added"), summary.added},
                          {QStringLiteral("updated"), summary.updated},
                          {QStringLiteral("skipped"), summary.skipped},
                          {QStringLiteral("linked"), summary.linked},
                          {QStringLiteral("departments_changed"), summary.departmentsChanged},
                          {QStringLiteral("sha256"), summary.sha256}});
    });
    if (!written.ok())
        return written;
    auto entries = unmatchedEntries();
    if (entries)
        summary.unmatchedEntries = entries->size();
    auto people = RosterRepository(m_session.database()).countUnmatchedPeople();
    if (people)
        summary.unmatchedPeople = *people;
    return summary;
}

Result<QList<RosterEntry>> RosterService::roster()
{
    if (Status s = m_session.require(Operation::ViewPeople); !s.ok())
        return s;
    return RosterRepository(m_session.database()).entries();
}

Result<QStringList> RosterService::departments()
{
    auto entries = roster();
    if (!entries)
        return entries.status();
    return departmentsOf(*entries);
}

QStringList RosterService::departmentsOf(const QList<RosterEntry>& entries)
{
    QStringList out;
    for (const RosterEntry& e : entries)
        if (!e.department.isEmpty() && !out.contains(e.department))
            out << e.department;
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

Result<QList<RosterEntry>> RosterService::unmatchedEntries()
{
    auto entries = roster();
    if (!entries)
        return entries.status();
    entries->erase(std::remove_if(entries->begin(), entries->end(), [](const RosterEntry& e) { return !e.personIds.isEmpty(); }),
                   entries->end());
    return entries;
}

Result<QList<UnmatchedPerson>> RosterService::unmatchedPeople(int limit)
{
    if (Status s = m_session.require(Operation::ViewPeople); !s.ok())
        return s;
    auto people = RosterRepository(m_session.database()).unmatchedPeople(limit);
    if (!people)
        return people.status();
    const review::Pseudonyms pseudonyms(m_session);
    QList<UnmatchedPerson> out;
    for (const storage::PersonRow& p : *people)
        out << UnmatchedPerson{p.id, m_session.isRevealed(p.id) ? p.displayName : pseudonyms.of(p.id)};
    return out;
}

Status RosterService::link(const QString& employeeId, qint64 personId)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    RosterRepository repo(m_session.database());
    auto entry = repo.entry(employeeId.trimmed());
    if (!entry)
        return entry.status();
    if (!*entry)
        return {ErrorCode::NotFound, tr("There is no employee %1 on the roster.").arg(employeeId)};
    auto exists = repo.personExists(personId);
    if (!exists)
        return exists.status();
    if (!*exists)
        return {ErrorCode::NotFound, tr("There is no person %1 in the imports.").arg(personId)};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        if (Status s = RosterRepository(tx.db()).link(tx.write(), (*entry)->id, personId, seq); !s.ok())
            return s;
        auto departments = applyRosterDepartments(m_session, tx);
        if (!departments)
            return departments.status();
        return tx.record(actions::kRosterLink, objects::kEmployee, QString::number((*entry)->id),
                         {{QStringLiteral("person"), personId}, {QStringLiteral("departments_changed"), *departments}});
    });
}

Result<TrainingModule> RosterService::addModule(const QString& name, int recurrenceMonths, int dueDays)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    TrainingModule m;
    m.name = name.trimmed();
    m.recurrenceMonths = recurrenceMonths;
    m.dueDays = dueDays;
    m.createdAt = nowText();
    if (m.name.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A training module needs a name."));
    if (recurrenceMonths < 0 || dueDays < 0)
        return Status(ErrorCode::InvalidArgument, tr("The recurrence and the days to complete are zero or more."));
    auto known = modules();
    if (!known)
        return known.status();
    for (const TrainingModule& k : *known)
        if (k.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return Status(ErrorCode::AlreadyExists, tr("There is already a training module \"%1\".").arg(k.name));
    Status s = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        auto id = RosterRepository(tx.db()).addModule(tx.write(), m, seq);
        if (!id)
            return id.status();
        m.id = *id;
        return tx.record(actions::kTrainingModule, objects::kTrainingModule, QString::number(m.id),
                         {{QStringLiteral("name"), m.name},
                          {QStringLiteral("recurrence_months"), m.recurrenceMonths},
                          {QStringLiteral("due_days"), m.dueDays}});
    });
    if (!s.ok())
        return s;
    return m;
}

Result<QList<TrainingModule>> RosterService::modules()
{
    if (Status s = m_session.require(Operation::ViewPeople); !s.ok())
        return s;
    return RosterRepository(m_session.database()).modules();
}

namespace {

std::optional<TrainingModule> moduleNamed(const QList<TrainingModule>& modules, const QString& name)
{
    for (const TrainingModule& m : modules)
        if (m.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return m;
    return std::nullopt;
}

} // namespace

Status RosterService::assign(const QString& module, const QString& department, const QString& employeeId,
                             const QString& since)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    if (!since.isEmpty() && !isDay(since))
        return {ErrorCode::InvalidArgument, tr("\"%1\" is not a day; write it as YYYY-MM-DD.").arg(since)};
    if (since > QDate::currentDate().toString(Qt::ISODate))
        return {ErrorCode::InvalidArgument, tr("An assignment cannot count from a day in the future (%1).").arg(since)};
    if (department.trimmed().isEmpty() == employeeId.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Assign a module to a department or to one employee.")};
    auto known = modules();
    if (!known)
        return known.status();
    const auto m = moduleNamed(*known, module);
    if (!m)
        return {ErrorCode::NotFound, tr("There is no training module \"%1\".").arg(module)};
    if (!employeeId.trimmed().isEmpty()) {
        auto e = RosterRepository(m_session.database()).entry(employeeId.trimmed());
        if (!e)
            return e.status();
        if (!*e)
            return {ErrorCode::NotFound, tr("There is no employee %1 on the roster.").arg(employeeId)};
    }
    TrainingAssignment a{0, m->id, department.trimmed(), employeeId.trimmed(), since.isEmpty() ? nowText() : since};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        auto id = RosterRepository(tx.db()).addAssignment(tx.write(), a, seq);
        if (!id)
            return id.status();
        return tx.record(actions::kTrainingAssign, objects::kTrainingModule, QString::number(m->id),
                         {{QStringLiteral("assignment"), *id},
                          {QStringLiteral("department"), a.department},
                          {QStringLiteral("employee"), a.employeeId},
                          {QStringLiteral("since"), a.createdAt.left(10)}});
    });
}

Status RosterService::recordCompletion(const QString& employeeId, const QString& module, const QString& day)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    if (!isDay(day))
        return {ErrorCode::InvalidArgument, tr("\"%1\" is not a day; write it as YYYY-MM-DD.").arg(day)};
    if (day > QDate::currentDate().toString(Qt::ISODate))
        return {ErrorCode::InvalidArgument, tr("A training cannot be completed in the future (%1).").arg(day)};
    auto known = modules();
    if (!known)
        return known.status();
    const auto m = moduleNamed(*known, module);
    if (!m)
        return {ErrorCode::NotFound, tr("There is no training module \"%1\".").arg(module)};
    auto e = RosterRepository(m_session.database()).entry(employeeId.trimmed());
    if (!e)
        return e.status();
    if (!*e)
        return {ErrorCode::NotFound, tr("There is no employee %1 on the roster.").arg(employeeId)};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        auto added = RosterRepository(tx.db()).addCompletion(tx.write(), {m->id, (*e)->employeeId, day, CompletionSource::Manual}, seq);
        if (!added)
            return added.status();
        return tx.record(actions::kTrainingComplete, objects::kEmployee, QString::number((*e)->id),
                         {{QStringLiteral("module"), m->id}, {QStringLiteral("completed_on"), day}});
    });
}

Result<ImportSummary> RosterService::importCompletions(const QString& path, const CompletionMapping& mapping)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    auto known = modules();
    if (!known)
        return known.status();
    auto entries = roster();
    if (!entries)
        return entries.status();
    QHash<QString, QString> employeeOf; // employee id or lower-case e-mail -> employee id
    for (const RosterEntry& e : *entries) {
        employeeOf.insert(e.employeeId, e.employeeId);
        if (!e.email.isEmpty())
            employeeOf.insert(e.email.toLower(), e.employeeId);
    }
    auto csv = openCsv(path);
    if (!csv)
        return csv.status();
    const int employee = static_cast<int>(csv->header.indexOf(mapping.employee));
    const int module = static_cast<int>(csv->header.indexOf(mapping.module));
    const int completed = static_cast<int>(csv->header.indexOf(mapping.completed));
    if (employee < 0 || module < 0 || completed < 0)
        return Status(ErrorCode::BadInput, tr("%1 needs the columns \"%2\", \"%3\" and \"%4\" (its columns: %5). Map them, for "
                                              "example --map employee=User,module=Course,completed=Completion date.")
                                               .arg(QFileInfo(path).fileName(), mapping.employee, mapping.module, mapping.completed,
                                                    csv->header.join(QStringLiteral(", "))));
    ImportSummary summary;
    summary.sha256 = csv->sha256;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    Status written = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        RosterRepository repo(tx.db());
        QStringList fields;
        QString error;
        while (ingest::readCsvRecord(*csv->file, fields, csv->line, error)) {
            if (fields.size() == 1 && fields.first().trimmed().isEmpty())
                continue;
            auto field = [&](int index) { return index < fields.size() ? fields.at(index).trimmed() : QString(); };
            const QString who = employeeOf.value(field(employee), employeeOf.value(field(employee).toLower()));
            const auto m = moduleNamed(*known, field(module));
            const QString day = dayOf(field(completed));
            if (who.isEmpty()) {
                skip(summary, csv->line, tr("\"%1\" is not on the roster").arg(field(employee)));
                continue;
            }
            if (!m) {
                skip(summary, csv->line, tr("no training module \"%1\"").arg(field(module)));
                continue;
            }
            if (day.isEmpty() || day > today) {
                skip(summary, csv->line, tr("\"%1\" is not a completion date").arg(field(completed)));
                continue;
            }
            auto added = repo.addCompletion(tx.write(), {m->id, who, day, CompletionSource::Import}, seq);
            if (!added)
                return added.status();
            ++(*added ? summary.added : summary.unchanged);
        }
        if (!error.isEmpty())
            return Status(ErrorCode::BadInput, tr("%1, line %2: %3. Nothing was imported.").arg(QFileInfo(path).fileName()).arg(csv->line).arg(error));
        return tx.record(actions::kTrainingImport, objects::kRoster, QStringLiteral("training"),
                         {{QStringLiteral("added"), summary.added},
                          {QStringLiteral("unchanged"), summary.unchanged},
                          {QStringLiteral("skipped"), summary.skipped},
                          {QStringLiteral("sha256"), summary.sha256}});
    });
    if (!written.ok())
        return written;
    return summary;
}

Status RosterService::acknowledgePolicy(const QString& employeeId, int policyVersion, const QString& day)
{
    if (Status s = m_session.require(Operation::ManagePeople); !s.ok())
        return s;
    if (!isDay(day) || day > QDate::currentDate().toString(Qt::ISODate))
        return {ErrorCode::InvalidArgument, tr("\"%1\" is not a day up to today; write it as YYYY-MM-DD.").arg(day)};
    RosterRepository repo(m_session.database());
    auto e = repo.entry(employeeId.trimmed());
    if (!e)
        return e.status();
    if (!*e)
        return {ErrorCode::NotFound, tr("There is no employee %1 on the roster.").arg(employeeId)};
    auto versions = repo.policyVersions();
    if (!versions)
        return versions.status();
    const auto v = std::find_if(versions->begin(), versions->end(), [&](const storage::PolicyVersionFacts& f) { return f.version == policyVersion; });
    if (v == versions->end())
        return {ErrorCode::NotFound, tr("There is no policy version %1.").arg(policyVersion)};
    if (day < v->publishedAt.left(10))
        return {ErrorCode::InvalidArgument,
                tr("Policy version %1 was published on %2: it cannot have been acknowledged on %3.")
                    .arg(policyVersion)
                    .arg(v->publishedAt.left(10), day)};
    const PolicyAcknowledgement a{(*e)->employeeId, policyVersion, v->bodySha256, day};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        if (Status s = RosterRepository(tx.db()).acknowledge(tx.write(), a, seq); !s.ok())
            return s;
        return tx.record(actions::kPolicyAcknowledge, objects::kEmployee, QString::number((*e)->id),
                         {{QStringLiteral("policy_version"), policyVersion},
                          {QStringLiteral("body_sha256"), QString::fromLatin1(a.bodySha256.toHex())},
                          {QStringLiteral("acknowledged_on"), day}});
    });
}

Result<QList<PolicyAcknowledgement>> RosterService::acknowledgements(const QString& employeeId)
{
    if (Status s = m_session.require(Operation::ViewPeople); !s.ok())
        return s;
    return RosterRepository(m_session.database()).acknowledgements(employeeId);
}

Result<QList<TrainingStatus>> RosterService::status(const QString& day)
{
    if (Status s = m_session.require(Operation::ViewPeople); !s.ok())
        return s;
    if (!isDay(day))
        return Status(ErrorCode::InvalidArgument, tr("\"%1\" is not a day; write it as YYYY-MM-DD.").arg(day));
    auto entries = RosterRepository(m_session.database()).entries();
    if (!entries)
        return entries.status();
    return statusOf(*entries, day);
}

Result<QList<TrainingStatus>> RosterService::statusOf(const QList<RosterEntry>& employees, const QString& day)
{
    RosterRepository repo(m_session.database());
    auto mods = repo.modules();
    auto assigned = repo.assignments();
    auto done = repo.completions(employees.size() == 1 ? employees.first().employeeId : QString());
    if (!mods || !assigned || !done)
        return !mods ? mods.status() : !assigned ? assigned.status() : done.status();
    QHash<qint64, TrainingModule> moduleById;
    for (const TrainingModule& m : *mods)
        moduleById.insert(m.id, m);
    QHash<QPair<qint64, QString>, QStringList> completionsOf;
    for (const TrainingCompletion& c : *done)
        if (c.completedOn <= day)
            completionsOf[{c.moduleId, c.employeeId}] << c.completedOn;
    QList<TrainingStatus> out;
    for (const RosterEntry& e : employees) {
        if (!e.activeOn(day))
            continue;
        // The earliest assignment of each module to this employee.
        QMap<qint64, QString> since;
        for (const TrainingAssignment& a : *assigned) {
            if (a.createdAt.left(10) > day)
                continue; // not assigned yet on that day
            const bool applies = (!a.department.isEmpty() && a.department.compare(e.department, Qt::CaseInsensitive) == 0) ||
                                 (!a.employeeId.isEmpty() && a.employeeId == e.employeeId);
            if (applies && (!since.contains(a.moduleId) || a.createdAt.left(10) < since.value(a.moduleId)))
                since.insert(a.moduleId, a.createdAt.left(10));
        }
        for (auto it = since.begin(); it != since.end(); ++it) {
            const TrainingModule m = moduleById.value(it.key());
            const QStringList completions = completionsOf.value({m.id, e.employeeId});
            TrainingStatus st;
            st.employeeId = e.employeeId;
            st.employeeName = e.name;
            st.department = e.department;
            st.moduleId = m.id;
            st.moduleName = m.name;
            for (const QString& c : completions)
                st.lastCompleted = std::max(st.lastCompleted, c);
            const auto due = trainingDue(m, e.startDay, it.value(), completions);
            st.dueOn = due.value_or(QString());
            if (!due)
                st.state = TrainingState::Complete;
            else if (*due < day)
                st.state = TrainingState::Overdue;
            else
                st.state = st.lastCompleted.isEmpty() ? TrainingState::Due : TrainingState::Complete;
            out << st;
        }
    }
    return out;
}

Result<QList<DepartmentTraining>> RosterService::byDepartment(const QString& day)
{
    auto all = status(day);
    if (!all)
        return all.status();
    QMap<QPair<QString, qint64>, DepartmentTraining> out;
    for (const TrainingStatus& s : *all) {
        DepartmentTraining& d = out[{s.department, s.moduleId}];
        d.department = s.department;
        d.moduleId = s.moduleId;
        d.moduleName = s.moduleName;
        ++d.assigned;
        if (s.state == TrainingState::Complete)
            ++d.complete;
        else if (s.state == TrainingState::Overdue)
            ++d.overdue;
    }
    return out.values();
}

Result<QList<QPair<TrainingStatus, QString>>> RosterService::reminders(const QString& day)
{
    auto all = status(day);
    if (!all)
        return all.status();
    QList<QPair<TrainingStatus, QString>> out;
    for (const TrainingStatus& s : *all) {
        if (s.state != TrainingState::Overdue)
            continue;
        const QString text = s.lastCompleted.isEmpty()
                                 ? tr("Dear %1,\n\nyour training \"%2\" was due on %3 and is not recorded as completed. "
                                      "Please complete it now; if you already have, send the certificate to HR.\n\nThank you.")
                                       .arg(s.employeeName, s.moduleName, s.dueOn)
                                 : tr("Dear %1,\n\nyour training \"%2\" (last completed on %3) had to be renewed by %4. "
                                      "Please complete it again now; if you already have, send the certificate to HR.\n\nThank "
                                      "you.")
                                       .arg(s.employeeName, s.moduleName, s.lastCompleted, s.dueOn);
        out << qMakePair(s, text);
    }
    return out;
}

Result<AuthorStanding> RosterService::standingOf(qint64 personId, const QString& postedAt)
{
    if (Status s = m_session.require(Operation::ViewPeople); !s.ok())
        return s;
    RosterRepository repo(m_session.database());
    AuthorStanding standing;
    auto entry = repo.entryOfPerson(personId);
    if (!entry)
        return entry.status();
    if (!*entry)
        return standing;
    standing.onRoster = true;
    standing.employee = **entry;
    const QString day = postedAt.left(10);
    auto versions = repo.policyVersions();
    if (!versions)
        return versions.status();
    for (const storage::PolicyVersionFacts& v : *versions)
        if (v.publishedAt <= postedAt)
            standing.policyVersion = v.version;
    auto acks = repo.acknowledgements(standing.employee.employeeId);
    if (!acks)
        return acks.status();
    for (const PolicyAcknowledgement& a : *acks) {
        if (standing.policyVersion > 0 && a.policyVersion >= standing.policyVersion && a.acknowledgedOn <= day) {
            standing.acknowledged = true;
            standing.acknowledgedOn = a.acknowledgedOn;
        }
    }
    // Only this employee: the queue asks it for every post it shows.
    auto mine = statusOf({standing.employee}, day);
    if (!mine)
        return mine.status();
    for (const TrainingStatus& s : *mine)
        standing.trainings << qMakePair(s.moduleName, s.state == TrainingState::Complete);
    return standing;
}

} // namespace custos::roster

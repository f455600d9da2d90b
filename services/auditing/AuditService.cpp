#include "auditing/AuditService.h"

#include "audit/AuditLog.h"
#include "audit/ContentCheck.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "storage/AuditRepository.h"
#include "workspace/KeyCustody.h"
#include "workspace/Session.h"

#include <QDir>
#include <QJsonObject>

namespace custos::auditing {

Status AuditService::exportBundle(const QString& dir)
{
    workspace::Session& session = m_session;
    if (Status s = session.require(domain::Operation::ExportAuditLog); !s.ok())
        return s;
    QDir target(dir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return {ErrorCode::AlreadyExists,
                tr("The folder %1 is not empty. Choose a new or empty folder for the export.")
                    .arg(QDir::toNativeSeparators(dir))};
    if (!QDir().mkpath(dir) || !QDir().mkpath(target.filePath(QStringLiteral("keys"))))
        return {ErrorCode::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir))};

    storage::Database& db = session.database();
    {
        audit::AuditedTransaction tx(db, session.signer());
        Status s = tx.record(domain::actions::kAuditExport, domain::objects::kAudit, QStringLiteral("log"),
                             QJsonObject{{QStringLiteral("destination"), QDir(dir).absolutePath()}});
        if (s.ok())
            s = tx.commit();
        if (!s.ok())
            return s;
    }
    if (Status s = audit::AuditLog::checkpoint(db, session.signer()); !s.ok())
        return s;
    return audit::writeBundle(db, dir);
}

Result<QList<domain::AuditEntry>> AuditService::entries(const domain::AuditFilter& filter, qint64 offset,
                                                        int limit) const
{
    if (Status s = m_session.require(domain::Operation::ReadAuditLog); !s.ok())
        return s;
    return storage::AuditRepository(m_session.database()).page(filter, offset, limit);
}

Result<qint64> AuditService::count(const domain::AuditFilter& filter) const
{
    if (Status s = m_session.require(domain::Operation::ReadAuditLog); !s.ok())
        return s;
    return storage::AuditRepository(m_session.database()).count(filter);
}

Result<QStringList> AuditService::actions() const
{
    if (Status s = m_session.require(domain::Operation::ReadAuditLog); !s.ok())
        return s;
    return storage::AuditRepository(m_session.database()).actions();
}

Result<InclusionProof> AuditService::inclusionProof(quint64 seq) const
{
    if (Status s = m_session.require(domain::Operation::ReadAuditLog); !s.ok())
        return s;
    return audit::inclusionProof(m_session.database(), seq);
}

Result<QList<QByteArray>> AuditService::consistencyProof(quint64 size1, quint64 size2) const
{
    if (Status s = m_session.require(domain::Operation::ReadAuditLog); !s.ok())
        return s;
    return audit::consistencyProof(m_session.database(), size1, size2);
}

namespace {

VerificationReport refused(const Status& status)
{
    VerificationReport r;
    r.message = status.message();
    r.problem = audit::Problem::NotPermitted;
    return r;
}

// After the log and the tables agree: the keyring's slots and grants must be the ones
// the log handed out.
VerificationReport withKeyring(VerificationReport report, storage::Database& db, const workspace::Keyring& keyring)
{
    if (!report.ok())
        return report;
    auto state = audit::replayState(db);
    if (!state) {
        report.problem = audit::Problem::Malformed;
        report.message = state.status().message();
        return report;
    }
    const QStringList differences = workspace::KeyCustody::unsignedGrants(keyring, *state);
    if (!differences.isEmpty()) {
        report.problem = audit::Problem::StateMismatch;
        report.differences = differences;
        report.message = differences.join(u' ');
    }
    return report;
}

// After the log, the tables and the keyring agree: the content against the batch and
// decision entries that signed it.
VerificationReport withContent(VerificationReport report, storage::Database& db)
{
    if (!report.ok())
        return report;
    auto content = audit::checkContent(db);
    if (!content) {
        report.problem = audit::Problem::Malformed;
        report.message = content.status().message();
    } else if (!content->differences.isEmpty()) {
        report.problem = audit::Problem::ContentMismatch;
        report.differences = content->differences;
        report.message = AuditService::tr("The content does not match the signed log: %1").arg(content->differences.first());
    }
    return report;
}

} // namespace

VerificationReport AuditService::verify(int threads, const Progress& progress,
                                       const std::optional<audit::Witness>& witness, bool deep) const
{
    if (Status s = m_session.require(domain::Operation::VerifyAuditLog); !s.ok())
        return refused(s);
    if (deep && !m_session.holds(domain::Compartment::Content))
        return refused(Status(ErrorCode::PermissionDenied,
                              tr("The deep verification reads posts and flags, which needs the key of \"%1\"; your "
                                 "role does not hold it. Verify without --deep, or ask a compliance officer.")
                                  .arg(domain::displayName(domain::Compartment::Content))));
    VerificationReport report = withKeyring(audit::verifyDatabase(m_session.database(), threads, progress, witness),
                                            m_session.database(), m_session.keyring());
    return deep ? withContent(std::move(report), m_session.database()) : report;
}

Result<std::optional<audit::Witness>> AuditService::newestCheckpoint() const
{
    if (Status s = m_session.require(domain::Operation::ReadAuditLog); !s.ok())
        return s;
    return audit::newestCheckpoint(m_session.database());
}

bool AuditService::IntegrityReport::ok() const
{
    for (const CompartmentCheck& c : compartments) {
        if (!c.findings.isEmpty())
            return false;
    }
    return log.ok();
}

Result<AuditService::IntegrityReport> AuditService::checkIntegrity(int threads, const Stage& stage,
                                                                  const Progress& progress) const
{
    if (Status s = m_session.require(domain::Operation::CheckIntegrity); !s.ok())
        return s;
    IntegrityReport report;
    for (const domain::Compartment c : domain::all<domain::Compartment>()) {
        CompartmentCheck check{c, m_session.holds(c), {}};
        if (check.checked) {
            if (stage)
                stage(tr("Checking the file of \"%1\"…").arg(domain::displayName(c)));
            auto findings = storage::integrityCheck(m_session.database(), c);
            if (!findings)
                return findings.status();
            check.findings = *findings;
        }
        report.compartments << check;
    }
    if (stage)
        stage(tr("Verifying the audit log's signatures and checkpoints…"));
    report.log = withKeyring(audit::verifyDatabase(m_session.database(), threads, progress), m_session.database(),
                             m_session.keyring());
    if (m_session.holds(domain::Compartment::Content)) {
        if (stage)
            stage(tr("Checking every post, flag and decision against the entries that signed them…"));
        report.log = withContent(std::move(report.log), m_session.database());
    }
    return report;
}

Result<AuditService::VerificationJob> AuditService::verificationJob() const
{
    if (Status s = m_session.require(domain::Operation::VerifyAuditLog); !s.ok())
        return s;
    auto connection = m_session.openConnection();
    if (!connection)
        return connection.status();
    std::shared_ptr<storage::Database> db(connection.takeValue());
    return VerificationJob([db, keyring = m_session.keyring()](int threads, const Progress& progress) {
        return withKeyring(audit::verifyDatabase(*db, threads, progress), *db, keyring);
    });
}

} // namespace custos::auditing

#include "workspace/Workspace.h"

#include "domain/AuditActions.h"
#include "audit/LogState.h"
#include "audit/UserKeyDetails.h"
#include "crypto/SelfTest.h"
#include "storage/AuditRepository.h"
#include "storage/Migrations.h"
#include "storage/UserRepository.h"
#include "audit/Verification.h"
#include "workspace/KeyCustody.h"
#include "workspace/Witness.h"
#include "workspace/WorkspaceSettings.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace custos::workspace {
namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

void removeWorkspaceFiles(const WorkspacePaths& paths)
{
    for (const QString& file : paths.dataFiles())
        QFile::remove(file);
}

} // namespace

Status Workspace::quickCheckFiles(Session& session)
{
    bool ok = false;
    int budgetMs = qEnvironmentVariableIntValue("CUSTOS_OPEN_CHECK_MS", &ok);
    if (!ok || budgetMs < 0)
        budgetMs = kOpenCheckMs;
    const QList<domain::Compartment> held = domain::all<domain::Compartment>();
    for (const domain::Compartment c : held) {
        if (!session.holds(c))
            continue;
        auto check = storage::quickCheck(session.database(), c, std::chrono::milliseconds(budgetMs / held.size()));
        if (!check)
            return check.status();
        if (!check->findings.isEmpty())
            return Status(ErrorCode::Corrupted,
                          tr("The file of \"%1\" in %2 is damaged; the first problem found: %3. Run custos-cli check "
                             "for the whole picture, and restore the workspace from a backup.")
                              .arg(domain::displayName(c), session.paths().dir(), check->findings.first()));
    }
    return Status::success();
}

Status Workspace::checkAgainstLog(Session& session)
{
    auto head = storage::AuditRepository(session.database()).head();
    if (!head)
        return head.status();
    if (head->treeSize == 0)
        return Status::success(); // a workspace from before the log: its first administrator starts it
    auto state = audit::replayState(session.database());
    session.m_loggedRole.reset();
    if (state) {
        if (const audit::LoggedUser* u = state->userNamed(session.user().name); u && u->isActive())
            session.m_loggedRole = domain::fromKey<domain::Role>(u->role);
    }
    if (!state)
        return Status(ErrorCode::Corrupted, tr("The audit log of the workspace %1 cannot be trusted: %2 Ask an auditor "
                                               "to run custos-cli audit verify, and restore the workspace from a backup.")
                                                .arg(session.paths().dir(), state.status().message()));
    auto differences = audit::stateDifferences(session.database(), *state);
    if (!differences)
        return differences.status();
    QStringList all = *differences;
    all << KeyCustody::unsignedGrants(session.keyring(), *state);
    if (all.isEmpty())
        return Status::success();
    const qsizetype shown = std::min<qsizetype>(all.size(), 3);
    return Status(ErrorCode::Corrupted,
                  tr("The workspace %1 was changed outside Custos: its tables do not match the signed audit log. %2%3 "
                     "Restore the workspace from a backup; custos-cli audit verify lists every difference.")
                      .arg(session.paths().dir(), all.mid(0, shown).join(u' '),
                           all.size() > shown ? tr(" (%n more)", nullptr, static_cast<int>(all.size() - shown)) : QString()));
}

Status Workspace::startLogIfEmpty(Session& session)
{
    // A workspace from before the audit log gets its log started by the first
    // administrator who opens it: a self-signed entry 0 registering every active key.
    auto head = storage::AuditRepository(session.database()).head();
    if (!head)
        return head.status();
    if (head->treeSize > 0 || session.user().role != domain::Role::Administrator)
        return Status::success();
    auto users = storage::UserRepository(session.database()).all();
    if (!users)
        return users.status();
    QJsonArray registered;
    for (const domain::UserRecord& u : *users) {
        if (u.isActive())
            registered.append(audit::userKeyDetails(u));
    }
    auto settings = storage::SettingsRepository(session.database()).all();
    if (!settings)
        return settings.status();
    audit::AuditedTransaction tx(session.database(), session.signer());
    Status s = tx.record(domain::actions::kLogGenesis, QStringLiteral("workspace"), session.workspaceId(),
                         QJsonObject{{QStringLiteral("users"), registered},
                                     {QStringLiteral("settings"), audit::settingDigests(*settings)}});
    return s.ok() ? tx.commit() : s;
}

crypto::Argon2Params Workspace::calibrateKdf()
{
    bool ok = false;
    int targetMs = qEnvironmentVariableIntValue("CUSTOS_KDF_TARGET_MS", &ok);
    if (!ok || targetMs <= 0)
        targetMs = 500;
    return crypto::calibrateArgon2id(std::chrono::milliseconds(targetMs));
}

bool Workspace::looksLikeWorkspace(const QString& dir)
{
    return QFileInfo::exists(WorkspacePaths(dir).keyring());
}

Status Workspace::validateUserName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{0,63}$"));
    if (!pattern.match(name).hasMatch())
        return {ErrorCode::InvalidArgument,
                tr("A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, and starts with a "
                   "letter or digit; \"%1\" does not.")
                    .arg(name)};
    return Status::success();
}

Status Workspace::validatePassphrase(const QString& passphrase)
{
    if (passphrase.size() < kMinPassphraseLength)
        return {ErrorCode::InvalidArgument,
                tr("A passphrase needs at least %1 characters. Use a few unrelated words.").arg(kMinPassphraseLength)};
    return Status::success();
}

Result<std::unique_ptr<Session>> Workspace::create(const NewWorkspace& spec)
{
    if (Status selfTest = crypto::SelfTest::run(); !selfTest.ok())
        return selfTest;
    if (Status s = validateUserName(spec.adminName); !s.ok())
        return s;
    if (Status s = validatePassphrase(spec.passphrase); !s.ok())
        return s;
    if (spec.kdf.memoryKiB < crypto::kMinArgon2MemoryKiB || spec.kdf.iterations < 1)
        return Status(ErrorCode::InvalidArgument, tr("The key derivation parameters are too weak."));

    const WorkspacePaths paths(spec.dir);
    if (QFileInfo::exists(paths.keyring()) || QFileInfo::exists(paths.database()))
        return Status(ErrorCode::AlreadyExists,
                      tr("%1 already holds a workspace. Choose an empty folder.").arg(paths.dir()));
    // A lock file alone (the lock is never deleted, see WorkspaceLock) does not make a folder taken.
    const QStringList entries =
        QDir(paths.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (QFileInfo(paths.dir()).isDir() &&
        !(entries.isEmpty() || entries == QStringList{QFileInfo(paths.lockFile()).fileName()}))
        return Status(ErrorCode::AlreadyExists,
                      tr("The folder %1 is not empty. Choose a new or empty folder for the workspace.").arg(paths.dir()));
    if (!QDir().mkpath(paths.dir()))
        return Status(ErrorCode::Io, tr("The folder %1 cannot be created. Check its parent's permissions.")
                                         .arg(paths.dir()));

    // Case data is readable by its owner only.
    QFile::setPermissions(paths.dir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = WorkspaceLock::acquire(paths.dir());
    if (!lock)
        return lock.status();

    std::unique_ptr<Session> session(new Session);
    session->m_paths = paths;
    session->m_lock = lock.takeValue();
    session->m_ownerThread = QThread::currentThread();
    for (const domain::Compartment c : domain::all<domain::Compartment>())
        session->m_keys[c] = crypto::randomSecret(crypto::kKeySize);
    crypto::Ed25519KeyPair signing = crypto::generateEd25519();
    crypto::X25519KeyPair agreement = crypto::generateX25519();
    session->m_signingSeed = std::move(signing.seed);
    session->m_agreementKey = std::move(agreement.privateKey);
    session->m_keyring.workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    auto fail = [&](const Status& status) -> Result<std::unique_ptr<Session>> {
        session->m_db.reset();
        removeWorkspaceFiles(paths);
        return status;
    };

    auto db = storage::openCompartments(paths.databases(), session->m_keys,
                                        spec.encrypted ? storage::OpenMode::Create : storage::OpenMode::CreateUnencrypted);
    if (!db)
        return fail(db.status());
    session->m_db = db.takeValue();
    for (const domain::Compartment c : domain::all<domain::Compartment>())
        QFile::setPermissions(paths.database(c), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    storage::Database& database = *session->m_db;
    if (Status s = storage::Migrations::migrate(database); !s.ok())
        return fail(s);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        domain::UserRecord admin;
        admin.id = 1; // the first row of an empty table; fixed so that entry 0 can name its signer
        admin.name = spec.adminName.trimmed();
        admin.displayName = spec.adminDisplayName.trimmed().isEmpty() ? admin.name : spec.adminDisplayName.trimmed();
        admin.role = domain::Role::Administrator;
        admin.signingPublicKey = signing.publicKey;
        admin.agreementPublicKey = agreement.publicKey;
        admin.createdAt = now;
        session->m_user = admin;

        // Entry 0: the first administrator creates the workspace and registers their own key.
        audit::AuditedTransaction tx(database, session->signer());
        storage::SettingsRepository settings(database);
        Status s = tx.status();
        const QList<QPair<const char*, QString>> initial = {
            {settingsKey::kWorkspaceId, session->m_keyring.workspaceId},
            {settingsKey::kCreatedAt, now.toString(Qt::ISODateWithMs)},
            {settingsKey::kIdleLockMinutes, QString::number(kDefaultIdleLockMinutes)},
            {settingsKey::kKdfMemoryKiB, QString::number(spec.kdf.memoryKiB)},
            {settingsKey::kKdfIterations, QString::number(spec.kdf.iterations)},
            {settingsKey::kKdfParallelism, QString::number(spec.kdf.parallelism)},
        };
        QMap<QString, QString> written;
        for (const auto& [k, v] : initial) {
            if (s.ok())
                s = settings.setValue(tx.write(), key(k), v);
            written.insert(key(k), v);
        }
        if (s.ok()) {
            auto id = storage::UserRepository(database).insert(tx.write(), admin);
            s = id ? Status::success() : id.status();
        }
        if (s.ok())
            s = tx.record(domain::actions::kWorkspaceCreate, QStringLiteral("workspace"), session->m_keyring.workspaceId,
                          QJsonObject{{QStringLiteral("administrator"), audit::userKeyDetails(admin)},
                                      {QStringLiteral("settings"), audit::settingDigests(written)},
                                      {QStringLiteral("kdf"),
                                       QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                                                   {QStringLiteral("memory_kib"), static_cast<qint64>(spec.kdf.memoryKiB)},
                                                   {QStringLiteral("iterations"), static_cast<qint64>(spec.kdf.iterations)},
                                                   {QStringLiteral("parallelism"), static_cast<qint64>(spec.kdf.parallelism)}}}});
        if (s.ok()) {
            session->m_keyring.putSlot(Keyring::seal(session->m_keyring.workspaceId, admin.name, spec.passphrase,
                                                     spec.kdf, session->m_signingSeed, session->m_agreementKey));
            for (const domain::Compartment c : domain::all<domain::Compartment>()) {
                if (s.ok())
                    s = session->m_keyring.grant(admin.name, c, 1, session->m_keys.at(c));
            }
        }
        if (s.ok())
            s = session->m_keyring.save(paths.keyring(), session->logKey());
        if (s.ok())
            s = tx.commit();
        if (!s.ok())
            return fail(s);
    }
    session->m_sealOnClose = true;
    return session;
}

Result<std::unique_ptr<Session>> Workspace::open(const QString& dir, const QString& user, const QString& passphrase,
                                                 Access access)
{
    const bool readOnly = access == Access::ReadOnly;
    if (Status selfTest = crypto::SelfTest::run(); !selfTest.ok())
        return selfTest;
    const WorkspacePaths paths(dir);
    if (!QFileInfo(paths.dir()).isDir())
        return Status(ErrorCode::NotFound, tr("There is no workspace at %1.").arg(paths.dir()));
    if (!QFileInfo::exists(paths.keyring()))
        return Status(QFileInfo::exists(paths.database()) ? ErrorCode::Corrupted : ErrorCode::NotFound,
                      QFileInfo::exists(paths.database())
                          ? tr("The keyring of the workspace %1 is missing. Restore it from a backup.").arg(paths.dir())
                          : tr("%1 is not a Custos workspace (it has no keyring).").arg(paths.dir()));
    // Plain checks of the files first: damage is reported as damage, not as a wrong passphrase.
    auto keyring = Keyring::load(paths.keyring());
    if (!keyring)
        return keyring.status();
    if (!QFileInfo::exists(paths.database()))
        return Status(ErrorCode::Corrupted,
                      tr("The database of the workspace %1 is missing. Restore it from a backup.").arg(paths.dir()));

    auto lock = WorkspaceLock::acquire(paths.dir());
    if (!lock)
        return lock.status();

    auto unlocked = keyring->unlock(user, passphrase);
    if (!unlocked)
        return unlocked.status();

    std::unique_ptr<Session> session(new Session);
    session->m_paths = paths;
    session->m_lock = lock.takeValue();
    session->m_ownerThread = QThread::currentThread();
    session->m_keys = std::move(unlocked->keys);
    session->m_signingSeed = std::move(unlocked->signingSeed);
    session->m_agreementKey = std::move(unlocked->agreementKey);
    session->m_keyring = keyring.takeValue();

    session->m_readOnly = readOnly;
    // A rekey interrupted by a crash is finished or undone before anything is read.
    if (readOnly && KeyCustody::hasRekeyLeftover(paths))
        return Status(ErrorCode::InvalidArgument,
                      tr("A rekey of the workspace %1 was interrupted. Open the workspace in Custos (or run any "
                         "command that changes it) to finish it, then try again.")
                          .arg(paths.dir()));
    if (!readOnly) {
        if (auto settled = KeyCustody::settleRekey(paths, session->m_keys); !settled)
            return settled.status();
    }
    auto db = storage::openCompartments(paths.databases(), session->m_keys,
                                        readOnly ? storage::OpenMode::OpenReadOnly : storage::OpenMode::OpenExisting);
    if (!db)
        return db.status();
    session->m_db = db.takeValue();
    storage::Database& database = *session->m_db;
    if (readOnly) {
        auto version = storage::Migrations::currentVersion(database);
        if (!version)
            return version.status();
        if (*version > storage::Migrations::latestVersion())
            return storage::Migrations::migrate(database); // refuses: written by a newer Custos
        if (*version < storage::Migrations::latestVersion())
            return Status(ErrorCode::InvalidArgument,
                          tr("The workspace %1 was written by an earlier Custos and needs an upgrade, which changes "
                             "it; this command only reads. Open it once in the console (or with a command that "
                             "changes it), then run this again.")
                              .arg(paths.dir()));
    } else if (Status s = storage::Migrations::migrate(database); !s.ok()) {
        return s;
    }

    auto id = storage::SettingsRepository(database).value(key(settingsKey::kWorkspaceId));
    if (!id)
        return id.status();
    if (*id != session->m_keyring.workspaceId)
        return Status(ErrorCode::Corrupted,
                      tr("The database and the keyring in %1 belong to different workspaces. Restore the matching "
                         "pair from a backup.")
                          .arg(paths.dir()));
    // A quick check of each file this user holds the key of, bounded in time: damage in
    // the pages it reaches is reported here, before anything writes to them. (Reading
    // commands run their own checks: `check` the whole one, and reports every file.)
    if (!readOnly) {
        if (Status s = quickCheckFiles(*session); !s.ok())
            return s;
    }
    const KeySlot* slot = session->m_keyring.slotFor(user);
    auto record = storage::UserRepository(database).byName(user.trimmed());
    if (!record && record.status().code() != ErrorCode::NotFound)
        return record.status();
    if (!record || !record->isActive())
        return Status(ErrorCode::AuthenticationFailed,
                      tr("The user %1 has been revoked in this workspace. Ask an administrator.").arg(user));
    if (record->signingPublicKey != slot->signingPublicKey || record->agreementPublicKey != slot->agreementPublicKey)
        return Status(ErrorCode::Corrupted,
                      tr("The signing key of %1 in the keyring does not match the workspace's record. Restore the "
                         "workspace from a backup.")
                          .arg(user));
    session->m_user = *record;
    // Who exists, with which role and keys, and the settings must be what the signed log
    // says: an edit made directly in the database or the keyring refuses to open. A
    // command that only reads (verification, integrity check) still opens, in the role
    // the log gives the user, so that it can name every difference.
    if (Status s = checkAgainstLog(*session); !s.ok()) {
        if (!readOnly)
            return s;
        session->m_user.role = session->m_loggedRole.value_or(domain::Role::Auditor);
    }
    // A log shorter than, or not consistent with, what this computer saw sealed before is
    // refused: its tail was cut together with its checkpoints, or an older copy came back.
    if (const auto seen = Witness::load(session->workspaceId())) {
        if (Status s = audit::checkWitness(database, *seen); !s.ok())
            return s;
    }
    if (readOnly)
        return session;
    if (Status s = startLogIfEmpty(*session); !s.ok())
        return s;
    // Keys this user holds that reached someone else's role but not their slot yet.
    if (Status s = KeyCustody::grantPending(*session); !s.ok())
        return s;
    session->m_sealOnClose = true;
    return session;
}

} // namespace custos::workspace

// The signed audit log: every change recorded in its own transaction, verification of
// intact logs, and each kind of tampering pinpointed, in the workspace and in an
// exported bundle (which stock OpenSSL can check too).
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "storage/UserRepository.h"
#include "domain/AuditActions.h"
#include "audit/UserKeyDetails.h"
#include "audit/AuditLog.h"
#include "auditing/AuditService.h"
#include "audit/Merkle.h"
#include "storage/AuditRepository.h"
#include "workspace/WorkspacePaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::audit;
using namespace custos::domain;

namespace {

const QString kAnnPass = QStringLiteral("ann's passphrase");

QStringList actionsOf(storage::Database& db)
{
    QStringList out;
    (void)storage::AuditRepository(db).forEachEntry([&](const AuditEntry& e) {
        out << e.action;
        return true;
    });
    return out;
}

QList<QByteArray> readLines(const QString& path)
{
    QList<QByteArray> lines = test::readFile(path).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString& path, const QList<QByteArray>& lines)
{
    QByteArray out;
    for (const QByteArray& l : lines)
        out += l + '\n';
    test::writeFile(path, out);
}

QByteArray withField(const QByteArray& line, const QString& field, const QJsonValue& value)
{
    QJsonObject o = QJsonDocument::fromJson(line).object();
    o.insert(field, value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;
    QString newDir() { return m_tmp.filePath(QStringLiteral("d%1").arg(++m_n)); }

    // A workspace with some history: ann added (investigator), bob added and revoked,
    // a role change, a passphrase change, a setting; returns its folder.
    QString workspaceWithHistory()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        access::AdministrationService svc(*admin);
        [&] {
            QVERIFY(svc.addUser(QStringLiteral("ann"), QStringLiteral("Ann"), domain::Role::HrInvestigator, kAnnPass));
            QVERIFY(svc.addUser(QStringLiteral("bob"), QStringLiteral("Bob"), domain::Role::Manager, kAnnPass));
            QVERIFY(svc.changeRole(QStringLiteral("ann"), domain::Role::ComplianceOfficer).ok());
            QVERIFY(svc.setIdleLockMinutes(5).ok());
            QVERIFY(svc.revokeUser(QStringLiteral("bob")).ok());
            QVERIFY(svc.changeOwnPassphrase(test::kAdminPassphrase, test::kAdminPassphrase + QStringLiteral("!")).ok());
            QVERIFY(svc.changeOwnPassphrase(test::kAdminPassphrase + QStringLiteral("!"), test::kAdminPassphrase).ok());
        }();
        return dir;
    }

    std::unique_ptr<workspace::Session> open(const QString& dir, const QString& user = QStringLiteral("admin"),
                                             const QString& pass = test::kAdminPassphrase)
    {
        auto s = workspace::Workspace::open(dir, user, pass);
        if (!s)
            qWarning("%s", qPrintable(s.status().message()));
        return s ? s.takeValue() : nullptr;
    }

    QString exportOf(const QString& dir)
    {
        auto session = open(dir);
        const QString out = newDir();
        const Status s = auditing::AuditService(*session).exportBundle(out);
        if (!s.ok())
            qWarning("%s", qPrintable(s.message()));
        return out;
    }

private Q_SLOTS:
    void everyChangeIsRecorded()
    {
        const QString dir = workspaceWithHistory();
        auto session = open(dir);
        QCOMPARE(actionsOf(session->database()),
                 QStringList({domain::actions::kWorkspaceCreate, domain::actions::kUserAdd, domain::actions::kUserAdd, domain::actions::kUserRole,
                              domain::actions::kSettingsChange, domain::actions::kUserRevoke, domain::actions::kUserPassphrase,
                              domain::actions::kUserPassphrase}));
        auto first = storage::AuditRepository(session->database()).entry(0);
        QCOMPARE(first->actorId, session->user().id);
        QCOMPARE(first->keyId, crypto::keyId(session->user().signingPublicKey));
        // The passphrase never reaches the log.
        (void)storage::AuditRepository(session->database()).forEachEntry([](const AuditEntry& e) {
            [&] { QVERIFY(!e.details.contains("passphrase 1")); }();
            return true;
        });
        const VerificationReport r = audit::verifyDatabase(session->database());
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.entriesChecked, quint64(8));
        QVERIFY(r.checkpointsChecked >= 1); // sessions that ended sealed their entries
    }

    void failedAppendRollsTheChangeBack()
    {
        const QString dir = newDir();
        auto admin = test::createWorkspace(dir);
        const QByteArray keyring = test::readFile(workspace::WorkspacePaths(dir).keyring());
        AuditLog::failNextAppendForTesting();
        auto ann = access::AdministrationService(*admin).addUser(QStringLiteral("ann"), {}, domain::Role::Auditor, kAnnPass);
        QCOMPARE(ann.status().code(), ErrorCode::Io);
        QCOMPARE(access::AdministrationService(*admin).users()->size(), 1);
        QCOMPARE(test::readFile(workspace::WorkspacePaths(dir).keyring()), keyring);
        QCOMPARE(actionsOf(admin->database()), QStringList({domain::actions::kWorkspaceCreate}));

        AuditLog::failNextAppendForTesting();
        QCOMPARE(access::AdministrationService(*admin).setIdleLockMinutes(3).code(), ErrorCode::Io);
        QCOMPARE(admin->idleLockMinutes(), 10);
        AuditLog::failNextAppendForTesting();
        QCOMPARE(access::AdministrationService(*admin).changeRole(QStringLiteral("admin"), domain::Role::Auditor).code(),
                 ErrorCode::InvalidArgument); // refused before any write; the hook stays armed
        QCOMPARE(access::AdministrationService(*admin).setIdleLockMinutes(4).code(), ErrorCode::Io);
        QCOMPARE(admin->idleLockMinutes(), 10);
    }

    void aChangeWithoutAnEntryCannotCommit()
    {
        auto admin = test::createWorkspace(newDir());
        {
            AuditedTransaction tx(admin->database(), admin->signer());
            QVERIFY(storage::SettingsRepository(tx.db()).setValue(tx.write(), QStringLiteral("sneaky"), QStringLiteral("1")).ok());
            const Status s = tx.commit();
            QCOMPARE(s.code(), ErrorCode::Internal);
        }
        QCOMPARE(*storage::SettingsRepository(admin->database()).value(QStringLiteral("sneaky"), QStringLiteral("absent")),
                 QStringLiteral("absent"));
    }

    void checkpointsEveryThousandEntries()
    {
        auto admin = test::createWorkspace(newDir());
        for (int batch = 0; batch < 25; ++batch) {
            AuditedTransaction tx(admin->database(), admin->signer());
            for (int i = 0; i < 100; ++i)
                QVERIFY(tx.record(QStringLiteral("test.bulk"), QStringLiteral("n"), QString::number(i)).ok());
            QVERIFY(tx.commit().ok());
        }
        auto checkpoints = storage::AuditRepository(admin->database()).checkpoints();
        QList<quint64> sizes;
        for (const auto& c : *checkpoints)
            sizes << c.treeSize;
        QVERIFY(sizes.contains(1000));
        QVERIFY(sizes.contains(2000));
        const VerificationReport single = audit::verifyDatabase(admin->database(), 1);
        const VerificationReport multi = audit::verifyDatabase(admin->database(), 4);
        QVERIFY2(single.ok(), qPrintable(single.message));
        QVERIFY2(multi.ok(), qPrintable(multi.message));
        QCOMPARE(single.entriesChecked, quint64(2501));
        QCOMPARE(single.root, multi.root);
    }

    void inclusionAndConsistencyProofsVerify()
    {
        const QString dir = workspaceWithHistory();
        {
            auto earlier = open(dir); // a second session: its end writes a second checkpoint
            QVERIFY(access::AdministrationService(*earlier).setIdleLockMinutes(9).ok());
        }
        auto session = open(dir);
        storage::Database& db = session->database();
        auto head = storage::AuditRepository(db).head();
        for (quint64 seq = 0; seq < head->treeSize; ++seq) {
            auto proof = audit::inclusionProof(db, seq);
            QVERIFY(proof);
            QVERIFY(merkle::verifyInclusion(proof->index, proof->treeSize, proof->leafHash, proof->path, proof->root));
        }
        QCOMPARE(audit::inclusionProof(db, head->treeSize).status().code(), ErrorCode::NotFound);
        auto checkpoints = storage::AuditRepository(db).checkpoints();
        QVERIFY(checkpoints->size() >= 2);
        for (qsizetype i = 0; i + 1 < checkpoints->size(); ++i) {
            const Checkpoint& a = checkpoints->at(i);
            const Checkpoint& b = checkpoints->last();
            auto proof = audit::consistencyProof(db, a.treeSize, b.treeSize);
            QVERIFY(proof);
            QVERIFY(merkle::verifyConsistency(a.treeSize, b.treeSize, a.rootHash, b.rootHash, *proof));
        }
    }

    void logStartedForAWorkspaceWithoutOne()
    {
        const QString dir = newDir();
        {
            auto admin = test::createWorkspace(dir);
            QVERIFY(access::AdministrationService(*admin).addUser(QStringLiteral("ann"), {}, domain::Role::Auditor, kAnnPass));
            // As a workspace from before the log existed: no entries, no checkpoints.
            QVERIFY(admin->database().exec(QStringLiteral("DELETE FROM audit_entries; DELETE FROM audit_checkpoints; "
                                                          "DELETE FROM audit_state;")).ok());
        }
        {
            auto admin = open(dir);
            QCOMPARE(actionsOf(admin->database()), QStringList({domain::actions::kLogGenesis}));
            QVERIFY(access::AdministrationService(*admin).setIdleLockMinutes(6).ok());
        }
        {
            auto ann = open(dir, QStringLiteral("ann"), kAnnPass);
            QVERIFY(access::AdministrationService(*ann).changeOwnPassphrase(kAnnPass, kAnnPass + QStringLiteral("2")).ok());
            const VerificationReport r = audit::verifyDatabase(ann->database());
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(r.entriesChecked, quint64(3));
        }
    }

    void tamperingInTheDatabaseIsPinpointed_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("entry");
        const auto flip = [](const char* col) {
            return QStringLiteral("UPDATE audit_entries SET %1 = %1 || 'x' WHERE seq = 3;").arg(QLatin1String(col));
        };
        QTest::addRow("time") << flip("time") << "bad-hash" << 3;
        QTest::addRow("action") << flip("action") << "bad-hash" << 3;
        QTest::addRow("object id") << flip("object_id") << "bad-hash" << 3;
        QTest::addRow("object type") << flip("object_type") << "bad-hash" << 3;
        QTest::addRow("key id") << flip("key_id") << "bad-hash" << 3;
        QTest::addRow("details") << QStringLiteral("UPDATE audit_entries SET details = replace(details, 'compliance', "
                                                   "'administrator') WHERE seq = 3;")
                                 << "bad-hash" << 3;
        QTest::addRow("actor id") << QStringLiteral("UPDATE audit_entries SET actor_id = 2 WHERE seq = 3;") << "bad-hash" << 3;
        QTest::addRow("prev hash") << QStringLiteral("UPDATE audit_entries SET prev_hash = entry_hash WHERE seq = 3;")
                                   << "bad-hash" << 3;
        QTest::addRow("entry hash") << QStringLiteral("UPDATE audit_entries SET entry_hash = prev_hash WHERE seq = 3;")
                                    << "bad-hash" << 3;
        QTest::addRow("signature") << QStringLiteral("UPDATE audit_entries SET signature = "
                                                     "(SELECT signature FROM audit_entries WHERE seq = 4) WHERE seq = 3;")
                                   << "bad-signature" << 3;
        QTest::addRow("entry deleted") << QStringLiteral("DELETE FROM audit_entries WHERE seq = 2;") << "gap" << 2;
        QTest::addRow("tail truncated") << QStringLiteral("DELETE FROM audit_entries WHERE seq >= 6;") << "truncated" << 6;
        QTest::addRow("checkpoint root") << QStringLiteral("UPDATE audit_checkpoints SET root_hash = zeroblob(32) "
                                                           "WHERE tree_size = (SELECT min(tree_size) FROM audit_checkpoints "
                                                           "WHERE tree_size > 2);")
                                         << "checkpoint-mismatch" << -1;
    }

    void tamperingInTheDatabaseIsPinpointed()
    {
        QFETCH(QString, sql);
        QFETCH(QString, problem);
        QFETCH(int, entry);
        const QString dir = workspaceWithHistory();
        auto session = open(dir);
        QVERIFY(audit::verifyDatabase(session->database()).ok());
        QVERIFY(session->database().exec(sql).ok());
        for (int threads : {1, 3}) {
            const VerificationReport r = audit::verifyDatabase(session->database(), threads);
            QCOMPARE(VerificationReport::problemKey(r.problem), problem);
            if (entry >= 0)
                QCOMPARE(r.entry.value_or(999), quint64(entry));
            QVERIFY(!r.message.isEmpty());
        }
    }

    void anotherUsersValidSignatureIsRefused()
    {
        const QString dir = workspaceWithHistory();
        auto session = open(dir);
        auto entry = storage::AuditRepository(session->database()).entry(4);
        // ann signs the very same entry hash with her own valid key.
        auto ann = workspace::Workspace::open(dir, QStringLiteral("ann"), kAnnPass);
        QVERIFY(!ann); // the workspace is open; take ann's seed from her key slot instead
        auto slot = session->keyring().unlock(QStringLiteral("ann"), kAnnPass);
        QVERIFY(slot);
        const QByteArray annSignature = crypto::ed25519Sign(slot->signingSeed, entry->entryHash);
        storage::Statement s = session->database().prepare(QStringLiteral("UPDATE audit_entries SET signature = ?1 WHERE seq = 4;"));
        s.bind(1, annSignature);
        QVERIFY(s.run().ok());
        const VerificationReport r = audit::verifyDatabase(session->database());
        QCOMPARE(r.problem, Problem::BadSignature);
        QCOMPARE(*r.entry, quint64(4));
    }

    void forgedKeyRegistrationIsRefused()
    {
        const QString dir = workspaceWithHistory();
        auto ann = open(dir, QStringLiteral("ann"), kAnnPass);
        QVERIFY(ann);
        const quint64 forgedAt = *storage::AuditRepository(ann->database()).count({});
        // ann (not an administrator) writes a perfectly chained and signed registration of a key of her choosing.
        domain::UserRecord mallory;
        mallory.id = 99;
        mallory.name = QStringLiteral("mallory");
        mallory.role = domain::Role::Administrator;
        mallory.signingPublicKey = crypto::generateEd25519().publicKey;
        {
            AuditedTransaction tx(ann->database(), ann->signer());
            QVERIFY(tx.record(domain::actions::kUserAdd, QStringLiteral("user"), QStringLiteral("99"), userKeyDetails(mallory)).ok());
            QVERIFY(tx.commit().ok());
        }
        const VerificationReport r = audit::verifyDatabase(ann->database());
        QCOMPARE(r.problem, Problem::ForgedRegistration);
        QCOMPARE(*r.entry, forgedAt);
    }

    void revokedKeyIsRefusedAfterItsRevocation()
    {
        const QString dir = newDir();
        crypto::SecretBytes annSeed;
        qint64 annId = 0;
        {
            auto admin = test::createWorkspace(dir);
            access::AdministrationService svc(*admin);
            auto ann = svc.addUser(QStringLiteral("ann"), {}, domain::Role::Auditor, kAnnPass);
            annId = ann->id;
            annSeed = std::move(admin->keyring().unlock(QStringLiteral("ann"), kAnnPass)->signingSeed);
            QVERIFY(svc.revokeUser(QStringLiteral("ann")).ok());
            // Her entries before the revocation stay valid...
            QVERIFY(audit::verifyDatabase(admin->database()).ok());
            // ...but one signed with her key afterwards does not.
            const Signer annSigner{annId, crypto::keyId(ann->signingPublicKey), &annSeed};
            AuditedTransaction tx(admin->database(), annSigner);
            QVERIFY(tx.record(QStringLiteral("case.close"), QStringLiteral("case"), QStringLiteral("7")).ok());
            QVERIFY(tx.commit().ok());
            const VerificationReport r = audit::verifyDatabase(admin->database());
            QCOMPARE(r.problem, Problem::RevokedKey);
            QCOMPARE(*r.entry, quint64(3));
        }
    }

    void exportedBundleVerifiesAndTamperingIsPinpointed()
    {
        const QString bundle = exportOf(workspaceWithHistory());
        QVERIFY(QFile::exists(bundle + QStringLiteral("/VERIFY.md")));
        QVERIFY(QDir(bundle + QStringLiteral("/keys")).entryList({QStringLiteral("*.pem")}).size() == 3);
        const VerificationReport good = audit::verifyBundle(bundle);
        QVERIFY2(good.ok(), qPrintable(good.message));
        QCOMPARE(good.entriesChecked, quint64(9)); // the export recorded itself

        const QString entries = bundle + QStringLiteral("/entries.jsonl");
        const QString checkpoints = bundle + QStringLiteral("/checkpoints.jsonl");
        const QList<QByteArray> lines = readLines(entries);
        const QByteArray cps = test::readFile(checkpoints);
        auto expect = [&](const QList<QByteArray>& altered, Problem problem, quint64 entry) {
            writeLines(entries, altered);
            const VerificationReport r = audit::verifyBundle(bundle, 2);
            writeLines(entries, lines);
            test::writeFile(checkpoints, cps);
            QCOMPARE(VerificationReport::problemKey(r.problem), VerificationReport::problemKey(problem));
            QCOMPARE(r.entry.value_or(999), entry);
        };
        // A flipped byte in every field of entry 5 (hex and base64 fields: a different digit).
        const QJsonObject e5 = QJsonDocument::fromJson(lines.at(5)).object();
        for (const QString& field : e5.keys()) {
            QList<QByteArray> altered = lines;
            QJsonValue v = e5.value(field);
            if (v.isDouble())
                v = v.toInteger() + 1;
            else {
                QString t = v.toString();
                t[t.size() / 2] = t.at(t.size() / 2) == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
                v = t;
            }
            altered[5] = withField(lines.at(5), field, v);
            const Problem problem = field == QLatin1String("seq")          ? Problem::Gap
                                    : field == QLatin1String("signature")  ? Problem::BadSignature
                                    : field == QLatin1String("actor")      ? Problem::ActorMismatch
                                                                           : Problem::BadHash;
            writeLines(entries, altered);
            const VerificationReport r = audit::verifyBundle(bundle);
            writeLines(entries, lines);
            QVERIFY2(!r.ok(), qPrintable(field));
            QCOMPARE(VerificationReport::problemKey(r.problem), VerificationReport::problemKey(problem));
            QCOMPARE(r.entry.value_or(999), quint64(5));
        }
        QList<QByteArray> deleted = lines;
        deleted.removeAt(4);
        expect(deleted, Problem::Gap, 4);
        QList<QByteArray> swapped = lines;
        swapped.swapItemsAt(3, 4);
        expect(swapped, Problem::Reordered, 3);
        expect(lines.mid(0, 6), Problem::TruncatedAfterCheckpoint, 6);
        QList<QByteArray> garbage = lines;
        garbage[2] = "{not json";
        expect(garbage, Problem::Malformed, 3);
    }

    void aBundleWithAGapIsRefused()
    {
        const QString bundle = exportOf(workspaceWithHistory());
        QVERIFY(audit::verifyBundle(bundle).ok());
        const QString entries = bundle + QStringLiteral("/entries.jsonl");
        const QString checkpoints = bundle + QStringLiteral("/checkpoints.jsonl");
        const QByteArray entriesText = test::readFile(entries);
        const QByteArray cps = test::readFile(checkpoints);
        const QList<QByteArray> lines = readLines(entries);
        const QList<QByteArray> cpLines = readLines(checkpoints);
        const auto restore = [&] {
            test::writeFile(entries, entriesText);
            test::writeFile(checkpoints, cps);
        };
        // Verifies, puts the files back, and returns the problem found with its message.
        const auto attempt = [&]() -> VerificationReport {
            const VerificationReport r = audit::verifyBundle(bundle);
            restore();
            return r;
        };
#define REFUSED(expected, what)                                                                                       \
    [&] {                                                                                                              \
        const VerificationReport r = attempt();                                                                        \
        if (r.problem != (expected))                                                                                   \
            qWarning("%s: %s", what, qPrintable(r.message));                                                           \
        return r.problem == (expected) ? r.message : QString();                                                        \
    }()
        QFile::remove(checkpoints);
        QVERIFY(REFUSED(Problem::Malformed, "no checkpoints file").contains(QStringLiteral("checkpoints")));
        test::writeFile(checkpoints, "");
        QVERIFY(!REFUSED(Problem::Malformed, "empty checkpoints file").isEmpty());
        test::writeFile(entries, "");
        QVERIFY(!attempt().ok()); // the checkpoints cover entries that are not there
        test::writeFile(entries, "");
        test::writeFile(checkpoints, "");
        QVERIFY(!attempt().ok());
        // The tail cut together with the checkpoints after it.
        writeLines(entries, lines.mid(0, lines.size() - 2));
        QList<QByteArray> earlier;
        for (const QByteArray& c : cpLines) {
            if (QJsonDocument::fromJson(c).object().value(QStringLiteral("tree_size")).toInteger() <= lines.size() - 2)
                earlier << c;
        }
        writeLines(checkpoints, earlier);
        QVERIFY(!REFUSED(earlier.isEmpty() ? Problem::Malformed : Problem::Unsealed, "cut tail without its checkpoints")
                     .isEmpty());
        // An entry appended after the export's own checkpoint.
        writeLines(entries, lines + QList<QByteArray>{lines.last()});
        QVERIFY(!audit::verifyBundle(bundle).ok());
        restore();
        // A key file swapped for another key: refused before anyone trusts it.
        const QString pem = QDir(bundle + QStringLiteral("/keys")).entryList({QStringLiteral("*.pem")}).first();
        const QByteArray original = test::readFile(bundle + QStringLiteral("/keys/") + pem);
        test::writeFile(bundle + QStringLiteral("/keys/") + pem,
                        crypto::ed25519PublicKeyPem(crypto::generateEd25519().publicKey).toLatin1());
        QVERIFY(REFUSED(Problem::KeyFileMismatch, "swapped key file").contains(pem));
        QFile::remove(bundle + QStringLiteral("/keys/") + pem);
        QVERIFY(!REFUSED(Problem::KeyFileMismatch, "missing key file").isEmpty());
        test::writeFile(bundle + QStringLiteral("/keys/") + pem, original);
        test::writeFile(bundle + QStringLiteral("/keys/0000000000000000.pem"), original);
        QVERIFY(!REFUSED(Problem::KeyFileMismatch, "extra key file").isEmpty());
#undef REFUSED
        QFile::remove(bundle + QStringLiteral("/keys/0000000000000000.pem"));
        QVERIFY(audit::verifyBundle(bundle).ok());
    }

    void aWitnessCatchesARollbackEvenWithItsCheckpointsGone()
    {
        const QString bundle = exportOf(workspaceWithHistory());
        const VerificationReport whole = audit::verifyBundle(bundle);
        QVERIFY(whole.ok());
        const audit::Witness seen{whole.entriesChecked, whole.root};
        QVERIFY(audit::verifyBundle(bundle, 1, {}, seen).ok());
        // An older copy of the log: shorter, with only its own checkpoints — whole by itself.
        const QString entries = bundle + QStringLiteral("/entries.jsonl");
        const QString checkpoints = bundle + QStringLiteral("/checkpoints.jsonl");
        const QList<QByteArray> lines = readLines(entries);
        const QByteArray allCheckpoints = test::readFile(checkpoints);
        QList<QByteArray> keptCheckpoints;
        qint64 keep = 0;
        for (const QByteArray& c : readLines(checkpoints)) {
            const qint64 size = QJsonDocument::fromJson(c).object().value(QStringLiteral("tree_size")).toInteger();
            if (size < static_cast<qint64>(lines.size())) {
                keptCheckpoints << c;
                keep = size;
            }
        }
        QVERIFY(keep > 0);
        writeLines(entries, lines.mid(0, keep));
        writeLines(checkpoints, keptCheckpoints);
        QVERIFY(audit::verifyBundle(bundle).ok()); // nothing in it shows what is missing...
        const VerificationReport rolledBack = audit::verifyBundle(bundle, 1, {}, seen);
        QCOMPARE(rolledBack.problem, Problem::Rollback); // ... but the witness does
        QVERIFY(rolledBack.message.contains(QString::number(seen.size)));
        // The same size with another history is caught by the root.
        writeLines(entries, lines);
        test::writeFile(checkpoints, allCheckpoints);
        QVERIFY(audit::verifyBundle(bundle, 1, {}, seen).ok());
        const audit::Witness other{seen.size, crypto::sha256("another history")};
        QCOMPARE(audit::verifyBundle(bundle, 1, {}, other).problem, Problem::Rollback);
    }

    void aThousandRandomMutationsOfAnExportAreAllRefused()
    {
        const QString bundle = exportOf(workspaceWithHistory());
        QVERIFY(audit::verifyBundle(bundle).ok());
        QStringList files = {QStringLiteral("entries.jsonl"), QStringLiteral("checkpoints.jsonl")};
        for (const QString& pem : QDir(bundle + QStringLiteral("/keys")).entryList({QStringLiteral("*.pem")}))
            files << QStringLiteral("keys/") + pem;
        QHash<QString, QByteArray> originals;
        for (const QString& f : files)
            originals.insert(f, test::readFile(bundle + u'/' + f));
        QRandomGenerator random(12);
        int mutations = 0;
        int kinds[3] = {0, 0, 0};
        while (mutations < 1000) {
            const QString file = files.at(random.bounded(static_cast<int>(files.size())));
            QByteArray data = originals.value(file);
            const int kind = random.bounded(3);
            const qsizetype at = random.bounded(static_cast<int>(data.size()));
            if (kind == 0) {
                data[at] = static_cast<char>(data.at(at) ^ (1 << random.bounded(8))); // a flipped bit
            } else if (kind == 1) {
                data.remove(at, 1 + random.bounded(std::min<int>(40, static_cast<int>(data.size() - at)))); // bytes cut
            } else {
                data.insert(at, static_cast<char>(random.bounded(32, 127))); // a byte inserted
            }
            // Only changes that leave meaning as it was may pass: JSON whitespace, a PEM's
            // line ending, or the trailing newline of a JSON Lines file.
            test::writeFile(bundle + u'/' + file, data);
            const VerificationReport r = audit::verifyBundle(bundle);
            test::writeFile(bundle + u'/' + file, originals.value(file));
            if (r.ok()) {
                const QByteArray before = originals.value(file);
                const bool harmless = QJsonDocument::fromJson(data).toJson() == QJsonDocument::fromJson(before).toJson() ||
                                      data.simplified() == before.simplified();
                QVERIFY2(harmless, qPrintable(QStringLiteral("%1, kind %2 at %3 passed").arg(file).arg(kind).arg(at)));
                continue;
            }
            ++mutations;
            ++kinds[kind];
        }
        QVERIFY(kinds[0] > 250 && kinds[1] > 250 && kinds[2] > 250);
    }

    void bundleEntryVerifiesWithOpenSsl()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        const QString bundle = exportOf(workspaceWithHistory());
        const QList<QByteArray> lines = readLines(bundle + QStringLiteral("/entries.jsonl"));
        for (int index : {0, 3}) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(index)).object();
            // Rebuild the canonical text from the bundle's fields, as VERIFY.md describes.
            QByteArray text = "custos-audit-entry-v1\n";
            for (const char* f : {"seq", "time", "actor_id", "key_id", "action", "object_type", "object_id", "details",
                                  "prev_hash"}) {
                const QJsonValue v = o.value(QLatin1String(f));
                text += (v.isDouble() ? QByteArray::number(v.toInteger()) : v.toString().toUtf8()) + '\n';
            }
            const QByteArray hash = crypto::sha256(text);
            QCOMPARE(hash.toHex(), o.value(QStringLiteral("entry_hash")).toString().toLatin1());
            test::writeFile(bundle + QStringLiteral("/hash.bin"), hash);
            test::writeFile(bundle + QStringLiteral("/sig.bin"),
                            QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1()));
            QProcess p;
            p.setWorkingDirectory(bundle);
            p.start(openssl, {QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                              QStringLiteral("-inkey"),
                              QStringLiteral("keys/%1.pem").arg(o.value(QStringLiteral("key_id")).toString()),
                              QStringLiteral("-rawin"), QStringLiteral("-in"), QStringLiteral("hash.bin"),
                              QStringLiteral("-sigfile"), QStringLiteral("sig.bin")});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            QVERIFY(p.readAllStandardOutput().contains("Verified"));
        }
    }

    void exportIsForAuditorsAndNeedsAnEmptyFolder()
    {
        const QString dir = workspaceWithHistory();
        {
            auto admin = open(dir);
            const QString busy = newDir();
            QDir().mkpath(busy);
            test::writeFile(busy + QStringLiteral("/x"), "x");
            QCOMPARE(auditing::AuditService(*admin).exportBundle(busy).code(), ErrorCode::AlreadyExists);
            QVERIFY(access::AdministrationService(*admin).addUser(QStringLiteral("mo"), {}, domain::Role::Manager, kAnnPass));
        }
        auto manager = open(dir, QStringLiteral("mo"), kAnnPass);
        QCOMPARE(auditing::AuditService(*manager).exportBundle(newDir()).code(), ErrorCode::PermissionDenied);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"

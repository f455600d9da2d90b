// custos-cli as automation uses it: commands (import, scan with Ctrl+C, flags, bench queue
// among them), JSON output, exit codes, passphrase sources,
// and a second process refused while a workspace is open.
#include "TestSupport.h"
#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace custos;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_passFile;
    QString m_annFile;

    Run cli(const QStringList& args, const QMap<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CUSTOS_PASSPHRASE"));
        e.insert(QStringLiteral("CUSTOS_KDF_TARGET_MS"), QStringLiteral("20"));
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(CUSTOS_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString init(const QString& name)
    {
        const QString dir = m_tmp.filePath(name);
        const Run r = cli({QStringLiteral("init"), dir, QStringLiteral("--admin"), QStringLiteral("root"),
                           QStringLiteral("--passphrase-file"), m_passFile});
        if (r.exitCode != 0)
            qWarning("init failed: %s", qPrintable(r.err));
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_passFile = m_tmp.filePath(QStringLiteral("pass.txt"));
        m_annFile = m_tmp.filePath(QStringLiteral("ann.txt"));
        test::writeFile(m_passFile, "root passphrase one\n");
        test::writeFile(m_annFile, "ann passphrase one\r\n");
    }

    void initAndInfo()
    {
        const QString dir = init(QStringLiteral("a"));
        const Run r = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root"),
                           QStringLiteral("--passphrase-file"), m_passFile});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject info = r.json();
        QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), storage::Migrations::latestVersion());
        QCOMPARE(info.value(QStringLiteral("users")).toArray().size(), 1);
        QCOMPARE(info.value(QStringLiteral("users")).toArray().first().toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("administrator"));
        QCOMPARE(info.value(QStringLiteral("tables")).toObject().value(QStringLiteral("users")).toInt(), 1);
        QCOMPARE(info.value(QStringLiteral("tables")).toObject().value(QStringLiteral("roles")).toInt(), 5);
    }

    void initRefusesAnExistingWorkspace()
    {
        const QString dir = init(QStringLiteral("twice"));
        const Run r = cli({QStringLiteral("init"), dir, QStringLiteral("--admin"), QStringLiteral("other"),
                           QStringLiteral("--passphrase-file"), m_passFile});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("already holds a workspace")));
    }

    void passphraseFromTheEnvironment()
    {
        const QString dir = init(QStringLiteral("env"));
        const Run ok = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root")},
                           {{QStringLiteral("CUSTOS_PASSPHRASE"), QStringLiteral("root passphrase one")}});
        QCOMPARE(ok.exitCode, 0);
        const Run wrong = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root")},
                              {{QStringLiteral("CUSTOS_PASSPHRASE"), QStringLiteral("something else")}});
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY(wrong.err.contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(wrong.out.isEmpty());
    }

    void noPassphraseAndNoTerminalIsAUsageError()
    {
        const QString dir = init(QStringLiteral("notty"));
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CUSTOS_PASSPHRASE"));
        p.setProcessEnvironment(e);
        // setsid detaches from any controlling terminal, so there is no prompt to fall back on.
        p.start(QStringLiteral("setsid"), {QStringLiteral(CUSTOS_CLI_PATH), QStringLiteral("info"), dir,
                                           QStringLiteral("--user"), QStringLiteral("root")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("--passphrase-file")));
    }

    void passphraseIsNeverAnArgument()
    {
        const QString dir = init(QStringLiteral("arg"));
        const Run r = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root"),
                           QStringLiteral("--passphrase"), QStringLiteral("root passphrase one")});
        QCOMPARE(r.exitCode, 2);
    }

    void usageErrors()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("init"), m_tmp.filePath(QStringLiteral("u"))}).exitCode, 2); // no --admin
        const QString dir = init(QStringLiteral("usage"));
        const Run badRole = cli({QStringLiteral("user"), QStringLiteral("add"), dir, QStringLiteral("--user"),
                                 QStringLiteral("root"), QStringLiteral("--passphrase-file"), m_passFile,
                                 QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"),
                                 QStringLiteral("overlord"), QStringLiteral("--new-passphrase-file"), m_annFile});
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY(badRole.err.contains(QStringLiteral("--role")));
        QCOMPARE(cli({QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("selftest")}).exitCode, 0);
    }

    void userLifecycle()
    {
        const QString dir = init(QStringLiteral("users"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                                    m_passFile};
        const Run add = cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), dir} + asRoot +
                            QStringList{QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"),
                                        QStringLiteral("investigator"), QStringLiteral("--new-passphrase-file"), m_annFile});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        QCOMPARE(add.json().value(QStringLiteral("role")).toString(), QStringLiteral("investigator"));

        // ann signs in with the passphrase from her file (the CRLF is not part of it).
        const Run annInfo = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("ann"),
                                 QStringLiteral("--passphrase-file"), m_annFile});
        QVERIFY2(annInfo.exitCode == 0, qPrintable(annInfo.err));
        QCOMPARE(annInfo.json().value(QStringLiteral("signed_in_as")).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("investigator"));

        // ann is no administrator.
        const Run annAdds = cli({QStringLiteral("user"), QStringLiteral("add"), dir, QStringLiteral("--user"),
                                 QStringLiteral("ann"), QStringLiteral("--passphrase-file"), m_annFile,
                                 QStringLiteral("--name"), QStringLiteral("eve"), QStringLiteral("--role"),
                                 QStringLiteral("administrator"), QStringLiteral("--new-passphrase-file"), m_annFile});
        QCOMPARE(annAdds.exitCode, 3);

        const Run role = cli(QStringList{QStringLiteral("user"), QStringLiteral("role"), dir} + asRoot +
                             QStringList{QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"),
                                         QStringLiteral("compliance")});
        QVERIFY2(role.exitCode == 0, qPrintable(role.err));

        const QString newPass = m_tmp.filePath(QStringLiteral("ann2.txt"));
        test::writeFile(newPass, "ann passphrase two\n");
        const Run passwd = cli({QStringLiteral("user"), QStringLiteral("passwd"), dir, QStringLiteral("--user"),
                                QStringLiteral("ann"), QStringLiteral("--passphrase-file"), m_annFile,
                                QStringLiteral("--new-passphrase-file"), newPass});
        QVERIFY2(passwd.exitCode == 0, qPrintable(passwd.err));
        QCOMPARE(cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("ann"),
                      QStringLiteral("--passphrase-file"), m_annFile})
                     .exitCode,
                 3);
        const Run list = cli(QStringList{QStringLiteral("user"), QStringLiteral("list"), dir, QStringLiteral("--user"),
                                         QStringLiteral("ann"), QStringLiteral("--passphrase-file"), newPass});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 2);

        const Run revoke = cli(QStringList{QStringLiteral("user"), QStringLiteral("revoke"), dir} + asRoot +
                               QStringList{QStringLiteral("--name"), QStringLiteral("ann")});
        QVERIFY2(revoke.exitCode == 0, qPrintable(revoke.err));
        QCOMPARE(cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("ann"),
                      QStringLiteral("--passphrase-file"), newPass})
                     .exitCode,
                 3);
    }

    void damagedWorkspaceIsBadData()
    {
        const QString dir = init(QStringLiteral("damaged"));
        test::flipByte(dir + QStringLiteral("/custos.db"), 1500);
        const Run r = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root"),
                           QStringLiteral("--passphrase-file"), m_passFile});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("damaged")));
        const Run missing = cli({QStringLiteral("info"), m_tmp.filePath(QStringLiteral("none")), QStringLiteral("--user"),
                                 QStringLiteral("root"), QStringLiteral("--passphrase-file"), m_passFile});
        QCOMPARE(missing.exitCode, 4);
    }

    void auditVerifyRefusesALogShorterThanAWitnessSaw()
    {
        const QString dir = init(QStringLiteral("witness"));
        const QStringList signIn = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"), m_passFile};
        const Run first = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir} + signIn);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QString size = QString::number(first.json().value(QStringLiteral("entries")).toInteger());
        const QString root = first.json().value(QStringLiteral("root_hash")).toString();
        const Run same = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--expect-size"), size,
                                         QStringLiteral("--expect-root"), root} + signIn);
        QVERIFY2(same.exitCode == 0, qPrintable(same.err));
        const Run longer = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--expect-size"),
                                           QString::number(size.toInt() + 5), QStringLiteral("--expect-root"), root} + signIn);
        QCOMPARE(longer.exitCode, 4);
        QCOMPARE(longer.json().value(QStringLiteral("problem")).toString(), QStringLiteral("rollback"));
        QVERIFY2(longer.err.contains(QStringLiteral("fewer than")), qPrintable(longer.err));
        const Run bad = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--expect-size"), size} + signIn);
        QCOMPARE(bad.exitCode, 2);
    }

    void aRoleChangeOffersTheRekeyAndKeysRekeyDoesIt()
    {
        const QString dir = init(QStringLiteral("rekey"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                                    m_passFile};
        QCOMPARE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), dir} + asRoot +
                     QStringList{QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"),
                                 QStringLiteral("investigator"), QStringLiteral("--new-passphrase-file"), m_annFile})
                     .exitCode,
                 0);
        // ann leaves the reviewers: the command names her and the way to rekey.
        const Run moved = cli(QStringList{QStringLiteral("user"), QStringLiteral("role"), dir} + asRoot +
                              QStringList{QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"),
                                          QStringLiteral("manager")});
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QVERIFY2(moved.err.contains(QStringLiteral("(ann)")) && moved.err.contains(QStringLiteral("keys rekey")) &&
                     moved.err.contains(QStringLiteral("--compartment content")),
                 qPrintable(moved.err));
        const Run rekey = cli(QStringList{QStringLiteral("keys"), QStringLiteral("rekey"), dir} + asRoot +
                              QStringList{QStringLiteral("--compartment"), QStringLiteral("content")});
        QVERIFY2(rekey.exitCode == 0, qPrintable(rekey.err));
        QCOMPARE(rekey.json().value(QStringLiteral("generation")).toInt(), 2);
        QCOMPARE(rekey.json().value(QStringLiteral("holders")).toArray(), QJsonArray{QStringLiteral("root")});
        QCOMPARE(cli(QStringList{QStringLiteral("check"), dir} + asRoot).exitCode, 0);
        // Usage errors: the log, an unknown compartment, a missing subcommand.
        for (const QString& c : {QStringLiteral("log"), QStringLiteral("posts")})
            QCOMPARE(cli(QStringList{QStringLiteral("keys"), QStringLiteral("rekey"), dir} + asRoot +
                         QStringList{QStringLiteral("--compartment"), c})
                         .exitCode,
                     2);
        QCOMPARE(cli({QStringLiteral("keys")}).exitCode, 2);
        // ann, now a manager, may not rekey.
        const Run refused = cli({QStringLiteral("keys"), QStringLiteral("rekey"), dir, QStringLiteral("--user"), QStringLiteral("ann"),
                                 QStringLiteral("--passphrase-file"), m_annFile, QStringLiteral("--compartment"),
                                 QStringLiteral("aggregates")});
        QVERIFY2(refused.exitCode != 0 && refused.err.contains(QStringLiteral("Rekeying")), qPrintable(refused.err));
    }

    void deepVerificationNamesAnEditedPost()
    {
        const QString dir = init(QStringLiteral("deep"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                                    m_passFile};
        QCOMPARE(cli(QStringList{QStringLiteral("import"), dir, QStringLiteral(CUSTOS_TEST_DATA_DIR "/import/slack-small")} +
                     asRoot)
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringList{QStringLiteral("scan"), dir} + asRoot).exitCode, 0);
        const Run clean = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--deep")} + asRoot);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        {
            auto session = workspace::Workspace::open(dir, QStringLiteral("root"), QStringLiteral("root passphrase one"));
            QVERIFY(session);
            QVERIFY((*session)->database().exec(QStringLiteral("UPDATE posts SET text = 'edited' WHERE id = 3;")).ok());
        }
        // Without --deep the log itself holds; with it, and in check, the post is named.
        QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir} + asRoot).exitCode, 0);
        const Run deep = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--deep")} + asRoot);
        QCOMPARE(deep.exitCode, 4);
        QCOMPARE(deep.json().value(QStringLiteral("problem")).toString(), QStringLiteral("content-mismatch"));
        QVERIFY2(deep.json().value(QStringLiteral("differences")).toArray().first().toString().startsWith(
                     QStringLiteral("Post 3 does not match its content hash")),
                 deep.out.constData());
        QVERIFY(deep.err.contains(QStringLiteral("Post 3")));
        const Run check = cli(QStringList{QStringLiteral("check"), dir} + asRoot);
        QCOMPARE(check.exitCode, 4);
        QVERIFY2(check.err.contains(QStringLiteral("Post 3")), qPrintable(check.err));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"), dir, QStringLiteral("--deep")})
                     .exitCode,
                 2);
    }

    void checkFindsAFlippedByteInAnyPageOfAnyFile()
    {
        // One byte changed anywhere past page 1 of any compartment's file: `check` finds
        // it, names the file, and writes nothing (it opens read-only).
        const QString pristine = init(QStringLiteral("check-pristine"));
        const Run clean = cli({QStringLiteral("check"), pristine, QStringLiteral("--user"), QStringLiteral("root"),
                               QStringLiteral("--passphrase-file"), m_passFile});
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.err));
        QVERIFY(clean.json().value(QStringLiteral("ok")).toBool());
        QCOMPARE(clean.json().value(QStringLiteral("files")).toArray().size(), 3);
        QRandomGenerator random(20261201);
        const QStringList files = {QStringLiteral("custos.db"), QStringLiteral("content.db"), QStringLiteral("aggregates.db")};
        const QStringList names = {QStringLiteral("Users, policies and the audit log"),
                                   QStringLiteral("Posts, people, flags and cases"), QStringLiteral("Figures for dashboards")};
        for (int trial = 0; trial < 20; ++trial) {
            const int which = trial % 3;
            const QString dir = m_tmp.filePath(QStringLiteral("check-%1").arg(trial));
            QDir().mkpath(dir);
            for (const QString& f : QDir(pristine).entryList(QDir::Files))
                QVERIFY(QFile::copy(pristine + u'/' + f, dir + u'/' + f));
            const QString path = dir + u'/' + files.at(which);
            const qint64 pages = QFileInfo(path).size() / 4096;
            QVERIFY(pages >= 2);
            const qint64 offset = 4096 * (1 + random.bounded(pages - 1)) + random.bounded(4096);
            test::flipByte(path, offset);
            const auto before = test::fingerprint(dir);
            const Run r = cli({QStringLiteral("check"), dir, QStringLiteral("--user"), QStringLiteral("root"),
                               QStringLiteral("--passphrase-file"), m_passFile});
            QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("trial %1, %2 at %3: exit %4 %5")
                                                     .arg(trial).arg(files.at(which)).arg(offset).arg(r.exitCode).arg(r.err)));
            // Named by its part of the workspace, or by its file when opening it already fails.
            QVERIFY2(r.err.contains(names.at(which)) || r.err.contains(files.at(which)), qPrintable(r.err));
            QCOMPARE(test::fingerprint(dir), before);
        }
    }

    void auditVerifyAndExport()
    {
        const QString dir = init(QStringLiteral("audit"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                                    m_passFile};
        QCOMPARE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), dir} + asRoot +
                     QStringList{QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"),
                                 QStringLiteral("auditor"), QStringLiteral("--new-passphrase-file"), m_annFile})
                     .exitCode,
                 0);
        const Run ok = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir} + asRoot);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(ok.json().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(ok.json().value(QStringLiteral("entries")).toInt(), 2);

        const QString bundle = m_tmp.filePath(QStringLiteral("audit-bundle"));
        const Run exported = cli({QStringLiteral("audit"), QStringLiteral("export"), dir, bundle, QStringLiteral("--user"),
                                  QStringLiteral("ann"), QStringLiteral("--passphrase-file"), m_annFile});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const Run bundleOk = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"), bundle,
                                  QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY2(bundleOk.exitCode == 0, qPrintable(bundleOk.err));
        QCOMPARE(bundleOk.json().value(QStringLiteral("entries")).toInt(), 3); // the export is recorded too
        // The export prints the seal it ends with; given back, it holds for this bundle.
        const QJsonObject seal = exported.json().value(QStringLiteral("checkpoint")).toObject();
        QCOMPARE(seal.value(QStringLiteral("tree_size")).toInt(), 3);
        const Run witnessed = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"), bundle,
                                   QStringLiteral("--expect-size"), QString::number(seal.value(QStringLiteral("tree_size")).toInt()),
                                   QStringLiteral("--expect-root"), seal.value(QStringLiteral("root_hash")).toString()});
        QVERIFY2(witnessed.exitCode == 0, qPrintable(witnessed.err));

        // Alter one field of entry 1 in the bundle: exit 4, naming entry 1.
        const QString entries = bundle + QStringLiteral("/entries.jsonl");
        QByteArray data = test::readFile(entries);
        QVERIFY(data.count("auditor") == 1); // ann's role, in the details of entry 1
        data.replace("auditor", "manager");
        test::writeFile(entries, data);
        const Run tampered = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"), bundle});
        QCOMPARE(tampered.exitCode, 4);
        QCOMPARE(tampered.json().value(QStringLiteral("entry")).toInt(), 1);
        QCOMPARE(tampered.json().value(QStringLiteral("problem")).toString(), QStringLiteral("bad-hash"));
        QVERIFY(tampered.err.contains(QStringLiteral("Entry 1")));

        // The same in the workspace itself.
        {
            auto session = workspace::Workspace::open(dir, QStringLiteral("root"), QStringLiteral("root passphrase one"));
            QVERIFY(session);
            QVERIFY((*session)->database().exec(QStringLiteral("DELETE FROM audit_entries WHERE seq = 1;")).ok());
        }
        const Run gap = cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir} + asRoot);
        QCOMPARE(gap.exitCode, 4);
        QCOMPARE(gap.json().value(QStringLiteral("problem")).toString(), QStringLiteral("gap"));

        QCOMPARE(cli({QStringLiteral("audit")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--export"), bundle}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"), bundle,
                      QStringLiteral("--threads"), QStringLiteral("0")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--export"),
                      m_tmp.filePath(QStringLiteral("no-such-bundle"))})
                     .exitCode,
                 4);
    }

    void importAndDemoCorpus()
    {
        const QString dir = init(QStringLiteral("import"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                                    m_passFile};
        const QString slack = QStringLiteral(CUSTOS_TEST_DATA_DIR "/import/slack-small");
        const Run ok = cli(QStringList{QStringLiteral("import"), dir, slack} + asRoot);
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(ok.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("posts_added")).toInt(), 10);
        QCOMPARE(ok.json().value(QStringLiteral("skipped")).toArray().size(), 5);

        const QString csv = QStringLiteral(CUSTOS_TEST_DATA_DIR "/import/csv-small.csv");
        const Run mapped = cli(QStringList{QStringLiteral("import"), dir, csv, QStringLiteral("--map"),
                                           QStringLiteral("author=user,channel=room,time=sent,text=body,id=msg_id")} +
                               asRoot);
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QCOMPARE(mapped.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("posts_added")).toInt(), 3);

        QCOMPARE(cli(QStringList{QStringLiteral("import"), dir, csv, QStringLiteral("--format"), QStringLiteral("excel")} + asRoot)
                     .exitCode,
                 2);
        QCOMPARE(cli(QStringList{QStringLiteral("import"), dir, csv, QStringLiteral("--map"), QStringLiteral("colour=red")} + asRoot)
                     .exitCode,
                 2);
        const QString broken = m_tmp.filePath(QStringLiteral("broken.jsonl"));
        test::writeFile(broken, "{\"type\":\"version\",\"version\":1}\n{\"type\":\"post\", oops\n");
        const Run bad = cli(QStringList{QStringLiteral("import"), dir, broken} + asRoot);
        QCOMPARE(bad.exitCode, 4);
        QVERIFY2(bad.err.contains(QStringLiteral("broken.jsonl, line 2")), qPrintable(bad.err));

        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        const Run demo = cli({QStringLiteral("demo-corpus"), QStringLiteral("--out"), corpus, QStringLiteral("--posts"),
                              QStringLiteral("800"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QCOMPARE(demo.json().value(QStringLiteral("posts")).toInt(), 800);
        const Run imported = cli(QStringList{QStringLiteral("import"), dir, corpus} + asRoot); // format detected
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.json().value(QStringLiteral("counts")).toObject().value(QStringLiteral("posts_added")).toInt(), 800);
        QCOMPARE(cli({QStringLiteral("demo-corpus"), QStringLiteral("--out"), corpus}).exitCode, 4); // not empty
    }

    // An investigator's automation: a case opened from two flags, listed, a note and an
    // evidence file added, a skipped step refused, the report written as PDF; a manager
    // is refused and the evidence's text is nowhere in the workspace folder.
    // Record keeping and the roster as cron and HR's scripts drive them: the default period
    // chosen at init, a hold, the preview and the purge, the certificate checked against an
    // audit export (and refused once tampered with), the roster and training; usage errors
    // exit 2, a manager exit 3.
    void recordsAndRosterFromTheCommandLine()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("records"));
        QCOMPARE(cli({QStringLiteral("init"), dir, QStringLiteral("--admin"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                      m_passFile, QStringLiteral("--retention"), QStringLiteral("soon")})
                     .exitCode,
                 2);
        const Run made = cli({QStringLiteral("init"), dir, QStringLiteral("--admin"), QStringLiteral("root"),
                              QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--retention"), QStringLiteral("90")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QCOMPARE(made.json().value(QStringLiteral("retention_days")).toInt(), 90);
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"), m_passFile};
        QCOMPARE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), dir} + asRoot +
                     QStringList{QStringLiteral("--name"), QStringLiteral("max"), QStringLiteral("--role"), QStringLiteral("manager"),
                                 QStringLiteral("--new-passphrase-file"), m_annFile})
                     .exitCode,
                 0);
        const QStringList asMax = {QStringLiteral("--user"), QStringLiteral("max"), QStringLiteral("--passphrase-file"), m_annFile};
        const Run rules = cli(QStringList{QStringLiteral("retention"), QStringLiteral("rules"), dir} + asRoot);
        QCOMPARE(QJsonDocument::fromJson(rules.out).array().size(), 4); // one per data class

        QString csv = QStringLiteral("id,channel,author,time,text\n");
        for (int i = 0; i < 20; ++i)
            csv += QStringLiteral("m%1,general,%2,%3,note %1\n")
                       .arg(i)
                       .arg(i % 2 ? QStringLiteral("anna.k") : QStringLiteral("ben"))
                       .arg(QDateTime::currentDateTimeUtc().addDays(i < 10 ? -200 : -5).toString(Qt::ISODate));
        const QString posts = m_tmp.filePath(QStringLiteral("records-posts.csv"));
        test::writeFile(posts, csv.toUtf8());
        QCOMPARE(cli(QStringList{QStringLiteral("import"), dir, posts, QStringLiteral("--format"), QStringLiteral("csv"),
                                 QStringLiteral("--map"), QStringLiteral("id=id")} +
                     asRoot)
                     .exitCode,
                 0);

        // A hold by search on "note 3": posts m3 (old) and m13 (new) stay.
        QCOMPARE(cli(QStringList{QStringLiteral("hold"), QStringLiteral("add"), dir, QStringLiteral("--matter"), QStringLiteral("Audit")} + asRoot)
                     .exitCode,
                 2); // no criterion, no requester
        const Run hold = cli(QStringList{QStringLiteral("hold"), QStringLiteral("add"), dir, QStringLiteral("--matter"), QStringLiteral("Audit 2026"),
                                         QStringLiteral("--requested-by"), QStringLiteral("Internal audit"), QStringLiteral("--query"),
                                         QStringLiteral("\"note 3\"")} +
                             asRoot);
        QVERIFY2(hold.exitCode == 0, qPrintable(hold.err));
        QCOMPARE(cli(QStringList{QStringLiteral("hold"), QStringLiteral("list"), dir} + asMax).exitCode, 3);
        const Run preview = cli(QStringList{QStringLiteral("retention"), QStringLiteral("preview"), dir} + asRoot);
        QVERIFY2(preview.exitCode == 0, qPrintable(preview.err));
        QCOMPARE(preview.json().value(QStringLiteral("posts_to_purge")).toInt(), 9);
        QCOMPARE(preview.json().value(QStringLiteral("kept")).toObject().value(QStringLiteral("post")).toObject()
                     .value(QStringLiteral("legal_hold")).toInt(),
                 1);
        QCOMPARE(cli(QStringList{QStringLiteral("retention"), QStringLiteral("purge"), dir} + asMax).exitCode, 3);
        const Run purged = cli(QStringList{QStringLiteral("retention"), QStringLiteral("purge"), dir, QStringLiteral("--quiet")} + asRoot);
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
        QCOMPARE(purged.json().value(QStringLiteral("purged")).toObject().value(QStringLiteral("post")).toInt(), 9);
        QVERIFY(purged.err.isEmpty()); // --quiet: nothing on stderr, for cron

        const QString cert = m_tmp.filePath(QStringLiteral("records-cert.json"));
        QCOMPARE(cli(QStringList{QStringLiteral("disposition"), QStringLiteral("export"), dir, QStringLiteral("1")} + asRoot).exitCode, 2);
        const Run exported = cli(QStringList{QStringLiteral("disposition"), QStringLiteral("export"), dir, QStringLiteral("1"),
                                             QStringLiteral("--out"), cert} +
                                 asRoot);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        const QString bundle = m_tmp.filePath(QStringLiteral("records-export"));
        QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("export"), dir, bundle} + asRoot).exitCode, 0);
        const Run verified = cli({QStringLiteral("disposition"), QStringLiteral("verify"), cert, bundle});
        QVERIFY2(verified.exitCode == 0, verified.out.constData());
        QCOMPARE(verified.json().value(QStringLiteral("tombstones")).toInt(), 9);
        QByteArray tampered = test::readFile(cert);
        const qsizetype at = tampered.indexOf("\"rule\": ");
        QVERIFY(at > 0);
        tampered.insert(at + 9, "7");
        test::writeFile(cert, tampered);
        const Run refused = cli({QStringLiteral("disposition"), QStringLiteral("verify"), cert, bundle});
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.out.contains("differs from what entry"), refused.out.constData());
        QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir, QStringLiteral("--deep")} + asRoot).exitCode, 0);

        // The roster and training.
        const QString rosterCsv = m_tmp.filePath(QStringLiteral("roster.csv"));
        test::writeFile(rosterCsv, "Nr,Name,Handle,Abteilung,Eintritt\nE1,Anna Krause,anna.k,Sales,2020-01-01\nE2,Ben Ortiz,ben,Sales,2020-01-01\n");
        QCOMPARE(cli(QStringList{QStringLiteral("roster"), QStringLiteral("import"), dir, rosterCsv, QStringLiteral("--map"),
                                 QStringLiteral("bogus=Nr")} +
                     asRoot)
                     .exitCode,
                 2);
        const Run roster = cli(QStringList{QStringLiteral("roster"), QStringLiteral("import"), dir, rosterCsv, QStringLiteral("--map"),
                                           QStringLiteral("employee_id=Nr,name=Name,handles=Handle,department=Abteilung,start=Eintritt")} +
                               asRoot);
        QVERIFY2(roster.exitCode == 0, qPrintable(roster.err));
        QCOMPARE(roster.json().value(QStringLiteral("added")).toInt(), 2);
        QCOMPARE(roster.json().value(QStringLiteral("linked")).toInt(), 2);
        QCOMPARE(cli(QStringList{QStringLiteral("roster"), QStringLiteral("list"), dir} + asMax).exitCode, 3);
        QCOMPARE(cli(QStringList{QStringLiteral("training"), QStringLiteral("module"), QStringLiteral("add"), dir, QStringLiteral("--name"),
                                 QStringLiteral("Harassment prevention"), QStringLiteral("--every"), QStringLiteral("12")} +
                     asRoot)
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringList{QStringLiteral("training"), QStringLiteral("assign"), dir, QStringLiteral("Harassment prevention"),
                                 QStringLiteral("--department"), QStringLiteral("Sales")} +
                     asRoot)
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringList{QStringLiteral("training"), QStringLiteral("complete"), dir, QStringLiteral("E1"),
                                 QStringLiteral("Harassment prevention"), QStringLiteral("--on"), QStringLiteral("2026-02-01")} +
                     asRoot)
                     .exitCode,
                 0);
        const Run status = cli(QStringList{QStringLiteral("training"), QStringLiteral("status"), dir, QStringLiteral("--on"),
                                           QDate::currentDate().toString(Qt::ISODate)} +
                               asRoot);
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        const QJsonArray states = QJsonDocument::fromJson(status.out).array();
        QCOMPARE(states.size(), 2);
        QSet<QString> seen;
        for (const QJsonValue& v : states)
            seen << v.toObject().value(QStringLiteral("employee_id")).toString() + u':' + v.toObject().value(QStringLiteral("state")).toString();
        QVERIFY2(seen.contains(QStringLiteral("E1:complete")), status.out.constData());
        QVERIFY2(seen.contains(QStringLiteral("E2:due")), status.out.constData());
        // Before the module was assigned there was nothing to do.
        const Run before = cli(QStringList{QStringLiteral("training"), QStringLiteral("status"), dir, QStringLiteral("--on"),
                                           QStringLiteral("2026-03-01")} +
                               asRoot);
        QCOMPARE(QJsonDocument::fromJson(before.out).array().size(), 0);
    }

    void caseCommandsFromFlagsToReport()
    {
        const QString dir = init(QStringLiteral("cases"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"),
                                    m_passFile};
        const QStringList asAnn = {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("--passphrase-file"), m_annFile};
        for (const auto& [name, role] : {std::pair{"ann", "investigator"}, std::pair{"max", "manager"}}) {
            const Run add = cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), dir} + asRoot +
                                QStringList{QStringLiteral("--name"), QString::fromLatin1(name), QStringLiteral("--role"),
                                            QString::fromLatin1(role), QStringLiteral("--new-passphrase-file"), m_annFile});
            QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        }
        const QString corpus = m_tmp.filePath(QStringLiteral("case-corpus"));
        QCOMPARE(cli({QStringLiteral("demo-corpus"), QStringLiteral("--out"), corpus, QStringLiteral("--posts"),
                      QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("5")})
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringList{QStringLiteral("import"), dir, corpus} + asRoot).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("scan"), dir} + asRoot).exitCode, 0);
        const Run flags = cli(QStringList{QStringLiteral("flags"), dir, QStringLiteral("--format"), QStringLiteral("jsonl")} + asAnn);
        QVERIFY2(flags.exitCode == 0, qPrintable(flags.err));
        QStringList flagIds;
        QSet<qint64> posts; // flags of two different posts
        for (const QByteArray& line : flags.out.split('\n')) {
            const QJsonObject flag = QJsonDocument::fromJson(line).object();
            if (line.isEmpty() || flagIds.size() == 2 || posts.contains(flag.value(QStringLiteral("post")).toInteger()))
                continue;
            posts.insert(flag.value(QStringLiteral("post")).toInteger());
            flagIds << QString::number(flag.value(QStringLiteral("flag")).toInteger());
        }
        QCOMPARE(flagIds.size(), 2);

        const Run opened = cli(QStringList{QStringLiteral("case"), QStringLiteral("open"), dir, QStringLiteral("--title"),
                                           QStringLiteral("Remarks in #general"), QStringLiteral("--flags"), flagIds.join(u','),
                                           QStringLiteral("--allegation"), QStringLiteral("bullying:4.2"), QStringLiteral("--due"),
                                           QStringLiteral("2000-01-31")} +
                               asAnn);
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.err));
        const QString number = opened.json().value(QStringLiteral("number")).toString();
        QVERIFY2(number.startsWith(QStringLiteral("HR-")), opened.out.constData());
        QCOMPARE(opened.json().value(QStringLiteral("intake")).toString(), QStringLiteral("queue_flag"));
        QCOMPARE(opened.json().value(QStringLiteral("assignees")).toArray(), QJsonArray{QStringLiteral("ann")});

        // Bad options are usage errors, before any sign-in.
        QCOMPARE(cli(QStringList{QStringLiteral("case"), QStringLiteral("open"), dir, QStringLiteral("--title"), QStringLiteral("x"),
                                 QStringLiteral("--allegation"), QStringLiteral("gossip")} +
                     asAnn)
                     .exitCode,
                 2);
        QCOMPARE(cli(QStringList{QStringLiteral("case"), QStringLiteral("open"), dir} + asAnn).exitCode, 2); // no title
        QCOMPARE(cli(QStringList{QStringLiteral("case"), QStringLiteral("frobnicate"), dir} + asAnn).exitCode, 2);

        const Run listed = cli(QStringList{QStringLiteral("case"), QStringLiteral("list"), dir, QStringLiteral("--overdue"),
                                           QStringLiteral("--format"), QStringLiteral("jsonl")} +
                               asAnn);
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonObject row = QJsonDocument::fromJson(listed.out.split('\n').first()).object();
        QCOMPARE(row.value(QStringLiteral("number")).toString(), number);
        QVERIFY(row.value(QStringLiteral("overdue")).toBool()); // due in 2000, still open
        const Run none = cli(QStringList{QStringLiteral("case"), QStringLiteral("list"), dir, QStringLiteral("--status"),
                                         QStringLiteral("closed")} +
                             asAnn);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.trimmed().isEmpty());

        const QByteArray canary = "CANARY-7f3c9a evidence text that must stay encrypted";
        const QString file = m_tmp.filePath(QStringLiteral("statement.txt"));
        test::writeFile(file, canary);
        const Run evidence = cli(QStringList{QStringLiteral("case"), QStringLiteral("evidence"), QStringLiteral("add"), dir, number,
                                             file, QStringLiteral("--description"), QStringLiteral("Written statement")} +
                                 asAnn);
        QVERIFY2(evidence.exitCode == 0, qPrintable(evidence.err));
        QCOMPARE(evidence.json().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(canary, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(cli(QStringList{QStringLiteral("case"), QStringLiteral("note"), dir, number, QStringLiteral("--text"),
                                 QStringLiteral("Spoke with the team lead.")} +
                     asAnn)
                     .exitCode,
                 0);

        const Run skipped = cli(QStringList{QStringLiteral("case"), QStringLiteral("status"), dir, number, QStringLiteral("closed")} +
                                asAnn);
        QCOMPARE(skipped.exitCode, 2);
        QVERIFY2(skipped.err.contains(QStringLiteral("cannot skip")), qPrintable(skipped.err));
        const Run moved = cli(QStringList{QStringLiteral("case"), QStringLiteral("status"), dir, number,
                                          QStringLiteral("investigating")} +
                              asAnn);
        QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
        QCOMPARE(moved.json().value(QStringLiteral("status")).toString(), QStringLiteral("investigating"));

        const Run shown = cli(QStringList{QStringLiteral("case"), QStringLiteral("show"), dir, number} + asAnn);
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QStringList kinds;
        for (const QJsonValue& item : shown.json().value(QStringLiteral("timeline")).toArray()) {
            kinds << item.toObject().value(QStringLiteral("kind")).toString();
            QVERIFY(item.toObject().value(QStringLiteral("entry")).toInteger() > 0);
        }
        QCOMPARE(kinds.count(QStringLiteral("post")), 2);
        QVERIFY(kinds.contains(QStringLiteral("note")) && kinds.contains(QStringLiteral("evidence")));
        QCOMPARE(shown.json().value(QStringLiteral("evidence")).toArray().size(), 1);

        const QString pdf = m_tmp.filePath(QStringLiteral("report.pdf"));
        const Run report = cli(QStringList{QStringLiteral("case"), QStringLiteral("report"), dir, number, QStringLiteral("--out"), pdf} +
                               asAnn);
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(5) == "%PDF-");
        QVERIFY(written.size() > 5000);
        // A report into a folder that does not exist: a clear message, nothing half-written.
        const Run nowhere = cli(QStringList{QStringLiteral("case"), QStringLiteral("report"), dir, number, QStringLiteral("--out"),
                                            m_tmp.filePath(QStringLiteral("no/such/folder/report.pdf"))} +
                                asAnn);
        QCOMPARE(nowhere.exitCode, 1);
        QVERIFY2(nowhere.err.contains(QStringLiteral("cannot be written")), qPrintable(nowhere.err));

        // A manager may not read a case, and nothing names it to them.
        const Run manager = cli(QStringList{QStringLiteral("case"), QStringLiteral("show"), dir, number, QStringLiteral("--user"),
                                            QStringLiteral("max"), QStringLiteral("--passphrase-file"), m_annFile});
        QCOMPARE(manager.exitCode, 3);
        QVERIFY(!manager.out.contains("Remarks"));

        // Every step is in the signed log, which still verifies.
        QCOMPARE(cli(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), dir} + asRoot).exitCode, 0);
        for (const QFileInfo& f : QDir(dir).entryInfoList(QDir::Files)) {
            QFile in(f.absoluteFilePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            QVERIFY2(!in.readAll().contains(canary.left(13)), qPrintable(f.fileName()));
        }
    }

    void classifyReadsStdinAndWritesOneObjectPerLine()
    {
        auto run = [&](const QStringList& args, const QByteArray& input) {
            QProcess p;
            p.start(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("classify")} + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::make_pair(p.exitCode(), p.readAllStandardOutput());
        };
        const auto [code, out] = run({QStringLiteral("--watch"), QStringLiteral("Orbit")},
                                     "Morning all\nyou are a useless idiot\n\nOrbit is garbage, customers hate it\n");
        QCOMPARE(code, 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // the blank line gets its object too
        const QJsonObject second = QJsonDocument::fromJson(lines.at(1)).object();
        QCOMPARE(second.value(QStringLiteral("id")).toInt(), 2);
        const QJsonObject flag = second.value(QStringLiteral("flags")).toArray().first().toObject();
        QCOMPARE(flag.value(QStringLiteral("category")).toString(), QStringLiteral("harassment"));
        QCOMPARE(flag.value(QStringLiteral("spans")).toArray().last().toArray(), (QJsonArray{18, 23}));
        QVERIFY(QJsonDocument::fromJson(lines.at(3)).object().value(QStringLiteral("sentiment")).toDouble() < 0);
        // Deterministic: the same input gives the same output.
        QCOMPARE(run({QStringLiteral("--watch"), QStringLiteral("Orbit")},
                     "Morning all\nyou are a useless idiot\n\nOrbit is garbage, customers hate it\n").second,
                 out);

        const auto [jcode, jout] = run({QStringLiteral("--format"), QStringLiteral("jsonl")},
                                       "{\"id\": \"a7\", \"text\": \"card 4111 1111 1111 1111\"}\nnot json\n");
        QCOMPARE(jcode, 4);
        const QList<QByteArray> jlines = jout.trimmed().split('\n');
        QCOMPARE(jlines.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(jlines.at(0)).object().value(QStringLiteral("id")).toString(), QStringLiteral("a7"));
        QVERIFY(QJsonDocument::fromJson(jlines.at(1)).object().contains(QStringLiteral("error")));

        const QString badPolicy = m_tmp.filePath(QStringLiteral("bad-policy.json"));
        test::writeFile(badPolicy, "{\"rules\":[{\"id\":\"oops\",\"category\":\"secret\",\"regex\":\"(\"}]}");
        QProcess p;
        p.start(QStringLiteral(CUSTOS_CLI_PATH), {QStringLiteral("classify"), QStringLiteral("--policy"), badPolicy});
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 4);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("oops")));
    }

    // scan: Ctrl+C stops after a committed batch (exit 130, nothing half-written); the
    // next scan continues from there; a policy that does not compile is refused by name.
    void scanIsInterruptibleAndResumes()
    {
        const QString dir = init(QStringLiteral("scanned"));
        const QStringList asRoot = {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--passphrase-file"), m_passFile};
        const QString corpus = m_tmp.filePath(QStringLiteral("scan-corpus"));
        QCOMPARE(cli({QStringLiteral("demo-corpus"), QStringLiteral("--out"), corpus, QStringLiteral("--posts"), QStringLiteral("5000"),
                      QStringLiteral("--seed"), QStringLiteral("4")}).exitCode, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("import"), dir} + asRoot + QStringList{QStringLiteral("--format"), QStringLiteral("slack"), corpus})
                     .exitCode, 0);

        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CUSTOS_KDF_TARGET_MS"), QStringLiteral("20"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(CUSTOS_CLI_PATH), QStringList{QStringLiteral("scan"), dir} + asRoot);
        QVERIFY(p.waitForStarted());
        QTest::qWait(400); // past start-up: the interrupt handler is in place, no batch is done yet
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QJsonObject interrupted = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(interrupted.value(QStringLiteral("cancelled")).toBool(), true);
        const qint64 first = interrupted.value(QStringLiteral("scanned")).toInteger();
        QVERIFY2(first > 0 && first < 5000, qPrintable(QString::number(first)));
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("continues")));

        const Run rest = cli(QStringList{QStringLiteral("scan"), dir} + asRoot);
        QCOMPARE(rest.exitCode, 0);
        const QJsonObject done = QJsonDocument::fromJson(rest.out).object();
        QCOMPARE(done.value(QStringLiteral("scanned")).toInteger(), 5000 - first); // nothing lost, nothing twice
        QCOMPARE(done.value(QStringLiteral("policy_version")).toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(cli(QStringList{QStringLiteral("scan"), dir} + asRoot).out).object()
                     .value(QStringLiteral("scanned")).toInteger(), 0);

        const QString bad = m_tmp.filePath(QStringLiteral("bad-publish.json"));
        test::writeFile(bad, "{\"name\":\"x\",\"rules\":[{\"id\":\"broken-rule\",\"category\":\"secret\",\"regex\":\"(\"}]}");
        const Run refused = cli(QStringList{QStringLiteral("policy"), QStringLiteral("publish"), dir, bad} + asRoot);
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains(QStringLiteral("broken-rule")), qPrintable(refused.err));
        QCOMPARE(QJsonDocument::fromJson(cli(QStringList{QStringLiteral("scan"), dir} + asRoot).out).object()
                     .value(QStringLiteral("policy_version")).toInt(), 1); // the version in force stays

        // flags: reviewers only; filtered; authors as pseudonyms.
        QCOMPARE(cli(QStringList{QStringLiteral("flags"), dir} + asRoot).exitCode, 3); // an administrator reviews nothing
        QCOMPARE(cli(QStringList{QStringLiteral("user"), QStringLiteral("add"), dir} + asRoot +
                     QStringList{QStringLiteral("--name"), QStringLiteral("ann"), QStringLiteral("--role"), QStringLiteral("investigator"),
                                 QStringLiteral("--new-passphrase-file"), m_annFile})
                     .exitCode, 0);
        const QStringList asAnn = {QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("--passphrase-file"), m_annFile};
        const Run listed = cli(QStringList{QStringLiteral("flags"), dir} + asAnn +
                               QStringList{QStringLiteral("--category"), QStringLiteral("pii"), QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> rows = listed.out.trimmed().split('\n');
        QVERIFY(rows.size() >= 3);
        for (const QByteArray& row : rows) {
            const QJsonObject o = QJsonDocument::fromJson(row).object();
            QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("pii"));
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
            QVERIFY(o.value(QStringLiteral("author")).toString().startsWith(QStringLiteral("Person ")));
            QVERIFY(!o.value(QStringLiteral("text")).toString().isEmpty());
        }
        QCOMPARE(cli(QStringList{QStringLiteral("flags"), dir} + asAnn + QStringList{QStringLiteral("--category"), QStringLiteral("gossip")})
                     .exitCode, 2);
        const Run text = cli(QStringList{QStringLiteral("flags"), dir} + asAnn + QStringList{QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.trimmed().split('\n').size(), 5);

        // The queue's other filters: rule, channel, policy version and a day, both ends included.
        const QJsonObject sample = QJsonDocument::fromJson(rows.first()).object();
        const QString day = sample.value(QStringLiteral("posted_at")).toString().left(10);
        const Run narrowed = cli(QStringList{QStringLiteral("flags"), dir} + asAnn +
                                 QStringList{QStringLiteral("--rule"), sample.value(QStringLiteral("rule")).toString(), QStringLiteral("--channel"),
                                             sample.value(QStringLiteral("channel")).toString(), QStringLiteral("--policy-version"),
                                             QStringLiteral("1"), QStringLiteral("--from"), day, QStringLiteral("--to"), day,
                                             QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(narrowed.exitCode, 0);
        const QList<QByteArray> narrowRows = narrowed.out.trimmed().split('\n');
        QVERIFY(!narrowRows.isEmpty());
        bool sawFirst = false;
        for (const QByteArray& row : narrowRows) {
            const QJsonObject o = QJsonDocument::fromJson(row).object();
            QCOMPARE(o.value(QStringLiteral("rule")), sample.value(QStringLiteral("rule")));
            QCOMPARE(o.value(QStringLiteral("channel")), sample.value(QStringLiteral("channel")));
            QCOMPARE(o.value(QStringLiteral("posted_at")).toString().left(10), day);
            sawFirst |= o.value(QStringLiteral("flag")) == sample.value(QStringLiteral("flag"));
        }
        QVERIFY(sawFirst);
        const Run nextDay = cli(QStringList{QStringLiteral("flags"), dir} + asAnn +
                                QStringList{QStringLiteral("--rule"), sample.value(QStringLiteral("rule")).toString(), QStringLiteral("--from"),
                                            QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate), QStringLiteral("--to"),
                                            QDate::fromString(day, Qt::ISODate).addDays(1).toString(Qt::ISODate), QStringLiteral("--format"),
                                            QStringLiteral("jsonl")});
        QCOMPARE(nextDay.exitCode, 0);
        QVERIFY(!nextDay.out.contains(QByteArray(QByteArray("\"flag\":") + QByteArray::number(sample.value(QStringLiteral("flag")).toInteger()) + ',')));
        const Run badDay = cli(QStringList{QStringLiteral("flags"), dir} + asAnn + QStringList{QStringLiteral("--from"), QStringLiteral("31/01/2024")});
        QCOMPARE(badDay.exitCode, 2);
        QVERIFY2(badDay.err.contains(QStringLiteral("YYYY-MM-DD")), qPrintable(badDay.err));
        QCOMPARE(cli(QStringList{QStringLiteral("flags"), dir} + asAnn + QStringList{QStringLiteral("--policy-version"), QStringLiteral("x")})
                     .exitCode, 2);
    }

    void benchQueueBuildsOnceThenReuses()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("bench-queue"));
        const QStringList args = {QStringLiteral("bench"), QStringLiteral("queue"), QStringLiteral("--posts"), QStringLiteral("2000"),
                                  QStringLiteral("--dir"), dir};
        const Run first = cli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject built = first.json();
        QVERIFY(built.contains(QStringLiteral("build_seconds")));
        QCOMPARE(built.value(QStringLiteral("posts")).toInteger(), 2000);
        QVERIFY(built.value(QStringLiteral("flagged_posts")).toInteger() > 0);
        QCOMPARE(built.value(QStringLiteral("first_page_rows")).toInteger(), built.value(QStringLiteral("flagged_posts")).toInteger());
        for (const char* key : {"first_page_ms", "filter_change_ms", "sort_change_ms", "search_ms", "peak_rss_mb"})
            QVERIFY2(built.value(QString::fromLatin1(key)).toDouble() > 0, key);
        const Run again = cli(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY(!again.json().contains(QStringLiteral("build_seconds"))); // reused
        QCOMPARE(cli({QStringLiteral("bench"), QStringLiteral("queue"), QStringLiteral("--posts"), QStringLiteral("5")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("bench"), QStringLiteral("disk")}).exitCode, 2);
    }

    void secondProcessIsRefusedWhileTheWorkspaceIsOpen()
    {
        const QString dir = init(QStringLiteral("held"));
        auto held = workspace::Workspace::open(dir, QStringLiteral("root"), QStringLiteral("root passphrase one"));
        QVERIFY2(held, qPrintable(held.status().message()));
        const auto before = test::fingerprint(dir);
        const Run r = cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root"),
                           QStringLiteral("--passphrase-file"), m_passFile});
        QCOMPARE(r.exitCode, 5);
        QVERIFY2(r.err.contains(QStringLiteral("already open by")), qPrintable(r.err));
        QVERIFY(r.err.contains(QString::number(QCoreApplication::applicationPid())));
        QCOMPARE(test::fingerprint(dir), before);
        held->reset();
        QCOMPARE(cli({QStringLiteral("info"), dir, QStringLiteral("--user"), QStringLiteral("root"),
                      QStringLiteral("--passphrase-file"), m_passFile})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

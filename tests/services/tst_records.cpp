// Record keeping: a purge deletes exactly what has expired and is neither held, in a case,
// nor undecided (a property test over random workspaces against a model of the rules);
// purged text is gone from every file of the workspace; tombstones and the certificate of
// disposition verify, and tampering is named; holds and rules are validated and audited;
// a cancelled or failed purge leaves whole batches and the next one finishes.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "audit/ContentCheck.h"
#include "audit/Verification.h"
#include "auditing/AuditService.h"
#include "cases/CaseService.h"
#include "domain/AuditActions.h"
#include "ingest/ImportService.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "records/Disposition.h"
#include "records/RetentionService.h"
#include "review/DecisionService.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using records::RetentionService;

namespace {

const QString kPass = QStringLiteral("compliance passphrase");
const QString kPolicy = QStringLiteral(
    "{\"name\":\"Retention test\",\"rules\":["
    "{\"id\":\"bully\",\"category\":\"harassment\",\"regex\":\"\\\\bbully\\\\b\"},"
    "{\"id\":\"leak\",\"category\":\"secret\",\"regex\":\"\\\\bleak\\\\b\"}]}");

struct Post
{
    QString channel;
    QString author;
    double ageDays = 0;
    QString text;
};

QString isoDaysAgo(double days)
{
    return QDateTime::currentDateTimeUtc().addSecs(-static_cast<qint64>(days * 86400)).toString(Qt::ISODate);
}

QString csvOf(const QList<Post>& posts)
{
    QString csv = QStringLiteral("id,channel,author,time,text\n");
    for (qsizetype i = 0; i < posts.size(); ++i)
        csv += QStringLiteral("m%1,%2,%3,%4,%5\n")
                   .arg(i)
                   .arg(posts[i].channel, posts[i].author, isoDaysAgo(posts[i].ageDays), posts[i].text);
    return csv;
}

Status importPosts(workspace::Session& session, const QString& dir, const QList<Post>& posts, const QString& name)
{
    const QString path = dir + u'/' + name + QStringLiteral(".csv");
    test::writeFile(path, csvOf(posts).toUtf8());
    ingest::ImportOptions options;
    options.format = QStringLiteral("csv");
    options.path = path;
    options.csv.id = QStringLiteral("id");
    auto done = ingest::ImportService(session).run(options);
    return done ? Status::success() : done.status();
}

QSet<qint64> ids(storage::Database& db, const QString& sql)
{
    QSet<qint64> out;
    storage::Statement s = db.prepare(sql);
    while (s.step())
        out.insert(s.int64(0));
    return out;
}

RetentionRule rule(DataClass c, std::optional<int> days, const QString& name = QStringLiteral("rule"))
{
    RetentionRule r;
    r.name = name;
    r.dataClass = c;
    r.periodDays = days;
    r.reason = QStringLiteral("test regulation");
    return r;
}

// Every file under dir holds none of `needle`'s bytes.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (test::readFile(path).contains(needle))
            out << path;
    }
    return out;
}

// A model of the rules, written from the product's description rather than its code.
struct Model
{
    struct RuleM
    {
        DataClass dataClass;
        std::optional<qint64> channel;
        std::optional<QString> category;
        std::optional<int> days;
    };
    struct HoldM
    {
        std::optional<qint64> person, channel, caseId;
        QString from, to; // days
        bool query = false; // "gamma"
    };
    QList<RuleM> rules;
    QList<HoldM> holds;

    // The period of a record: of the rules without a category that cover it, those for its
    // channel, else those for the whole workspace, the longest of them; a category rule
    // that covers it keeps it at least as long. nullopt: kept (no rule, or indefinitely).
    template <typename Covers> static std::optional<int> period(const QList<RuleM>& rules, DataClass c, Covers covers)
    {
        constexpr int kForever = 1 << 30;
        int base = -1;
        bool baseForChannel = false;
        int minimum = -1;
        for (const RuleM& r : rules) {
            if (r.dataClass != c || !covers(r))
                continue;
            const int days = r.days ? *r.days : kForever;
            if (r.category) {
                minimum = std::max(minimum, days);
            } else if (r.channel && !baseForChannel) {
                base = days;
                baseForChannel = true;
            } else if (r.channel || !baseForChannel) {
                base = std::max(base, days);
            }
        }
        const int days = std::max(base, minimum);
        if (days < 0 || days == kForever)
            return std::nullopt;
        return days;
    }
};

bool olderThan(const QString& at, int days)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t.addDays(days) < QDateTime::currentDateTimeUtc();
}

} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // A workspace with an administrator and a compliance officer; returns carla's session.
    std::unique_ptr<workspace::Session> compliance(const QString& dir, const QList<Post>& posts, bool scan)
    {
        {
            auto admin = test::createWorkspace(dir);
            if (!admin)
                return nullptr;
            if (!access::AdministrationService(*admin).addUser(QStringLiteral("carla"), QStringLiteral("Carla"),
                                                               Role::ComplianceOfficer, kPass))
                return nullptr;
            if (!importPosts(*admin, m_tmp.path(), posts, QFileInfo(dir).fileName()).ok())
                return nullptr;
            if (scan) {
                if (!policy::PolicyService(*admin).publish(kPolicy.toUtf8()))
                    return nullptr;
                if (!policy::ScanService(*admin).scan({}))
                    return nullptr;
            }
        }
        auto carla = workspace::Workspace::open(dir, QStringLiteral("carla"), kPass);
        return carla ? carla.takeValue() : nullptr;
    }

private Q_SLOTS:
    // Random posts, flags (decided long ago, lately or not at all), cases, holds and rules;
    // the purge deletes exactly the posts the model says have expired and may go.
    void purgeDeletesExactlyWhatHasExpiredAndMayGo_data()
    {
        QTest::addColumn<int>("seed");
        for (int seed = 1; seed <= 10; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void purgeDeletesExactlyWhatHasExpiredAndMayGo()
    {
        QFETCH(int, seed);
        QRandomGenerator rng(static_cast<quint32>(seed));
        static const char* const words[] = {"bully",  "leak",   "gamma", "budget", "lunch",  "sprint",
                                            "deploy", "review", "offsite", "coffee", "ticket", "standup"};
        QList<Post> posts;
        for (int i = 0; i < 120; ++i) {
            Post p;
            p.channel = QStringLiteral("chan-%1").arg(rng.bounded(4));
            p.author = QStringLiteral("user%1").arg(rng.bounded(6));
            p.ageDays = rng.bounded(400) + 0.5;
            p.text = QStringLiteral("note %1").arg(i);
            for (int w = 0; w < 3; ++w)
                p.text += u' ' + QLatin1String(words[rng.bounded(12)]);
            posts << p;
        }
        auto session = compliance(m_tmp.filePath(QStringLiteral("prop-%1").arg(seed)), posts, true);
        QVERIFY(session);
        storage::Database& db = session->database();

        // Decisions: a third dismissed, a third confirmed, a third left; decided ones backdated.
        review::DecisionService decisions(*session);
        const QList<qint64> flags = ids(db, QStringLiteral("SELECT id FROM flags ORDER BY id;")).values();
        QVERIFY(flags.size() > 10);
        for (const qint64 f : flags) {
            const int pick = rng.bounded(3);
            if (pick == 0)
                QVERIFY(decisions.dismiss({f}, DismissReason::FalsePositive).ok());
            else if (pick == 1)
                QVERIFY(decisions.confirm({f}).ok());
            if (pick < 2)
                QVERIFY(db.exec(QStringLiteral("UPDATE flags SET updated_at = '%1' WHERE id = %2;")
                                    .arg(isoDaysAgo(rng.bounded(400) + 0.5))
                                    .arg(f))
                            .ok());
        }
        // Two cases: one open, one closed long ago or lately.
        const QList<qint64> all = ids(db, QStringLiteral("SELECT id FROM posts;")).values();
        cases::CaseService caseService(*session);
        QList<qint64> caseIds;
        for (int c = 0; c < 2; ++c) {
            cases::NewCaseRequest r;
            r.fields.title = QStringLiteral("Case %1").arg(c);
            r.postIds = {all.at(rng.bounded(all.size())), all.at(rng.bounded(all.size()))};
            auto id = caseService.open(r);
            QVERIFY2(id, qPrintable(id.status().message()));
            caseIds << *id;
        }
        QVERIFY(caseService.setStatus(caseIds[1], CaseStatus::NoInvestigation).ok());
        QVERIFY(caseService.setStatus(caseIds[1], CaseStatus::Closed).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE cases SET closed_at = '%1' WHERE id = %2;")
                            .arg(isoDaysAgo(rng.bounded(400) + 0.5))
                            .arg(caseIds[1]))
                    .ok());

        RetentionService service(*session);
        Model model;
        const QList<qint64> channels = ids(db, QStringLiteral("SELECT id FROM channels ORDER BY id;")).values();
        const QList<qint64> people = ids(db, QStringLiteral("SELECT id FROM people ORDER BY id;")).values();
        auto addRule = [&](RetentionRule r, std::optional<QString> category) {
            auto added = service.addRule(r);
            QVERIFY2(added, qPrintable(added.status().message()));
            model.rules << Model::RuleM{r.dataClass, r.channelId, category, r.periodDays};
        };
        auto randomDays = [&]() -> std::optional<int> {
            if (rng.bounded(20) == 0)
                return std::nullopt;
            return 20 + static_cast<int>(rng.bounded(300));
        };
        addRule(rule(DataClass::Posts, randomDays()), std::nullopt);
        {
            RetentionRule r = rule(DataClass::Posts, randomDays());
            r.channelId = channels.at(rng.bounded(channels.size()));
            addRule(r, std::nullopt);
        }
        {
            RetentionRule r = rule(DataClass::Posts, randomDays());
            r.category = Category::Harassment;
            addRule(r, QStringLiteral("harassment"));
        }
        addRule(rule(DataClass::Flags, randomDays()), std::nullopt);
        {
            RetentionRule r = rule(DataClass::Flags, randomDays());
            r.category = Category::Secret;
            addRule(r, QStringLiteral("secret"));
        }
        addRule(rule(DataClass::Cases, 20 + static_cast<int>(rng.bounded(300))), std::nullopt);

        const int holdCount = static_cast<int>(rng.bounded(3));
        for (int h = 0; h < holdCount; ++h) {
            LegalHold hold;
            hold.matter = QStringLiteral("Matter %1").arg(h);
            hold.requestedBy = QStringLiteral("Counsel");
            Model::HoldM m;
            switch (rng.bounded(5)) {
            case 0:
                m.person = hold.personId = people.at(rng.bounded(people.size()));
                break;
            case 1:
                m.channel = hold.channelId = channels.at(rng.bounded(channels.size()));
                break;
            case 2:
                m.caseId = hold.caseId = caseIds.at(rng.bounded(2));
                break;
            case 3:
                m.from = hold.from = QDateTime::currentDateTimeUtc().addDays(-300).date().toString(Qt::ISODate);
                m.to = hold.to = QDateTime::currentDateTimeUtc().addDays(-150).date().toString(Qt::ISODate);
                break;
            default:
                hold.query = QStringLiteral("gamma");
                m.query = true;
                m.channel = hold.channelId = channels.at(rng.bounded(channels.size()));
            }
            auto placed = service.placeHold(hold);
            QVERIFY2(placed, qPrintable(placed.status().message()));
            model.holds << m;
        }

        // The closed case goes when its rule has run out and no hold names it or a party of it.
        QString closedAt;
        {
            storage::Statement c = db.prepare(QStringLiteral("SELECT closed_at FROM cases WHERE id = %1;").arg(caseIds[1]));
            QVERIFY(c.step());
            closedAt = c.text(0);
        }
        const QSet<qint64> parties =
            ids(db, QStringLiteral("SELECT person_id FROM case_parties WHERE case_id = %1 AND person_id IS NOT NULL;").arg(caseIds[1]));
        const auto caseDays = Model::period(model.rules, DataClass::Cases, [](const Model::RuleM&) { return true; });
        const bool caseHeld = std::any_of(model.holds.begin(), model.holds.end(), [&](const Model::HoldM& h) {
            return (h.caseId && *h.caseId == caseIds[1]) || (!h.caseId && h.person && parties.contains(*h.person));
        });
        QHash<qint64, QSet<qint64>> casePosts;
        {
            storage::Statement s = db.prepare(QStringLiteral("SELECT case_id, post_id FROM case_posts;"));
            while (s.step())
                casePosts[s.int64(0)].insert(s.int64(1));
        }
        const bool caseGone = caseDays && olderThan(closedAt, *caseDays) && !caseHeld;

        // The model's verdict on every post.
        QSet<qint64> expectedGone;
        const QSet<qint64> gammaPosts = ids(db, QStringLiteral("SELECT id FROM posts WHERE text LIKE '%gamma%';"));
        storage::Statement s = db.prepare(QStringLiteral("SELECT id, channel_id, author_id, posted_at FROM posts;"));
        while (s.step()) {
            const qint64 id = s.int64(0);
            const qint64 channel = s.int64(1);
            const qint64 author = s.int64(2);
            const QString postedAt = s.text(3);
            struct F
            {
                QString category, status, decidedAt;
            };
            QList<F> fl;
            storage::Statement f = db.prepare(
                QStringLiteral("SELECT category, status, coalesce(updated_at, created_at) FROM flags WHERE post_id = %1;").arg(id));
            while (f.step())
                fl << F{f.text(0), f.text(1), f.text(2)};
            const auto days = Model::period(model.rules, DataClass::Posts, [&](const Model::RuleM& r) {
                if (r.channel && *r.channel != channel)
                    return false;
                if (r.category)
                    return std::any_of(fl.begin(), fl.end(), [&](const F& x) { return x.category == *r.category; });
                return true;
            });
            if (!days || !olderThan(postedAt, *days))
                continue;
            const QString day = postedAt.left(10);
            const bool held = std::any_of(model.holds.begin(), model.holds.end(), [&](const Model::HoldM& h) {
                return (!h.person || *h.person == author) && (!h.channel || *h.channel == channel) &&
                       (!h.caseId || casePosts.value(*h.caseId).contains(id)) && (h.from.isEmpty() || day >= h.from) &&
                       (h.to.isEmpty() || day <= h.to) && (!h.query || gammaPosts.contains(id));
            });
            if (held)
                continue;
            // A post in a case stays while the case does (a case purged now frees its posts).
            if (casePosts.value(caseIds[0]).contains(id) || (!caseGone && casePosts.value(caseIds[1]).contains(id)))
                continue;
            bool keep = false;
            for (const F& x : fl) {
                if (x.status != QLatin1String("dismissed") && x.status != QLatin1String("resolved")) {
                    keep = true; // undecided
                    break;
                }
                const auto flagDays = Model::period(model.rules, DataClass::Flags, [&](const Model::RuleM& r) {
                    return (!r.channel || *r.channel == channel) && (!r.category || *r.category == x.category);
                });
                if (!flagDays || !olderThan(x.decidedAt, *flagDays)) {
                    keep = true;
                    break;
                }
            }
            if (!keep)
                expectedGone.insert(id);
        }
        auto preview = service.preview();
        QVERIFY2(preview, qPrintable(preview.status().message()));
        QCOMPARE(preview->postsToPurge(), qint64(expectedGone.size()));
        qInfo("seed %d: %lld of %lld posts expire and may go, %d hold(s), case %s", seed, qint64(expectedGone.size()), qint64(all.size()), holdCount, caseGone ? "goes" : "stays");
        QCOMPARE(preview->casesToPurge(), qint64(caseGone ? 1 : 0));

        const QSet<qint64> before = ids(db, QStringLiteral("SELECT id FROM posts;"));
        const qint64 flagsOfGone = expectedGone.isEmpty()
                                       ? 0
                                       : test::scalar(db, QStringLiteral("SELECT count(*) FROM flags WHERE post_id IN (%1);")
                                                              .arg([&] {
                                                                  QStringList l;
                                                                  for (const qint64 id : expectedGone)
                                                                      l << QString::number(id);
                                                                  return l.join(u',');
                                                              }()));
        records::PurgeOptions options;
        options.batchSize = 7;
        auto purged = service.purge(options);
        QVERIFY2(purged, qPrintable(purged.status().message()));
        QCOMPARE(purged->status, PurgeStatus::Done);
        const QSet<qint64> after = ids(db, QStringLiteral("SELECT id FROM posts;"));
        QCOMPARE(before - after, expectedGone);
        QCOMPARE(purged->purged.value(TombstoneKind::Post), qint64(expectedGone.size()));
        QCOMPARE(purged->purged.value(TombstoneKind::Flag), flagsOfGone);
        QCOMPARE(purged->purged.value(TombstoneKind::Case), qint64(caseGone ? 1 : 0));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM cases WHERE id = %1;").arg(caseIds[1])), caseGone ? 0 : 1);
        QCOMPARE(ids(db, QStringLiteral("SELECT object_id FROM tombstones WHERE kind = 'post';")), expectedGone);
        // Nothing of a purged post stays: versions, flags, decisions, search entries.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM flags WHERE post_id NOT IN (SELECT id FROM posts);")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM flag_decisions WHERE flag_id NOT IN (SELECT id FROM flags);")), 0);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'note';")), qint64(after.size()));
        // The log and the deep verification still hold: tombstones stand in for the rows.
        QVERIFY(audit::verifyDatabase(db).ok());
        auto content = audit::checkContent(db);
        QVERIFY(content);
        QVERIFY2(content->differences.isEmpty(), qPrintable(content->differences.join(u'\n')));
        // A second purge finds nothing more.
        auto again = service.preview();
        QVERIFY(again);
        QCOMPARE(again->postsToPurge(), 0);
    }

    // The canary: after the purge no byte of the purged text is left in any file of the
    // workspace (database, journals, FTS segments, free pages). The workspace is a plain
    // one so that a text left anywhere could be found; the canary is made at run time.
    void purgedTextIsGoneFromEveryFile()
    {
        const QByteArray canary = "zq" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "canary";
        const QByteArray edited = "zq" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "edited";
        const QString dir = m_tmp.filePath(QStringLiteral("plain"));
        workspace::NewWorkspace spec{dir, QStringLiteral("admin"), QStringLiteral("Ada Admin"), test::kAdminPassphrase,
                                     test::fastKdf()};
        spec.encrypted = false;
        auto session = workspace::Workspace::create(spec);
        QVERIFY2(session, qPrintable(session.status().message()));
        QList<Post> posts;
        for (int i = 0; i < 60; ++i)
            posts << Post{QStringLiteral("general"), QStringLiteral("user%1").arg(i % 3), i < 30 ? 200.5 : 2.5,
                          i == 7 ? QString::fromLatin1(canary + " in the first version") : QStringLiteral("ordinary words %1").arg(i)};
        QVERIFY(importPosts(**session, m_tmp.path(), posts, QStringLiteral("plain")).ok());
        // The same post edited: the first text becomes an earlier version.
        posts[7].text = QString::fromLatin1(edited + " now");
        QVERIFY(importPosts(**session, m_tmp.path(), posts, QStringLiteral("plain")).ok());
        QCOMPARE(test::scalar((*session)->database(), QStringLiteral("SELECT count(*) FROM post_versions;")), 1);
        QVERIFY(!filesContaining(dir, canary).isEmpty()); // the check can find it
        RetentionService service(**session);
        QVERIFY(service.addRule(rule(DataClass::Posts, 90)));
        auto purged = service.purge({});
        QVERIFY2(purged, qPrintable(purged.status().message()));
        QCOMPARE(purged->purged.value(TombstoneKind::Post), 30);
        QCOMPARE(purged->purged.value(TombstoneKind::Version), 1);
        session->reset();
        QCOMPARE(filesContaining(dir, canary), QStringList());
        QCOMPARE(filesContaining(dir, edited), QStringList());
        QVERIFY(!filesContaining(dir, "ordinary words 45").isEmpty()); // what was kept is still there
    }

    // The certificate verifies with an audit export alone; a changed tombstone is named,
    // one left out is counted, a changed rule is caught, another workspace's log refuses it.
    void certificateVerifiesAndTamperingIsNamed()
    {
        QList<Post> posts;
        for (int i = 0; i < 40; ++i)
            posts << Post{QStringLiteral("general"), QStringLiteral("user%1").arg(i % 4), i % 2 ? 300.5 : 1.5,
                          QStringLiteral("message %1").arg(i)};
        const QString dir = m_tmp.filePath(QStringLiteral("cert"));
        auto session = compliance(dir, posts, false);
        QVERIFY(session);
        RetentionService service(*session);
        QVERIFY(service.addRule(rule(DataClass::Posts, 60, QStringLiteral("Chat: 60 days"))));
        records::PurgeOptions options;
        options.batchSize = 6;
        auto purged = service.purge(options);
        QVERIFY(purged);
        QCOMPARE(purged->purged.value(TombstoneKind::Post), 20);
        QCOMPARE(purged->batches, 4);
        QCOMPARE(service.certificate(999).status().code(), ErrorCode::NotFound);
        auto cert = service.certificate(purged->purgeId);
        QVERIFY2(cert, qPrintable(cert.status().message()));
        QCOMPARE(cert->value(QStringLiteral("tombstones")).toArray().size(), 20);
        const QString bundle = m_tmp.filePath(QStringLiteral("cert-export"));
        const Status written = auditing::AuditService(*session).exportBundle(bundle);
        QVERIFY2(written.ok(), qPrintable(written.message()));

        auto report = records::verifyCertificate(*cert, bundle);
        QVERIFY2(report, qPrintable(report.status().message()));
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->tombstones, 20);
        QCOMPARE(report->batches, 4);

        auto tampered = [&](const std::function<void(QJsonObject&)>& change) {
            QJsonObject c = *cert;
            change(c);
            auto r = records::verifyCertificate(c, bundle);
            return r ? r->problems.join(u'\n') : r.status().message();
        };
        auto withStone = [](QJsonObject& c, int index, const std::function<void(QJsonObject&)>& change) {
            QJsonArray stones = c.value(QStringLiteral("tombstones")).toArray();
            QJsonObject t = stones.at(index).toObject();
            change(t);
            stones[index] = t;
            c.insert(QStringLiteral("tombstones"), stones);
        };
        const qint64 seventh = cert->value(QStringLiteral("tombstones")).toArray().at(7).toObject().value(QStringLiteral("id")).toInteger();
        const QString changedHash = tampered([&](QJsonObject& c) {
            withStone(c, 7, [](QJsonObject& t) { t.insert(QStringLiteral("content_hash"), QString(64, u'0')); });
        });
        QVERIFY2(changedHash.contains(QStringLiteral("Post %1 differs").arg(seventh)), qPrintable(changedHash));
        const QString changedTime = tampered([&](QJsonObject& c) {
            withStone(c, 7, [](QJsonObject& t) { t.insert(QStringLiteral("event_at"), QStringLiteral("2020-01-01T00:00:00.000Z")); });
        });
        QVERIFY2(changedTime.contains(QStringLiteral("Post %1 differs").arg(seventh)), qPrintable(changedTime));
        const QString leftOut = tampered([](QJsonObject& c) {
            QJsonArray stones = c.value(QStringLiteral("tombstones")).toArray();
            stones.removeLast();
            c.insert(QStringLiteral("tombstones"), stones);
        });
        QVERIFY2(leftOut.contains(QStringLiteral("1 left out")), qPrintable(leftOut));
        const QString shorterRule = tampered([](QJsonObject& c) {
            QJsonArray rules = c.value(QStringLiteral("rules")).toArray();
            QJsonObject r = rules.at(0).toObject();
            r.insert(QStringLiteral("period_days"), 5);
            rules[0] = r;
            c.insert(QStringLiteral("rules"), rules);
        });
        QVERIFY2(shorterRule.contains(QStringLiteral("differs from what the purge signed")), qPrintable(shorterRule));
        QVERIFY(!records::verifyCertificate(QJsonObject{{QStringLiteral("format"), QStringLiteral("x")}}, bundle));

        // The log of another workspace does not confirm it.
        const QString otherDir = m_tmp.filePath(QStringLiteral("cert-other"));
        auto other = test::createWorkspace(otherDir);
        QVERIFY(other);
        const QString otherBundle = m_tmp.filePath(QStringLiteral("cert-other-export"));
        QVERIFY(auditing::AuditService(*other).exportBundle(otherBundle).ok());
        auto foreign = records::verifyCertificate(*cert, otherBundle);
        QVERIFY(!foreign || !foreign->ok());

        // The deep verification names a tombstone changed in the workspace.
        QVERIFY(session->database().exec(QStringLiteral("UPDATE tombstones SET rule_id = 77 WHERE id = 3;")).ok());
        auto content = audit::checkContent(session->database());
        QVERIFY(content);
        QVERIFY2(content->differences.join(u'\n').contains(QStringLiteral("is not one the purge batch")),
                 qPrintable(content->differences.join(u'\n')));
    }

    void holdsAndRulesAreCheckedAndAudited()
    {
        QList<Post> posts;
        for (int i = 0; i < 12; ++i)
            posts << Post{QStringLiteral("c%1").arg(i % 2), QStringLiteral("user%1").arg(i % 3), 100.5,
                          QStringLiteral("text %1 gamma").arg(i)};
        auto session = compliance(m_tmp.filePath(QStringLiteral("holds")), posts, false);
        QVERIFY(session);
        storage::Database& db = session->database();
        RetentionService service(*session);
        // Rules
        QCOMPARE(service.addRule(rule(DataClass::Posts, 0)).status().code(), ErrorCode::InvalidArgument);
        RetentionRule noReason = rule(DataClass::Posts, 10);
        noReason.reason.clear();
        QCOMPARE(service.addRule(noReason).status().code(), ErrorCode::InvalidArgument);
        RetentionRule scopedCase = rule(DataClass::Cases, 10);
        scopedCase.category = Category::Threat;
        QCOMPARE(service.addRule(scopedCase).status().code(), ErrorCode::InvalidArgument);
        RetentionRule unknownChannel = rule(DataClass::Posts, 10);
        unknownChannel.channelId = 4242;
        QCOMPARE(service.addRule(unknownChannel).status().code(), ErrorCode::NotFound);
        auto added = service.addRule(rule(DataClass::Posts, 30));
        QVERIFY(added);
        QCOMPARE(service.retireRule(added->id, {}).code(), ErrorCode::InvalidArgument);
        QVERIFY(service.retireRule(added->id, QStringLiteral("replaced")).ok());
        QCOMPARE(service.retireRule(added->id, QStringLiteral("again")).code(), ErrorCode::NotFound);
        QCOMPARE(service.rules()->size(), 0);
        QCOMPARE(service.rules(true)->size(), 1);
        // With no rule in force nothing is purged.
        auto nothing = service.preview();
        QVERIFY(nothing);
        QCOMPARE(nothing->postsToPurge(), 0);
        QCOMPARE(nothing->kept.value(TombstoneKind::Post).value(KeepReason::NoRule), 12);

        // Holds
        LegalHold hold;
        hold.matter = QStringLiteral("Smith v. Example GmbH");
        hold.requestedBy = QStringLiteral("Outside counsel");
        QCOMPARE(service.placeHold(hold).status().code(), ErrorCode::InvalidArgument); // no criterion
        hold.query = QStringLiteral("\"unbalanced");
        QCOMPARE(service.placeHold(hold).status().code(), ErrorCode::InvalidArgument);
        hold.query.clear();
        hold.from = QStringLiteral("2026-13-01");
        QCOMPARE(service.placeHold(hold).status().code(), ErrorCode::InvalidArgument);
        hold.from = QStringLiteral("2026-05-01");
        hold.to = QStringLiteral("2026-04-01");
        QCOMPARE(service.placeHold(hold).status().code(), ErrorCode::InvalidArgument);
        hold.from.clear();
        hold.to.clear();
        hold.personId = 4242;
        QCOMPARE(service.placeHold(hold).status().code(), ErrorCode::NotFound);
        const qint64 person = test::scalar(db, QStringLiteral("SELECT min(id) FROM people;"));
        hold.personId = person;
        auto placed = service.placeHold(hold);
        QVERIFY2(placed, qPrintable(placed.status().message()));
        QVERIFY(service.addRule(rule(DataClass::Posts, 30)));
        auto preview = service.preview();
        QVERIFY(preview);
        QCOMPARE(preview->kept.value(TombstoneKind::Post).value(KeepReason::LegalHold), 4);
        QCOMPARE(preview->postsToPurge(), 8);
        QVERIFY(std::any_of(preview->keptSamples.begin(), preview->keptSamples.end(), [&](const KeptSample& k) {
            return k.reason == KeepReason::LegalHold && k.detail == hold.matter;
        }));

        // Shown by pseudonym, as every person is until revealed; the notice names them.
        storage::Statement nameOf = db.prepare(QStringLiteral("SELECT display_name FROM people WHERE id = %1;").arg(person));
        QVERIFY(nameOf.step());
        const QString realName = nameOf.text(0);
        const QString pseudonym = service.holds()->first().personName;
        QVERIFY(!pseudonym.isEmpty());
        QVERIFY(pseudonym != realName);
        const qint64 noticesBefore = test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'hold.notice';"));
        QCOMPARE(service.custodians(placed->id)->first().personName, pseudonym); // listing them records nothing
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'hold.notice';")), noticesBefore);
        auto notices = service.notices(placed->id);
        QVERIFY(notices);
        QCOMPARE(notices->size(), 1);
        QVERIFY(notices->first().text.contains(realName));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'hold.notice';")), noticesBefore + 1);
        QVERIFY(notices->first().text.contains(hold.matter));
        QVERIFY(notices->first().text.contains(QStringLiteral("Outside counsel")));
        QCOMPARE(service.acknowledge(placed->id, person + 1, {}).code(), ErrorCode::InvalidArgument); // not a custodian
        QVERIFY(service.acknowledge(placed->id, person, QStringLiteral("2026-11-30")).ok());
        QCOMPARE(service.notices(placed->id)->first().acknowledgedAt, QStringLiteral("2026-11-30"));

        QCOMPARE(service.releaseHold(placed->id, QStringLiteral(" ")).code(), ErrorCode::InvalidArgument);
        QVERIFY(service.releaseHold(placed->id, QStringLiteral("settled")).ok());
        QCOMPARE(service.releaseHold(placed->id, QStringLiteral("settled")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(service.holds()->size(), 0);
        QCOMPARE(service.holds(true)->first().releaseReason, QStringLiteral("settled"));
        QCOMPARE(service.preview()->postsToPurge(), 12);
        for (const QString& action : {actions::kRetentionRule, actions::kRetentionRuleRetire, actions::kHoldPlace,
                                      actions::kHoldNotice, actions::kHoldAcknowledge, actions::kHoldRelease})
            QVERIFY2(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = '%1';").arg(action)) > 0,
                     qPrintable(action));
        // The matter's name is not in the log, only its hash.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM audit_entries WHERE details LIKE '%Smith%';")), 0);
    }

    // A cancelled purge leaves whole batches; a purge that fails half-way stays "running"
    // until the next one marks it interrupted and finishes the work; both verify.
    void cancelledAndFailedPurgesLeaveWholeBatches()
    {
        QList<Post> posts;
        for (int i = 0; i < 30; ++i)
            posts << Post{QStringLiteral("general"), QStringLiteral("user%1").arg(i % 3), 100.5, QStringLiteral("old %1").arg(i)};
        auto session = compliance(m_tmp.filePath(QStringLiteral("cancel")), posts, false);
        QVERIFY(session);
        storage::Database& db = session->database();
        RetentionService service(*session);
        QVERIFY(service.addRule(rule(DataClass::Posts, 30)));
        records::PurgeOptions options;
        options.batchSize = 5;
        int calls = 0;
        options.progress = [&](qint64, qint64) { return ++calls < 3; };
        auto cancelled = service.purge(options);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->status, PurgeStatus::Cancelled);
        QCOMPARE(cancelled->purged.value(TombstoneKind::Post), 10);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 20);

        // The third batch's entry cannot be written: that batch is rolled back whole.
        options.progress = [&](qint64 done, qint64) {
            if (done == 10)
                audit::AuditLog::failNextAppendForTesting();
            return true;
        };
        QVERIFY(!service.purge(options));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 10);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM tombstones;")), 20);
        QCOMPARE(service.purges()->first().status, PurgeStatus::Running);

        options.progress = {};
        auto finished = service.purge(options);
        QVERIFY(finished);
        QCOMPARE(finished->interrupted.size(), 1);
        QCOMPARE(finished->purged.value(TombstoneKind::Post), 10);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 0);
        const auto history = service.purges();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).status, PurgeStatus::Interrupted);
        QCOMPARE(history->at(2).status, PurgeStatus::Cancelled);
        QVERIFY(audit::verifyDatabase(db).ok());
        auto content = audit::checkContent(db);
        QVERIFY(content);
        QVERIFY2(content->differences.isEmpty(), qPrintable(content->differences.join(u'\n')));
        // The interrupted purge's certificate lists its committed batches and verifies.
        auto cert = service.certificate(history->at(1).id);
        QVERIFY(cert);
        QCOMPARE(cert->value(QStringLiteral("tombstones")).toArray().size(), 10);
        const QString bundle = m_tmp.filePath(QStringLiteral("cancel-export"));
        QVERIFY(auditing::AuditService(*session).exportBundle(bundle).ok());
        auto report = records::verifyCertificate(*cert, bundle);
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"

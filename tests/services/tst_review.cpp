// Review decisions as the service enforces them: every decision audited in the same
// transaction; the role matrix (allowed roles succeed, others are refused by the
// service); dismiss with a reason, bulk decisions, assign and escalate; the four-eyes
// takedown (the requester can never approve their own request, whatever their roles)
// and the order it produces, with both signatures.
#include "TestSupport.h"
#include "cases/CaseService.h"
#include "access/AdministrationService.h"
#include "audit/Verification.h"
#include "policy/PolicyService.h"
#include "policy/ScanService.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "review/Pseudonyms.h"
#include "review/DecisionService.h"
#include "review/IdentityService.h"
#include "review/QueueService.h"
#include "review/TakedownService.h"
#include "demo/DemoWorkspace.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QSet>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace custos;
using namespace custos::demo;

namespace {

const QString kPass = QStringLiteral("review passphrase");

} // namespace

class TestReview : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<workspace::Session> m_session;

    // Signs in as `user`, closing whoever was signed in (one session per workspace).
    workspace::Session& as(const QString& user)
    {
        m_session.reset();
        auto s = workspace::Workspace::open(m_dir, user, user == QLatin1String("admin") ? test::kAdminPassphrase : kPass);
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        m_session = s.takeValue();
        return *m_session;
    }

    QList<qint64> flagIds(const QString& where = QStringLiteral("1 = 1"))
    {
        QList<qint64> ids;
        storage::Statement s = m_session->database().prepare(QStringLiteral("SELECT id FROM flags WHERE %1 ORDER BY id;").arg(where));
        while (s.step())
            ids << s.int64(0);
        return ids;
    }

    qint64 postOf(qint64 flagId)
    {
        return test::scalar(m_session->database(), QStringLiteral("SELECT post_id FROM flags WHERE id = %1;").arg(flagId));
    }

private Q_SLOTS:
    // The demo workspace the README starts the console on: its queue has work in it.
    void demoWorkspaceArrivesScanned()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("demo"));
        // A demo left by an earlier Custos (one key for every role, a write-ahead log, its
        // lock file): made again in the current format, not refused.
        QDir().mkpath(dir);
        test::writeFile(dir + QStringLiteral("/custos.keyring"), "CUSTOS-KEYRING 1\n{\"body\": \"{}\"}");
        test::writeFile(dir + QStringLiteral("/custos.db"), QByteArray(8192, 'x'));
        test::writeFile(dir + QStringLiteral("/custos.db-wal"), QByteArray(100, 'x'));
        test::writeFile(dir + QStringLiteral("/custos.lock"), "4242\nold-host\ncustos\n");
        auto created = demo::DemoWorkspace::ensure(dir);
        QVERIFY2(created, qPrintable(created.status().message()));
        QVERIFY(*created);
        auto second = demo::DemoWorkspace::ensure(dir);
        QVERIFY(second && !*second); // there already: left as it is
        auto carla = workspace::Workspace::open(dir, QStringLiteral("carla"), demo::DemoWorkspace::passphrase());
        QVERIFY2(carla, qPrintable(carla.status().message()));
        auto count = review::QueueService(**carla).count({});
        QVERIFY(count);
        QVERIFY2(*count > 20, qPrintable(QString::number(*count)));
        auto page = review::QueueService(**carla).page({}, domain::QueueSort::Severity, false, 10, 0);
        QVERIFY(page && !page->isEmpty());
        QCOMPARE(page->first().row.severity, domain::Severity::Critical);

        // Cases in each state: investigating (from planted flags, with a repeat offender),
        // an anonymous report at triage, one closed with an outcome, one under appeal.
        cases::CaseService cases(**carla);
        auto rows = cases.list({});
        QVERIFY2(rows, qPrintable(rows.status().message()));
        QMap<domain::CaseStatus, qint64> byStatus;
        for (const domain::CaseRow& r : *rows)
            byStatus.insert(r.status, r.id);
        QCOMPARE(rows->size(), 4);
        QVERIFY(byStatus.contains(domain::CaseStatus::Triage) && byStatus.contains(domain::CaseStatus::Investigating) &&
                byStatus.contains(domain::CaseStatus::Closed) && byStatus.contains(domain::CaseStatus::Outcome));
        auto anonymous = cases.show(byStatus.value(domain::CaseStatus::Triage));
        QVERIFY(anonymous);
        QCOMPARE(anonymous->record.row.intake, domain::IntakeChannel::Anonymous);
        QVERIFY(anonymous->parties.first().party.anonymous && anonymous->parties.first().party.name.isEmpty());
        auto appealed = cases.show(byStatus.value(domain::CaseStatus::Outcome));
        QVERIFY(appealed);
        QCOMPARE(appealed->appeals.size(), 1);
        QCOMPARE(appealed->appeals.first().status, domain::AppealStatus::Pending);
        // The compliance officer may decide it: the outcome was decided by the investigator.
        QVERIFY(appealed->outcomes.first().decidedBy != (*carla)->user().id);
        const qint64 current = byStatus.value(domain::CaseStatus::Investigating);
        auto timeline = cases.timeline(current);
        QVERIFY(timeline);
        QSet<domain::TimelineKind> kinds;
        for (const domain::TimelineItem& i : *timeline)
            kinds.insert(i.kind);
        for (domain::TimelineKind k : {domain::TimelineKind::Post, domain::TimelineKind::Note, domain::TimelineKind::Interview,
                                       domain::TimelineKind::Evidence, domain::TimelineKind::Task, domain::TimelineKind::Party})
            QVERIFY2(kinds.contains(k), qPrintable(domain::key(k)));
        // The closed case's respondent is a respondent here too: their written warning shows.
        auto view = cases.show(current);
        qint64 repeated = 0;
        for (const cases::PartyView& p : view->parties) {
            if (p.party.role != domain::PartyRole::Respondent)
                continue;
            auto h = cases.repeatHistory(current, p.party.id);
            QVERIFY(h);
            if (!h->sanctions.isEmpty() && h->sanctions.first().sanction == domain::Sanction::WrittenWarning)
                repeated = p.party.id;
        }
        QVERIFY(repeated > 0);
        QVERIFY(std::any_of(rows->cbegin(), rows->cend(), [](const domain::CaseRow& r) { return r.overdueTasks > 0; }));
    }

    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        m_session = test::createWorkspace(m_dir);
        QVERIFY(m_session);
        access::AdministrationService admin(*m_session);
        const QList<std::pair<QString, domain::Role>> users = {{QStringLiteral("carla"), domain::Role::ComplianceOfficer},
                                                               {QStringLiteral("cody"), domain::Role::ComplianceOfficer},
                                                               {QStringLiteral("henri"), domain::Role::HrInvestigator},
                                                               {QStringLiteral("mona"), domain::Role::Manager},
                                                               {QStringLiteral("otto"), domain::Role::Auditor}};
        for (const auto& [name, role] : users)
            QVERIFY(admin.addUser(name, name.toUpper(), role, kPass));
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 3000, 21));
        QVERIFY(ingest::ImportService(*m_session).run({QStringLiteral("slack"), corpus, {}, 2000, {}}));
        QVERIFY(policy::ScanService(*m_session).scan({}));
        QVERIFY2(flagIds().size() >= 20, qPrintable(QString::number(flagIds().size())));
    }

    void roleMatrixIsEnforcedByTheService()
    {
        const QList<std::pair<QString, bool>> reviewers = {{QStringLiteral("admin"), false}, {QStringLiteral("carla"), true},
                                                           {QStringLiteral("henri"), true}, {QStringLiteral("mona"), false},
                                                           {QStringLiteral("otto"), false}};
        for (const auto& [user, allowed] : reviewers) {
            // Read as an administrator: a manager's or auditor's keys do not open the flags.
            as(QStringLiteral("admin"));
            const QList<qint64> ids = flagIds();
            const qint64 takedownPost = postOf(ids.at(5 + (user == QLatin1String("henri") ? 1 : 0)));
            workspace::Session& s = as(user);
            const qint64 entriesBefore = test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries;"));
            const QList<Status> results = {
                review::DecisionService(s).dismiss({ids.at(0)}, domain::DismissReason::FalsePositive),
                review::DecisionService(s).confirm({ids.at(1)}),
                review::DecisionService(s).comment(ids.at(2), QStringLiteral("seen")),
                review::DecisionService(s).assign({ids.at(3)}),
                review::DecisionService(s).escalate({ids.at(4)}, QStringLiteral("carla"), QStringLiteral("needs a second look")),
                review::TakedownService(s).request(takedownPost, QStringLiteral("leaked card"),
                                               QStringLiteral("Data policy 4.2"))
                    .status(),
            };
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (allowed)
                    QVERIFY2(results.at(i).ok(), qPrintable(user + QLatin1Char(' ') + QString::number(i) + QLatin1Char(' ') + results.at(i).message()));
                else
                    QVERIFY2(results.at(i).code() == ErrorCode::PermissionDenied, qPrintable(user + QLatin1Char(' ') + QString::number(i)));
            }
            const qint64 entriesAfter = test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries;"));
            QCOMPARE(entriesAfter - entriesBefore, allowed ? qint64(results.size()) : qint64(0)); // one entry per decision, none when refused
        }
        // Approving takedowns: compliance officers only.
        const qint64 pending =
            test::scalar(as(QStringLiteral("admin")).database(), QStringLiteral("SELECT min(id) FROM takedowns WHERE status = 'pending';"));
        for (const QString& user : {QStringLiteral("admin"), QStringLiteral("henri"), QStringLiteral("mona"), QStringLiteral("otto")}) {
            workspace::Session& s = as(user);
            QCOMPARE(review::TakedownService(s).decide(pending, true, QStringLiteral("ok")).code(), ErrorCode::PermissionDenied);
        }
    }

    void dismissAndBulkDecisionsAreRecorded()
    {
        workspace::Session& s = as(QStringLiteral("henri"));
        const QList<qint64> fresh = flagIds(QStringLiteral("status = 'new'"));
        QVERIFY(fresh.size() >= 5);
        const QList<qint64> bulk = fresh.mid(0, 3);
        QVERIFY(review::DecisionService(s).dismiss(bulk, domain::DismissReason::AcceptableInContext, QStringLiteral("team banter")).ok());
        for (const qint64 id : bulk) {
            QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM flags WHERE id = %1 AND status = 'dismissed';").arg(id)), 1);
            QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM flag_decisions WHERE flag_id = %1 AND action = 'dismiss' "
                                                         "AND reason = 'acceptable_in_context' AND note = 'team banter';").arg(id)), 1);
        }
        QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'flag.dismiss' AND details LIKE "
                                                     "'%acceptable_in_context%';")), 1); // one entry covers the bulk decision

        // Unhappy paths: nothing selected, a flag that does not exist, escalation without a
        // note or to someone who does not review. Nothing changes.
        const qint64 before = test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries;"));
        QCOMPARE(review::DecisionService(s).dismiss({}, domain::DismissReason::Duplicate).code(), ErrorCode::InvalidArgument);
        QCOMPARE(review::DecisionService(s).dismiss({fresh.at(3), 99999999}, domain::DismissReason::Duplicate).code(), ErrorCode::NotFound);
        QCOMPARE(review::DecisionService(s).escalate({fresh.at(3)}, QStringLiteral("carla"), QStringLiteral("  ")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(review::DecisionService(s).escalate({fresh.at(3)}, QStringLiteral("mona"), QStringLiteral("why")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(review::DecisionService(s).escalate({fresh.at(3)}, QStringLiteral("nobody"), QStringLiteral("why")).code(), ErrorCode::NotFound);
        QCOMPARE(review::DecisionService(s).comment(fresh.at(3), QStringLiteral(" ")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries;")), before);
        QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM flags WHERE id = %1 AND status = 'new';").arg(fresh.at(3))), 1);

        // Escalation assigns the flag to the other reviewer.
        QVERIFY(review::DecisionService(s).escalate({fresh.at(4)}, QStringLiteral("carla"), QStringLiteral("possible leak, your call")).ok());
        QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM flags f JOIN users u ON u.id = f.assignee_id WHERE f.id = %1 "
                                                     "AND u.name = 'carla' AND f.status = 'escalated';").arg(fresh.at(4))), 1);
    }

    void authorsArePseudonymousUntilRevealedWithAReason()
    {
        workspace::Session& carla = as(QStringLiteral("carla"));
        auto items = review::QueueService(carla).listFlags({}, 50);
        QVERIFY2(items, qPrintable(items.status().message()));
        QVERIFY(!items->isEmpty());
        const review::FlagItem first = items->first();
        QVERIFY(first.row.authorId > 0);
        QVERIFY2(first.author.startsWith(QStringLiteral("Person ")) && first.author.size() == 13, qPrintable(first.author));
        const QString realName = [&] {
            storage::Statement s = carla.database().prepare(QStringLiteral("SELECT display_name FROM people WHERE id = %1;").arg(first.row.authorId));
            return s.step() ? s.text(0) : QString();
        }();
        QVERIFY(!first.author.contains(realName));

        // Filters happen in SQL.
        auto pii = review::QueueService(carla).listFlags([] { domain::FlagFilter f; f.category = domain::Category::PersonalData; return f; }(), 1000);
        QVERIFY(pii);
        for (const auto& i : *pii)
            QCOMPARE(i.row.category, domain::Category::PersonalData);
        QCOMPARE(pii->size(), int(test::scalar(carla.database(), QStringLiteral("SELECT count(*) FROM flags WHERE category = 'pii';"))));

        // Revealing needs a reason, is audited, and lasts for this session only.
        QCOMPARE(review::IdentityService(carla).reveal(first.row.authorId, QStringLiteral(" ")).status().code(), ErrorCode::InvalidArgument);
        auto revealed = review::IdentityService(carla).reveal(first.row.authorId, QStringLiteral("harassment complaint HR-2026-14"));
        QVERIFY2(revealed, qPrintable(revealed.status().message()));
        QVERIFY(revealed->contains(realName));
        QCOMPARE(test::scalar(carla.database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'person.reveal' AND details LIKE "
                                                         "'%HR-2026-14%';")), 1);
        QCOMPARE(review::QueueService(carla).listFlags({}, 50)->first().author, realName);

        // Stable per workspace: another session, another reviewer, the same pseudonym.
        workspace::Session& henri = as(QStringLiteral("henri"));
        QCOMPARE(review::QueueService(henri).listFlags({}, 50)->first().author, first.author);
        QCOMPARE(review::Pseudonyms(henri).of(first.row.authorId), first.author);
        // Another workspace gives the same record another pseudonym: they rest on the
        // workspace key, not on the name or the id.
        QTemporaryDir otherDir;
        auto other = test::createWorkspace(otherDir.filePath(QStringLiteral("other")));
        QVERIFY(other);
        QVERIFY(review::Pseudonyms(*other).of(first.row.authorId) != first.author);

        // Managers and auditors see no individual posts, and reveal nothing.
        for (const QString& user : {QStringLiteral("mona"), QStringLiteral("otto"), QStringLiteral("admin")}) {
            workspace::Session& s = as(user);
            QCOMPARE(review::QueueService(s).listFlags({}, 10).status().code(), ErrorCode::PermissionDenied);
            QCOMPARE(review::IdentityService(s).reveal(first.row.authorId, QStringLiteral("curious")).status().code(), ErrorCode::PermissionDenied);
        }
    }

    void postDetailShowsContextVersionsAndHistory()
    {
        workspace::Session& s = as(QStringLiteral("henri"));
        // A flagged post outside any thread: the messages around it in its channel.
        const qint64 lone = test::scalar(s.database(), QStringLiteral("SELECT f.post_id FROM flags f JOIN posts p ON p.id = f.post_id "
                                                                "WHERE p.thread_id IS NULL AND NOT EXISTS (SELECT 1 FROM posts r WHERE "
                                                                "r.channel_id = p.channel_id AND r.thread_id = p.message_id) LIMIT 1;"));
        QVERIFY(lone > 0);
        auto d = review::QueueService(s).postDetail(lone, 3);
        QVERIFY2(d, qPrintable(d.status().message()));
        QVERIFY(!d->inThread);
        QVERIFY(d->context.size() >= 2 && d->context.size() <= 7);
        QCOMPARE(std::count_if(d->context.cbegin(), d->context.cend(), [](const auto& c) { return c.isThePost; }), 1);
        for (qsizetype i = 1; i < d->context.size(); ++i)
            QVERIFY(d->context.at(i - 1).postedAt <= d->context.at(i).postedAt);
        for (const auto& c : d->context)
            QVERIFY(c.author.startsWith(QStringLiteral("Person ")) || c.author == QStringLiteral("Unknown author"));
        QVERIFY(!d->flags.isEmpty());

        // A reply: the whole thread, root first.
        const qint64 reply = test::scalar(s.database(), QStringLiteral("SELECT id FROM posts WHERE thread_id IS NOT NULL LIMIT 1;"));
        QVERIFY(reply > 0);
        auto t = review::QueueService(s).postDetail(reply);
        QVERIFY(t);
        QVERIFY(t->inThread);
        QVERIFY(t->context.size() >= 2);
        QVERIFY(std::any_of(t->context.cbegin(), t->context.cend(), [](const auto& c) { return c.isThePost; }));

        // An edited post keeps its earlier text. (The demo corpus marks edits but holds no
        // earlier texts; the import tests cover versions from real exports, so here one is
        // written as a later import of the same post would.)
        QVERIFY(s.database().exec(QStringLiteral("INSERT INTO post_versions (post_id, text, content_hash, replaced_at, import_id) "
                                                 "SELECT id, 'the first wording', x'00', posted_at, import_id FROM posts WHERE id = %1;")
                                      .arg(lone)).ok());
        auto e = review::QueueService(s).postDetail(lone);
        QVERIFY(e);
        QCOMPARE(e->versions.size(), 1);
        QCOMPARE(e->versions.first().text, QStringLiteral("the first wording"));
        QCOMPARE(review::QueueService(s).postDetail(99999999).status().code(), ErrorCode::NotFound);
        workspace::Session& m = as(QStringLiteral("mona"));
        QCOMPARE(review::QueueService(m).postDetail(lone).status().code(), ErrorCode::PermissionDenied);
    }

    void nearIdenticalFlagsAreFound()
    {
        workspace::Session& s = as(QStringLiteral("carla"));
        // A text flagged on several posts (the demo corpus repeats some messages).
        const qint64 post = test::scalar(s.database(), QStringLiteral("SELECT min(f.post_id) FROM flags f JOIN posts p ON p.id = f.post_id "
                                                                "GROUP BY p.text HAVING count(DISTINCT f.post_id) >= 2 LIMIT 1;"));
        QVERIFY(post > 0);
        auto ids = review::QueueService(s).similarFlags(post);
        QVERIFY2(ids, qPrintable(ids.status().message()));
        QSet<qint64> posts;
        for (const qint64 id : *ids)
            posts.insert(test::scalar(s.database(), QStringLiteral("SELECT post_id FROM flags WHERE id = %1;").arg(id)));
        QVERIFY(posts.contains(post));
        QVERIFY2(posts.size() >= 2, qPrintable(QString::number(posts.size())));
        // Every one carries a rule of this post, and no other flag of those rules has the same words.
        const qint64 sameText = test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM flags f JOIN posts p ON p.id = f.post_id "
                                                                    "WHERE p.text = (SELECT text FROM posts WHERE id = %1) AND f.rule IN "
                                                                    "(SELECT rule FROM flags WHERE post_id = %1);").arg(post));
        QVERIFY(ids->size() >= sameText);
        // One decision covers them: one audit entry.
        const qint64 before = test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries;"));
        QVERIFY(review::DecisionService(s).dismiss(*ids, domain::DismissReason::Duplicate).ok());
        QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries;")), before + 1);
        QCOMPARE(review::QueueService(s).similarFlags(99999999).status().code(), ErrorCode::NotFound);
    }

    void savedFiltersArePerUserAndAudited()
    {
        domain::FlagFilter pii;
        pii.category = domain::Category::PersonalData;
        pii.search = QStringLiteral("card");
        {
            workspace::Session& s = as(QStringLiteral("henri"));
            QCOMPARE(review::QueueService(s).saveFilter(QStringLiteral("  "), pii).code(), ErrorCode::InvalidArgument);
            QVERIFY(review::QueueService(s).saveFilter(QStringLiteral("cards"), pii).ok());
            QVERIFY(review::QueueService(s).saveFilter(QStringLiteral("new"), [] { domain::FlagFilter f; f.status = domain::FlagStatus::New; return f; }()).ok());
            auto saved = review::QueueService(s).savedFilters();
            QVERIFY(saved);
            QCOMPARE(saved->keys(), (QList<QString>{QStringLiteral("cards"), QStringLiteral("new")}));
            QCOMPARE(saved->value(QStringLiteral("cards")).category, domain::Category::PersonalData);
            QCOMPARE(saved->value(QStringLiteral("cards")).search, QStringLiteral("card"));
            QCOMPARE(test::scalar(s.database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'settings.change' AND details LIKE "
                                                         "'%saved_filter%';")), 2);
            QVERIFY(review::QueueService(s).deleteFilter(QStringLiteral("new")).ok());
            QCOMPARE(review::QueueService(s).deleteFilter(QStringLiteral("new")).code(), ErrorCode::NotFound);
            QCOMPARE(review::QueueService(s).savedFilters()->size(), 1);
        }
        workspace::Session& carla = as(QStringLiteral("carla"));
        QVERIFY(review::QueueService(carla).savedFilters()->isEmpty()); // another user's filters are not hers
        workspace::Session& mona = as(QStringLiteral("mona"));
        QCOMPARE(review::QueueService(mona).saveFilter(QStringLiteral("x"), pii).code(), ErrorCode::PermissionDenied);
    }

    void tagsAndAuthorNotifications()
    {
        workspace::Session& henri = as(QStringLiteral("henri"));
        const QList<qint64> ids = flagIds(QStringLiteral("status = 'new'")).mid(0, 2);
        QCOMPARE(review::DecisionService(henri).tag(ids, QStringLiteral("<script>")).code(), ErrorCode::InvalidArgument);
        QVERIFY(review::DecisionService(henri).tag(ids, QStringLiteral("bullying pattern")).ok());
        QCOMPARE(test::scalar(henri.database(), QStringLiteral("SELECT count(*) FROM flag_decisions WHERE action = 'tag' AND reason = 'bullying pattern';")), 2);

        const qint64 post = postOf(ids.first());
        QCOMPARE(review::DecisionService(henri).notifyAuthor(post, QString(), QStringLiteral("x")).status().code(), ErrorCode::InvalidArgument);
        auto message = review::DecisionService(henri).notifyAuthor(post, QStringLiteral("Code of conduct 2.1"), QStringLiteral("Apologise to the team"));
        QVERIFY2(message, qPrintable(message.status().message()));
        QVERIFY(message->contains(QStringLiteral("Code of conduct 2.1")));
        QVERIFY(message->contains(QStringLiteral("Apologise to the team")));
        QVERIFY(!message->contains(QLatin1Char('{'))); // every placeholder filled
        QCOMPARE(test::scalar(henri.database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE action = 'flag.notify' AND object_id = '%1';").arg(post)), 1);

        // The template: compliance officers change it, and it must keep its placeholders.
        QCOMPARE(review::DecisionService(henri).setNotificationTemplate(QStringLiteral("{clause} {what} {todo}")).code(), ErrorCode::PermissionDenied);
        workspace::Session& carla = as(QStringLiteral("carla"));
        QCOMPARE(review::DecisionService(carla).setNotificationTemplate(QStringLiteral("no placeholders")).code(), ErrorCode::InvalidArgument);
        QVERIFY(review::DecisionService(carla).setNotificationTemplate(QStringLiteral("Re {clause}: {what} Please {todo}.")).ok());
        auto custom = review::DecisionService(carla).notifyAuthor(post, QStringLiteral("2.1"), QStringLiteral("stop"));
        QVERIFY(custom);
        QVERIFY2(custom->startsWith(QStringLiteral("Re 2.1: it was flagged as")), qPrintable(*custom));
        QVERIFY(custom->endsWith(QStringLiteral("Please stop.")));
    }

    void takedownNeedsASecondComplianceOfficer()
    {
        workspace::Session& carla = as(QStringLiteral("carla"));
        const qint64 flag = flagIds(QStringLiteral("status = 'new' AND category = 'pii'")).value(0, flagIds(QStringLiteral("status = 'new'")).first());
        const qint64 post = postOf(flag);
        QCOMPARE(review::TakedownService(carla).request(post, QString(), QStringLiteral("4.2")).status().code(), ErrorCode::InvalidArgument);
        auto id = review::TakedownService(carla).request(post, QStringLiteral("personal data posted in a public channel"),
                                                 QStringLiteral("Data protection policy, clause 4.2"));
        QVERIFY2(id, qPrintable(id.status().message()));
        QCOMPARE(review::TakedownService(carla).request(post, QStringLiteral("again"), QStringLiteral("4.2")).status().code(),
                 ErrorCode::AlreadyExists);
        QCOMPARE(test::scalar(carla.database(), QStringLiteral("SELECT count(*) FROM flags WHERE id = %1 AND status = 'takedown_requested';").arg(flag)), 1);
        // The requester cannot decide, though she is a compliance officer.
        const Status own = review::TakedownService(carla).decide(*id, true, QStringLiteral("looks right"));
        QCOMPARE(own.code(), ErrorCode::PermissionDenied);
        QVERIFY(own.message().contains(QStringLiteral("another compliance officer")));
        QCOMPARE(review::TakedownService(carla).order(*id).status().code(), ErrorCode::InvalidArgument); // not approved yet

        workspace::Session& cody = as(QStringLiteral("cody"));
        QCOMPARE(review::TakedownService(cody).decide(*id, true, QString()).code(), ErrorCode::InvalidArgument); // a comment is needed
        QVERIFY(review::TakedownService(cody).decide(*id, true, QStringLiteral("agreed, remove it")).ok());
        QCOMPARE(review::TakedownService(cody).decide(*id, false, QStringLiteral("changed my mind")).code(), ErrorCode::InvalidArgument);
        QCOMPARE(test::scalar(cody.database(), QStringLiteral("SELECT count(*) FROM flags WHERE id = %1 AND status = 'takedown_approved';").arg(flag)), 1);

        auto order = review::TakedownService(cody).order(*id);
        QVERIFY2(order, qPrintable(order.status().message()));
        const QJsonObject what = order->value(QStringLiteral("what")).toObject();
        QCOMPARE(what.value(QStringLiteral("platform")).toString(), QStringLiteral("slack"));
        // The order carries the log's newest seal, a witness kept outside the workspace.
        const QJsonObject seal = order->value(QStringLiteral("audit_log_checkpoint")).toObject();
        QVERIFY(seal.value(QStringLiteral("tree_size")).toInteger() > 0);
        QCOMPARE(seal.value(QStringLiteral("root_hash")).toString().size(), 64);
        QVERIFY(!what.value(QStringLiteral("message_id")).toString().isEmpty());
        QVERIFY(!what.value(QStringLiteral("channel")).toString().isEmpty());
        QCOMPARE(order->value(QStringLiteral("why")).toObject().value(QStringLiteral("policy_clause")).toString(),
                 QStringLiteral("Data protection policy, clause 4.2"));
        const QJsonObject requested = order->value(QStringLiteral("requested")).toObject();
        const QJsonObject approved = order->value(QStringLiteral("approved")).toObject();
        QCOMPARE(requested.value(QStringLiteral("user")).toString(), QStringLiteral("carla"));
        QCOMPARE(approved.value(QStringLiteral("user")).toString(), QStringLiteral("cody"));
        QVERIFY(approved.value(QStringLiteral("audit_entry")).toInteger() > requested.value(QStringLiteral("audit_entry")).toInteger());
        QCOMPARE(QByteArray::fromBase64(approved.value(QStringLiteral("signature")).toString().toLatin1()).size(), 64); // Ed25519
        QCOMPARE(test::scalar(cody.database(), QStringLiteral("SELECT count(*) FROM audit_entries WHERE seq = %1 AND action = 'takedown.approve';")
                                             .arg(approved.value(QStringLiteral("audit_entry")).toInteger())), 1);

        QVERIFY(review::TakedownService(cody).markDone(*id).ok());
        QCOMPARE(review::TakedownService(cody).markDone(*id).code(), ErrorCode::InvalidArgument);
        QCOMPARE(test::scalar(cody.database(), QStringLiteral("SELECT count(*) FROM flags WHERE id = %1 AND status = 'resolved';").arg(flag)), 1);
        QCOMPARE(review::TakedownService(cody).order(*id)->value(QStringLiteral("status")).toString(), QStringLiteral("done"));

        // A rejected request: its flags say so, and no order exists.
        const qint64 other = postOf(flagIds(QStringLiteral("status = 'new'")).first());
        workspace::Session& henri = as(QStringLiteral("henri"));
        auto second = review::TakedownService(henri).request(other, QStringLiteral("insult"), QStringLiteral("Code of conduct 2.1"));
        QVERIFY(second);
        workspace::Session& carla2 = as(QStringLiteral("carla"));
        QVERIFY(review::TakedownService(carla2).decide(*second, false, QStringLiteral("a warning is enough")).ok());
        QCOMPARE(review::TakedownService(carla2).order(*second).status().code(), ErrorCode::InvalidArgument);

        // After all of it the log verifies.
        const audit::VerificationReport report = audit::verifyDatabase(carla2.database());
        QVERIFY2(report.ok(), qPrintable(report.message));
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"

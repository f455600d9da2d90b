// Investigation cases as the service enforces them: opened from flags (posts on the
// timeline, authors as respondents, categories as allegations), the status path with its
// refusals, who may see a case (assigned investigators, compliance officers,
// administrators; never managers, auditors or a party to the case), evidence kept
// encrypted and checked against its SHA-256, findings, outcomes, repeat history,
// appeals decided by someone else, the timeline against SQL, and the audit entries.
#include "TestSupport.h"
#include "access/AdministrationService.h"
#include "audit/Verification.h"
#include "cases/CaseService.h"
#include "demo/DemoCorpus.h"
#include "domain/AuditActions.h"
#include "ingest/ImportService.h"
#include "policy/ScanService.h"
#include "review/DecisionService.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::domain;
using cases::CaseService;

namespace {

const QString kPass = QStringLiteral("cases passphrase");

} // namespace

class TestCases : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_dir;
    std::unique_ptr<workspace::Session> m_session;
    QString m_partyUser; // a user whose name is a respondent's user name in the imports

    workspace::Session& as(const QString& user)
    {
        m_session.reset();
        auto s = workspace::Workspace::open(m_dir, user, user == QLatin1String("admin") ? test::kAdminPassphrase : kPass);
        if (!s)
            qFatal("%s", qPrintable(s.status().message()));
        m_session = s.takeValue();
        return *m_session;
    }

    qint64 scalar(const QString& sql) { return test::scalar(m_session->database(), sql); }

    QList<qint64> ints(const QString& sql)
    {
        QList<qint64> out;
        storage::Statement s = m_session->database().prepare(sql);
        while (s.step())
            out << s.int64(0);
        return out;
    }

    qint64 userId(const QString& name)
    {
        return scalar(QStringLiteral("SELECT id FROM users WHERE name = '%1';").arg(name));
    }

    // Two harassment-like flags on posts of two different authors.
    QList<qint64> twoFlags()
    {
        const QList<qint64> first = ints(QStringLiteral(
            "SELECT min(id) FROM flags WHERE category IN ('harassment', 'threat') AND author_id > 0 GROUP BY author_id "
            "ORDER BY author_id LIMIT 2;"));
        return first;
    }

    QStringList actionsSince(qint64 seq)
    {
        QStringList out;
        storage::Statement s = m_session->database().prepare(
            QStringLiteral("SELECT action FROM audit_entries WHERE seq > %1 ORDER BY seq;").arg(seq));
        while (s.step())
            out << s.text(0);
        return out;
    }

    qint64 head() { return scalar(QStringLiteral("SELECT max(seq) FROM audit_entries;")); }

    // A case opened by henri from two flags, at investigating with a witness.
    qint64 openInvestigating(const QString& title)
    {
        CaseService svc(as(QStringLiteral("henri")));
        cases::NewCaseRequest r;
        r.fields.title = title;
        r.fields.intake = IntakeChannel::QueueFlag;
        r.flagIds = twoFlags();
        auto id = svc.open(r);
        if (!id)
            qFatal("%s", qPrintable(id.status().message()));
        if (!svc.setStatus(*id, CaseStatus::Investigating).ok())
            qFatal("investigating");
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("ws"));
        m_session = test::createWorkspace(m_dir);
        QVERIFY(m_session);
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus"));
        QVERIFY(demo::DemoCorpus::write(corpus, 3000, 7));
        QVERIFY(ingest::ImportService(*m_session).run({QStringLiteral("slack"), corpus, {}, 2000, {}}));
        QVERIFY(policy::ScanService(*m_session).scan({}));
        QCOMPARE(twoFlags().size(), 2);
        // A user who is, in the imports, the author of the second flagged post.
        const qint64 author = scalar(QStringLiteral("SELECT author_id FROM flags WHERE id = %1;").arg(twoFlags().at(1)));
        storage::Statement name = m_session->database().prepare(QStringLiteral("SELECT name FROM people WHERE id = ?1;"));
        name.bind(1, author);
        QVERIFY(name.step());
        m_partyUser = name.text(0);
        access::AdministrationService admin(*m_session);
        const QList<std::pair<QString, Role>> users = {{QStringLiteral("carla"), Role::ComplianceOfficer},
                                                       {QStringLiteral("cody"), Role::ComplianceOfficer},
                                                       {QStringLiteral("henri"), Role::HrInvestigator},
                                                       {QStringLiteral("hanna"), Role::HrInvestigator},
                                                       {QStringLiteral("mona"), Role::Manager},
                                                       {QStringLiteral("otto"), Role::Auditor},
                                                       {m_partyUser, Role::ComplianceOfficer}};
        for (const auto& [user, role] : users)
            QVERIFY2(admin.addUser(user, user == QLatin1String("hanna") ? QStringLiteral("Hanna Berger") : user.toUpper(), role,
                                   kPass),
                     qPrintable(user));
    }

    void openingFromTwoFlagsBringsPostsRespondentsAndAllegations()
    {
        const QList<qint64> flags = twoFlags();
        CaseService svc(as(QStringLiteral("henri")));
        const qint64 before = head();
        cases::NewCaseRequest r;
        r.fields.title = QStringLiteral("Insults in #general towards a colleague");
        r.fields.priority = CasePriority::High;
        r.fields.intake = IntakeChannel::QueueFlag;
        r.fields.dueAt = QStringLiteral("2099-01-31");
        r.flagIds = flags;
        auto id = svc.open(r);
        QVERIFY2(id, qPrintable(id.status().message()));
        auto view = svc.show(*id);
        QVERIFY2(view, qPrintable(view.status().message()));
        const CaseRow& row = view->record.row;
        QCOMPARE(row.number, CaseService::numberOf(QDate::currentDate().year(), 1));
        QVERIFY(row.number.startsWith(QStringLiteral("HR-%1-").arg(QDate::currentDate().year())));
        QCOMPARE(row.status, CaseStatus::Triage);
        QCOMPARE(row.priority, CasePriority::High);
        QCOMPARE(view->record.assigneeIds, QList<qint64>{userId(QStringLiteral("henri"))});
        // Both posts, both authors as respondents (by pseudonym), the flags' allegations.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_posts WHERE case_id = %1;").arg(*id)), 2);
        int respondents = 0;
        for (const cases::PartyView& p : view->parties) {
            if (p.party.role == PartyRole::Respondent) {
                ++respondents;
                QVERIFY2(p.displayName.startsWith(QStringLiteral("Person ")), qPrintable(p.displayName));
            }
        }
        QCOMPARE(respondents, 2);
        QVERIFY(!view->allegations.isEmpty());
        QSet<AllegationType> types;
        for (const CaseAllegation& a : view->allegations)
            types.insert(a.type);
        QCOMPARE(types.size(), view->allegations.size()); // one per type
        QVERIFY(types.contains(AllegationType::Harassment) || types.contains(AllegationType::ThreatOrViolence));
        QCOMPARE(view->nextStatuses,
                 (QList<CaseStatus>{CaseStatus::Investigating, CaseStatus::NoInvestigation, CaseStatus::Referred}));
        // case.open then case.view, in the log; the title is signed by its hash only.
        QCOMPARE(actionsSince(before), (QStringList{actions::kCaseOpen}));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE details LIKE '%Insults%';")), 0);
        // The timeline: the opening, the deadline, both posts at their time, parties, allegations.
        auto items = svc.timeline(*id);
        QVERIFY(items);
        QCOMPARE(items->size(),
                 scalar(QStringLiteral("SELECT count(*) FROM case_timeline WHERE case_id = %1;").arg(*id)));
        int posts = 0;
        for (const TimelineItem& i : *items) {
            posts += i.kind == TimelineKind::Post ? 1 : 0;
            QVERIFY(!i.entryHash.isEmpty());
            QVERIFY(!i.title.isEmpty());
        }
        QCOMPARE(posts, 2);
        auto linked = svc.timelinePosts(*id);
        QVERIFY(linked);
        QCOMPARE(linked->size(), 2);
        for (const cases::TimelinePost& p : *linked)
            QVERIFY(!p.spans.isEmpty()); // highlighted as in the queue

        // Adding the same flags again adds nothing.
        QVERIFY(svc.addPosts(*id, flags, {}).ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_posts WHERE case_id = %1;").arg(*id)), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_parties WHERE case_id = %1;").arg(*id)), 2);
    }

    void viewingIsRecordedOncePerSession()
    {
        auto& henri = as(QStringLiteral("henri"));
        auto id = CaseService(henri).find(CaseService::numberOf(QDate::currentDate().year(), 1));
        QVERIFY2(id, qPrintable(id.status().message()));
        const qint64 before = head();
        QVERIFY(CaseService(henri).show(*id));
        QVERIFY(CaseService(henri).show(*id));
        QVERIFY(CaseService(henri).timeline(*id));
        QCOMPARE(actionsSince(before), (QStringList{actions::kCaseView}));
        as(QStringLiteral("henri"));
        QVERIFY(CaseService(*m_session).show(*id));
        QCOMPARE(actionsSince(before), (QStringList{actions::kCaseView, actions::kCaseView}));

        // A read-only session cannot record the read, so it may not read the case at all.
        m_session.reset();
        {
            auto readOnly = workspace::Workspace::open(m_dir, QStringLiteral("henri"), kPass, workspace::Workspace::Access::ReadOnly);
            QVERIFY2(readOnly, qPrintable(readOnly.status().message()));
            CaseService svc(**readOnly);
            const auto refused = svc.show(*id);
            QCOMPARE(refused.status().code(), ErrorCode::PermissionDenied);
            QVERIFY(refused.status().message().contains(QStringLiteral("read-only")));
            QCOMPARE(svc.reportHtml(*id).status().code(), ErrorCode::PermissionDenied);
            QVERIFY(svc.list({}).ok()); // the list names cases, it does not open them
        }
        as(QStringLiteral("henri"));
        QCOMPARE(actionsSince(before), (QStringList{actions::kCaseView, actions::kCaseView}));
    }

    void statusPathRefusesSkipsAndBackwardSteps()
    {
        CaseService svc(as(QStringLiteral("henri")));
        cases::NewCaseRequest r;
        r.fields.title = QStringLiteral("Report by phone");
        r.fields.intake = IntakeChannel::Hotline;
        r.parties = {{PartyRole::Complainant, 0, QStringLiteral("Jo Doe"), false, {}},
                     {PartyRole::Respondent, 0, QStringLiteral("Sam Roe"), false, {}}};
        auto id = svc.open(r);
        QVERIFY2(id, qPrintable(id.status().message()));
        Status skip = svc.setStatus(*id, CaseStatus::Findings);
        QCOMPARE(skip.code(), ErrorCode::InvalidArgument);
        QVERIFY2(skip.message().contains(QStringLiteral("cannot skip")), qPrintable(skip.message()));
        QVERIFY2(skip.message().contains(QStringLiteral("Investigating")), qPrintable(skip.message()));
        QCOMPARE(svc.setStatus(*id, CaseStatus::Closed).code(), ErrorCode::InvalidArgument);
        QVERIFY(svc.setStatus(*id, CaseStatus::Investigating).ok());
        Status back = svc.setStatus(*id, CaseStatus::Triage);
        QVERIFY2(back.message().contains(QStringLiteral("cannot go back")), qPrintable(back.message()));
        // No allegation yet: no findings.
        Status empty = svc.setStatus(*id, CaseStatus::Findings);
        QVERIFY2(empty.message().contains(QStringLiteral("no allegation")), qPrintable(empty.message()));
        auto parties = svc.show(*id)->parties;
        const qint64 sam = parties.at(1).party.id;
        CaseAllegation a;
        a.type = AllegationType::Bullying;
        a.clause = QStringLiteral("4.2");
        a.respondentPartyId = sam;
        auto allegation = svc.addAllegation(*id, a);
        QVERIFY(allegation);
        QCOMPARE(svc.recordFinding(*allegation, Finding::Substantiated, QStringLiteral("early")).code(), ErrorCode::InvalidArgument);
        QVERIFY(svc.setStatus(*id, CaseStatus::Findings).ok());
        Status noFinding = svc.setStatus(*id, CaseStatus::Outcome);
        QVERIFY2(noFinding.message().contains(QStringLiteral("finding on every allegation")), qPrintable(noFinding.message()));
        QCOMPARE(svc.recordFinding(*allegation, Finding::Substantiated, QString()).code(), ErrorCode::InvalidArgument);
        QVERIFY(svc.recordFinding(*allegation, Finding::Substantiated, QStringLiteral("Three witnesses agree.")).ok());
        QVERIFY(svc.setStatus(*id, CaseStatus::Outcome).ok());
        Status noOutcome = svc.setStatus(*id, CaseStatus::Closed);
        QVERIFY2(noOutcome.message().contains(QStringLiteral("outcome for every respondent")), qPrintable(noOutcome.message()));
        QCOMPARE(svc.recordOutcome(*id, parties.at(0).party.id, Sanction::Coaching, QStringLiteral("x")).status().code(),
                 ErrorCode::InvalidArgument); // the complainant gets no outcome
        auto outcome = svc.recordOutcome(*id, sam, Sanction::WrittenWarning, QStringLiteral("First offence."));
        QVERIFY2(outcome, qPrintable(outcome.status().message()));
        QVERIFY(svc.setStatus(*id, CaseStatus::Closed).ok());
        auto closed = svc.show(*id);
        QVERIFY(!closed->record.row.closedAt.isEmpty());
        // A written warning counts for 12 months.
        QCOMPARE(closed->outcomes.first().expiresAt.left(4).toInt(), QDate::currentDate().year() + 1);
        // Reopening needs a reason, and is recorded as such.
        QCOMPARE(svc.setStatus(*id, CaseStatus::Investigating).code(), ErrorCode::InvalidArgument);
        const qint64 before = head();
        QVERIFY(svc.setStatus(*id, CaseStatus::Investigating, QStringLiteral("New evidence from a witness")).ok());
        QCOMPARE(actionsSince(before), (QStringList{actions::kCaseReopen}));
        QVERIFY(svc.show(*id)->record.row.closedAt.isEmpty());
    }

    void whoMaySeeACase()
    {
        auto id = CaseService(as(QStringLiteral("carla"))).find(CaseService::numberOf(QDate::currentDate().year(), 1));
        QVERIFY(id);
        // Compliance officers and administrators see every case.
        QVERIFY(CaseService(*m_session).show(*id));
        QVERIFY(CaseService(as(QStringLiteral("admin"))).show(*id));
        // Managers and auditors never see one, and the list refuses them too.
        for (const QString& user : {QStringLiteral("mona"), QStringLiteral("otto")}) {
            CaseService svc(as(user));
            QCOMPARE(svc.show(*id).status().code(), ErrorCode::PermissionDenied);
            QCOMPARE(svc.list({}).status().code(), ErrorCode::PermissionDenied);
            QCOMPARE(svc.timeline(*id).status().code(), ErrorCode::PermissionDenied);
        }
        // An investigator who is not assigned neither sees it nor finds it in the list.
        {
            CaseService hanna(as(QStringLiteral("hanna")));
            Status s = hanna.show(*id).status();
            QCOMPARE(s.code(), ErrorCode::PermissionDenied);
            QVERIFY2(s.message().contains(QStringLiteral("not assigned to you")), qPrintable(s.message()));
            auto list = hanna.list({});
            QVERIFY(list);
            for (const CaseRow& r : *list)
                QVERIFY(r.id != *id);
            QCOMPARE(hanna.addNote(*id, QStringLiteral("x")).status().code(), ErrorCode::PermissionDenied);
        }
        // Assigned by a compliance officer, she does.
        QCOMPARE(CaseService(as(QStringLiteral("henri"))).assign(*id, userId(QStringLiteral("hanna"))).code(),
                 ErrorCode::PermissionDenied); // investigators do not assign
        QVERIFY(CaseService(as(QStringLiteral("carla"))).assign(*id, userId(QStringLiteral("hanna"))).ok());
        QCOMPARE(CaseService(*m_session).assign(*id, userId(QStringLiteral("mona"))).code(), ErrorCode::InvalidArgument);
        QVERIFY(CaseService(as(QStringLiteral("hanna"))).show(*id));
        // Taken off the case again, she no longer sees it; the timeline says both.
        CaseService carla(as(QStringLiteral("carla")));
        QVERIFY(carla.assign(*id, userId(QStringLiteral("hanna")), false).ok());
        const auto items = carla.timeline(*id);
        QVERIFY(items);
        QStringList titles;
        for (const TimelineItem& i : *items)
            titles << i.title;
        QVERIFY2(titles.contains(QStringLiteral("Investigator assigned: Hanna Berger")), qPrintable(titles.join(u'|')));
        QVERIFY2(titles.contains(QStringLiteral("Investigator removed: Hanna Berger")), qPrintable(titles.join(u'|')));
        QCOMPARE(CaseService(as(QStringLiteral("hanna"))).show(*id).status().code(), ErrorCode::PermissionDenied);
        QVERIFY(CaseService(as(QStringLiteral("carla"))).assign(*id, userId(QStringLiteral("hanna"))).ok());
    }

    void aPartyIsRefusedWhateverTheirRole()
    {
        auto id = CaseService(as(QStringLiteral("carla"))).find(CaseService::numberOf(QDate::currentDate().year(), 1));
        QVERIFY(id);
        // m_partyUser is a compliance officer and wrote one of the case's posts: a respondent.
        CaseService party(as(m_partyUser));
        const qint64 before = head();
        Status s = party.show(*id).status();
        QCOMPARE(s.code(), ErrorCode::PermissionDenied);
        QVERIFY2(s.message().contains(QStringLiteral("party to case")), qPrintable(s.message()));
        QCOMPARE(party.addNote(*id, QStringLiteral("not my fault")).status().code(), ErrorCode::PermissionDenied);
        QCOMPARE(party.setStatus(*id, CaseStatus::NoInvestigation).code(), ErrorCode::PermissionDenied);
        QCOMPARE(party.timeline(*id).status().code(), ErrorCode::PermissionDenied);
        auto list = party.list({});
        QVERIFY(list);
        for (const CaseRow& r : *list)
            QVERIFY(r.id != *id);
        QCOMPARE(head(), before); // nothing recorded, nothing changed
        // Nor can a party be assigned to investigate.
        QCOMPARE(CaseService(as(QStringLiteral("carla"))).assign(*id, userId(m_partyUser)).code(), ErrorCode::PermissionDenied);
        // A witness entered by hand under a user's display name is matched too.
        QVERIFY(CaseService(*m_session).addParty(*id, {PartyRole::Witness, 0, QStringLiteral("hanna berger"), false, {}}));
        QCOMPARE(CaseService(as(QStringLiteral("hanna"))).show(*id).status().code(), ErrorCode::PermissionDenied);
        // An anonymous reporter has no name at all.
        CaseService carla(as(QStringLiteral("carla")));
        QCOMPARE(carla.addParty(*id, {PartyRole::Complainant, 0, QStringLiteral("Jo"), true, {}}).status().code(),
                 ErrorCode::InvalidArgument);
        auto anon = carla.addParty(*id, {PartyRole::Complainant, 0, {}, true, {}});
        QVERIFY(anon);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_parties WHERE id = %1 AND name IS NULL AND person_id IS NULL;")
                            .arg(*anon)),
                 1);
        QCOMPARE(carla.show(*id)->partyName(*anon), QStringLiteral("Anonymous reporter"));
    }

    void evidenceStaysEncryptedAndIsChecked()
    {
        const qint64 id = openInvestigating(QStringLiteral("Screenshots of DMs"));
        CaseService svc(*m_session);
        const QByteArray canary = "CANARY-7f3e1c-evidence-screenshot-text " + QByteArray(4000, 'z');
        QCOMPARE(svc.addEvidence(id, QStringLiteral("empty.png"), QStringLiteral("image/png"), {}).status().code(),
                 ErrorCode::InvalidArgument);
        const qint64 before = head();
        auto eid = svc.addEvidence(id, QStringLiteral("dm.txt"), QStringLiteral("text/plain"), canary, QStringLiteral("From Jo"));
        QVERIFY2(eid, qPrintable(eid.status().message()));
        QCOMPARE(actionsSince(before), (QStringList{actions::kCaseEvidenceAdd}));
        {
            storage::Statement d = m_session->database().prepare(
                QStringLiteral("SELECT details FROM audit_entries WHERE seq = %1;").arg(before + 1));
            QVERIFY(d.step());
            QVERIFY(d.text(0).contains(QString::fromLatin1(crypto::sha256(canary).toHex())));
        }
        domain::EvidenceItem item;
        auto bytes = svc.openEvidence(*eid, &item);
        QVERIFY2(bytes, qPrintable(bytes.status().message()));
        QCOMPARE(*bytes, canary);
        QCOMPARE(item.sha256, crypto::sha256(canary));
        QCOMPARE(actionsSince(before).last(), actions::kCaseEvidenceOpen);
        m_session.reset(); // closes the files
        QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QVERIFY2(!test::readFile(f).contains("CANARY-7f3e1c"), qPrintable(f));
        }
        // A file changed inside the workspace no longer opens as evidence.
        as(QStringLiteral("carla"));
        const Status edited = m_session->database().exec(
            QStringLiteral("UPDATE case_evidence SET content = X'00' || content WHERE id = %1;").arg(*eid));
        QVERIFY2(edited.ok(), qPrintable(edited.message()));
        QCOMPARE(CaseService(*m_session).openEvidence(*eid).status().code(), ErrorCode::Corrupted);
    }

    void appealsAreDecidedBySomeoneElse()
    {
        const qint64 id = openInvestigating(QStringLiteral("Threat in a DM"));
        CaseService henri(*m_session);
        auto view = henri.show(id);
        QVERIFY(view);
        QVERIFY(henri.setStatus(id, CaseStatus::Findings).ok());
        for (const CaseAllegation& a : view->allegations)
            QVERIFY(henri.recordFinding(a.id, Finding::Substantiated, QStringLiteral("The posts speak for themselves.")).ok());
        QVERIFY(henri.setStatus(id, CaseStatus::Outcome).ok());
        // carla decides the outcome, so carla may not decide the appeal.
        CaseService carla(as(QStringLiteral("carla")));
        qint64 respondent = 0;
        const auto shown = carla.show(id);
        QVERIFY(shown);
        for (const cases::PartyView& p : shown->parties) {
            if (p.party.role == PartyRole::Respondent && !respondent)
                respondent = p.party.id;
        }
        auto outcome = carla.recordOutcome(id, respondent, Sanction::FinalWarning, QStringLiteral("A threat is serious."));
        QVERIFY2(outcome, qPrintable(outcome.status().message()));
        QCOMPARE(carla.lodgeAppeal(*outcome, QString()).status().code(), ErrorCode::InvalidArgument);
        auto appeal = CaseService(as(QStringLiteral("henri"))).lodgeAppeal(*outcome, QStringLiteral("It was a joke between friends."));
        QVERIFY2(appeal, qPrintable(appeal.status().message()));
        QCOMPARE(CaseService(*m_session).lodgeAppeal(*outcome, QStringLiteral("again")).status().code(), ErrorCode::AlreadyExists);
        QCOMPARE(CaseService(*m_session).decideAppeal(*appeal, true, QStringLiteral("x")).code(),
                 ErrorCode::PermissionDenied); // investigators do not decide appeals
        Status own = CaseService(as(QStringLiteral("carla"))).decideAppeal(*appeal, true, QStringLiteral("Stands."));
        QCOMPARE(own.code(), ErrorCode::PermissionDenied);
        QVERIFY2(own.message().contains(QStringLiteral("someone else")), qPrintable(own.message()));
        CaseService cody(as(QStringLiteral("cody")));
        QVERIFY(cody.decideAppeal(*appeal, false, QStringLiteral("The context shows a joke; the warning is set aside.")).ok());
        QCOMPARE(cody.decideAppeal(*appeal, true, QStringLiteral("again")).code(), ErrorCode::InvalidArgument);
        auto after = cody.show(id);
        QCOMPARE(after->appeals.first().status, AppealStatus::Overturned);
        QVERIFY(after->outcomes.first().setAside);
    }

    void repeatHistoryShowsEarlierCasesAndSanctions()
    {
        // The respondent of the closed phone case ("Sam Roe") in a new case.
        CaseService svc(as(QStringLiteral("henri")));
        cases::NewCaseRequest r;
        r.fields.title = QStringLiteral("Second report about Sam");
        r.parties = {{PartyRole::Respondent, 0, QStringLiteral("sam roe"), false, {}}};
        auto id = svc.open(r);
        QVERIFY(id);
        const qint64 sam = svc.show(*id)->parties.first().party.id;
        auto h = svc.repeatHistory(*id, sam);
        QVERIFY2(h, qPrintable(h.status().message()));
        QCOMPARE(h->cases.size(), 1);
        QCOMPARE(h->cases.first().findings, QList<Finding>{Finding::Substantiated});
        QCOMPARE(h->sanctions.size(), 1);
        QCOMPARE(h->sanctions.first().sanction, Sanction::WrittenWarning);
        // Related cases: the same respondent.
        auto view = svc.show(*id);
        QCOMPARE(view->related.size(), 1);
        QVERIFY(view->related.first().reasons.contains(QStringLiteral("same respondent")));

        // A flag author's confirmed flags and open cases, as the queue shows them.
        const qint64 flag = twoFlags().first();
        const qint64 author = scalar(QStringLiteral("SELECT author_id FROM flags WHERE id = %1;").arg(flag));
        QVERIFY(review::DecisionService(as(QStringLiteral("carla"))).confirm({flag}).ok());
        QList<CaseRow> open;
        auto authorHistory = CaseService(*m_session).authorHistory(author, &open);
        QVERIFY(authorHistory);
        QVERIFY(authorHistory->confirmedFlags >= 1);
        QVERIFY(!open.isEmpty());
        QCOMPARE(CaseService(as(QStringLiteral("mona"))).authorHistory(author).status().code(), ErrorCode::PermissionDenied);
    }

    void timelineOrderAndFiltersMatchSql()
    {
        auto id = CaseService(as(QStringLiteral("henri"))).find(CaseService::numberOf(QDate::currentDate().year(), 1));
        QVERIFY(id);
        CaseService svc(*m_session);
        QVERIFY(svc.addNote(*id, QStringLiteral("Spoke to the team lead."), QStringLiteral("2020-01-01")));
        QCOMPARE(svc.addNote(*id, QStringLiteral("x"), QStringLiteral("yesterday")).status().code(), ErrorCode::InvalidArgument);
        QCOMPARE(svc.addNote(*id, QStringLiteral("  ")).status().code(), ErrorCode::InvalidArgument);
        auto task = svc.addTask(*id, QStringLiteral("Collect the DM export"), 0, QStringLiteral("2020-02-01"));
        QVERIFY(task);
        auto all = svc.timeline(*id);
        QVERIFY(all);
        const QList<qint64> sqlOrder =
            ints(QStringLiteral("SELECT id FROM case_timeline WHERE case_id = %1 ORDER BY at, id;").arg(*id));
        QList<qint64> order;
        for (const TimelineItem& i : *all)
            order << i.id;
        QCOMPARE(order, sqlOrder);
        QCOMPARE(all->first().kind, TimelineKind::Note); // 2020, before everything else
        TimelineFilter notes;
        notes.kinds = {TimelineKind::Note, TimelineKind::Deadline};
        auto filtered = svc.timeline(*id, notes);
        QVERIFY(filtered);
        QCOMPARE(filtered->size(),
                 scalar(QStringLiteral("SELECT count(*) FROM case_timeline WHERE case_id = %1 AND kind IN ('note', 'deadline');")
                            .arg(*id)));
        TimelineFilter range;
        range.from = QStringLiteral("2020-01-01");
        range.to = QStringLiteral("2021-01-01");
        QCOMPARE(svc.timeline(*id, range)->size(), 2); // the note and the task's deadline
        const qint64 party = svc.show(*id)->parties.first().party.id;
        TimelineFilter byParty;
        byParty.partyId = party;
        QCOMPARE(svc.timeline(*id, byParty)->size(),
                 scalar(QStringLiteral("SELECT count(*) FROM case_timeline WHERE case_id = %1 AND party_id = %2;").arg(*id).arg(party)));
        // The overdue task marks the case overdue in the list.
        CaseFilter overdue;
        overdue.overdue = true;
        auto late = svc.list(overdue);
        QVERIFY(late);
        QVERIFY(std::any_of(late->begin(), late->end(), [&](const CaseRow& r) { return r.id == *id && r.overdueTasks == 1; }));
        QVERIFY(svc.completeTask(*task).ok());
        QCOMPARE(svc.completeTask(*task).code(), ErrorCode::InvalidArgument);
        late = svc.list(overdue);
        QVERIFY(std::none_of(late->begin(), late->end(), [&](const CaseRow& r) { return r.id == *id; }));
    }

    void listFiltersSortsAndPagesInSql()
    {
        CaseService svc(as(QStringLiteral("carla")));
        auto all = svc.list({}, CaseSort::Number, true);
        QVERIFY(all);
        QCOMPARE(qint64(all->size()), *svc.count({}));
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).number < all->at(i).number);
        CaseFilter threats;
        threats.allegation = AllegationType::Bullying;
        auto bullying = svc.list(threats);
        QVERIFY(bullying);
        QCOMPARE(qint64(bullying->size()),
                 scalar(QStringLiteral("SELECT count(DISTINCT case_id) FROM case_allegations WHERE type = 'bullying';")));
        CaseFilter search;
        search.search = QStringLiteral("phone");
        QCOMPARE(svc.list(search)->size(), 1);
        search.search = QStringLiteral("100%_");
        QCOMPARE(svc.list(search)->size(), 0);
        CaseFilter mine;
        mine.assignee = userId(QStringLiteral("henri"));
        QCOMPARE(qint64(svc.list(mine)->size()),
                 scalar(QStringLiteral("SELECT count(*) FROM case_assignees WHERE user_id = %1;").arg(mine.assignee)));
        auto page = svc.list({}, CaseSort::Number, true, 2, 1);
        QVERIFY(page);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->first().id, all->at(1).id);
        CaseFilter closed;
        closed.openOnly = true;
        const auto openCases = svc.list(closed);
        QVERIFY(openCases);
        for (const CaseRow& r : *openCases)
            QVERIFY(r.status != CaseStatus::Closed);
    }

    void reportNamesTheAuditEntryOfEveryStep()
    {
        auto id = CaseService(as(QStringLiteral("carla"))).find(CaseService::numberOf(QDate::currentDate().year(), 1));
        QVERIFY(id);
        CaseService svc(*m_session);
        const qint64 before = head();
        auto html = svc.reportHtml(*id);
        QVERIFY2(html, qPrintable(html.status().message()));
        QVERIFY(actionsSince(before).contains(actions::kCaseReport));
        const auto items = svc.timeline(*id);
        QVERIFY(items);
        for (const TimelineItem& i : *items) {
            QVERIFY(html->contains(QString::fromLatin1(i.entryHash.toHex())));
            QVERIFY(html->contains(QStringLiteral("entry %1").arg(i.entrySeq)));
        }
        QVERIFY(html->contains(QStringLiteral("Insults in #general")));
        QCOMPARE(CaseService(as(QStringLiteral("otto"))).reportHtml(*id).status().code(), ErrorCode::PermissionDenied);
    }

    void interviewsFromTemplates()
    {
        const qint64 id = openInvestigating(QStringLiteral("Interview case"));
        CaseService henri(*m_session);
        auto templates = henri.interviewTemplates();
        QVERIFY(templates && !templates->isEmpty());
        QCOMPARE(henri.saveInterviewTemplate(templates->first()).status().code(), ErrorCode::PermissionDenied);
        CaseService carla(as(QStringLiteral("carla")));
        InterviewTemplate t = templates->first();
        t.questions << QStringLiteral("Did anyone else see the messages?");
        auto tid = carla.saveInterviewTemplate(t);
        QVERIFY2(tid, qPrintable(tid.status().message()));
        QCOMPARE(carla.interviewTemplates()->size(), 1); // the workspace's own from now on
        CaseService h(as(QStringLiteral("henri")));
        const qint64 party = h.show(id)->parties.first().party.id;
        CaseInterview i;
        i.partyId = party;
        i.templateId = *tid;
        i.attendees = QStringLiteral("Henri, works council member");
        i.answers = {QStringLiteral("It started in March.")};
        auto iid = h.recordInterview(id, i);
        QVERIFY2(iid, qPrintable(iid.status().message()));
        auto stored = h.show(id)->interviews;
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().questions, t.questions);
        QCOMPARE(stored.first().answers.size(), t.questions.size());
        QVERIFY(!stored.first().agreed);
        QVERIFY(h.agreeInterview(*iid).ok());
        QCOMPARE(h.agreeInterview(*iid).code(), ErrorCode::NotFound);
        QVERIFY(h.show(id)->interviews.first().agreed);
        i.answers = QStringList(20, QStringLiteral("a"));
        QCOMPARE(h.recordInterview(id, i).status().code(), ErrorCode::InvalidArgument);
    }

    void theLogVerifiesAfterAllOfIt()
    {
        auto& admin = as(QStringLiteral("admin"));
        const audit::VerificationReport report = audit::verifyDatabase(admin.database());
        QVERIFY2(report.ok(), qPrintable(report.message));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_entries WHERE action LIKE 'case.%';")) > 40);
    }
};

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"

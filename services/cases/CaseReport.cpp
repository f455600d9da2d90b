// The case report: the case, its parties, allegations and findings, the timeline,
// interviews, outcomes, appeals and evidence, each step with the audit entry that records
// it, as HTML for printing or a PDF (rendered above services/).
#include "cases/CaseService.h"

#include "cases/CaseSupport.h"
#include "domain/AuditActions.h"
#include "storage/ReviewRepository.h"
#include "workspace/Session.h"

namespace custos::cases {

using namespace custos::domain;
using namespace custos::cases::support;
using storage::CaseRepository;

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString multiline(const QString& s)
{
    return esc(s).replace(u'\n', QStringLiteral("<br/>"));
}

// "entry 42 · 3f9a…" with the whole hash, for checking against an exported log.
QString entryCell(qint64 seq, const QByteArray& hash)
{
    if (seq <= 0)
        return QStringLiteral("—");
    // The whole hash in one piece (the layout wraps it inside the narrow column), so that
    // it can be copied and searched for in an exported log.
    return QStringLiteral("<span class=\"entry\">%1<br/><code>%2</code></span>")
        .arg(CaseService::tr("entry %1").arg(seq), QString::fromLatin1(hash.toHex()));
}

QString dateOnly(const QString& iso)
{
    return iso.left(10);
}

} // namespace

Result<QString> CaseService::reportHtml(qint64 caseId)
{
    workspace::Session& session = m_session;
    auto view = show(caseId);
    if (!view)
        return view.status();
    auto items = timeline(caseId);
    if (!items)
        return items.status();
    auto posts = timelinePosts(caseId);
    if (!posts)
        return posts.status();
    qint64 reportEntry = 0;
    Status recorded = inTransaction(session, actions::kCaseReport, caseEntry(caseId),
                                    [&](audit::AuditedTransaction&, CaseRepository&, qint64 seq, Entry&) {
                                        reportEntry = seq;
                                        return Status::success();
                                    });
    if (!recorded.ok())
        return recorded;
    storage::ReviewRepository entries(session.database());
    auto hashOfEntry = [&](qint64 seq) -> QByteArray {
        if (seq <= 0)
            return {};
        auto e = entries.entry(seq);
        return e ? e->entryHash : QByteArray();
    };
    const CaseView& v = *view;
    const CaseRow& r = v.record.row;
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>"
                        "body{font-family:sans-serif;font-size:9pt;} h1{font-size:16pt;margin-bottom:2px;} "
                        "h2{font-size:12pt;margin-top:14px;border-bottom:1px solid #888;} "
                        "table{border-collapse:collapse;width:100%;} td,th{border:1px solid #bbb;padding:3px;vertical-align:top;} "
                        "th{background:#eee;text-align:left;} code{font-size:6.5pt;} .entry{font-size:7pt;color:#333;} "
                        ".meta td{border:none;padding:1px 6px 1px 0;}"
                        "</style></head><body>");
    h += QStringLiteral("<h1>%1 — %2</h1>").arg(esc(r.number), esc(r.title));
    h += QStringLiteral("<p>%1</p>").arg(tr("Case report. Names of people from the imports are pseudonyms unless they "
                                            "were revealed in the session that printed it. Every step names the audit "
                                            "entry that records it (sequence number and entry hash), to be checked "
                                            "against an exported audit log."));
    QStringList assignees;
    for (const qint64 u : v.record.assigneeIds)
        assignees << v.users.value(u);
    h += QStringLiteral("<table class=\"meta\">");
    auto meta = [&](const QString& k, const QString& val) {
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(k), esc(val.isEmpty() ? QStringLiteral("—") : val));
    };
    meta(tr("Status"), displayName(r.status));
    meta(tr("Priority"), displayName(r.priority));
    meta(tr("Intake"), displayName(r.intake));
    meta(tr("Incident"), dateOnly(v.record.incidentAt));
    meta(tr("Reported"), dateOnly(v.record.reportedAt));
    meta(tr("Opened"), dateOnly(r.openedAt));
    meta(tr("Due"), dateOnly(r.dueAt) + (r.overdue ? u' ' + tr("(overdue)") : QString()));
    meta(tr("Closed"), dateOnly(r.closedAt));
    meta(tr("Investigators"), assignees.join(QStringLiteral(", ")));
    meta(tr("Opened in"), tr("entry %1").arg(v.record.openEntry));
    h += QStringLiteral("</table>");
    if (!v.record.summary.isEmpty())
        h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Summary"), multiline(v.record.summary));

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
             .arg(tr("Parties"), tr("Role"), tr("Name"), tr("Note"), tr("Audit entry"));
    for (const PartyView& p : v.parties)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                 .arg(esc(displayName(p.party.role)), esc(p.displayName), multiline(p.party.note),
                      entryCell(p.party.entrySeq, hashOfEntry(p.party.entrySeq)));
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
             .arg(tr("Allegations and findings"), tr("Allegation"), tr("Clause"), tr("Finding"), tr("Reasoning"),
                  tr("Audit entries"));
    for (const CaseAllegation& a : v.allegations) {
        QString what = esc(displayName(a.type));
        if (!a.description.isEmpty())
            what += QStringLiteral("<br/>") + multiline(a.description);
        if (a.respondentPartyId > 0)
            what += QStringLiteral("<br/>") + esc(tr("Against %1").arg(v.partyName(a.respondentPartyId)));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5%6</td></tr>")
                 .arg(what, esc(a.clause), esc(a.finding ? displayName(*a.finding) : tr("not yet")), multiline(a.findingReason),
                      entryCell(a.entrySeq, hashOfEntry(a.entrySeq)),
                      a.findingEntry > 0 ? QStringLiteral("<br/>") + entryCell(a.findingEntry, hashOfEntry(a.findingEntry))
                                         : QString());
    }
    h += QStringLiteral("</table>");

    h += QStringLiteral("<h2>%1</h2><table><tr><th width=\"14%\">%2</th><th width=\"22%\">%3</th><th width=\"40%\">%4</th>"
                        "<th width=\"24%\">%5</th></tr>")
             .arg(tr("Timeline"), tr("When"), tr("What"), tr("Details"), tr("Audit entry"));
    for (const TimelineItem& i : *items) {
        QString detail = multiline(i.body);
        if (i.kind == TimelineKind::Post) {
            const TimelinePost p = posts->value(i.postId);
            detail = QStringLiteral("<i>%1, #%2</i><br/>%3").arg(esc(p.author), esc(p.channel), multiline(i.body));
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2<br/><small>%3</small></td><td>%4</td><td>%5</td></tr>")
                 .arg(esc(i.at.left(16).replace(u'T', u' ')), esc(i.title), esc(v.users.value(i.actorId)), detail,
                      entryCell(i.entrySeq, i.entryHash));
    }
    h += QStringLiteral("</table>");

    if (!v.interviews.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(tr("Interviews"));
        for (const CaseInterview& i : v.interviews) {
            h += QStringLiteral("<p><b>%1</b> — %2. %3: %4. %5</p>")
                     .arg(esc(i.heldAt.left(10)), esc(i.partyId > 0 ? v.partyName(i.partyId) : tr("no party named")),
                          esc(tr("Attendees")), esc(i.attendees.isEmpty() ? QStringLiteral("—") : i.attendees),
                          esc(i.agreed ? tr("Read back and agreed on %1.").arg(i.agreedAt.left(10))
                                       : tr("Not yet read back and agreed.")));
            h += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>").arg(tr("Question"), tr("Answer"));
            for (qsizetype q = 0; q < i.questions.size(); ++q)
                h += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(multiline(i.questions.at(q)), multiline(i.answers.value(q)));
            h += QStringLiteral("</table>");
            if (!i.notes.isEmpty())
                h += QStringLiteral("<p>%1</p>").arg(multiline(i.notes));
            h += QStringLiteral("<p>%1</p>").arg(entryCell(i.entrySeq, hashOfEntry(i.entrySeq)));
        }
    }

    h += QStringLiteral("<h2>%1</h2>").arg(tr("Outcomes"));
    if (v.outcomes.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(tr("No outcome recorded."));
    else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("Respondent"), tr("Outcome"), tr("Reasoning"), tr("Counts until"), tr("Audit entry"));
        for (const CaseOutcome& o : v.outcomes)
            h += QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                     .arg(esc(v.partyName(o.partyId)), esc(displayName(o.sanction)),
                          o.setAside ? QStringLiteral("<br/>") + esc(tr("(set aside on appeal)")) : QString(),
                          multiline(o.reasoning), esc(o.expiresAt.isEmpty() ? QStringLiteral("—") : o.expiresAt.left(10)),
                          entryCell(o.entrySeq, hashOfEntry(o.entrySeq)));
        h += QStringLiteral("</table>");
    }
    if (!v.appeals.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("Appeals"), tr("Grounds"), tr("Decision"), tr("Reasoning"), tr("Audit entries"));
        for (const CaseAppeal& a : v.appeals)
            h += QStringLiteral("<tr><td>%1<br/><small>%2</small></td><td>%3<br/><small>%4</small></td><td>%5</td><td>%6%7</td></tr>")
                     .arg(multiline(a.grounds), esc(v.users.value(a.lodgedBy)), esc(displayName(a.status)),
                          esc(v.users.value(a.decidedBy)), multiline(a.decisionReason), entryCell(a.entrySeq, hashOfEntry(a.entrySeq)),
                          a.decisionEntry > 0 ? QStringLiteral("<br/>") + entryCell(a.decisionEntry, hashOfEntry(a.decisionEntry))
                                              : QString());
        h += QStringLiteral("</table>");
    }
    if (!v.evidence.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(tr("Evidence files"), tr("File"), tr("Size"), tr("SHA-256 at intake"), tr("Audit entry"));
        for (const EvidenceItem& e : v.evidence)
            h += QStringLiteral("<tr><td>%1<br/><small>%2</small></td><td>%3</td><td><code>%4</code></td><td>%5</td></tr>")
                     .arg(esc(e.fileName), esc(e.mediaType), tr("%n byte(s)", nullptr, static_cast<int>(qMin<qint64>(e.size, INT_MAX))),
                          QString::fromLatin1(e.sha256.toHex()), entryCell(e.entrySeq, hashOfEntry(e.entrySeq)));
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p class=\"entry\">%1</p>")
             .arg(esc(reportEntry > 0 ? tr("Printed by %1 on %2; recorded as audit entry %3.")
                                            .arg(session.user().name, now().left(16).replace(u'T', u' '))
                                            .arg(reportEntry)
                                      : tr("Printed by %1 on %2 from a read-only session (not recorded).")
                                            .arg(session.user().name, now().left(16).replace(u'T', u' '))));
    h += QStringLiteral("</body></html>");
    return h;
}


} // namespace custos::cases

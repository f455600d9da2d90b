#include "demo/DemoRecords.h"

#include "cases/CaseService.h"
#include "records/RetentionService.h"
#include "workspace/Session.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace custos::demo {

using namespace custos::domain;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("custos::demo::DemoRecords", text);
}

RetentionRule rule(const QString& name, DataClass c, std::optional<int> days, const QString& reason)
{
    RetentionRule r;
    r.name = name;
    r.dataClass = c;
    r.periodDays = days;
    r.reason = reason;
    return r;
}

} // namespace

Status DemoRecords::create(const QString& dir, const QString& passphrase)
{
    auto session = workspace::Workspace::open(dir, QStringLiteral("carla"), passphrase);
    if (!session)
        return session.status();
    records::RetentionService service(**session);
    auto channels = service.channels();
    if (!channels)
        return channels.status();
    std::optional<qint64> social;
    for (const ChannelChoice& c : *channels)
        if (c.name == QLatin1String("random"))
            social = c.id;

    QList<RetentionRule> rules = {
        rule(tr("Business chat: six years"), DataClass::Posts, 6 * 365,
             tr("Commercial letters and tax records: HGB §257, AO §147 (six years)")),
        rule(tr("Direct messages: three years"), DataClass::Posts, 3 * 365,
             tr("Works agreement on chat records, §4: direct messages three years, then deleted")),
        rule(tr("Confidential matters: ten years"), DataClass::Posts, 10 * 365,
             tr("Trade secret and disclosure matters: kept for the limitation period (GeschGehG, BGB §199)")),
        rule(tr("Decisions on flags: six years"), DataClass::Flags, 6 * 365,
             tr("Evidence of how reports were handled, for employment claims (HinSchG §11)")),
        rule(tr("Closed cases: six years"), DataClass::Cases, 6 * 365,
             tr("HR investigation files: six years after closing, then deleted")),
        rule(tr("Import manifests: one year"), DataClass::Manifests, 365,
             tr("Operational records of imports; the signed log keeps their summary")),
    };
    rules[1].channelKind = ChannelKind::DirectMessage;
    rules[2].category = Category::Confidential;
    if (social) {
        RetentionRule r = rule(tr("#random: two years"), DataClass::Posts, 2 * 365,
                               tr("Social chat serves no business purpose: storage limitation (GDPR Art. 5(1)(e))"));
        r.channelId = social;
        rules.insert(1, r);
    }
    for (const RetentionRule& r : rules) {
        if (auto added = service.addRule(r); !added)
            return added.status();
    }

    // A custodian hold on the respondent of the case under investigation.
    cases::CaseService caseService(**session);
    CaseFilter filter;
    filter.status = CaseStatus::Investigating;
    auto investigating = caseService.list(filter);
    if (!investigating)
        return investigating.status();
    qint64 custodian = 0;
    if (!investigating->isEmpty()) {
        auto view = caseService.show(investigating->first().id);
        if (!view)
            return view.status();
        for (const cases::PartyView& p : view->parties)
            if (p.party.role == PartyRole::Respondent && p.party.personId > 0) {
                custodian = p.party.personId;
                break;
            }
    }
    if (custodian > 0) {
        LegalHold hold;
        hold.matter = tr("Rivera v. Northwind GmbH (Labour Court Munich)");
        hold.requestedBy = tr("Keller & Partner, outside counsel");
        hold.note = tr("Claim of unfair dismissal; preserve everything the respondent wrote.");
        hold.personId = custodian;
        auto placed = service.placeHold(hold);
        if (!placed)
            return placed.status();
        if (auto notices = service.notices(placed->id); !notices)
            return notices.status();
        if (Status s = service.acknowledge(placed->id, custodian, {}); !s.ok())
            return s;
    }
    // A saved search that keeps catching new matches as imports arrive.
    LegalHold inquiry;
    inquiry.matter = tr("Regulator's inquiry: Project Falcon disclosure");
    inquiry.requestedBy = tr("Dr. Anna Weber, General Counsel");
    inquiry.query = QStringLiteral("falcon");
    if (auto placed = service.placeHold(inquiry); !placed)
        return placed.status();

    // The expired social chat purged once, so that the history and a certificate show.
    if (auto purged = service.purge({}); !purged)
        return purged.status();
    return Status::success();
}

} // namespace custos::demo

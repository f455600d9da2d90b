#include "records/RetentionPlan.h"

#include "domain/Cases.h"
#include "domain/Flags.h"

#include <QDate>
#include <QSet>

namespace custos::records::plan {

using namespace custos::domain;
using storage::RecordsRepository;

namespace {

bool isUndecided(const QString& status)
{
    const auto s = fromKey<FlagStatus>(status);
    return !s || *s == FlagStatus::New || *s == FlagStatus::InReview || *s == FlagStatus::Escalated ||
           *s == FlagStatus::TakedownRequested;
}

// A rule with the time before which what it covers has expired.
struct ActiveRule
{
    RetentionRule rule;
    QString cutoff; // empty: indefinitely
};

// Which rule decides a record's period: of the rules without a category that cover it,
// the most specific (a channel's over its kind's over the workspace's), the longest of
// them when several are as specific; a rule for a flag category keeps what it covers at
// least its period. Indefinitely beats every period.
struct Verdict
{
    const ActiveRule* rule = nullptr; // the deciding rule (nullptr: none covers it)
    bool indefinite = false;
};

int specificity(const RetentionRule& r)
{
    return r.channelId ? 2 : r.channelKind ? 1 : 0;
}

// Whether `a` keeps longer than `b` (nullptr keeps nothing).
bool longer(const ActiveRule* a, const ActiveRule* b)
{
    if (!b)
        return true;
    if (!b->rule.periodDays)
        return false;
    return !a->rule.periodDays || *a->rule.periodDays > *b->rule.periodDays;
}

template <typename Covers> Verdict decide(const QList<ActiveRule>& rules, Covers covers)
{
    const ActiveRule* base = nullptr;
    const ActiveRule* minimum = nullptr;
    for (const ActiveRule& r : rules) {
        if (!covers(r.rule))
            continue;
        if (r.rule.category) {
            if (longer(&r, minimum))
                minimum = &r;
        } else if (!base || specificity(r.rule) > specificity(base->rule) ||
                   (specificity(r.rule) == specificity(base->rule) && longer(&r, base))) {
            base = &r;
        }
    }
    Verdict v;
    v.rule = minimum && longer(minimum, base) ? minimum : base;
    v.indefinite = v.rule && !v.rule->rule.periodDays;
    return v;
}

struct HoldMatch
{
    LegalHold hold;
    QString fromAt; // posted at or after
    QString toAt;   // posted before
    QSet<qint64> matching; // the saved search's posts
    QSet<qint64> casePosts;
};

bool holds(const HoldMatch& h, const storage::PostFacts& p)
{
    if (h.hold.personId && *h.hold.personId != p.authorId)
        return false;
    if (h.hold.channelId && *h.hold.channelId != p.channelId)
        return false;
    if (h.hold.caseId && !h.casePosts.contains(p.id))
        return false;
    if (!h.fromAt.isEmpty() && p.postedAt < h.fromAt)
        return false;
    if (!h.toAt.isEmpty() && p.postedAt >= h.toAt)
        return false;
    if (!h.hold.query.trimmed().isEmpty() && !h.matching.contains(p.id))
        return false;
    return true;
}

class Collector
{
public:
    Collector(Plan& plan, int samples) : m_plan(plan), m_samples(samples) {}

    RuleDisposal& rule(const RetentionRule& r)
    {
        auto it = m_index.find(r.id);
        if (it == m_index.end()) {
            RuleDisposal d;
            d.ruleId = r.id;
            d.ruleName = r.name;
            m_plan.preview.rules << d;
            it = m_index.insert(r.id, m_plan.preview.rules.size() - 1);
        }
        return m_plan.preview.rules[*it];
    }
    void keep(TombstoneKind kind, qint64 id, KeepReason reason, const QString& detail = {})
    {
        ++m_plan.preview.kept[kind][reason];
        if (reason == KeepReason::NotExpired || reason == KeepReason::NoRule)
            return;
        if (m_sampled.value(reason) < m_samples) {
            ++m_sampled[reason];
            m_plan.preview.keptSamples << KeptSample{kind, id, reason, detail};
        }
    }
    int samples() const { return m_samples; }

private:
    Plan& m_plan;
    int m_samples;
    QHash<qint64, qsizetype> m_index;
    QHash<KeepReason, int> m_sampled;
};

} // namespace

QStringList undecidedStatuses()
{
    QStringList out;
    for (const FlagStatus s : all<FlagStatus>()) {
        if (isUndecided(key(s)))
            out << key(s);
    }
    return out;
}

Result<Plan> compute(storage::Database& db, const QDateTime& now, int samples)
{
    RecordsRepository repo(db);
    Plan plan;
    plan.preview.asOf = now.toString(Qt::ISODateWithMs);
    Collector collect(plan, samples);

    auto signature = repo.holdsSignature();
    if (!signature)
        return signature.status();
    plan.holdsSignature = *signature;

    auto rules = repo.rules(false);
    if (!rules)
        return rules.status();
    QHash<DataClass, QList<ActiveRule>> byClass;
    for (const RetentionRule& r : *rules) {
        ActiveRule a{r, r.periodDays ? now.addDays(-*r.periodDays).toString(Qt::ISODateWithMs) : QString()};
        byClass[r.dataClass] << a;
    }

    auto activeHolds = repo.holds(false);
    if (!activeHolds)
        return activeHolds.status();
    auto caseFacts = repo.cases();
    if (!caseFacts)
        return caseFacts.status();
    QHash<qint64, const storage::CaseFacts*> caseById;
    for (const storage::CaseFacts& c : *caseFacts)
        caseById.insert(c.id, &c);
    QList<HoldMatch> holdMatches;
    for (const LegalHold& h : *activeHolds) {
        HoldMatch m;
        m.hold = h;
        if (!h.from.isEmpty())
            m.fromAt = h.from;
        if (!h.to.isEmpty())
            m.toAt = QDate::fromString(h.to, Qt::ISODate).addDays(1).toString(Qt::ISODate);
        if (!h.query.trimmed().isEmpty()) {
            auto matching = repo.postsMatching(h.query.trimmed());
            if (!matching)
                return matching.status();
            m.matching = *matching;
        }
        if (h.caseId) {
            if (const storage::CaseFacts* c = caseById.value(*h.caseId))
                m.casePosts = QSet<qint64>(c->posts.begin(), c->posts.end());
        }
        holdMatches << m;
    }

    auto kinds = repo.channelKinds();
    if (!kinds)
        return kinds.status();
    auto flagFacts = repo.flags();
    if (!flagFacts)
        return flagFacts.status();
    QHash<qint64, QList<const storage::FlagFacts*>> flagsOf;
    for (const storage::FlagFacts& f : *flagFacts)
        flagsOf[f.postId] << &f;
    auto takedownFacts = repo.takedowns();
    if (!takedownFacts)
        return takedownFacts.status();
    QHash<qint64, QList<const storage::TakedownFacts*>> takedownsOf;
    for (const storage::TakedownFacts& t : *takedownFacts)
        takedownsOf[t.postId] << &t;
    auto versions = repo.versionCounts();
    if (!versions)
        return versions.status();

    const QList<ActiveRule>& caseRules = byClass.value(DataClass::Cases);
    for (const storage::CaseFacts& c : *caseFacts) {
        const CaseStatus status = fromKey<CaseStatus>(c.status).value_or(CaseStatus::Triage);
        if (isOpen(status) || c.closedAt.isEmpty())
            continue; // an open case is never a candidate
        const Verdict v = decide(caseRules, [](const RetentionRule&) { return true; });
        if (!v.rule || v.indefinite) {
            collect.keep(TombstoneKind::Case, c.id, KeepReason::NoRule);
            continue;
        }
        if (c.closedAt >= v.rule->cutoff) {
            collect.keep(TombstoneKind::Case, c.id, KeepReason::NotExpired);
            continue;
        }
        QString heldBy;
        for (const HoldMatch& h : holdMatches) {
            const bool named = h.hold.caseId && *h.hold.caseId == c.id;
            const bool custodian = h.hold.personId && !h.hold.caseId && c.partyPeople.contains(*h.hold.personId);
            if (named || custodian) {
                heldBy = h.hold.matter;
                break;
            }
        }
        if (!heldBy.isEmpty()) {
            collect.keep(TombstoneKind::Case, c.id, KeepReason::LegalHold, heldBy);
            continue;
        }
        RuleDisposal& d = collect.rule(v.rule->rule);
        ++d.cases;
        d.evidence += c.evidence;
        plan.cases << CaseDisposal{c.id, v.rule->rule.id, c.closedAt};
    }

    // A post stays while a case it is part of stays; a case purged now frees its posts
    // (the purge deletes the cases first).
    QSet<qint64> casesGoing;
    for (const CaseDisposal& d : plan.cases)
        casesGoing.insert(d.caseId);
    QHash<qint64, const storage::CaseFacts*> caseOfPost;
    for (const storage::CaseFacts& c : *caseFacts) {
        if (casesGoing.contains(c.id))
            continue;
        for (const qint64 post : c.posts) {
            const storage::CaseFacts* known = caseOfPost.value(post);
            // An open case says more than a closed one.
            if (!known || (!isOpen(fromKey<CaseStatus>(known->status).value_or(CaseStatus::Closed)) &&
                           isOpen(fromKey<CaseStatus>(c.status).value_or(CaseStatus::Closed))))
                caseOfPost.insert(post, &c);
        }
    }

    const QList<ActiveRule>& postRules = byClass.value(DataClass::Posts);
    const QList<ActiveRule>& flagRules = byClass.value(DataClass::Flags);

    Status visited = repo.forEachPost([&](const storage::PostFacts& p) {
        ++plan.preview.postsConsidered;
        const QString kind = kinds->value(p.channelId);
        const QList<const storage::FlagFacts*> flags = flagsOf.value(p.id);
        const Verdict v = decide(postRules, [&](const RetentionRule& r) {
            if (r.channelKind && key(*r.channelKind) != kind)
                return false;
            if (r.channelId && *r.channelId != p.channelId)
                return false;
            if (r.category) {
                const QString category = key(*r.category);
                for (const storage::FlagFacts* f : flags) {
                    if (f->category == category)
                        return true;
                }
                return false;
            }
            return true;
        });
        if (!v.rule || v.indefinite) {
            collect.keep(TombstoneKind::Post, p.id, KeepReason::NoRule);
            return;
        }
        if (p.postedAt >= v.rule->cutoff) {
            collect.keep(TombstoneKind::Post, p.id, KeepReason::NotExpired);
            return;
        }
        for (const HoldMatch& h : holdMatches) {
            if (holds(h, p)) {
                collect.keep(TombstoneKind::Post, p.id, KeepReason::LegalHold, h.hold.matter);
                return;
            }
        }
        if (const storage::CaseFacts* c = caseOfPost.value(p.id)) {
            const bool open = isOpen(fromKey<CaseStatus>(c->status).value_or(CaseStatus::Triage));
            collect.keep(TombstoneKind::Post, p.id, open ? KeepReason::OpenCase : KeepReason::CaseFile, c->number);
            return;
        }
        const QList<const storage::TakedownFacts*> takedowns = takedownsOf.value(p.id);
        for (const storage::FlagFacts* f : flags) {
            if (isUndecided(f->status)) {
                collect.keep(TombstoneKind::Post, p.id, KeepReason::Undecided);
                return;
            }
        }
        for (const storage::TakedownFacts* t : takedowns) {
            if (t->status == key(TakedownStatus::Pending)) {
                collect.keep(TombstoneKind::Post, p.id, KeepReason::Undecided);
                return;
            }
        }
        // Its decisions must have run out too.
        const QString channelKind = kind;
        auto decisionExpired = [&](const QString& category, const QString& decidedAt) {
            const Verdict fv = decide(flagRules, [&](const RetentionRule& r) {
                if (r.channelKind && key(*r.channelKind) != channelKind)
                    return false;
                if (r.channelId && *r.channelId != p.channelId)
                    return false;
                if (r.category && key(*r.category) != category)
                    return false;
                return true;
            });
            return fv.rule && !fv.indefinite && decidedAt < fv.rule->cutoff;
        };
        qint64 decisions = 0;
        for (const storage::FlagFacts* f : flags) {
            if (!decisionExpired(f->category, f->decidedAt)) {
                collect.keep(TombstoneKind::Post, p.id, KeepReason::DecisionsKept);
                return;
            }
            decisions += f->decisions;
        }
        for (const storage::TakedownFacts* t : takedowns) {
            if (!decisionExpired(QString(), t->decidedAt)) {
                collect.keep(TombstoneKind::Post, p.id, KeepReason::DecisionsKept);
                return;
            }
        }
        RuleDisposal& d = collect.rule(v.rule->rule);
        ++d.posts;
        d.versions += versions->value(p.id);
        d.flags += flags.size();
        d.decisions += decisions;
        if (d.samplePosts.size() < collect.samples())
            d.samplePosts << p.id;
        plan.posts << storage::PostDisposal{p.id, v.rule->rule.id, p.postedAt};
    });
    if (!visited.ok())
        return visited;

    auto manifestFacts = repo.manifests();
    if (!manifestFacts)
        return manifestFacts.status();
    const QList<ActiveRule>& manifestRules = byClass.value(DataClass::Manifests);
    for (const storage::ManifestFacts& m : *manifestFacts) {
        const Verdict v = decide(manifestRules, [](const RetentionRule&) { return true; });
        if (!v.rule || v.indefinite) {
            collect.keep(TombstoneKind::Manifest, m.importId, KeepReason::NoRule);
            continue;
        }
        if (m.at >= v.rule->cutoff) {
            collect.keep(TombstoneKind::Manifest, m.importId, KeepReason::NotExpired);
            continue;
        }
        ++collect.rule(v.rule->rule).manifests;
        plan.manifests << ManifestDisposal{m.importId, v.rule->rule.id, m.at};
    }
    return plan;
}

} // namespace custos::records::plan

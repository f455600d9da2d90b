#include "records/RetentionService.h"

#include "audit/AuditLog.h"
#include "audit/Merkle.h"
#include "audit/Verification.h"
#include "crypto/Crypto.h"
#include "domain/AuditActions.h"
#include "domain/Permissions.h"
#include "records/Disposition.h"
#include "records/RetentionPlan.h"
#include "review/Pseudonyms.h"
#include "storage/RecordsRepository.h"
#include "storage/UserRepository.h"
#include "workspace/Session.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace custos::records {

using namespace custos::domain;
using storage::RecordsRepository;

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue periodJson(std::optional<int> days)
{
    return days ? QJsonValue(*days) : QJsonValue();
}

QJsonObject ruleJson(const RetentionRule& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("data_class"), key(r.dataClass)},
                       {QStringLiteral("channel_kind"), r.channelKind ? QJsonValue(key(*r.channelKind)) : QJsonValue()},
                       {QStringLiteral("channel"), r.channelId ? QJsonValue(*r.channelId) : QJsonValue()},
                       {QStringLiteral("category"), r.category ? QJsonValue(key(*r.category)) : QJsonValue()},
                       {QStringLiteral("period_days"), periodJson(r.periodDays)},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("entry"), r.entrySeq}};
}

QJsonObject countsJson(const QMap<TombstoneKind, qint64>& counts)
{
    QJsonObject o;
    for (const TombstoneKind k : all<TombstoneKind>())
        o.insert(key(k), counts.value(k));
    return o;
}


// The first eight bytes of each tombstone's digest, concatenated: the batch entry signs
// them, so that a changed tombstone is named, and the Merkle root over the whole digests.
struct SignedStones
{
    QByteArray root;
    QByteArray prefixes;
};

SignedStones sign(const QList<Tombstone>& stones)
{
    QList<QByteArray> leaves;
    SignedStones out;
    leaves.reserve(stones.size());
    for (const Tombstone& t : stones) {
        const QByteArray d = tombstoneDigest(t);
        leaves << audit::merkle::leafHash(d);
        out.prefixes += d.left(8);
    }
    out.root = audit::merkle::root(leaves);
    return out;
}

} // namespace

QJsonObject PurgeSummary::toJson() const
{
    QJsonArray earlier;
    for (const qint64 id : interrupted)
        earlier.append(id);
    return QJsonObject{{QStringLiteral("purge"), purgeId},
                       {QStringLiteral("status"), key(status)},
                       {QStringLiteral("purged"), countsJson(purged)},
                       {QStringLiteral("batches"), batches},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("interrupted"), earlier},
                       {QStringLiteral("root"), QString::fromLatin1(root.toHex())},
                       {QStringLiteral("compact_ms"), compactMs}};
}

QList<RetentionRule> RetentionService::defaultRules(std::optional<int> days)
{
    QList<RetentionRule> out;
    for (const DataClass c : all<DataClass>()) {
        RetentionRule r;
        r.dataClass = c;
        r.periodDays = days;
        r.name = tr("Workspace default: %1").arg(displayName(c));
        r.reason = tr("The default period chosen when the workspace was created.");
        out << r;
    }
    return out;
}

Result<QList<RetentionRule>> RetentionService::rules(bool withRetired)
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    auto rules = RecordsRepository(m_session.database()).rules(withRetired);
    if (!rules)
        return rules;
    // By data class, then from the most general rule to the most specific.
    auto rank = [](const RetentionRule& r) {
        return std::tuple(static_cast<int>(r.dataClass), r.category ? 1 : 0, r.channelId ? 2 : r.channelKind ? 1 : 0, r.id);
    };
    std::stable_sort(rules->begin(), rules->end(), [&](const RetentionRule& a, const RetentionRule& b) { return rank(a) < rank(b); });
    return rules;
}

Result<RetentionRule> RetentionService::addRule(const RetentionRule& input)
{
    if (Status s = m_session.require(Operation::ManageRecords); !s.ok())
        return s;
    RetentionRule rule = input;
    rule.name = rule.name.trimmed();
    rule.reason = rule.reason.trimmed();
    if (rule.name.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A retention rule needs a name."));
    if (rule.reason.isEmpty())
        return Status(ErrorCode::InvalidArgument,
                      tr("Say which regulation or reason the rule serves (for example \"HGB §257: 6 years\"); a "
                         "regulator will ask."));
    if (rule.periodDays && *rule.periodDays < 1)
        return Status(ErrorCode::InvalidArgument, tr("A retention period is at least one day."));
    if ((rule.dataClass == DataClass::Cases || rule.dataClass == DataClass::Manifests) &&
        (rule.channelKind || rule.channelId || rule.category))
        return Status(ErrorCode::InvalidArgument,
                      tr("Rules for %1 cover all of them: they take no channel or category.").arg(displayName(rule.dataClass)));
    RecordsRepository repo(m_session.database());
    if (rule.channelId) {
        auto exists = repo.channelExists(*rule.channelId);
        if (!exists)
            return exists.status();
        if (!*exists)
            return Status(ErrorCode::NotFound, tr("There is no channel %1 in this workspace.").arg(*rule.channelId));
    }
    rule.createdAt = nowText();
    rule.createdBy = m_session.user().id;
    Status s = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        rule.entrySeq = seq;
        auto id = RecordsRepository(tx.db()).addRule(tx.write(), rule);
        if (!id)
            return id.status();
        rule.id = *id;
        return tx.record(actions::kRetentionRule, objects::kRetentionRule, QString::number(rule.id), ruleJson(rule));
    });
    if (!s.ok())
        return s;
    return rule;
}

Status RetentionService::retireRule(qint64 ruleId, const QString& reason)
{
    if (Status s = m_session.require(Operation::ManageRecords); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Say why the rule no longer applies.")};
    auto rule = RecordsRepository(m_session.database()).rule(ruleId);
    if (!rule)
        return rule.status();
    if (!*rule || !(*rule)->active())
        return {ErrorCode::NotFound, tr("There is no retention rule %1 in force.").arg(ruleId)};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        if (Status s = RecordsRepository(tx.db()).retireRule(tx.write(), ruleId, nowText(), m_session.user().id, seq); !s.ok())
            return s;
        return tx.record(actions::kRetentionRuleRetire, objects::kRetentionRule, QString::number(ruleId),
                         {{QStringLiteral("reason_sha256"),
                           QString::fromLatin1(crypto::sha256(reason.trimmed().toUtf8()).toHex())}});
    });
}

Result<LegalHold> RetentionService::existingHold(qint64 holdId)
{
    auto hold = RecordsRepository(m_session.database()).hold(holdId);
    if (!hold)
        return hold.status();
    if (!*hold)
        return Status(ErrorCode::NotFound, tr("There is no legal hold %1.").arg(holdId));
    return **hold;
}

Result<QList<LegalHold>> RetentionService::holds(bool withReleased)
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    auto holds = RecordsRepository(m_session.database()).holds(withReleased);
    if (!holds)
        return holds;
    // A custodian by pseudonym, as everywhere a person is shown, until revealed.
    const review::Pseudonyms pseudonyms(m_session);
    for (LegalHold& h : *holds)
        if (h.personId && !m_session.isRevealed(*h.personId))
            h.personName = pseudonyms.of(*h.personId);
    return holds;
}

Result<QList<HoldNotice>> RetentionService::custodians(qint64 holdId)
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    auto hold = existingHold(holdId);
    if (!hold)
        return hold.status();
    auto custodians = RecordsRepository(m_session.database()).custodians(*hold, 500);
    if (!custodians)
        return custodians.status();
    const review::Pseudonyms pseudonyms(m_session);
    for (HoldNotice& n : *custodians)
        if (!m_session.isRevealed(n.personId))
            n.personName = pseudonyms.of(n.personId);
    return custodians;
}

Result<QList<ChannelChoice>> RetentionService::channels()
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    return RecordsRepository(m_session.database()).channels();
}

Result<qint64> RetentionService::caseId(const QString& numberOrId)
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    auto id = RecordsRepository(m_session.database()).caseIdOf(numberOrId);
    if (!id)
        return id.status();
    if (!*id)
        return Status(ErrorCode::NotFound, tr("There is no case %1.").arg(numberOrId));
    return **id;
}

Result<LegalHold> RetentionService::placeHold(const LegalHold& input)
{
    if (Status s = m_session.require(Operation::ManageRecords); !s.ok())
        return s;
    LegalHold hold = input;
    hold.matter = hold.matter.trimmed();
    hold.requestedBy = hold.requestedBy.trimmed();
    hold.query = hold.query.trimmed();
    if (hold.matter.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A legal hold names its matter (the lawsuit, inquiry or audit)."));
    if (hold.requestedBy.isEmpty())
        return Status(ErrorCode::InvalidArgument, tr("A legal hold names who asked for it (for example outside counsel)."));
    if (!hold.hasCriterion())
        return Status(ErrorCode::InvalidArgument,
                      tr("A legal hold needs at least one of: a custodian, a channel, a case, a date range or a search."));
    for (const QString& day : {hold.from, hold.to}) {
        if (!day.isEmpty() && !QDate::fromString(day, Qt::ISODate).isValid())
            return Status(ErrorCode::InvalidArgument, tr("\"%1\" is not a day; write it as YYYY-MM-DD.").arg(day));
    }
    if (!hold.from.isEmpty() && !hold.to.isEmpty() && hold.to < hold.from)
        return Status(ErrorCode::InvalidArgument, tr("The hold's range ends (%1) before it starts (%2).").arg(hold.to, hold.from));
    RecordsRepository repo(m_session.database());
    if (hold.personId) {
        auto exists = repo.personExists(*hold.personId);
        if (!exists)
            return exists.status();
        if (!*exists)
            return Status(ErrorCode::NotFound, tr("There is no person %1 in this workspace.").arg(*hold.personId));
    }
    if (hold.channelId) {
        auto exists = repo.channelExists(*hold.channelId);
        if (!exists)
            return exists.status();
        if (!*exists)
            return Status(ErrorCode::NotFound, tr("There is no channel %1 in this workspace.").arg(*hold.channelId));
    }
    if (!hold.query.isEmpty()) {
        auto matching = repo.postsMatching(hold.query);
        if (!matching)
            return Status(ErrorCode::InvalidArgument,
                          tr("The search \"%1\" is not one the full-text index takes: %2").arg(hold.query, matching.status().message()));
    }
    hold.placedAt = nowText();
    hold.placedBy = m_session.user().id;
    Status s = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        hold.placeEntry = seq;
        auto id = RecordsRepository(tx.db()).addHold(tx.write(), hold);
        if (!id)
            return id.status();
        hold.id = *id;
        auto hash = [](const QString& text) {
            return text.isEmpty() ? QJsonValue()
                                  : QJsonValue(QString::fromLatin1(
                                        crypto::sha256(text.toUtf8()).toHex()));
        };
        return tx.record(actions::kHoldPlace, objects::kHold, QString::number(hold.id),
                         {{QStringLiteral("matter_sha256"), hash(hold.matter)},
                          {QStringLiteral("person"), hold.personId ? QJsonValue(*hold.personId) : QJsonValue()},
                          {QStringLiteral("channel"), hold.channelId ? QJsonValue(*hold.channelId) : QJsonValue()},
                          {QStringLiteral("case"), hold.caseId ? QJsonValue(*hold.caseId) : QJsonValue()},
                          {QStringLiteral("from"), orNull(hold.from)},
                          {QStringLiteral("to"), orNull(hold.to)},
                          {QStringLiteral("query_sha256"), hash(hold.query)}});
    });
    if (!s.ok())
        return s;
    auto stored = repo.hold(hold.id);
    if (!stored)
        return stored.status();
    return stored->value_or(hold);
}

Status RetentionService::releaseHold(qint64 holdId, const QString& reason)
{
    if (Status s = m_session.require(Operation::ManageRecords); !s.ok())
        return s;
    if (reason.trimmed().isEmpty())
        return {ErrorCode::InvalidArgument, tr("Say why the hold is released (for example \"matter settled\").")};
    auto hold = existingHold(holdId);
    if (!hold)
        return hold.status();
    if (!hold->active())
        return {ErrorCode::InvalidArgument, tr("Legal hold %1 was released on %2.").arg(holdId).arg(hold->releasedAt.left(10))};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        if (Status s = RecordsRepository(tx.db()).releaseHold(tx.write(), holdId, nowText(), m_session.user().id,
                                                               reason.trimmed(), seq);
            !s.ok())
            return s;
        return tx.record(actions::kHoldRelease, objects::kHold, QString::number(holdId), {});
    });
}

Result<QList<HoldNotice>> RetentionService::notices(qint64 holdId)
{
    if (Status s = m_session.require(Operation::ManageRecords); !s.ok())
        return s;
    auto hold = existingHold(holdId);
    if (!hold)
        return hold.status();
    const LegalHold& h = *hold;
    auto custodians = RecordsRepository(m_session.database()).custodians(h, 500);
    if (!custodians)
        return custodians.status();
    QStringList scope;
    if (h.channelId)
        scope << tr("messages in the channel %1").arg(h.channelName);
    if (h.caseId)
        scope << tr("messages that are part of case %1").arg(h.caseNumber);
    if (!h.from.isEmpty() || !h.to.isEmpty())
        scope << tr("messages from %1 to %2").arg(h.from.isEmpty() ? tr("the beginning") : h.from,
                                                 h.to.isEmpty() ? tr("today") : h.to);
    if (!h.query.isEmpty())
        scope << tr("messages about \"%1\"").arg(h.query);
    if (scope.isEmpty())
        scope << tr("all your messages on the company's internal platforms");
    for (HoldNotice& n : *custodians) {
        n.text = tr("Legal hold notice: %1\n\n"
                    "Dear %2,\n\n"
                    "%3 has asked the company to preserve records for the matter \"%1\". From today until you are "
                    "told in writing that the hold is released, do not delete, edit or move %4, and keep any "
                    "related documents you hold elsewhere. This duty overrides every usual deletion period.\n\n"
                    "Please confirm that you have received and understood this notice by replying to the compliance "
                    "team. Questions: contact the compliance team, not the other people involved.\n\n"
                    "Hold %5, placed on %6.")
                     .arg(h.matter, n.personName, h.requestedBy, scope.join(tr(", and ")))
                     .arg(h.id)
                     .arg(h.placedAt.left(10));
    }
    Status s = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64) {
        QList<qint64> people;
        for (const HoldNotice& n : *custodians)
            people << n.personId;
        QJsonArray ids;
        for (const qint64 id : people)
            ids.append(id);
        return tx.record(actions::kHoldNotice, objects::kHold, QString::number(holdId), {{QStringLiteral("custodians"), ids}});
    });
    if (!s.ok())
        return s;
    return custodians;
}

Status RetentionService::acknowledge(qint64 holdId, qint64 personId, const QString& day)
{
    if (Status s = m_session.require(Operation::ManageRecords); !s.ok())
        return s;
    const QString at = day.isEmpty() ? QDate::currentDate().toString(Qt::ISODate) : day;
    if (!QDate::fromString(at, Qt::ISODate).isValid())
        return {ErrorCode::InvalidArgument, tr("\"%1\" is not a day; write it as YYYY-MM-DD.").arg(at)};
    auto hold = existingHold(holdId);
    if (!hold)
        return hold.status();
    auto custodians = RecordsRepository(m_session.database()).custodians(*hold, 100000);
    if (!custodians)
        return custodians.status();
    const bool known = std::any_of(custodians->begin(), custodians->end(),
                                   [&](const HoldNotice& n) { return n.personId == personId; });
    if (!known)
        return {ErrorCode::InvalidArgument, tr("Person %1 is not a custodian of legal hold %2.").arg(personId).arg(holdId)};
    return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        if (Status s = RecordsRepository(tx.db()).acknowledge(tx.write(), holdId, personId, at, m_session.user().id, seq);
            !s.ok())
            return s;
        return tx.record(actions::kHoldAcknowledge, objects::kHold, QString::number(holdId),
                         {{QStringLiteral("person"), personId}, {QStringLiteral("acknowledged_at"), at}});
    });
}

Result<PurgePreview> RetentionService::preview(int samples)
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    auto plan = plan::compute(m_session.database(), QDateTime::currentDateTimeUtc(), samples);
    if (!plan)
        return plan.status();
    return plan->preview;
}

Result<QList<PurgeRecord>> RetentionService::purges()
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    auto purges = RecordsRepository(m_session.database()).purges();
    if (!purges)
        return purges;
    auto users = storage::UserRepository(m_session.database()).all();
    if (!users)
        return users.status();
    QHash<qint64, QString> names;
    for (const UserRecord& u : *users)
        names.insert(u.id, u.displayName);
    for (PurgeRecord& p : *purges)
        p.startedByName = names.value(p.startedBy);
    return purges;
}

Result<PurgeSummary> RetentionService::purge(const PurgeOptions& options)
{
    if (Status s = m_session.require(Operation::PurgeRecords); !s.ok())
        return s;
    storage::Database& db = m_session.database();
    auto planned = plan::compute(db, QDateTime::currentDateTimeUtc(), 0);
    if (!planned)
        return planned.status();
    plan::Plan plan = planned.takeValue();

    PurgeSummary summary;
    auto rules = RecordsRepository(db).rules(false);
    if (!rules)
        return rules.status();
    const QString startedAt = nowText();
    Status started = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        RecordsRepository repo(tx.db());
        auto interrupted = repo.interruptRunning(tx.write());
        if (!interrupted)
            return interrupted.status();
        summary.interrupted = *interrupted;
        auto id = repo.startPurge(tx.write(), startedAt, m_session.user().id, seq);
        if (!id)
            return id.status();
        summary.purgeId = *id;
        QJsonArray ruleList;
        for (const RetentionRule& r : *rules)
            ruleList.append(ruleJson(r));
        QJsonArray earlier;
        for (const qint64 e : *interrupted)
            earlier.append(e);
        return tx.record(actions::kPurgeStart, objects::kPurge, QString::number(*id),
                         {{QStringLiteral("rules"), ruleList},
                          {QStringLiteral("interrupted"), earlier},
                          {QStringLiteral("planned"),
                           QJsonObject{{QStringLiteral("posts"), plan.posts.size()},
                                       {QStringLiteral("cases"), plan.cases.size()},
                                       {QStringLiteral("manifests"), plan.manifests.size()}}}});
    });
    if (!started.ok())
        return started;

    QList<QByteArray> batchRoots;
    QJsonArray batchSeqs;
    bool cancelled = false;
    const qint64 total = plan.posts.size() + plan.cases.size() + plan.manifests.size();
    qint64 done = 0;
    const int batchSize = std::max(1, options.batchSize);

    // One audited batch: `write` deletes and returns the tombstones; the entry signs them.
    auto batch = [&](const std::function<Result<QList<Tombstone>>(audit::AuditedTransaction&, qint64 seq)>& write) {
        return workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
            auto stones = write(tx, seq);
            if (!stones)
                return stones.status();
            if (stones->isEmpty())
                return tx.record(actions::kPurgeBatch, objects::kPurge, QString::number(summary.purgeId),
                                 {{QStringLiteral("count"), 0}});
            QMap<TombstoneKind, qint64> kinds;
            for (const Tombstone& t : *stones)
                ++kinds[t.kind];
            const SignedStones s = sign(*stones);
            if (Status st = tx.record(actions::kPurgeBatch, objects::kPurge, QString::number(summary.purgeId),
                                      {{QStringLiteral("count"), stones->size()},
                                       {QStringLiteral("kinds"), countsJson(kinds)},
                                       {QStringLiteral("tombstones"),
                                        QJsonArray{stones->first().id, stones->last().id}},
                                       {QStringLiteral("root"), QString::fromLatin1(s.root.toHex())},
                                       {QStringLiteral("digests"), QString::fromLatin1(s.prefixes.toBase64())}});
                !st.ok())
                return st;
            for (auto it = kinds.begin(); it != kinds.end(); ++it)
                summary.purged[it.key()] += it.value();
            batchRoots << s.root;
            batchSeqs.append(seq);
            ++summary.batches;
            return Status::success();
        });
    };

    Status status = Status::success();
    // Cases first: a case that goes frees the posts that were part of it.
    if (!plan.cases.isEmpty()) {
        if (options.progress && !options.progress(done, total)) {
            cancelled = true;
        } else {
            const QString purgedAt = nowText();
            status = batch([&](audit::AuditedTransaction& tx, qint64 seq) -> Result<QList<Tombstone>> {
                QList<Tombstone> out;
                for (const plan::CaseDisposal& c : plan.cases) {
                    auto t = RecordsRepository(tx.db()).purgeCase(tx.write(), summary.purgeId, seq, c.caseId, c.ruleId,
                                                                  c.closedAt, purgedAt);
                    if (!t)
                        return t.status();
                    out << *t;
                }
                return out;
            });
            done += plan.cases.size();
        }
    }
    for (qsizetype i = 0; i < plan.posts.size() && status.ok() && !cancelled; i += batchSize) {
        if (options.progress && !options.progress(done, total)) {
            cancelled = true;
            break;
        }
        // A hold placed since the plan was made replans what is left.
        auto signature = RecordsRepository(db).holdsSignature();
        if (!signature) {
            status = signature.status();
            break;
        }
        if (*signature != plan.holdsSignature) {
            auto fresh = plan::compute(db, QDateTime::currentDateTimeUtc(), 0);
            if (!fresh) {
                status = fresh.status();
                break;
            }
            QSet<qint64> still;
            for (const storage::PostDisposal& d : fresh->posts)
                still.insert(d.postId);
            QList<storage::PostDisposal> left;
            for (qsizetype j = i; j < plan.posts.size(); ++j) {
                if (still.contains(plan.posts.at(j).postId))
                    left << plan.posts.at(j);
                else
                    ++summary.skipped;
            }
            plan.posts = plan.posts.mid(0, i) + left;
            plan.holdsSignature = fresh->holdsSignature;
            if (i >= plan.posts.size())
                break;
        }
        QList<storage::PostDisposal> chunk = plan.posts.mid(i, batchSize);
        QList<qint64> ids;
        for (const storage::PostDisposal& d : chunk)
            ids << d.postId;
        // What a scan, a decision or a case may have added since the plan was made.
        auto guarded = RecordsRepository(db).protectedAmong(ids, plan::undecidedStatuses());
        if (!guarded) {
            status = guarded.status();
            break;
        }
        if (!guarded->isEmpty()) {
            chunk.erase(std::remove_if(chunk.begin(), chunk.end(),
                                       [&](const storage::PostDisposal& d) { return guarded->contains(d.postId); }),
                        chunk.end());
            summary.skipped += guarded->size();
        }
        const QString purgedAt = nowText();
        status = batch([&](audit::AuditedTransaction& tx, qint64 seq) {
            return RecordsRepository(tx.db()).purgePosts(tx.write(), summary.purgeId, seq, chunk, purgedAt);
        });
        done += batchSize;
    }
    if (status.ok() && !cancelled && !plan.manifests.isEmpty()) {
        if (options.progress && !options.progress(done, total)) {
            cancelled = true;
        } else {
            const QString purgedAt = nowText();
            status = batch([&](audit::AuditedTransaction& tx, qint64 seq) -> Result<QList<Tombstone>> {
                QList<Tombstone> out;
                for (const plan::ManifestDisposal& m : plan.manifests) {
                    auto t = RecordsRepository(tx.db()).purgeManifest(tx.write(), summary.purgeId, seq, m.importId,
                                                                      m.ruleId, m.at, purgedAt);
                    if (!t)
                        return t.status();
                    out << *t;
                }
                return out;
            });
            done += plan.manifests.size();
        }
    }
    if (!status.ok())
        return status; // the purge stays running; the next one marks it interrupted
    if (options.progress)
        options.progress(std::min(done, total), total);

    summary.status = cancelled ? PurgeStatus::Cancelled : PurgeStatus::Done;
    QList<QByteArray> leaves;
    for (const QByteArray& r : batchRoots)
        leaves << audit::merkle::leafHash(r);
    summary.root = audit::merkle::root(leaves);
    Status finished = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64 seq) {
        const QString counts = QString::fromUtf8(QJsonDocument(countsJson(summary.purged)).toJson(QJsonDocument::Compact));
        if (Status s = RecordsRepository(tx.db()).finishPurge(tx.write(), summary.purgeId, summary.status, nowText(), counts,
                                                               summary.root, seq);
            !s.ok())
            return s;
        return tx.record(actions::kPurgeDone, objects::kPurge, QString::number(summary.purgeId),
                         {{QStringLiteral("status"), key(summary.status)},
                          {QStringLiteral("batches"), batchSeqs},
                          {QStringLiteral("root"), QString::fromLatin1(summary.root.toHex())},
                          {QStringLiteral("purged"), countsJson(summary.purged)},
                          {QStringLiteral("skipped"), summary.skipped}});
    });
    if (!finished.ok())
        return finished;
    if (summary.batches > 0) {
        QElapsedTimer timer;
        timer.start();
        if (Status s = RecordsRepository(db).compactContent(); !s.ok())
            return Status(s.code(), tr("The records were purged and the purge recorded, but giving the freed space back "
                                       "failed: %1 Run the purge again to finish it.")
                                        .arg(s.message()));
        summary.compactMs = timer.elapsed();
    }
    return summary;
}

Result<QJsonObject> RetentionService::certificate(qint64 purgeId)
{
    if (Status s = m_session.require(Operation::ViewRecords); !s.ok())
        return s;
    storage::Database& db = m_session.database();
    RecordsRepository repo(db);
    auto purge = repo.purge(purgeId);
    if (!purge)
        return purge.status();
    if (!*purge)
        return Status(ErrorCode::NotFound, tr("There is no purge %1.").arg(purgeId));
    const PurgeRecord& p = **purge;
    if (p.status == PurgeStatus::Running)
        return Status(ErrorCode::InvalidArgument,
                      tr("Purge %1 is still running; its certificate can be exported once it has ended.").arg(purgeId));
    auto rules = repo.rules(true);
    if (!rules)
        return rules.status();
    QJsonArray stones;
    QSet<qint64> usedRules;
    QMap<qint64, qint64> batches; // seq -> tombstones
    Status read = repo.forEachTombstone(purgeId, [&](const Tombstone& t) {
        usedRules.insert(t.ruleId);
        ++batches[t.batchSeq];
        stones.append(QJsonObject{{QStringLiteral("batch"), t.batchSeq},
                                  {QStringLiteral("kind"), key(t.kind)},
                                  {QStringLiteral("id"), t.objectId},
                                  {QStringLiteral("post"), t.postId},
                                  {QStringLiteral("content_hash"), QString::fromLatin1(t.contentHash.toHex())},
                                  {QStringLiteral("leaf"), QString::fromLatin1(t.leaf.toHex())},
                                  {QStringLiteral("rule"), t.ruleId},
                                  {QStringLiteral("event_at"), t.eventAt},
                                  {QStringLiteral("purged_at"), t.purgedAt}});
        return true;
    });
    if (!read.ok())
        return read;
    QJsonArray ruleList;
    for (const RetentionRule& r : *rules) {
        if (usedRules.contains(r.id))
            ruleList.append(ruleJson(r));
    }
    QJsonArray batchList;
    for (auto it = batches.begin(); it != batches.end(); ++it)
        batchList.append(QJsonObject{{QStringLiteral("seq"), it.key()}, {QStringLiteral("count"), it.value()}});

    QJsonObject cert{{QStringLiteral("format"), QString::fromLatin1(kCertificateFormat)},
                     {QStringLiteral("workspace"), m_session.workspaceId()},
                     {QStringLiteral("purge"),
                      QJsonObject{{QStringLiteral("id"), p.id},
                                  {QStringLiteral("status"), key(p.status)},
                                  {QStringLiteral("started_at"), p.startedAt},
                                  {QStringLiteral("finished_at"), orNull(p.finishedAt)},
                                  {QStringLiteral("start_entry"), p.startEntry},
                                  {QStringLiteral("done_entry"), p.doneEntry > 0 ? QJsonValue(p.doneEntry) : QJsonValue()},
                                  {QStringLiteral("root"), QString::fromLatin1(p.root.toHex())},
                                  {QStringLiteral("purged"), countsJson(p.counts)}}},
                     {QStringLiteral("rules"), ruleList},
                     {QStringLiteral("batches"), batchList},
                     {QStringLiteral("tombstones"), stones},
                     {QStringLiteral("exported_at"), nowText()},
                     {QStringLiteral("exported_by"), m_session.user().name}};
    Status recorded = workspace::auditedChange(m_session, [&](audit::AuditedTransaction& tx, qint64) {
        return tx.record(actions::kDispositionExport, objects::kPurge, QString::number(purgeId),
                         {{QStringLiteral("tombstones"), stones.size()}});
    });
    if (!recorded.ok())
        return recorded;
    // Sealed by a signed checkpoint over the whole log, this export included: an audit
    // export checked against the seal shows that the log was not rewritten since.
    if (Status s = audit::AuditLog::checkpoint(db, m_session.signer()); !s.ok())
        return s;
    auto seal = audit::newestCheckpoint(db);
    if (!seal)
        return seal.status();
    if (*seal)
        cert.insert(QStringLiteral("seal"), audit::witnessJson(**seal));
    return cert;
}

} // namespace custos::records

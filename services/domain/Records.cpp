#include "domain/Records.h"

#include "crypto/Crypto.h"

namespace custos::domain {

namespace {

constexpr Word<DataClass> kDataClassWords[] = {
    {DataClass::Posts, "posts", "custos::domain::DataClass", QT_TRANSLATE_NOOP("custos::domain::DataClass", "Posts and their versions")},
    {DataClass::Flags, "flags", "custos::domain::DataClass", QT_TRANSLATE_NOOP("custos::domain::DataClass", "Flags and decisions")},
    {DataClass::Cases, "cases", "custos::domain::DataClass", QT_TRANSLATE_NOOP("custos::domain::DataClass", "Cases and their evidence")},
    {DataClass::Manifests, "manifests", "custos::domain::DataClass", QT_TRANSLATE_NOOP("custos::domain::DataClass", "Imported files' manifests")},
};

constexpr Word<KeepReason> kKeepReasonWords[] = {
    {KeepReason::LegalHold, "legal_hold", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Under a legal hold")},
    {KeepReason::OpenCase, "open_case", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Part of an open case")},
    {KeepReason::CaseFile, "case_file", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Part of a closed case still kept")},
    {KeepReason::Undecided, "undecided", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Flagged and not yet decided")},
    {KeepReason::DecisionsKept, "decisions_kept", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Its decisions are kept longer")},
    {KeepReason::NotExpired, "not_expired", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Younger than its rule")},
    {KeepReason::NoRule, "no_rule", "custos::domain::KeepReason", QT_TRANSLATE_NOOP("custos::domain::KeepReason", "Kept indefinitely")},
};

constexpr Word<PurgeStatus> kPurgeStatusWords[] = {
    {PurgeStatus::Running, "running", "custos::domain::PurgeStatus", QT_TRANSLATE_NOOP("custos::domain::PurgeStatus", "Running")},
    {PurgeStatus::Done, "done", "custos::domain::PurgeStatus", QT_TRANSLATE_NOOP("custos::domain::PurgeStatus", "Done")},
    {PurgeStatus::Cancelled, "cancelled", "custos::domain::PurgeStatus", QT_TRANSLATE_NOOP("custos::domain::PurgeStatus", "Cancelled")},
    {PurgeStatus::Interrupted, "interrupted", "custos::domain::PurgeStatus", QT_TRANSLATE_NOOP("custos::domain::PurgeStatus", "Interrupted")},
};

constexpr Word<TombstoneKind> kTombstoneKindWords[] = {
    {TombstoneKind::Post, "post", "custos::domain::TombstoneKind", QT_TRANSLATE_NOOP("custos::domain::TombstoneKind", "Post")},
    {TombstoneKind::Version, "version", "custos::domain::TombstoneKind", QT_TRANSLATE_NOOP("custos::domain::TombstoneKind", "Earlier version")},
    {TombstoneKind::Flag, "flag", "custos::domain::TombstoneKind", QT_TRANSLATE_NOOP("custos::domain::TombstoneKind", "Flag")},
    {TombstoneKind::Case, "case", "custos::domain::TombstoneKind", QT_TRANSLATE_NOOP("custos::domain::TombstoneKind", "Case")},
    {TombstoneKind::Manifest, "manifest", "custos::domain::TombstoneKind", QT_TRANSLATE_NOOP("custos::domain::TombstoneKind", "Import manifest")},
};

} // namespace

template <> std::span<const Word<DataClass>> wordsOf<DataClass>()
{
    return kDataClassWords;
}
template <> std::span<const Word<KeepReason>> wordsOf<KeepReason>()
{
    return kKeepReasonWords;
}
template <> std::span<const Word<PurgeStatus>> wordsOf<PurgeStatus>()
{
    return kPurgeStatusWords;
}
template <> std::span<const Word<TombstoneKind>> wordsOf<TombstoneKind>()
{
    return kTombstoneKindWords;
}

QList<std::optional<int>> offeredRetentionPeriods()
{
    return {14, 30, 90, 365, 3 * 365, 6 * 365, 7 * 365, 10 * 365, std::nullopt};
}

QString periodName(std::optional<int> days)
{
    if (!days)
        return QCoreApplication::translate("custos::domain::Retention", "Keep indefinitely");
    // Singular and plural as separate texts, so that English reads right without a
    // translation file; German and French give their own forms.
    if (*days >= 365 && *days % 365 == 0) {
        const int years = *days / 365;
        return years == 1 ? QCoreApplication::translate("custos::domain::Retention", "1 year")
                          : QCoreApplication::translate("custos::domain::Retention", "%1 years").arg(years);
    }
    return *days == 1 ? QCoreApplication::translate("custos::domain::Retention", "1 day")
                      : QCoreApplication::translate("custos::domain::Retention", "%1 days").arg(*days);
}

QByteArray tombstoneDigest(const Tombstone& t)
{
    QByteArray data("custos-tombstone-v1\n");
    data += key(t.kind).toLatin1() + '\n';
    data += QByteArray::number(t.objectId) + '\n';
    data += QByteArray::number(t.postId) + '\n';
    data += t.contentHash.toHex() + '\n';
    data += t.leaf.toHex() + '\n';
    data += QByteArray::number(t.ruleId) + '\n';
    data += t.eventAt.toUtf8() + '\n';
    data += t.purgedAt.toUtf8() + '\n';
    return crypto::sha256(data);
}

qint64 PurgePreview::postsToPurge() const
{
    qint64 n = 0;
    for (const RuleDisposal& r : rules)
        n += r.posts;
    return n;
}

qint64 PurgePreview::casesToPurge() const
{
    qint64 n = 0;
    for (const RuleDisposal& r : rules)
        n += r.cases;
    return n;
}

qint64 PurgePreview::manifestsToPurge() const
{
    qint64 n = 0;
    for (const RuleDisposal& r : rules)
        n += r.manifests;
    return n;
}

} // namespace custos::domain

#include "records/Disposition.h"

#include "audit/Merkle.h"
#include "audit/Verification.h"
#include "domain/AuditActions.h"
#include "domain/Records.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace custos::records {

using namespace custos::domain;

namespace {

constexpr qsizetype kMaxProblems = 200;

QString describe(const Tombstone& t)
{
    return Disposition::tr("%1 %2").arg(displayName(t.kind)).arg(t.objectId);
}

} // namespace

Result<DispositionReport> verifyCertificate(const QJsonObject& cert, const QString& bundleDir)
{
    DispositionReport report;
    auto problem = [&](const QString& p) {
        if (report.problems.size() < kMaxProblems)
            report.problems << p;
    };
    if (cert.value(QStringLiteral("format")).toString() != QLatin1String(kCertificateFormat))
        return Status(ErrorCode::InvalidArgument,
                      Disposition::tr("This is not a certificate of disposition (format \"%1\" expected).")
                          .arg(QString::fromLatin1(kCertificateFormat)));

    // The log itself, checked against the seal the certificate was exported under.
    std::optional<audit::Witness> witness;
    const QJsonObject seal = cert.value(QStringLiteral("seal")).toObject();
    if (!seal.isEmpty()) {
        audit::Witness w;
        w.size = static_cast<quint64>(seal.value(QStringLiteral("tree_size")).toInteger());
        w.root = QByteArray::fromHex(seal.value(QStringLiteral("root_hash")).toString().toLatin1());
        witness = w;
    }
    const audit::VerificationReport log = audit::verifyBundle(bundleDir, 1, {}, witness);
    if (!log.ok())
        return Status(ErrorCode::Corrupted,
                      Disposition::tr("The audit export does not verify, so it cannot confirm the certificate: %1")
                          .arg(log.message));

    const QJsonObject purge = cert.value(QStringLiteral("purge")).toObject();
    const qint64 purgeId = purge.value(QStringLiteral("id")).toInteger();
    const QString purgeKey = QString::number(purgeId);
    report.purgeStatus = purge.value(QStringLiteral("status")).toString();

    // The entries of this purge, and the rules as the log recorded them.
    QHash<qint64, AuditEntry> entries;
    QHash<qint64, QJsonObject> signedRules;
    Status read = audit::forEachBundleEntry(bundleDir, [&](const AuditEntry& e) {
        if (e.objectType == objects::kPurge && e.objectId == purgeKey)
            entries.insert(static_cast<qint64>(e.seq), e);
        else if (e.action == actions::kRetentionRule)
            signedRules.insert(e.objectId.toLongLong(), e.detailsObject());
        return true;
    });
    if (!read.ok())
        return read;

    const qint64 startSeq = purge.value(QStringLiteral("start_entry")).toInteger(-1);
    const auto start = entries.constFind(startSeq);
    if (start == entries.constEnd() || start->action != actions::kPurgeStart) {
        problem(Disposition::tr("Entry %1, which the certificate names as the start of purge %2, is not in the log as "
                                "that purge's start.")
                    .arg(startSeq)
                    .arg(purgeId));
        return report;
    }
    const QDateTime startedAt = QDateTime::fromString(start->time, Qt::ISODateWithMs);

    // The rules: as the certificate lists them, as the purge's start signed them.
    QHash<qint64, QJsonObject> startRules;
    for (const QJsonValue& v : start->detailsObject().value(QStringLiteral("rules")).toArray())
        startRules.insert(v.toObject().value(QStringLiteral("id")).toInteger(), v.toObject());
    QHash<qint64, std::optional<int>> periods;
    for (const QJsonValue& v : cert.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        const qint64 id = r.value(QStringLiteral("id")).toInteger();
        const auto signedRule = startRules.constFind(id);
        if (signedRule == startRules.constEnd()) {
            problem(Disposition::tr("Rule %1 was not in force when purge %2 started.").arg(id).arg(purgeId));
            continue;
        }
        for (const char* field : {"data_class", "period_days", "reason", "channel_kind", "channel", "category"}) {
            const QString f = QString::fromLatin1(field);
            if (signedRule->value(f) != r.value(f))
                problem(Disposition::tr("Rule %1's %2 in the certificate differs from what the purge signed.").arg(id).arg(f));
        }
        const QJsonValue period = signedRule->value(QStringLiteral("period_days"));
        periods.insert(id, period.isNull() ? std::nullopt : std::optional<int>(period.toInt()));
    }

    // The tombstones, batch by batch, against what each batch entry signed.
    QMap<qint64, QList<Tombstone>> byBatch;
    for (const QJsonValue& v : cert.value(QStringLiteral("tombstones")).toArray()) {
        const QJsonObject o = v.toObject();
        Tombstone t;
        t.batchSeq = o.value(QStringLiteral("batch")).toInteger();
        t.kind = fromKey<TombstoneKind>(o.value(QStringLiteral("kind")).toString()).value_or(TombstoneKind::Post);
        t.objectId = o.value(QStringLiteral("id")).toInteger();
        t.postId = o.value(QStringLiteral("post")).toInteger();
        t.contentHash = QByteArray::fromHex(o.value(QStringLiteral("content_hash")).toString().toLatin1());
        t.leaf = QByteArray::fromHex(o.value(QStringLiteral("leaf")).toString().toLatin1());
        t.ruleId = o.value(QStringLiteral("rule")).toInteger();
        t.eventAt = o.value(QStringLiteral("event_at")).toString();
        t.purgedAt = o.value(QStringLiteral("purged_at")).toString();
        byBatch[t.batchSeq] << t;
        ++report.tombstones;

        // Deleted under a rule whose period had ended.
        if (!periods.contains(t.ruleId)) {
            problem(Disposition::tr("%1 names rule %2, which the certificate does not list.").arg(describe(t)).arg(t.ruleId));
        } else if (!periods.value(t.ruleId)) {
            problem(Disposition::tr("%1 was deleted under rule %2, which keeps indefinitely.").arg(describe(t)).arg(t.ruleId));
        } else {
            const QDateTime from = QDateTime::fromString(t.eventAt, Qt::ISODateWithMs).isValid()
                                       ? QDateTime::fromString(t.eventAt, Qt::ISODateWithMs)
                                       : QDateTime::fromString(t.eventAt, Qt::ISODate);
            if (!from.isValid() || from.addDays(*periods.value(t.ruleId)) > startedAt)
                problem(Disposition::tr("%1 was deleted before rule %2's period had ended (it counts from %3).")
                            .arg(describe(t))
                            .arg(t.ruleId)
                            .arg(t.eventAt));
        }
    }

    QList<QByteArray> batchRoots;
    QList<qint64> seqs;
    for (auto it = byBatch.begin(); it != byBatch.end(); ++it) {
        const qint64 seq = it.key();
        const QList<Tombstone>& stones = *it;
        const auto entry = entries.constFind(seq);
        if (entry == entries.constEnd() || entry->action != actions::kPurgeBatch) {
            problem(Disposition::tr("Entry %1, which %3 tombstones of the certificate name as their batch, is not a batch "
                                    "of purge %2 in the log.")
                        .arg(seq)
                        .arg(purgeId)
                        .arg(stones.size()));
            continue;
        }
        ++report.batches;
        seqs << seq;
        const QJsonObject d = entry->detailsObject();
        const QByteArray prefixes = QByteArray::fromBase64(d.value(QStringLiteral("digests")).toString().toLatin1());
        const qint64 count = d.value(QStringLiteral("count")).toInteger();
        QList<QByteArray> leaves;
        for (qsizetype i = 0; i < stones.size(); ++i) {
            const QByteArray digest = tombstoneDigest(stones.at(i));
            leaves << audit::merkle::leafHash(digest);
            if (i >= count)
                problem(Disposition::tr("%1 is not among the tombstones entry %2 signed.").arg(describe(stones.at(i))).arg(seq));
            else if (prefixes.mid(i * 8, 8) != digest.left(8))
                problem(Disposition::tr("%1 differs from what entry %2 signed: its ids, hashes, rule or times were changed.")
                            .arg(describe(stones.at(i)))
                            .arg(seq));
        }
        if (stones.size() < count)
            problem(Disposition::tr("Entry %1 signed %2 tombstones, but the certificate lists %3 of them: %4 left out.")
                        .arg(seq)
                        .arg(count)
                        .arg(stones.size())
                        .arg(count - stones.size()));
        const QByteArray root = audit::merkle::root(leaves);
        batchRoots << root;
        if (root.toHex() != d.value(QStringLiteral("root")).toString().toLatin1() && stones.size() == count)
            problem(Disposition::tr("The tombstones of batch %1 do not add up to the root it signed.").arg(seq));
    }
    // Batches the log has that the certificate left out.
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        if (it->action == actions::kPurgeBatch && it->detailsObject().value(QStringLiteral("count")).toInteger() > 0 &&
            !byBatch.contains(it.key()))
            problem(Disposition::tr("The log has batch %1 of purge %2 (%3 tombstones), which the certificate leaves out.")
                        .arg(it.key())
                        .arg(purgeId)
                        .arg(it->detailsObject().value(QStringLiteral("count")).toInteger()));
    }
    // The purge's last entry commits to its batches.
    const QJsonValue doneValue = purge.value(QStringLiteral("done_entry"));
    if (!doneValue.isNull() && !doneValue.isUndefined()) {
        const auto doneEntry = entries.constFind(doneValue.toInteger());
        if (doneEntry == entries.constEnd() || doneEntry->action != actions::kPurgeDone) {
            problem(Disposition::tr("Entry %1, which the certificate names as the end of purge %2, is not in the log as "
                                    "that purge's end.")
                        .arg(doneValue.toInteger())
                        .arg(purgeId));
        } else {
            const QJsonObject d = doneEntry->detailsObject();
            if (d.value(QStringLiteral("status")).toString() != report.purgeStatus)
                problem(Disposition::tr("The certificate says purge %1 ended \"%2\"; the log says \"%3\".")
                            .arg(purgeId)
                            .arg(report.purgeStatus, d.value(QStringLiteral("status")).toString()));
            QList<QByteArray> leaves;
            for (const QByteArray& r : batchRoots)
                leaves << audit::merkle::leafHash(r);
            if (audit::merkle::root(leaves).toHex() != d.value(QStringLiteral("root")).toString().toLatin1() &&
                report.problems.isEmpty())
                problem(Disposition::tr("The batches of the certificate do not add up to the root purge %1's last entry "
                                        "signed.")
                            .arg(purgeId));
        }
    }
    return report;
}

} // namespace custos::records

#include "audit/AuditVerifier.h"

#include "domain/AuditActions.h"
#include "audit/UserKeyDetails.h"
#include "crypto/Crypto.h"

#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <memory>

namespace custos::audit {
namespace {

constexpr qsizetype kSignatureBatch = 8192;
const QByteArray kZeroHash(32, '\0');

} // namespace

QString VerificationReport::problemKey(Problem p)
{
    switch (p) {
    case Problem::None: return QStringLiteral("ok");
    case Problem::Malformed: return QStringLiteral("malformed");
    case Problem::Gap: return QStringLiteral("gap");
    case Problem::Reordered: return QStringLiteral("reordered");
    case Problem::BrokenChain: return QStringLiteral("broken-chain");
    case Problem::BadHash: return QStringLiteral("bad-hash");
    case Problem::UnknownKey: return QStringLiteral("unknown-key");
    case Problem::RevokedKey: return QStringLiteral("revoked-key");
    case Problem::ActorMismatch: return QStringLiteral("actor-mismatch");
    case Problem::BadSignature: return QStringLiteral("bad-signature");
    case Problem::ForgedRegistration: return QStringLiteral("forged-registration");
    case Problem::CheckpointMismatch: return QStringLiteral("checkpoint-mismatch");
    case Problem::BadCheckpointSignature: return QStringLiteral("bad-checkpoint-signature");
    case Problem::TruncatedAfterCheckpoint: return QStringLiteral("truncated");
    case Problem::NotPermitted: return QStringLiteral("not-permitted");
    case Problem::Unsealed: return QStringLiteral("unsealed");
    case Problem::KeyFileMismatch: return QStringLiteral("key-file-mismatch");
    case Problem::Rollback: return QStringLiteral("rollback");
    case Problem::StateMismatch: return QStringLiteral("state-mismatch");
    case Problem::ContentMismatch: return QStringLiteral("content-mismatch");
    }
    return {};
}

AuditVerifier::AuditVerifier(QList<domain::Checkpoint> checkpoints, int threads)
    : m_checkpoints(std::move(checkpoints)), m_threads(std::max(1, threads))
{
    std::sort(m_checkpoints.begin(), m_checkpoints.end(),
              [](const domain::Checkpoint& a, const domain::Checkpoint& b) { return a.treeSize < b.treeSize; });
    m_pending.reserve(kSignatureBatch);
}

AuditVerifier::~AuditVerifier() = default;

bool AuditVerifier::fail(Problem problem, std::optional<quint64> entry, const QString& message)
{
    if (m_failed)
        return false;
    m_failed = true;
    m_report.problem = problem;
    m_report.entry = entry;
    m_report.message = message;
    return false;
}

void AuditVerifier::addMalformed(quint64 position, const QString& what)
{
    flushSignatures();
    fail(Problem::Malformed, position, tr("Record %1 cannot be read: %2.").arg(position).arg(what));
}

bool AuditVerifier::flushSignatures()
{
    if (m_pending.isEmpty())
        return !m_failed;
    std::vector<char> good(static_cast<std::size_t>(m_pending.size()), 0);
    auto check = [this, &good](qsizetype begin, qsizetype end) {
        // One verifier per key and range: Botan sets a key up once, then checks many messages.
        QHash<const RegisteredKey*, std::shared_ptr<crypto::Ed25519Verifier>> verifiers;
        for (qsizetype i = begin; i < end; ++i) {
            const Pending& p = m_pending.at(i);
            auto& v = verifiers[p.key.get()];
            if (!v)
                v = std::make_shared<crypto::Ed25519Verifier>(p.key->publicKey);
            good[static_cast<std::size_t>(i)] = v->verify(p.hash, p.signature) ? 1 : 0;
        }
    };
    const qsizetype n = m_pending.size();
    if (m_threads == 1 || n < 64) {
        check(0, n);
    } else {
        QList<QPair<qsizetype, qsizetype>> ranges;
        const qsizetype chunk = (n + m_threads - 1) / m_threads;
        for (qsizetype b = 0; b < n; b += chunk)
            ranges.append({b, std::min(n, b + chunk)});
        QtConcurrent::blockingMap(ranges, [&check](const QPair<qsizetype, qsizetype>& r) { check(r.first, r.second); });
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!good[static_cast<std::size_t>(i)]) {
            const Pending p = m_pending.at(i);
            m_pending.clear();
            return fail(Problem::BadSignature, p.seq,
                        tr("Entry %1: its signature is not a valid signature of %2 (key %3) over the entry.")
                            .arg(p.seq)
                            .arg(p.key->user, p.key->keyId));
        }
    }
    m_pending.clear();
    return true;
}

bool AuditVerifier::isAdministrator(qint64 userId) const
{
    return m_roles.value(userId) == QLatin1String("administrator");
}

bool AuditVerifier::registerKey(const QJsonObject& d, quint64 seq, bool requireSigner, const domain::AuditEntry& e)
{
    const QByteArray pub = QByteArray::fromBase64(d.value(QStringLiteral("public_key")).toString().toLatin1());
    const QString keyId = d.value(QStringLiteral("key_id")).toString();
    const qint64 userId = d.value(QStringLiteral("user_id")).toInteger();
    if (pub.size() != 32 || crypto::keyId(pub) != keyId || userId <= 0)
        return fail(Problem::ForgedRegistration, seq,
                    tr("Entry %1 registers a key whose identifier does not match the key.").arg(seq));
    if (m_keys.contains(keyId))
        return fail(Problem::ForgedRegistration, seq, tr("Entry %1 registers key %2 a second time.").arg(seq).arg(keyId));
    if (requireSigner && keyId != e.keyId)
        return fail(Problem::ForgedRegistration, seq,
                    tr("Entry %1 starts the log but is not signed by the key it registers.").arg(seq));
    auto key = std::make_shared<RegisteredKey>();
    key->keyId = keyId;
    key->userId = userId;
    key->user = d.value(QStringLiteral("user")).toString();
    key->publicKey = pub;
    key->registeredAt = seq;
    m_keys.insert(keyId, key);
    m_roles.insert(userId, d.value(QStringLiteral("role")).toString());
    return true;
}

bool AuditVerifier::add(const domain::AuditEntry& e)
{
    if (m_failed)
        return false;
    const quint64 seq = e.seq;
    if (m_ahead) {
        // The entry before came too early. If this is the one it skipped, the two are out of order.
        flushSignatures();
        if (seq == m_expected)
            return fail(Problem::Reordered, m_expected,
                        tr("Entries %1 and %2 are out of order: entry %2 comes before entry %1.")
                            .arg(m_expected)
                            .arg(m_ahead->seq));
        return fail(Problem::Gap, m_expected,
                    m_ahead->seq == m_expected + 1
                        ? tr("Entry %1 is missing (the log jumps from %2 to %3).").arg(m_expected).arg(m_expected - 1).arg(m_ahead->seq)
                        : tr("Entries %1 to %2 are missing.").arg(m_expected).arg(m_ahead->seq - 1));
    }
    if (seq < m_expected) {
        flushSignatures();
        return fail(Problem::Reordered, seq,
                    tr("Entry %1 appears after entry %2: entries were reordered or repeated.").arg(seq).arg(m_expected - 1));
    }
    if (seq > m_expected) {
        m_ahead = e; // decided by the next entry (or by the end of the log)
        return true;
    }
    if (e.computeHash() != e.entryHash) {
        flushSignatures();
        return fail(Problem::BadHash, seq,
                    tr("Entry %1: its hash does not match its content, so a field was altered.").arg(seq));
    }
    const QByteArray expectedPrev = seq == 0 ? kZeroHash : m_lastHash;
    if (e.prevHash != expectedPrev) {
        flushSignatures();
        return fail(Problem::BrokenChain, seq,
                    tr("Entry %1 does not continue the chain: its previous-entry hash is not the hash of entry %2.")
                        .arg(seq)
                        .arg(seq == 0 ? 0 : seq - 1));
    }

    // The first entry registers the first administrator's key and is signed with it.
    if (seq == 0) {
        const QJsonObject d = e.detailsObject();
        bool started = false;
        if (e.action == domain::actions::kWorkspaceCreate) {
            const QJsonObject admin = d.value(QStringLiteral("administrator")).toObject();
            started = admin.value(QStringLiteral("role")).toString() == QLatin1String("administrator") &&
                      registerKey(admin, seq, true, e);
        } else if (e.action == domain::actions::kLogGenesis) {
            bool signerListed = false;
            for (const QJsonValue& v : d.value(QStringLiteral("users")).toArray()) {
                const QJsonObject u = v.toObject();
                const bool isSigner = u.value(QStringLiteral("key_id")).toString() == e.keyId;
                if (isSigner && u.value(QStringLiteral("role")).toString() != QLatin1String("administrator"))
                    break;
                signerListed |= isSigner;
                if (!registerKey(u, seq, false, e))
                    return false;
            }
            started = signerListed;
        }
        if (!started)
            return m_failed ? false
                            : fail(Problem::ForgedRegistration, seq,
                                   tr("Entry 0 does not start the log with an administrator's self-registered key."));
    }

    const std::shared_ptr<RegisteredKey> key = m_keys.value(e.keyId);
    if (!key) {
        flushSignatures();
        return fail(Problem::UnknownKey, seq,
                    tr("Entry %1 is signed with key %2, which no administrator registered.").arg(seq).arg(e.keyId));
    }
    if (key->revokedAt && *key->revokedAt < seq) {
        flushSignatures();
        return fail(Problem::RevokedKey, seq,
                    tr("Entry %1 is signed with key %2 of %3, which was revoked in entry %4.")
                        .arg(seq)
                        .arg(e.keyId, key->user)
                        .arg(*key->revokedAt));
    }
    if (key->userId != e.actorId || (!e.actorName.isEmpty() && e.actorName != key->user)) {
        flushSignatures();
        return fail(Problem::ActorMismatch, seq,
                    tr("Entry %1 names user %2 as its actor but is signed with the key of %3.")
                        .arg(seq)
                        .arg(e.actorId)
                        .arg(key->user));
    }
    m_pending.append({seq, key, e.entryHash, e.signature});
    if (m_pending.size() >= kSignatureBatch && !flushSignatures())
        return false;

    if (seq > 0 && !applySemantics(e)) {
        flushSignatures(); // an earlier bad signature is the first problem
        return false;
    }
    m_replay.apply(e);
    m_lastHash = e.entryHash;
    m_range.append(merkle::leafHash(e.entryHash));
    ++m_expected;
    m_report.entriesChecked = m_expected;
    return checkCheckpoints();
}

bool AuditVerifier::applySemantics(const domain::AuditEntry& e)
{
    const bool keyAction = e.action == domain::actions::kUserAdd || e.action == domain::actions::kUserRevoke ||
                           e.action == domain::actions::kUserRole;
    if (e.action == domain::actions::kWorkspaceCreate || e.action == domain::actions::kLogGenesis)
        return fail(Problem::ForgedRegistration, e.seq,
                    tr("Entry %1 claims to start the log, but the log started at entry 0.").arg(e.seq));
    if (!keyAction)
        return true;
    if (!isAdministrator(e.actorId))
        return fail(Problem::ForgedRegistration, e.seq,
                    tr("Entry %1 (%2) was signed by %3, who is not an administrator at that point.")
                        .arg(e.seq)
                        .arg(e.action, m_keys.value(e.keyId)->user));
    const QJsonObject d = e.detailsObject();
    if (e.action == domain::actions::kUserAdd)
        return registerKey(d, e.seq, false, e);
    const qint64 userId = d.value(QStringLiteral("user_id")).toInteger();
    if (e.action == domain::actions::kUserRole) {
        m_roles.insert(userId, d.value(QStringLiteral("role")).toString());
        return true;
    }
    const QString keyId = d.value(QStringLiteral("key_id")).toString();
    const std::shared_ptr<RegisteredKey> revoked = m_keys.value(keyId);
    if (!revoked)
        return fail(Problem::ForgedRegistration, e.seq, tr("Entry %1 revokes key %2, which was never registered.")
                                                            .arg(e.seq)
                                                            .arg(keyId));
    revoked->revokedAt = e.seq;
    m_roles.remove(revoked->userId);
    return true;
}

bool AuditVerifier::checkCheckpoints()
{
    while (m_nextCheckpoint < m_checkpoints.size() && m_checkpoints.at(m_nextCheckpoint).treeSize <= m_range.size()) {
        const domain::Checkpoint& c = m_checkpoints.at(m_nextCheckpoint++);
        if (c.treeSize == 0 || c.treeSize < m_range.size()) {
            flushSignatures();
            return fail(Problem::CheckpointMismatch, c.treeSize,
                        tr("The checkpoint at tree size %1 is out of order or repeated.").arg(c.treeSize));
        }
        if (c.rootHash != m_range.root()) {
            flushSignatures();
            return fail(Problem::CheckpointMismatch, c.treeSize - 1,
                        tr("The checkpoint at tree size %1 does not match the entries: one of entries 0 to %2 was "
                           "changed, removed or replaced after it was signed.")
                            .arg(c.treeSize)
                            .arg(c.treeSize - 1));
        }
        const std::shared_ptr<RegisteredKey> key = m_keys.value(c.keyId);
        const bool keyValid = key && key->userId == c.signerId &&
                              (!key->revokedAt || *key->revokedAt >= c.treeSize - 1);
        if (!keyValid || !crypto::ed25519Verify(key->publicKey, c.signedHash(), c.signature)) {
            flushSignatures();
            return fail(Problem::BadCheckpointSignature, c.treeSize - 1,
                        tr("The checkpoint at tree size %1 is not validly signed by a registered key.").arg(c.treeSize));
        }
        ++m_report.checkpointsChecked;
    }
    return true;
}

QList<RegisteredKey> AuditVerifier::keys() const
{
    QList<RegisteredKey> out;
    for (const auto& k : m_keys)
        out.append(*k);
    std::sort(out.begin(), out.end(), [](const RegisteredKey& a, const RegisteredKey& b) { return a.registeredAt < b.registeredAt; });
    return out;
}

VerificationReport AuditVerifier::finish()
{
    if (!m_failed && m_ahead) {
        flushSignatures();
        fail(Problem::Gap, m_expected,
             tr("Entries %1 to %2 are missing.").arg(m_expected).arg(m_ahead->seq - 1));
    }
    if (!m_failed)
        flushSignatures();
    if (!m_failed && m_nextCheckpoint < m_checkpoints.size()) {
        const domain::Checkpoint& c = m_checkpoints.at(m_nextCheckpoint);
        fail(Problem::TruncatedAfterCheckpoint, m_range.size(),
             tr("The log ends after %1 entries, but a signed checkpoint covers %2: entries from %3 on were removed.")
                 .arg(m_range.size())
                 .arg(c.treeSize)
                 .arg(m_range.size()));
    }
    m_report.root = m_range.root();
    if (!m_failed)
        m_report.message = tr("The audit log is intact: %n entries and %1 checkpoint(s) verified.", nullptr,
                              static_cast<int>(m_report.entriesChecked))
                               .arg(m_report.checkpointsChecked);
    return m_report;
}

} // namespace custos::audit

#include "audit/Merkle.h"

#include "crypto/Crypto.h"

#include <bit>

namespace custos::audit::merkle {
namespace {

constexpr qsizetype kHashSize = 32;

quint64 largestPowerOfTwoBelow(quint64 n)
{
    // n >= 2: the largest power of two strictly smaller than n.
    return std::bit_floor(n - 1);
}

void path(const QList<QByteArray>& leaves, quint64 m, quint64 begin, quint64 end, QList<QByteArray>& out)
{
    const quint64 n = end - begin;
    if (n <= 1)
        return;
    const quint64 k = largestPowerOfTwoBelow(n);
    if (m < k) {
        path(leaves, m, begin, begin + k, out);
        out.append(root(leaves, static_cast<qsizetype>(begin + k), static_cast<qsizetype>(end)));
    } else {
        path(leaves, m - k, begin + k, end, out);
        out.append(root(leaves, static_cast<qsizetype>(begin), static_cast<qsizetype>(begin + k)));
    }
}

void subproof(const QList<QByteArray>& leaves, quint64 m, quint64 begin, quint64 end, bool complete,
              QList<QByteArray>& out)
{
    const quint64 n = end - begin;
    if (m == n) {
        if (!complete)
            out.append(root(leaves, static_cast<qsizetype>(begin), static_cast<qsizetype>(end)));
        return;
    }
    const quint64 k = largestPowerOfTwoBelow(n);
    if (m <= k) {
        subproof(leaves, m, begin, begin + k, complete, out);
        out.append(root(leaves, static_cast<qsizetype>(begin + k), static_cast<qsizetype>(end)));
    } else {
        subproof(leaves, m - k, begin + k, end, false, out);
        out.append(root(leaves, static_cast<qsizetype>(begin), static_cast<qsizetype>(begin + k)));
    }
}

bool validHash(const QByteArray& h)
{
    return h.size() == kHashSize;
}

} // namespace

QByteArray leafHash(const QByteArray& data)
{
    return crypto::sha256(QByteArray(QByteArray(1, '\x00') + data));
}

QByteArray nodeHash(const QByteArray& left, const QByteArray& right)
{
    return crypto::sha256(QByteArray(QByteArray(1, '\x01') + left + right));
}

QByteArray emptyRoot()
{
    return crypto::sha256(QByteArray());
}

QByteArray root(const QList<QByteArray>& leafHashes, qsizetype begin, qsizetype end)
{
    const qsizetype n = end - begin;
    if (n <= 0)
        return emptyRoot();
    if (n == 1)
        return leafHashes.at(begin);
    const auto k = static_cast<qsizetype>(largestPowerOfTwoBelow(static_cast<quint64>(n)));
    return nodeHash(root(leafHashes, begin, begin + k), root(leafHashes, begin + k, end));
}

QList<QByteArray> inclusionProof(const QList<QByteArray>& leafHashes, quint64 index, quint64 size)
{
    QList<QByteArray> out;
    if (index < size && size <= static_cast<quint64>(leafHashes.size()))
        path(leafHashes, index, 0, size, out);
    return out;
}

QList<QByteArray> consistencyProof(const QList<QByteArray>& leafHashes, quint64 size1, quint64 size2)
{
    QList<QByteArray> out;
    if (size1 > 0 && size1 < size2 && size2 <= static_cast<quint64>(leafHashes.size()))
        subproof(leafHashes, size1, 0, size2, true, out);
    return out;
}

bool verifyInclusion(quint64 index, quint64 size, const QByteArray& leaf, const QList<QByteArray>& proof,
                     const QByteArray& expectedRoot)
{
    if (index >= size || !validHash(leaf) || !validHash(expectedRoot))
        return false;
    quint64 fn = index;
    quint64 sn = size - 1;
    QByteArray r = leaf;
    for (const QByteArray& p : proof) {
        if (sn == 0 || !validHash(p))
            return false;
        if ((fn & 1) || fn == sn) {
            r = nodeHash(p, r);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = nodeHash(r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && crypto::constantTimeEquals(r, expectedRoot);
}

bool verifyConsistency(quint64 size1, quint64 size2, const QByteArray& root1, const QByteArray& root2,
                       const QList<QByteArray>& proof)
{
    // Checking against the empty tree proves nothing, so it is refused (as transparency-dev does).
    if (size1 == 0 || size1 > size2)
        return false;
    if (size1 == size2)
        return proof.isEmpty() && crypto::constantTimeEquals(root1, root2);
    if (!validHash(root1) || !validHash(root2) || proof.isEmpty())
        return false;
    for (const QByteArray& p : proof) {
        if (!validHash(p))
            return false;
    }
    QList<QByteArray> path = proof;
    if (std::has_single_bit(size1))
        path.prepend(root1);
    quint64 fn = size1 - 1;
    quint64 sn = size2 - 1;
    while (fn & 1) {
        fn >>= 1;
        sn >>= 1;
    }
    QByteArray fr = path.first();
    QByteArray sr = path.first();
    for (qsizetype i = 1; i < path.size(); ++i) {
        const QByteArray& c = path.at(i);
        if (sn == 0)
            return false;
        if ((fn & 1) || fn == sn) {
            fr = nodeHash(c, fr);
            sr = nodeHash(c, sr);
            while (!(fn & 1) && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = nodeHash(sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    return sn == 0 && crypto::constantTimeEquals(fr, root1) && crypto::constantTimeEquals(sr, root2);
}

CompactRange CompactRange::fromState(quint64 size, const QByteArray& packed)
{
    CompactRange range;
    const int count = std::popcount(size);
    if (packed.size() != count * kHashSize) {
        range.m_valid = false;
        return range;
    }
    range.m_size = size;
    for (int i = 0; i < count; ++i)
        range.m_hashes.append(packed.mid(i * kHashSize, kHashSize));
    return range;
}

void CompactRange::append(const QByteArray& leaf)
{
    QByteArray h = leaf;
    for (quint64 n = m_size; n & 1; n >>= 1)
        h = nodeHash(m_hashes.takeLast(), h);
    m_hashes.append(h);
    ++m_size;
}

QByteArray CompactRange::root() const
{
    if (m_hashes.isEmpty())
        return emptyRoot();
    QByteArray r = m_hashes.last();
    for (qsizetype i = m_hashes.size() - 2; i >= 0; --i)
        r = nodeHash(m_hashes.at(i), r);
    return r;
}

QByteArray CompactRange::packed() const
{
    QByteArray out;
    for (const QByteArray& h : m_hashes)
        out += h;
    return out;
}

} // namespace custos::audit::merkle

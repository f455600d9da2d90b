// RFC 6962 / RFC 9162 Merkle tree hashing over audit entry hashes: leaf and node hashes,
// roots, inclusion and consistency proofs and their verification, and the compact
// range (frontier) that lets the log append in O(log n).
#pragma once

#include <QByteArray>
#include <QList>

namespace custos::audit::merkle {

QByteArray leafHash(const QByteArray& data);                      // SHA-256(0x00 ‖ data)
QByteArray nodeHash(const QByteArray& left, const QByteArray& right); // SHA-256(0x01 ‖ left ‖ right)
QByteArray emptyRoot();                                           // SHA-256 of nothing

// Root of the tree over leafHashes[begin, end).
QByteArray root(const QList<QByteArray>& leafHashes, qsizetype begin, qsizetype end);
inline QByteArray root(const QList<QByteArray>& leafHashes) { return root(leafHashes, 0, leafHashes.size()); }

// Audit path of leaf `index` in the tree of the first `size` leaves (RFC 6962 PATH).
QList<QByteArray> inclusionProof(const QList<QByteArray>& leafHashes, quint64 index, quint64 size);
// Consistency proof between the trees of the first `size1` and `size2` leaves (RFC 6962 PROOF).
QList<QByteArray> consistencyProof(const QList<QByteArray>& leafHashes, quint64 size1, quint64 size2);

// RFC 9162 section 2.1.3.2; hashes must be 32 bytes.
bool verifyInclusion(quint64 index, quint64 size, const QByteArray& leafHash, const QList<QByteArray>& proof,
                     const QByteArray& root);
// RFC 9162 section 2.1.4.2. size1 = 0 is refused: consistency with the empty tree proves nothing.
bool verifyConsistency(quint64 size1, quint64 size2, const QByteArray& root1, const QByteArray& root2,
                       const QList<QByteArray>& proof);

// The roots of the perfect subtrees that make up a tree of `size` leaves, largest first.
class CompactRange final
{
public:
    CompactRange() = default;
    static CompactRange fromState(quint64 size, const QByteArray& packedHashes); // empty size on malformed input
    void append(const QByteArray& leafHash);
    QByteArray root() const;
    quint64 size() const { return m_size; }
    QByteArray packed() const; // the subtree roots concatenated
    bool isValid() const { return m_valid; }

private:
    quint64 m_size = 0;
    QList<QByteArray> m_hashes;
    bool m_valid = true;
};

} // namespace custos::audit::merkle

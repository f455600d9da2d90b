// Makes an audit bundle's hashes, roots and signatures right again after a mutation, so
// that the fuzzer reaches what the verifier checks after them (key registrations,
// revocations, roles, checkpoints, key files): anyone who forges a bundle can compute
// SHA-256, and entries signed with one of the two fuzz keys (fixed seeds, below) get a
// valid signature. Entries of other keys keep the signature they have.
#pragma once

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace custos::fuzz {

struct FuzzKey
{
    crypto::SecretBytes seed;
    QByteArray publicKey;
    QString keyId;
};

// Key 0 and key 1, the same in every run.
const FuzzKey& fuzzKey(int which);

struct RepairedBundle
{
    QByteArray entries;       // entries.jsonl
    QByteArray checkpoints;   // checkpoints.jsonl
    QList<QByteArray> leaves; // Merkle leaf hashes of the entries, in order
};

// Lines that are not JSON objects are kept as they are (and do not count as entries).
RepairedBundle repairBundle(const QByteArray& entries, const QByteArray& checkpoints);

} // namespace custos::fuzz

// RFC 6962 Merkle hashing against the published transparency-dev vectors, and proofs
// generated here verifying for every pair of sizes up to 70.
#include "TestSupport.h"
#include "audit/Merkle.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace custos;
using namespace custos::audit;

namespace {

QString vectorsDir()
{
    const QString shared = test::sharedDataDir();
    return shared.isEmpty() ? QString() : shared + QStringLiteral("/vectors/merkle-rfc6962");
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// JSON numbers beyond 2^53 arrive as doubles; the vectors use 2^64 - 1 for "out of range".
quint64 u64(const QJsonValue& v)
{
    return v.toDouble() >= 9.2e18 ? std::numeric_limits<quint64>::max() : static_cast<quint64>(v.toInteger());
}

QByteArray b64(const QJsonValue& v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

QList<QByteArray> b64List(const QJsonValue& v)
{
    QList<QByteArray> out;
    for (const QJsonValue& x : v.toArray())
        out.append(b64(x));
    return out;
}

QList<QByteArray> leaves(int n)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out.append(merkle::leafHash(QByteArray::number(i)));
    return out;
}

} // namespace

class TestMerkle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rootsOfTreesOfSizeZeroToEight()
    {
        if (vectorsDir().isEmpty())
            QSKIP("../shared/data is absent");
        const QJsonObject o = readJson(vectorsDir() + QStringLiteral("/roots.json"));
        const QJsonArray inputs = o.value(QStringLiteral("leaf_inputs_hex")).toArray();
        const QJsonArray roots = o.value(QStringLiteral("root_hashes_hex_by_size")).toArray();
        QCOMPARE(roots.size(), 9);
        QList<QByteArray> hashes;
        merkle::CompactRange range;
        QCOMPARE(merkle::root(hashes).toHex(), roots.at(0).toString().toLatin1());
        QCOMPARE(range.root().toHex(), roots.at(0).toString().toLatin1());
        for (int n = 1; n <= 8; ++n) {
            const QByteArray leaf = merkle::leafHash(QByteArray::fromHex(inputs.at(n - 1).toString().toLatin1()));
            hashes.append(leaf);
            range.append(leaf);
            QCOMPARE(merkle::root(hashes).toHex(), roots.at(n).toString().toLatin1());
            QCOMPARE(range.root().toHex(), roots.at(n).toString().toLatin1());
            const auto restored = merkle::CompactRange::fromState(range.size(), range.packed());
            QCOMPARE(restored.root(), range.root());
        }
    }

    void publishedInclusionProofs()
    {
        if (vectorsDir().isEmpty())
            QSKIP("../shared/data is absent");
        int checked = 0;
        QDirIterator it(vectorsDir() + QStringLiteral("/inclusion"), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QJsonObject o = readJson(path);
            const bool wantErr = o.value(QStringLiteral("wantErr")).toBool();
            const bool ok = merkle::verifyInclusion(
                u64(o.value(QStringLiteral("leafIdx"))), u64(o.value(QStringLiteral("treeSize"))), b64(o.value(QStringLiteral("leafHash"))),
                b64List(o.value(QStringLiteral("proof"))), b64(o.value(QStringLiteral("root"))));
            QVERIFY2(ok != wantErr, qPrintable(path));
            ++checked;
        }
        QVERIFY(checked > 50);
    }

    void publishedConsistencyProofs()
    {
        if (vectorsDir().isEmpty())
            QSKIP("../shared/data is absent");
        int checked = 0;
        QDirIterator it(vectorsDir() + QStringLiteral("/consistency"), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QJsonObject o = readJson(path);
            const bool wantErr = o.value(QStringLiteral("wantErr")).toBool();
            const bool ok = merkle::verifyConsistency(
                u64(o.value(QStringLiteral("size1"))), u64(o.value(QStringLiteral("size2"))), b64(o.value(QStringLiteral("root1"))),
                b64(o.value(QStringLiteral("root2"))), b64List(o.value(QStringLiteral("proof"))));
            QVERIFY2(ok != wantErr, qPrintable(path));
            ++checked;
        }
        QVERIFY(checked > 20);
    }

    void generatedProofsVerifyAndTamperedOnesDoNot()
    {
        const QList<QByteArray> all = leaves(70);
        for (quint64 size = 1; size <= 70; ++size) {
            const QByteArray r = merkle::root(all, 0, static_cast<qsizetype>(size));
            for (quint64 i = 0; i < size; ++i) {
                const auto proof = merkle::inclusionProof(all, i, size);
                QVERIFY(merkle::verifyInclusion(i, size, all.at(static_cast<qsizetype>(i)), proof, r));
                if (!proof.isEmpty()) {
                    auto bad = proof;
                    bad[0][0] = static_cast<char>(bad[0][0] ^ 1);
                    QVERIFY(!merkle::verifyInclusion(i, size, all.at(static_cast<qsizetype>(i)), bad, r));
                }
                QVERIFY(!merkle::verifyInclusion(i, size, merkle::leafHash("other"), proof, r));
            }
            for (quint64 size1 = 1; size1 <= size; ++size1) {
                const QByteArray r1 = merkle::root(all, 0, static_cast<qsizetype>(size1));
                const auto proof = merkle::consistencyProof(all, size1, size);
                QVERIFY2(merkle::verifyConsistency(size1, size, r1, r, proof),
                         qPrintable(QStringLiteral("%1 -> %2").arg(size1).arg(size)));
                if (size1 < size)
                    QVERIFY(!merkle::verifyConsistency(size1, size, merkle::leafHash("x"), r, proof));
            }
        }
    }

    void largerTreesAgreeWithTheCompactRange()
    {
        const QList<QByteArray> all = leaves(1025);
        merkle::CompactRange range;
        for (qsizetype i = 0; i < all.size(); ++i) {
            range.append(all.at(i));
            if (i % 97 == 0 || i > 1020)
                QCOMPARE(range.root(), merkle::root(all, 0, i + 1));
        }
        QVERIFY(!merkle::CompactRange::fromState(3, QByteArray(32, 'x')).isValid()); // needs two subtree roots
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "tst_merkle.moc"

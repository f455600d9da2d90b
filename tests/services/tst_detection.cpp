// Detection primitives: normalisation with exact offsets back into the original text,
// validators against valid and look-alike identifiers, and Hyperscan pattern sets.
#include "TestSupport.h"
#include "detection/PatternSet.h"
#include "detection/TextNormalizer.h"
#include "detection/Validators.h"
#include "ingest/DemoCorpus.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentMap>

using namespace custos;
using namespace custos::detection;

namespace {

// Scans `text` normalised for the keyword and returns the original substring matched.
QStringList keywordHits(const QString& keyword, const QString& text)
{
    auto set = PatternSet::compile({{1, PatternSet::keywordExpression(keyword), true, keyword}});
    if (!set) {
        qWarning("%s", qPrintable(set.status().message()));
        return {QStringLiteral("<does not compile>")};
    }
    const NormalizedText n = NormalizedText::fromText(text);
    const QList<uint> points = text.toUcs4();
    QStringList hits;
    for (const Match& m : (*set)->scan(n.utf8())) {
        const Span s = n.originalSpan(m.from, m.to);
        hits << QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + s.start), s.end - s.start);
    }
    return hits;
}

} // namespace

class TestDetection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalisationFoldsCaseAccentsAndCompatibilityForms()
    {
        QCOMPARE(NormalizedText::fromText(QStringLiteral("Café ÜBER ＩＤＩＯＴ ﬁne")).text(), QStringLiteral("cafe uber idiot fine"));
        QCOMPARE(NormalizedText::fromText(QStringLiteral("Straße")).text(), QStringLiteral("strasse"));
    }

    void leetspeakOnlyInsideWords()
    {
        QCOMPARE(NormalizedText::fromText(QStringLiteral("u r a l0s3r")).text(), QStringLiteral("u r a loser"));
        QCOMPARE(NormalizedText::fromText(QStringLiteral("st@y 0ut, 1d10t!")).text(), QStringLiteral("stay out, idiot!"));
        QCOMPARE(NormalizedText::fromText(QStringLiteral("Order 4111 1111 1111 1111 in 2024")).text(),
                 QStringLiteral("order 4111 1111 1111 1111 in 2024"));
    }

    void spacedLettersAreJoined()
    {
        QCOMPARE(NormalizedText::fromText(QStringLiteral("what an i d i o t")).text(), QStringLiteral("what an idiot"));
        QCOMPARE(NormalizedText::fromText(QStringLiteral("you l.o.s.e.r")).text(), QStringLiteral("you loser"));
        QCOMPARE(NormalizedText::fromText(QStringLiteral("a b")).text(), QStringLiteral("a b")); // too short to join
    }

    void offsetsPointIntoTheOriginal()
    {
        // Multi-byte letters, an emoji (two UTF-16 units, one code point) and a combining accent before the match.
        const QString text = QStringLiteral("Zoë 😀 e\u0301 said: you are an I D I O T!!");
        QCOMPARE(keywordHits(QStringLiteral("idiot"), text), QStringList{QStringLiteral("I D I O T")});
        const NormalizedText n = NormalizedText::fromText(text);
        QCOMPARE(n.originalLength(), static_cast<int>(text.toUcs4().size()));
        QCOMPARE(keywordHits(QStringLiteral("zoe"), text), QStringList{QStringLiteral("Zoë")});
        QCOMPARE(keywordHits(QStringLiteral("loser"), QStringLiteral("🙂 such a L0000SER")), QStringList{QStringLiteral("L0000SER")});
        const Utf8Text raw(text);
        const QByteArray said = "said";
        const qsizetype at = raw.utf8().indexOf(said);
        const Span s = raw.span(at, at + said.size());
        QCOMPARE(text.toUcs4().mid(s.start, s.end - s.start), QStringLiteral("said").toUcs4());
    }

    void keywordsRespectWordBoundaries()
    {
        QCOMPARE(keywordHits(QStringLiteral("ass"), QStringLiteral("the assessment is in class")).size(), 0);
        QCOMPARE(keywordHits(QStringLiteral("kill yourself"), QStringLiteral("just KILL   yourself")).size(), 1);
        QCOMPARE(keywordHits(QStringLiteral("idiot"), QStringLiteral("idiots")).size(), 0);
    }

    void cardNumbers()
    {
        QVERIFY(validators::paymentCard(QStringLiteral("4111 1111 1111 1111")));
        QVERIFY(validators::paymentCard(QStringLiteral("5500-0000-0000-0004")));
        QVERIFY(validators::paymentCard(QStringLiteral("3782 822463 10005"))); // Amex
        for (quint64 seed = 1; seed < 50; ++seed)
            QVERIFY(validators::paymentCard(ingest::DemoCorpus::luhnCardNumber(seed)));
        QVERIFY(!validators::paymentCard(QStringLiteral("4111 1111 1111 1112")));  // checksum off by one
        QVERIFY(!validators::paymentCard(QStringLiteral("1234 5678 9012 3452")));  // passes Luhn, no issuer
        QVERIFY(!validators::paymentCard(QStringLiteral("0000 0000 0000 0000")));
        QVERIFY(!validators::paymentCard(QStringLiteral("**** **** **** 4242")));
        QVERIFY(!validators::paymentCard(QStringLiteral("4111 1111")));
    }

    void ibans()
    {
        QVERIFY(validators::iban(QStringLiteral("DE89 3704 0044 0532 0130 00")));
        QVERIFY(validators::iban(QStringLiteral("GB82WEST12345698765432")));
        QVERIFY(validators::iban(QStringLiteral("FR14 2004 1010 0505 0001 3M02 606")));
        for (quint64 seed = 1; seed < 50; ++seed)
            QVERIFY(validators::iban(ingest::DemoCorpus::germanIban(seed)));
        QVERIFY(!validators::iban(QStringLiteral("DE89 3704 0044 0532 0130 01"))); // check digits off
        QVERIFY(!validators::iban(QStringLiteral("DE89 3704 0044 0532 0130")));    // wrong length
        QVERIFY(!validators::iban(QStringLiteral("XX89 3704 0044 0532 0130 00")));  // no such country
    }

    void ssns()
    {
        QVERIFY(validators::usSsn(QStringLiteral("123-45-6789")));
        QVERIFY(!validators::usSsn(QStringLiteral("000-45-6789")));
        QVERIFY(!validators::usSsn(QStringLiteral("666-45-6789")));
        QVERIFY(!validators::usSsn(QStringLiteral("901-45-6789")));
        QVERIFY(!validators::usSsn(QStringLiteral("123-00-6789")));
        QVERIFY(!validators::usSsn(QStringLiteral("123-45-0000")));
        QVERIFY(!validators::usSsn(QStringLiteral("12-345-6789")));
    }

    void badPatternIsRefusedByName()
    {
        auto set = PatternSet::compile({{1, QStringLiteral("fine"), true, QStringLiteral("ok-rule")},
                                        {2, QStringLiteral("(unclosed"), true, QStringLiteral("broken-rule")}});
        QVERIFY(!set);
        QCOMPARE(set.status().code(), ErrorCode::InvalidArgument);
        QVERIFY2(set.status().message().contains(QStringLiteral("broken-rule")), qPrintable(set.status().message()));
    }

    void scansOnManyThreads()
    {
        auto set = PatternSet::compile({{7, PatternSet::keywordExpression(QStringLiteral("moron")), true, {}, false},
                                        {8, QStringLiteral("AKIA[0-9A-Z]{16}"), false, {}, true}});
        QVERIFY(set);
        QList<QByteArray> texts;
        for (int i = 0; i < 4000; ++i)
            texts << (i % 2 ? QByteArray("you m0ron ") + QByteArray::number(i) : QByteArray("key AKIAABCDEFGHIJKLMNOP here"));
        std::shared_ptr<PatternSet> shared = *set;
        const QList<int> counts = QtConcurrent::blockingMapped(texts, [shared](const QByteArray& t) {
            return static_cast<int>(shared->scan(NormalizedText::fromText(QString::fromUtf8(t)).utf8()).size() +
                                    shared->scan(t).size());
        });
        for (int c : counts)
            QVERIFY(c >= 1);
    }
};

QTEST_GUILESS_MAIN(TestDetection)
#include "tst_detection.moc"

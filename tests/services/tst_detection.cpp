// Detection primitives: normalisation with exact offsets back into the original text,
// validators against valid and look-alike identifiers, and Hyperscan pattern sets.
#include "TestSupport.h"
#include "detection/Classifier.h"
#include "detection/PatternSet.h"
#include "detection/Sentiment.h"
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

    void builtInPolicyClassifies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // "category:rule:severity" of each flag, or empty
        QTest::addRow("ordinary") << QStringLiteral("Morning all, stand-up in 5 minutes.") << QString();
        QTest::addRow("targeted insult") << QStringLiteral("Anna you are a useless idiot.") << QStringLiteral("harassment:insult:high");
        QTest::addRow("untargeted insult") << QStringLiteral("what an i d i o t, Ben ruined it") << QStringLiteral("harassment:insult:medium");
        QTest::addRow("self-deprecation") << QStringLiteral("I feel like an idiot, I forgot it.") << QString();
        QTest::addRow("policy quote") << QStringLiteral("The code of conduct says calling someone an idiot is not tolerated.") << QString();
        QTest::addRow("idiom") << QStringLiteral("This deadline is killing me") << QString();
        QTest::addRow("praise idiom") << QStringLiteral("Anna you killed it in the demo!") << QString();
        QTest::addRow("self-harm") << QStringLiteral("just go kill yourself") << QStringLiteral("threat:self-harm-incitement:critical");
        QTest::addRow("german insult") << QStringLiteral("Du bist so ein Vollidiot") << QStringLiteral("harassment:insult:high");
        QTest::addRow("french insult") << QStringLiteral("t'es vraiment un abruti") << QStringLiteral("harassment:insult:high");
        QTest::addRow("card") << QStringLiteral("card 4111 1111 1111 1111 please") << QStringLiteral("pii:payment-card:high");
        QTest::addRow("order number") << QStringLiteral("Order 4111111111111112 shipped") << QString();
        QTest::addRow("iban") << QStringLiteral("IBAN DE89 3704 0044 0532 0130 00") << QStringLiteral("pii:iban:high");
        QTest::addRow("aws key") << QStringLiteral("AKIAABCDEFGHIJKLMNOP") << QStringLiteral("secret:aws-access-key:critical");
        QTest::addRow("uuid") << QStringLiteral("Ticket 123e4567-e89b-12d3-a456-426614174000 closed") << QString();
        QTest::addRow("confidential") << QStringLiteral("CONFIDENTIAL: Q3 revenue") << QStringLiteral("confidential:confidential-marker:medium");
        QTest::addRow("profanity") << QStringLiteral("this fucking build") << QStringLiteral("profanity:profanity:low");
    }

    void builtInPolicyClassifies()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto policy = Policy::builtIn();
        QVERIFY2(policy, qPrintable(policy.status().message()));
        auto classifier = Classifier::build(*policy);
        QVERIFY2(classifier, qPrintable(classifier.status().message()));
        QStringList got;
        for (const Flag& f : (*classifier)->classify(text)) {
            got << f.category + QLatin1Char(':') + f.rule + QLatin1Char(':') + severityKey(f.severity);
            for (const Span& s : f.spans)
                QVERIFY(s.start >= 0 && s.end > s.start && s.end <= text.toUcs4().size());
        }
        QCOMPARE(got.join(QLatin1Char(',')), expected);
    }

    void reputationNeedsAWatchedNameInANegativePost()
    {
        auto classifier = Classifier::build(*Policy::builtIn(), {QStringLiteral("Orbit")});
        const auto negative = (*classifier)->classify(QStringLiteral("Honestly Orbit is garbage, customers hate it."));
        QCOMPARE(negative.size(), 1);
        QCOMPARE(negative.first().category, QStringLiteral("reputation"));
        QCOMPARE(negative.first().spans.first(), (Span{9, 14}));
        QVERIFY((*classifier)->classify(QStringLiteral("Orbit had its best month ever, well done team!")).isEmpty());
        QVERIFY((*classifier)->classify(QStringLiteral("Honestly this tool is garbage.")).isEmpty()); // nobody watched named
    }

    void sentimentFollowsTheRules()
    {
        QVERIFY(Sentiment::score(QStringLiteral("This is great")) > 0.3);
        QVERIFY(Sentiment::score(QStringLiteral("This is not great")) < 0);
        QVERIFY(Sentiment::score(QStringLiteral("This is really great")) > Sentiment::score(QStringLiteral("This is great")));
        QVERIFY(Sentiment::score(QStringLiteral("This is great!!!")) > Sentiment::score(QStringLiteral("This is great")));
        QVERIFY(Sentiment::score(QStringLiteral("This is GREAT, thanks")) > Sentiment::score(QStringLiteral("This is great, thanks")));
        QVERIFY(Sentiment::score(QStringLiteral("The food was good but the service was terrible")) < 0);
        QVERIFY(Sentiment::score(QStringLiteral("meeting moved 😡")) < 0);
        QVERIFY(Sentiment::score(QStringLiteral("das ist wirklich schrecklich")) < 0);
        QCOMPARE(Sentiment::score(QStringLiteral("The meeting is at ten.")), 0.0);
        for (const char* t : {"I love love love this, best ever!!!! 😍😍", "worst worst worst garbage 😡😡 terrible"}) {
            const double s = Sentiment::score(QString::fromUtf8(t));
            QVERIFY(s >= -1.0 && s <= 1.0);
        }
    }

    void badPolicyRuleIsNamedAndRefused()
    {
        const QByteArray json = "{\"name\":\"p\",\"version\":2,\"rules\":[{\"id\":\"good\",\"category\":\"secret\","
                                "\"regex\":\"abc\"},{\"id\":\"bad-regex\",\"category\":\"secret\",\"regex\":\"(unclosed\"}]}";
        auto policy = Policy::fromJson(json, QStringLiteral("draft.json"));
        QVERIFY(policy);
        auto classifier = Classifier::build(*policy);
        QCOMPARE(classifier.status().code(), ErrorCode::BadInput);
        QVERIFY(classifier.status().message().contains(QStringLiteral("bad-regex")));
        QCOMPARE(Policy::fromJson("{", QStringLiteral("x.json")).status().code(), ErrorCode::BadInput);
        QCOMPARE(Policy::fromJson("{\"rules\":[{\"id\":\"r\",\"category\":\"gossip\"}]}", QStringLiteral("y.json")).status().code(),
                 ErrorCode::BadInput);
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

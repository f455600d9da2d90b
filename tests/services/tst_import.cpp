// Importing platform exports: every format on fixtures written for the tests, the
// genuine Slack sample, malformed inputs, idempotent re-import, edits as versions,
// deletions, search, and resume after an interrupted import.
#include "TestSupport.h"
#include "workspace/Aggregates.h"
#include "access/AdministrationService.h"
#include "audit/Verification.h"
#include "demo/DemoCorpus.h"
#include "ingest/ImportService.h"
#include "ingest/MattermostReader.h"
#include "ingest/ReadAhead.h"
#include "ingest/TeamsReader.h"
#include "storage/AuditRepository.h"
#include "storage/ImportRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace custos;
using namespace custos::demo;
using namespace custos::ingest;

namespace {

// Makes up an export of `posts` posts, with an event every 100 and a skipped record every
// 250; its workspace key changes half-way; it can fail after `failAfter` posts.
class CountingReader final : public ImportReader
{
public:
    explicit CountingReader(qint64 posts) : m_posts(posts) {}
    QString platform() const override { return QStringLiteral("test"); }
    QString workspaceKey() const override { return m_key; }
    QMap<QString, QString> sourceDigests() const override { return {}; }
    Status read(ImportSink& sink) override
    {
        for (qint64 i = 1; i <= m_posts && sink.keepGoing(); ++i) {
            if (i == failAfter + 1)
                return Status(ErrorCode::BadInput, QStringLiteral("day.json: not JSON at byte 7"));
            if (i == m_posts / 2)
                m_key = QStringLiteral("late");
            PostRecord p;
            p.channelId = QStringLiteral("C1");
            p.messageId = QStringLiteral("m%1").arg(i);
            p.text = QStringLiteral("text %1").arg(i);
            ++produced;
            if (Status s = sink.post(p, {QStringLiteral("day.json"), i}); !s.ok())
                return s;
            if (i % 100 == 0) {
                ++produced;
                if (Status s = sink.event({QStringLiteral("C1"), QStringLiteral("e%1").arg(i), QStringLiteral("channel_join"), {}, {}, {}},
                                          {QStringLiteral("day.json"), i});
                    !s.ok())
                    return s;
            }
            if (i % 250 == 0) {
                ++produced;
                sink.skipped({QStringLiteral("day.json"), i}, QStringLiteral("no id"));
            }
        }
        return Status::success();
    }

    std::atomic<qint64> produced = 0;
    qint64 failAfter = -1;

private:
    qint64 m_posts;
    QString m_key = QStringLiteral("early");
};

QString fixture(const QString& name)
{
    return QStringLiteral(CUSTOS_TEST_DATA_DIR "/import/") + name;
}

QString text(storage::Database& db, const QString& sql)
{
    storage::Statement s = db.prepare(sql);
    return s.step() ? s.text(0) : QStringLiteral("<none>");
}

bool copyTree(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    for (const QFileInfo& info : QDir(from).entryInfoList(QDir::NoDotAndDotDot | QDir::AllEntries)) {
        const QString target = to + QLatin1Char('/') + info.fileName();
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

// A Slack export of `days` days with `perDay` messages each in one channel.
void writeSlackCorpus(const QString& dir, int days, int perDay)
{
    QDir().mkpath(dir + QStringLiteral("/general"));
    test::writeFile(dir + QStringLiteral("/users.json"),
                    R"([{"id":"U1","team_id":"TBIG","name":"ann"},{"id":"U2","team_id":"TBIG","name":"ben"}])");
    test::writeFile(dir + QStringLiteral("/channels.json"), R"([{"id":"C1","name":"general"}])");
    for (int d = 0; d < days; ++d) {
        QJsonArray messages;
        for (int i = 0; i < perDay; ++i) {
            const qint64 ts = 1700000000LL + d * 86400LL + i * 10LL;
            messages.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("message")},
                                        {QStringLiteral("ts"), QStringLiteral("%1.000100").arg(ts)},
                                        {QStringLiteral("user"), i % 2 ? QStringLiteral("U1") : QStringLiteral("U2")},
                                        {QStringLiteral("text"), QStringLiteral("message %1 of day %2").arg(i).arg(d)}});
        }
        test::writeFile(dir + QStringLiteral("/general/2023-12-%1.json").arg(d + 1, 2, 10, QLatin1Char('0')),
                        QJsonDocument(messages).toJson(QJsonDocument::Compact));
    }
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    int m_n = 0;

    std::unique_ptr<workspace::Session> fresh() { return test::createWorkspace(m_tmp.filePath(QStringLiteral("ws%1").arg(++m_n))); }

    ImportSummary import(workspace::Session& s, const QString& format, const QString& path, const CsvMapping& csv = {})
    {
        ImportOptions o;
        o.format = format;
        o.path = path;
        o.csv = csv;
        auto r = ingest::ImportService(s).run(o);
        if (!r)
            qWarning("import failed: %s", qPrintable(r.status().message()));
        return r ? *r : ImportSummary{};
    }

private Q_SLOTS:
    void timesAreFormattedExactly()
    {
        // The hand-written formatter against QDateTime over 1970-2200, leap years included.
        quint64 x = 12345;
        for (int i = 0; i < 20000; ++i) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            const qint64 ms = static_cast<qint64>(x % 7258118400000ULL);
            QCOMPARE(isoFromMillis(ms), QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        }
        QCOMPARE(isoFromSlackTs(QStringLiteral("1709280450.000000")), QStringLiteral("2024-03-01T08:07:30.000Z"));
        QCOMPARE(isoFromSlackTs(QStringLiteral("951782400.5")), QStringLiteral("2000-02-29T00:00:00.500Z"));
        QCOMPARE(isoFromSlackTs(QStringLiteral("1709280450")), QStringLiteral("2024-03-01T08:07:30.000Z"));
        for (const char* bad : {"", "abc", "-5", "12x.3", "1.2.3", "99999999999999"})
            QVERIFY2(isoFromSlackTs(QString::fromLatin1(bad)).isEmpty(), bad);
    }

    void slackFixtureImportsCompletely()
    {
        auto s = fresh();
        const ImportSummary r = import(*s, QStringLiteral("slack"), fixture(QStringLiteral("slack-small")));
        storage::Database& db = s->database();
        // posts: 4 plain and thread messages, a file share and a bot message on day one, two on day two
        // (one later deleted), one in the private group, one in the DM
        QCOMPARE(r.postsAdded, qint64(10));
        QCOMPARE(r.postsEdited, qint64(1)); // message_changed
        QCOMPARE(r.postsDeleted, qint64(1));
        QCOMPARE(r.eventsAdded, qint64(2)); // channel_join, channel_topic
        QCOMPARE(r.channels, qint64(4));
        // skipped: user without id, unknown subtype, missing ts, non-string text, unlisted folder
        QCOMPARE(r.skipped, qint64(5));
        QStringList reasons;
        for (const auto& sample : r.skippedSamples)
            reasons << sample.second;
        QVERIFY(reasons.contains(QStringLiteral("unknown message subtype huddle_thread")));
        QVERIFY(reasons.contains(QStringLiteral("text is not a string")));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 10);
        QCOMPARE(text(db, QStringLiteral("SELECT email FROM people WHERE platform_id = 'U1';")), QStringLiteral("ada@example.com"));
        QCOMPARE(text(db, QStringLiteral("SELECT department FROM people WHERE platform_id = 'U2';")), QStringLiteral("Sales"));
        QCOMPARE(text(db, QStringLiteral("SELECT display_name FROM people WHERE platform_id = 'U3';")), QStringLiteral("Cléo Dupont"));
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT is_bot FROM people WHERE platform_id = 'B7';")), 1);
        QCOMPARE(text(db, QStringLiteral("SELECT kind FROM channels WHERE platform_id = 'G1';")), QStringLiteral("private"));
        QCOMPARE(text(db, QStringLiteral("SELECT kind FROM channels WHERE platform_id = 'D100';")), QStringLiteral("dm"));
        // threads, edits, reactions, files
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts WHERE thread_id = '1709280200.000300';")), 2);
        QCOMPARE(text(db, QStringLiteral("SELECT edited_at FROM posts WHERE message_id = '1709280400.000500';")),
                 QStringLiteral("2024-03-01T08:07:30.000Z"));
        QVERIFY(text(db, QStringLiteral("SELECT reactions FROM posts WHERE message_id = '1709280100.000200';")).contains(QStringLiteral("coffee")));
        QVERIFY(text(db, QStringLiteral("SELECT files FROM posts WHERE subtype = 'file_share';")).contains(QStringLiteral("q1.pdf")));
        // message_changed: the new text in the post, the earlier one as a version
        QCOMPARE(text(db, QStringLiteral("SELECT text FROM posts WHERE message_id = '1709366400.000100';")), QStringLiteral("Corrected wording"));
        QCOMPARE(text(db, QStringLiteral("SELECT v.text FROM post_versions v JOIN posts p ON p.id = v.post_id "
                                         "WHERE p.message_id = '1709366400.000100';")),
                 QStringLiteral("Original wording"));
        QVERIFY(!text(db, QStringLiteral("SELECT deleted_at FROM posts WHERE message_id = '1709366600.000300';")).isEmpty());
        // content hash at ingest
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts WHERE length(content_hash) = 32;")), 10);
        // full-text search, accent-insensitive
        auto hits = storage::ImportRepository(db).searchPosts(QStringLiteral("cafe"), 10);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(storage::ImportRepository(db).searchPosts(QStringLiteral("falcon"), 10)->size(), 1);
        // the import is on record with its manifest
        QVERIFY(r.files.contains(QStringLiteral("general/2024-03-01.json")));
        QCOMPARE(r.files.value(QStringLiteral("users.json")),
                 QString::fromLatin1(crypto::sha256(test::readFile(fixture(QStringLiteral("slack-small/users.json")))).toHex()));
        // ... and the dashboards' per-day counts grew with each batch: the same figures a
        // full recomputation gives.
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT sum(posts) FROM aggregates.daily_posts;")),
                 test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")));
        const QString dailyPosts = QStringLiteral("SELECT group_concat(row, ';') FROM (SELECT day || '|' || channel || '|' || "
                                                  "channel_kind || '|' || department || '|' || posts AS row FROM "
                                                  "aggregates.daily_posts ORDER BY day, channel, department);");
        const QString incremental = text(db, dailyPosts);
        QVERIFY(workspace::refreshAggregates(*s).ok());
        QCOMPARE(text(db, dailyPosts), incremental);
        QVERIFY(audit::verifyDatabase(db).ok());
    }

    void reimportAddsNothingAndALaterExportAddsOnlyWhatIsNew()
    {
        auto s = fresh();
        import(*s, QStringLiteral("slack"), fixture(QStringLiteral("slack-small")));
        const ImportSummary again = import(*s, QStringLiteral("slack"), fixture(QStringLiteral("slack-small")));
        QCOMPARE(again.postsAdded, qint64(0));
        QCOMPARE(again.eventsAdded, qint64(0));
        QCOMPARE(again.postsEdited, qint64(0));
        QCOMPARE(test::scalar(s->database(), QStringLiteral("SELECT count(*) FROM posts;")), 10);
        // Nothing counted twice on the dashboards either.
        QCOMPARE(test::scalar(s->database(), QStringLiteral("SELECT sum(posts) FROM aggregates.daily_posts;")), 10);

        // A later export: one message edited since, one new message.
        const QString later = m_tmp.filePath(QStringLiteral("slack-later"));
        QVERIFY(copyTree(fixture(QStringLiteral("slack-small")), later));
        QByteArray day = test::readFile(later + QStringLiteral("/general/2024-03-01.json"));
        day.replace("Good morning, team! Café at ten?", "Good morning, team! Café at eleven instead.");
        day.replace("\n]", ",\n {\"type\": \"message\", \"ts\": \"1709280900.000999\", \"user\": \"U3\", \"text\": \"A new message\"}\n]");
        test::writeFile(later + QStringLiteral("/general/2024-03-01.json"), day);
        const ImportSummary third = import(*s, QStringLiteral("slack"), later);
        QCOMPARE(third.postsAdded, qint64(1));
        QCOMPARE(third.postsEdited, qint64(1));
        storage::Database& db = s->database();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM sources;")), 1); // the same workspace
        QCOMPARE(text(db, QStringLiteral("SELECT v.text FROM post_versions v JOIN posts p ON p.id = v.post_id "
                                         "WHERE p.message_id = '1709280100.000200';")),
                 QStringLiteral("Good morning, team! Café at ten?"));
        QCOMPARE(storage::ImportRepository(db).searchPosts(QStringLiteral("eleven"), 10)->size(), 1);
        QCOMPARE(storage::ImportRepository(db).searchPosts(QStringLiteral("ten"), 10)->size(), 0); // index follows the edit
    }

    void genuineSlackSampleImportsCompletely()
    {
        const QString shared = test::sharedDataDir();
        if (shared.isEmpty())
            QSKIP("../shared/data is absent");
        // hfaran/slack-export-viewer tests/testarchive.zip (MIT): 158 message records.
        auto s = fresh();
        const ImportSummary r = import(*s, QStringLiteral("slack"), shared + QStringLiteral("/third_party/slack-export-sample.zip"));
        QCOMPARE(r.postsAdded + r.eventsAdded, qint64(158));
        QCOMPARE(r.postsAdded, qint64(147)); // 49 user messages, 94 bot messages, 3 file shares, 1 file comment
        QCOMPARE(r.eventsAdded, qint64(11)); // 8 channel joins, 3 bot additions
        QCOMPARE(r.skipped, qint64(0));
        QCOMPARE(r.channels, qint64(2));
        QCOMPARE(r.files.size(), 20);
        QCOMPARE(test::scalar(s->database(), QStringLiteral("SELECT count(*) FROM posts WHERE edited_at IS NOT NULL;")), 1);
    }

    void mattermostBulkExport()
    {
        auto s = fresh();
        const ImportSummary r = import(*s, QStringLiteral("mattermost"), fixture(QStringLiteral("mattermost-small.jsonl")));
        QCOMPARE(r.postsAdded, qint64(4)); // 2 posts + 1 reply + 1 direct post
        QCOMPARE(r.people, qint64(2));
        QCOMPARE(r.channels, qint64(3));
        QCOMPARE(r.skipped, qint64(3)); // unknown channel, post without message, unknown line type
        storage::Database& db = s->database();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts WHERE thread_id IS NOT NULL;")), 1);
        QCOMPARE(text(db, QStringLiteral("SELECT message_id FROM posts WHERE text = 'Welcome everyone';")),
                 MattermostReader::postId(QStringLiteral("dana"), 1709280000000, QStringLiteral("Welcome everyone")));
        QCOMPARE(text(db, QStringLiteral("SELECT kind FROM channels WHERE name = 'HR';")), QStringLiteral("private"));
        QCOMPARE(text(db, QStringLiteral("SELECT department FROM people WHERE platform_id = 'dana';")), QStringLiteral("HR"));
        QCOMPARE(import(*s, QStringLiteral("mattermost"), fixture(QStringLiteral("mattermost-small.jsonl"))).postsAdded, qint64(0));
    }

    void teamsGraphMessages()
    {
        QCOMPARE(TeamsReader::htmlToText(QStringLiteral("<p>Hi <at id=\"0\">Frank</at>, see <a href=\"https://x/y\">the doc</a> &amp; "
                                                        "reply.</p><p>Line&nbsp;two&#33;</p>")),
                 QStringLiteral("Hi @Frank, see the doc (https://x/y) & reply.\nLine two!"));
        auto s = fresh();
        const ImportSummary r = import(*s, QStringLiteral("teams"), fixture(QStringLiteral("teams-small.json")));
        QCOMPARE(r.postsAdded, qint64(3));
        QCOMPARE(r.eventsAdded, qint64(1));
        QCOMPARE(r.skipped, qint64(1));
        storage::Database& db = s->database();
        QCOMPARE(text(db, QStringLiteral("SELECT text FROM posts WHERE message_id = '1001';")),
                 QStringLiteral("Hi @Frank, see the doc (https://intranet/doc) & reply."));
        QCOMPARE(text(db, QStringLiteral("SELECT thread_id FROM posts WHERE message_id = '1002';")), QStringLiteral("1001"));
        QVERIFY(!text(db, QStringLiteral("SELECT edited_at FROM posts WHERE message_id = '1002';")).isEmpty());
        QVERIFY(!text(db, QStringLiteral("SELECT deleted_at FROM posts WHERE message_id = '1003';")).isEmpty());
        QCOMPARE(text(db, QStringLiteral("SELECT kind FROM events;")), QStringLiteral("membersAddedEventMessageDetail"));
    }

    void anEditInsideOneBatchLeavesTheSearchIndexWhole()
    {
        // New posts enter the full-text index once per batch; a message that appears
        // twice in one export (first text, then an edit) is edited before its batch
        // ends: the index must hold the new text only, and stay consistent.
        const QString csv = m_tmp.filePath(QStringLiteral("edit-in-batch.csv"));
        test::writeFile(csv, "id,author,channel,time,text\n"
                             "m1,ana,general,2024-03-01T09:00:00Z,the heron flies at dawn\n"
                             "m2,ben,general,2024-03-01T09:01:00Z,an unrelated message\n"
                             "m1,ana,general,2024-03-01T09:00:00Z,the kestrel flies at dusk\n"
                             "m3,ana,general,2024-03-01T09:02:00Z,a message after the edit\n");
        auto mapping = CsvMapping::parse(QStringLiteral("author=author,channel=channel,time=time,text=text,id=id"));
        QVERIFY(mapping);
        auto s = fresh();
        const ImportSummary r = import(*s, QStringLiteral("csv"), csv, *mapping);
        QCOMPARE(r.postsAdded, qint64(3));
        QCOMPARE(r.postsEdited, qint64(1));
        storage::Database& db = s->database();
        storage::ImportRepository repo(db);
        QCOMPARE(repo.searchPosts(QStringLiteral("kestrel"), 10)->size(), 1);
        QCOMPARE(repo.searchPosts(QStringLiteral("heron"), 10)->size(), 0);
        QCOMPARE(repo.searchPosts(QStringLiteral("message"), 10)->size(), 2);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check');")).ok());
    }

    void csvWithMapping()
    {
        auto s = fresh();
        auto mapping = CsvMapping::parse(QStringLiteral("author=user,channel=room,time=sent,text=body,id=msg_id"));
        QVERIFY(mapping);
        const ImportSummary r = import(*s, QStringLiteral("csv"), fixture(QStringLiteral("csv-small.csv")), *mapping);
        QCOMPARE(r.postsAdded, qint64(3));
        QCOMPARE(r.skipped, qint64(2)); // bad time, too few fields
        storage::Database& db = s->database();
        QCOMPARE(text(db, QStringLiteral("SELECT text FROM posts WHERE message_id = 'm2';")), QStringLiteral("Quoted, with comma and \"quotes\""));
        QCOMPARE(text(db, QStringLiteral("SELECT text FROM posts WHERE message_id = 'm3';")), QStringLiteral("Two\nlines"));
        QCOMPARE(text(db, QStringLiteral("SELECT posted_at FROM posts WHERE message_id = 'm2';")), QStringLiteral("2024-03-01T09:00:00.000Z"));
        // A mapping naming a column the file lacks: a clear error naming it, nothing imported.
        auto bad = CsvMapping::parse(QStringLiteral("author=nobody,channel=room,time=sent,text=body"));
        ImportOptions o{QStringLiteral("csv"), fixture(QStringLiteral("csv-small.csv")), *bad, 2000, {}};
        auto failed = ingest::ImportService(*fresh()).run(o);
        QCOMPARE(failed.status().code(), ErrorCode::InvalidArgument);
        QVERIFY(failed.status().message().contains(QStringLiteral("nobody")));
        QCOMPARE(CsvMapping::parse(QStringLiteral("colour=red")).status().code(), ErrorCode::InvalidArgument);
    }

    void malformedInputsNameTheFileAndPlace_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expect");
        QTest::addRow("truncated json") << "general/2024-03-02.json" << QByteArray("[{\"type\": \"message\", \"ts\": \"17")
                                        << "general/2024-03-02.json is not valid JSON at byte";
        QTest::addRow("object, not array") << "general/2024-03-02.json" << QByteArray("{\"type\": \"message\"}")
                                           << "should hold a JSON array";
        QTest::addRow("invalid utf-8") << "general/2024-03-02.json" << QByteArray("[{\"text\": \"\xff\xfe\"}]")
                                       << "general/2024-03-02.json is not valid JSON";
    }

    void malformedInputsNameTheFileAndPlace()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expect);
        const QString dir = m_tmp.filePath(QStringLiteral("bad%1").arg(++m_n));
        QVERIFY(copyTree(fixture(QStringLiteral("slack-small")), dir));
        test::writeFile(dir + QLatin1Char('/') + file, content);
        auto s = fresh();
        ImportOptions o{QStringLiteral("slack"), dir, {}, 100000, {}};
        auto r = ingest::ImportService(*s).run(o);
        QVERIFY(!r);
        QVERIFY2(r.status().message().contains(expect), qPrintable(r.status().message()));
        // One batch: nothing of it was kept; the failure itself is on record.
        QCOMPARE(test::scalar(s->database(), QStringLiteral("SELECT count(*) FROM posts;")), 0);
        QCOMPARE(text(s->database(), QStringLiteral("SELECT status FROM imports;")), QStringLiteral("failed"));
        QCOMPARE(text(s->database(), QStringLiteral("SELECT action FROM audit_entries ORDER BY seq DESC LIMIT 1;")),
                 QStringLiteral("import.failed"));
    }

    void missingPiecesOfAnExport()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("nousers"));
        QVERIFY(copyTree(fixture(QStringLiteral("slack-small")), dir));
        QFile::remove(dir + QStringLiteral("/users.json"));
        auto s = fresh();
        auto r = ingest::ImportService(*s).run({QStringLiteral("slack"), dir, {}, 2000, {}});
        QCOMPARE(r.status().code(), ErrorCode::ForeignFile);
        QVERIFY(r.status().message().contains(QStringLiteral("users.json")));
        QCOMPARE(ingest::ImportService(*s).run({QStringLiteral("slack"), m_tmp.filePath(QStringLiteral("nothing-here")), {}, 2000, {}})
                     .status()
                     .code(),
                 ErrorCode::NotFound);
        test::writeFile(m_tmp.filePath(QStringLiteral("fake.zip")), "PK not really a zip");
        QCOMPARE(ingest::ImportService(*s).run({QStringLiteral("slack"), m_tmp.filePath(QStringLiteral("fake.zip")), {}, 2000, {}})
                     .status()
                     .code(),
                 ErrorCode::ForeignFile);
    }

    void hugeMattermostLineIsRefusedClearly()
    {
        const QString path = m_tmp.filePath(QStringLiteral("huge.jsonl"));
        QByteArray data = test::readFile(fixture(QStringLiteral("mattermost-small.jsonl")));
        data += "{\"type\":\"post\",\"post\":{\"team\":\"acme\",\"channel\":\"town-square\",\"user\":\"fox\",\"message\":\"" +
                QByteArray(20 * 1024 * 1024, 'a') + "\",\"create_at\":1709289999000}}\n";
        test::writeFile(path, data);
        auto s = fresh();
        auto r = ingest::ImportService(*s).run({QStringLiteral("mattermost"), path, {}, 100000, {}});
        QVERIFY(!r);
        QVERIFY2(r.status().message().contains(QStringLiteral("line 15")), qPrintable(r.status().message()));
        QVERIFY2(r.status().message().contains(QStringLiteral("16 MiB")), qPrintable(r.status().message()));
    }

    void onlyReviewersImport()
    {
        auto s = fresh();
        QVERIFY(access::AdministrationService(*s).addUser(QStringLiteral("mona"), {}, domain::Role::Manager,
                                                          QStringLiteral("mona's passphrase")));
        const QString dir = s->paths().dir();
        s.reset();
        auto mona = workspace::Workspace::open(dir, QStringLiteral("mona"), QStringLiteral("mona's passphrase"));
        auto r = ingest::ImportService(**mona).run({QStringLiteral("slack"), fixture(QStringLiteral("slack-small")), {}, 2000, {}});
        QCOMPARE(r.status().code(), ErrorCode::PermissionDenied);
    }

    void demoCorpusIsDeterministicAndImportsThroughTheSlackReader()
    {
        const QString a = m_tmp.filePath(QStringLiteral("corpus-a"));
        const QString b = m_tmp.filePath(QStringLiteral("corpus-b"));
        auto first = DemoCorpus::write(a, 3000, 99);
        auto second = DemoCorpus::write(b, 3000, 99);
        QVERIFY(first && second);
        QCOMPARE(first->posts, qint64(3000));
        QCOMPARE(first->people, 200);
        QVERIFY(first->planted > 10);
        QCOMPARE(test::fingerprint(a), test::fingerprint(b));
        QCOMPARE(DemoCorpus::write(a, 10, 1).status().code(), ErrorCode::AlreadyExists);
        // Every label points at a post that imports.
        auto s = fresh();
        const ImportSummary r = import(*s, QStringLiteral("slack"), a);
        QCOMPARE(r.postsAdded, qint64(3000));
        QCOMPARE(r.skipped, qint64(0));
        const QList<QByteArray> labels = test::readFile(a + QStringLiteral("/labels.jsonl")).split('\n');
        int found = 0;
        for (const QByteArray& line : labels) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.isEmpty())
                continue;
            storage::Statement q = s->database().prepare(QStringLiteral("SELECT text FROM posts WHERE message_id = ?1;"));
            q.bind(1, o.value(QStringLiteral("ts")).toString());
            QVERIFY(q.step());
            QCOMPARE(q.text(0), o.value(QStringLiteral("text")).toString());
            ++found;
        }
        QCOMPARE(qint64(found), first->planted);
        // (That planted card numbers and IBANs are valid is checked in tst_detection.)
    }

    void cancelledImportResumes()
    {
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus-cancel"));
        writeSlackCorpus(corpus, 10, 100);
        auto s = fresh();
        ImportOptions o{QStringLiteral("slack"), corpus, {}, 150, {}};
        int batches = 0;
        o.progress = [&](const QJsonObject&) { return ++batches < 3; };
        auto first = ingest::ImportService(*s).run(o);
        QVERIFY(first);
        QVERIFY(first->cancelled);
        QCOMPARE(first->postsAdded, qint64(450));
        QCOMPARE(text(s->database(), QStringLiteral("SELECT status FROM imports;")), QStringLiteral("cancelled"));
        o.progress = {};
        auto second = ingest::ImportService(*s).run(o);
        QVERIFY(second);
        QVERIFY(second->resumed);
        QCOMPARE(second->importId, first->importId);
        QCOMPARE(first->postsAdded + second->postsAdded, qint64(1000));
        QCOMPARE(second->postsUnchanged, qint64(0)); // it started after the checkpoint
        QCOMPARE(test::scalar(s->database(), QStringLiteral("SELECT count(*) FROM posts;")), 1000);
        QVERIFY(audit::verifyDatabase(s->database()).ok());
    }

    void readAheadDeliversEverythingInOrder()
    {
        // Posts, events and skipped records across many chunks; the workspace key changes
        // part-way, and each post is hashed with the key it was read under.
        CountingReader reader(5000);
        QList<QString> seen;
        QStringList keys;
        Status s = ReadAhead::run(
            reader, [](const QString& key, const PostRecord& p) { return (key + QLatin1Char('/') + p.messageId).toUtf8(); },
            [&](ReadRecord& r) {
                if (r.kind == ReadRecord::Kind::Post) {
                    if (r.contentHash != (r.workspaceKey + QLatin1Char('/') + r.post.messageId).toUtf8())
                        return false;
                    seen.append(r.post.messageId);
                    keys.append(r.workspaceKey);
                } else if (r.kind == ReadRecord::Kind::Event) {
                    seen.append(QStringLiteral("event ") + r.event.eventId);
                } else if (r.kind == ReadRecord::Kind::Skipped) {
                    seen.append(QStringLiteral("skipped ") + r.reason);
                }
                return true;
            });
        QVERIFY(s.ok());
        QCOMPARE(seen.size(), 5000 + 5000 / 100 + 5000 / 250);
        QCOMPARE(seen.first(), QStringLiteral("m1"));
        QCOMPARE(seen.last(), QStringLiteral("skipped no id"));
        QStringList expected;
        for (int i = 1; i <= 5000; ++i) {
            expected.append(QStringLiteral("m%1").arg(i));
            if (i % 100 == 0)
                expected.append(QStringLiteral("event e%1").arg(i));
            if (i % 250 == 0)
                expected.append(QStringLiteral("skipped no id"));
        }
        QCOMPARE(seen, expected);
        QCOMPARE(keys.first(), QStringLiteral("early"));
        QCOMPARE(keys.at(2498), QStringLiteral("early"));
        QCOMPARE(keys.at(2499), QStringLiteral("late"));
        QCOMPARE(keys.last(), QStringLiteral("late"));
    }

    void readAheadStopsWhenTheWriterStops()
    {
        // The writer stops (an error or a cancel) at the 1000th record: nothing after it
        // is delivered, and the reader stops instead of reading the rest of the export.
        CountingReader reader(1000000);
        int delivered = 0;
        Status s = ReadAhead::run(reader, [](const QString&, const PostRecord&) { return QByteArray(); },
                                  [&](ReadRecord&) { return ++delivered < 1000; });
        QVERIFY(s.ok());
        QCOMPARE(delivered, 1000);
        QVERIFY2(reader.produced < 100000, qPrintable(QString::number(reader.produced)));
    }

    void readAheadReportsTheReadersErrorAfterWhatCameBefore()
    {
        CountingReader reader(3000);
        reader.failAfter = 2000;
        int posts = 0;
        Status s = ReadAhead::run(reader, [](const QString&, const PostRecord&) { return QByteArray(); }, [&](ReadRecord& r) {
            posts += r.kind == ReadRecord::Kind::Post;
            return true;
        });
        QCOMPARE(s.code(), ErrorCode::BadInput);
        QVERIFY(s.message().contains(QStringLiteral("day.json")));
        QCOMPARE(posts, 2000);
    }

    void readAheadStaysAFewChunksAhead()
    {
        // However large the export, the reader waits when it is a few chunks ahead of the
        // writer: memory stays flat.
        CountingReader reader(200000);
        qint64 aheadWhileWriterWaited = 0;
        bool first = true;
        Status s = ReadAhead::run(reader, [](const QString&, const PostRecord&) { return QByteArray(); }, [&](ReadRecord&) {
            if (first) {
                first = false;
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                aheadWhileWriterWaited = reader.produced;
            }
            return true;
        });
        QVERIFY(s.ok());
        QCOMPARE(reader.produced.load(), qint64(200000 + 200000 / 100 + 200000 / 250));
        QVERIFY2(aheadWhileWriterWaited <= (ReadAhead::chunksAhead + 2) * ReadAhead::chunkSize,
                 qPrintable(QString::number(aheadWhileWriterWaited)));
        QVERIFY(aheadWhileWriterWaited >= ReadAhead::chunksAhead * ReadAhead::chunkSize);
    }

    void noValueOfAMessageReachesTheSignedLog()
    {
        // Two columns mapped the wrong way round: every row's text is read as its time, so
        // every row is skipped. The reasons go into the signed manifest, which every role
        // reads and nothing can remove: they must not quote a single value.
        const QString csv = m_tmp.filePath(QStringLiteral("canary.csv"));
        test::writeFile(csv, "id,author,channel,time,text\n"
                             "1,ann,general,2024-01-01T10:00:00Z,CANARY-card 4111 1111 1111 1111\n"
                             "2,ben,general,2024-01-01T10:01:00Z,CANARY-second message\n");
        CsvMapping swapped;
        swapped.id = QStringLiteral("id");
        swapped.time = QStringLiteral("text");
        swapped.text = QStringLiteral("time");
        auto s = fresh();
        const ImportSummary summary = import(*s, QStringLiteral("csv"), csv, swapped);
        QCOMPARE(summary.skipped, qint64(2));
        // A Mattermost post in the year 10000 is refused with its line, not stored without a time.
        const QString mm = m_tmp.filePath(QStringLiteral("future.jsonl"));
        test::writeFile(mm, "{\"type\":\"version\",\"version\":1}\n"
                            "{\"type\":\"channel\",\"channel\":{\"team\":\"t\",\"name\":\"town\",\"type\":\"O\"}}\n"
                            "{\"type\":\"post\",\"post\":{\"team\":\"t\",\"channel\":\"town\",\"user\":\"ann\","
                            "\"message\":\"CANARY-far future\",\"create_at\":253402300800000}}\n"
                            "{\"type\":\"CANARY: a sentence in the type field\"}\n");
        const ImportSummary future = import(*s, QStringLiteral("mattermost"), mm);
        QCOMPARE(future.postsAdded, qint64(0));
        QVERIFY(future.skipped >= 2);
        bool namedLine = false;
        for (const auto& sample : future.skippedSamples)
            namedLine |= sample.first == QStringLiteral("future.jsonl:3") && sample.second.contains(QStringLiteral("out of range"));
        QVERIFY(namedLine);
        storage::Database& db = s->database();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts WHERE posted_at = '';")), 0);
        const QStringList details = *db.texts(QStringLiteral("SELECT details FROM audit_entries;"));
        QVERIFY(!details.isEmpty());
        for (const QString& d : details) {
            QVERIFY2(!d.contains(QStringLiteral("CANARY")), qPrintable(d));
            QVERIFY2(!d.contains(QStringLiteral("4111")), qPrintable(d));
        }
    }

    void aFullDiskMidImportSaysWhatWasKeptAndRunningAgainResumes()
    {
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus-full"));
        writeSlackCorpus(corpus, 3, 1000);
        auto s = fresh();
        ImportOptions o;
        o.format = QStringLiteral("slack");
        o.path = corpus;
        o.batchSize = 500;
        int batches = 0;
        // The disk fills up while the third batch is written.
        o.progress = [&](const QJsonObject&) {
            if (++batches == 2)
                storage::failNextCommitForTesting(s->database());
            return true;
        };
        auto failed = ingest::ImportService(*s).run(o);
        QVERIFY(!failed);
        QCOMPARE(failed.status().code(), ErrorCode::Io);
        const QString message = failed.status().message();
        QVERIFY2(message.contains(QStringLiteral("full")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1000 posts of the batches before are kept")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("running the same import again continues")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("nothing was changed")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("permission")), qPrintable(message));
        storage::Database& db = s->database();
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 1000);
        o.progress = {};
        auto again = ingest::ImportService(*s).run(o);
        QVERIFY2(again, qPrintable(again.status().message()));
        QVERIFY(again->resumed);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 3000);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(DISTINCT message_id) FROM posts;")), 3000);
        QVERIFY(audit::verifyDatabase(db).ok());
    }

    void killedImportLosesAndDoublesNothing()
    {
        const QString corpus = m_tmp.filePath(QStringLiteral("corpus-kill"));
        writeSlackCorpus(corpus, 60, 1000);
        const QString dir = m_tmp.filePath(QStringLiteral("ws-kill"));
        QVERIFY(test::createWorkspace(dir));
        const QString passFile = m_tmp.filePath(QStringLiteral("pass"));
        test::writeFile(passFile, test::kAdminPassphrase.toUtf8());
        const QStringList args = {QStringLiteral("import"), dir, corpus, QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("--passphrase-file"), passFile, QStringLiteral("--batch"), QStringLiteral("500")};
        QProcess p;
        p.start(QStringLiteral(CUSTOS_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        // Kill it (SIGKILL, no chance to clean up) once a few batches are on disk.
        // (The whole import makes the database about 15 MB; a third of that is a few batches in.)
        const QString database = workspace::WorkspacePaths(dir).database(domain::Compartment::Content);
        const auto written = [&] { return QFileInfo(database).size(); };
        QTRY_VERIFY_WITH_TIMEOUT(written() > 5 * 1024 * 1024 || p.state() != QProcess::Running, 60000);
        QVERIFY2(p.state() == QProcess::Running, p.readAllStandardError().constData()); // interrupted, not finished
        p.kill();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QProcess again;
        again.start(QStringLiteral(CUSTOS_CLI_PATH), args);
        QVERIFY(again.waitForFinished(120000));
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        auto session = workspace::Workspace::open(dir, QStringLiteral("admin"), test::kAdminPassphrase);
        QVERIFY(session);
        storage::Database& db = (*session)->database();
        const QJsonObject summary = QJsonDocument::fromJson(again.readAllStandardOutput()).object();
        QVERIFY(summary.value(QStringLiteral("resumed")).toBool());
        QVERIFY(summary.value(QStringLiteral("counts")).toObject().value(QStringLiteral("posts_added")).toInt() < 60000);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts;")), 60000);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(DISTINCT message_id) FROM posts;")), 60000);
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'message';")), 60000);
        QCOMPARE(text(db, QStringLiteral("SELECT group_concat(status) FROM imports;")), QStringLiteral("done"));
        QVERIFY(audit::verifyDatabase(db).ok());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

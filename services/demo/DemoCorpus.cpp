#include "demo/DemoCorpus.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>


namespace custos::demo {
namespace {

// splitmix64: a small, fully specified generator, so the corpus is the same everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint64>(n)); }
    bool chance(double p) { return static_cast<double>(next() % 1000000) < p * 1000000.0; }
    template <typename T>
    const T& pick(const QList<T>& list) { return list.at(below(static_cast<int>(list.size()))); }

private:
    quint64 m_state;
};

const QStringList kFirst = {QStringLiteral("Anna"), QStringLiteral("Ben"), QStringLiteral("Chloé"), QStringLiteral("David"),
    QStringLiteral("Elif"), QStringLiteral("Farid"), QStringLiteral("Greta"), QStringLiteral("Hugo"), QStringLiteral("Ines"),
    QStringLiteral("Jonas"), QStringLiteral("Kemal"), QStringLiteral("Lena"), QStringLiteral("Marc"), QStringLiteral("Nora"),
    QStringLiteral("Oskar"), QStringLiteral("Priya"), QStringLiteral("Quentin"), QStringLiteral("Rosa"), QStringLiteral("Sven"),
    QStringLiteral("Tanja"), QStringLiteral("Uwe"), QStringLiteral("Valérie"), QStringLiteral("Wei"), QStringLiteral("Yusuf"),
    QStringLiteral("Zoë")};
const QStringList kLast = {QStringLiteral("Becker"), QStringLiteral("Dubois"), QStringLiteral("Fischer"), QStringLiteral("Garcia"),
    QStringLiteral("Hoffmann"), QStringLiteral("Kowalski"), QStringLiteral("Laurent"), QStringLiteral("Martin"),
    QStringLiteral("Nguyen"), QStringLiteral("Okafor"), QStringLiteral("Petit"), QStringLiteral("Richter"),
    QStringLiteral("Schmidt"), QStringLiteral("Svensson"), QStringLiteral("Weber"), QStringLiteral("Yilmaz")};
const QStringList kDepartments = {QStringLiteral("Engineering"), QStringLiteral("Sales"), QStringLiteral("Marketing"),
    QStringLiteral("Finance"), QStringLiteral("HR"), QStringLiteral("Support"), QStringLiteral("Legal"), QStringLiteral("Operations")};
const QStringList kProjects = {QStringLiteral("Falcon"), QStringLiteral("Orbit"), QStringLiteral("Lighthouse"), QStringLiteral("Atlas")};

const QStringList kChatter = {
    QStringLiteral("Morning all, stand-up in 5 minutes."),
    QStringLiteral("Can someone review my pull request for the {project} login page?"),
    QStringLiteral("I moved the {project} planning to Thursday at {hour}:00."),
    QStringLiteral("Thanks {name}, that fixed it!"),
    QStringLiteral("The build is green again."),
    QStringLiteral("Who has the slides for the customer call?"),
    QStringLiteral("Lunch at the Italian place today?"),
    QStringLiteral("I'm out of office tomorrow, {name} covers for me."),
    QStringLiteral("Updated the wiki page with the new onboarding steps."),
    QStringLiteral("The printer on the 3rd floor is jammed again."),
    QStringLiteral("Great demo yesterday, the client loved it."),
    QStringLiteral("Reminder: expense reports are due Friday."),
    QStringLiteral("Can we push the retro by 30 minutes?"),
    QStringLiteral("I'll send the meeting notes after lunch."),
    QStringLiteral("{project} sprint goal: finish the export feature."),
    QStringLiteral("Nice work on the release notes, {name}."),
    QStringLiteral("The VPN seems slow this morning, anyone else?"),
    QStringLiteral("Happy birthday {name}! 🎂"),
    QStringLiteral("Does anyone know where the spare HDMI cables are?"),
    QStringLiteral("Merged. Deploying to staging now."),
    QStringLiteral("Let's sync on the budget numbers after the all-hands."),
    QStringLiteral("Customer ticket #{order} is resolved."),
    QStringLiteral("I booked room Orion for the workshop."),
    QStringLiteral("Welcome to the team, {name}!"),
    QStringLiteral("Guten Morgen zusammen, das Meeting beginnt um {hour} Uhr."),
    QStringLiteral("Bonjour à tous, la réunion est décalée à {hour}h."),
    QStringLiteral("Please fill in the survey before Monday."),
    QStringLiteral("Coffee machine is fixed ☕"),
};

struct Planted
{
    QString category;
    QString detail;
    QString text;
};

const QList<Planted> kAbuse = {
    {QStringLiteral("harassment"), QStringLiteral("insult"), QStringLiteral("{name} you are a useless idiot, nobody wants your opinion.")},
    {QStringLiteral("harassment"), QStringLiteral("insult"), QStringLiteral("Honestly {name} is the most incompetent moron in this company.")},
    {QStringLiteral("harassment"), QStringLiteral("obfuscated"), QStringLiteral("{name} u r such a l0s3r, st0p talking in meetings")},
    {QStringLiteral("harassment"), QStringLiteral("obfuscated"), QStringLiteral("what an i d i o t, {name} ruined the release again")},
    {QStringLiteral("harassment"), QStringLiteral("exclusion"), QStringLiteral("Don't invite {name} to the offsite, nobody likes her.")},
    {QStringLiteral("harassment"), QStringLiteral("exclusion"), QStringLiteral("Let's keep {name} out of the chat, he's a waste of space.")},
    {QStringLiteral("threat"), QStringLiteral("intimidation"), QStringLiteral("{name}, if you report this to HR you'll regret it. I know where you park.")},
    {QStringLiteral("threat"), QStringLiteral("violence"), QStringLiteral("Say that again {name} and I will hurt you.")},
    {QStringLiteral("threat"), QStringLiteral("self-harm"), QStringLiteral("{name} nobody would miss you, just go kill yourself.")},
    {QStringLiteral("sexual"), QStringLiteral("remark"), QStringLiteral("{name} that skirt is distracting, come sit on my lap during the review 😏")},
    {QStringLiteral("sexual"), QStringLiteral("remark"), QStringLiteral("{name} send me some sexy pics tonight and your bonus is safe.")},
    {QStringLiteral("hate"), QStringLiteral("identity"), QStringLiteral("People like {name} from that country shouldn't be hired, they are all lazy.")},
    {QStringLiteral("profanity"), QStringLiteral("profanity"), QStringLiteral("This damn build is fucking broken again.")},
    {QStringLiteral("harassment"), QStringLiteral("insult"), QStringLiteral("{name} du bist so ein Vollidiot, halt einfach den Mund.")},
    {QStringLiteral("harassment"), QStringLiteral("insult"), QStringLiteral("{name} t'es vraiment un abruti, personne ne veut de toi ici.")},
};

const QList<Planted> kLeaks = {
    {QStringLiteral("confidential"), QStringLiteral("marker"), QStringLiteral("CONFIDENTIAL: Q3 revenue came in at 48.2M, do not share before the earnings call.")},
    {QStringLiteral("confidential"), QStringLiteral("codename"), QStringLiteral("Internal only: Project {project} acquisition target is Contoso, price around 120M.")},
    {QStringLiteral("confidential"), QStringLiteral("marker"), QStringLiteral("Under NDA — the layoffs list for March has 37 names, HR will announce next week.")},
    {QStringLiteral("secret"), QStringLiteral("aws-key"), QStringLiteral("use AKIA{aws} with secret {awssecret} for the bucket")},
    {QStringLiteral("secret"), QStringLiteral("github-token"), QStringLiteral("my token is ghp_{gh} if you need to push")},
    {QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("db password: Summer2024!{n} (prod, don't tell IT)")},
    {QStringLiteral("secret"), QStringLiteral("connection-string"), QStringLiteral("postgres://admin:Sup3rS3cret{n}@db.internal:5432/payroll")},
    {QStringLiteral("secret"), QStringLiteral("private-key"), QStringLiteral("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA{gh}\n-----END RSA PRIVATE KEY-----")},
};

const QList<Planted> kPii = {
    {QStringLiteral("pii"), QStringLiteral("card"), QStringLiteral("Can you book it on my card {card}, exp 09/27?")},
    {QStringLiteral("pii"), QStringLiteral("iban"), QStringLiteral("Please wire the refund to {iban}.")},
    {QStringLiteral("pii"), QStringLiteral("phone"), QStringLiteral("Call me on my private number +49 151 {phone}.")},
    {QStringLiteral("pii"), QStringLiteral("address"), QStringLiteral("Send the documents to my home address: {hnum} Lindenstraße, 10115 Berlin.")},
    {QStringLiteral("pii"), QStringLiteral("ssn"), QStringLiteral("My SSN is {ssn} for the HR form.")},
    {QStringLiteral("pii"), QStringLiteral("email"), QStringLiteral("My private email is {first}.{last}{n}@gmail.com")},
};

const QList<Planted> kReputation = {
    {QStringLiteral("reputation"), QStringLiteral("company"), QStringLiteral("Northwind is a terrible place to work, management is clueless.")},
    {QStringLiteral("reputation"), QStringLiteral("product"), QStringLiteral("Honestly Orbit is garbage, customers hate it and I don't blame them.")},
    {QStringLiteral("reputation"), QStringLiteral("executive"), QStringLiteral("Our CEO Maria Lindqvist is a liar, she misled the board again.")},
};

const QList<Planted> kHardNegatives = {
    {QStringLiteral("hard_negative"), QStringLiteral("idiom"), QStringLiteral("This deadline is killing me 😅")},
    {QStringLiteral("hard_negative"), QStringLiteral("idiom"), QStringLiteral("{name} you killed it in the demo today!")},
    {QStringLiteral("hard_negative"), QStringLiteral("self-deprecation"), QStringLiteral("I feel like an idiot, I forgot the attachment again.")},
    {QStringLiteral("hard_negative"), QStringLiteral("policy-quote"), QStringLiteral("Reminder from the code of conduct: insults such as calling a colleague an idiot are not tolerated.")},
    {QStringLiteral("hard_negative"), QStringLiteral("order-number"), QStringLiteral("Order {notcard} shipped today.")},
    {QStringLiteral("hard_negative"), QStringLiteral("version"), QStringLiteral("Upgraded the cluster to 4.12.3.1045 last night.")},
    {QStringLiteral("hard_negative"), QStringLiteral("hash"), QStringLiteral("Commit 9f2c4e1a7b3d5f60 fixes the flaky test.")},
    {QStringLiteral("hard_negative"), QStringLiteral("masked-card"), QStringLiteral("The receipt shows card **** **** **** 4242.")},
    {QStringLiteral("hard_negative"), QStringLiteral("uuid"), QStringLiteral("Ticket id 123e4567-e89b-12d3-a456-426614174000 is closed.")},
    {QStringLiteral("hard_negative"), QStringLiteral("password-talk"), QStringLiteral("Remember to change your password every 90 days.")},
    {QStringLiteral("hard_negative"), QStringLiteral("confidential-talk"), QStringLiteral("What counts as confidential is explained in the handbook.")},
    {QStringLiteral("hard_negative"), QStringLiteral("product-praise"), QStringLiteral("Orbit had its best month ever, well done team.")},
};

QString digits(Rng& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.below(10));
    return s;
}

QString fill(QString t, Rng& rng, const QString& name)
{
    static const QString alnum = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    static const QString b62 = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    auto random = [&](const QString& set, int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += set.at(rng.below(static_cast<int>(set.size())));
        return s;
    };
    t.replace(QStringLiteral("{name}"), name);
    t.replace(QStringLiteral("{project}"), rng.pick(kProjects));
    t.replace(QStringLiteral("{hour}"), QString::number(8 + rng.below(9)));
    t.replace(QStringLiteral("{order}"), digits(rng, 6));
    t.replace(QStringLiteral("{aws}"), random(alnum, 16));
    t.replace(QStringLiteral("{awssecret}"), random(b62, 40));
    t.replace(QStringLiteral("{gh}"), random(b62, 36));
    t.replace(QStringLiteral("{n}"), QString::number(rng.below(100)));
    t.replace(QStringLiteral("{card}"), DemoCorpus::luhnCardNumber(rng.next()));
    t.replace(QStringLiteral("{iban}"), DemoCorpus::germanIban(rng.next()));
    t.replace(QStringLiteral("{phone}"), digits(rng, 7));
    t.replace(QStringLiteral("{hnum}"), QString::number(1 + rng.below(120)));
    t.replace(QStringLiteral("{ssn}"), QStringLiteral("%1-%2-%3").arg(100 + rng.below(565)).arg(10 + rng.below(89)).arg(1000 + rng.below(8999)));
    t.replace(QStringLiteral("{first}"), rng.pick(kFirst).toLower());
    t.replace(QStringLiteral("{last}"), rng.pick(kLast).toLower());
    // A 16-digit number that fails the Luhn check: looks like a card, is not one.
    QString notCard = DemoCorpus::luhnCardNumber(rng.next()).remove(QLatin1Char(' '));
    notCard[15] = QChar(u'0' + (notCard.at(15).digitValue() + 1) % 10);
    t.replace(QStringLiteral("{notcard}"), notCard);
    return t;
}

struct Person
{
    QString id;
    QString handle;
    QString name;
    QString department;
};

struct Channel
{
    QString id;
    QString name;
    QString kind; // public, private, dm
    QList<int> members;
};

} // namespace

QString DemoCorpus::luhnCardNumber(quint64 seed)
{
    Rng rng(seed);
    QString n = QStringLiteral("4") + digits(rng, 14); // Visa range
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        int d = n.at(14 - i).digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    n += QChar(u'0' + (10 - sum % 10) % 10);
    return n.mid(0, 4) + QLatin1Char(' ') + n.mid(4, 4) + QLatin1Char(' ') + n.mid(8, 4) + QLatin1Char(' ') + n.mid(12, 4);
}

QString DemoCorpus::germanIban(quint64 seed)
{
    Rng rng(seed);
    const QString bban = digits(rng, 18); // Bankleitzahl (8) + account (10)
    // mod-97 over BBAN + "DE00" as digits (D=13, E=14)
    const QString check = bban + QStringLiteral("131400");
    int mod = 0;
    for (const QChar c : check)
        mod = (mod * 10 + c.digitValue()) % 97;
    const int digitsCheck = 98 - mod;
    return QStringLiteral("DE%1%2").arg(digitsCheck, 2, 10, QLatin1Char('0')).arg(bban);
}

QJsonObject DemoCorpusSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("posts"), posts}, {QStringLiteral("planted"), planted},
                       {QStringLiteral("people"), people}, {QStringLiteral("channels"), channels}};
}

Result<DemoCorpusSummary> DemoCorpus::write(const QString& dir, qint64 posts, quint64 seed)
{
    if (posts < 1 || posts > 100000000)
        return Status(ErrorCode::InvalidArgument, tr("The number of posts must be between 1 and 100,000,000."));
    QDir out(dir);
    if (out.exists() && !out.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
        return Status(ErrorCode::AlreadyExists, tr("The folder %1 is not empty. Choose a new or empty folder.").arg(dir));
    if (!QDir().mkpath(dir))
        return Status(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(dir));
    Rng rng(seed);
    DemoCorpusSummary summary;

    QList<Person> people;
    QJsonArray users;
    for (int i = 0; i < 200; ++i) {
        Person p;
        p.id = QStringLiteral("U%1").arg(1000 + i);
        const QString first = rng.pick(kFirst);
        const QString last = rng.pick(kLast);
        p.name = first + QLatin1Char(' ') + last;
        p.handle = first.toLower() + QLatin1Char('.') + last.toLower() + QString::number(i);
        p.department = kDepartments.at(i % kDepartments.size());
        people.append(p);
        users.append(QJsonObject{{QStringLiteral("id"), p.id},
                                 {QStringLiteral("team_id"), QStringLiteral("TNORTHWIND")},
                                 {QStringLiteral("name"), p.handle},
                                 {QStringLiteral("real_name"), p.name},
                                 {QStringLiteral("profile"), QJsonObject{{QStringLiteral("email"), QString(p.handle + QStringLiteral("@northwind.example"))},
                                                                         {QStringLiteral("title"), p.department}}}});
    }
    QList<Channel> channels;
    QJsonArray publicList, privateList, dmList;
    const QStringList publicNames = {QStringLiteral("general"), QStringLiteral("random"), QStringLiteral("engineering"),
                                     QStringLiteral("sales"), QStringLiteral("support"), QStringLiteral("announcements"),
                                     QStringLiteral("project-falcon"), QStringLiteral("project-orbit")};
    for (int i = 0; i < publicNames.size(); ++i) {
        Channel c{QStringLiteral("C%1").arg(100 + i), publicNames.at(i), QStringLiteral("public"), {}};
        for (int m = 0; m < people.size(); m += 1 + (i % 3))
            c.members << m;
        channels << c;
        publicList.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
    }
    for (int i = 0; i < kDepartments.size(); ++i) {
        Channel c{QStringLiteral("G%1").arg(100 + i), QStringLiteral("team-") + kDepartments.at(i).toLower(), QStringLiteral("private"), {}};
        for (int m = i; m < people.size(); m += kDepartments.size())
            c.members << m;
        channels << c;
        privateList.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
    }
    for (int i = 0; i < 20; ++i) {
        const int a = rng.below(200), b = (a + 1 + rng.below(199)) % 200;
        Channel c{QStringLiteral("D%1").arg(100 + i), QString(), QStringLiteral("dm"), {a, b}};
        c.name = c.id;
        channels << c;
        dmList.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("members"), QJsonArray{people.at(a).id, people.at(b).id}}});
    }
    auto writeJson = [&](const QString& name, const QJsonArray& a) {
        QFile f(out.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(a).toJson(QJsonDocument::Compact)) >= 0;
    };
    if (!writeJson(QStringLiteral("users.json"), users) || !writeJson(QStringLiteral("channels.json"), publicList) ||
        !writeJson(QStringLiteral("groups.json"), privateList) || !writeJson(QStringLiteral("dms.json"), dmList))
        return Status(ErrorCode::Io, tr("Writing the export to %1 failed. Check the free disk space.").arg(dir));
    for (const Channel& c : channels)
        out.mkpath(c.kind == QLatin1String("dm") ? c.id : c.name);

    QFile labels(out.filePath(QStringLiteral("labels.jsonl")));
    if (!labels.open(QIODevice::WriteOnly))
        return Status(ErrorCode::Io, tr("%1 cannot be written.").arg(labels.fileName()));

    // About 400 messages per working day; one file per conversation and day, written as the day ends.
    const qint64 perDay = 400;
    QDateTime day(QDate(2024, 1, 2), QTime(0, 0), Qt::UTC);
    qint64 written = 0;
    while (written < posts) {
        if (day.date().dayOfWeek() >= 6) {
            day = day.addDays(1);
            continue;
        }
        QHash<int, QJsonArray> byChannel;
        const qint64 today = std::min(perDay, posts - written);
        QList<qint64> seconds;
        for (qint64 i = 0; i < today; ++i)
            seconds << 8 * 3600 + (rng.below(10 * 3600)); // 08:00 to 18:00
        std::sort(seconds.begin(), seconds.end());
        QHash<int, QString> openThread; // channel -> thread root ts
        for (qint64 i = 0; i < today; ++i) {
            const int ci = rng.chance(0.7) ? rng.below(8) : rng.below(static_cast<int>(channels.size()));
            const Channel& c = channels.at(ci);
            const int author = c.members.at(rng.below(static_cast<int>(c.members.size())));
            const QString other = people.at(c.members.at(rng.below(static_cast<int>(c.members.size())))).name.section(QLatin1Char(' '), 0, 0);
            const qint64 epoch = day.toSecsSinceEpoch() + seconds.at(i);
            const QString ts = QStringLiteral("%1.%2").arg(epoch).arg(i, 6, 10, QLatin1Char('0'));
            QString text;
            const Planted* planted = nullptr;
            const double roll = static_cast<double>(rng.below(100000)) / 100000.0;
            if (roll < 0.004)
                planted = &kAbuse.at(rng.below(static_cast<int>(kAbuse.size())));
            else if (roll < 0.006)
                planted = &kLeaks.at(rng.below(static_cast<int>(kLeaks.size())));
            else if (roll < 0.008)
                planted = &kPii.at(rng.below(static_cast<int>(kPii.size())));
            else if (roll < 0.009)
                planted = &kReputation.at(rng.below(static_cast<int>(kReputation.size())));
            else if (roll < 0.013)
                planted = &kHardNegatives.at(rng.below(static_cast<int>(kHardNegatives.size())));
            text = fill(planted ? planted->text : rng.pick(kChatter), rng, other);
            QJsonObject m{{QStringLiteral("type"), QStringLiteral("message")},
                          {QStringLiteral("ts"), ts},
                          {QStringLiteral("user"), people.at(author).id},
                          {QStringLiteral("text"), text}};
            if (openThread.contains(ci) && rng.chance(0.5)) {
                m.insert(QStringLiteral("thread_ts"), openThread.value(ci));
            } else if (rng.chance(0.08)) {
                m.insert(QStringLiteral("thread_ts"), ts);
                openThread.insert(ci, ts);
            }
            if (rng.chance(0.1))
                m.insert(QStringLiteral("reactions"),
                         QJsonArray{QJsonObject{{QStringLiteral("name"), rng.chance(0.5) ? QStringLiteral("+1") : QStringLiteral("tada")},
                                                {QStringLiteral("users"), QJsonArray{people.at(rng.below(200)).id}},
                                                {QStringLiteral("count"), 1}}});
            if (rng.chance(0.02))
                m.insert(QStringLiteral("edited"), QJsonObject{{QStringLiteral("user"), people.at(author).id},
                                                               {QStringLiteral("ts"), QStringLiteral("%1.000000").arg(epoch + 60)}});
            byChannel[ci].append(m);
            if (planted) {
                ++summary.planted;
                labels.write(QJsonDocument(QJsonObject{{QStringLiteral("channel"), c.kind == QLatin1String("dm") ? c.id : c.name},
                                                       {QStringLiteral("ts"), ts},
                                                       {QStringLiteral("category"), planted->category},
                                                       {QStringLiteral("detail"), planted->detail},
                                                       {QStringLiteral("text"), text}})
                                 .toJson(QJsonDocument::Compact) +
                             '\n');
            }
        }
        for (auto it = byChannel.begin(); it != byChannel.end(); ++it) {
            const Channel& c = channels.at(it.key());
            QFile f(out.filePath((c.kind == QLatin1String("dm") ? c.id : c.name) + QLatin1Char('/') +
                                 day.date().toString(Qt::ISODate) + QStringLiteral(".json")));
            if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)) < 0)
                return Status(ErrorCode::Io, tr("Writing the export to %1 failed. Check the free disk space.").arg(dir));
        }
        written += today;
        day = day.addDays(1);
    }
    summary.posts = written;
    summary.people = static_cast<int>(people.size());
    summary.channels = static_cast<int>(channels.size());
    return summary;
}

} // namespace custos::demo

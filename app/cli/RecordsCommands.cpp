#include "RecordsCommands.h"

#include "CliContext.h"
#include "records/Disposition.h"
#include "records/RetentionService.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace custos::cli {
namespace {

using namespace custos::domain;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("custos::cli", text, disambiguation, n);
}

template <typename E> QString choices()
{
    return allKeys<E>().join(QStringLiteral(", "));
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject ruleJson(const RetentionRule& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("data_class"), key(r.dataClass)},
                       {QStringLiteral("channel_kind"), r.channelKind ? QJsonValue(key(*r.channelKind)) : QJsonValue()},
                       {QStringLiteral("channel"), r.channelId ? QJsonValue(*r.channelId) : QJsonValue()},
                       {QStringLiteral("channel_name"), orNull(r.channelName)},
                       {QStringLiteral("category"), r.category ? QJsonValue(key(*r.category)) : QJsonValue()},
                       {QStringLiteral("period_days"), r.periodDays ? QJsonValue(*r.periodDays) : QJsonValue()},
                       {QStringLiteral("period"), periodName(r.periodDays)},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("created_at"), r.createdAt},
                       {QStringLiteral("retired_at"), orNull(r.retiredAt)}};
}

QJsonObject holdJson(const LegalHold& h)
{
    return QJsonObject{{QStringLiteral("id"), h.id},
                       {QStringLiteral("matter"), h.matter},
                       {QStringLiteral("requested_by"), h.requestedBy},
                       {QStringLiteral("custodian"), h.personId ? QJsonValue(*h.personId) : QJsonValue()},
                       {QStringLiteral("channel"), h.channelId ? QJsonValue(*h.channelId) : QJsonValue()},
                       {QStringLiteral("channel_name"), orNull(h.channelName)},
                       {QStringLiteral("case"), orNull(h.caseNumber)},
                       {QStringLiteral("from"), orNull(h.from)},
                       {QStringLiteral("to"), orNull(h.to)},
                       {QStringLiteral("query"), orNull(h.query)},
                       {QStringLiteral("placed_at"), h.placedAt},
                       {QStringLiteral("released_at"), orNull(h.releasedAt)},
                       {QStringLiteral("release_reason"), orNull(h.releaseReason)}};
}

QJsonObject previewJson(const PurgePreview& preview)
{
    QJsonArray rules;
    for (const RuleDisposal& r : preview.rules) {
        QJsonArray samples;
        for (const qint64 id : r.samplePosts)
            samples.append(id);
        rules.append(QJsonObject{{QStringLiteral("rule"), r.ruleId},
                                 {QStringLiteral("name"), r.ruleName},
                                 {QStringLiteral("posts"), r.posts},
                                 {QStringLiteral("versions"), r.versions},
                                 {QStringLiteral("flags"), r.flags},
                                 {QStringLiteral("decisions"), r.decisions},
                                 {QStringLiteral("cases"), r.cases},
                                 {QStringLiteral("evidence_files"), r.evidence},
                                 {QStringLiteral("manifests"), r.manifests},
                                 {QStringLiteral("sample_posts"), samples}});
    }
    QJsonObject kept;
    for (auto it = preview.kept.begin(); it != preview.kept.end(); ++it) {
        QJsonObject reasons;
        for (auto r = it->begin(); r != it->end(); ++r)
            reasons.insert(key(r.key()), r.value());
        kept.insert(key(it.key()), reasons);
    }
    QJsonArray samples;
    for (const KeptSample& s : preview.keptSamples)
        samples.append(QJsonObject{{QStringLiteral("kind"), key(s.kind)},
                                   {QStringLiteral("id"), s.id},
                                   {QStringLiteral("reason"), key(s.reason)},
                                   {QStringLiteral("why"), displayName(s.reason)},
                                   {QStringLiteral("detail"), orNull(s.detail)}});
    return QJsonObject{{QStringLiteral("as_of"), preview.asOf},
                       {QStringLiteral("posts_considered"), preview.postsConsidered},
                       {QStringLiteral("posts_to_purge"), preview.postsToPurge()},
                       {QStringLiteral("cases_to_purge"), preview.casesToPurge()},
                       {QStringLiteral("manifests_to_purge"), preview.manifestsToPurge()},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("kept"), kept},
                       {QStringLiteral("kept_samples"), samples}};
}

bool positiveId(const QString& value, qint64& out)
{
    bool ok = false;
    out = value.trimmed().toLongLong(&ok);
    return ok && out > 0;
}

int ruleAdd(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("name"), tr("The rule's name."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("class"), tr("What it covers: %1.").arg(choices<DataClass>()), QStringLiteral("CLASS")});
    p.addOption({QStringLiteral("period"), tr("How long to keep: a number of days, or \"indefinite\"."), QStringLiteral("DAYS")});
    p.addOption({QStringLiteral("reason"), tr("The regulation or reason the rule serves."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("channel-kind"), tr("Only channels of this kind: %1.").arg(choices<ChannelKind>()), QStringLiteral("KIND")});
    p.addOption({QStringLiteral("channel"), tr("Only the channel with this id."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("category"), tr("Only posts flagged in (or flags of) this category: %1.").arg(choices<Category>()),
                 QStringLiteral("CATEGORY")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    RetentionRule rule;
    rule.name = p.value(QStringLiteral("name"));
    rule.reason = p.value(QStringLiteral("reason"));
    const auto dataClass = fromKey<DataClass>(p.value(QStringLiteral("class")));
    if (!dataClass)
        return CliContext::usage(tr("--class is one of: %1.").arg(choices<DataClass>()));
    rule.dataClass = *dataClass;
    if (!parseRetentionPeriod(p.value(QStringLiteral("period")), rule.periodDays))
        return CliContext::usage(tr("--period takes a number of days (at least 1) or \"indefinite\"."));
    if (p.isSet(QStringLiteral("channel-kind"))) {
        rule.channelKind = fromKey<ChannelKind>(p.value(QStringLiteral("channel-kind")));
        if (!rule.channelKind)
            return CliContext::usage(tr("--channel-kind is one of: %1.").arg(choices<ChannelKind>()));
    }
    if (p.isSet(QStringLiteral("channel"))) {
        qint64 id = 0;
        if (!positiveId(p.value(QStringLiteral("channel")), id))
            return CliContext::usage(tr("--channel takes a channel id."));
        rule.channelId = id;
    }
    if (p.isSet(QStringLiteral("category"))) {
        rule.category = fromKey<Category>(p.value(QStringLiteral("category")));
        if (!rule.category)
            return CliContext::usage(tr("--category is one of: %1.").arg(choices<Category>()));
    }
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto added = records::RetentionService(**session).addRule(rule);
    if (!added)
        return CliContext::fail(added.status());
    CliContext::printJson(QJsonDocument(ruleJson(*added)));
    return ExitOk;
}

int ruleRetire(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("reason"), tr("Why the rule no longer applies."), QStringLiteral("TEXT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("RULE")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    qint64 id = 0;
    if (!positiveId(p.positionalArguments().at(1), id))
        return CliContext::usage(tr("RULE is a rule id (see custos-cli retention rules)."));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    if (Status s = records::RetentionService(**session).retireRule(id, p.value(QStringLiteral("reason"))); !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("retired"), id}}));
    return ExitOk;
}

int rulesList(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("all"), tr("Retired rules too.")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    auto rules = records::RetentionService(**session).rules(p.isSet(QStringLiteral("all")));
    if (!rules)
        return CliContext::fail(rules.status());
    QJsonArray out;
    for (const RetentionRule& r : *rules)
        out.append(ruleJson(r));
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

int retentionPreview(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("samples"), tr("Samples per rule and reason (default 5)."), QStringLiteral("N")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const int samples = p.isSet(QStringLiteral("samples")) ? p.value(QStringLiteral("samples")).toInt() : 5;
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    auto preview = records::RetentionService(**session).preview(std::max(0, samples));
    if (!preview)
        return CliContext::fail(preview.status());
    CliContext::printJson(QJsonDocument(previewJson(*preview)));
    return ExitOk;
}

int retentionPurge(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("batch"), tr("Posts per audited batch (default 10000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("quiet"), tr("No progress on stderr (for cron).")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    CliContext::catchInterrupts();
    records::PurgeOptions options;
    if (p.isSet(QStringLiteral("batch")))
        options.batchSize = std::max(1, p.value(QStringLiteral("batch")).toInt());
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    options.progress = [quiet](qint64 done, qint64 total) {
        if (!quiet && total > 0)
            CliContext::printError(tr("Purging: %1 of %2 records").arg(std::min(done, total)).arg(total));
        return !CliContext::interrupted();
    };
    auto summary = records::RetentionService(**session).purge(options);
    if (!summary)
        return CliContext::fail(summary.status());
    CliContext::printJson(QJsonDocument(summary->toJson()));
    if (summary->status == PurgeStatus::Cancelled) {
        CliContext::printError(tr("Stopped: the batches purged so far stand, and are recorded. Run the purge again to "
                                  "finish."));
        return ExitInterrupted;
    }
    return ExitOk;
}

int purgesList(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    auto purges = records::RetentionService(**session).purges();
    if (!purges)
        return CliContext::fail(purges.status());
    QJsonArray out;
    for (const PurgeRecord& r : *purges) {
        QJsonObject counts;
        for (auto it = r.counts.begin(); it != r.counts.end(); ++it)
            counts.insert(key(it.key()), it.value());
        out.append(QJsonObject{{QStringLiteral("id"), r.id},
                               {QStringLiteral("status"), key(r.status)},
                               {QStringLiteral("started_at"), r.startedAt},
                               {QStringLiteral("finished_at"), orNull(r.finishedAt)},
                               {QStringLiteral("run_by"), r.startedByName},
                               {QStringLiteral("purged"), counts}});
    }
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

int holdAdd(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("matter"), tr("The lawsuit, inquiry or audit the hold serves."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("requested-by"), tr("Who asked for it (for example outside counsel)."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("note"), tr("A note on the hold."), QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("custodian"), tr("Keep what this person (person id) wrote."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("channel"), tr("Keep what was posted in this channel (channel id)."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("case"), tr("Keep a case and its posts (number or id)."), QStringLiteral("CASE")});
    p.addOption({QStringLiteral("from"), tr("Posted on or after this day (YYYY-MM-DD)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("to"), tr("Posted on or before this day (YYYY-MM-DD)."), QStringLiteral("DAY")});
    p.addOption({QStringLiteral("query"), tr("A full-text search; it keeps catching new matches as imports arrive."),
                 QStringLiteral("TEXT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    LegalHold hold;
    hold.matter = p.value(QStringLiteral("matter"));
    hold.requestedBy = p.value(QStringLiteral("requested-by"));
    hold.note = p.value(QStringLiteral("note"));
    hold.from = p.value(QStringLiteral("from"));
    hold.to = p.value(QStringLiteral("to"));
    hold.query = p.value(QStringLiteral("query"));
    for (const char* option : {"custodian", "channel"}) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            continue;
        qint64 id = 0;
        if (!positiveId(p.value(name), id))
            return CliContext::usage(tr("--%1 takes an id.").arg(name));
        (name == QLatin1String("custodian") ? hold.personId : hold.channelId) = id;
    }
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    records::RetentionService service(**session);
    if (p.isSet(QStringLiteral("case"))) {
        auto id = service.caseId(p.value(QStringLiteral("case")));
        if (!id)
            return CliContext::fail(id.status());
        hold.caseId = *id;
    }
    auto placed = service.placeHold(hold);
    if (!placed)
        return CliContext::fail(placed.status());
    CliContext::printJson(QJsonDocument(holdJson(*placed)));
    return ExitOk;
}

int holdRelease(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("reason"), tr("Why the hold ends (for example \"matter settled\")."), QStringLiteral("TEXT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("HOLD")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    qint64 id = 0;
    if (!positiveId(p.positionalArguments().at(1), id))
        return CliContext::usage(tr("HOLD is a hold id (see custos-cli hold list)."));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    if (Status s = records::RetentionService(**session).releaseHold(id, p.value(QStringLiteral("reason"))); !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("released"), id}}));
    return ExitOk;
}

int holdList(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("all"), tr("Released holds too.")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    auto session = CliContext::signIn(p, p.positionalArguments().first(), workspace::Workspace::Access::ReadOnly);
    if (!session)
        return CliContext::fail(session.status());
    auto holds = records::RetentionService(**session).holds(p.isSet(QStringLiteral("all")));
    if (!holds)
        return CliContext::fail(holds.status());
    QJsonArray out;
    for (const LegalHold& h : *holds)
        out.append(holdJson(h));
    CliContext::printJson(QJsonDocument(out));
    return ExitOk;
}

int holdNotices(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("out"), tr("Write one text file per custodian into this folder."), QStringLiteral("DIR")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("HOLD")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    qint64 id = 0;
    if (!positiveId(p.positionalArguments().at(1), id))
        return CliContext::usage(tr("HOLD is a hold id (see custos-cli hold list)."));
    const QString out = p.value(QStringLiteral("out"));
    if (!out.isEmpty() && !QFileInfo(out).isDir())
        return CliContext::usage(tr("The folder %1 does not exist.").arg(out));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto notices = records::RetentionService(**session).notices(id);
    if (!notices)
        return CliContext::fail(notices.status());
    QJsonArray list;
    for (const HoldNotice& n : *notices) {
        QJsonObject o{{QStringLiteral("person"), n.personId},
                      {QStringLiteral("name"), n.personName},
                      {QStringLiteral("acknowledged_at"), orNull(n.acknowledgedAt)}};
        if (!out.isEmpty()) {
            const QString path = QDir(out).filePath(QStringLiteral("hold-%1-person-%2.txt").arg(id).arg(n.personId));
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(n.text.toUtf8()) < 0 || !file.commit())
                return CliContext::fail(
                    Status(ErrorCode::Io, tr("%1 cannot be written: %2. Check the folder and the free space.").arg(path, file.errorString())));
            o.insert(QStringLiteral("file"), path);
        } else {
            o.insert(QStringLiteral("text"), n.text);
        }
        list.append(o);
    }
    CliContext::printJson(QJsonDocument(list));
    return ExitOk;
}

int holdAck(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("on"), tr("The day they acknowledged it (default today)."), QStringLiteral("DAY")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("HOLD"), QStringLiteral("PERSON")}, 3, 3))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    qint64 hold = 0;
    qint64 person = 0;
    if (!positiveId(p.positionalArguments().at(1), hold) || !positiveId(p.positionalArguments().at(2), person))
        return CliContext::usage(tr("HOLD and PERSON are ids (see custos-cli hold notices)."));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    if (Status s = records::RetentionService(**session).acknowledge(hold, person, p.value(QStringLiteral("on"))); !s.ok())
        return CliContext::fail(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("hold"), hold}, {QStringLiteral("person"), person}}));
    return ExitOk;
}

int dispositionExport(CliContext& ctx)
{
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("out"), tr("The certificate file to write (JSON)."), QStringLiteral("FILE")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE"), QStringLiteral("PURGE")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    qint64 id = 0;
    if (!positiveId(p.positionalArguments().at(1), id))
        return CliContext::usage(tr("PURGE is a purge id (see custos-cli retention purges)."));
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return CliContext::usage(tr("--out FILE is required."));
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto cert = records::RetentionService(**session).certificate(id);
    if (!cert)
        return CliContext::fail(cert.status());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*cert).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return CliContext::fail(
            Status(ErrorCode::Io, tr("%1 cannot be written: %2. Check the folder and the free space.").arg(out, file.errorString())));
    CliContext::printJson(QJsonDocument(QJsonObject{
        {QStringLiteral("certificate"), out},
        {QStringLiteral("tombstones"), cert->value(QStringLiteral("tombstones")).toArray().size()},
        {QStringLiteral("hint"), tr("Check it with: custos-cli disposition verify %1 AUDIT_EXPORT (from custos-cli audit "
                                    "export, written after this).")
                                     .arg(out)}}));
    return ExitOk;
}

int dispositionVerify(CliContext& ctx)
{
    QCommandLineParser p;
    if (!ctx.parse(p, {QStringLiteral("CERTIFICATE"), QStringLiteral("AUDIT_EXPORT")}, 2, 2))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    QFile file(p.positionalArguments().at(0));
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::fail(Status(ErrorCode::NotFound, tr("%1 cannot be read: %2.").arg(file.fileName(), file.errorString())));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return CliContext::fail(Status(ErrorCode::InvalidArgument,
                                       tr("%1 is not a certificate of disposition: %2.").arg(file.fileName(), error.errorString())));
    auto report = records::verifyCertificate(doc.object(), p.positionalArguments().at(1));
    if (!report)
        return CliContext::fail(report.status());
    QJsonArray problems;
    for (const QString& s : report->problems)
        problems.append(s);
    CliContext::printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), report->ok()},
                                                    {QStringLiteral("purge_status"), report->purgeStatus},
                                                    {QStringLiteral("tombstones"), report->tombstones},
                                                    {QStringLiteral("batches"), report->batches},
                                                    {QStringLiteral("problems"), problems}}));
    return report->ok() ? ExitOk : ExitBadData;
}

} // namespace

bool parseRetentionPeriod(const QString& value, std::optional<int>& days)
{
    const QString v = value.trimmed();
    days.reset();
    if (v.compare(QLatin1String("indefinite"), Qt::CaseInsensitive) == 0)
        return true;
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 1)
        return false;
    days = n;
    return true;
}

int runRetention(const QStringList& args)
{
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("rules"))
        return rulesList(ctx);
    if (sub == QLatin1String("rule")) {
        const QString what = ctx.args().isEmpty() ? QString() : ctx.args().first();
        CliContext inner(ctx.args().mid(1));
        if (what == QLatin1String("add"))
            return ruleAdd(inner);
        if (what == QLatin1String("retire"))
            return ruleRetire(inner);
        return CliContext::usage(tr("custos-cli retention rule needs a subcommand: add, retire."));
    }
    if (sub == QLatin1String("preview"))
        return retentionPreview(ctx);
    if (sub == QLatin1String("purge"))
        return retentionPurge(ctx);
    if (sub == QLatin1String("purges"))
        return purgesList(ctx);
    return CliContext::usage(tr("custos-cli retention needs a subcommand: rules, rule add, rule retire, preview, purge, purges."));
}

int runHold(const QStringList& args)
{
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("add"))
        return holdAdd(ctx);
    if (sub == QLatin1String("release"))
        return holdRelease(ctx);
    if (sub == QLatin1String("list"))
        return holdList(ctx);
    if (sub == QLatin1String("notices"))
        return holdNotices(ctx);
    if (sub == QLatin1String("ack"))
        return holdAck(ctx);
    return CliContext::usage(tr("custos-cli hold needs a subcommand: add, release, list, notices, ack."));
}

int runDisposition(const QStringList& args)
{
    const QString sub = args.isEmpty() ? QString() : args.first();
    CliContext ctx(args.mid(1));
    if (sub == QLatin1String("export"))
        return dispositionExport(ctx);
    if (sub == QLatin1String("verify"))
        return dispositionVerify(ctx);
    return CliContext::usage(tr("custos-cli disposition needs a subcommand: export, verify."));
}

} // namespace custos::cli

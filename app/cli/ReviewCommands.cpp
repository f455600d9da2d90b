#include "ReviewCommands.h"

#include "CliContext.h"
#include "review/ReviewService.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace custos::cli {
namespace {

// lupdate files tr() calls in this namespace under the context "custos::cli".
QString tr(const char* text)
{
    return QCoreApplication::translate("custos::cli", text);
}

} // namespace

int runFlags(const QStringList& args)
{
    CliContext ctx(args);
    QCommandLineParser p;
    p.addOption(CliContext::userOption());
    p.addOption(CliContext::passphraseFileOption());
    p.addOption({QStringLiteral("status"), tr("Only flags with status S (new, in_review, dismissed, escalated, takedown_requested, "
                                              "takedown_approved, takedown_rejected, resolved)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("category"), tr("Only flags of category C."), QStringLiteral("C")});
    p.addOption({QStringLiteral("severity"), tr("Only flags of severity low, medium, high or critical."), QStringLiteral("S")});
    p.addOption({QStringLiteral("search"), tr("Only flags of posts matching the full-text query Q."), QStringLiteral("Q")});
    p.addOption({QStringLiteral("limit"), tr("At most N flags (default 1000)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("format"), tr("text (default) or jsonl."), QStringLiteral("FORMAT")});
    if (!ctx.parse(p, {QStringLiteral("WORKSPACE")}, 1, 1))
        return p.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    static const QStringList statuses = {QStringLiteral("new"), QStringLiteral("in_review"), QStringLiteral("dismissed"),
                                         QStringLiteral("escalated"), QStringLiteral("takedown_requested"),
                                         QStringLiteral("takedown_approved"), QStringLiteral("takedown_rejected"), QStringLiteral("resolved")};
    static const QStringList categories = {QStringLiteral("harassment"), QStringLiteral("threat"), QStringLiteral("hate"),
                                           QStringLiteral("sexual"), QStringLiteral("profanity"), QStringLiteral("pii"),
                                           QStringLiteral("secret"), QStringLiteral("confidential"), QStringLiteral("reputation")};
    static const QStringList severities = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("critical")};
    storage::FlagFilter filter;
    filter.status = p.value(QStringLiteral("status"));
    filter.category = p.value(QStringLiteral("category"));
    filter.severity = p.value(QStringLiteral("severity"));
    filter.search = p.value(QStringLiteral("search"));
    if (!filter.status.isEmpty() && !statuses.contains(filter.status))
        return CliContext::usage(tr("--status takes one of: %1.").arg(statuses.join(QStringLiteral(", "))));
    if (!filter.category.isEmpty() && !categories.contains(filter.category))
        return CliContext::usage(tr("--category takes one of: %1.").arg(categories.join(QStringLiteral(", "))));
    if (!filter.severity.isEmpty() && !severities.contains(filter.severity))
        return CliContext::usage(tr("--severity takes one of: %1.").arg(severities.join(QStringLiteral(", "))));
    const QString format = p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text") : p.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("jsonl"))
        return CliContext::usage(tr("--format takes text or jsonl."));
    int limit = 1000;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return CliContext::usage(tr("--limit takes a positive number."));
    }
    auto session = CliContext::signIn(p, p.positionalArguments().first());
    if (!session)
        return CliContext::fail(session.status());
    auto items = review::ReviewService::listFlags(**session, filter, limit);
    if (!items)
        return CliContext::fail(items.status());
    for (const review::ReviewService::FlagItem& item : *items) {
        const storage::FlagListRow& r = item.row;
        if (format == QLatin1String("jsonl")) {
            const QJsonObject o{{QStringLiteral("flag"), r.flagId},
                                {QStringLiteral("post"), r.postId},
                                {QStringLiteral("posted_at"), r.postedAt},
                                {QStringLiteral("channel"), r.channel},
                                {QStringLiteral("author"), item.author},
                                {QStringLiteral("category"), r.category},
                                {QStringLiteral("severity"), r.severity},
                                {QStringLiteral("score"), r.score},
                                {QStringLiteral("rule"), r.rule},
                                {QStringLiteral("status"), r.status},
                                {QStringLiteral("assignee"), r.assignee.isEmpty() ? QJsonValue() : QJsonValue(r.assignee)},
                                {QStringLiteral("policy_version"), r.policyVersion},
                                {QStringLiteral("spans"), QJsonDocument::fromJson(r.spans.toUtf8()).array()},
                                {QStringLiteral("text"), r.text}};
            std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).append('\n').constData(), stdout);
        } else {
            QString text = r.text.simplified();
            if (text.size() > 60)
                text = text.left(59) + QStringLiteral("…");
            CliContext::printLine(QStringLiteral("%1  %2  #%3  %4  %5/%6  %7  %8  %9")
                                      .arg(r.flagId, 6)
                                      .arg(r.postedAt.left(16), r.channel, item.author, r.category, r.severity, r.rule, r.status, text));
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace custos::cli

// Renders a review::PostDetail as the HTML of the Queue page's post view.
#include "queue/PostDetailView.h"

#include "FlagQueueModel.h"
#include "common/SpanHighlight.h"
#include "review/QueueService.h"

#include <QDateTime>
#include <QLocale>

namespace custos::ui {

PostDetailView::PostDetailView(QWidget* parent) : QTextBrowser(parent) {}

void PostDetailView::showPost(const review::PostDetail& post, const QString& authorRecord)
{
    QList<CategorySpan> spans;
    for (const domain::FlagDetailRow& f : post.flags) {
        for (const domain::Span& span : f.spans)
            spans.append({span.start, span.end, f.category});
    }
    const QLocale locale;
    QString html =
        QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
            .arg(post.author.toHtmlEscaped(),
                 models::FlagQueueModel::channelLabel(post.channel, post.channelKind).toHtmlEscaped(),
                 locale.toString(QDateTime::fromString(post.postedAt, Qt::ISODateWithMs).toLocalTime(),
                                 QLocale::LongFormat));
    html += authorRecord;
    html += highlightedHtml(post.text, spans, QStringLiteral("font-size: 12pt;"));
    html += QStringLiteral("<p><b>") + tr("Flags") + QStringLiteral("</b></p><ul>");
    for (const domain::FlagDetailRow& f : post.flags)
        html += QStringLiteral("<li>%1 · %2 · %3 · %4 · %5 · %6</li>")
                    .arg(domain::displayName(f.category).toHtmlEscaped(), f.rule.toHtmlEscaped(),
                         models::FlagQueueModel::severityLabel(f.severity).toHtmlEscaped(),
                         tr("score %1").arg(f.score, 0, 'f', 2), tr("policy version %1").arg(f.policyVersion),
                         domain::displayName(f.status).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (!post.reactions.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Reactions") + QStringLiteral("</b> ") +
                post.reactions.join(QStringLiteral(" · ")).toHtmlEscaped() + QStringLiteral("</p>");
    if (!post.versions.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Earlier versions") + QStringLiteral("</b></p><ul>");
        for (const review::PostVersion& v : post.versions)
            html += QStringLiteral("<li>") + v.text.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>") + (post.inThread ? tr("The thread") : tr("Around it in the channel")) +
            QStringLiteral("</b></p>");
    for (const review::ContextPost& c : post.context) {
        const QString line =
            QStringLiteral("%1 · %2: %3")
                .arg(locale.toString(QDateTime::fromString(c.postedAt, Qt::ISODateWithMs).toLocalTime(),
                                     QLocale::ShortFormat),
                     c.author, c.text)
                .toHtmlEscaped();
        html += c.isThePost ? QStringLiteral("<p style='margin-left: 12px;'><b>▶ %1</b></p>").arg(line)
                            : QStringLiteral("<p style='margin-left: 12px; color: #555;'>%1</p>").arg(line);
    }
    if (!post.decisions.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Decisions") + QStringLiteral("</b></p><ul>");
        for (const domain::DecisionRow& r : post.decisions) {
            QString line =
                QStringLiteral("%1 · %2 · %3")
                    .arg(locale.toString(QDateTime::fromString(r.at, Qt::ISODateWithMs).toLocalTime(),
                                         QLocale::ShortFormat),
                         r.actor, domain::displayName(r.kind));
            for (const QString& extra : {r.reason, r.note}) {
                if (!extra.isEmpty())
                    line += QStringLiteral(" · ") + extra;
            }
            html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    setHtml(html);
}

} // namespace custos::ui

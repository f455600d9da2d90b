#include "queue/QueuePage.h"

#include "FlagQueueModel.h"
#include "access/AdministrationService.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "common/SpanHighlight.h"
#include "domain/Permissions.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {
namespace {

QPushButton* button(const QString& text, const QString& tip)
{
    auto* b = new QPushButton(text);
    b->setToolTip(tip);
    return b;
}

} // namespace

QueuePage::QueuePage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_model(new models::FlagQueueModel(tasks->session(), this)), m_table(new QTableView),
      m_status(new QComboBox), m_category(new QComboBox), m_severity(new QComboBox), m_search(new QLineEdit), m_rule(new QComboBox),
      m_policy(new QComboBox), m_channel(new QComboBox), m_author(new QComboBox), m_assignee(new QComboBox), m_from(new QDateEdit),
      m_to(new QDateEdit), m_count(new QLabel),
      m_message(new QLabel), m_detail(new QTextBrowser), m_saved(new QComboBox)
{
    setObjectName(QStringLiteral("queuePage"));
    auto* title = new QLabel(tr("Review queue"));
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));

    m_status->addItem(tr("Any status"), QString());
    for (const domain::FlagStatus s : domain::all<domain::FlagStatus>())
        m_status->addItem(domain::displayName(s), domain::key(s));
    m_category->addItem(tr("Any category"), QString());
    for (const domain::Category c : domain::all<domain::Category>())
        m_category->addItem(domain::displayName(c), domain::key(c));
    m_severity->addItem(tr("Any severity"), QString());
    QList<domain::Severity> severities = domain::all<domain::Severity>();
    std::reverse(severities.begin(), severities.end()); // critical first
    for (const domain::Severity s : severities)
        m_severity->addItem(models::FlagQueueModel::severityLabel(s), domain::key(s));
    m_search->setPlaceholderText(tr("Search the posts (/)"));
    m_search->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_count->setObjectName(QStringLiteral("queueCount"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(models::FlagQueueModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setToolTip(tr("Your saved filters"));
    auto* save = button(tr("Save &filter…"), tr("Save the current filters under a name"));
    save->setObjectName(QStringLiteral("saveFilterButton"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_saved);
    filters->addWidget(save);
    filters->addWidget(m_status);
    filters->addWidget(m_category);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    // The second row: where a flag comes from, who it is about and who has it, and when.
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumDate(noDate());
        date->setDate(noDate());
    }
    m_from->setSpecialValueText(tr("Any start"));
    m_to->setSpecialValueText(tr("Any end"));
    m_from->setToolTip(tr("Posted on or after this day (UTC)"));
    m_to->setToolTip(tr("Posted on or before this day (UTC)"));
    m_author->setToolTip(tr("Posts by this author (as the queue shows them: a pseudonym unless revealed)"));
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_author, m_assignee}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto* more = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_rule, m_policy, m_channel, m_author, m_assignee, m_from, m_to})
        more->addWidget(w);
    more->addStretch(1);
    loadFilterChoices();

    auto* assign = button(tr("&Assign to me"), tr("Take the selected posts (a)"));
    auto* dismiss = button(tr("&Dismiss…"), tr("Dismiss the selected flags with a reason (d)"));
    auto* confirm = button(tr("C&onfirm"), tr("Confirm the flags as right and settle them (c)"));
    auto* escalate = button(tr("&Escalate…"), tr("Hand the selected posts to another reviewer with a note (e)"));
    auto* takedown = button(tr("Request &takedown…"), tr("Ask a compliance officer to approve removing this post (t)"));
    auto* reveal = button(tr("&Reveal author…"), tr("Show the real identity behind the pseudonym, for this session, with a reason"));
    auto* similar = button(tr("Select si&milar"), tr("Add the near-identical flags (same rules, same words) to the next decision (s)"));
    auto* tagButton = button(tr("Ta&g…"), tr("Put a short label on the selected flags"));
    auto* notify = button(tr("&Notify author…"), tr("Write the message to the author from the template and save it for sending"));
    tagButton->setObjectName(QStringLiteral("tagButton"));
    notify->setObjectName(QStringLiteral("notifyButton"));
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {assign, dismiss, confirm, escalate, takedown, similar, tagButton, notify, reveal})
        actions->addWidget(b);
    actions->addStretch(1);

    auto* detailBox = new QGroupBox(tr("Post"));
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);

    const bool officer = domain::allows(tasks->session().user().role, domain::Operation::DecideTakedown);
    if (officer) {
        auto* approvals = new QGroupBox(tr("Takedown requests"));
        auto* approvalsLayout = new QVBoxLayout(approvals);
        m_takedowns = new QTableWidget;
        m_takedowns->setObjectName(QStringLiteral("takedowns"));
        m_takedowns->setColumnCount(6);
        m_takedowns->setHorizontalHeaderLabels({tr("Request"), tr("Status"), tr("Requested by"), tr("Reason"), tr("Policy clause"), tr("Decided by")});
        m_takedowns->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_takedowns->setSelectionMode(QAbstractItemView::SingleSelection);
        m_takedowns->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_takedowns->verticalHeader()->hide();
        m_takedowns->horizontalHeader()->setStretchLastSection(true);
        m_approve = button(tr("Appro&ve…"), tr("Approve the selected request (not one you made yourself)"));
        m_reject = button(tr("Re&ject…"), tr("Reject the selected request (not one you made yourself)"));
        m_exportOrder = button(tr("Export &order…"), tr("Save the takedown order of an approved request as JSON for the platform administrator"));
        auto* templ = button(tr("Notification &template…"), tr("Edit the message authors are sent when they are notified"));
        templ->setObjectName(QStringLiteral("templateButton"));
        connect(templ, &QPushButton::clicked, this, &QueuePage::editNotificationTemplate);
        auto* row = new QHBoxLayout;
        row->addWidget(m_approve);
        row->addWidget(m_reject);
        row->addWidget(m_exportOrder);
        row->addWidget(templ);
        row->addStretch(1);
        approvalsLayout->addWidget(m_takedowns);
        approvalsLayout->addLayout(row);
        splitter->addWidget(approvals);
        connect(m_takedowns, &QTableWidget::itemSelectionChanged, this, &QueuePage::updateTakedownButtons);
        connect(m_approve, &QPushButton::clicked, this, &QueuePage::approveTakedown);
        connect(m_reject, &QPushButton::clicked, this, &QueuePage::rejectTakedown);
        connect(m_exportOrder, &QPushButton::clicked, this, &QueuePage::exportOrder);
    }
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(officer ? QList<int>{380, 260, 130} : QList<int>{420, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(more);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, &QueuePage::applyFilter);
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_author, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &QueuePage::applyFilter);
    for (QDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &QueuePage::applyFilter);
    connect(save, &QPushButton::clicked, this, &QueuePage::saveFilter);
    connect(m_saved, &QComboBox::activated, this, &QueuePage::applySavedFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueuePage::showCurrent);
    connect(assign, &QPushButton::clicked, this, &QueuePage::assignToMe);
    connect(dismiss, &QPushButton::clicked, this, &QueuePage::dismiss);
    connect(confirm, &QPushButton::clicked, this, &QueuePage::confirm);
    connect(escalate, &QPushButton::clicked, this, &QueuePage::escalate);
    connect(takedown, &QPushButton::clicked, this, &QueuePage::requestTakedown);
    connect(reveal, &QPushButton::clicked, this, &QueuePage::revealAuthor);
    connect(similar, &QPushButton::clicked, this, &QueuePage::selectSimilar);
    connect(tagButton, &QPushButton::clicked, this, &QueuePage::tag);
    connect(notify, &QPushButton::clicked, this, &QueuePage::notifyAuthor);

    const QList<std::pair<QKeySequence, void (QueuePage::*)()>> keys = {
        {QKeySequence(Qt::Key_J), &QueuePage::next},         {QKeySequence(Qt::Key_K), &QueuePage::previous},
        {QKeySequence(Qt::Key_X), &QueuePage::toggleSelection}, {QKeySequence(Qt::Key_A), &QueuePage::assignToMe},
        {QKeySequence(Qt::Key_D), &QueuePage::dismiss},      {QKeySequence(Qt::Key_C), &QueuePage::confirm},
        {QKeySequence(Qt::Key_E), &QueuePage::escalate},     {QKeySequence(Qt::Key_T), &QueuePage::requestTakedown},
        {QKeySequence(Qt::Key_S), &QueuePage::selectSimilar}};
    for (const auto& [key, slot] : keys) {
        auto* shortcut = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    auto* find = new QShortcut(QKeySequence(Qt::Key_Slash), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_search, [this] { m_search->setFocus(Qt::ShortcutFocusReason); m_search->selectAll(); });

    m_table->setColumnWidth(models::FlagQueueModel::TimeColumn, 150);
    m_table->setColumnWidth(models::FlagQueueModel::CategoryColumn, 150);
    m_table->setColumnWidth(models::FlagQueueModel::RuleColumn, 170);
    if (!m_model->lastError().ok())
        m_message->setText(m_model->lastError().message());
    showCount();
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    refreshTakedowns();
    loadSavedFilters();
}

QueuePage::~QueuePage()
{
    for (QFuture<qint64>& counting : m_counting)
        counting.waitForFinished();
}

void QueuePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_tasks->isBusy()) {
        (void)m_model->refresh(); // scans and other reviewers may have changed it
        showCount();
        refreshTakedowns();
    }
}

void QueuePage::showCount()
{
    // Counting every matching post takes longer than reading a page: it runs on a pool
    // thread with a connection of its own, and the label follows when it is done.
    m_count->setText(tr("Counting…"));
    const quint64 generation = ++m_countGeneration;
    auto* watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_counting.removeIf([](const QFuture<qint64>& f) { return f.isFinished(); });
        if (generation != m_countGeneration)
            return; // the filter changed since
        const qint64 total = watcher->result();
        m_count->setText(total >= 0 ? tr("%1 posts").arg(QLocale().toString(total)) : QString());
    });
    std::shared_ptr<workspace::Session> session = m_tasks->sharedSession();
    const domain::FlagFilter filter = m_model->filter();
    QFuture<qint64> counting = QtConcurrent::run([session = std::move(session), filter]() mutable -> qint64 {
        // The session is let go before the result is reported: whoever waits for the
        // result may close the workspace and open it again straight away.
        const std::shared_ptr<workspace::Session> held = std::move(session);
        qint64 total = -1;
        if (auto connection = held->openConnection()) {
            auto counted = review::QueueService(*held).countOn(**connection, filter);
            if (counted)
                total = *counted;
        }
        return total;
    });
    m_counting.append(counting);
    watcher->setFuture(counting);
}

void QueuePage::next()
{
    const int row = m_table->currentIndex().row() + 1;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row < m_model->rowCount())
        moveTo(row);
}

void QueuePage::previous()
{
    const int row = m_table->currentIndex().row() - 1;
    if (row >= 0)
        moveTo(row);
}

void QueuePage::moveTo(int row)
{
    // While posts are being marked with x, moving keeps the marks.
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), m_marking ? QItemSelectionModel::NoUpdate
                                                                                 : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void QueuePage::toggleSelection()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (!m_marking) { // the first mark starts a selection of its own
        m_table->selectionModel()->clearSelection();
        m_marking = true;
    }
    m_table->selectionModel()->select(current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
}

QList<qint64> QueuePage::selectedFlagIds() const
{
    QList<qint64> ids;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    for (const QModelIndex& r : rows) {
        if (const auto* item = m_model->itemAt(r.row()))
            ids << item->row.flagIds;
    }
    for (const qint64 id : m_similar) { // near-identical flags chosen with s
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

std::optional<qint64> QueuePage::currentPostId() const
{
    const auto* item = m_model->itemAt(m_table->currentIndex().row());
    return item ? std::optional<qint64>(item->row.postId) : std::nullopt;
}

void QueuePage::showCurrent()
{
    const std::optional<qint64> post = currentPostId();
    if (!post) {
        m_detail->clear();
        return;
    }
    auto d = review::QueueService(m_tasks->session()).postDetail(*post);
    if (!d) {
        m_detail->setPlainText(d.status().message());
        return;
    }
    QList<CategorySpan> spans;
    for (const domain::FlagDetailRow& f : d->flags) {
        for (const domain::Span& span : f.spans)
            spans.append({span.start, span.end, f.category});
    }
    const QLocale locale;
    QString html = QStringLiteral("<p><b>%1</b> · %2 · %3</p>")
                       .arg(d->author.toHtmlEscaped(), models::FlagQueueModel::channelLabel(d->channel, d->channelKind).toHtmlEscaped(),
                            locale.toString(QDateTime::fromString(d->postedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::LongFormat));
    html += highlightedHtml(d->text, spans, QStringLiteral("font-size: 12pt;"));
    html += QStringLiteral("<p><b>") + tr("Flags") + QStringLiteral("</b></p><ul>");
    for (const domain::FlagDetailRow& f : d->flags)
        html += QStringLiteral("<li>%1 · %2 · %3 · %4 · %5 · %6</li>")
                    .arg(domain::displayName(f.category).toHtmlEscaped(), f.rule.toHtmlEscaped(),
                         models::FlagQueueModel::severityLabel(f.severity).toHtmlEscaped(), tr("score %1").arg(f.score, 0, 'f', 2),
                         tr("policy version %1").arg(f.policyVersion), domain::displayName(f.status).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    if (!d->reactions.isEmpty())
        html += QStringLiteral("<p><b>") + tr("Reactions") + QStringLiteral("</b> ") + d->reactions.join(QStringLiteral(" · ")).toHtmlEscaped() +
                QStringLiteral("</p>");
    if (!d->versions.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Earlier versions") + QStringLiteral("</b></p><ul>");
        for (const review::PostVersion& v : d->versions)
            html += QStringLiteral("<li>") + v.text.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>") + (d->inThread ? tr("The thread") : tr("Around it in the channel")) + QStringLiteral("</b></p>");
    for (const review::ContextPost& c : d->context) {
        const QString line = QStringLiteral("%1 · %2: %3")
                                 .arg(locale.toString(QDateTime::fromString(c.postedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat),
                                      c.author, c.text)
                                 .toHtmlEscaped();
        html += c.isThePost ? QStringLiteral("<p style='margin-left: 12px;'><b>▶ %1</b></p>").arg(line)
                            : QStringLiteral("<p style='margin-left: 12px; color: #555;'>%1</p>").arg(line);
    }
    if (!d->decisions.isEmpty()) {
        html += QStringLiteral("<p><b>") + tr("Decisions") + QStringLiteral("</b></p><ul>");
        for (const domain::DecisionRow& r : d->decisions) {
            QString line = QStringLiteral("%1 · %2 · %3").arg(locale.toString(QDateTime::fromString(r.at, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat),
                                                          r.actor, domain::displayName(r.kind));
            for (const QString& extra : {r.reason, r.note}) {
                if (!extra.isEmpty())
                    line += QStringLiteral(" · ") + extra;
            }
            html += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

void QueuePage::after(const Status& status, const QString& done)
{
    if (!status.ok()) {
        Dialogs::showError(this, tr("The decision was not recorded"), status.message());
        m_message->setText(status.message());
        return;
    }
    const int row = m_table->currentIndex().row();
    m_marking = false;
    m_similar.clear();
    (void)m_model->refresh();
    showCount();
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showCurrent();
    m_message->setText(done);
    refreshTakedowns();
}

void QueuePage::selectSimilar()
{
    const std::optional<qint64> post = currentPostId();
    if (!post)
        return;
    auto ids = review::QueueService(m_tasks->session()).similarFlags(*post);
    if (!ids) {
        m_message->setText(ids.status().message());
        return;
    }
    m_similar = *ids;
    m_message->setText(tr("%n near-identical flag(s) selected, on posts with the same words and rules; the next decision covers them all.",
                          nullptr, static_cast<int>(m_similar.size())));
}

void QueuePage::tag()
{
    const QList<qint64> ids = selectedFlagIds();
    if (ids.isEmpty())
        return;
    const auto label = Dialogs::askText(this, tr("Tag"), tr("Tag for the selected flags:"));
    if (label)
        after(review::DecisionService(m_tasks->session()).tag(ids, *label), tr("Tagged \"%1\".").arg(*label));
}

void QueuePage::notifyAuthor()
{
    const std::optional<qint64> post = currentPostId();
    if (!post)
        return;
    const auto clause = Dialogs::askText(this, tr("Notify the author"), tr("Which policy clause applies?"));
    if (!clause)
        return;
    const auto todo = Dialogs::askText(this, tr("Notify the author"), tr("What should the author do?"));
    if (!todo)
        return;
    const QString path = Dialogs::chooseSaveFile(this, tr("Save the message to the author"), tr("Text (*.txt)"),
                                                 QStringLiteral("message-post-%1.txt").arg(*post));
    if (path.isEmpty())
        return;
    auto message = review::DecisionService(m_tasks->session()).notifyAuthor(*post, *clause, *todo);
    if (!message) {
        after(message.status(), {});
        return;
    }
    QSaveFile out(path);
    const QByteArray bytes = message->toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        Dialogs::showError(this, tr("Notify the author"),
                           tr("The message is recorded but the file %1 cannot be written: %2. Choose another folder.").arg(path, out.errorString()));
        return;
    }
    after(Status::success(), tr("Message to the author recorded and saved to %1; Custos sends nothing.").arg(path));
}

void QueuePage::editNotificationTemplate()
{
    auto current = review::DecisionService(m_tasks->session()).notificationTemplate();
    if (!current)
        return;
    const auto edited = Dialogs::askMultiLineText(
        this, tr("Notification template"),
        tr("The message to authors. {clause}, {what} and {todo} are required; {channel} and {date} are filled in too."), *current);
    if (!edited)
        return;
    const Status s = review::DecisionService(m_tasks->session()).setNotificationTemplate(*edited);
    if (!s.ok()) {
        Dialogs::showError(this, tr("Notification template"), s.message());
        return;
    }
    m_message->setText(tr("Notification template saved."));
}

void QueuePage::assignToMe()
{
    const QList<qint64> ids = selectedFlagIds();
    if (!ids.isEmpty())
        after(review::DecisionService(m_tasks->session()).assign(ids), tr("Assigned to you."));
}

void QueuePage::dismiss()
{
    const QList<qint64> ids = selectedFlagIds();
    if (ids.isEmpty())
        return;
    const QList<domain::DismissReason> values = domain::all<domain::DismissReason>();
    QStringList reasons;
    for (const domain::DismissReason r : values)
        reasons << domain::displayName(r);
    const auto reason = Dialogs::askItem(this, tr("Dismiss"), tr("Why are these flags dismissed?"), reasons);
    if (!reason)
        return;
    after(review::DecisionService(m_tasks->session()).dismiss(ids, values.at(*reason)),
          tr("%n flag(s) dismissed: %1.", nullptr, static_cast<int>(ids.size())).arg(reasons.at(*reason)));
}

void QueuePage::confirm()
{
    const QList<qint64> ids = selectedFlagIds();
    if (!ids.isEmpty())
        after(review::DecisionService(m_tasks->session()).confirm(ids), tr("%n flag(s) confirmed.", nullptr, static_cast<int>(ids.size())));
}

void QueuePage::escalate()
{
    const QList<qint64> ids = selectedFlagIds();
    if (ids.isEmpty())
        return;
    auto users = access::AdministrationService(m_tasks->session()).users();
    QStringList reviewers;
    if (users) {
        for (const domain::UserRecord& u : *users) {
            if (u.isActive() && u.id != m_tasks->session().user().id && domain::allows(u.role, domain::Operation::ReviewQueue))
                reviewers << u.name;
        }
    }
    if (reviewers.isEmpty()) {
        m_message->setText(tr("There is no other reviewer to escalate to. An administrator can add one."));
        return;
    }
    const auto to = Dialogs::askItem(this, tr("Escalate"), tr("Escalate to:"), reviewers);
    if (!to)
        return;
    const auto note = Dialogs::askText(this, tr("Escalate"), tr("Note for %1 (why it needs them):").arg(reviewers.at(*to)));
    if (!note)
        return;
    after(review::DecisionService(m_tasks->session()).escalate(ids, reviewers.at(*to), *note),
          tr("Escalated to %1.").arg(reviewers.at(*to)));
}

void QueuePage::requestTakedown()
{
    const std::optional<qint64> post = currentPostId();
    if (!post)
        return;
    const auto reason = Dialogs::askText(this, tr("Request a takedown"), tr("Why must this post be removed?"));
    if (!reason)
        return;
    const auto clause = Dialogs::askText(this, tr("Request a takedown"), tr("Which policy clause does it break?"));
    if (!clause)
        return;
    auto id = review::TakedownService(m_tasks->session()).request(*post, *reason, *clause);
    after(id.status(), id ? tr("Takedown request %1 sent; another compliance officer decides it.").arg(*id) : QString());
}

void QueuePage::revealAuthor()
{
    const auto* item = m_model->itemAt(m_table->currentIndex().row());
    if (!item || !item->row.authorId)
        return;
    const auto reason = Dialogs::askText(this, tr("Reveal the author"),
                                         tr("Why do you need to know who %1 is? The reason is recorded in the audit log.").arg(item->author));
    if (!reason)
        return;
    const QString pseudonym = item->author;
    auto who = review::IdentityService(m_tasks->session()).reveal(item->row.authorId, *reason);
    if (who)
        loadFilterChoices(); // the author filter names the revealed author too
    after(who.status(), who ? tr("%1 is %2 (for this session).").arg(pseudonym, *who) : QString());
}

void QueuePage::refreshTakedowns()
{
    if (!m_takedowns || m_tasks->isBusy())
        return;
    auto rows = review::TakedownService(m_tasks->session()).list();
    if (!rows)
        return;
    m_takedownRows = *rows;
    QHash<qint64, QString> names;
    if (auto users = access::AdministrationService(m_tasks->session()).users()) {
        for (const domain::UserRecord& u : *users)
            names.insert(u.id, u.name);
    }
    auto name = [&names](qint64 id) { return names.value(id); };
    m_takedowns->setRowCount(static_cast<int>(m_takedownRows.size()));
    for (int r = 0; r < m_takedownRows.size(); ++r) {
        const domain::TakedownRecord& t = m_takedownRows.at(r);
        const QStringList cells = {QString::number(t.id), domain::displayName(t.status), name(t.requestedBy), t.reason, t.clause,
                                   t.decidedBy ? name(t.decidedBy) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_takedowns->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    updateTakedownButtons();
}

std::optional<qint64> QueuePage::selectedTakedown() const
{
    if (!m_takedowns)
        return std::nullopt;
    const auto rows = m_takedowns->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_takedownRows.size())
        return std::nullopt;
    return m_takedownRows.at(rows.first().row()).id;
}

void QueuePage::updateTakedownButtons()
{
    if (!m_takedowns)
        return;
    const auto rows = m_takedowns->selectionModel()->selectedRows();
    const domain::TakedownRecord* t = rows.isEmpty() || rows.first().row() >= m_takedownRows.size() ? nullptr : &m_takedownRows.at(rows.first().row());
    // The requester is never offered the decision on their own request.
    const bool decidable = t && t->status == domain::TakedownStatus::Pending && t->requestedBy != m_tasks->session().user().id;
    m_approve->setVisible(decidable);
    m_reject->setVisible(decidable);
    m_exportOrder->setEnabled(t && (t->status == domain::TakedownStatus::Approved || t->status == domain::TakedownStatus::Done));
}

void QueuePage::approveTakedown()
{
    const auto id = selectedTakedown();
    if (!id)
        return;
    const auto comment = Dialogs::askText(this, tr("Approve the takedown"), tr("Your comment on request %1:").arg(*id));
    if (comment)
        after(review::TakedownService(m_tasks->session()).decide(*id, true, *comment), tr("Takedown request %1 approved.").arg(*id));
}

void QueuePage::rejectTakedown()
{
    const auto id = selectedTakedown();
    if (!id)
        return;
    const auto comment = Dialogs::askText(this, tr("Reject the takedown"), tr("Your comment on request %1:").arg(*id));
    if (comment)
        after(review::TakedownService(m_tasks->session()).decide(*id, false, *comment), tr("Takedown request %1 rejected.").arg(*id));
}

void QueuePage::exportOrder()
{
    const auto id = selectedTakedown();
    if (!id)
        return;
    auto order = review::TakedownService(m_tasks->session()).order(*id);
    if (!order) {
        Dialogs::showError(this, tr("Export the takedown order"), order.status().message());
        return;
    }
    const QString path = Dialogs::chooseSaveFile(this, tr("Export the takedown order"), tr("Takedown orders (*.json)"),
                                                 QStringLiteral("takedown-order-%1.json").arg(*id));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    const QByteArray json = QJsonDocument(*order).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        Dialogs::showError(this, tr("Export the takedown order"),
                           tr("The file %1 cannot be written: %2. Choose another folder.").arg(path, out.errorString()));
        return;
    }
    m_message->setText(tr("Takedown order %1 saved to %2 for the platform administrator.").arg(*id).arg(path));
}

} // namespace custos::ui

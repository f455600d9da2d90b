#include "queue/QueuePage.h"

#include "FlagQueueModel.h"
#include "access/AdministrationService.h"
#include "common/Buttons.h"
#include "cases/CaseService.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "common/Standing.h"
#include "domain/Permissions.h"
#include "workspace/Session.h"

#include <QDate>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace custos::ui {
QueuePage::QueuePage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_model(new models::FlagQueueModel(tasks->session(), this)),
      m_table(new QTableView), m_filters(new QueueFilterBar(tasks)), m_message(new QLabel),
      m_detail(new PostDetailView)
{
    setObjectName(QStringLiteral("queuePage"));
    auto* title = new QLabel(tr("Review queue"));
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));

    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    connect(m_filters, &QueueFilterBar::reported, m_message, &QLabel::setText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(models::FlagQueueModel::TimeColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    m_filters->loadChoices();

    auto* assign = buttonWithTip(tr("&Assign to me"), tr("Take the selected posts (a)"));
    auto* dismiss = buttonWithTip(tr("&Dismiss…"), tr("Dismiss the selected flags with a reason (d)"));
    auto* confirm = buttonWithTip(tr("C&onfirm"), tr("Confirm the flags as right and settle them (c)"));
    auto* escalate =
        buttonWithTip(tr("&Escalate…"), tr("Hand the selected posts to another reviewer with a note (e)"));
    auto* takedown =
        buttonWithTip(tr("Request &takedown…"), tr("Ask a compliance officer to approve removing this post (t)"));
    auto* reveal = buttonWithTip(tr("&Reveal author…"),
                          tr("Show the real identity behind the pseudonym, for this session, with a reason"));
    auto* similar =
        buttonWithTip(tr("Select si&milar"),
               tr("Add the near-identical flags (same rules, same words) to the next decision (s)"));
    auto* tagButton = buttonWithTip(tr("Ta&g…"), tr("Put a short label on the selected flags"));
    auto* notify = buttonWithTip(tr("&Notify author…"),
                          tr("Write the message to the author from the template and save it for sending"));
    tagButton->setObjectName(QStringLiteral("tagButton"));
    notify->setObjectName(QStringLiteral("notifyButton"));
    // Two rows: the decisions, then what else can be done with the post (one row would
    // clip the buttons' labels in German at the default width).
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {assign, dismiss, confirm, escalate, takedown, similar})
        actions->addWidget(b);
    actions->addStretch(1);
    auto* more = new QHBoxLayout;
    for (QPushButton* b : {tagButton, notify, reveal})
        more->addWidget(b);
    const bool investigates = domain::allows(tasks->session().user().role, domain::Operation::ManageCases);
    if (investigates) {
        auto* openCaseButton = buttonWithTip(tr("Open case…"), tr("Open an investigation case from the selected posts (o)"));
        auto* addToCaseButton = buttonWithTip(tr("Add to case…"), tr("Add the selected posts to an open case (Shift+O)"));
        openCaseButton->setObjectName(QStringLiteral("openCaseButton"));
        addToCaseButton->setObjectName(QStringLiteral("addToCaseButton"));
        more->addWidget(openCaseButton);
        more->addWidget(addToCaseButton);
        connect(openCaseButton, &QPushButton::clicked, this, &QueuePage::openCase);
        connect(addToCaseButton, &QPushButton::clicked, this, &QueuePage::addToCase);
    }
    more->addStretch(1);

    auto* detailBox = new QGroupBox(tr("Post"));
    auto* detailLayout = new QVBoxLayout(detailBox);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(actions);
    detailLayout->addLayout(more);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);

    const bool officer = domain::allows(tasks->session().user().role, domain::Operation::DecideTakedown);
    if (officer) {
        m_takedowns = new TakedownPanel(tasks);
        auto* templ = buttonWithTip(tr("Notification &template…"),
                             tr("Edit the message authors are sent when they are notified"));
        templ->setObjectName(QStringLiteral("templateButton"));
        connect(templ, &QPushButton::clicked, this, &QueuePage::editNotificationTemplate);
        m_takedowns->addButton(templ);
        splitter->addWidget(m_takedowns);
        connect(m_takedowns, &TakedownPanel::decided, this, &QueuePage::after);
        connect(m_takedowns, &TakedownPanel::reported, m_message, &QLabel::setText);
    }
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes(officer ? QList<int>{380, 260, 130} : QList<int>{420, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_filters, &QueueFilterBar::filterChanged, this, &QueuePage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueuePage::showCurrent);
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
        {QKeySequence(Qt::Key_J), &QueuePage::next},
        {QKeySequence(Qt::Key_K), &QueuePage::previous},
        {QKeySequence(Qt::Key_X), &QueuePage::toggleSelection},
        {QKeySequence(Qt::Key_A), &QueuePage::assignToMe},
        {QKeySequence(Qt::Key_D), &QueuePage::dismiss},
        {QKeySequence(Qt::Key_C), &QueuePage::confirm},
        {QKeySequence(Qt::Key_E), &QueuePage::escalate},
        {QKeySequence(Qt::Key_T), &QueuePage::requestTakedown},
        {QKeySequence(Qt::Key_S), &QueuePage::selectSimilar}};
    if (investigates) {
        for (const auto& [key, slot] : {std::pair{QKeySequence(Qt::Key_O), &QueuePage::openCase},
                                        std::pair{QKeySequence(Qt::SHIFT | Qt::Key_O), &QueuePage::addToCase}})
            connect(new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated, this, slot);
    }
    for (const auto& [key, slot] : keys) {
        auto* shortcut = new QShortcut(key, m_table, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    auto* find =
        new QShortcut(QKeySequence(Qt::Key_Slash), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filters, &QueueFilterBar::focusSearch);

    m_table->setColumnWidth(models::FlagQueueModel::TimeColumn, 150);
    m_table->setColumnWidth(models::FlagQueueModel::CategoryColumn, 150);
    m_table->setColumnWidth(models::FlagQueueModel::RuleColumn, 170);
    if (!m_model->lastError().ok())
        m_message->setText(m_model->lastError().message());
    showCount();
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    refreshTakedowns();
    m_filters->loadSavedFilters();
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
    m_filters->showCounting();
    const quint64 generation = ++m_countGeneration;
    auto* watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        m_counting.removeIf([](const QFuture<qint64>& f) { return f.isFinished(); });
        if (generation != m_countGeneration)
            return; // the filter changed since
        m_filters->showCount(watcher->result());
    });
    // The job has a connection of its own and needs no session: whoever waits for the
    // result may close the workspace and open it again straight away.
    auto job = review::QueueService(m_tasks->session()).countJob(m_model->filter());
    if (!job) {
        m_filters->showCount(-1);
        watcher->deleteLater();
        return;
    }
    QFuture<qint64> counting = QtConcurrent::run([job = job.takeValue()]() mutable -> qint64 {
        auto counted = job();
        job = {}; // the connection closes on this thread, before the result is reported
        return counted ? *counted : -1;
    });
    m_counting.append(counting);
    watcher->setFuture(counting);
}

void QueuePage::applyFilter()
{
    domain::FlagFilter f = m_filters->currentFilter();
    // Each word must occur, as a prefix: FTS4 syntax built from plain words.
    QStringList terms;
    for (const QString& w : f.search.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString clean = w;
        clean.remove(QLatin1Char('"'));
        if (!clean.isEmpty())
            terms << QLatin1Char('"') + clean + QStringLiteral("\"*");
    }
    f.search = terms.join(QLatin1Char(' '));
    m_marking = false;
    m_similar.clear();
    const Status s = m_model->setFilter(f);
    m_message->setText(s.ok() ? QString() : s.message());
    showCount();
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                             QItemSelectionModel::Rows);
    else
        m_detail->clear();
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
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), m_marking ? QItemSelectionModel::NoUpdate
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
    m_detail->showPost(*d, authorRecord(d->authorId) + Standing::html(m_tasks->session(), d->authorId, d->postedAt, Standing::When::Posted));
}


QString QueuePage::authorRecord(qint64 personId) const
{
    if (personId <= 0 || !domain::allows(m_tasks->session().user().role, domain::Operation::ViewCases))
        return {};
    QList<domain::CaseRow> open;
    auto h = cases::CaseService(m_tasks->session()).authorHistory(personId, &open);
    if (!h)
        return {};
    QStringList parts;
    if (h->confirmedFlags > 0) {
        QStringList categories;
        for (const QString& c : h->confirmedCategories)
            if (const auto category = domain::fromKey<domain::Category>(c))
                categories << domain::displayName(*category);
        parts << tr("%n earlier confirmed flag(s) (%1)", nullptr, h->confirmedFlags).arg(categories.join(QStringLiteral(", ")));
    }
    for (const auto& s : h->sanctions)
        parts << tr("%1 in force from case %2").arg(domain::displayName(s.sanction), s.caseNumber);
    QStringList numbers;
    for (const domain::CaseRow& r : open)
        numbers << r.number;
    if (!numbers.isEmpty())
        parts << tr("open case(s): %1", nullptr, static_cast<int>(numbers.size())).arg(numbers.join(QStringLiteral(", ")));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p style='background:#fff4ce; padding:4px;'>%1 %2</p>")
        .arg(tr("Author's record:").toHtmlEscaped(), parts.join(QStringLiteral(" · ")).toHtmlEscaped());
}

void QueuePage::openCase()
{
    const QList<qint64> ids = selectedFlagIds();
    if (ids.isEmpty())
        return;
    const std::optional<qint64> post = currentPostId();
    auto d = post ? review::QueueService(m_tasks->session()).postDetail(*post) : Result<review::PostDetail>(Status());
    QString suggested;
    if (d && !d->flags.isEmpty())
        suggested = tr("%1 in %2").arg(domain::displayName(d->flags.first().category),
                                       models::FlagQueueModel::channelLabel(d->channel, d->channelKind));
    FormDialog form(this, tr("Open case"),
                    tr("The selected posts join the case's timeline, their authors as respondents and the flags' "
                       "categories as allegations; you are assigned to it."));
    form.addLine(QStringLiteral("title"), tr("Title"), suggested, true);
    form.addWord<domain::CasePriority>(QStringLiteral("priority"), tr("Priority"))
        ->setCurrentIndex(static_cast<int>(domain::CasePriority::High));
    form.addText(QStringLiteral("summary"), tr("Summary"));
    form.addDate(QStringLiteral("due"), tr("Due"), QDate::currentDate().addDays(30).toString(Qt::ISODate));
    form.setAcceptLabel(tr("Open case"));
    if (!form.ask())
        return;
    cases::NewCaseRequest r;
    r.fields.title = form.text(QStringLiteral("title"));
    r.fields.summary = form.text(QStringLiteral("summary"));
    r.fields.priority = form.word<domain::CasePriority>(QStringLiteral("priority"));
    r.fields.intake = domain::IntakeChannel::QueueFlag;
    r.fields.dueAt = form.text(QStringLiteral("due"));
    r.flagIds = ids;
    auto opened = cases::CaseService(m_tasks->session()).open(r);
    if (!opened) {
        Dialogs::showError(this, tr("The case was not opened"), opened.status().message());
        m_message->setText(opened.status().message());
        return;
    }
    m_message->setText(tr("Case opened from %n flag(s).", nullptr, static_cast<int>(ids.size())));
    showCurrent();
    Q_EMIT caseChosen(*opened);
}

void QueuePage::addToCase()
{
    const QList<qint64> ids = selectedFlagIds();
    if (ids.isEmpty())
        return;
    cases::CaseService svc(m_tasks->session());
    domain::CaseFilter open;
    open.openOnly = true;
    auto rows = svc.list(open, domain::CaseSort::Opened, false, 200);
    if (!rows || rows->isEmpty()) {
        m_message->setText(rows ? tr("There is no open case to add to; open one with O.") : rows.status().message());
        return;
    }
    QList<QPair<QString, QVariant>> choices;
    for (const domain::CaseRow& row : *rows)
        choices.append({tr("%1 — %2").arg(row.number, row.title), row.id});
    FormDialog form(this, tr("Add to case"), tr("The selected posts join the case's timeline; new authors become respondents."));
    form.addChoice(QStringLiteral("case"), tr("Case"), choices);
    form.setAcceptLabel(tr("Add"));
    if (!form.ask())
        return;
    const qint64 caseId = form.choice(QStringLiteral("case")).toLongLong();
    if (Status s = svc.addPosts(caseId, ids, {}); !s.ok()) {
        Dialogs::showError(this, tr("The posts were not added"), s.message());
        m_message->setText(s.message());
        return;
    }
    m_message->setText(tr("%n flag(s) added to %1.", nullptr, static_cast<int>(ids.size())).arg(form.text(QStringLiteral("case")).section(QStringLiteral(" — "), 0, 0)));
    showCurrent();
    Q_EMIT caseChosen(caseId);
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
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(std::clamp(row, 0, m_model->rowCount() - 1), 0),
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
    m_message->setText(tr("%n near-identical flag(s) selected, on posts with the same words and rules; the "
                          "next decision covers them all.",
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
    const QString path =
        Dialogs::chooseSaveFile(this, tr("Save the message to the author"), tr("Text (*.txt)"),
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
        Dialogs::showError(
            this, tr("Notify the author"),
            tr("The message is recorded but the file %1 cannot be written: %2. Choose another folder.")
                .arg(path, out.errorString()));
        return;
    }
    after(Status::success(),
          tr("Message to the author recorded and saved to %1; Custos sends nothing.").arg(path));
}

void QueuePage::editNotificationTemplate()
{
    auto current = review::DecisionService(m_tasks->session()).notificationTemplate();
    if (!current)
        return;
    const auto edited = Dialogs::askMultiLineText(this, tr("Notification template"),
                                                  tr("The message to authors. {clause}, {what} and {todo} "
                                                     "are required; {channel} and {date} are filled in too."),
                                                  *current);
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
        after(review::DecisionService(m_tasks->session()).confirm(ids),
              tr("%n flag(s) confirmed.", nullptr, static_cast<int>(ids.size())));
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
            if (u.isActive() && u.id != m_tasks->session().user().id &&
                domain::allows(u.role, domain::Operation::ReviewQueue))
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
    const auto note =
        Dialogs::askText(this, tr("Escalate"), tr("Note for %1 (why it needs them):").arg(reviewers.at(*to)));
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
    const auto reason =
        Dialogs::askText(this, tr("Request a takedown"), tr("Why must this post be removed?"));
    if (!reason)
        return;
    const auto clause =
        Dialogs::askText(this, tr("Request a takedown"), tr("Which policy clause does it break?"));
    if (!clause)
        return;
    auto id = review::TakedownService(m_tasks->session()).request(*post, *reason, *clause);
    after(id.status(),
          id ? tr("Takedown request %1 sent; another compliance officer decides it.").arg(*id) : QString());
}

void QueuePage::revealAuthor()
{
    const auto* item = m_model->itemAt(m_table->currentIndex().row());
    if (!item || !item->row.authorId)
        return;
    const auto reason = Dialogs::askText(
        this, tr("Reveal the author"),
        tr("Why do you need to know who %1 is? The reason is recorded in the audit log.").arg(item->author));
    if (!reason)
        return;
    const QString pseudonym = item->author;
    auto who = review::IdentityService(m_tasks->session()).reveal(item->row.authorId, *reason);
    if (who)
        m_filters->loadChoices(); // the author filter names the revealed author too
    after(who.status(), who ? tr("%1 is %2 (for this session).").arg(pseudonym, *who) : QString());
}

void QueuePage::refreshTakedowns()
{
    if (m_takedowns)
        m_takedowns->refresh();
}

} // namespace custos::ui

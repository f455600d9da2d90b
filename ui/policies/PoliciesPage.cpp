#include "policies/PoliciesPage.h"

#include "FlagQueueModel.h"
#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "common/SpanHighlight.h"
#include "domain/Permissions.h"
#include "workspace/Session.h"

#include <QDateTime>
#include <QFile>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace custos::ui {
namespace {

QString riskName(const QString& key)
{
    if (key == QLatin1String("record keeping"))
        return PoliciesPage::tr("Record keeping");
    if (key == QLatin1String("data breaches"))
        return PoliciesPage::tr("Data breaches");
    if (key == QLatin1String("privacy"))
        return PoliciesPage::tr("Privacy");
    if (key == QLatin1String("harassment and bullying"))
        return PoliciesPage::tr("Harassment and bullying");
    if (key == QLatin1String("litigation"))
        return PoliciesPage::tr("Litigation");
    if (key == QLatin1String("reputation"))
        return PoliciesPage::tr("Reputation");
    return key;
}

// Category and severity names as the queue shows them.
QString categoryName(domain::Category c)
{
    return domain::displayName(c);
}

QString severityName(domain::Severity s)
{
    return models::FlagQueueModel::severityLabel(s);
}

QString ruleKind(const detection::Rule& r)
{
    QString kind;
    if (r.entityRule)
        kind = r.entities.isEmpty() ? PoliciesPage::tr("watched names, sentiment ≤ %1").arg(r.maxSentiment)
                                    : PoliciesPage::tr("%n name(s), sentiment ≤ %1", nullptr, static_cast<int>(r.entities.size())).arg(r.maxSentiment);
    else if (!r.detector.isEmpty())
        kind = PoliciesPage::tr("detector %1").arg(r.detector);
    else if (!r.regex.isEmpty())
        kind = PoliciesPage::tr("regular expression");
    else
        kind = PoliciesPage::tr("%n keyword(s)", nullptr, static_cast<int>(r.keywords.size()));
    if (r.near.active())
        kind += QStringLiteral(" · ") + PoliciesPage::tr("within %n word(s) of a context term", nullptr, r.near.within);
    if (r.requiresTarget)
        kind += QStringLiteral(" · ") + PoliciesPage::tr("only when aimed at someone");
    return kind;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return i;
}

} // namespace

PoliciesPage::PoliciesPage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_status(new QLabel), m_versions(new QTableWidget), m_rules(new QTableWidget),
      m_testInput(new QPlainTextEdit), m_testResult(new QTextBrowser), m_publish(new QPushButton(tr("&Publish a new version…"))),
      m_save(new QPushButton(tr("&Save as JSON…"))), m_scan(new QPushButton(tr("S&can the workspace"))), m_testTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("policiesPage"));
    auto* title = new QLabel(tr("Detection policies"));
    title->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("policyStatus"));

    m_versions->setObjectName(QStringLiteral("policyVersions"));
    m_versions->setColumnCount(6);
    m_versions->setHorizontalHeaderLabels({tr("Version"), tr("Name"), tr("Published"), tr("By"), tr("Posts scanned"), tr("Flags")});
    m_versions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_versions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_versions->verticalHeader()->hide();
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_rules->setObjectName(QStringLiteral("policyRules"));
    m_rules->setColumnCount(6);
    m_rules->setHorizontalHeaderLabels({tr("Rule"), tr("Risk"), tr("Category"), tr("Severity"), tr("Kind"), tr("Description")});
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->verticalHeader()->hide();
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->setWordWrap(false);

    m_testInput->setObjectName(QStringLiteral("testBenchInput"));
    m_testInput->setPlaceholderText(tr("Type or paste a message to see what the selected version flags…"));
    m_testInput->setMaximumHeight(90);
    m_testResult->setObjectName(QStringLiteral("testBenchResult"));
    m_testResult->setOpenLinks(false);
    m_testTimer->setSingleShot(true);
    m_testTimer->setInterval(200);

    const domain::Role role = m_tasks->session().user().role;
    m_publish->setVisible(domain::allows(role, domain::Operation::PublishPolicy));
    m_scan->setVisible(domain::allows(role, domain::Operation::ScanWorkspace));
    m_publish->setToolTip(tr("Add a version from a policy JSON file; it must compile, and the version in force stays until it does"));
    m_scan->setToolTip(tr("Classify the posts not yet scanned with the newest version, on all cores"));

    auto* versionsBox = new QGroupBox(tr("Published versions"));
    auto* versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_scan);
    buttons->addWidget(m_publish);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    versionsLayout->addLayout(buttons);

    auto* rulesBox = new QGroupBox(tr("Rules of the selected version"));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules);

    auto* benchBox = new QGroupBox(tr("Test bench"));
    auto* benchLayout = new QVBoxLayout(benchBox);
    benchLayout->addWidget(m_testInput);
    benchLayout->addWidget(m_testResult);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(versionsBox);
    splitter->addWidget(rulesBox);
    splitter->addWidget(benchBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_versions, &QTableWidget::itemSelectionChanged, this, &PoliciesPage::showVersion);
    connect(m_publish, &QPushButton::clicked, this, &PoliciesPage::publishFromFile);
    connect(m_save, &QPushButton::clicked, this, &PoliciesPage::saveSelected);
    connect(m_scan, &QPushButton::clicked, this, &PoliciesPage::scan);
    connect(m_testInput, &QPlainTextEdit::textChanged, m_testTimer, qOverload<>(&QTimer::start));
    connect(m_testTimer, &QTimer::timeout, this, &PoliciesPage::runTestBench);
}

PoliciesPage::~PoliciesPage()
{
    if (m_cancel)
        m_cancel->store(true); // the scan stops at its next batch
}

void PoliciesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

bool PoliciesPage::isTestBenchReady() const
{
    return m_classifiers.contains(selectedVersion().value_or(0));
}

std::optional<int> PoliciesPage::selectedVersion() const
{
    const auto rows = m_versions->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_versions->item(rows.first().row(), 0)->data(Qt::UserRole).toInt();
}

void PoliciesPage::refresh()
{
    if (m_tasks->isBusy())
        return; // the session belongs to a running task; the page refreshes when it ends
    auto overview = policy::PolicyService(m_tasks->session()).overview();
    if (!overview) {
        m_status->setText(overview.status().message());
        return;
    }
    const std::optional<int> keep = selectedVersion();
    m_overview = *overview;
    const QLocale locale;
    m_versions->setRowCount(static_cast<int>(m_overview.versions.size()));
    int selectRow = m_overview.versions.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_overview.versions.size(); ++r) {
        const domain::PolicyVersionRow& v = m_overview.versions.at(r);
        auto* version = item(QString::number(v.version));
        version->setData(Qt::UserRole, v.version);
        m_versions->setItem(r, 0, version);
        m_versions->setItem(r, 1, item(v.name));
        m_versions->setItem(r, 2, item(locale.toString(QDateTime::fromString(v.publishedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat)));
        m_versions->setItem(r, 3, item(v.publishedBy));
        // A role without the posts' key sees the versions, not what they found.
        const bool counted = m_overview.posts >= 0;
        m_versions->setItem(r, 4, item(counted ? tr("%1 of %2").arg(locale.toString(v.scannedPosts), locale.toString(m_overview.posts))
                                               : tr("not visible to your role")));
        m_versions->setItem(r, 5, item(counted ? locale.toString(v.flags) : QStringLiteral("–")));
        if (keep && *keep == v.version)
            selectRow = r;
    }
    m_versions->resizeColumnsToContents();
    if (m_overview.versions.isEmpty()) {
        m_status->setText(tr("No policy version is published yet. The first scan publishes the built-in policy as version 1; "
                             "below are its rules.")
                          + (m_overview.posts >= 0 ? u' ' + tr("Posts in the workspace: %1.").arg(locale.toString(m_overview.posts))
                                                   : QString()));
        showVersion();
    } else {
        const domain::PolicyVersionRow& newest = m_overview.versions.first();
        const qint64 left = m_overview.posts - newest.scannedPosts;
        m_status->setText(m_overview.posts < 0 ? tr("Version %1 is in force.").arg(newest.version)
                          : left > 0 ? tr("Version %1 is in force. Posts not yet scanned with it: %2.").arg(newest.version).arg(locale.toString(left))
                                   : tr("Version %1 is in force. Every post is scanned with it.").arg(newest.version));
        m_versions->selectRow(selectRow);
        showVersion();
    }
}

void PoliciesPage::showVersion()
{
    if (m_tasks->isBusy())
        return;
    auto policy = policy::PolicyService(m_tasks->session()).policy(selectedVersion());
    if (!policy) {
        m_status->setText(policy.status().message());
        return;
    }
    m_save->setEnabled(selectedVersion().has_value());
    showPolicy(*policy);
}

void PoliciesPage::showPolicy(const detection::Policy& policy)
{
    m_rules->setRowCount(static_cast<int>(policy.rules.size()));
    for (int r = 0; r < policy.rules.size(); ++r) {
        const detection::Rule& rule = policy.rules.at(r);
        m_rules->setItem(r, 0, item(rule.id));
        m_rules->setItem(r, 1, item(riskName(rule.risk)));
        m_rules->setItem(r, 2, item(categoryName(rule.category)));
        m_rules->setItem(r, 3, item(severityName(rule.severity)));
        m_rules->setItem(r, 4, item(ruleKind(rule)));
        auto* description = item(rule.description);
        description->setToolTip(rule.description);
        m_rules->setItem(r, 5, description);
    }
    m_rules->resizeColumnsToContents();
    m_rules->setColumnWidth(4, std::min(m_rules->columnWidth(4), 300)); // the description gets the rest
    // The test bench uses this version: compile it once, in the background.
    const int key = selectedVersion().value_or(0);
    if (m_classifiers.contains(key)) {
        runTestBench();
        return;
    }
    if (m_compiling == key)
        return;
    m_compiling = key;
    m_testResult->setPlainText(tr("Compiling version %1 for the test bench…").arg(key));
    QPointer<PoliciesPage> self = this;
    runInBackground(
        this, [policy]() { return detection::Classifier::build(policy); },
        [self, key](Result<std::shared_ptr<detection::Classifier>> built) {
            if (!self)
                return;
            self->m_compiling = -1;
            if (!built) {
                self->m_testResult->setPlainText(built.status().message());
                return;
            }
            self->m_classifiers.insert(key, *built);
            if (self->selectedVersion().value_or(0) == key)
                self->runTestBench();
        });
}

void PoliciesPage::runTestBench()
{
    const auto classifier = m_classifiers.value(selectedVersion().value_or(0));
    if (!classifier)
        return;
    const QString text = m_testInput->toPlainText();
    if (text.isEmpty()) {
        m_testResult->setPlainText(tr("Nothing to test yet."));
        return;
    }
    const detection::Classifier::Analysis a = classifier->analyze(text);
    // The text with every flagged span highlighted in its category's colour.
    QList<CategorySpan> spans;
    for (const detection::Flag& f : a.flags) {
        for (const detection::Span& sp : f.spans)
            spans.append({sp.start, sp.end, f.category});
    }
    const QList<uint> points = text.toUcs4();
    QString html = highlightedHtml(text, spans, QStringLiteral("font-size: 11pt;"));
    if (a.flags.isEmpty()) {
        html += QStringLiteral("<p>") + tr("No flags.") + QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const detection::Flag& f : a.flags) {
            QStringList matched;
            for (const detection::Span& s : f.spans)
                matched << QStringLiteral("“%1”").arg(QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + s.start), s.end - s.start).toHtmlEscaped());
            html += QStringLiteral("<li><b>%1</b> · %2 · %3 · %4 — %5</li>")
                        .arg(categoryName(f.category).toHtmlEscaped(), f.rule.toHtmlEscaped(), severityName(f.severity),
                             tr("score %1").arg(f.score, 0, 'f', 2), matched.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p>") + tr("Sentiment %1 (from −1, negative, to +1, positive)").arg(a.sentiment, 0, 'f', 2) + QStringLiteral("</p>");
    m_testResult->setHtml(html);
}

void PoliciesPage::publishFromFile()
{
    const QString path = Dialogs::chooseFile(this, tr("Publish a policy version"), tr("Policies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Dialogs::showError(this, tr("Publish a policy version"),
                           tr("The file %1 cannot be read: %2.").arg(path, file.errorString()));
        return;
    }
    const QByteArray json = file.readAll();
    auto version = std::make_shared<int>(0);
    QPointer<PoliciesPage> self = this;
    m_tasks->run(
        tr("Publishing a policy version…"),
        [json, version](workspace::Session& session) {
            auto v = policy::PolicyService(session).publish(json);
            if (!v)
                return v.status();
            *version = *v;
            return Status::success();
        },
        [self, version, path](const Status& status) {
            if (!self)
                return;
            if (!status.ok()) {
                Dialogs::showError(self, tr("The policy was not published"),
                                   tr("%1\n\nThe version in force stays. Correct the file and publish it again.").arg(status.message()));
                return;
            }
            self->m_versions->clearSelection();
            self->refresh();
            self->m_status->setText(tr("Version %1 published from %2. Scan the workspace to apply it.").arg(*version).arg(path));
        });
}

void PoliciesPage::saveSelected()
{
    const std::optional<int> version = selectedVersion();
    if (!version || m_tasks->isBusy())
        return;
    auto body = policy::PolicyService(m_tasks->session()).text(*version);
    if (!body) {
        Dialogs::showError(this, tr("Save policy version %1").arg(*version), body.status().message());
        return;
    }
    const QString path = Dialogs::chooseSaveFile(this, tr("Save policy version %1").arg(*version), tr("Policies (*.json)"),
                                                 QStringLiteral("policy-v%1.json").arg(*version));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(*body) != body->size() || !out.commit()) {
        Dialogs::showError(this, tr("Save policy version %1").arg(*version),
                           tr("The file %1 cannot be written: %2. Choose another folder.").arg(path, out.errorString()));
        return;
    }
    m_status->setText(tr("Version %1 saved to %2. Edit it and publish it as a new version.").arg(*version).arg(path));
}

void PoliciesPage::scan()
{
    if (m_cancel || m_tasks->isBusy())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The progress window belongs to the main window, which stays usable while the
    // page is disabled for the task: Cancel works.
    m_progress = new QProgressDialog(tr("Scanning the workspace…"), tr("Cancel"), 0, 1000, window());
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setWindowTitle(tr("Scan"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel]() { cancel->store(true); });
    QPointer<QProgressDialog> dialog = m_progress;
    policy::ScanOptions options;
    options.progress = [cancel, dialog](qint64 done, qint64 total) {
        const int permille = total > 0 ? static_cast<int>(done * 1000 / total) : 1000;
        QMetaObject::invokeMethod(
            dialog,
            [dialog, permille, done, total]() {
                if (!dialog)
                    return;
                dialog->setValue(permille);
                dialog->setLabelText(PoliciesPage::tr("Scanning the workspace… %1 of %2 posts")
                                         .arg(QLocale().toString(done), QLocale().toString(total)));
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    auto summary = std::make_shared<policy::ScanSummary>();
    QPointer<PoliciesPage> self = this;
    m_tasks->run(
        tr("Scanning the workspace…"),
        [options, summary](workspace::Session& session) {
            auto s = policy::ScanService(session).scan(options);
            if (!s)
                return s.status();
            *summary = *s;
            return Status::success();
        },
        [self, summary](const Status& status) {
            if (self)
                self->finishScan(status, *summary);
        });
}

void PoliciesPage::finishScan(const Status& status, const policy::ScanSummary& summary)
{
    m_cancel.reset();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    refresh();
    if (!status.ok()) {
        Dialogs::showError(this, tr("The scan stopped"),
                           tr("%1\n\nPosts scanned before the error keep their flags; scanning again continues from there.")
                               .arg(status.message()));
    } else {
        const QLocale locale;
        QString text = summary.cancelled ? tr("Scan cancelled after %1 posts; scanning again continues from there.")
                                               .arg(locale.toString(summary.scanned))
                                         : tr("Scan finished with version %1: %2 posts scanned, %3 flagged, %4 flags.")
                                               .arg(summary.policyVersion)
                                               .arg(locale.toString(summary.scanned), locale.toString(summary.flaggedPosts),
                                                    locale.toString(summary.flags));
        QStringList parts;
        for (auto it = summary.byCategory.cbegin(); it != summary.byCategory.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(categoryName(it.key())).arg(locale.toString(it.value()));
        if (!parts.isEmpty())
            text += QLatin1Char(' ') + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        m_status->setText(text);
    }
    Q_EMIT scanFinished();
}

} // namespace custos::ui

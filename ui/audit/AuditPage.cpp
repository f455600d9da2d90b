#include "audit/AuditPage.h"

#include "AuditEntriesModel.h"
#include "auditing/AuditService.h"
#include "audit/Merkle.h"
#include "common/BackgroundTask.h"
#include "common/Dialogs.h"
#include "access/AdministrationService.h"
#include "common/SessionTasks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace custos::ui {

AuditPage::AuditPage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_model(new models::AuditEntriesModel(tasks->session(), this)),
      m_actor(new QComboBox), m_action(new QComboBox), m_object(new QLineEdit), m_useFrom(new QCheckBox(tr("From"))),
      m_from(new QDateEdit), m_useTo(new QCheckBox(tr("to"))), m_to(new QDateEdit), m_count(new QLabel),
      m_table(new QTableView), m_details(new QPlainTextEdit), m_verify(new QPushButton(tr("&Verify the whole log"))),
      m_cancelButton(new QPushButton(tr("Cancel"))), m_export(new QPushButton(tr("&Export for verification…"))),
      m_progress(new QProgressBar), m_status(new QLabel)
{
    setObjectName(QStringLiteral("auditPage"));
    m_actor->addItem(tr("Any actor"), 0);
    auto users = access::AdministrationService(tasks->session()).users();
    if (users) {
        for (const auto& u : *users)
            m_actor->addItem(u.name, u.id);
    }
    m_action->setEditable(true);
    m_action->addItem(QString());
    auto actions = auditing::AuditService(tasks->session()).actions();
    if (actions)
        m_action->addItems(*actions);
    m_action->lineEdit()->setPlaceholderText(tr("Any action"));
    m_object->setPlaceholderText(tr("Object id"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto* apply = new QPushButton(tr("&Filter"));

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("entryDetails"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an entry to see all its fields and its inclusion proof."));
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setObjectName(QStringLiteral("verificationStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Not verified yet in this session."));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_actor);
    filters->addWidget(m_action, 1);
    filters->addWidget(m_object, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addWidget(apply);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto* verifyBox = new QGroupBox(tr("Integrity"));
    auto* verifyLayout = new QHBoxLayout(verifyBox);
    verifyLayout->addWidget(m_status, 1);
    verifyLayout->addWidget(m_progress);
    verifyLayout->addWidget(m_cancelButton);
    verifyLayout->addWidget(m_verify);
    verifyLayout->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit log"))));
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(split, 1);
    layout->addWidget(verifyBox);

    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(m_object, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showSelected);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(m_cancelButton, &QPushButton::clicked, this, [this]() {
        if (m_cancel)
            m_cancel->store(true);
    });
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportBundle);
    applyFilter();
    m_table->resizeColumnsToContents();
}

AuditPage::~AuditPage()
{
    if (m_cancel)
        m_cancel->store(true); // the worker stops at its next progress report
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_verifiedOnce) {
        m_verifiedOnce = true;
        verify(); // the page shows the log's state without being asked
    }
}

void AuditPage::applyFilter()
{
    domain::AuditFilter f;
    f.actorId = m_actor->currentData().toLongLong();
    f.action = m_action->currentText().trimmed();
    const QString object = m_object->text().trimmed();
    const qsizetype space = object.indexOf(QLatin1Char(' '));
    if (space > 0) { // "user 3" as shown in the table
        f.objectType = object.left(space);
        f.objectId = object.mid(space + 1).trimmed();
    } else {
        f.objectId = object;
    }
    if (m_useFrom->isChecked())
        f.from = m_from->date().startOfDay();
    if (m_useTo->isChecked())
        f.to = m_to->date().addDays(1).startOfDay();
    (void)m_model->setFilter(f);
    m_count->setText(tr("%n matching entries", nullptr, static_cast<int>(m_model->totalMatching())));
    m_details->clear();
}

void AuditPage::showSelected()
{
    const domain::AuditEntry* e = m_model->entryAt(m_table->currentIndex().row());
    if (!e) {
        m_details->clear();
        return;
    }
    QString text;
    text += tr("Entry %1\n").arg(e->seq);
    text += tr("Time:        %1\n").arg(e->time);
    text += tr("Actor:       %1 (user %2, key %3)\n").arg(m_model->actorName(e->actorId)).arg(e->actorId).arg(e->keyId);
    text += tr("Action:      %1\n").arg(e->action);
    text += tr("Object:      %1 %2\n").arg(e->objectType, e->objectId);
    text += tr("Details:     %1\n")
                .arg(QString::fromUtf8(QJsonDocument::fromJson(e->details).toJson(QJsonDocument::Indented)).trimmed());
    text += tr("Prev. hash:  %1\n").arg(QString::fromLatin1(e->prevHash.toHex()));
    text += tr("Entry hash:  %1\n").arg(QString::fromLatin1(e->entryHash.toHex()));
    text += tr("Signature:   %1\n").arg(QString::fromLatin1(e->signature.toBase64()));
    auto proof = auditing::AuditService(m_tasks->session()).inclusionProof(e->seq);
    if (proof) {
        const bool holds =
            audit::merkle::verifyInclusion(proof->index, proof->treeSize, proof->leafHash, proof->path, proof->root);
        text += tr("\nInclusion proof in the tree of %1 entries (root %2): %3\n")
                    .arg(proof->treeSize)
                    .arg(QString::fromLatin1(proof->root.toHex()), holds ? tr("holds") : tr("DOES NOT HOLD"));
        for (qsizetype i = 0; i < proof->path.size(); ++i)
            text += QStringLiteral("  %1  %2\n").arg(i).arg(QString::fromLatin1(proof->path.at(i).toHex()));
    } else {
        text += QLatin1Char('\n') + proof.status().message();
    }
    m_details->setPlainText(text);
}

void AuditPage::verify()
{
    if (m_cancel)
        return;
    // The worker verifies on a connection of its own: one connection per thread.
    auto job = auditing::AuditService(m_tasks->session()).verificationJob();
    if (!job) {
        m_status->setText(job.status().message());
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_verify->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Verifying the audit log…"));
    QPointer<QProgressBar> bar = m_progress;
    auto cancel = m_cancel;
    const int threads = std::max(1, QThread::idealThreadCount());
    runInBackground(
        this,
        [job = job.takeValue(), cancel, bar, threads]() {
            return job(threads, [cancel, bar](quint64 done, quint64 total) {
                const int permille = total ? static_cast<int>(done * 1000 / total) : 1000;
                QMetaObject::invokeMethod(bar, [bar, permille]() { if (bar) bar->setValue(permille); }, Qt::QueuedConnection);
                return !cancel->load();
            });
        },
        [this](audit::VerificationReport report) { finishVerification(report); });
}

void AuditPage::finishVerification(const audit::VerificationReport& report)
{
    const bool cancelled = m_cancel && m_cancel->load();
    m_cancel.reset();
    m_report = report;
    m_progress->hide();
    m_cancelButton->hide();
    m_verify->setEnabled(true);
    if (cancelled) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Verification cancelled."));
        return;
    }
    m_status->setStyleSheet(report.ok() ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                        : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_status->setText(report.ok() ? tr("✔ %1 Root %2.").arg(report.message, QString::fromLatin1(report.root.toHex().left(16)))
                                  : tr("✘ %1").arg(report.message));
}

void AuditPage::exportBundle()
{
    const QString dir = Dialogs::chooseDirectory(this, tr("Export the audit log to an empty folder"));
    if (dir.isEmpty())
        return;
    m_tasks->run(
        tr("Exporting the audit log…"),
        [dir](workspace::Session& session) { return auditing::AuditService(session).exportBundle(dir); },
        [this, dir](const Status& status) {
            (void)m_model->refresh();
            m_status->setStyleSheet(status.ok() ? QString() : QStringLiteral("color: #b3261e; font-weight: bold;"));
            m_status->setText(status.ok() ? tr("Exported to %1. VERIFY.md there explains how anyone can check it.")
                                                .arg(QDir::toNativeSeparators(dir))
                                          : status.message());
        });
}

} // namespace custos::ui

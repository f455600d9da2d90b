#include "importer/ImportDialog.h"

#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "ingest/CsvReader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos::ui {

ImportDialog::ImportDialog(SessionTasks* tasks, QWidget* parent)
    : QDialog(parent), m_tasks(tasks), m_path(new QLineEdit), m_format(new QComboBox),
      m_mappingBox(new QGroupBox(tr("CSV columns"))), m_preview(new QTableWidget(0, 4)), m_previewNote(new QLabel),
      m_progress(new QProgressBar), m_counts(new QLabel), m_summary(new QLabel), m_import(new QPushButton(tr("&Import"))),
      m_cancel(new QPushButton(tr("Cancel import"))), m_close(new QPushButton(tr("Close")))
{
    setWindowTitle(tr("Import an export"));
    resize(860, 600);
    m_path->setPlaceholderText(tr("A Slack export (.zip or folder), Mattermost .jsonl, Teams .json or a .csv file"));
    auto* file = new QPushButton(tr("&File…"));
    auto* folder = new QPushButton(tr("F&older…"));
    m_format->addItem(tr("Slack"), QStringLiteral("slack"));
    m_format->addItem(tr("Mattermost"), QStringLiteral("mattermost"));
    m_format->addItem(tr("Microsoft Teams"), QStringLiteral("teams"));
    m_format->addItem(tr("CSV"), QStringLiteral("csv"));

    auto* mappingForm = new QFormLayout(m_mappingBox);
    const QList<QPair<QString, QString>> fields = {{QStringLiteral("author"), tr("Author")},  {QStringLiteral("channel"), tr("Channel")},
                                                   {QStringLiteral("time"), tr("Time")},      {QStringLiteral("text"), tr("Text")},
                                                   {QStringLiteral("id"), tr("Message id")},  {QStringLiteral("thread"), tr("Thread")}};
    for (const auto& [key, label] : fields) {
        auto* combo = new QComboBox;
        combo->setObjectName(key);
        mappingForm->addRow(label + QLatin1Char(':'), combo);
        m_mapping.append({key, combo});
        connect(combo, &QComboBox::activated, this, &ImportDialog::refreshPreview);
    }
    m_mappingBox->hide();

    m_preview->setHorizontalHeaderLabels({tr("Channel"), tr("Author"), tr("Time"), tr("Text")});
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewNote->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_cancel->hide();
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto* source = new QHBoxLayout;
    source->addWidget(m_path, 1);
    source->addWidget(file);
    source->addWidget(folder);
    auto* form = new QFormLayout;
    auto* exportLabel = new QLabel(tr("&Export:"));
    exportLabel->setBuddy(m_path);
    form->addRow(exportLabel, source);
    form->addRow(tr("F&ormat:"), m_format);
    m_path->setFocus();
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mappingBox);
    layout->addWidget(new QLabel(tr("Preview of the first posts:")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_previewNote);
    layout->addWidget(m_counts);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);

    connect(file, &QPushButton::clicked, this, [this]() {
        const QString path = Dialogs::chooseFile(this, tr("Choose an export file"),
                                                 tr("Exports (*.zip *.jsonl *.json *.csv);;All files (*)"));
        if (!path.isEmpty())
            setSource(path);
    });
    connect(folder, &QPushButton::clicked, this, [this]() {
        const QString path = Dialogs::chooseDirectory(this, tr("Choose an unpacked export folder"));
        if (!path.isEmpty())
            setSource(path);
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this]() { setSource(m_path->text()); });
    connect(m_format, &QComboBox::activated, this, &ImportDialog::refreshPreview);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

ImportDialog::~ImportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    // The line edit loses focus while QDialog tears down, after this class is gone.
    m_path->disconnect(this);
}

QComboBox* ImportDialog::mappingCombo(const QString& field) const
{
    for (const auto& [key, combo] : m_mapping) {
        if (key == field)
            return combo;
    }
    return nullptr;
}

void ImportDialog::setSource(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    const QString detected = ingest::ImportService::detectFormat(path);
    if (!detected.isEmpty())
        m_format->setCurrentIndex(m_format->findData(detected));
    if (m_format->currentData().toString() == QLatin1String("csv")) {
        auto rows = ingest::CsvReader::preview(path, 0);
        fillMapping(rows && !rows->isEmpty() ? rows->first() : QStringList());
    }
    refreshPreview();
}

void ImportDialog::fillMapping(const QStringList& header)
{
    for (const auto& [key, combo] : m_mapping) {
        combo->clear();
        if (key == QLatin1String("id") || key == QLatin1String("thread"))
            combo->addItem(tr("(none)"), QString());
        for (const QString& column : header)
            combo->addItem(column, column);
        // Guess by name: "user" for author, "message" or "body" for text, and so on.
        static const QHash<QString, QStringList> guesses = {
            {QStringLiteral("author"), {QStringLiteral("author"), QStringLiteral("user"), QStringLiteral("from"), QStringLiteral("sender")}},
            {QStringLiteral("channel"), {QStringLiteral("channel"), QStringLiteral("room"), QStringLiteral("conversation")}},
            {QStringLiteral("time"), {QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("date"), QStringLiteral("sent")}},
            {QStringLiteral("text"), {QStringLiteral("text"), QStringLiteral("message"), QStringLiteral("body"), QStringLiteral("content")}},
            {QStringLiteral("id"), {QStringLiteral("id"), QStringLiteral("message_id"), QStringLiteral("msg_id")}},
            {QStringLiteral("thread"), {QStringLiteral("thread"), QStringLiteral("thread_id"), QStringLiteral("parent")}}};
        for (const QString& guess : guesses.value(key)) {
            const int index = combo->findData(guess, Qt::UserRole, Qt::MatchFixedString);
            if (index >= 0) {
                combo->setCurrentIndex(index);
                break;
            }
        }
    }
}

ingest::ImportOptions ImportDialog::options() const
{
    ingest::ImportOptions o;
    o.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    o.format = m_format->currentData().toString();
    if (o.format == QLatin1String("csv")) {
        o.csv.author = mappingCombo(QStringLiteral("author"))->currentData().toString();
        o.csv.channel = mappingCombo(QStringLiteral("channel"))->currentData().toString();
        o.csv.time = mappingCombo(QStringLiteral("time"))->currentData().toString();
        o.csv.text = mappingCombo(QStringLiteral("text"))->currentData().toString();
        o.csv.id = mappingCombo(QStringLiteral("id"))->currentData().toString();
        o.csv.thread = mappingCombo(QStringLiteral("thread"))->currentData().toString();
    }
    return o;
}

void ImportDialog::refreshPreview()
{
    m_mappingBox->setVisible(m_format->currentData().toString() == QLatin1String("csv"));
    m_preview->setRowCount(0);
    m_summary->clear();
    if (m_path->text().trimmed().isEmpty()) {
        m_import->setEnabled(false);
        return;
    }
    auto posts = ingest::ImportService::preview(options(), 20);
    if (!posts) {
        m_previewNote->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_previewNote->setText(posts.status().message());
        m_import->setEnabled(false);
        return;
    }
    m_previewNote->setStyleSheet(QString());
    m_previewNote->setText(posts->isEmpty() ? tr("The export holds no posts.") : QString());
    for (const ingest::PostRecord& p : *posts) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, new QTableWidgetItem(p.channelId));
        m_preview->setItem(row, 1, new QTableWidgetItem(p.authorId));
        m_preview->setItem(row, 2, new QTableWidgetItem(p.postedAt));
        m_preview->setItem(row, 3, new QTableWidgetItem(QString(p.text).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    }
    m_preview->resizeColumnsToContents();
    m_import->setEnabled(!posts->isEmpty());
}

void ImportDialog::startImport()
{
    if (m_cancelFlag || m_tasks->isBusy())
        return;
    ingest::ImportOptions o = options();
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancelFlag;
    QPointer<ImportDialog> self = this;
    o.progress = [cancel, self](const QJsonObject& summary) {
        QMetaObject::invokeMethod(self, [self, summary]() { if (self) self->showProgress(summary); }, Qt::QueuedConnection);
        return !cancel->load();
    };
    m_import->setEnabled(false);
    m_progress->show();
    m_cancel->show();
    m_summary->clear();
    m_counts->setText(tr("Importing…"));
    auto result = std::make_shared<ingest::ImportSummary>();
    m_tasks->run(
        tr("Importing %1…").arg(QFileInfo(o.path).fileName()),
        [o, result](workspace::Session& session) {
            auto summary = ingest::ImportService(session).run(o);
            if (!summary)
                return summary.status();
            *result = *summary;
            return Status::success();
        },
        [self, result](const Status& status) {
            if (self)
                self->finishImport(status, *result);
        });
}

void ImportDialog::showProgress(const QJsonObject& summary)
{
    const QJsonObject c = summary.value(QStringLiteral("counts")).toObject();
    m_counts->setText(tr("%1 posts added, %2 edited, %3 unchanged, %4 events, %5 skipped")
                          .arg(c.value(QStringLiteral("posts_added")).toInteger())
                          .arg(c.value(QStringLiteral("posts_edited")).toInteger())
                          .arg(c.value(QStringLiteral("posts_unchanged")).toInteger())
                          .arg(c.value(QStringLiteral("events_added")).toInteger())
                          .arg(c.value(QStringLiteral("skipped")).toInteger()));
}

void ImportDialog::finishImport(const Status& status, const ingest::ImportSummary& summary)
{
    m_cancelFlag.reset();
    m_progress->hide();
    m_cancel->hide();
    m_import->setEnabled(true);
    if (!status.ok()) {
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        m_summary->setText(tr("The import stopped: %1 What was imported before stays, and importing the same "
                              "export again resumes where it stopped.")
                               .arg(status.message()));
        return;
    }
    showProgress(summary.toJson());
    QString text = summary.cancelled ? tr("Import cancelled; import the same export again to resume.")
                                     : tr("Import finished: %n post(s) added", nullptr, static_cast<int>(summary.postsAdded)) +
                                           tr(", %1 people and %2 channels.").arg(summary.people).arg(summary.channels);
    if (summary.skipped > 0) {
        text += QLatin1Char(' ') + tr("%n record(s) skipped:", nullptr, static_cast<int>(summary.skipped));
        for (qsizetype i = 0; i < std::min<qsizetype>(5, summary.skippedSamples.size()); ++i)
            text += QStringLiteral("\n  %1 — %2").arg(summary.skippedSamples.at(i).first, summary.skippedSamples.at(i).second);
    }
    m_summary->setStyleSheet(QString());
    m_summary->setText(text);
    Q_EMIT imported();
}

} // namespace custos::ui

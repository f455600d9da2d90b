#include "records/RecordsPage.h"

#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "common/Tables.h"
#include "domain/Permissions.h"
#include "records/RetentionService.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace custos::ui {

using namespace custos::domain;
using records::RetentionService;

namespace {

QString day(const QString& iso)
{
    return iso.left(10);
}

QString scopeOf(const RetentionRule& r)
{
    QStringList parts;
    if (r.channelKind)
        parts << displayName(*r.channelKind);
    if (r.channelId)
        parts << (r.channelName.isEmpty() ? RecordsPage::tr("channel %1").arg(*r.channelId) : u'#' + r.channelName);
    if (r.category)
        parts << displayName(*r.category);
    return parts.isEmpty() ? RecordsPage::tr("All") : parts.join(QStringLiteral(" · "));
}

QString scopeOf(const LegalHold& h)
{
    QStringList parts;
    if (h.personId)
        parts << RecordsPage::tr("custodian %1").arg(h.personName.isEmpty() ? QString::number(*h.personId) : h.personName);
    if (h.channelId)
        parts << u'#' + h.channelName;
    if (h.caseId)
        parts << RecordsPage::tr("case %1").arg(h.caseNumber);
    if (!h.from.isEmpty() || !h.to.isEmpty())
        parts << RecordsPage::tr("%1 to %2").arg(h.from.isEmpty() ? QStringLiteral("…") : h.from,
                                                 h.to.isEmpty() ? QStringLiteral("…") : h.to);
    if (!h.query.isEmpty())
        parts << RecordsPage::tr("search “%1”").arg(h.query);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

RecordsPage::RecordsPage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_tabs(new QTabWidget), m_status(new QLabel)
{
    setObjectName(QStringLiteral("recordsPage"));
    const Role role = m_tasks->session().user().role;
    m_canManage = allows(role, Operation::ManageRecords);
    m_canPurge = allows(role, Operation::PurgeRecords);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Records</h2>What is kept how long and why, what a lawsuit freezes, and proof of what was "
                                "deleted."));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_tabs->setObjectName(QStringLiteral("recordsTabs"));
    m_tabs->addTab(buildRulesTab(), tr("&Retention rules"));
    m_tabs->addTab(buildHoldsTab(), tr("Legal &holds"));
    m_tabs->addTab(buildPurgeTab(), tr("&Purge"));
    m_tabs->addTab(buildHistoryTab(), tr("His&tory"));
    layout->addWidget(m_tabs, 1);
    m_status->setObjectName(QStringLiteral("recordsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    refresh();
}

QWidget* RecordsPage::buildRulesTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_rulesEmpty = new QLabel(tr("No retention rule is in force, so nothing is ever deleted. Add a rule for each kind of "
                                 "record (posts, flags and decisions, cases, import manifests) with the regulation it "
                                 "serves. A rule for a channel overrides the rule for its kind, which overrides the workspace's; a "
                                 "rule for a flag category keeps what was flagged in it at least that long."));
    m_rulesEmpty->setObjectName(QStringLiteral("rulesEmpty"));
    m_rulesEmpty->setWordWrap(true);
    layout->addWidget(m_rulesEmpty);
    m_rules = makeTable({tr("Rule"), tr("Covers"), tr("Where"), tr("Kept for"), tr("Regulation or reason"), tr("Since")},
                        QStringLiteral("rulesTable"), tr("Retention rules"));
    layout->addWidget(m_rules, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(tr("&New rule…"), QStringLiteral("addRule"), tr("Write a retention rule"));
    auto* retire = makeButton(tr("Re&tire rule…"), QStringLiteral("retireRule"), tr("Take the selected rule out of force"));
    add->setEnabled(m_canManage);
    retire->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &RecordsPage::addRule);
    connect(retire, &QPushButton::clicked, this, &RecordsPage::retireRule);
    connect(m_rules, &QTableWidget::itemSelectionChanged, this,
            [this, retire]() { retire->setEnabled(m_canManage && selectedId(m_rules) > 0); });
    buttons->addWidget(add);
    buttons->addWidget(retire);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget* RecordsPage::buildHoldsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("A legal hold keeps everything it matches, whatever the retention rules say, until it is "
                                "released. A hold by search keeps catching new matches as imports arrive."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_holds = makeTable({tr("Matter"), tr("Requested by"), tr("Keeps"), tr("Placed"), tr("Status")},
                        QStringLiteral("holdsTable"), tr("Legal holds"));
    layout->addWidget(m_holds, 1);
    auto* buttons = new QHBoxLayout;
    auto* place = makeButton(tr("&Place hold…"), QStringLiteral("placeHold"), tr("Place a legal hold"));
    auto* release = makeButton(tr("Re&lease…"), QStringLiteral("releaseHold"), tr("Release the selected hold"));
    auto* notices = makeButton(tr("Custodian &notices…"), QStringLiteral("exportNotices"),
                           tr("Write the notice for each custodian into a folder (they are not sent)"));
    auto* ack = makeButton(tr("Record &acknowledgement…"), QStringLiteral("recordAcknowledgement"),
                       tr("Record that a custodian acknowledged the notice"));
    place->setEnabled(m_canManage);
    for (QPushButton* b : {release, notices, ack})
        b->setEnabled(false);
    connect(place, &QPushButton::clicked, this, &RecordsPage::placeHold);
    connect(release, &QPushButton::clicked, this, &RecordsPage::releaseHold);
    connect(notices, &QPushButton::clicked, this, &RecordsPage::exportNotices);
    connect(ack, &QPushButton::clicked, this, &RecordsPage::recordAcknowledgement);
    connect(m_holds, &QTableWidget::itemSelectionChanged, this, [this, release, notices, ack]() {
        const bool chosen = m_canManage && selectedId(m_holds) > 0;
        for (QPushButton* b : {release, notices, ack})
            b->setEnabled(chosen);
    });
    for (QPushButton* b : {place, release, notices, ack})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget* RecordsPage::buildPurgeTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* buttons = new QHBoxLayout;
    auto* preview = makeButton(tr("Pre&view"), QStringLiteral("previewPurge"), tr("What a purge now would delete, and what stays"));
    m_purge = makeButton(tr("P&urge now…"), QStringLiteral("purgeNow"),
                     tr("Delete what has expired, in audited batches that each sign a tombstone per record"));
    m_purge->setEnabled(false);
    connect(preview, &QPushButton::clicked, this, &RecordsPage::runPreview);
    connect(m_purge, &QPushButton::clicked, this, &RecordsPage::purge);
    buttons->addWidget(preview);
    buttons->addWidget(m_purge);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_previewSummary = new QLabel(tr("Preview first: nothing is deleted until you purge."));
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);
    m_preview = makeTable({tr("Rule"), tr("Posts"), tr("Versions"), tr("Flags"), tr("Decisions"), tr("Cases"),
                           tr("Evidence files"), tr("Manifests")},
                          QStringLiteral("previewTable"), tr("What would be deleted, per rule"));
    layout->addWidget(m_preview, 2);
    auto* keptLabel = new QLabel(tr("What stays, and why:"));
    layout->addWidget(keptLabel);
    m_kept = makeTable({tr("Record"), tr("Why it stays"), tr("Count")}, QStringLiteral("keptTable"), tr("What stays, and why"));
    m_kept->horizontalHeader()->setStretchLastSection(false);
    m_kept->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_kept, 1);
    m_samples = new QTextBrowser;
    m_samples->setObjectName(QStringLiteral("keptSamples"));
    m_samples->setAccessibleName(tr("Examples of what stays"));
    m_samples->setMaximumHeight(110);
    layout->addWidget(m_samples);
    return page;
}

QWidget* RecordsPage::buildHistoryTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_history = makeTable({tr("Purge"), tr("Started"), tr("Ended"), tr("Status"), tr("Posts"), tr("Versions"), tr("Flags"),
                           tr("Cases"), tr("Manifests"), tr("Run by")},
                          QStringLiteral("historyTable"), tr("Purges"));
    layout->addWidget(m_history, 1);
    auto* buttons = new QHBoxLayout;
    auto* cert = makeButton(tr("Export &certificate…"), QStringLiteral("exportCertificate"),
                        tr("The certificate of disposition: each record's tombstone and the signed entries behind it"));
    cert->setEnabled(false);
    connect(cert, &QPushButton::clicked, this, &RecordsPage::exportCertificate);
    connect(m_history, &QTableWidget::itemSelectionChanged, this, [this, cert]() { cert->setEnabled(selectedId(m_history) > 0); });
    buttons->addWidget(cert);
    auto* hint = new QLabel(tr("A third party checks it with an audit export: custos-cli disposition verify CERTIFICATE EXPORT."));
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    layout->addLayout(buttons);
    return page;
}

qint64 RecordsPage::selectedId(QTableWidget* table) const
{
    const auto rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    const QTableWidgetItem* item = table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void RecordsPage::report(const QString& text)
{
    m_status->setText(text);
}

void RecordsPage::refresh()
{
    RetentionService service(m_tasks->session());
    if (auto rules = service.rules()) {
        m_rules->setRowCount(0);
        for (const RetentionRule& r : *rules) {
            const int row = m_rules->rowCount();
            m_rules->insertRow(row);
            m_rules->setItem(row, 0, textCell(r.name, r.id));
            m_rules->setItem(row, 1, textCell(displayName(r.dataClass)));
            m_rules->setItem(row, 2, textCell(scopeOf(r)));
            m_rules->setItem(row, 3, textCell(periodName(r.periodDays)));
            m_rules->setItem(row, 4, textCell(r.reason));
            m_rules->setItem(row, 5, textCell(day(r.createdAt)));
        }
        m_rulesEmpty->setVisible(rules->isEmpty());
        fitColumns(m_rules);
    } else {
        report(rules.status().message());
    }
    if (auto holds = service.holds(true)) {
        m_holds->setRowCount(0);
        for (const LegalHold& h : *holds) {
            const int row = m_holds->rowCount();
            m_holds->insertRow(row);
            m_holds->setItem(row, 0, textCell(h.matter, h.active() ? h.id : 0));
            m_holds->setItem(row, 1, textCell(h.requestedBy));
            m_holds->setItem(row, 2, textCell(scopeOf(h)));
            m_holds->setItem(row, 3, textCell(day(h.placedAt)));
            m_holds->setItem(row, 4, textCell(h.active() ? tr("In force")
                                                     : tr("Released on %1: %2").arg(day(h.releasedAt), h.releaseReason)));
        }
        fitColumns(m_holds);
    }
    if (auto purges = service.purges()) {
        m_history->setRowCount(0);
        for (const PurgeRecord& p : *purges) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            m_history->setItem(row, 0, textCell(QString::number(p.id), p.id));
            m_history->setItem(row, 1, textCell(QLocale().toString(QDateTime::fromString(p.startedAt, Qt::ISODateWithMs).toLocalTime(),
                                                               QLocale::ShortFormat)));
            m_history->setItem(row, 2, textCell(p.finishedAt.isEmpty()
                                                ? QString()
                                                : QLocale().toString(QDateTime::fromString(p.finishedAt, Qt::ISODateWithMs).toLocalTime(),
                                                                     QLocale::ShortFormat)));
            m_history->setItem(row, 3, textCell(displayName(p.status)));
            m_history->setItem(row, 4, numberCell(p.counts.value(TombstoneKind::Post)));
            m_history->setItem(row, 5, numberCell(p.counts.value(TombstoneKind::Version)));
            m_history->setItem(row, 6, numberCell(p.counts.value(TombstoneKind::Flag)));
            m_history->setItem(row, 7, numberCell(p.counts.value(TombstoneKind::Case)));
            m_history->setItem(row, 8, numberCell(p.counts.value(TombstoneKind::Manifest)));
            m_history->setItem(row, 9, textCell(p.startedByName));
        }
        fitColumns(m_history);
    }
}

void RecordsPage::addRule()
{
    if (!m_canManage)
        return;
    RetentionService service(m_tasks->session());
    FormDialog form(this, tr("New retention rule"),
                    tr("A rule for a channel overrides the rule for its kind, which overrides the workspace's; a rule for "
                       "a flag category keeps what was flagged in it at least that long. A legal hold, a case or an "
                       "undecided flag keeps a record whatever the rules say."));
    form.addLine(QStringLiteral("name"), tr("&Name"), {}, true);
    form.addWord<DataClass>(QStringLiteral("class"), tr("&Covers"));
    QList<QPair<QString, QVariant>> kinds{{tr("Any kind"), QString()}};
    for (const ChannelKind k : all<ChannelKind>())
        kinds.append({displayName(k), key(k)});
    form.addChoice(QStringLiteral("kind"), tr("Channel &kind"), kinds);
    QList<QPair<QString, QVariant>> channels{{tr("Any channel"), 0}};
    if (auto list = service.channels())
        for (const ChannelChoice& c : *list)
            channels.append({c.kind == ChannelKind::Public || c.kind == ChannelKind::Private ? u'#' + c.name : c.name, c.id});
    form.addChoice(QStringLiteral("channel"), tr("C&hannel"), channels);
    QList<QPair<QString, QVariant>> categories{{tr("Any category"), QString()}};
    for (const Category c : all<Category>())
        categories.append({displayName(c), key(c)});
    form.addChoice(QStringLiteral("category"), tr("Flagged as"), categories);
    QList<QPair<QString, QVariant>> periods;
    for (const std::optional<int>& p : offeredRetentionPeriods())
        periods.append({periodName(p), p ? QVariant(*p) : QVariant(-1)});
    periods.append({tr("Other (days below)"), 0});
    form.addChoice(QStringLiteral("period"), tr("&Keep for"), periods);
    form.addLine(QStringLiteral("days"), tr("&Days (with “Other”)"));
    form.addText(QStringLiteral("reason"), tr("&Regulation or reason"), {}, true);
    form.setAcceptLabel(tr("Add rule"));
    if (!form.ask())
        return;
    RetentionRule rule;
    rule.name = form.text(QStringLiteral("name"));
    rule.dataClass = form.word<DataClass>(QStringLiteral("class"));
    if (const QString k = form.choice(QStringLiteral("kind")).toString(); !k.isEmpty())
        rule.channelKind = fromKey<ChannelKind>(k);
    if (const qint64 c = form.choice(QStringLiteral("channel")).toLongLong(); c > 0)
        rule.channelId = c;
    if (const QString c = form.choice(QStringLiteral("category")).toString(); !c.isEmpty())
        rule.category = fromKey<Category>(c);
    const int period = form.choice(QStringLiteral("period")).toInt();
    if (period > 0) {
        rule.periodDays = period;
    } else if (period == 0) {
        bool ok = false;
        const int days = form.text(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1) {
            Dialogs::showError(this, tr("New retention rule"), tr("Write the period as a number of days, at least 1."));
            return;
        }
        rule.periodDays = days;
    }
    rule.reason = form.text(QStringLiteral("reason"));
    auto added = service.addRule(rule);
    if (!added) {
        Dialogs::showError(this, tr("New retention rule"), added.status().message());
        return;
    }
    refresh();
    report(tr("Rule “%1” is in force: %2 for %3.").arg(added->name, periodName(added->periodDays), displayName(added->dataClass)));
}

void RecordsPage::retireRule()
{
    const qint64 id = selectedId(m_rules);
    if (!m_canManage || id <= 0)
        return;
    const auto reason = Dialogs::askText(this, tr("Retire rule"), tr("Why does the rule no longer apply?"));
    if (!reason)
        return;
    if (Status s = RetentionService(m_tasks->session()).retireRule(id, *reason); !s.ok()) {
        Dialogs::showError(this, tr("Retire rule"), s.message());
        return;
    }
    refresh();
    report(tr("The rule is retired; what it covered now follows the other rules."));
}

void RecordsPage::placeHold()
{
    if (!m_canManage)
        return;
    RetentionService service(m_tasks->session());
    FormDialog form(this, tr("Place a legal hold"),
                    tr("Every criterion you set must match. Leave the others empty."));
    form.addLine(QStringLiteral("matter"), tr("&Matter"), {}, true);
    form.addLine(QStringLiteral("requestedBy"), tr("&Requested by"), {}, true);
    form.addLine(QStringLiteral("custodian"), tr("C&ustodian (person id)"));
    QList<QPair<QString, QVariant>> channels{{tr("Any channel"), 0}};
    if (auto list = service.channels())
        for (const ChannelChoice& c : *list)
            channels.append({c.kind == ChannelKind::Public || c.kind == ChannelKind::Private ? u'#' + c.name : c.name, c.id});
    form.addChoice(QStringLiteral("channel"), tr("C&hannel"), channels);
    form.addLine(QStringLiteral("case"), tr("C&ase (number)"));
    form.addDate(QStringLiteral("from"), tr("Posted &from"));
    form.addDate(QStringLiteral("to"), tr("Posted &to"));
    form.addLine(QStringLiteral("query"), tr("&Search"));
    form.addText(QStringLiteral("note"), tr("&Note"));
    form.setAcceptLabel(tr("Place hold"));
    if (!form.ask())
        return;
    LegalHold hold;
    hold.matter = form.text(QStringLiteral("matter"));
    hold.requestedBy = form.text(QStringLiteral("requestedBy"));
    hold.note = form.text(QStringLiteral("note"));
    hold.from = form.text(QStringLiteral("from"));
    hold.to = form.text(QStringLiteral("to"));
    hold.query = form.text(QStringLiteral("query"));
    if (const QString custodian = form.text(QStringLiteral("custodian")); !custodian.isEmpty()) {
        bool ok = false;
        hold.personId = custodian.toLongLong(&ok);
        if (!ok) {
            Dialogs::showError(this, tr("Place a legal hold"), tr("The custodian is a person id, a number."));
            return;
        }
    }
    if (const qint64 c = form.choice(QStringLiteral("channel")).toLongLong(); c > 0)
        hold.channelId = c;
    if (const QString number = form.text(QStringLiteral("case")); !number.isEmpty()) {
        auto id = service.caseId(number);
        if (!id) {
            Dialogs::showError(this, tr("Place a legal hold"), id.status().message());
            return;
        }
        hold.caseId = *id;
    }
    auto placed = service.placeHold(hold);
    if (!placed) {
        Dialogs::showError(this, tr("Place a legal hold"), placed.status().message());
        return;
    }
    refresh();
    report(tr("The hold for “%1” is in force: nothing it keeps can be purged until it is released.").arg(placed->matter));
}

void RecordsPage::releaseHold()
{
    const qint64 id = selectedId(m_holds);
    if (!m_canManage || id <= 0)
        return;
    const auto reason = Dialogs::askText(this, tr("Release hold"), tr("Why does the hold end (for example “matter settled”)?"));
    if (!reason)
        return;
    if (Status s = RetentionService(m_tasks->session()).releaseHold(id, *reason); !s.ok()) {
        Dialogs::showError(this, tr("Release hold"), s.message());
        return;
    }
    refresh();
    report(tr("The hold is released; what it kept follows the retention rules again."));
}

void RecordsPage::exportNotices()
{
    const qint64 id = selectedId(m_holds);
    if (!m_canManage || id <= 0)
        return;
    const QString dir = Dialogs::chooseDirectory(this, tr("Folder for the custodian notices"));
    if (dir.isEmpty())
        return;
    auto notices = RetentionService(m_tasks->session()).notices(id);
    if (!notices) {
        Dialogs::showError(this, tr("Custodian notices"), notices.status().message());
        return;
    }
    for (const HoldNotice& n : *notices) {
        const QString path = QDir(dir).filePath(QStringLiteral("hold-%1-person-%2.txt").arg(id).arg(n.personId));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(n.text.toUtf8()) < 0 || !file.commit()) {
            Dialogs::showError(this, tr("Custodian notices"),
                               tr("%1 cannot be written: %2. Choose another folder.").arg(path, file.errorString()));
            return;
        }
    }
    const QString folder = QDir::toNativeSeparators(dir);
    report(notices->size() == 1 ? tr("1 notice written to %1. It is not sent: hand it to the custodian and record the "
                                     "acknowledgement here.")
                                      .arg(folder)
                                : tr("%1 notices written to %2. They are not sent: hand them to the custodians and record "
                                     "each acknowledgement here.")
                                      .arg(notices->size())
                                      .arg(folder));
}

void RecordsPage::recordAcknowledgement()
{
    const qint64 id = selectedId(m_holds);
    if (!m_canManage || id <= 0)
        return;
    RetentionService service(m_tasks->session());
    const QString matter = m_holds->item(m_holds->selectionModel()->selectedRows().first().row(), 0)->text();
    // Who the notices went to, and who has acknowledged.
    auto notices = service.custodians(id);
    if (!notices) {
        Dialogs::showError(this, tr("Record acknowledgement"), notices.status().message());
        return;
    }
    QList<QPair<QString, QVariant>> custodians;
    for (const HoldNotice& n : *notices)
        custodians.append({n.acknowledgedAt.isEmpty() ? n.personName : tr("%1 (acknowledged %2)").arg(n.personName, n.acknowledgedAt),
                           n.personId});
    if (custodians.isEmpty()) {
        Dialogs::showError(this, tr("Record acknowledgement"), tr("This hold has no custodian yet: nothing it keeps has an author."));
        return;
    }
    FormDialog form(this, tr("Record acknowledgement"), tr("Hold: %1").arg(matter.toHtmlEscaped()));
    form.addChoice(QStringLiteral("person"), tr("&Custodian"), custodians);
    form.addDate(QStringLiteral("on"), tr("Acknowledged &on"), QDate::currentDate().toString(Qt::ISODate), true);
    form.setAcceptLabel(tr("Save acknowledgement"));
    if (!form.ask())
        return;
    if (Status s = service.acknowledge(id, form.choice(QStringLiteral("person")).toLongLong(), form.text(QStringLiteral("on")));
        !s.ok()) {
        Dialogs::showError(this, tr("Record acknowledgement"), s.message());
        return;
    }
    report(tr("The acknowledgement is recorded in the audit log."));
}

void RecordsPage::runPreview()
{
    if (m_tasks->isBusy())
        return;
    auto preview = std::make_shared<PurgePreview>();
    QPointer<RecordsPage> self = this;
    m_tasks->run(
        tr("Computing what a purge would delete…"),
        [preview](workspace::Session& session) {
            auto p = RetentionService(session).preview(5);
            if (!p)
                return p.status();
            *preview = *p;
            return Status::success();
        },
        [self, preview](const Status& status) {
            if (!self)
                return;
            if (!status.ok()) {
                Dialogs::showError(self, tr("Preview"), status.message());
                return;
            }
            self->showPreview(*preview);
        });
}

void RecordsPage::showPreview(const PurgePreview& preview)
{
    const QLocale locale;
    m_preview->setRowCount(0);
    for (const RuleDisposal& r : preview.rules) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, textCell(r.ruleName, r.ruleId));
        m_preview->setItem(row, 1, numberCell(r.posts));
        m_preview->setItem(row, 2, numberCell(r.versions));
        m_preview->setItem(row, 3, numberCell(r.flags));
        m_preview->setItem(row, 4, numberCell(r.decisions));
        m_preview->setItem(row, 5, numberCell(r.cases));
        m_preview->setItem(row, 6, numberCell(r.evidence));
        m_preview->setItem(row, 7, numberCell(r.manifests));
    }
    fitColumns(m_preview);
    m_kept->setRowCount(0);
    for (auto kind = preview.kept.begin(); kind != preview.kept.end(); ++kind) {
        for (auto reason = kind->begin(); reason != kind->end(); ++reason) {
            const int row = m_kept->rowCount();
            m_kept->insertRow(row);
            m_kept->setItem(row, 0, textCell(displayName(kind.key())));
            m_kept->setItem(row, 1, textCell(displayName(reason.key())));
            m_kept->setItem(row, 2, numberCell(reason.value()));
        }
    }
    if (m_kept->rowCount() > 0) {
        m_kept->resizeColumnToContents(0);
        m_kept->resizeColumnToContents(2);
    }
    QString samples;
    for (const KeptSample& s : preview.keptSamples)
        samples += QStringLiteral("<li>%1 %2: %3%4</li>")
                       .arg(displayName(s.kind).toHtmlEscaped())
                       .arg(s.id)
                       .arg(displayName(s.reason).toHtmlEscaped(),
                            s.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(s.detail.toHtmlEscaped()));
    m_samples->setHtml(samples.isEmpty() ? tr("<i>Nothing expired is being kept.</i>")
                                         : tr("<b>Examples of what stays:</b><ul>%1</ul>").arg(samples));
    const qint64 posts = preview.postsToPurge();
    const qint64 cases = preview.casesToPurge();
    const qint64 manifests = preview.manifestsToPurge();
    const bool anything = posts + cases + manifests > 0;
    qint64 expiredButKept = 0;
    for (auto kind = preview.kept.begin(); kind != preview.kept.end(); ++kind)
        for (auto reason = kind->begin(); reason != kind->end(); ++reason)
            if (reason.key() != KeepReason::NotExpired && reason.key() != KeepReason::NoRule)
                expiredButKept += reason.value();
    if (anything)
        m_previewSummary->setText(tr("A purge now would delete %1 posts, %2 cases and %3 import manifests, out of %4 posts "
                                     "considered.")
                                      .arg(locale.toString(posts), locale.toString(cases), locale.toString(manifests),
                                           locale.toString(preview.postsConsidered)));
    else if (expiredButKept > 0)
        m_previewSummary->setText(tr("A purge now would delete nothing: the %1 expired records stay, for the reasons below.")
                                      .arg(locale.toString(expiredButKept)));
    else
        m_previewSummary->setText(tr("Nothing has expired: a purge now would delete nothing."));
    m_purge->setEnabled(m_canPurge && anything);
}

void RecordsPage::purge()
{
    if (!m_canPurge || m_cancel || m_tasks->isBusy())
        return;
    if (!Dialogs::confirm(this, tr("Purge expired records"),
                          tr("%1\n\nThe deleted records cannot be recovered. Each batch is recorded in the audit log with a "
                             "signed tombstone per record; a cancelled purge keeps the batches already done.")
                              .arg(m_previewSummary->text()),
                          tr("Purge now")))
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Purging expired records…"), tr("Cancel"), 0, 1000, window());
    m_progress->setObjectName(QStringLiteral("purgeProgress"));
    m_progress->setWindowTitle(tr("Purge"));
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    auto cancel = m_cancel;
    connect(m_progress, &QProgressDialog::canceled, this, [cancel]() { cancel->store(true); });
    QPointer<QProgressDialog> dialog = m_progress;
    records::PurgeOptions options;
    options.progress = [cancel, dialog](qint64 done, qint64 total) {
        const int permille = total > 0 ? static_cast<int>(std::min(done, total) * 1000 / total) : 1000;
        QMetaObject::invokeMethod(
            dialog,
            [dialog, permille, done, total]() {
                if (!dialog)
                    return;
                dialog->setValue(permille);
                dialog->setLabelText(RecordsPage::tr("Purging expired records… %1 of %2")
                                         .arg(QLocale().toString(std::min(done, total)), QLocale().toString(total)));
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    auto summary = std::make_shared<QJsonObject>();
    QPointer<RecordsPage> self = this;
    m_tasks->run(
        tr("Purging expired records…"),
        [options, summary](workspace::Session& session) {
            auto s = RetentionService(session).purge(options);
            if (!s)
                return s.status();
            *summary = s->toJson();
            return Status::success();
        },
        [self, summary](const Status& status) {
            if (self)
                self->finishPurge(status.ok() ? QString() : status.message(), *summary);
        });
}

void RecordsPage::finishPurge(const QString& error, const QJsonObject& summary)
{
    m_cancel.reset();
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    refresh();
    m_purge->setEnabled(false);
    m_preview->setRowCount(0);
    m_kept->setRowCount(0);
    m_samples->clear();
    if (!error.isEmpty()) {
        Dialogs::showError(this, tr("The purge stopped"),
                           tr("%1\n\nThe batches purged before the error stand and are recorded; purging again finishes the "
                              "work.")
                               .arg(error));
        m_previewSummary->setText(tr("Preview again to see what is left."));
    } else {
        const QJsonObject purged = summary.value(QStringLiteral("purged")).toObject();
        const QLocale locale;
        const QString counts = tr("%1 posts, %2 earlier versions, %3 flags, %4 cases and %5 import manifests")
                                   .arg(locale.toString(purged.value(QStringLiteral("post")).toInteger()),
                                        locale.toString(purged.value(QStringLiteral("version")).toInteger()),
                                        locale.toString(purged.value(QStringLiteral("flag")).toInteger()),
                                        locale.toString(purged.value(QStringLiteral("case")).toInteger()),
                                        locale.toString(purged.value(QStringLiteral("manifest")).toInteger()));
        const bool cancelled = summary.value(QStringLiteral("status")).toString() == key(PurgeStatus::Cancelled);
        m_previewSummary->setText(cancelled ? tr("Purge cancelled after %1; the rest stays until the next purge.").arg(counts)
                                            : tr("Purged %1. Export the certificate from the History tab.").arg(counts));
        report(m_previewSummary->text());
    }
    m_tabs->setCurrentIndex(3);
    Q_EMIT purgeFinished();
}

void RecordsPage::exportCertificate()
{
    const qint64 id = selectedId(m_history);
    if (id <= 0)
        return;
    const QString path = Dialogs::chooseSaveFile(this, tr("Certificate of disposition"), tr("Certificates (*.json)"),
                                                 QStringLiteral("disposition-purge-%1.json").arg(id));
    if (path.isEmpty())
        return;
    auto cert = RetentionService(m_tasks->session()).certificate(id);
    if (!cert) {
        Dialogs::showError(this, tr("Certificate of disposition"), cert.status().message());
        return;
    }
    QSaveFile out(path);
    const QByteArray json = QJsonDocument(*cert).toJson(QJsonDocument::Indented);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        Dialogs::showError(this, tr("Certificate of disposition"),
                           tr("%1 cannot be written: %2. Choose another folder.").arg(path, out.errorString()));
        return;
    }
    report(tr("Certificate of purge %1 saved to %2, with %3 tombstones. Export the audit log too: the two together let "
              "anyone check what was deleted, when and under which rule.")
               .arg(id)
               .arg(QDir::toNativeSeparators(path))
               .arg(cert->value(QStringLiteral("tombstones")).toArray().size()));
}

} // namespace custos::ui

#include "people/PeoplePage.h"

#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/SessionTasks.h"
#include "common/Tables.h"
#include "domain/Permissions.h"
#include "roster/RosterService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace custos::ui {

using namespace custos::domain;
using roster::RosterService;

namespace {

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}

} // namespace

PeoplePage::PeoplePage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_tabs(new QTabWidget), m_summary(new QLabel), m_message(new QLabel)
{
    setObjectName(QStringLiteral("peoplePage"));
    m_canManage = allows(m_tasks->session().user().role, Operation::ManagePeople);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>People</h2>Who works here, what training they have done, and which policy they "
                                "acknowledged."));
    title->setWordWrap(true);
    layout->addWidget(title);
    m_tabs->setObjectName(QStringLiteral("peopleTabs"));
    m_tabs->addTab(buildRosterTab(), tr("&Roster"));
    m_tabs->addTab(buildTrainingTab(), tr("&Training"));
    m_tabs->addTab(buildAcknowledgementsTab(), tr("Policy &acknowledgements"));
    layout->addWidget(m_tabs, 1);
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    refresh();
}

QWidget* PeoplePage::buildRosterTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_roster = makeTable({tr("Employee id"), tr("Name"), tr("Department"), tr("E-mail"), tr("Started"), tr("Left"),
                          tr("Matched people")},
                         QStringLiteral("rosterTable"), tr("Roster"));
    layout->addWidget(m_roster, 3);
    auto* review = new QGroupBox(tr("Not matched"));
    auto* reviewLayout = new QHBoxLayout(review);
    m_unmatchedEntries = new QListWidget;
    m_unmatchedEntries->setObjectName(QStringLiteral("unmatchedEntries"));
    m_unmatchedEntries->setAccessibleName(tr("Roster entries that match no one in the imports"));
    m_unmatchedPeople = new QListWidget;
    m_unmatchedPeople->setObjectName(QStringLiteral("unmatchedPeople"));
    m_unmatchedPeople->setAccessibleName(tr("People of the imports on no roster entry"));
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Roster entries no one in the imports matches:")));
    left->addWidget(m_unmatchedEntries);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("People of the imports on no entry (by pseudonym):")));
    right->addWidget(m_unmatchedPeople);
    reviewLayout->addLayout(left);
    reviewLayout->addLayout(right);
    layout->addWidget(review, 2);
    auto* buttons = new QHBoxLayout;
    auto* import = makeButton(tr("&Import roster…"), QStringLiteral("importRoster"), {}, m_canManage);
    auto* link = makeButton(tr("&Link the two selected"), QStringLiteral("linkSelected"), {}, false);
    connect(import, &QPushButton::clicked, this, &PeoplePage::importRoster);
    connect(link, &QPushButton::clicked, this, &PeoplePage::linkSelected);
    auto updateLink = [this, link]() {
        link->setEnabled(m_canManage && m_unmatchedEntries->currentItem() && m_unmatchedPeople->currentItem());
    };
    connect(m_unmatchedEntries, &QListWidget::currentItemChanged, this, updateLink);
    connect(m_unmatchedPeople, &QListWidget::currentItemChanged, this, updateLink);
    buttons->addWidget(import);
    buttons->addWidget(link);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

QWidget* PeoplePage::buildTrainingTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_modules = makeTable({tr("Module"), tr("Repeats"), tr("Days to complete")}, QStringLiteral("modulesTable"), tr("Training modules"));
    m_modules->setMaximumHeight(150);
    layout->addWidget(m_modules);
    auto* buttons = new QHBoxLayout;
    auto* add = makeButton(tr("&New module…"), QStringLiteral("addModule"), {}, m_canManage);
    auto* assign = makeButton(tr("A&ssign…"), QStringLiteral("assignModule"), {}, m_canManage);
    auto* complete = makeButton(tr("Record &completion…"), QStringLiteral("recordCompletion"), {}, m_canManage);
    auto* import = makeButton(tr("Import &completions…"), QStringLiteral("importCompletions"), {}, m_canManage);
    auto* remind = makeButton(tr("Write &reminders…"), QStringLiteral("exportReminders"), {}, true);
    connect(add, &QPushButton::clicked, this, &PeoplePage::addModule);
    connect(assign, &QPushButton::clicked, this, &PeoplePage::assignModule);
    connect(complete, &QPushButton::clicked, this, &PeoplePage::recordCompletion);
    connect(import, &QPushButton::clicked, this, &PeoplePage::importCompletions);
    connect(remind, &QPushButton::clicked, this, &PeoplePage::exportReminders);
    for (QPushButton* b : {add, assign, complete, import, remind})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* filters = new QHBoxLayout;
    m_department = new QComboBox;
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_department->setAccessibleName(tr("Department"));
    m_overdueOnly = new QCheckBox(tr("&Overdue only"));
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    filters->addWidget(new QLabel(tr("Department:")));
    filters->addWidget(m_department);
    filters->addWidget(m_overdueOnly);
    filters->addWidget(m_summary, 1);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));
    layout->addLayout(filters);
    m_status = makeTable({tr("Employee"), tr("Department"), tr("Module"), tr("State"), tr("Last completed"), tr("Due")},
                         QStringLiteral("statusTable"), tr("Training status"));
    layout->addWidget(m_status, 1);
    connect(m_department, &QComboBox::currentIndexChanged, this, &PeoplePage::refreshStatus);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &PeoplePage::refreshStatus);
    return page;
}

QWidget* PeoplePage::buildAcknowledgementsTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_acks = makeTable({tr("Employee id"), tr("Policy version"), tr("Text (SHA-256)"), tr("Acknowledged on")},
                       QStringLiteral("acknowledgementsTable"), tr("Policy acknowledgements"));
    layout->addWidget(m_acks, 1);
    auto* buttons = new QHBoxLayout;
    auto* record = makeButton(tr("&Record acknowledgement…"), QStringLiteral("recordAcknowledgement"), {}, m_canManage);
    connect(record, &QPushButton::clicked, this, &PeoplePage::recordAcknowledgement);
    buttons->addWidget(record);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void PeoplePage::report(const QString& text)
{
    m_message->setText(text);
}

void PeoplePage::refresh()
{
    RosterService service(m_tasks->session());
    // The roster once: its table, the entries no one matches, the departments.
    auto roster = service.roster();
    if (!roster)
        report(roster.status().message());
    const QList<RosterEntry> entries = roster ? *roster : QList<RosterEntry>();
    m_roster->setRowCount(0);
    m_unmatchedEntries->clear();
    for (const RosterEntry& e : entries) {
        const int row = m_roster->rowCount();
        m_roster->insertRow(row);
        m_roster->setItem(row, 0, textCell(e.employeeId));
        m_roster->setItem(row, 1, textCell(e.name));
        m_roster->setItem(row, 2, textCell(e.department));
        m_roster->setItem(row, 3, textCell(e.email));
        m_roster->setItem(row, 4, textCell(e.startDay));
        m_roster->setItem(row, 5, textCell(e.leaveDay));
        m_roster->setItem(row, 6, textCell(e.personIds.isEmpty() ? tr("none")
                                           : e.personIds.size() == 1 ? tr("1 person")
                                                                     : tr("%1 people").arg(e.personIds.size())));
        if (e.personIds.isEmpty()) {
            auto* item = new QListWidgetItem(QStringLiteral("%1 · %2 · %3").arg(e.employeeId, e.name, e.email), m_unmatchedEntries);
            item->setData(Qt::UserRole, e.employeeId);
        }
    }
    fitColumns(m_roster);
    m_unmatchedPeople->clear();
    if (auto people = service.unmatchedPeople())
        for (const roster::UnmatchedPerson& p : *people) {
            auto* item = new QListWidgetItem(p.pseudonym, m_unmatchedPeople);
            item->setData(Qt::UserRole, p.personId);
        }
    if (auto modules = service.modules()) {
        m_modules->setRowCount(0);
        for (const TrainingModule& m : *modules) {
            const int row = m_modules->rowCount();
            m_modules->insertRow(row);
            m_modules->setItem(row, 0, textCell(m.name));
            m_modules->setItem(row, 1, textCell(m.recurrenceMonths > 0 ? tr("every %1 months").arg(m.recurrenceMonths) : tr("once")));
            m_modules->setItem(row, 2, textCell(QString::number(m.dueDays)));
        }
        fitColumns(m_modules);
    }
    const QString chosen = m_department->currentData().toString();
    {
        const QSignalBlocker block(m_department);
        m_department->clear();
        m_department->addItem(tr("All departments"), QString());
        for (const QString& d : RosterService::departmentsOf(entries))
            m_department->addItem(d, d);
        m_department->setCurrentIndex(std::max(0, m_department->findData(chosen)));
    }
    refreshStatus();
    if (auto acks = service.acknowledgements()) {
        m_acks->setRowCount(0);
        for (const PolicyAcknowledgement& a : *acks) {
            const int row = m_acks->rowCount();
            m_acks->insertRow(row);
            m_acks->setItem(row, 0, textCell(a.employeeId));
            m_acks->setItem(row, 1, textCell(QString::number(a.policyVersion)));
            m_acks->setItem(row, 2, textCell(QString::fromLatin1(a.bodySha256.toHex())));
            m_acks->setItem(row, 3, textCell(a.acknowledgedOn));
        }
        fitColumns(m_acks);
    }
}

void PeoplePage::refreshStatus()
{
    auto all = RosterService(m_tasks->session()).status(today());
    m_status->setRowCount(0);
    if (!all) {
        report(all.status().message());
        return;
    }
    const QString department = m_department->currentData().toString();
    QList<TrainingStatus> shown;
    qint64 overdue = 0;
    for (const TrainingStatus& s : *all) {
        if (!department.isEmpty() && s.department != department)
            continue;
        if (s.state == TrainingState::Overdue)
            ++overdue;
        if (m_overdueOnly->isChecked() && s.state != TrainingState::Overdue)
            continue;
        shown << s;
    }
    // Overdue first, then due, then complete.
    std::stable_sort(shown.begin(), shown.end(), [](const TrainingStatus& a, const TrainingStatus& b) {
        auto rank = [](TrainingState s) { return s == TrainingState::Overdue ? 0 : s == TrainingState::Due ? 1 : 2; };
        return rank(a.state) < rank(b.state);
    });
    for (const TrainingStatus& s : shown) {
        const int row = m_status->rowCount();
        m_status->insertRow(row);
        m_status->setItem(row, 0, textCell(s.employeeName));
        m_status->setItem(row, 1, textCell(s.department));
        m_status->setItem(row, 2, textCell(s.moduleName));
        auto* state = textCell(displayName(s.state));
        if (s.state == TrainingState::Overdue) {
            QFont bold = state->font();
            bold.setBold(true);
            state->setFont(bold);
        }
        m_status->setItem(row, 3, state);
        m_status->setItem(row, 4, textCell(s.lastCompleted));
        m_status->setItem(row, 5, textCell(s.dueOn));
    }
    fitColumns(m_status);
    m_summary->setText(tr("%1 overdue of %2 assignments").arg(QLocale().toString(overdue)).arg(QLocale().toString(all->size())));
}

void PeoplePage::importRoster()
{
    if (!m_canManage)
        return;
    const QString path = Dialogs::chooseFile(this, tr("Import the roster"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const roster::RosterMapping defaults;
    FormDialog form(this, tr("Which column holds what"),
                    tr("The names of the columns in %1, as its header row spells them. Only the employee id and the name "
                       "are required.")
                        .arg(QDir::toNativeSeparators(path).toHtmlEscaped()));
    form.addLine(QStringLiteral("employee_id"), tr("Employee &id"), defaults.employeeId, true);
    form.addLine(QStringLiteral("name"), tr("&Name"), defaults.name, true);
    form.addLine(QStringLiteral("email"), tr("&E-mail"), defaults.email);
    form.addLine(QStringLiteral("handles"), tr("Platform &handles"), defaults.handles);
    form.addLine(QStringLiteral("department"), tr("&Department"), defaults.department);
    form.addLine(QStringLiteral("manager"), tr("&Manager"), defaults.manager);
    form.addLine(QStringLiteral("start"), tr("&Start date"), defaults.start);
    form.addLine(QStringLiteral("leave"), tr("&Leave date"), defaults.leave);
    form.setAcceptLabel(tr("Import"));
    if (!form.ask())
        return;
    roster::RosterMapping m;
    m.employeeId = form.text(QStringLiteral("employee_id"));
    m.name = form.text(QStringLiteral("name"));
    m.email = form.text(QStringLiteral("email"));
    m.handles = form.text(QStringLiteral("handles"));
    m.department = form.text(QStringLiteral("department"));
    m.manager = form.text(QStringLiteral("manager"));
    m.start = form.text(QStringLiteral("start"));
    m.leave = form.text(QStringLiteral("leave"));
    auto summary = RosterService(m_tasks->session()).importRoster(path, m);
    if (!summary) {
        Dialogs::showError(this, tr("Import the roster"), summary.status().message());
        return;
    }
    refresh();
    QString text = tr("Roster imported: %1 added, %2 updated, %3 unchanged, %4 skipped; %5 people matched. Not matched: %6 "
                      "entries, %7 people (below).")
                       .arg(summary->added)
                       .arg(summary->updated)
                       .arg(summary->unchanged)
                       .arg(summary->skipped)
                       .arg(summary->linked)
                       .arg(summary->unmatchedEntries)
                       .arg(summary->unmatchedPeople);
    for (const auto& [line, reason] : summary->skippedSamples.mid(0, 3))
        text += u' ' + tr("Line %1: %2.").arg(line).arg(reason);
    report(text);
}

void PeoplePage::linkSelected()
{
    if (!m_canManage || !m_unmatchedEntries->currentItem() || !m_unmatchedPeople->currentItem())
        return;
    const QString employee = m_unmatchedEntries->currentItem()->data(Qt::UserRole).toString();
    const qint64 person = m_unmatchedPeople->currentItem()->data(Qt::UserRole).toLongLong();
    const QString pseudonym = m_unmatchedPeople->currentItem()->text();
    if (Status s = RosterService(m_tasks->session()).link(employee, person); !s.ok()) {
        Dialogs::showError(this, tr("Link"), s.message());
        return;
    }
    refresh();
    report(tr("%1 is now linked to employee %2.").arg(pseudonym, employee));
}

void PeoplePage::addModule()
{
    if (!m_canManage)
        return;
    FormDialog form(this, tr("New training module"));
    form.addLine(QStringLiteral("name"), tr("&Name"), {}, true);
    form.addChoice(QStringLiteral("every"), tr("&Repeats"),
                   {{tr("Once"), 0}, {tr("Every 3 months"), 3}, {tr("Every 6 months"), 6}, {tr("Every year"), 12}, {tr("Every 2 years"), 24}});
    form.addLine(QStringLiteral("days"), tr("&Days to complete"), QStringLiteral("30"), true);
    form.setAcceptLabel(tr("Add module"));
    if (!form.ask())
        return;
    bool ok = false;
    const int days = form.text(QStringLiteral("days")).toInt(&ok);
    if (!ok || days < 0) {
        Dialogs::showError(this, tr("New training module"), tr("The days to complete are a number, 0 or more."));
        return;
    }
    auto added = RosterService(m_tasks->session()).addModule(form.text(QStringLiteral("name")), form.choice(QStringLiteral("every")).toInt(), days);
    if (!added) {
        Dialogs::showError(this, tr("New training module"), added.status().message());
        return;
    }
    refresh();
    report(tr("Module “%1” added; assign it to a department or an employee.").arg(added->name));
}

void PeoplePage::assignModule()
{
    if (!m_canManage)
        return;
    RosterService service(m_tasks->session());
    auto modules = service.modules();
    auto departments = service.departments();
    if (!modules || modules->isEmpty()) {
        Dialogs::showError(this, tr("Assign a module"), tr("Add a training module first."));
        return;
    }
    QList<QPair<QString, QVariant>> moduleItems;
    for (const TrainingModule& m : *modules)
        moduleItems.append({m.name, m.name});
    QList<QPair<QString, QVariant>> departmentItems{{tr("One employee (below)"), QString()}};
    if (departments)
        for (const QString& d : *departments)
            departmentItems.append({d, d});
    FormDialog form(this, tr("Assign a module"));
    form.addChoice(QStringLiteral("module"), tr("&Module"), moduleItems);
    form.addChoice(QStringLiteral("department"), tr("&Department"), departmentItems);
    form.addLine(QStringLiteral("employee"), tr("&Employee id"));
    form.setAcceptLabel(tr("Assign"));
    if (!form.ask())
        return;
    const QString department = form.choice(QStringLiteral("department")).toString();
    if (Status s = service.assign(form.choice(QStringLiteral("module")).toString(), department,
                                  department.isEmpty() ? form.text(QStringLiteral("employee")) : QString());
        !s.ok()) {
        Dialogs::showError(this, tr("Assign a module"), s.message());
        return;
    }
    refresh();
    report(tr("Assigned."));
}

void PeoplePage::recordCompletion()
{
    if (!m_canManage)
        return;
    RosterService service(m_tasks->session());
    auto modules = service.modules();
    if (!modules || modules->isEmpty()) {
        Dialogs::showError(this, tr("Record a completion"), tr("Add a training module first."));
        return;
    }
    QList<QPair<QString, QVariant>> moduleItems;
    for (const TrainingModule& m : *modules)
        moduleItems.append({m.name, m.name});
    FormDialog form(this, tr("Record a completion"));
    form.addLine(QStringLiteral("employee"), tr("&Employee id"), {}, true);
    form.addChoice(QStringLiteral("module"), tr("&Module"), moduleItems);
    form.addDate(QStringLiteral("on"), tr("Completed &on"), today(), true);
    form.setAcceptLabel(tr("Record"));
    if (!form.ask())
        return;
    if (Status s = service.recordCompletion(form.text(QStringLiteral("employee")), form.choice(QStringLiteral("module")).toString(),
                                            form.text(QStringLiteral("on")));
        !s.ok()) {
        Dialogs::showError(this, tr("Record a completion"), s.message());
        return;
    }
    refresh();
    report(tr("Completion recorded."));
}

void PeoplePage::importCompletions()
{
    if (!m_canManage)
        return;
    const QString path = Dialogs::chooseFile(this, tr("Import completions"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const roster::CompletionMapping defaults;
    FormDialog form(this, tr("Which column holds what"),
                    tr("The learning system's export: who (an employee id or an e-mail), which module, and when."));
    form.addLine(QStringLiteral("employee"), tr("&Employee"), defaults.employee, true);
    form.addLine(QStringLiteral("module"), tr("&Module"), defaults.module, true);
    form.addLine(QStringLiteral("completed"), tr("&Completed"), defaults.completed, true);
    form.setAcceptLabel(tr("Import"));
    if (!form.ask())
        return;
    roster::CompletionMapping m;
    m.employee = form.text(QStringLiteral("employee"));
    m.module = form.text(QStringLiteral("module"));
    m.completed = form.text(QStringLiteral("completed"));
    auto summary = RosterService(m_tasks->session()).importCompletions(path, m);
    if (!summary) {
        Dialogs::showError(this, tr("Import completions"), summary.status().message());
        return;
    }
    refresh();
    QString text = tr("Completions imported: %1 new, %2 known already, %3 skipped.").arg(summary->added).arg(summary->unchanged).arg(summary->skipped);
    for (const auto& [line, reason] : summary->skippedSamples.mid(0, 3))
        text += u' ' + tr("Line %1: %2.").arg(line).arg(reason);
    report(text);
}

void PeoplePage::exportReminders()
{
    const QString dir = Dialogs::chooseDirectory(this, tr("Folder for the reminders"));
    if (dir.isEmpty())
        return;
    auto reminders = RosterService(m_tasks->session()).reminders(today());
    if (!reminders) {
        Dialogs::showError(this, tr("Reminders"), reminders.status().message());
        return;
    }
    const QString department = m_department->currentData().toString();
    int written = 0;
    for (const auto& [s, text] : *reminders) {
        if (!department.isEmpty() && s.department != department)
            continue;
        const QString path = QDir(dir).filePath(QStringLiteral("reminder-%1-module-%2.txt").arg(s.employeeId).arg(s.moduleId));
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit()) {
            Dialogs::showError(this, tr("Reminders"), tr("%1 cannot be written: %2. Choose another folder.").arg(path, f.errorString()));
            return;
        }
        ++written;
    }
    const QString folder = QDir::toNativeSeparators(dir);
    report(written == 1 ? tr("1 reminder written to %1; it is not sent.").arg(folder)
                        : tr("%1 reminders written to %2; they are not sent.").arg(written).arg(folder));
}

void PeoplePage::recordAcknowledgement()
{
    if (!m_canManage)
        return;
    FormDialog form(this, tr("Record a policy acknowledgement"),
                    tr("The acknowledgement is bound to the SHA-256 of the version's published text."));
    form.addLine(QStringLiteral("employee"), tr("&Employee id"), {}, true);
    form.addLine(QStringLiteral("version"), tr("Policy &version"), QStringLiteral("1"), true);
    form.addDate(QStringLiteral("on"), tr("Acknowledged &on"), today(), true);
    form.setAcceptLabel(tr("Record"));
    if (!form.ask())
        return;
    bool ok = false;
    const int version = form.text(QStringLiteral("version")).toInt(&ok);
    if (!ok) {
        Dialogs::showError(this, tr("Record a policy acknowledgement"), tr("The policy version is a number."));
        return;
    }
    if (Status s = RosterService(m_tasks->session()).acknowledgePolicy(form.text(QStringLiteral("employee")), version,
                                                                        form.text(QStringLiteral("on")));
        !s.ok()) {
        Dialogs::showError(this, tr("Record a policy acknowledgement"), s.message());
        return;
    }
    refresh();
    report(tr("Acknowledgement recorded."));
}

} // namespace custos::ui

#include "admin/AdministrationPage.h"

#include "UsersModel.h"
#include "access/AdministrationService.h"
#include "common/Dialogs.h"
#include "common/PassphraseFields.h"
#include "common/SessionTasks.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace custos::ui {
namespace {

void fillRoles(QComboBox* combo)
{
    for (domain::Role role : domain::all<domain::Role>()) {
        combo->addItem(domain::displayName(role), static_cast<int>(role));
        combo->setItemData(combo->count() - 1, domain::description(role), Qt::ToolTipRole);
    }
}

} // namespace

AddUserDialog::AddUserDialog(QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit), m_display(new QLineEdit), m_role(new QComboBox),
      m_fields(new PassphraseFields)
{
    setWindowTitle(tr("Add a user"));
    m_name->setObjectName(QStringLiteral("userName"));
    m_display->setObjectName(QStringLiteral("displayName"));
    fillRoles(m_role);
    auto* problem = new QLabel;
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: palette(link);"));
    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("Full &name:"), m_display);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add user"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("First passphrase (tell it to the user in person; they should change it):")));
    layout->addWidget(m_fields);
    layout->addWidget(buttons);
    auto validate = [this, buttons, problem]() {
        const Status name = workspace::Workspace::validateUserName(userName());
        problem->setText(userName().isEmpty() || name.ok() ? QString() : name.message());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(name.ok() && m_fields->problem().isEmpty());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_fields, &PassphraseFields::changed, this, validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString AddUserDialog::userName() const
{
    return m_name->text().trimmed();
}

QString AddUserDialog::displayName() const
{
    return m_display->text().trimmed();
}

int AddUserDialog::roleIndex() const
{
    return m_role->currentData().toInt();
}

QString AddUserDialog::passphrase() const
{
    return m_fields->passphrase();
}

AdministrationPage::AdministrationPage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_model(new models::UsersModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit), m_table(new QTableView), m_add(new QPushButton(tr("&Add user…"))), m_selected(new QLabel),
      m_role(new QComboBox), m_applyRole(new QPushButton(tr("Change &role"))),
      m_revoke(new QPushButton(tr("Re&voke access…"))), m_idle(new QSpinBox),
      m_applyIdle(new QPushButton(tr("A&pply"))), m_message(new QLabel)
{
    setObjectName(QStringLiteral("administrationPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter->setPlaceholderText(tr("Filter users…"));
    m_filter->setClearButtonEnabled(true);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(models::UsersModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    fillRoles(m_role);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_revoke->setObjectName(QStringLiteral("revoke"));
    m_idle->setRange(1, workspace::kMaxIdleLockMinutes);
    m_idle->setSuffix(tr(" min"));

    auto* usersBox = new QGroupBox(tr("Users and roles"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_add);
    auto* selectedForm = new QHBoxLayout;
    selectedForm->addWidget(m_selected, 1);
    selectedForm->addWidget(m_role);
    selectedForm->addWidget(m_applyRole);
    selectedForm->addWidget(m_revoke);
    auto* usersLayout = new QVBoxLayout(usersBox);
    usersLayout->addLayout(top);
    usersLayout->addWidget(m_table, 1);
    usersLayout->addLayout(selectedForm);

    auto* settingsBox = new QGroupBox(tr("Workspace settings"));
    auto* settingsLayout = new QHBoxLayout(settingsBox);
    settingsLayout->addWidget(new QLabel(tr("Lock the console after")));
    settingsLayout->addWidget(m_idle);
    settingsLayout->addWidget(new QLabel(tr("without activity.")));
    settingsLayout->addWidget(m_applyIdle);
    settingsLayout->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Administration"))));
    layout->addWidget(usersBox, 1);
    layout->addWidget(settingsBox);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AdministrationPage::selectionChanged);
    connect(m_add, &QPushButton::clicked, this, &AdministrationPage::openAddDialog);
    connect(m_applyRole, &QPushButton::clicked, this, &AdministrationPage::applyRole);
    connect(m_revoke, &QPushButton::clicked, this, &AdministrationPage::revoke);
    connect(m_applyIdle, &QPushButton::clicked, this, &AdministrationPage::applyIdle);
    reload();
    m_idle->setValue(m_tasks->session().idleLockMinutes());
}

void AdministrationPage::reload()
{
    const QString keep = selectedUser();
    if (Status s = m_model->reload(m_tasks->session()); !s.ok())
        report({}, s);
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        selectUser(keep);
    selectionChanged();
}

QString AdministrationPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(models::UsersModel::UserNameRole).toString();
}

bool AdministrationPage::selectUser(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(models::UsersModel::UserNameRole).toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

void AdministrationPage::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool has = !rows.isEmpty();
    const bool active = has && rows.first().data(models::UsersModel::IsActiveRole).toBool();
    m_selected->setText(has ? tr("Selected: <b>%1</b>").arg(selectedUser().toHtmlEscaped()) : tr("Select a user."));
    if (has) {
        const auto role = domain::fromKey<domain::Role>(rows.first().data(models::UsersModel::RoleKeyRole).toString());
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(role.value_or(domain::Role::Auditor))));
    }
    m_role->setEnabled(active);
    m_applyRole->setEnabled(active);
    m_revoke->setEnabled(active && selectedUser().compare(m_tasks->session().user().name, Qt::CaseInsensitive) != 0);
}

void AdministrationPage::report(const QString& success, const Status& status)
{
    m_message->setStyleSheet(status.ok() ? QString() : QStringLiteral("color: #b3261e; font-weight: bold;"));
    m_message->setText(status.ok() ? success : status.message());
}

void AdministrationPage::openAddDialog()
{
    delete m_dialog;
    m_dialog = new AddUserDialog(this);
    connect(m_dialog, &QDialog::accepted, this, &AdministrationPage::addFromDialog);
    m_dialog->open();
}

void AdministrationPage::addFromDialog()
{
    const QString name = m_dialog->userName();
    const QString display = m_dialog->displayName();
    const auto role = static_cast<domain::Role>(m_dialog->roleIndex());
    const QString passphrase = m_dialog->passphrase();
    m_dialog->deleteLater();
    m_dialog = nullptr;
    m_tasks->run(
        tr("Adding %1 and sealing their keys…").arg(name),
        [=](workspace::Session& session) {
            auto added = access::AdministrationService(session).addUser(name, display, role, passphrase);
            return added ? Status::success() : added.status();
        },
        [this, name](const Status& status) {
            reload();
            if (status.ok())
                selectUser(name);
            report(tr("%1 has been added. They can sign in with the first passphrase you gave them.").arg(name), status);
        });
}

void AdministrationPage::applyRole()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    const auto role = static_cast<domain::Role>(m_role->currentData().toInt());
    const Status status = access::AdministrationService(m_tasks->session()).changeRole(name, role);
    reload();
    report(tr("%1 is now %2.").arg(name, domain::displayName(role)), status);
    if (status.ok())
        offerRekey();
}

void AdministrationPage::offerRekey()
{
    for (const domain::Compartment c : {domain::Compartment::Content, domain::Compartment::Aggregates}) {
        auto former = access::AdministrationService(m_tasks->session()).formerHolders(c);
        if (!former || former->isEmpty())
            continue;
        if (!Dialogs::confirm(this, tr("Rekey “%1”?").arg(domain::displayName(c)),
                              tr("%n user(s) (%1) held the key to “%2” and no longer do. A copy of the key they kept "
                                 "still opens the file outside Custos. Rekeying encrypts it under a new key that only "
                                 "its current holders receive; it takes a moment and is recorded in the audit log.",
                                 nullptr, static_cast<int>(former->size()))
                                  .arg(former->join(QStringLiteral(", ")), domain::displayName(c)),
                              tr("Rekey now")))
            continue;
        m_tasks->run(
            tr("Rekeying “%1”…").arg(domain::displayName(c)),
            [c](workspace::Session& session) {
                auto rekeyed = access::AdministrationService(session).rekeyCompartment(c);
                return rekeyed ? Status::success() : rekeyed.status();
            },
            [this, c](const Status& status) {
                report(tr("“%1” is encrypted under a new key now; the key anyone kept opens nothing.")
                           .arg(domain::displayName(c)),
                       status);
            });
        return; // one at a time: the next change offers the other
    }
}

void AdministrationPage::revoke()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    if (!Dialogs::confirm(this, tr("Revoke access"),
                          tr("Revoke %1's access? Their key slot is removed at once and they can no longer unlock "
                             "this workspace. Their past actions stay on record.")
                              .arg(name),
                          tr("Revoke access")))
        return;
    m_tasks->run(
        tr("Revoking %1…").arg(name),
        [name](workspace::Session& session) { return access::AdministrationService(session).revokeUser(name); },
        [this, name](const Status& status) {
            reload();
            report(tr("%1's access has been revoked.").arg(name), status);
            if (status.ok())
                offerRekey();
        });
}

void AdministrationPage::applyIdle()
{
    const int minutes = m_idle->value();
    const Status status = access::AdministrationService(m_tasks->session()).setIdleLockMinutes(minutes);
    report(tr("The console now locks after %n minute(s) without activity.", nullptr, minutes), status);
    if (status.ok())
        Q_EMIT idleLockMinutesChanged(minutes);
}

} // namespace custos::ui

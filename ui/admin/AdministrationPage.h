// Administration: the workspace's users and their roles (add, change role, revoke) and
// the idle-lock setting. The service re-checks every permission; this page only offers.
#pragma once

#include "core/Status.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace custos::models {
class UsersModel;
}

namespace custos::ui {

class SessionTasks;
class PassphraseFields;

class AddUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AddUserDialog(QWidget* parent = nullptr);
    QString userName() const;
    QString displayName() const;
    int roleIndex() const;
    QLineEdit* userNameEdit() const { return m_name; }
    QLineEdit* displayNameEdit() const { return m_display; }
    QComboBox* roleCombo() const { return m_role; }
    PassphraseFields* fields() const { return m_fields; }
    QString passphrase() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_display;
    QComboBox* m_role;
    PassphraseFields* m_fields;
};

class AdministrationPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(SessionTasks* tasks, QWidget* parent = nullptr);

    models::UsersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* roleCombo() const { return m_role; }
    QPushButton* applyRoleButton() const { return m_applyRole; }
    QPushButton* revokeButton() const { return m_revoke; }
    QPushButton* addButton() const { return m_add; }
    QSpinBox* idleMinutes() const { return m_idle; }
    QPushButton* applyIdleButton() const { return m_applyIdle; }
    QLabel* messageLabel() const { return m_message; }
    AddUserDialog* addDialog() const { return m_dialog; }
    bool selectUser(const QString& name);

Q_SIGNALS:
    void idleLockMinutesChanged(int minutes);

private:
    void reload();
    QString selectedUser() const;
    void selectionChanged();
    void openAddDialog();
    void addFromDialog();
    void applyRole();
    void revoke();
    // After a role change or a revocation: offers to rekey a compartment someone left.
    void offerRekey();
    void applyIdle();
    void report(const QString& success, const Status& status);

    SessionTasks* m_tasks;
    models::UsersModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_table;
    QPushButton* m_add;
    QLabel* m_selected;
    QComboBox* m_role;
    QPushButton* m_applyRole;
    QPushButton* m_revoke;
    QSpinBox* m_idle;
    QPushButton* m_applyIdle;
    QLabel* m_message;
    AddUserDialog* m_dialog = nullptr;
};

} // namespace custos::ui

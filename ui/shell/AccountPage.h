// The signed-in user's own page: who they are, their role and signing key, and the
// passphrase change (which re-seals their key slot, never the database).
#pragma once

#include <QDialog>
#include <QWidget>

class QLabel;
class QPushButton;
class QLineEdit;

namespace custos::ui {

class SessionTasks;
class ChangePassphraseDialog;

class AccountPage final : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(SessionTasks* tasks, QWidget* parent = nullptr);

    QPushButton* changePassphraseButton() const { return m_change; }
    ChangePassphraseDialog* dialog() const { return m_dialog; }
    QLabel* messageLabel() const { return m_message; }

private:
    void refresh();
    void openDialog();
    void applyDialog();

    SessionTasks* m_tasks;
    QLabel* m_details;
    QPushButton* m_change;
    QLabel* m_message;
    ChangePassphraseDialog* m_dialog = nullptr;
};

class PassphraseFields;

class ChangePassphraseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(QWidget* parent = nullptr);
    QString currentPassphrase() const;
    QString newPassphrase() const;
    QLineEdit* currentEdit() const { return m_current; }
    PassphraseFields* fields() const { return m_fields; }

private:
    QLineEdit* m_current;
    PassphraseFields* m_fields;
};

} // namespace custos::ui

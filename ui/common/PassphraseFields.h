// A passphrase field with confirmation and live strength feedback, shared by the
// create-workspace wizard, the add-user dialog and the change-passphrase dialog.
#pragma once

#include <QWidget>

class QLineEdit;
class QLabel;
class QProgressBar;

namespace custos::ui {

class PassphraseFields final : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseFields(QWidget* parent = nullptr);

    QString passphrase() const;
    // Empty when the passphrase is acceptable, else what is wrong with it.
    QString problem() const;
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QProgressBar* m_meter;
    QLabel* m_strength;
    QLabel* m_problem;
};

} // namespace custos::ui

// The short wizard that creates a workspace: location, first administrator, how long
// records are kept by default (chosen, never assumed), passphrase.
// It only collects answers; the start screen does the (slow) creation in the background.
#pragma once

#include <QWizard>

#include <optional>

class QComboBox;
class QLineEdit;
class QLabel;

namespace custos::ui {

class PassphraseFields;

class CreateWorkspaceWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { LocationPage, AdministratorPage, RetentionPage, PassphrasePage };

    explicit CreateWorkspaceWizard(QWidget* parent = nullptr);

    QString folder() const;
    QString adminName() const;
    QString adminDisplayName() const;
    QString passphrase() const;
    // The default retention period chosen (days; not set: keep indefinitely).
    std::optional<int> retentionDays() const;

    // For tests: the fields, so that they can be filled without a real user.
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* adminNameEdit() const { return m_adminName; }
    QLineEdit* displayNameEdit() const { return m_displayName; }
    PassphraseFields* passphraseFields() const { return m_passphrase; }
    QComboBox* retentionChoice() const { return m_retention; }

private:
    QLineEdit* m_folder;
    QLineEdit* m_adminName;
    QLineEdit* m_displayName;
    PassphraseFields* m_passphrase;
    QComboBox* m_retention;
};

} // namespace custos::ui

#include "start/CreateWorkspaceWizard.h"

#include "common/PassphraseFields.h"
#include "domain/Records.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace custos::ui {
namespace {

QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: palette(link);"));
    return label;
}

// A wizard page whose completeness is decided by a function that returns the problem, if any.
class CheckedPage final : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> problem, QLabel* problemLabel)
        : m_problem(std::move(problem)), m_label(problemLabel)
    {
    }
    bool isComplete() const override
    {
        const QString problem = m_problem();
        m_label->setText(problem);
        return problem.isEmpty();
    }
    void refresh() { Q_EMIT completeChanged(); }

private:
    std::function<QString()> m_problem;
    QLabel* m_label;
};

} // namespace

CreateWorkspaceWizard::CreateWorkspaceWizard(QWidget* parent)
    : QWizard(parent), m_folder(new QLineEdit), m_adminName(new QLineEdit), m_displayName(new QLineEdit),
      m_passphrase(new PassphraseFields), m_retention(new QComboBox)
{
    setWindowTitle(tr("Create a workspace"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setMinimumWidth(560);

    // Location
    m_folder->setObjectName(QStringLiteral("folder"));
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_folder->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(QStringLiteral("Custos workspace")));
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* locationProblem = problemLabel(nullptr);
    auto* location = new CheckedPage(
        [this]() -> QString {
            const QString path = folder();
            if (path.isEmpty())
                return tr("Choose a folder for the workspace.");
            const QFileInfo info(path);
            if (info.exists() && !info.isDir())
                return tr("%1 is a file, not a folder.").arg(path);
            if (info.isDir() && !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
                return tr("The folder is not empty. Choose a new or empty folder.");
            return {};
        },
        locationProblem);
    location->setTitle(tr("Where should the workspace live?"));
    location->setSubTitle(tr("A workspace is a folder holding the encrypted case database and its keyring. "
                             "Choose a new or empty folder on a disk that is backed up."));
    auto* row = new QHBoxLayout;
    row->addWidget(m_folder);
    row->addWidget(browse);
    auto* locationLayout = new QVBoxLayout(location);
    locationLayout->addWidget(new QLabel(tr("Workspace &folder:")));
    locationLayout->addLayout(row);
    locationLayout->addWidget(locationProblem);
    locationLayout->addStretch();
    qobject_cast<QLabel*>(locationLayout->itemAt(0)->widget())->setBuddy(m_folder);
    connect(m_folder, &QLineEdit::textChanged, location, &CheckedPage::refresh);
    connect(browse, &QPushButton::clicked, this, [this]() {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Workspace folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    setPage(LocationPage, location);

    // Administrator
    m_adminName->setObjectName(QStringLiteral("adminName"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    auto* adminProblem = problemLabel(nullptr);
    auto* admin = new CheckedPage(
        [this]() -> QString {
            if (adminName().isEmpty())
                return tr("Enter the administrator's user name.");
            const Status s = workspace::Workspace::validateUserName(adminName());
            return s.ok() ? QString() : s.message();
        },
        adminProblem);
    admin->setTitle(tr("Who administers it?"));
    admin->setSubTitle(tr("The first administrator adds the other users and gives them their roles."));
    auto* adminForm = new QFormLayout(admin);
    adminForm->addRow(tr("&User name:"), m_adminName);
    adminForm->addRow(tr("Full &name:"), m_displayName);
    adminForm->addRow(QString(), adminProblem);
    connect(m_adminName, &QLineEdit::textChanged, admin, &CheckedPage::refresh);
    setPage(AdministratorPage, admin);

    // Retention: chosen, never assumed.
    m_retention->setObjectName(QStringLiteral("retentionChoice"));
    m_retention->setAccessibleName(tr("Default retention period"));
    m_retention->addItem(tr("Choose a period…"), -2);
    for (const std::optional<int>& days : domain::offeredRetentionPeriods())
        m_retention->addItem(domain::periodName(days), days ? *days : -1);
    auto* retentionProblem = problemLabel(nullptr);
    auto* retention = new CheckedPage(
        [this]() { return m_retention->currentData().toInt() == -2 ? tr("Choose how long records are kept.") : QString(); },
        retentionProblem);
    retention->setTitle(tr("How long are records kept?"));
    retention->setSubTitle(tr("Records are deleted when this period has passed, unless a legal hold, a case or an "
                              "undecided flag keeps them."));
    auto* retentionForm = new QFormLayout(retention);
    auto* retentionHelp = new QLabel(tr("This covers posts, decisions on flags, closed cases and import manifests. Rules per "
                                        "channel or category can be added later on the Records page. 14 days is a common "
                                        "default for chat; your regulations may require years."));
    retentionHelp->setWordWrap(true);
    retentionForm->addRow(retentionHelp);
    retentionForm->addRow(tr("&Keep records for:"), m_retention);
    retentionForm->addRow(QString(), retentionProblem);
    connect(m_retention, &QComboBox::currentIndexChanged, retention, &CheckedPage::refresh);
    setPage(RetentionPage, retention);

    // Passphrase
    auto* passProblem = problemLabel(nullptr);
    passProblem->hide(); // PassphraseFields shows the problem itself
    auto* pass = new CheckedPage([this]() { return m_passphrase->problem(); }, passProblem);
    pass->setTitle(tr("Choose the administrator's passphrase"));
    pass->setSubTitle(tr("It unlocks the workspace. Nobody can recover it: if every administrator forgets "
                         "theirs, the case data cannot be read."));
    auto* passLayout = new QVBoxLayout(pass);
    passLayout->addWidget(m_passphrase);
    passLayout->addWidget(passProblem);
    passLayout->addStretch();
    connect(m_passphrase, &PassphraseFields::changed, pass, &CheckedPage::refresh);
    pass->setFinalPage(true);
    setPage(PassphrasePage, pass);
    setButtonText(QWizard::FinishButton, tr("&Create workspace"));
}

QString CreateWorkspaceWizard::folder() const
{
    return m_folder->text().trimmed();
}

QString CreateWorkspaceWizard::adminName() const
{
    return m_adminName->text().trimmed();
}

QString CreateWorkspaceWizard::adminDisplayName() const
{
    return m_displayName->text().trimmed();
}

QString CreateWorkspaceWizard::passphrase() const
{
    return m_passphrase->passphrase();
}

std::optional<int> CreateWorkspaceWizard::retentionDays() const
{
    const int days = m_retention->currentData().toInt();
    return days > 0 ? std::optional<int>(days) : std::nullopt;
}

} // namespace custos::ui

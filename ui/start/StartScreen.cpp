#include "start/StartScreen.h"

#include "common/BackgroundTask.h"
#include "start/CreateWorkspaceWizard.h"
#include "records/RetentionService.h"
#include "start/RecentWorkspaces.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace custos::ui {

StartScreen::StartScreen(QWidget* parent)
    : QWidget(parent), m_recent(new QListWidget), m_openFolder(new QPushButton(tr("&Open workspace folder…"))),
      m_create(new QPushButton(tr("&Create workspace…"))), m_workspaceLabel(new QLabel), m_user(new QLineEdit),
      m_passphrase(new QLineEdit), m_unlock(new QPushButton(tr("&Unlock"))), m_busy(new QProgressBar),
      m_busyLabel(new QLabel), m_message(new QLabel)
{
    setObjectName(QStringLiteral("startScreen"));
    setWindowTitle(tr("Custos"));

    auto* title = new QLabel(tr("Custos"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    title->setFont(big);
    auto* tagline = new QLabel(tr("Keeps your company's internal social media safe and lawful."));
    tagline->setWordWrap(true);

    auto* recentBox = new QGroupBox(tr("Recent workspaces"));
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recent->setObjectName(QStringLiteral("recentWorkspaces"));
    recentLayout->addWidget(m_recent);
    auto* recentButtons = new QHBoxLayout;
    recentButtons->addWidget(m_openFolder);
    recentButtons->addWidget(m_create);
    recentLayout->addLayout(recentButtons);

    auto* unlockBox = new QGroupBox(tr("Unlock"));
    m_workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspaceLabel->setWordWrap(true);
    m_workspaceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_user->setObjectName(QStringLiteral("user"));
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyLabel->hide();
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout(unlockBox);
    form->addRow(tr("Workspace:"), m_workspaceLabel);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_unlock);
    form->addRow(QString(), m_busyLabel);
    form->addRow(QString(), m_busy);
    form->addRow(QString(), m_message);

    auto* columns = new QHBoxLayout;
    columns->addWidget(recentBox, 1);
    columns->addWidget(unlockBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);

    connect(m_unlock, &QPushButton::clicked, this, &StartScreen::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &StartScreen::unlock);
    connect(m_user, &QLineEdit::returnPressed, m_passphrase, qOverload<>(&QWidget::setFocus));
    connect(m_create, &QPushButton::clicked, this, &StartScreen::startCreateWizard);
    connect(m_openFolder, &QPushButton::clicked, this, &StartScreen::openFolder);
    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QListWidgetItem* item = m_recent->item(row);
        setWorkspace(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });

    reloadRecent();
    if (m_recent->count() > 0)
        m_recent->setCurrentRow(0);
    else
        setWorkspace({});
}

void StartScreen::reloadRecent()
{
    m_recent->clear();
    for (const RecentWorkspace& r : RecentWorkspaces::load()) {
        auto* item = new QListWidgetItem(QDir(r.path).dirName() + QStringLiteral("\n") + r.path, m_recent);
        item->setData(Qt::UserRole, r.path);
        item->setData(Qt::UserRole + 1, r.lastUser);
        if (!workspace::Workspace::looksLikeWorkspace(r.path))
            item->setToolTip(tr("This folder no longer holds a workspace."));
    }
}

void StartScreen::setWorkspace(const QString& path, const QString& user)
{
    m_workspacePath = path;
    m_workspaceLabel->setText(path.isEmpty() ? tr("No workspace chosen: open a folder or create a workspace.")
                                             : QDir::toNativeSeparators(path));
    if (!user.isEmpty())
        m_user->setText(user);
    m_passphrase->clear();
    m_unlock->setEnabled(!path.isEmpty());
    (m_user->text().isEmpty() ? m_user : m_passphrase)->setFocus();
}

void StartScreen::showMessage(const QString& text, bool isError)
{
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_message->setText(text);
}

bool StartScreen::isBusy() const
{
    return !m_busy->isHidden();
}

void StartScreen::setBusy(bool busy, const QString& what)
{
    m_busy->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(what);
    for (QWidget* w : std::initializer_list<QWidget*>{m_recent, m_openFolder, m_create, m_user, m_passphrase, m_unlock})
        w->setEnabled(!busy);
    if (!busy)
        m_unlock->setEnabled(!m_workspacePath.isEmpty());
}

void StartScreen::openFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a workspace folder"), m_workspacePath);
    if (dir.isEmpty())
        return;
    if (!workspace::Workspace::looksLikeWorkspace(dir)) {
        showMessage(tr("%1 is not a Custos workspace: it holds no keyring. Choose the folder you created the "
                       "workspace in.")
                        .arg(QDir::toNativeSeparators(dir)),
                    true);
        return;
    }
    showMessage({}, false);
    setWorkspace(dir);
}

void StartScreen::unlock()
{
    if (isBusy() || m_workspacePath.isEmpty())
        return;
    const QString user = m_user->text().trimmed();
    if (user.isEmpty()) {
        showMessage(tr("Enter your user name."), true);
        m_user->setFocus();
        return;
    }
    const QString dir = m_workspacePath;
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    showMessage({}, false);
    setBusy(true, tr("Checking the passphrase…"));
    runInBackground(
        this, [dir, user, passphrase]() { return workspace::Workspace::open(dir, user, passphrase); },
        [this, user](Result<std::unique_ptr<workspace::Session>> result) { finishOpening(std::move(result), user); });
}

void StartScreen::startCreateWizard()
{
    if (isBusy())
        return;
    delete m_wizard;
    m_wizard = new CreateWorkspaceWizard(this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_wizard, &QDialog::accepted, this, &StartScreen::createFromWizard);
    m_wizard->open();
}

void StartScreen::createFromWizard()
{
    workspace::NewWorkspace spec{m_wizard->folder(), m_wizard->adminName(), m_wizard->adminDisplayName(),
                                 m_wizard->passphrase(), {}};
    const std::optional<int> retention = m_wizard->retentionDays();
    m_wizard->deleteLater();
    m_wizard = nullptr;
    setWorkspace(spec.dir, spec.adminName);
    showMessage({}, false);
    setBusy(true, tr("Creating the workspace and deriving its keys…"));
    const QString admin = spec.adminName;
    runInBackground(
        this,
        [spec, retention]() mutable -> Result<std::unique_ptr<workspace::Session>> {
            spec.kdf = workspace::Workspace::calibrateKdf();
            auto session = workspace::Workspace::create(spec);
            if (!session)
                return session;
            // The default period the administrator chose, one rule per kind of record.
            records::RetentionService service(**session);
            for (const domain::RetentionRule& rule : records::RetentionService::defaultRules(retention)) {
                if (auto added = service.addRule(rule); !added)
                    return added.status();
            }
            return session;
        },
        [this, admin](Result<std::unique_ptr<workspace::Session>> result) { finishOpening(std::move(result), admin); });
}

void StartScreen::finishOpening(Result<std::unique_ptr<workspace::Session>> result, const QString& user)
{
    setBusy(false);
    if (!result) {
        showMessage(result.status().message(), true);
        m_passphrase->setFocus();
        return;
    }
    std::shared_ptr<workspace::Session> session(result.takeValue());
    session->setOwnerThread(QThread::currentThread());
    RecentWorkspaces::remember(session->paths().dir(), user);
    reloadRecent();
    showMessage({}, false);
    Q_EMIT sessionOpened(std::move(session));
}

} // namespace custos::ui

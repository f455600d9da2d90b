#include "shell/MainWindow.h"

#include "access/AdministrationService.h"
#include "admin/AdministrationPage.h"
#include "audit/AuditPage.h"
#include "cases/CasesPage.h"
#include "people/PeoplePage.h"
#include "records/RecordsPage.h"
#include "common/SessionTasks.h"
#include "domain/Permissions.h"
#include "importer/ImportDialog.h"
#include "policies/PoliciesPage.h"
#include "queue/QueuePage.h"
#include "shell/AccountPage.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace custos::ui {

MainWindow::MainWindow(std::shared_ptr<workspace::Session> session, QWidget* parent)
    : QMainWindow(parent), m_session(std::move(session)), m_tasks(new SessionTasks(m_session, this)),
      m_nav(new QListWidget), m_pages(new QStackedWidget), m_identity(new QLabel), m_busy(new QProgressBar),
      m_busyLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    // After a restart the first queue pages, sorts and searches of a large workspace wait
    // on the disk for every page they touch; read the file into the file cache meanwhile.
    m_warmUp = std::make_unique<workspace::FileWarmUp>(m_session->paths().database());
    const QString workspaceName = QDir(m_session->paths().dir()).dirName();
    setWindowTitle(tr("%1 — Custos").arg(workspaceName));
    resize(1100, 700);

    auto* top = addToolBar(tr("Workspace"));
    top->setObjectName(QStringLiteral("topBar"));
    top->setMovable(false);
    auto* workspaceLabel = new QLabel(QStringLiteral("<b>%1</b>").arg(workspaceName.toHtmlEscaped()));
    workspaceLabel->setToolTip(QDir::toNativeSeparators(m_session->paths().dir()));
    workspaceLabel->setContentsMargins(8, 0, 8, 0);
    top->addWidget(workspaceLabel);
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    top->addWidget(spacer);
    m_identity->setObjectName(QStringLiteral("identity"));
    m_identity->setContentsMargins(8, 0, 8, 0);
    top->addWidget(m_identity);
    auto* lock = top->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Lock the workspace and forget its keys (Ctrl+L)"));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    const domain::Role myRole = m_session->user().role;
    if (domain::allows(myRole, domain::Operation::ImportExports)) {
        auto* importAction = new QAction(tr("&Import…"), this);
        importAction->setObjectName(QStringLiteral("importAction"));
        importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        importAction->setToolTip(tr("Import a Slack, Mattermost, Teams or CSV export (Ctrl+I)"));
        top->insertAction(lock, importAction);
        connect(importAction, &QAction::triggered, this, &MainWindow::openImportDialog);
    }

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(180);
    m_nav->setSpacing(2);
    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    // Pages later work fills (Dashboards) join the rail when they exist.
    const domain::Role role = m_session->user().role;
    QueuePage* queue = nullptr;
    if (domain::allows(role, domain::Operation::ReviewQueue)) {
        queue = new QueuePage(m_tasks);
        addPage(queue, tr("Queue"));
    }
    if (domain::allows(role, domain::Operation::ViewCases)) {
        m_cases = new CasesPage(m_tasks);
        addPage(m_cases, tr("Cases"));
        if (queue)
            connect(queue, &QueuePage::caseChosen, this, [this](qint64 caseId) {
                showPage(m_cases->objectName());
                m_cases->showCase(caseId);
            });
    }
    if (domain::allows(role, domain::Operation::ViewPolicies)) {
        m_policies = new PoliciesPage(m_tasks);
        addPage(m_policies, tr("Policies"));
    }
    if (domain::allows(role, domain::Operation::ViewRecords))
        addPage(new RecordsPage(m_tasks), tr("Records"));
    if (domain::allows(role, domain::Operation::ViewPeople))
        addPage(new PeoplePage(m_tasks), tr("People"));
    if (domain::allows(role, domain::Operation::ReadAuditLog))
        addPage(new AuditPage(m_tasks), tr("Audit"));
    if (domain::allows(role, domain::Operation::ManageUsers)) {
        auto* admin = new AdministrationPage(m_tasks);
        connect(admin, &AdministrationPage::idleLockMinutesChanged, this, &MainWindow::idleLockMinutesChanged);
        addPage(admin, tr("Administration"));
    }
    addPage(new AccountPage(m_tasks), tr("My account"));
    m_nav->setCurrentRow(0);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_busyLabel->hide();
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busy);
    auto info = access::AdministrationService(*m_session).info();
    statusBar()->showMessage(tr("Workspace unlocked · schema version %1 · locks after %2 minutes without activity")
                                 .arg(info ? info->schemaVersion : 0)
                                 .arg(m_session->idleLockMinutes()));
    connect(m_tasks, &SessionTasks::busyChanged, this, [this, central](bool busy, const QString& what) {
        central->setEnabled(!busy);
        m_busy->setVisible(busy);
        m_busyLabel->setVisible(busy);
        m_busyLabel->setText(what);
        if (!busy)
            updateIdentity();
    });
    updateIdentity();
}

ImportDialog* MainWindow::openImportDialog()
{
    if (!m_importDialog)
        m_importDialog = new ImportDialog(m_tasks, this);
    m_importDialog->show();
    m_importDialog->raise();
    return m_importDialog;
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(160, 36));
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_pages->count(); ++i)
        names << m_pages->widget(i)->objectName();
    return names;
}

bool MainWindow::showPage(const QString& objectName)
{
    const int index = static_cast<int>(pageNames().indexOf(objectName));
    if (index < 0)
        return false;
    m_nav->setCurrentRow(index);
    return true;
}

void MainWindow::updateIdentity()
{
    const domain::UserRecord& user = m_session->user();
    m_identity->setText(tr("%1 · %2").arg(user.displayName.toHtmlEscaped(), domain::displayName(user.role)));
}

} // namespace custos::ui

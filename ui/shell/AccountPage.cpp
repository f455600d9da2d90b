#include "shell/AccountPage.h"

#include "access/AdministrationService.h"
#include "common/PassphraseFields.h"
#include "common/SessionTasks.h"
#include "crypto/Crypto.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace custos::ui {

AccountPage::AccountPage(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_details(new QLabel), m_change(new QPushButton(tr("Change my &passphrase…"))),
      m_message(new QLabel)
{
    setObjectName(QStringLiteral("accountPage"));
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("My account")));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_change->setObjectName(QStringLiteral("changePassphrase"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(m_details);
    layout->addSpacing(12);
    layout->addWidget(m_change, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addStretch();
    connect(m_change, &QPushButton::clicked, this, &AccountPage::openDialog);
    refresh();
}

void AccountPage::refresh()
{
    const workspace::Session& s = m_tasks->session();
    const domain::UserRecord& u = s.user();
    m_details->setText(tr("<table cellspacing=6>"
                          "<tr><td>User name</td><td><b>%1</b></td></tr>"
                          "<tr><td>Name</td><td>%2</td></tr>"
                          "<tr><td>Role</td><td>%3 — %4</td></tr>"
                          "<tr><td>Signing key</td><td><tt>%5</tt></td></tr>"
                          "<tr><td>Workspace</td><td>%6</td></tr></table>")
                           .arg(u.name.toHtmlEscaped(), u.displayName.toHtmlEscaped(),
                                domain::displayName(u.role), domain::description(u.role),
                                crypto::keyId(u.signingPublicKey), QDir::toNativeSeparators(s.paths().dir()).toHtmlEscaped()));
}

void AccountPage::openDialog()
{
    delete m_dialog;
    m_dialog = new ChangePassphraseDialog(this);
    connect(m_dialog, &QDialog::accepted, this, &AccountPage::applyDialog);
    m_dialog->open();
}

void AccountPage::applyDialog()
{
    const QString current = m_dialog->currentPassphrase();
    const QString next = m_dialog->newPassphrase();
    m_dialog->deleteLater();
    m_dialog = nullptr;
    m_message->clear();
    m_tasks->run(
        tr("Re-sealing your key slot…"),
        [current, next](workspace::Session& session) {
            return access::AdministrationService(session).changeOwnPassphrase(current, next);
        },
        [this](const Status& status) {
            m_message->setStyleSheet(status.ok() ? QString() : QStringLiteral("color: #b3261e;"));
            m_message->setText(status.ok() ? tr("Your passphrase has been changed. Use the new one from now on.")
                                           : status.message());
        });
}

ChangePassphraseDialog::ChangePassphraseDialog(QWidget* parent)
    : QDialog(parent), m_current(new QLineEdit), m_fields(new PassphraseFields)
{
    setWindowTitle(tr("Change my passphrase"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change passphrase"));
    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent passphrase:"), m_current);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("New passphrase:")));
    layout->addWidget(m_fields);
    layout->addWidget(buttons);
    auto validate = [this, buttons]() {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_current->text().isEmpty() && m_fields->problem().isEmpty());
    };
    connect(m_current, &QLineEdit::textChanged, this, validate);
    connect(m_fields, &PassphraseFields::changed, this, validate);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString ChangePassphraseDialog::currentPassphrase() const
{
    return m_current->text();
}

QString ChangePassphraseDialog::newPassphrase() const
{
    return m_fields->passphrase();
}

} // namespace custos::ui

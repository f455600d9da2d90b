#include "common/PassphraseFields.h"

#include "common/PassphraseStrength.h"
#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace custos::ui {

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent), m_passphrase(new QLineEdit(this)), m_confirm(new QLineEdit(this)),
      m_meter(new QProgressBar(this)), m_strength(new QLabel(this)), m_problem(new QLabel(this))
{
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphrase"));
    m_meter->setRange(0, 4);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_strength->setObjectName(QStringLiteral("strengthLabel"));
    m_problem->setObjectName(QStringLiteral("passphraseProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat it:"), m_confirm);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_strength);
    form->addRow(QString(), m_problem);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseFields::update);
    update();
}

QString PassphraseFields::passphrase() const
{
    return m_passphrase->text();
}

QString PassphraseFields::problem() const
{
    if (Status s = workspace::Workspace::validatePassphrase(m_passphrase->text()); !s.ok())
        return s.message();
    if (m_confirm->text() != m_passphrase->text())
        return tr("The two passphrases differ.");
    return {};
}

void PassphraseFields::update()
{
    const PassphraseStrength s = PassphraseStrength::estimate(m_passphrase->text());
    m_meter->setValue(static_cast<int>(s.level));
    m_strength->setText(m_passphrase->text().isEmpty() ? QString()
                                                       : s.label() + QStringLiteral(" — ") + s.advice());
    m_problem->setText(m_passphrase->text().isEmpty() ? QString() : problem());
    Q_EMIT changed();
}

} // namespace custos::ui

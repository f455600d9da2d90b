#include "common/FormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace custos::ui {

FormDialog::FormDialog(QWidget* parent, const QString& title, const QString& intro)
    : QDialog(parent), m_form(new QFormLayout), m_problem(new QLabel)
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("formDialog"));
    auto* layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->addLayout(m_form, 1);
    m_problem->setObjectName(QStringLiteral("formProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_accept = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void FormDialog::setAcceptLabel(const QString& label)
{
    m_accept->setText(label);
}

QLineEdit* FormDialog::addLine(const QString& key, const QString& label, const QString& value, bool required)
{
    auto* edit = new QLineEdit(value);
    edit->setObjectName(key);
    m_form->addRow(required ? label + QStringLiteral(" *") : label, edit);
    m_fields.insert(key, edit);
    m_labels.insert(key, label);
    if (required)
        m_required << key;
    return edit;
}

QPlainTextEdit* FormDialog::addText(const QString& key, const QString& label, const QString& value, bool required)
{
    auto* edit = new QPlainTextEdit(value);
    edit->setObjectName(key);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    m_form->addRow(required ? label + QStringLiteral(" *") : label, edit);
    m_fields.insert(key, edit);
    m_labels.insert(key, label);
    if (required)
        m_required << key;
    return edit;
}

QLineEdit* FormDialog::addDate(const QString& key, const QString& label, const QString& value, bool required)
{
    QLineEdit* edit = addLine(key, label, value, required);
    edit->setPlaceholderText(tr("YYYY-MM-DD"));
    edit->setMaximumWidth(140);
    m_dates << key;
    return edit;
}

QComboBox* FormDialog::addChoice(const QString& key, const QString& label, const QList<QPair<QString, QVariant>>& items)
{
    auto* box = new QComboBox;
    box->setObjectName(key);
    for (const auto& [itemText, itemData] : items)
        box->addItem(itemText, itemData);
    m_form->addRow(label, box);
    m_fields.insert(key, box);
    m_labels.insert(key, label);
    return box;
}

QCheckBox* FormDialog::addCheck(const QString& key, const QString& label, bool checked)
{
    auto* box = new QCheckBox(label);
    box->setObjectName(key);
    box->setChecked(checked);
    m_form->addRow(QString(), box);
    m_fields.insert(key, box);
    m_labels.insert(key, label);
    return box;
}

QTextBrowser* FormDialog::addInfo(const QString& html, int minimumHeight)
{
    auto* info = new QTextBrowser;
    info->setObjectName(QStringLiteral("formInfo"));
    info->setHtml(html);
    info->setMinimumHeight(minimumHeight);
    info->setOpenLinks(false);
    m_form->addRow(info);
    return info;
}

QString FormDialog::text(const QString& key) const
{
    QWidget* w = m_fields.value(key);
    if (auto* line = qobject_cast<QLineEdit*>(w))
        return line->text().trimmed();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
        return plain->toPlainText().trimmed();
    if (auto* box = qobject_cast<QComboBox*>(w))
        return box->currentText();
    return {};
}

QVariant FormDialog::choice(const QString& key) const
{
    auto* box = qobject_cast<QComboBox*>(m_fields.value(key));
    return box ? box->currentData() : QVariant();
}

bool FormDialog::checked(const QString& key) const
{
    auto* box = qobject_cast<QCheckBox*>(m_fields.value(key));
    return box && box->isChecked();
}

QString FormDialog::problem() const
{
    for (const QString& key : m_required)
        if (text(key).isEmpty())
            return tr("%1 is required.").arg(m_labels.value(key));
    for (const QString& key : m_dates) {
        const QString value = text(key);
        if (!value.isEmpty() && !QDate::fromString(value, Qt::ISODate).isValid())
            return tr("%1 must be a date as YYYY-MM-DD, for example 2026-03-31.").arg(m_labels.value(key));
    }
    return {};
}

void FormDialog::accept()
{
    const QString p = problem();
    if (!p.isEmpty()) {
        m_problem->setText(p);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

void FormDialog::fill(const QMap<QString, QString>& answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        QWidget* w = m_fields.value(it.key());
        if (auto* line = qobject_cast<QLineEdit*>(w))
            line->setText(it.value());
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            plain->setPlainText(it.value());
        else if (auto* check = qobject_cast<QCheckBox*>(w))
            check->setChecked(it.value() == QLatin1String("true"));
        else if (auto* box = qobject_cast<QComboBox*>(w)) {
            int index = box->findText(it.value());
            if (index < 0)
                index = box->findData(it.value());
            if (index < 0)
                for (int i = 0; i < box->count() && index < 0; ++i)
                    if (box->itemData(i).toString() == it.value())
                        index = i;
            box->setCurrentIndex(index);
        } else {
            s_lastProblem = windowTitle() + QStringLiteral(": no field ") + it.key();
        }
    }
}

bool FormDialog::ask()
{
    if (!s_next.isEmpty()) {
        const QMap<QString, QString> answers = s_next.takeFirst();
        if (answers.isEmpty())
            return false;
        fill(answers);
        s_lastInfo.clear();
        for (const QTextBrowser* info : findChildren<QTextBrowser*>())
            s_lastInfo += info->toPlainText();
        const QString p = problem();
        if (!p.isEmpty())
            s_lastProblem = windowTitle() + QStringLiteral(": ") + p;
        return p.isEmpty();
    }
    return exec() == QDialog::Accepted;
}

} // namespace custos::ui

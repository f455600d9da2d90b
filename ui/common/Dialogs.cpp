#include "common/Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace custos::ui {

bool Dialogs::confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel)
{
    if (s_nextConfirm) {
        const bool answer = *s_nextConfirm;
        s_nextConfirm.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString Dialogs::chooseDirectory(QWidget* parent, const QString& title, const QString& start)
{
    if (s_nextDirectory) {
        const QString dir = *s_nextDirectory;
        s_nextDirectory.reset();
        return dir;
    }
    return QFileDialog::getExistingDirectory(parent, title, start);
}

QString Dialogs::chooseFile(QWidget* parent, const QString& title, const QString& filter)
{
    if (s_nextDirectory) {
        const QString file = *s_nextDirectory;
        s_nextDirectory.reset();
        return file;
    }
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString Dialogs::chooseSaveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggested)
{
    if (s_nextDirectory) {
        const QString file = *s_nextDirectory;
        s_nextDirectory.reset();
        return file;
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

std::optional<QString> Dialogs::askText(QWidget* parent, const QString& title, const QString& label)
{
    if (!s_nextAnswers.isEmpty()) {
        const QString answer = s_nextAnswers.takeFirst();
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok && !text.trimmed().isEmpty() ? std::optional<QString>(text.trimmed()) : std::nullopt;
}

std::optional<QString> Dialogs::askMultiLineText(QWidget* parent, const QString& title, const QString& label, const QString& text)
{
    if (!s_nextAnswers.isEmpty()) {
        const QString answer = s_nextAnswers.takeFirst();
        return answer.isEmpty() ? std::nullopt : std::optional<QString>(answer);
    }
    bool ok = false;
    const QString edited = QInputDialog::getMultiLineText(parent, title, label, text, &ok);
    return ok && !edited.trimmed().isEmpty() ? std::optional<QString>(edited) : std::nullopt;
}

std::optional<int> Dialogs::askItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items)
{
    if (!s_nextAnswers.isEmpty()) {
        const int index = static_cast<int>(items.indexOf(s_nextAnswers.takeFirst()));
        return index >= 0 ? std::optional<int>(index) : std::nullopt;
    }
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<int>(static_cast<int>(items.indexOf(item))) : std::nullopt;
}

void Dialogs::showError(QWidget* parent, const QString& title, const QString& text)
{
    s_lastError = text;
    if (s_suppressErrors)
        return;
    QMessageBox::warning(parent, title, text);
}

} // namespace custos::ui

// Modal questions with a test hook (as KeePassXC does): tests set the next answer so
// that no dialog ever blocks them.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace custos::ui {

class Dialogs final
{
public:
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptLabel);
    static void showError(QWidget* parent, const QString& title, const QString& text);
    // A folder chosen by the user, or empty when cancelled.
    static QString chooseDirectory(QWidget* parent, const QString& title, const QString& start = {});
    static QString chooseFile(QWidget* parent, const QString& title, const QString& filter);
    static QString chooseSaveFile(QWidget* parent, const QString& title, const QString& filter, const QString& suggested);

    // A line of text, or nothing when cancelled.
    static std::optional<QString> askText(QWidget* parent, const QString& title, const QString& label);
    // Several lines of text, starting from `text`, or nothing when cancelled.
    static std::optional<QString> askMultiLineText(QWidget* parent, const QString& title, const QString& label, const QString& text);
    // One of `items` (their index), or nothing when cancelled.
    static std::optional<int> askItem(QWidget* parent, const QString& title, const QString& label, const QStringList& items);

    static void setNextConfirmAnswerForTesting(bool answer) { s_nextConfirm = answer; }
    // Answers for the next askText/askItem calls, in order ("" cancels an askText; an
    // item's text chooses it, anything else cancels an askItem).
    static void setNextAnswersForTesting(const QStringList& answers) { s_nextAnswers = answers; }
    static void suppressErrorsForTesting(bool suppress) { s_suppressErrors = suppress; }
    // The next folder or file chosen (directory, open and save choosers alike).
    static void setNextDirectoryForTesting(const QString& dir) { s_nextDirectory = dir; }
    static const QString& lastErrorForTesting() { return s_lastError; }

private:
    static inline std::optional<bool> s_nextConfirm;
    static inline std::optional<QString> s_nextDirectory;
    static inline bool s_suppressErrors = false;
    static inline QString s_lastError;
    static inline QStringList s_nextAnswers;
};

} // namespace custos::ui

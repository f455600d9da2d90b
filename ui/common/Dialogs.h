// Modal questions with a test hook (as KeePassXC does): tests set the next answer so
// that no dialog ever blocks them.
#pragma once

#include <QString>

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

    static void setNextConfirmAnswerForTesting(bool answer) { s_nextConfirm = answer; }
    static void suppressErrorsForTesting(bool suppress) { s_suppressErrors = suppress; }
    // The next folder or file chosen (directory, open and save choosers alike).
    static void setNextDirectoryForTesting(const QString& dir) { s_nextDirectory = dir; }
    static const QString& lastErrorForTesting() { return s_lastError; }

private:
    static inline std::optional<bool> s_nextConfirm;
    static inline std::optional<QString> s_nextDirectory;
    static inline bool s_suppressErrors = false;
    static inline QString s_lastError;
};

} // namespace custos::ui

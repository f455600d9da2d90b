// A form in a dialog, for the steps of a case (a note, a party, a task, an interview, a
// finding, an outcome, an appeal): fields by key, required ones checked before it
// closes, dates as YYYY-MM-DD. Tests answer it without showing it: each set of answers
// (field key → value; a choice by its item's text or data) fills and accepts the next
// form, an empty set cancels it.
#pragma once

#include "domain/Vocabulary.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QMap>
#include <QVariant>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace custos::ui {

class FormDialog final : public QDialog
{
    Q_OBJECT
public:
    FormDialog(QWidget* parent, const QString& title, const QString& intro = {});

    QLineEdit* addLine(const QString& key, const QString& label, const QString& value = {}, bool required = false);
    QPlainTextEdit* addText(const QString& key, const QString& label, const QString& value = {}, bool required = false);
    // A date as YYYY-MM-DD, checked; empty allowed unless required.
    QLineEdit* addDate(const QString& key, const QString& label, const QString& value = {}, bool required = false);
    QComboBox* addChoice(const QString& key, const QString& label, const QList<QPair<QString, QVariant>>& items);
    // A choice of a word of the domain: its translated names, each with its key.
    template <typename E> QComboBox* addWord(const QString& key, const QString& label, const QList<E>& except = {})
    {
        QList<QPair<QString, QVariant>> items;
        for (const domain::Word<E>& w : domain::wordsOf<E>())
            if (!except.contains(w.value))
                items.append({domain::displayName(w.value), domain::key(w.value)});
        return addChoice(key, label, items);
    }
    QCheckBox* addCheck(const QString& key, const QString& label, bool checked = false);
    // Rich text beside the fields (a post, a repeat history); read-only.
    QTextBrowser* addInfo(const QString& html, int minimumHeight = 120);
    void setAcceptLabel(const QString& label);

    // Shows the form (or takes the next test answers); true when accepted with valid fields.
    bool ask();

    QString text(const QString& key) const; // trimmed
    QVariant choice(const QString& key) const;
    bool checked(const QString& key) const;
    // The word chosen in an addWord field.
    template <typename E> E word(const QString& key) const { return domain::fromKey<E>(choice(key).toString()).value_or(E{}); }

    static void setNextAnswersForTesting(const QList<QMap<QString, QString>>& answers) { s_next = answers; }
    static bool hasAnswersForTesting() { return !s_next.isEmpty(); }
    // The title and problem of the last form a test answered wrongly.
    static const QString& lastProblemForTesting() { return s_lastProblem; }
    // The text beside the fields (addInfo) of the last form a test answered.
    static const QString& lastInfoForTesting() { return s_lastInfo; }

    void accept() override;

private:
    // Empty when every field is filled as it must be; otherwise what to fix.
    QString problem() const;
    void fill(const QMap<QString, QString>& answers);

    QFormLayout* m_form;
    QLabel* m_problem;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QString> m_labels;
    QList<QString> m_required;
    QList<QString> m_dates;
    class QPushButton* m_accept = nullptr;
    static inline QList<QMap<QString, QString>> s_next;
    static inline QString s_lastProblem;
    static inline QString s_lastInfo;
};

} // namespace custos::ui

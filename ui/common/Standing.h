// What a person of the imports had completed and acknowledged at a moment (the roster's
// view, for the roles that may see it), as one paragraph of HTML: the queue shows it for a
// post's author, a case for each respondent.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace custos::workspace {
class Session;
}

namespace custos::ui {

class Standing final
{
    Q_DECLARE_TR_FUNCTIONS(Standing)
public:
    enum class When { Posted, Incident };
    // Empty when the role may not see the roster, or the person is on no roster entry.
    static QString html(workspace::Session& session, qint64 personId, const QString& at, When when);
};

} // namespace custos::ui

// Review decisions on flags, each audited in the same transaction and refused by role in
// this service: assign, dismiss (with a reason), confirm, comment, tag, escalate to
// another reviewer, and notify the author from the workspace's template.
#pragma once

#include "core/Status.h"
#include "domain/Flags.h"

#include <QCoreApplication>
#include <QList>

namespace custos::workspace {
class Session;
}

namespace custos::review {

class DecisionService final
{
    Q_DECLARE_TR_FUNCTIONS(DecisionService)
public:
    explicit DecisionService(workspace::Session& session) : m_session(session) {}

    Status dismiss(const QList<qint64>& flagIds, domain::DismissReason reason, const QString& note = {});
    Status confirm(const QList<qint64>& flagIds, const QString& note = {});
    Status comment(qint64 flagId, const QString& text);
    // A short label on the flags ("bullying pattern", "case HR-14"): letters, digits, spaces, - and _.
    Status tag(const QList<qint64>& flagIds, const QString& tag);
    // To `userName`, or to the acting user when empty ("assign to me").
    Status assign(const QList<qint64>& flagIds, const QString& userName = {});
    // To another reviewer, with a note saying why.
    Status escalate(const QList<qint64>& flagIds, const QString& userName, const QString& note);

    // The message to the author of a post, from the workspace's template (policy clause,
    // what happened, what to do), recorded with the decision and returned for export —
    // Custos sends nothing.
    static QString defaultNotificationTemplate();
    Result<QString> notificationTemplate();
    Status setNotificationTemplate(const QString& text);
    Result<QString> notifyAuthor(qint64 postId, const QString& clause, const QString& whatToDo);

private:
    Status decide(const QList<qint64>& ids, domain::DecisionKind kind,
                  std::optional<domain::FlagStatus> status, const QString& reason, const QString& note);
    Result<QList<qint64>> existingFlags(const QList<qint64>& ids);
    workspace::Session& m_session;
};

} // namespace custos::review

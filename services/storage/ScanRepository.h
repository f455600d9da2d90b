// SQL for policies, flags and the scan state of posts.
#pragma once

#include "core/Status.h"
#include "domain/Policy.h"
#include "domain/Review.h"
#include "storage/Connection.h"

#include <QList>

#include <optional>

namespace custos::storage {

using domain::PolicyRow;
using domain::PolicyVersionRow;


struct PostText
{
    qint64 id = 0;
    QString text;
};

struct FlagRow
{
    qint64 postId = 0;
    QString rule;
    domain::Category category = domain::Category::Harassment;
    domain::Severity severity = domain::Severity::Medium;
    double score = 0;
    QList<domain::Span> spans;
};

class ScanRepository final
{
public:
    explicit ScanRepository(Database& db) : m_db(db) {}

    Result<std::optional<PolicyRow>> policy(std::optional<int> version); // newest when no version
    // Newest first; scan figures are -1 on a connection without the content compartment.
    Result<QList<PolicyVersionRow>> versions();
    Result<QList<int>> versionNumbers();        // newest first, without the counts
    Result<qint64> countPosts();
    Result<qint64> publish(WriteAccess& w, const QString& name, const QByteArray& body, qint64 userId, int& version);

    // Posts not yet scanned with this policy, after `afterId`, in id order.
    Result<QList<PostText>> unscanned(qint64 policyId, qint64 afterId, int limit);
    Result<qint64> countUnscanned(qint64 policyId);
    // Adds the flag unless the post has it from this policy and rule already; the new
    // flag's id and its spans as stored, for the batch's signed commitment. writtenSeq:
    // the seq of the entry that will sign the batch.
    struct AddedFlag
    {
        qint64 id = 0;
        QString spans;
    };
    Result<std::optional<AddedFlag>> addFlag(WriteAccess& w, const FlagRow& flag, qint64 policyId,
                                             const QString& createdAt, qint64 writtenSeq);
    Status markScanned(WriteAccess& w, qint64 postId, qint64 policyId, double sentiment);

private:
    Database& m_db;
};

} // namespace custos::storage

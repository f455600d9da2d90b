// Writes a deterministic, realistic synthetic company as a Slack export: departments,
// people, public and private channels, DMs, threads, reactions, edits and a working-
// hours rhythm, mostly ordinary work chatter, with planted harassment, leaks, secrets,
// personal data, reputation risks and benign look-alikes at low rates. labels.jsonl
// beside it records the ground truth of every planted item.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace custos::demo {

struct DemoCorpusSummary
{
    qint64 posts = 0;
    qint64 planted = 0;
    int people = 0;
    int channels = 0;
    QJsonObject toJson() const;
};

class DemoCorpus final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCorpus)
public:
    // dir must be new or empty; labels go to dir/labels.jsonl (outside the export's own files).
    static Result<DemoCorpusSummary> write(const QString& dir, qint64 posts, quint64 seed);

    // Valid-looking identifiers for planted personal data (used by tests of detectors too).
    static QString luhnCardNumber(quint64 seed);
    static QString germanIban(quint64 seed);
};

} // namespace custos::demo

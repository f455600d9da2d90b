#include "domain/Roster.h"

#include <QDate>

#include <algorithm>

namespace custos::domain {

namespace {

constexpr Word<MatchMethod> kMatchWords[] = {
    {MatchMethod::Email, "email", "custos::domain::MatchMethod", QT_TRANSLATE_NOOP("custos::domain::MatchMethod", "By e-mail")},
    {MatchMethod::Handle, "handle", "custos::domain::MatchMethod", QT_TRANSLATE_NOOP("custos::domain::MatchMethod", "By platform handle")},
    {MatchMethod::Manual, "manual", "custos::domain::MatchMethod", QT_TRANSLATE_NOOP("custos::domain::MatchMethod", "Linked by hand")},
};

constexpr Word<CompletionSource> kSourceWords[] = {
    {CompletionSource::Manual, "manual", "custos::domain::CompletionSource", QT_TRANSLATE_NOOP("custos::domain::CompletionSource", "Entered")},
    {CompletionSource::Import, "import", "custos::domain::CompletionSource", QT_TRANSLATE_NOOP("custos::domain::CompletionSource", "Imported from the learning system")},
};

constexpr Word<TrainingState> kStateWords[] = {
    {TrainingState::Complete, "complete", "custos::domain::TrainingState", QT_TRANSLATE_NOOP("custos::domain::TrainingState", "Complete")},
    {TrainingState::Due, "due", "custos::domain::TrainingState", QT_TRANSLATE_NOOP("custos::domain::TrainingState", "Due")},
    {TrainingState::Overdue, "overdue", "custos::domain::TrainingState", QT_TRANSLATE_NOOP("custos::domain::TrainingState", "Overdue")},
};

} // namespace

template <> std::span<const Word<MatchMethod>> wordsOf<MatchMethod>()
{
    return kMatchWords;
}
template <> std::span<const Word<CompletionSource>> wordsOf<CompletionSource>()
{
    return kSourceWords;
}
template <> std::span<const Word<TrainingState>> wordsOf<TrainingState>()
{
    return kStateWords;
}

std::optional<QString> trainingDue(const TrainingModule& module, const QString& startDay, const QString& assignedDay,
                                   const QStringList& completions)
{
    QString last;
    for (const QString& c : completions)
        last = std::max(last, c);
    if (!last.isEmpty()) {
        if (module.recurrenceMonths <= 0)
            return std::nullopt; // done once, done for good
        return QDate::fromString(last, Qt::ISODate).addMonths(module.recurrenceMonths).toString(Qt::ISODate);
    }
    // Never done: due some days after the later of the start and the assignment.
    const QString from = std::max(startDay, assignedDay);
    return QDate::fromString(from, Qt::ISODate).addDays(module.dueDays).toString(Qt::ISODate);
}

} // namespace custos::domain

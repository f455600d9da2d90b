// The Queue page's filters: the two rows of choices, the filter they make, and saved
// filters.
#include "FlagQueueModel.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "queue/QueuePage.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTextBrowser>

namespace custos::ui {

QDate QueuePage::noDate()
{
    return {2000, 1, 1}; // a date filter at its minimum filters nothing
}

void QueuePage::loadSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    auto saved = review::QueueService(m_tasks->session()).savedFilters();
    if (!saved)
        return;
    for (auto it = saved->cbegin(); it != saved->cend(); ++it)
        m_saved->addItem(it.key());
}

void QueuePage::saveFilter()
{
    const auto name = Dialogs::askText(this, tr("Save the filter"), tr("Name for the current filters:"));
    if (!name)
        return;
    const Status s = review::QueueService(m_tasks->session()).saveFilter(*name, currentFilter());
    if (!s.ok()) {
        Dialogs::showError(this, tr("Save the filter"), s.message());
        return;
    }
    loadSavedFilters();
    m_message->setText(tr("Filter \"%1\" saved.").arg(*name));
}

void QueuePage::applySavedFilter(int index)
{
    if (index <= 0)
        return;
    auto saved = review::QueueService(m_tasks->session()).savedFilters();
    if (!saved || !saved->contains(m_saved->itemText(index)))
        return;
    showFilter(saved->value(m_saved->itemText(index)));
    applyFilter();
    m_saved->setCurrentIndex(0);
}

domain::FlagFilter QueuePage::currentFilter() const
{
    domain::FlagFilter f;
    f.status = domain::fromKey<domain::FlagStatus>(m_status->currentData().toString());
    f.category = domain::fromKey<domain::Category>(m_category->currentData().toString());
    f.severity = domain::fromKey<domain::Severity>(m_severity->currentData().toString());
    f.search = m_search->text();
    f.rule = m_rule->currentData().toString();
    f.policyVersion = m_policy->currentData().toInt();
    f.channel = m_channel->currentData().toString();
    f.author = m_author->currentData().toLongLong();
    f.assignee = m_assignee->currentData().toString();
    // Days in UTC, the end day included: before the next day's start.
    if (m_from->date() != noDate())
        f.from = m_from->date().toString(Qt::ISODate);
    if (m_to->date() != noDate())
        f.to = m_to->date().addDays(1).toString(Qt::ISODate);
    return f;
}

void QueuePage::showFilter(const domain::FlagFilter& f)
{
    const QSignalBlocker a(m_status), b(m_category), c(m_severity), d(m_rule), e(m_policy), g(m_channel), h(m_author),
        i(m_assignee), j(m_from), k(m_to);
    const auto select = [](QComboBox* box, const QVariant& value) { box->setCurrentIndex(std::max(0, box->findData(value))); };
    const auto keyOf = [](const auto& word) { return word ? domain::key(*word) : QString(); };
    select(m_status, keyOf(f.status));
    select(m_category, keyOf(f.category));
    select(m_severity, keyOf(f.severity));
    select(m_rule, f.rule);
    select(m_policy, f.policyVersion);
    select(m_channel, f.channel);
    select(m_author, f.author);
    select(m_assignee, f.assignee);
    m_from->setDate(f.from.isEmpty() ? noDate() : QDate::fromString(f.from, Qt::ISODate));
    m_to->setDate(f.to.isEmpty() ? noDate() : QDate::fromString(f.to, Qt::ISODate).addDays(-1));
    m_search->setText(f.search);
}

void QueuePage::loadFilterChoices()
{
    auto choices = review::QueueService(m_tasks->session()).filterChoices();
    if (!choices) {
        m_message->setText(choices.status().message());
        return;
    }
    const QSignalBlocker a(m_rule), b(m_policy), c(m_channel), d(m_author), e(m_assignee);
    // Read again (after a reveal): keep what is chosen.
    const QVariant chosen[] = {m_rule->currentData(), m_policy->currentData(), m_channel->currentData(), m_author->currentData(),
                               m_assignee->currentData()};
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_author, m_assignee})
        box->clear();
    m_rule->addItem(tr("Any rule"), QString());
    for (const QString& rule : std::as_const(choices->rules))
        m_rule->addItem(rule, rule);
    m_policy->addItem(tr("Any policy version"), 0);
    for (const int version : std::as_const(choices->policyVersions))
        m_policy->addItem(tr("Policy version %1").arg(version), version);
    m_channel->addItem(tr("Any channel"), QString());
    for (const QString& channel : std::as_const(choices->channels))
        m_channel->addItem(channel, channel);
    m_author->addItem(tr("Any author"), qint64(0));
    for (const auto& [id, shown] : std::as_const(choices->authors))
        m_author->addItem(shown, id);
    m_assignee->addItem(tr("Any assignee"), QString());
    for (const QString& user : std::as_const(choices->assignees))
        m_assignee->addItem(tr("Assigned to %1").arg(user), user);
    int i = 0;
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_author, m_assignee}) {
        const QVariant& value = chosen[i++];
        box->setCurrentIndex(value.isValid() ? std::max(0, box->findData(value)) : 0);
    }
}

void QueuePage::applyFilter()
{
    domain::FlagFilter f = currentFilter();
    // Each word must occur, as a prefix: FTS4 syntax built from plain words.
    QStringList terms;
    for (const QString& w : m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString clean = w;
        clean.remove(QLatin1Char('"'));
        if (!clean.isEmpty())
            terms << QLatin1Char('"') + clean + QStringLiteral("\"*");
    }
    f.search = terms.join(QLatin1Char(' '));
    m_marking = false;
    m_similar.clear();
    const Status s = m_model->setFilter(f);
    m_message->setText(s.ok() ? QString() : s.message());
    showCount();
    if (m_model->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else
        m_detail->clear();
}

} // namespace custos::ui

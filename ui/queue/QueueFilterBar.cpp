// The review queue's filters: the two rows of choices, the filter they make, saved
// filters and the post count.
#include "queue/QueueFilterBar.h"

#include "FlagQueueModel.h"
#include "common/Dialogs.h"
#include "common/SessionTasks.h"
#include "review/QueueService.h"
#include "workspace/Session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace custos::ui {

QueueFilterBar::QueueFilterBar(SessionTasks* tasks, QWidget* parent)
    : QWidget(parent), m_tasks(tasks), m_status(new QComboBox), m_category(new QComboBox),
      m_severity(new QComboBox), m_search(new QLineEdit), m_rule(new QComboBox), m_policy(new QComboBox),
      m_channel(new QComboBox), m_department(new QComboBox), m_author(new QComboBox), m_assignee(new QComboBox), m_from(new QDateEdit),
      m_to(new QDateEdit), m_count(new QLabel), m_saved(new QComboBox)
{
    m_status->addItem(tr("Any status"), QString());
    for (const domain::FlagStatus s : domain::all<domain::FlagStatus>())
        m_status->addItem(domain::displayName(s), domain::key(s));
    m_category->addItem(tr("Any category"), QString());
    for (const domain::Category c : domain::all<domain::Category>())
        m_category->addItem(domain::displayName(c), domain::key(c));
    m_severity->addItem(tr("Any severity"), QString());
    QList<domain::Severity> severities = domain::all<domain::Severity>();
    std::reverse(severities.begin(), severities.end()); // critical first
    for (const domain::Severity s : severities)
        m_severity->addItem(models::FlagQueueModel::severityLabel(s), domain::key(s));
    m_search->setPlaceholderText(tr("Search the posts (/)"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("queueCount"));

    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setToolTip(tr("Your saved filters"));
    auto* save = new QPushButton(tr("Save &filter…"));
    save->setToolTip(tr("Save the current filters under a name"));
    save->setObjectName(QStringLiteral("saveFilterButton"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_saved);
    filters->addWidget(save);
    filters->addWidget(m_status);
    filters->addWidget(m_category);
    filters->addWidget(m_severity);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    // The second row: where a flag comes from, who it is about and who has it, and when.
    for (QDateEdit* date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumDate(noDate());
        date->setDate(noDate());
    }
    m_from->setSpecialValueText(tr("Any start"));
    m_to->setSpecialValueText(tr("Any end"));
    m_from->setToolTip(tr("Posted on or after this day (UTC)"));
    m_to->setToolTip(tr("Posted on or before this day (UTC)"));
    m_department->setToolTip(tr("Posts by people of this department (the roster's, for people linked to it)"));
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_author->setToolTip(tr("Posts by this author (as the queue shows them: a pseudonym unless revealed)"));
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_department, m_author, m_assignee}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    auto* more = new QHBoxLayout;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_rule, m_policy, m_channel, m_department, m_author, m_assignee, m_from, m_to})
        more->addWidget(w);
    more->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(more);

    for (QComboBox* box :
         {m_status, m_category, m_severity, m_rule, m_policy, m_channel, m_department, m_author, m_assignee})
        connect(box, &QComboBox::currentIndexChanged, this, &QueueFilterBar::filterChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &QueueFilterBar::filterChanged);
    for (QDateEdit* date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &QueueFilterBar::filterChanged);
    connect(save, &QPushButton::clicked, this, &QueueFilterBar::saveFilter);
    connect(m_saved, &QComboBox::activated, this, &QueueFilterBar::applySavedFilter);
}

QDate QueueFilterBar::noDate()
{
    return {2000, 1, 1}; // a date filter at its minimum filters nothing
}

void QueueFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void QueueFilterBar::showCounting()
{
    m_count->setText(tr("Counting…"));
}

void QueueFilterBar::showCount(qint64 total)
{
    if (total < 0)
        m_count->clear(); // not known
    else
        m_count->setText(total == 1 ? tr("1 post") : tr("%1 posts").arg(QLocale().toString(total)));
}

void QueueFilterBar::loadSavedFilters()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved filters"));
    auto saved = review::QueueService(m_tasks->session()).savedFilters();
    if (!saved)
        return;
    for (auto it = saved->cbegin(); it != saved->cend(); ++it)
        m_saved->addItem(it.key());
}

void QueueFilterBar::saveFilter()
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
    Q_EMIT reported(tr("Filter \"%1\" saved.").arg(*name));
}

void QueueFilterBar::applySavedFilter(int index)
{
    if (index <= 0)
        return;
    auto saved = review::QueueService(m_tasks->session()).savedFilters();
    if (!saved || !saved->contains(m_saved->itemText(index)))
        return;
    showFilter(saved->value(m_saved->itemText(index)));
    Q_EMIT filterChanged();
    m_saved->setCurrentIndex(0);
}

domain::FlagFilter QueueFilterBar::currentFilter() const
{
    domain::FlagFilter f;
    f.status = domain::fromKey<domain::FlagStatus>(m_status->currentData().toString());
    f.category = domain::fromKey<domain::Category>(m_category->currentData().toString());
    f.severity = domain::fromKey<domain::Severity>(m_severity->currentData().toString());
    f.search = m_search->text();
    f.rule = m_rule->currentData().toString();
    f.policyVersion = m_policy->currentData().toInt();
    f.channel = m_channel->currentData().toString();
    f.department = m_department->currentData().toString();
    f.author = m_author->currentData().toLongLong();
    f.assignee = m_assignee->currentData().toString();
    // Days in UTC, the end day included: before the next day's start.
    if (m_from->date() != noDate())
        f.from = m_from->date().toString(Qt::ISODate);
    if (m_to->date() != noDate())
        f.to = m_to->date().addDays(1).toString(Qt::ISODate);
    return f;
}

void QueueFilterBar::showFilter(const domain::FlagFilter& f)
{
    const QSignalBlocker a(m_status), b(m_category), c(m_severity), d(m_rule), e(m_policy), g(m_channel),
        h(m_author), i(m_assignee), j(m_from), k(m_to), l(m_department);
    const auto select = [](QComboBox* box, const QVariant& value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    const auto keyOf = [](const auto& word) { return word ? domain::key(*word) : QString(); };
    select(m_status, keyOf(f.status));
    select(m_category, keyOf(f.category));
    select(m_severity, keyOf(f.severity));
    select(m_rule, f.rule);
    select(m_policy, f.policyVersion);
    select(m_channel, f.channel);
    select(m_department, f.department);
    select(m_author, f.author);
    select(m_assignee, f.assignee);
    m_from->setDate(f.from.isEmpty() ? noDate() : QDate::fromString(f.from, Qt::ISODate));
    m_to->setDate(f.to.isEmpty() ? noDate() : QDate::fromString(f.to, Qt::ISODate).addDays(-1));
    m_search->setText(f.search);
}

void QueueFilterBar::loadChoices()
{
    auto choices = review::QueueService(m_tasks->session()).filterChoices();
    if (!choices) {
        Q_EMIT reported(choices.status().message());
        return;
    }
    const QSignalBlocker a(m_rule), b(m_policy), c(m_channel), d(m_author), e(m_assignee), g(m_department);
    // Read again (after a reveal): keep what is chosen.
    const QVariant chosen[] = {m_rule->currentData(),   m_policy->currentData(),   m_channel->currentData(),
                               m_author->currentData(), m_assignee->currentData(), m_department->currentData()};
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_author, m_assignee, m_department})
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
    m_department->addItem(tr("Any department"), QString());
    for (const QString& department : std::as_const(choices->departments))
        m_department->addItem(department, department);
    m_department->setVisible(!choices->departments.isEmpty()); // no roster, no department in the exports
    m_author->addItem(tr("Any author"), qint64(0));
    for (const auto& [id, shown] : std::as_const(choices->authors))
        m_author->addItem(shown, id);
    m_assignee->addItem(tr("Any assignee"), QString());
    for (const QString& user : std::as_const(choices->assignees))
        m_assignee->addItem(tr("Assigned to %1").arg(user), user);
    int i = 0;
    for (QComboBox* box : {m_rule, m_policy, m_channel, m_author, m_assignee, m_department}) {
        const QVariant& value = chosen[i++];
        box->setCurrentIndex(value.isValid() ? std::max(0, box->findData(value)) : 0);
    }
}

} // namespace custos::ui

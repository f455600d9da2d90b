#include "detection/PatternSet.h"

#include <QHash>
#include <QRegularExpression>

#include <atomic>

#include <hs/hs.h>

namespace custos::detection {
namespace {

// One scratch space per thread and pattern set, allocated on first use. Sets are told
// apart by a serial number, not their address, which a later set may reuse.
struct ThreadScratches
{
    QHash<quint64, hs_scratch_t*> bySet;
    ~ThreadScratches()
    {
        for (hs_scratch_t* s : std::as_const(bySet))
            hs_free_scratch(s);
    }
};

hs_scratch_t* scratchFor(const hs_database_t* db, quint64 serial)
{
    static thread_local ThreadScratches local;
    hs_scratch_t*& scratch = local.bySet[serial];
    if (!scratch && hs_alloc_scratch(db, &scratch) != HS_SUCCESS) {
        local.bySet.remove(serial);
        return nullptr;
    }
    return scratch;
}

std::atomic<quint64> g_nextSerial{1};

} // namespace

Result<std::shared_ptr<PatternSet>> PatternSet::compile(const QList<Pattern>& patterns)
{
    std::shared_ptr<PatternSet> set(new PatternSet);
    set->m_count = patterns.size();
    set->m_serial = g_nextSerial++;
    if (patterns.isEmpty())
        return set;
    std::vector<QByteArray> storage;
    std::vector<const char*> expressions;
    std::vector<unsigned> flags, ids;
    storage.reserve(static_cast<std::size_t>(patterns.size()));
    for (const Pattern& p : patterns) {
        storage.push_back(p.expression.toUtf8());
        expressions.push_back(storage.back().constData());
        flags.push_back(HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST | (p.caseless ? HS_FLAG_CASELESS : 0u) |
                        (p.unicodeClasses ? HS_FLAG_UCP : 0u));
        ids.push_back(p.id);
    }
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), static_cast<unsigned>(expressions.size()),
                         HS_MODE_BLOCK, nullptr, &db, &error) != HS_SUCCESS) {
        const int index = error ? error->expression : -1;
        const QString what = error ? QString::fromUtf8(error->message) : QString();
        hs_free_compile_error(error);
        const QString name = index >= 0 && index < patterns.size()
                                 ? (patterns.at(index).name.isEmpty() ? patterns.at(index).expression : patterns.at(index).name)
                                 : tr("(unknown)");
        return Status(ErrorCode::InvalidArgument, tr("The pattern of rule %1 does not compile: %2.").arg(name, what));
    }
    set->m_database = db;
    // The prefilter: the same patterns without start-of-match tracking, stopping at the
    // first match. Most posts match nothing, and for them this is the whole scan.
    for (unsigned& f : flags)
        f = (f & ~static_cast<unsigned>(HS_FLAG_SOM_LEFTMOST)) | HS_FLAG_SINGLEMATCH;
    hs_database_t* pre = nullptr;
    if (hs_compile_multi(expressions.data(), flags.data(), ids.data(), static_cast<unsigned>(expressions.size()),
                         HS_MODE_BLOCK, nullptr, &pre, &error) == HS_SUCCESS)
        set->m_prefilter = pre;
    else
        hs_free_compile_error(error); // without a prefilter every scan is a full one
    return set;
}

PatternSet::~PatternSet()
{
    if (m_database)
        hs_free_database(static_cast<hs_database_t*>(m_database));
    if (m_prefilter)
        hs_free_database(static_cast<hs_database_t*>(m_prefilter));
}

bool PatternSet::matchesAny(const QByteArray& utf8) const
{
    if (!m_database || utf8.isEmpty())
        return false;
    if (!m_prefilter)
        return true;
    auto* db = static_cast<hs_database_t*>(m_prefilter);
    hs_scratch_t* scratch = scratchFor(db, m_serial | (quint64(1) << 63));
    if (!scratch)
        return true;
    bool any = false;
    auto onMatch = [](unsigned int, unsigned long long, unsigned long long, unsigned int, void* context) -> int {
        *static_cast<bool*>(context) = true;
        return 1; // stop: one is enough
    };
    hs_scan(db, utf8.constData(), static_cast<unsigned>(utf8.size()), 0, scratch, onMatch, &any);
    return any;
}

QList<Match> PatternSet::scan(const QByteArray& utf8) const
{
    QList<Match> matches;
    if (!matchesAny(utf8))
        return matches;
    auto* db = static_cast<hs_database_t*>(m_database);
    hs_scratch_t* scratch = scratchFor(db, m_serial);
    if (!scratch)
        return matches;
    auto onMatch = [](unsigned int id, unsigned long long from, unsigned long long to, unsigned int, void* context) -> int {
        static_cast<QList<Match>*>(context)->append({id, static_cast<qsizetype>(from), static_cast<qsizetype>(to)});
        return 0;
    };
    hs_scan(db, utf8.constData(), static_cast<unsigned>(utf8.size()), 0, scratch, onMatch, &matches);
    return matches;
}

QString PatternSet::keywordExpression(const QString& keyword)
{
    // Hyperscan has no look-around; \b marks word edges (ASCII: see the header), and only
    // where the keyword begins or ends with a word character ("confidential:" ends in ':').
    const QString k = keyword.trimmed();
    auto wordChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); };
    QString out = !k.isEmpty() && wordChar(k.front()) ? QStringLiteral("\\b") : QString();
    for (qsizetype i = 0; i < k.size(); ++i) {
        const QChar c = k.at(i);
        if (c.isSpace()) {
            if (!out.endsWith(QStringLiteral("\\s+")))
                out += QStringLiteral("\\s+");
        } else if (c.isLetter()) {
            out += QRegularExpression::escape(QString(c));
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    return out + (!k.isEmpty() && wordChar(k.back()) ? QStringLiteral("\\b") : QString());
}

} // namespace custos::detection

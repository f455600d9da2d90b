// Fuzzes the policy reader (what publishing a policy and loading a published version
// parse): the input is the policy's JSON text. A policy that reads has its keywords, near
// terms and names turned into expressions as the classifier does before it compiles them;
// the Hyperscan compile itself is left out (a third-party library, and milliseconds a run).
#include "FuzzSupport.h"
#include "detection/Classifier.h"
#include "detection/PatternSet.h"
#include "detection/TextNormalizer.h"

using namespace custos;
using detection::PatternSet;

namespace {

void expressions(const QStringList& terms)
{
    for (const QString& term : terms)
        (void)PatternSet::keywordExpression(detection::NormalizedText::fromText(term).text());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    auto policy = detection::Policy::fromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!policy)
        return 0;
    expressions(policy->watch);
    for (const detection::Rule& rule : policy->rules) {
        // One weight per keyword is what the classifier relies on when it compiles the rules.
        if (rule.keywordWeights.size() != rule.keywords.size())
            __builtin_trap();
        expressions(rule.keywords);
        expressions(rule.near.keywords);
        expressions(rule.entities);
    }
    return 0;
}

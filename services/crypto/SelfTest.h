// Known-answer tests of every primitive, run before any workspace is opened: a build
// or library whose cryptography computes wrong answers must not touch case data.
#pragma once

#include "core/Status.h"

#include <QCoreApplication>

namespace custos::crypto {

class SelfTest final
{
    Q_DECLARE_TR_FUNCTIONS(SelfTest)
public:
    // Runs once per process; later calls return the first outcome.
    static Status run();
    // Runs again regardless of earlier outcomes (for tests).
    static Status runUncached();
    // Test hook: run() reports a failed SHA-256 test while set.
    static void simulateFailureForTesting(bool fail) { s_simulateFailure = fail; }

private:
    static inline bool s_simulateFailure = false;
};

} // namespace custos::crypto

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
};

} // namespace custos::crypto

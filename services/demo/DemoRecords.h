// The record keeping the demo workspace arrives with, set up by its compliance officer:
// retention rules for each data class (a social channel kept two years, direct messages
// three, business chat six, confidential matters ten), two legal holds (a custodian in a
// labour-court matter and a saved search for a regulator's inquiry) with a notice
// acknowledged, and one purge of the expired social chat with its signed tombstones.
#pragma once

#include "core/Status.h"

#include <QString>

namespace custos::demo {

class DemoRecords final
{
public:
    // dir: a demo workspace with its cases; signs in as the demo's compliance officer.
    static Status create(const QString& dir, const QString& passphrase);
};

} // namespace custos::demo

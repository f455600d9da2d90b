// The roster and training the demo workspace arrives with, as its HR investigator would
// set them up: HR's employee list (German column names, a few people missing and a few
// entries that match no one, so that the review screen has work), three training
// modules assigned by department with a year and more of completions from the learning
// system (some renewals overdue), and acknowledgements of the policy in force.
#pragma once

#include "core/Status.h"

#include <QString>

namespace custos::demo {

class DemoPeople final
{
public:
    // dir: a demo workspace; exportDir: the Slack export it was imported from.
    static Status create(const QString& dir, const QString& passphrase, const QString& exportDir);
};

} // namespace custos::demo

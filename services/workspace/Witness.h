// What this computer has seen of each workspace's audit log: the largest signed checkpoint
// (size and root), kept outside the workspace folder, so that a log cut short together
// with its last checkpoints — or an older copy of the whole folder put back — is refused
// on opening instead of passing as intact. A log cannot prove by itself that it lost
// nothing at its end; a witness elsewhere can.
#pragma once

#include "audit/Verification.h"
#include "core/Status.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace custos::workspace {

class Witness final
{
    Q_DECLARE_TR_FUNCTIONS(Witness)
public:
    // The folder of the witness files: CUSTOS_WITNESS_DIR, else "witness" in the user's
    // application data folder.
    static QString directory();
    static QString fileFor(const QString& workspaceId);
    // Nothing when this computer has not seen the workspace yet (or its file is unreadable:
    // then it starts again from what it sees now).
    static std::optional<audit::Witness> load(const QString& workspaceId);
    // Keeps `seen` unless the stored witness is already larger.
    static Status remember(const QString& workspaceId, const audit::Witness& seen);
};

} // namespace custos::workspace

// Creating and unlocking workspaces: the only way to a Session.
#pragma once

#include "core/Status.h"
#include "crypto/Crypto.h"
#include "workspace/Session.h"

#include <QCoreApplication>

#include <memory>

namespace custos::workspace {

struct NewWorkspace
{
    QString dir;
    QString adminName;
    QString adminDisplayName;
    QString passphrase;
    crypto::Argon2Params kdf; // from Workspace::calibrateKdf()
    // Only the import benchmark clears this, to measure what encryption costs: the
    // database is then a plain SQLite file, and Workspace::open refuses the workspace.
    bool encrypted = true;
};

class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static constexpr int kMinPassphraseLength = 10;

    // Argon2id parameters taking about half a second here with 64 MiB. The target can be
    // lowered with CUSTOS_KDF_TARGET_MS (tests, slow CI machines); memory never goes below 64 MiB.
    static crypto::Argon2Params calibrateKdf();

    static Result<std::unique_ptr<Session>> create(const NewWorkspace& spec);
    // ReadOnly (info, audit verify, check): the files are opened read-only and nothing is
    // written — no upgrade, no pending key grant, no closing checkpoint. A workspace that
    // needs an upgrade is refused with what to do.
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };
    static Result<std::unique_ptr<Session>> open(const QString& dir, const QString& user, const QString& passphrase,
                                                 Access access = Access::ReadWrite);

    // True when dir holds a keyring (it may still be damaged).
    static bool looksLikeWorkspace(const QString& dir);

    // Validation shared by the GUI, the CLI and the services.
    static Status validateUserName(const QString& name);
    static Status validatePassphrase(const QString& passphrase);

private:
    static Status startLogIfEmpty(Session& session);
    // SQLite's quick check of each file the session holds the key of, stopped after
    // kOpenCheckMs in all (CUSTOS_OPEN_CHECK_MS overrides): Corrupted naming the file.
    static constexpr int kOpenCheckMs = 300;
    static Status quickCheckFiles(Session& session);
    // Refuses a workspace whose users, roles, keys or settings differ from the signed log.
    static Status checkAgainstLog(Session& session);
};

} // namespace custos::workspace

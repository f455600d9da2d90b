// Outcome of a service call a user can see: an error code that maps to a CLI exit
// code and a translated sentence that says what happened and what to do.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace custos {

enum class ErrorCode {
    None,
    InvalidArgument,      // caller passed something malformed (usage error)
    BadInput,             // an input file (an export) is malformed
    AuthenticationFailed, // wrong user name or passphrase, revoked user
    PermissionDenied,     // the role does not allow this action
    Corrupted,            // a workspace file is damaged
    ForeignFile,          // a file is not a Custos workspace file
    NotFound,
    AlreadyExists,
    WorkspaceLocked,      // another process holds the workspace
    VersionTooNew,        // the workspace was written by a newer Custos
    SelfTestFailed,       // a cryptographic known-answer test failed
    Io,                   // disk full, permission denied by the system, ...
    Internal
};

class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(ErrorCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    static Status success() { return {}; }

    bool ok() const { return m_code == ErrorCode::None; }
    explicit operator bool() const { return ok(); }
    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
};

// A value or the Status that explains why there is none.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status status) : m_status(std::move(status)) { Q_ASSERT(!m_status.ok()); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const Status& status() const { return m_status; }
    T& value() { Q_ASSERT(ok()); return *m_value; }
    const T& value() const { Q_ASSERT(ok()); return *m_value; }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const T& operator*() const { return value(); }
    T takeValue() { Q_ASSERT(ok()); return std::move(*m_value); }

private:
    std::optional<T> m_value;
    Status m_status;
};

// Exit codes of custos-cli, shared with tests and automation.
enum ExitCode : int {
    ExitOk = 0,
    ExitOther = 1,
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitBadData = 4,
    ExitLocked = 5,
    ExitInterrupted = 130 // Ctrl+C: stopped at a batch boundary, nothing half-written
};

int exitCodeFor(ErrorCode code);

} // namespace custos

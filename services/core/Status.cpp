#include "core/Status.h"

namespace custos {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitOk;
    case ErrorCode::InvalidArgument:
        return ExitUsage;
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::PermissionDenied:
        return ExitAuthentication;
    case ErrorCode::BadInput:
    case ErrorCode::Corrupted:
    case ErrorCode::ForeignFile:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::VersionTooNew:
        return ExitBadData;
    case ErrorCode::WorkspaceLocked:
        return ExitLocked;
    case ErrorCode::SelfTestFailed:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return ExitOther;
    }
    return ExitOther;
}

} // namespace custos

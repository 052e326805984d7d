#pragma once

#include "model/Result.h"

namespace bgtm::cli {

/// The CLI's exit codes: stable, documented in --help and the README. Scripts branch on them.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1,                ///< anything not listed below (local file error, cancelled)
    Usage = 2,                  ///< unknown command or option, missing argument
    Validation = 3,             ///< the request was refused before sending (same validator as the GUI)
    NeedsOtp = 4,               ///< a (correct) one-time code is needed, or the session must be unlocked
    AuthenticationFailed = 5,   ///< not signed in, wrong password, session expired/revoked: sign in again
    NotFound = 6,               ///< no token with that id or label
    AmbiguousLabel = 7,         ///< several tokens carry that label: use the id
    KeychainUnavailable = 8,    ///< the OS keychain is locked, missing, failed or did not answer
    TokenPrintedNotStored = 9,  ///< created, but the keychain failed: the token was printed once
    NetworkOrServer = 10,       ///< connection, TLS, timeout, 5xx, malformed reply, rate limit
    SignatureMismatch = 11,     ///< a reply failed its HMAC check: possible tampering, result discarded
    SurplusRevoked = 12,        ///< the create was sent twice: extra tokens revoked, or candidates printed to check
    TokenRevokedNotStored = 13, ///< created, the keychain failed, and it was revoked (--on-store-failure=revoke)
    RotationIncomplete = 14,    ///< tokens rotate: the new token is live and stored, a later step is left to finish
    RotationUndone = 15,        ///< tokens rotate: a step failed, the new token was revoked, the old one is unchanged
    ReviewFindings = 20,        ///< tokens review found something (for cron and CI); the review itself worked
};

/// The exit code for an error the core reported.
[[nodiscard]] constexpr ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Validation:
        return ExitCode::Validation;
    case ErrorKind::NeedsOtp:
    case ErrorKind::NeedsUnlock:
        return ExitCode::NeedsOtp;
    case ErrorKind::Unauthorized:
    case ErrorKind::WrongPassword:
    case ErrorKind::IpRestricted:
    case ErrorKind::ForbiddenScope:
        return ExitCode::AuthenticationFailed;
    case ErrorKind::NotFound:
        return ExitCode::NotFound;
    case ErrorKind::Ambiguous:
        return ExitCode::AmbiguousLabel;
    case ErrorKind::KeychainUnavailable:
    case ErrorKind::KeychainTimeout:
    case ErrorKind::KeychainFailed:
        return ExitCode::KeychainUnavailable;
    case ErrorKind::SignatureMismatch:
        return ExitCode::SignatureMismatch;
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::Tls:
    case ErrorKind::Proxy:
    case ErrorKind::ClockSkew:
    case ErrorKind::Http:
    case ErrorKind::RateLimited:
    case ErrorKind::ServerError:
    case ErrorKind::MalformedReply:
    case ErrorKind::Decryption:
    case ErrorKind::Redirect:
        return ExitCode::NetworkOrServer;
    case ErrorKind::Cancelled:
    case ErrorKind::Io:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace bgtm::cli

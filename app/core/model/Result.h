#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <variant>

namespace bgtm {

/// Every failure a user can meet, as a value. The GUI and CLI branch on the kind and show `message`.
enum class ErrorKind {
    Network,             ///< connection refused, reset, DNS
    Timeout,             ///< our own deadline passed (transfer silence or total)
    Tls,                 ///< certificate or handshake failure; never ignored
    Proxy,               ///< proxy refused or needs authentication
    ClockSkew,           ///< local clock differs from the server's Date by more than the HMAC window allows
    Http,                ///< any other non-2xx status; see httpStatus, name, requestId
    NeedsOtp,            ///< server wants a (correct) one-time code
    NeedsUnlock,         ///< session must be unlocked first
    Unauthorized,        ///< token bad, expired or revoked: "sign in again"
    WrongPassword,       ///< login refused for the password (distinct from NeedsOtp)
    IpRestricted,        ///< token may not be used from this address
    ForbiddenScope,      ///< token lacks the scope for this action
    RateLimited,         ///< 429; retryAfterSeconds when the server said
    ServerError,         ///< 5xx
    MalformedReply,      ///< not JSON, wrong content type, too large, missing fields
    SignatureMismatch,   ///< response HMAC wrong or stale: tampering, body discarded
    Validation,          ///< input refused before any request; see field
    Decryption,          ///< SJCL/ECDH envelope could not be opened
    Redirect,            ///< a 3xx reply; redirects are never followed
    Cancelled,           ///< the caller cancelled
    KeychainUnavailable, ///< no Secret Service / locked / canary missing
    KeychainTimeout,     ///< the keychain did not answer within our timeout
    KeychainFailed,      ///< the keychain answered with an error
    NotFound,            ///< unknown id or label
    Ambiguous,           ///< a label matches several tokens
    Io,                  ///< local file could not be read or written
};

struct Error {
    ErrorKind kind = ErrorKind::Network;
    QString message;    ///< human, already translated; never contains a secret
    int httpStatus = 0; ///< 0 when no HTTP status was received
    QString name;       ///< BitGo's stable error code (`name`), when given
    QString requestId;  ///< BitGo's `requestId`, for support
    QString field;      ///< the request field the error is about, when known
    int retryAfterSeconds = -1;
    QStringList tokenIds; ///< Decryption of a created token: the live token nobody can open (to revoke)
    /// A write went out and no trustworthy answer came back (see ErrorKind): it may have taken effect. A create
    /// with this set may have made a token; its pending record must stay until a list settles it.
    bool outcomeUnknown = false;
    /// A create whose outcome is unknown: how many times the POST went out (Qt resends on its own), so at most how
    /// many tokens it may have made.
    int requestsSent = 0;

    /// The server says the thing is not there (404): for a revoke, the wanted end state.
    [[nodiscard]] bool isNotFound() const { return kind == ErrorKind::NotFound || httpStatus == 404; }
};

/// An Error of `kind` with `message` and nothing else. Built field by field: Error grows new members (aggregate
/// init would need every one of them).
inline Error errorOf(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

/// A value or an Error. Small on purpose: C++20 has no std::expected.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) { }     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) { } // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// For operations that return nothing but can fail.
struct Done { };
using Status = Result<Done>;

/// How every asynchronous operation answers: once, with a value or an Error.
template <typename T>
using Callback = std::function<void(Result<T>)>;

} // namespace bgtm

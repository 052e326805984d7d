#pragma once

#include "model/Result.h"
#include "net/BitGoClient.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

namespace bgtm::test {

/// Runs one asynchronous client call to completion (deadline `timeoutMs`). nullopt when the callback never came.
/// `start` receives the callback to pass to the client.
template <typename T>
std::optional<Result<T>> await(const std::function<void(Callback<T>)> &start, int timeoutMs = 30000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    bool done = false;
    start([&](Result<T> result) {
        out.emplace(std::move(result));
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return out;
}

/// Readable name of an error kind for failure messages (never prints a secret: only kinds and messages).
inline const char *kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network:
        return "Network";
    case ErrorKind::Timeout:
        return "Timeout";
    case ErrorKind::Tls:
        return "Tls";
    case ErrorKind::Proxy:
        return "Proxy";
    case ErrorKind::ClockSkew:
        return "ClockSkew";
    case ErrorKind::Http:
        return "Http";
    case ErrorKind::NeedsOtp:
        return "NeedsOtp";
    case ErrorKind::NeedsUnlock:
        return "NeedsUnlock";
    case ErrorKind::Unauthorized:
        return "Unauthorized";
    case ErrorKind::WrongPassword:
        return "WrongPassword";
    case ErrorKind::IpRestricted:
        return "IpRestricted";
    case ErrorKind::ForbiddenScope:
        return "ForbiddenScope";
    case ErrorKind::RateLimited:
        return "RateLimited";
    case ErrorKind::ServerError:
        return "ServerError";
    case ErrorKind::MalformedReply:
        return "MalformedReply";
    case ErrorKind::SignatureMismatch:
        return "SignatureMismatch";
    case ErrorKind::Validation:
        return "Validation";
    case ErrorKind::Decryption:
        return "Decryption";
    case ErrorKind::Redirect:
        return "Redirect";
    case ErrorKind::Cancelled:
        return "Cancelled";
    default:
        return "other";
    }
}

} // namespace bgtm::test

#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bgtm::sandbox {

/// Fault modes switched on through the admin route (see tests/support/SandboxProcess.h for the list). A fault may be
/// limited to the next `count` matching requests and/or to paths starting with `pathPrefix`. Latency faults add up
/// and combine with one other fault; of the others the first matching one wins.
class FaultInjector
{
public:
    enum class Mode {
        Latency,
        Status500,
        Status503,
        Status429,
        MalformedJson,
        WrongHmac,
        StaleTimestamp,
        DropMidBody,
        CloseAfterCommit,
        CommitThen502, ///< performs, then answers as an edge whose backend went silent: 502, unsigned
        CommitThen504, ///< performs, then answers as an edge that gave up waiting: 504, unsigned
    };
    struct Fault {
        Mode mode = Mode::Latency;
        int remaining = -1; ///< −1: until cleared
        QString pathPrefix;
        int latencyMs = 2000;
        int retryAfterSeconds = 1;
    };
    struct Decision {
        int latencyMs = 0;
        std::optional<Fault> fault;
    };

    /// Adds a fault from its admin JSON; returns an error message or empty.
    QString add(const QJsonObject &spec);
    void clear() { m_faults.clear(); }
    /// What to do for a request to `path`; consumes one use of each fault applied.
    Decision decide(const QByteArray &path);
    [[nodiscard]] QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};

} // namespace bgtm::sandbox

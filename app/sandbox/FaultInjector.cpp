#include "FaultInjector.h"

namespace bgtm::sandbox {

namespace {

struct ModeName {
    FaultInjector::Mode mode;
    const char *name;
};
constexpr ModeName kModes[] = {
    {FaultInjector::Mode::Latency, "latency"},
    {FaultInjector::Mode::Status500, "500"},
    {FaultInjector::Mode::Status503, "503"},
    {FaultInjector::Mode::Status429, "429"},
    {FaultInjector::Mode::MalformedJson, "malformed-json"},
    {FaultInjector::Mode::WrongHmac, "wrong-hmac"},
    {FaultInjector::Mode::StaleTimestamp, "stale-timestamp"},
    {FaultInjector::Mode::DropMidBody, "drop-mid-body"},
    {FaultInjector::Mode::CloseAfterCommit, "close-after-commit"},
    {FaultInjector::Mode::CommitThen502, "commit-then-502"},
    {FaultInjector::Mode::CommitThen504, "commit-then-504"},
};

} // namespace

QString FaultInjector::add(const QJsonObject &spec)
{
    Fault fault;
    const QString mode = spec.value(QStringLiteral("mode")).toString();
    bool found = false;
    for (const ModeName &m : kModes) {
        if (mode == QLatin1String(m.name)) {
            fault.mode = m.mode;
            found = true;
        }
    }
    if (!found)
        return QStringLiteral("unknown fault mode '%1'").arg(mode);
    if (spec.contains(QStringLiteral("count"))) {
        fault.remaining = spec.value(QStringLiteral("count")).toInt(-2);
        if (fault.remaining < 1)
            return QStringLiteral("count must be a positive integer");
    }
    fault.pathPrefix = spec.value(QStringLiteral("pathPrefix")).toString();
    fault.latencyMs = spec.value(QStringLiteral("latencyMs")).toInt(2000);
    if (fault.latencyMs < 0 || fault.latencyMs > 600000)
        return QStringLiteral("latencyMs must be 0–600000");
    fault.retryAfterSeconds = spec.value(QStringLiteral("retryAfter")).toInt(1);
    m_faults.append(fault);
    return {};
}

FaultInjector::Decision FaultInjector::decide(const QByteArray &path)
{
    Decision decision;
    const QString p = QString::fromUtf8(path);
    for (Fault &f : m_faults) {
        if (f.remaining == 0 || !p.startsWith(f.pathPrefix))
            continue;
        if (f.mode == Mode::Latency) {
            decision.latencyMs += f.latencyMs;
        } else if (decision.fault) {
            continue;
        } else {
            decision.fault = f;
        }
        if (f.remaining > 0)
            --f.remaining;
    }
    m_faults.removeIf([](const Fault &f) { return f.remaining == 0; });
    return decision;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray out;
    for (const Fault &f : m_faults) {
        QString name;
        for (const ModeName &m : kModes) {
            if (m.mode == f.mode)
                name = QLatin1String(m.name);
        }
        out.append(QJsonObject {{QStringLiteral("mode"), name},
                                {QStringLiteral("remaining"), f.remaining},
                                {QStringLiteral("pathPrefix"), f.pathPrefix},
                                {QStringLiteral("latencyMs"), f.latencyMs},
                                {QStringLiteral("retryAfter"), f.retryAfterSeconds}});
    }
    return out;
}

} // namespace bgtm::sandbox

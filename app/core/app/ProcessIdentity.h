#pragma once

#include <QtGlobal>

namespace bgtm {

/// A process, told apart from any later one that gets the same pid: its pid and its start time (clock ticks after
/// boot, /proc/<pid>/stat field 22). Recorded with a pending creation, so that a reconcile in another process (a
/// cron `tokens list`, the app's Refresh) leaves the record to its creator while the creator lives.
struct ProcessIdentity {
    qint64 pid = 0; ///< 0: nobody (a record left for any reconcile to settle)
    quint64 startTicks = 0;

    /// This process.
    [[nodiscard]] static ProcessIdentity current();
    /// Whether this process still runs: the pid exists and started at the recorded time. False for nobody.
    [[nodiscard]] bool isAlive() const;
    [[nodiscard]] bool isNobody() const { return pid == 0; }
    friend bool operator==(const ProcessIdentity &, const ProcessIdentity &) = default;
};

} // namespace bgtm

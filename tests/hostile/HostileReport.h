#pragma once

#include "model/Result.h"

#include <QList>
#include <QString>

namespace bgtm::test {

/// One row of the hostile-server matrix (docs/robustness.md): which case, how it ended, how long it took and the
/// process's peak resident memory (VmHWM) before and after the case.
struct HostileRow {
    QString name;
    QString outcome; ///< error kind, or what was accepted
    qint64 elapsedMs = 0;
    qint64 deadlineMs = 0;
    qint64 peakBeforeKiB = 0;
    qint64 peakAfterKiB = 0;
};

/// Peak resident set size of this process so far (VmHWM in /proc/self/status), in KiB; 0 when unreadable.
qint64 peakResidentKiB();

/// Collects rows and, at the end of the run, prints them as a Markdown table (qInfo) and writes them to the file
/// named by the environment variable BGTM_HOSTILE_REPORT when it is set.
class HostileReport
{
public:
    void add(HostileRow row) { m_rows.append(std::move(row)); }
    void write() const;

private:
    QList<HostileRow> m_rows;
};

/// Readable name of an error kind (only kinds: never a secret).
QString kindName(ErrorKind kind);

} // namespace bgtm::test

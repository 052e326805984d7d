#include "ProcessIdentity.h"

#include <QByteArray>
#include <QFile>

#include <unistd.h>

namespace bgtm {

namespace {

// Field 22 of /proc/<pid>/stat (starttime); 0 when the process does not exist. The second field (the command
// name) is in parentheses and may hold spaces and parentheses itself, so fields are counted after the last ')'.
quint64 startTicksOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 1).simplified().split(' ');
    constexpr qsizetype kStartTime = 22 - 3; // fields after ')' begin with field 3 (state)
    return fields.size() > kStartTime ? fields.at(kStartTime).toULongLong() : 0;
}

} // namespace

ProcessIdentity ProcessIdentity::current()
{
    const qint64 pid = ::getpid();
    return ProcessIdentity {pid, startTicksOf(pid)};
}

bool ProcessIdentity::isAlive() const
{
    return pid > 0 && startTicks != 0 && startTicksOf(pid) == startTicks;
}

} // namespace bgtm

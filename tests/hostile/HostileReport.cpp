#include "HostileReport.h"

#include <QDebug>
#include <QFile>
#include <QTextStream>

namespace bgtm::test {

qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

void HostileReport::write() const
{
    QString table;
    QTextStream out(&table);
    out << "| case | outcome | time to result (ms) | deadline (ms) | peak RSS before → after (MiB) |\n";
    out << "|---|---|---:|---:|---|\n";
    for (const HostileRow &row : m_rows) {
        out << "| " << row.name << " | " << row.outcome << " | " << row.elapsedMs << " | " << row.deadlineMs << " | "
            << QString::number(static_cast<double>(row.peakBeforeKiB) / 1024.0, 'f', 1) << " → "
            << QString::number(static_cast<double>(row.peakAfterKiB) / 1024.0, 'f', 1) << " |\n";
    }
    out.flush();
    qInfo().noquote() << "\n" << table;
    const QString path = qEnvironmentVariable("BGTM_HOSTILE_REPORT");
    if (path.isEmpty())
        return;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(table.toUtf8());
}

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network:
        return QStringLiteral("Network");
    case ErrorKind::Timeout:
        return QStringLiteral("Timeout");
    case ErrorKind::Tls:
        return QStringLiteral("Tls");
    case ErrorKind::Proxy:
        return QStringLiteral("Proxy");
    case ErrorKind::ClockSkew:
        return QStringLiteral("ClockSkew");
    case ErrorKind::Http:
        return QStringLiteral("Http");
    case ErrorKind::NeedsOtp:
        return QStringLiteral("NeedsOtp");
    case ErrorKind::NeedsUnlock:
        return QStringLiteral("NeedsUnlock");
    case ErrorKind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ErrorKind::WrongPassword:
        return QStringLiteral("WrongPassword");
    case ErrorKind::IpRestricted:
        return QStringLiteral("IpRestricted");
    case ErrorKind::ForbiddenScope:
        return QStringLiteral("ForbiddenScope");
    case ErrorKind::RateLimited:
        return QStringLiteral("RateLimited");
    case ErrorKind::ServerError:
        return QStringLiteral("ServerError");
    case ErrorKind::MalformedReply:
        return QStringLiteral("MalformedReply");
    case ErrorKind::SignatureMismatch:
        return QStringLiteral("SignatureMismatch");
    case ErrorKind::Validation:
        return QStringLiteral("Validation");
    case ErrorKind::Decryption:
        return QStringLiteral("Decryption");
    case ErrorKind::Redirect:
        return QStringLiteral("Redirect");
    case ErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    default:
        return QStringLiteral("other");
    }
}

} // namespace bgtm::test

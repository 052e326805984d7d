#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace bgtm::sandbox {

/// Command-line configuration of bitgo-sandbox. `parse` fills it or returns a human error; `--help` text lives in
/// helpText() so that the README and tests can quote it.
struct SandboxOptions {
    enum class Amounts { Numbers, Strings };

    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0;
    QString tlsCertificate;
    QString tlsKey;
    bool productionRules = false;
    Amounts amounts = Amounts::Numbers;
    qint64 sessionTtlSeconds = 3600;
    QString stateFile;
    QString usersFile;
    QString runtimeFile;
    QString issuedSecretsLog;
    bool help = false;

    /// Parses `arguments` (argv including the program name). Returns an empty string on success.
    [[nodiscard]] QString parse(const QStringList &arguments);

    [[nodiscard]] static QString helpText(const QString &serverXpub);
};

} // namespace bgtm::sandbox

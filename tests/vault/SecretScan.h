#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bgtm::test {

/// One place a secret was found. Names the secret by its index in the list given, never by its value.
struct SecretHit {
    QString file;
    int secretIndex = -1;
    QString encoding; ///< "raw", "base64", "base64url", "hex" or "url"
};

/// Looks for every secret (raw and in the encodings a leak would likely take) in the given files and, recursively,
/// directories. Small on purpose: files are read whole, so point it at app data, logs and captured output.
[[nodiscard]] QList<SecretHit> scanForSecrets(const QList<QByteArray> &secrets, const QStringList &paths);

/// "file (secret #n, encoding)" lines, safe to print.
[[nodiscard]] QString describe(const QList<SecretHit> &hits);

} // namespace bgtm::test

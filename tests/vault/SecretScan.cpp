#include "SecretScan.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace bgtm::test {
namespace {

QList<QPair<QString, QByteArray>> encodings(const QByteArray &secret)
{
    return {
        {QStringLiteral("raw"), secret},
        {QStringLiteral("base64"), secret.toBase64(QByteArray::OmitTrailingEquals)},
        {QStringLiteral("base64url"), secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)},
        {QStringLiteral("hex"), secret.toHex()},
        {QStringLiteral("url"), QUrl::toPercentEncoding(QString::fromUtf8(secret))},
    };
}

void scanFile(const QString &path, const QList<QByteArray> &secrets, QList<SecretHit> &hits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray content = file.readAll();
    for (int i = 0; i < secrets.size(); ++i) {
        if (secrets[i].size() < 8) // too short to tell a leak from chance
            continue;
        const auto variants = encodings(secrets[i]);
        for (const auto &[name, bytes] : variants) {
            if (content.contains(bytes)) {
                hits.append(SecretHit {path, i, name});
                break;
            }
        }
    }
}

} // namespace

QList<SecretHit> scanForSecrets(const QList<QByteArray> &secrets, const QStringList &paths)
{
    QList<SecretHit> hits;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            scanFile(path, secrets, hits);
            continue;
        }
        if (!info.isDir())
            continue;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            scanFile(it.next(), secrets, hits);
    }
    return hits;
}

QString describe(const QList<SecretHit> &hits)
{
    QStringList lines;
    for (const SecretHit &h : hits)
        lines << QStringLiteral("%1 (secret #%2, %3)").arg(h.file).arg(h.secretIndex).arg(h.encoding);
    return lines.join(u'\n');
}

} // namespace bgtm::test

// bgtm_keychain_fault_probe: the vault API's side of the keychain-fault timing report (scripts/keychain-faults.sh).
//   prepare              stores one token (index in the app data directory + keychain), as the CLI would find it;
//                        prints `id=<token id>`
//   measure <timeout ms> times Vault::checkUsable and Vault::readSecret of that token, in this process, and prints
//                        `check-usable=<ok|error kind> <ms>`, `read=<…> <ms>`, `index-unchanged=<yes|no>`
// Uses the same application name as the app and the CLI, so their index path is this one. Never prints a secret.
#include "VaultTestUtil.h"

#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <cstdio>

using namespace bgtm;
using namespace bgtm::test;

namespace {

const QString kTokenId = QStringLiteral("0123456789abcdef0123456789abcdef");

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

QString kind(ErrorKind k)
{
    switch (k) {
    case ErrorKind::KeychainUnavailable:
        return QStringLiteral("KeychainUnavailable");
    case ErrorKind::KeychainTimeout:
        return QStringLiteral("KeychainTimeout");
    case ErrorKind::KeychainFailed:
        return QStringLiteral("KeychainFailed");
    case ErrorKind::NotFound:
        return QStringLiteral("NotFound");
    default:
        return QStringLiteral("other error %1").arg(int(k));
    }
}

template <typename T>
QString outcome(const std::optional<Result<T>> &r)
{
    if (!r)
        return QStringLiteral("no-answer");
    return r->ok() ? QStringLiteral("ok") : kind(r->error().kind);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bitgo-token-manager"));
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    KeychainSecretStore store;
    TokenIndex index(TokenIndex::defaultPath());
    if (!index.load().ok())
        return 1;
    const std::chrono::milliseconds timeout(args.value(1, QStringLiteral("10000")).toInt());
    Vault vault(&store, &index, timeout);
    const int deadline = int(timeout.count()) + 30000;

    if (args.first() == QLatin1String("prepare")) {
        StoredToken meta;
        meta.environmentId = QStringLiteral("sandbox");
        meta.userId = QStringLiteral("5d0c1a2b3c4d5e6f7a8b9c0d");
        meta.tokenId = kTokenId;
        meta.label = QStringLiteral("keychain fault probe");
        const SecretBytes secret("v2x" + QUuid::createUuid().toByteArray(QUuid::Id128)
                                 + QUuid::createUuid().toByteArray(QUuid::Id128));
        const auto usable =
            waitFor<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); }, deadline);
        const auto imported = waitFor<Done>(
            [&](QObject *c, Callback<Done> d) { vault.importToken(meta, secret, true, c, std::move(d)); }, deadline);
        say(QStringLiteral("prepare=") + outcome(usable) + u'/' + outcome(imported));
        say(QStringLiteral("id=") + kTokenId);
        return usable && usable->ok() && imported && imported->ok() ? 0 : 1;
    }
    if (args.first() == QLatin1String("measure")) {
        const QByteArray before = fileBytes(index.path());
        QElapsedTimer timer;
        timer.start();
        const auto usable =
            waitFor<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); }, deadline);
        say(QStringLiteral("check-usable=%1 %2").arg(outcome(usable)).arg(timer.elapsed()));
        std::optional<StoredToken> entry;
        for (const StoredToken &t : vault.tokens())
            if (t.tokenId == kTokenId)
                entry = t;
        if (!entry)
            return 1;
        timer.restart();
        const auto read = waitFor<SecretBytes>(
            [&](QObject *c, Callback<SecretBytes> d) { vault.readSecret(*entry, c, std::move(d)); }, deadline);
        say(QStringLiteral("read=%1 %2").arg(outcome(read)).arg(timer.elapsed()));
        say(QStringLiteral("index-unchanged=")
            + (fileBytes(index.path()) == before ? QStringLiteral("yes") : QStringLiteral("no")));
        return 0;
    }
    return 2;
}

// A separate process for the vault tests: the storing sequence under a kill point, a concurrent index writer,
// a single-instance holder that can be SIGKILLed, and keychain probes in environments the test process cannot be
// in itself (no Secret Service, a locked keyring). Prints results as key=value lines, never a secret.

#include "app/KillPoints.h"
#include "app/SingleInstance.h"
#include "vault/KeychainSecretStore.h"
#include "vault/TokenIndex.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <cstdio>
#include <optional>

using namespace bgtm;

namespace {

constexpr std::chrono::milliseconds kTimeout {5000};

QString kindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::KeychainUnavailable:
        return QStringLiteral("KeychainUnavailable");
    case ErrorKind::KeychainTimeout:
        return QStringLiteral("KeychainTimeout");
    case ErrorKind::KeychainFailed:
        return QStringLiteral("KeychainFailed");
    case ErrorKind::NotFound:
        return QStringLiteral("NotFound");
    case ErrorKind::Io:
        return QStringLiteral("Io");
    default:
        return QStringLiteral("Other");
    }
}

template <typename T, typename Start>
std::optional<Result<T>> wait(Start start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QObject context;
    start(&context, [&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(kTimeout * 3, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return out;
}

template <typename T>
QString outcome(const std::optional<Result<T>> &r)
{
    if (!r)
        return QStringLiteral("no-answer");
    return r->ok() ? QStringLiteral("ok") : kindName(r->error().kind);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int checkUsable()
{
    KeychainSecretStore store;
    TokenIndex index(qEnvironmentVariable("BGTM_HELPER_INDEX"));
    if (!index.load())
        return 3;
    Vault vault(&store, &index, kTimeout);
    const auto r = wait<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); });
    say(QStringLiteral("check-usable=") + outcome(r));
    return 0;
}

QString stateName(KeychainStatus::State state)
{
    switch (state) {
    case KeychainStatus::State::Unchecked:
        return QStringLiteral("Unchecked");
    case KeychainStatus::State::Ready:
        return QStringLiteral("Ready");
    case KeychainStatus::State::Locked:
        return QStringLiteral("Locked");
    case KeychainStatus::State::Absent:
        return QStringLiteral("Absent");
    case KeychainStatus::State::Failed:
        return QStringLiteral("Failed");
    }
    return {};
}

/// What the vault says of the keychain before any use (the app's banner); the backend's own text on its own line.
int keychainStatus()
{
    KeychainSecretStore store;
    TokenIndex index(qEnvironmentVariable("BGTM_HELPER_INDEX"));
    if (!index.load())
        return 3;
    Vault vault(&store, &index, kTimeout);
    const auto r =
        wait<KeychainStatus>([&](QObject *c, Callback<KeychainStatus> d) { vault.checkKeychain(c, std::move(d)); });
    if (!r.has_value() || !r->ok())
        return 4;
    say(QStringLiteral("keychain-status=") + stateName(r->value().state));
    say(QStringLiteral("detail=") + r->value().detail);
    return 0;
}

int storeSequence(const QStringList &args)
{
    if (args.size() < 5)
        return 2;
    const QString env = args[1], user = args[2], tokenId = args[3], label = args[4];
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    CreatedToken created;
    created.secret = SecretBytes(in.readLine().trimmed());
    created.token.id = tokenId;
    created.token.label = label;
    created.token.user = user;
    created.token.created = QDateTime::currentDateTimeUtc();
    created.token.expires = created.token.created.addDays(30);

    KeychainSecretStore store;
    TokenIndex index(args[0]);
    if (!index.load())
        return 3;
    Vault vault(&store, &index, kTimeout);
    const auto status =
        wait<KeychainStatus>([&](QObject *c, Callback<KeychainStatus> d) { vault.checkKeychain(c, std::move(d)); });
    say(QStringLiteral("keychain-status=")
        + (status && status->ok() ? stateName(status->value().state) : QStringLiteral("none")));
    const auto usable = wait<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); });
    if (!usable || !usable->ok())
        return 3;
    CreateTokenRequest request;
    request.label = label;
    request.scope = {QStringLiteral("wallet_view_all")};
    const Result<QString> pending = vault.recordPending(env, user, request);
    if (!pending)
        return 3;
    // The server's reply would arrive here; the vault's own kill points follow inside storeCreated.
    killPoint("after-server-reply");
    const auto stored = wait<Done>(
        [&](QObject *c, Callback<Done> d) { vault.storeCreated(pending.value(), created, c, std::move(d)); });
    say(QStringLiteral("store=") + outcome(stored));
    return stored && stored->ok() ? 0 : 3;
}

int indexAdd(const QStringList &args)
{
    if (args.size() < 3)
        return 2;
    TokenIndex index(args[0]);
    const int count = args[2].toInt();
    for (int i = 0; i < count; ++i) {
        const Status s = index.update([&](QList<StoredToken> &tokens) {
            StoredToken t;
            t.environmentId = QStringLiteral("sandbox");
            t.userId = QStringLiteral("u");
            t.tokenId = args[1] + QString::number(i);
            t.label = t.tokenId;
            t.state = StoredToken::State::Stored;
            tokens.append(t);
            return true;
        });
        if (!s) {
            say(QStringLiteral("error=") + s.error().message);
            return 3;
        }
    }
    return 0;
}

int singleInstance(const QStringList &args)
{
    if (args.isEmpty())
        return 2;
    SingleInstance instance(args[0], QStringLiteral("bgtm-test"));
    const auto role = instance.start();
    if (!role)
        return 3;
    say(role.value() == SingleInstance::Role::Primary ? QStringLiteral("role=primary")
                                                      : QStringLiteral("role=secondary"));
    if (role.value() == SingleInstance::Role::Secondary)
        return 0;
    return QCoreApplication::exec(); // until killed
}

int lockedScenario(const QStringList &args)
{
    if (args.isEmpty())
        return 2;
    KeychainSecretStore store;
    TokenIndex index(args[0]);
    if (!index.load())
        return 3;
    Vault vault(&store, &index, kTimeout);
    StoredToken meta;
    meta.environmentId = QStringLiteral("sandbox");
    meta.userId = QStringLiteral("locked-user");
    meta.tokenId = QStringLiteral("0123456789abcdef0123456789abcdef");
    meta.label = QStringLiteral("locked");
    const SecretBytes secret(QUuid::createUuid().toByteArray(QUuid::Id128));
    const auto imported =
        wait<Done>([&](QObject *c, Callback<Done> d) { vault.importToken(meta, secret, true, c, std::move(d)); });
    say(QStringLiteral("import=") + outcome(imported));

    QProcess gdbus;
    gdbus.start(QStringLiteral("gdbus"),
                {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                 QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                 QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                 QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                 QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    const bool locked = gdbus.waitForFinished(10000) && gdbus.exitCode() == 0;
    say(QStringLiteral("locked=") + (locked ? QStringLiteral("yes") : QStringLiteral("no")));

    QFile indexFile(args[0]);
    indexFile.open(QIODevice::ReadOnly);
    const QByteArray indexBefore = indexFile.readAll();
    indexFile.close();

    const auto status =
        wait<KeychainStatus>([&](QObject *c, Callback<KeychainStatus> d) { vault.checkKeychain(c, std::move(d)); });
    say(QStringLiteral("keychain-status=")
        + (status && status->ok() ? stateName(status->value().state) : QStringLiteral("none")));
    const auto usable = wait<Done>([&](QObject *c, Callback<Done> d) { vault.checkUsable(c, std::move(d)); });
    say(QStringLiteral("check-usable=") + outcome(usable));
    const StoredToken stored = vault.tokens().value(0);
    const auto presence =
        wait<SecretPresence>([&](QObject *c, Callback<SecretPresence> d) { vault.presence(stored, c, std::move(d)); });
    QString presenceText = outcome(presence);
    if (presence && presence->ok()) {
        presenceText = presence->value() == SecretPresence::InKeychain ? QStringLiteral("InKeychain")
            : presence->value() == SecretPresence::NotOnThisMachine    ? QStringLiteral("NotOnThisMachine")
                                                                       : QStringLiteral("KeychainLocked");
    }
    say(QStringLiteral("presence=") + presenceText);
    const auto read =
        wait<SecretBytes>([&](QObject *c, Callback<SecretBytes> d) { vault.readSecret(stored, c, std::move(d)); });
    say(QStringLiteral("read=") + outcome(read));

    indexFile.open(QIODevice::ReadOnly);
    say(QStringLiteral("index-unchanged=")
        + (indexFile.readAll() == indexBefore ? QStringLiteral("yes") : QStringLiteral("no")));
    say(QStringLiteral("entries=") + QString::number(vault.tokens().size()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    const QString command = args.takeFirst();
    if (command == QLatin1String("check-usable"))
        return checkUsable();
    if (command == QLatin1String("keychain-status"))
        return keychainStatus();
    if (command == QLatin1String("store-sequence"))
        return storeSequence(args);
    if (command == QLatin1String("index-add"))
        return indexAdd(args);
    if (command == QLatin1String("single-instance"))
        return singleInstance(args);
    if (command == QLatin1String("locked-scenario"))
        return lockedScenario(args);
    return 2;
}

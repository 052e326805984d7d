#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace bgtm {
namespace {

Error keychainError(QKeychain::Error code, const QString &detail)
{
    // Qt Keychain's error text names the backend problem (D-Bus, Secret Service); it never contains the secret.
    switch (code) {
    case QKeychain::EntryNotFound:
        return errorOf(ErrorKind::NotFound,
                       QCoreApplication::translate("bgtm::Keychain", "The keychain holds no such item."));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return errorOf(ErrorKind::KeychainUnavailable,
                       QCoreApplication::translate("bgtm::Keychain", "The keychain is locked or refused access (%1).")
                           .arg(detail));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return errorOf(
            ErrorKind::KeychainUnavailable,
            QCoreApplication::translate("bgtm::Keychain", "No keychain service is available (%1).").arg(detail));
    default:
        return errorOf(ErrorKind::KeychainFailed,
                       QCoreApplication::translate("bgtm::Keychain", "The keychain reported an error: %1").arg(detail));
    }
}

Error timeoutError(std::chrono::milliseconds timeout)
{
    return errorOf(ErrorKind::KeychainTimeout,
                   QCoreApplication::translate("bgtm::Keychain",
                                               "The keychain did not answer within %n second(s). It may be locked and "
                                               "waiting for a password prompt.",
                                               nullptr, static_cast<int>((timeout.count() + 999) / 1000)));
}

/// Starts `job` and delivers exactly one result: the job's, or a timeout. The job keeps running after a
/// timeout (deleting it is unsafe in 0.13) and deletes itself; its late answer is dropped via `answered`.
template <typename T, typename JobT, typename Translate>
void runJob(JobT *job, std::chrono::milliseconds timeout, QObject *context, Callback<T> done, Translate translate)
{
    auto answered = std::make_shared<bool>(false);
    auto deliver = std::make_shared<Callback<T>>(std::move(done));
    QObject::connect(job, &QKeychain::Job::finished, context, [answered, deliver, translate](QKeychain::Job *finished) {
        if (*answered)
            return;
        *answered = true;
        (*deliver)(translate(static_cast<JobT *>(finished)));
    });
    QTimer::singleShot(timeout, context, [answered, deliver, timeout] {
        if (*answered)
            return;
        *answered = true;
        (*deliver)(timeoutError(timeout));
    });
    job->start();
}

template <typename JobT>
JobT *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

const QString kSecretService = QStringLiteral("org.freedesktop.secrets");
/// The collection new items go to.
const QString kDefaultCollection = QStringLiteral("/org/freedesktop/secrets/aliases/default");
/// How long a status query after an unlock may take: the service just answered, it is not waiting for a user.
constexpr std::chrono::seconds kStatusAfterUnlock {10};

/// Qt Keychain picks KWallet on a KDE session; its state is only known by using it.
bool qtKeychainUsesKWallet()
{
    return qEnvironmentVariable("XDG_CURRENT_DESKTOP").contains(QLatin1String("KDE"), Qt::CaseInsensitive)
        || qEnvironmentVariableIsSet("KDE_FULL_SESSION");
}

/// Waits for a Secret Service prompt to complete. QtDBus delivers bus signals to slots only, hence a QObject.
class PromptWaiter : public QObject
{
    Q_OBJECT
public:
    PromptWaiter(std::function<void()> finished, QObject *parent) : QObject(parent), m_finished(std::move(finished)) { }

public Q_SLOTS:
    void completed(bool dismissed, const QDBusVariant &result)
    {
        Q_UNUSED(dismissed) // dismissed or not, the collection's Locked property tells what happened
        Q_UNUSED(result)
        finish();
    }
    void finish()
    {
        if (m_finished)
            std::exchange(m_finished, nullptr)();
        deleteLater();
    }

private:
    std::function<void()> m_finished;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent) : KeychainSecretStore(QString::fromLatin1(kService), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{ }

void KeychainSecretStore::write(const QString &key, const SecretBytes &secret, std::chrono::milliseconds timeout,
                                QObject *context, Callback<Done> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    // Text mode keeps the item readable as-is by other Secret Service clients (secret-tool) for support.
    QString text = QString::fromUtf8(secret.bytes());
    job->setTextData(text);
    text.fill(QChar(u'\0'));
    runJob<Done>(job, timeout, context ? context : this, std::move(done),
                 [](QKeychain::WritePasswordJob *j) -> Result<Done> {
                     if (j->error() != QKeychain::NoError)
                         return keychainError(j->error(), j->errorString());
                     return Done {};
                 });
}

void KeychainSecretStore::read(const QString &key, std::chrono::milliseconds timeout, QObject *context,
                               Callback<SecretBytes> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    runJob<SecretBytes>(job, timeout, context ? context : this, std::move(done),
                        [](QKeychain::ReadPasswordJob *j) -> Result<SecretBytes> {
                            if (j->error() != QKeychain::NoError)
                                return keychainError(j->error(), j->errorString());
                            return SecretBytes(j->textData().toUtf8());
                        });
}

void KeychainSecretStore::remove(const QString &key, std::chrono::milliseconds timeout, QObject *context,
                                 Callback<Done> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    runJob<Done>(job, timeout, context ? context : this, std::move(done),
                 [](QKeychain::DeletePasswordJob *j) -> Result<Done> {
                     if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
                         return Done {};
                     return keychainError(j->error(), j->errorString());
                 });
}

void KeychainSecretStore::status(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done)
{
    using State = KeychainStatus::State;
    if (qtKeychainUsesKWallet())
        return done(KeychainStatus {});
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return done(KeychainStatus {State::Absent, bus.lastError().message()});
    // The collection new items go to. Reading a property never prompts; a method call would start an unlock.
    QDBusMessage get = QDBusMessage::createMethodCall(
        kSecretService, kDefaultCollection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    auto *watcher =
        new QDBusPendingCallWatcher(bus.asyncCall(get, static_cast<int>(timeout.count())), context ? context : this);
    connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [done = std::move(done)](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *w;
        if (!reply.isError())
            return done(KeychainStatus {reply.value().variant().toBool() ? State::Locked : State::Ready, {}});
        const QDBusError error = reply.error();
        switch (error.type()) {
        case QDBusError::ServiceUnknown: // not running and no .service file to start it
            return done(KeychainStatus {State::Absent, error.message()});
        case QDBusError::UnknownObject: // no default keyring yet: creating one asks for a password, as unlocking does
        case QDBusError::UnknownMethod:
            return done(KeychainStatus {State::Locked, error.message()});
        default:
            return done(KeychainStatus {State::Failed, error.name() + QStringLiteral(": ") + error.message()});
        }
    });
}

void KeychainSecretStore::describe(const QString &key, const QString &label, std::chrono::milliseconds timeout,
                                   QObject *context, Callback<Done> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (qtKeychainUsesKWallet() || !bus.isConnected())
        return done(Done {});
    qDBusRegisterMetaType<QMap<QString, QString>>();
    QDBusMessage search =
        QDBusMessage::createMethodCall(kSecretService, QStringLiteral("/org/freedesktop/secrets"),
                                       QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    // The attributes Qt Keychain gives every item it writes through libsecret.
    search << QVariant::fromValue(
        QMap<QString, QString> {{QStringLiteral("server"), m_service}, {QStringLiteral("user"), key}});
    QObject *owner = context ? context : this;
    const int ms = static_cast<int>(timeout.count());
    auto *searching = new QDBusPendingCallWatcher(bus.asyncCall(search, ms), owner);
    connect(searching, &QDBusPendingCallWatcher::finished, owner,
            [bus, label, ms, owner, done = std::move(done)](QDBusPendingCallWatcher *w) mutable {
                w->deleteLater();
                const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> found = *w;
                if (found.isError())
                    return done(errorOf(ErrorKind::KeychainFailed, found.error().message()));
                const QList<QDBusObjectPath> unlocked = found.argumentAt<0>();
                if (unlocked.isEmpty())
                    return done(
                        errorOf(ErrorKind::NotFound,
                                QCoreApplication::translate("bgtm::Keychain", "The keychain holds no such item.")));
                auto left = std::make_shared<qsizetype>(unlocked.size());
                auto failure = std::make_shared<QString>();
                for (const QDBusObjectPath &item : unlocked) {
                    QDBusMessage set = QDBusMessage::createMethodCall(kSecretService, item.path(),
                                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                                      QStringLiteral("Set"));
                    set << QStringLiteral("org.freedesktop.Secret.Item") << QStringLiteral("Label")
                        << QVariant::fromValue(QDBusVariant(label));
                    auto *setting = new QDBusPendingCallWatcher(bus.asyncCall(set, ms), owner);
                    connect(setting, &QDBusPendingCallWatcher::finished, owner,
                            [left, failure, done](QDBusPendingCallWatcher *s) {
                                s->deleteLater();
                                if (s->isError())
                                    *failure = s->error().message();
                                if (--*left > 0)
                                    return;
                                done(failure->isEmpty() ? Result<Done>(Done {})
                                                        : Result<Done>(errorOf(ErrorKind::KeychainFailed, *failure)));
                            });
                }
            });
}

void KeychainSecretStore::unlock(std::chrono::milliseconds timeout, QObject *context, Callback<KeychainStatus> done)
{
    QObject *owner = context ? context : this;
    QPointer<KeychainSecretStore> self(this);
    auto answer = [self, owner, done = std::move(done)]() {
        if (self)
            self->status(kStatusAfterUnlock, owner, done);
    };
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (qtKeychainUsesKWallet() || !bus.isConnected())
        return answer();
    QDBusMessage call =
        QDBusMessage::createMethodCall(kSecretService, QStringLiteral("/org/freedesktop/secrets"),
                                       QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Unlock"));
    call << QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(kDefaultCollection)});
    auto *unlocking =
        new QDBusPendingCallWatcher(bus.asyncCall(call, static_cast<int>(kStatusAfterUnlock.count() * 1000)), owner);
    connect(unlocking, &QDBusPendingCallWatcher::finished, owner,
            [bus, owner, timeout, answer](QDBusPendingCallWatcher *w) mutable {
                w->deleteLater();
                const QDBusPendingReply<QList<QDBusObjectPath>, QDBusObjectPath> reply = *w;
                const QString prompt = reply.isError() ? QString() : reply.argumentAt<1>().path();
                if (prompt.isEmpty() || prompt == QLatin1String("/"))
                    return answer(); // unlocked without a prompt, or refused: the status says which
                auto *waiter = new PromptWaiter(answer, owner);
                const QString promptInterface = QStringLiteral("org.freedesktop.Secret.Prompt");
                // A normalized signature, without the space the formatter would put after the comma.
                // clang-format off
                bus.connect(kSecretService, prompt, promptInterface, QStringLiteral("Completed"), waiter,
                            SLOT(completed(bool,QDBusVariant)));
                // clang-format on
                // The user walked away from the prompt: take it down rather than leave it behind a later window.
                QTimer::singleShot(timeout, waiter, [bus, prompt, promptInterface, waiter]() mutable {
                    bus.asyncCall(QDBusMessage::createMethodCall(kSecretService, prompt, promptInterface,
                                                                 QStringLiteral("Dismiss")));
                    waiter->finish();
                });
                QDBusMessage show =
                    QDBusMessage::createMethodCall(kSecretService, prompt, promptInterface, QStringLiteral("Prompt"));
                show << QString(); // no parent window id: Wayland has none to give, X11's is optional
                auto *shown = new QDBusPendingCallWatcher(bus.asyncCall(show), waiter);
                connect(shown, &QDBusPendingCallWatcher::finished, waiter, [waiter](QDBusPendingCallWatcher *s) {
                    s->deleteLater();
                    if (s->isError())
                        waiter->finish();
                });
            });
}

} // namespace bgtm

#include "KeychainSecretStore.moc"

#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
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

} // namespace bgtm

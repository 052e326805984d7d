#include "TestKeyring.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QVariant>

namespace bgtm::test {
namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");
const QString kServicePath = QStringLiteral("/org/freedesktop/secrets");
const QString kLogin = QStringLiteral("/org/freedesktop/secrets/collection/login");
/// The password scripts/with-test-session.sh gives the keyring it starts.
const QByteArray kPassword = QByteArrayLiteral("bgtm-test-keyring");

bool call(const QDBusMessage &message, QDBusMessage *reply, QString *error)
{
    *reply = QDBusConnection::sessionBus().call(message, QDBus::Block, 10000);
    if (reply->type() == QDBusMessage::ErrorMessage) {
        *error = reply->errorName() + QStringLiteral(": ") + reply->errorMessage();
        return false;
    }
    return true;
}

} // namespace

bool lockTestKeyring(QString *error)
{
    QDBusMessage lock = QDBusMessage::createMethodCall(
        kService, kServicePath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("Lock"));
    lock << QVariant::fromValue(QList<QDBusObjectPath> {QDBusObjectPath(kLogin)});
    QDBusMessage reply;
    return call(lock, &reply, error);
}

bool unlockTestKeyring(QString *error)
{
    // A "plain" session: the password crosses the private test bus as is.
    QDBusMessage open = QDBusMessage::createMethodCall(
        kService, kServicePath, QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    QDBusMessage opened;
    if (!call(open, &opened, error))
        return false;
    const QDBusObjectPath session = opened.arguments().value(1).value<QDBusObjectPath>();
    QDBusArgument secret;
    secret.beginStructure();
    secret << session << QByteArray() << kPassword << QStringLiteral("text/plain");
    secret.endStructure();
    QDBusMessage unlock = QDBusMessage::createMethodCall(
        kService, kServicePath, QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"),
        QStringLiteral("UnlockWithMasterPassword"));
    unlock << QVariant::fromValue(QDBusObjectPath(kLogin)) << QVariant::fromValue(secret);
    QDBusMessage reply;
    return call(unlock, &reply, error);
}

} // namespace bgtm::test

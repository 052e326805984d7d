#include "VaultTestUtil.h"

#include "vault/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

using namespace bgtm;
using namespace bgtm::test;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    static constexpr std::chrono::milliseconds kTimeout {10000};
    KeychainSecretStore m_store;

    static SecretBytes randomSecret() { return SecretBytes(QUuid::createUuid().toByteArray(QUuid::Id128) + "v2x"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(inTestSession(), kNotInSession); }

    void serviceIsTheAppName() { QCOMPARE(m_store.service(), QStringLiteral("bitgo-token-manager")); }

    void writtenSecretIsVisibleFromOutsideAndReadsBack()
    {
        const QString key = QStringLiteral("sandbox/user1/") + QUuid::createUuid().toString(QUuid::Id128);
        const SecretBytes secret = randomSecret();
        const auto written =
            waitFor<Done>([&](QObject *c, Callback<Done> d) { m_store.write(key, secret, kTimeout, c, std::move(d)); });
        QVERIFY(written && written->ok());

        const Lookup outside = secretToolLookup(key);
        QCOMPARE(outside.exitCode, 0);
        QVERIFY2(outside.value == secret.bytes(), "secret-tool sees different bytes than were written");

        const auto read = waitFor<SecretBytes>(
            [&](QObject *c, Callback<SecretBytes> d) { m_store.read(key, kTimeout, c, std::move(d)); });
        QVERIFY(read && read->ok());
        QVERIFY(read->value() == secret);
    }

    void removedSecretIsGoneFromOutside()
    {
        const QString key = QStringLiteral("sandbox/user1/") + QUuid::createUuid().toString(QUuid::Id128);
        const SecretBytes secret = randomSecret();
        QVERIFY(waitFor<Done>([&](QObject *c, Callback<Done> d) {
                    m_store.write(key, secret, kTimeout, c, std::move(d));
                })->ok());
        QCOMPARE(secretToolLookup(key).exitCode, 0);
        const auto removed =
            waitFor<Done>([&](QObject *c, Callback<Done> d) { m_store.remove(key, kTimeout, c, std::move(d)); });
        QVERIFY(removed && removed->ok());
        QCOMPARE(secretToolLookup(key).exitCode, 1);
    }

    void readingAnAbsentItemIsNotFound()
    {
        const auto read = waitFor<SecretBytes>([&](QObject *c, Callback<SecretBytes> d) {
            m_store.read(QStringLiteral("sandbox/nobody/absent"), kTimeout, c, std::move(d));
        });
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY(read->error().kind == ErrorKind::NotFound);
    }

    void removingAnAbsentItemSucceeds()
    {
        const auto removed = waitFor<Done>([&](QObject *c, Callback<Done> d) {
            m_store.remove(QStringLiteral("sandbox/nobody/absent"), kTimeout, c, std::move(d));
        });
        QVERIFY(removed && removed->ok());
    }

    void keysOfDifferentEnvironmentsDoNotCollide()
    {
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        const SecretBytes a = randomSecret(), b = randomSecret();
        QVERIFY(waitFor<Done>([&](QObject *c, Callback<Done> d) {
                    m_store.write(QStringLiteral("sandbox/u/") + id, a, kTimeout, c, std::move(d));
                })->ok());
        QVERIFY(waitFor<Done>([&](QObject *c, Callback<Done> d) {
                    m_store.write(QStringLiteral("test/u/") + id, b, kTimeout, c, std::move(d));
                })->ok());
        QVERIFY(secretToolLookup(QStringLiteral("sandbox/u/") + id).value == a.bytes());
        QVERIFY(secretToolLookup(QStringLiteral("test/u/") + id).value == b.bytes());
    }

    void callbackIsNotCalledAfterItsContextIsDestroyed()
    {
        bool called = false;
        {
            QObject context;
            m_store.read(QStringLiteral("sandbox/nobody/absent"), kTimeout, &context,
                         [&](Result<SecretBytes>) { called = true; });
        }
        // Let the job finish (it deletes itself) and any stray timer fire.
        const auto probe = waitFor<SecretBytes>([&](QObject *c, Callback<SecretBytes> d) {
            m_store.read(QStringLiteral("sandbox/nobody/absent"), kTimeout, c, std::move(d));
        });
        QVERIFY(probe.has_value());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"

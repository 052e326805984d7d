#include "app/SingleInstance.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace bgtm;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartIsPrimaryAndSecondIsSecondary()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.path(), QStringLiteral("app"));
        SingleInstance second(dir.path(), QStringLiteral("app"));
        const auto a = first.start();
        QVERIFY(a.ok());
        QVERIFY(a.value() == SingleInstance::Role::Primary);
        const auto b = second.start();
        QVERIFY(b.ok());
        QVERIFY(b.value() == SingleInstance::Role::Secondary);
    }

    void secondStartAsksThePrimaryToRaiseItsWindow()
    {
        QTemporaryDir dir;
        SingleInstance primary(dir.path(), QStringLiteral("app"));
        QVERIFY(primary.start().ok());
        QSignalSpy raised(&primary, &SingleInstance::activationRequested);
        SingleInstance secondary(dir.path(), QStringLiteral("app"));
        QVERIFY(secondary.start().value() == SingleInstance::Role::Secondary);
        std::optional<Status> answer;
        secondary.requestActivation(std::chrono::seconds(10), this, [&](const Status &s) { answer = s; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(answer->ok());
        QCOMPARE(raised.size(), 1);
    }

    void activationWithNobodyListeningFailsWithinTheTimeout()
    {
        QTemporaryDir dir;
        SingleInstance lonely(dir.path(), QStringLiteral("nobody"));
        std::optional<Status> answer;
        lonely.requestActivation(std::chrono::milliseconds(500), this, [&](const Status &s) { answer = s; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(!answer->ok());
        QVERIFY(!answer->error().message.isEmpty());
    }

    void lockOfAKilledInstanceIsTakenOver()
    {
        QTemporaryDir dir;
        QProcess holder;
        holder.start(QStringLiteral(BGTM_VAULT_HELPER), {QStringLiteral("single-instance"), dir.path()});
        QVERIFY(holder.waitForStarted(10000));
        QByteArray output;
        connect(&holder, &QProcess::readyReadStandardOutput, this, [&] { output += holder.readAllStandardOutput(); });
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("role=primary"), 15000);
        {
            SingleInstance whileAlive(dir.path(), QStringLiteral("bgtm-test"));
            QVERIFY(whileAlive.start().value() == SingleInstance::Role::Secondary);
        }
        holder.kill(); // SIGKILL: no clean-up, the lock file and socket stay behind
        QVERIFY(holder.waitForFinished(10000));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("bgtm-test.lock"))));

        SingleInstance successor(dir.path(), QStringLiteral("bgtm-test"));
        const auto role = successor.start();
        QVERIFY(role.ok());
        QVERIFY(role.value() == SingleInstance::Role::Primary);
        QSignalSpy raised(&successor, &SingleInstance::activationRequested);
        SingleInstance another(dir.path(), QStringLiteral("bgtm-test"));
        QVERIFY(another.start().value() == SingleInstance::Role::Secondary);
        std::optional<Status> answer;
        another.requestActivation(std::chrono::seconds(10), this, [&](const Status &s) { answer = s; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
        QVERIFY(answer->ok());
        QCOMPARE(raised.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "TestSingleInstance.moc"

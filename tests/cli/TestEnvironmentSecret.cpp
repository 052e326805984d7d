// BITGO_ACCESS_TOKEN taken out of the CLI's environment (takeEnvironmentSecret). CTest starts this test with the
// variable set (tests/cli/CMakeLists.txt), so that it sits in the process's initial environment block, the one
// /proc/<pid>/environ shows, exactly as it does for the CLI.
#include "EnvironmentSecret.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <cstdlib>

using namespace bgtm;
using namespace bgtm::cli;

namespace {

constexpr char kToken[] = "v2xenvironmenttesttoken0123456789abcdef"; // as in tests/cli/CMakeLists.txt

QByteArray procEnviron()
{
    QFile file(QStringLiteral("/proc/self/environ"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestEnvironmentSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theTokenIsHandedOverAndWipedWhereTheEnvironmentHeldIt()
    {
        const QByteArray expected(kToken);
        char *held = std::getenv("BITGO_ACCESS_TOKEN"); // NOLINT(concurrency-mt-unsafe): one thread
        QVERIFY2(held, "run through ctest, which starts this test with BITGO_ACCESS_TOKEN set");
        QVERIFY(QByteArray(held) == expected);
        const QByteArray entry = QByteArrayLiteral("BITGO_ACCESS_TOKEN=") + expected;
        QVERIFY(procEnviron().contains(entry)); // the control: readable before

        const SecretBytes token = takeEnvironmentSecret("BITGO_ACCESS_TOKEN");

        QVERIFY(token.bytes() == expected);
        // Zero where it was (the initial block lives as long as the process), so /proc no longer shows it.
        QVERIFY2(QByteArray(held, expected.size()) == QByteArray(expected.size(), '\0'),
                 "the environment block still holds the token");
        QVERIFY(!procEnviron().contains(expected));
        QVERIFY(!qEnvironmentVariableIsSet("BITGO_ACCESS_TOKEN"));
        // The environment copy the CLI makes next, and any process it starts, see nothing of it.
        QVERIFY(!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("BITGO_ACCESS_TOKEN")));
        QProcess child;
        child.start(QStringLiteral("/usr/bin/env"), {});
        QVERIFY(child.waitForFinished(10000));
        const QByteArray childEnvironment = child.readAllStandardOutput();
        QVERIFY(childEnvironment.contains("HOME=")); // the control: env printed its environment
        QVERIFY(!childEnvironment.contains("BITGO_ACCESS_TOKEN"));
    }

    void anUnsetVariableGivesNothing()
    {
        QVERIFY(!qEnvironmentVariableIsSet("BGTM_TEST_NEVER_SET"));
        QVERIFY(takeEnvironmentSecret("BGTM_TEST_NEVER_SET").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentSecret)
#include "TestEnvironmentSecret.moc"

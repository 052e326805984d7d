// Who may drive the sandbox: admin routes need this run's secret (X-Sandbox-Admin, from the 0600 runtime file), and
// every route needs a Host header that names the sandbox (loopback or its address, its port) — the defence against
// another local user and against a web page reaching it through DNS rebinding. Refusals have no side effect.
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <sys/stat.h>

using namespace bgtm;
using namespace bgtm::test;

class TestSandboxAdminAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runtimeFileIsPrivateAndHoldsTheSecret();
    void adminSecretDiffersBetweenRuns();
    void adminRouteRefusesAMissingOrWrongSecret_data();
    void adminRouteRefusesAMissingOrWrongSecret();
    void adminRouteAcceptsTheSecret();
    void foreignHostIsRefused_data();
    void foreignHostIsRefused();
    void loopbackHostNamesAreAccepted_data();
    void loopbackHostNamesAreAccepted();
    void httpsChecksHostAndSecretToo();
    void cleanupTestCase();

private:
    SandboxProcess m_sandbox;
};

namespace {

/// The secret with its last character changed: same length, so only the comparison itself can refuse it.
QByteArray lastByteDiffers(const QByteArray &secret)
{
    QByteArray wrong = secret;
    wrong.back() = wrong.back() == '0' ? '1' : '0';
    return wrong;
}

/// One request with exactly the given Host lines (none, one or several) and headers.
RawHttpReply send(const SandboxProcess &sandbox, const QByteArray &method, const QByteArray &path,
                  const QList<QByteArray> &hosts, const QList<QPair<QByteArray, QByteArray>> &headers,
                  const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\n";
    for (const QByteArray &host : hosts)
        bytes += "Host: " + host + "\r\n";
    for (const auto &h : headers)
        bytes += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty())
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "Connection: close\r\n\r\n" + body;
    return sandbox.raw().sendRaw(bytes);
}

} // namespace

void TestSandboxAdminAccess::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestSandboxAdminAccess::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

void TestSandboxAdminAccess::runtimeFileIsPrivateAndHoldsTheSecret()
{
    struct stat info { };
    QCOMPARE(::stat(QFile::encodeName(m_sandbox.runtimeFile()).constData(), &info), 0);
    QCOMPARE(info.st_mode & 07777, mode_t(0600));
    // 32 bytes from a CSPRNG, hex.
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY(hex64.match(QString::fromLatin1(m_sandbox.adminSecret())).hasMatch());
    // Never printed: the start-up lines and anything on stderr are free of it.
    QVERIFY(!m_sandbox.stderrOutput().contains(m_sandbox.adminSecret()));
}

void TestSandboxAdminAccess::adminSecretDiffersBetweenRuns()
{
    SandboxProcess other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    QVERIFY(other.adminSecret() != m_sandbox.adminSecret());
    // Each run's secret opens only its own sandbox.
    const RawHttpReply crossed =
        other.raw().request("GET", "/_sandbox/state", {{"X-Sandbox-Admin", m_sandbox.adminSecret()}});
    QCOMPARE(crossed.status, 403);
    QCOMPARE(other.stop(), 0);
}

void TestSandboxAdminAccess::adminRouteRefusesAMissingOrWrongSecret_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("withHeader");
    QTest::addColumn<bool>("wrongSecret");
    QTest::addColumn<int>("status");
    const struct {
        const char *method;
        const char *path;
    } routes[] = {{"POST", "/_sandbox/tokens"},
                  {"POST", "/_sandbox/reset"},
                  {"GET", "/_sandbox/state"},
                  {"POST", "/_sandbox/faults"}};
    for (const auto &r : routes) {
        QTest::addRow("%s %s without the header", r.method, r.path)
            << QByteArray(r.method) << QByteArray(r.path) << false << false << 401;
        QTest::addRow("%s %s with an empty header", r.method, r.path)
            << QByteArray(r.method) << QByteArray(r.path) << true << false << 401;
        QTest::addRow("%s %s with the last byte wrong", r.method, r.path)
            << QByteArray(r.method) << QByteArray(r.path) << true << true << 403;
    }
}

void TestSandboxAdminAccess::adminRouteRefusesAMissingOrWrongSecret()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(bool, withHeader);
    QFETCH(bool, wrongSecret);
    QFETCH(int, status);
    // A token that a reset would remove, and none of the faults a fault route would add.
    QVERIFY(!m_sandbox.createTokenDirect({{QStringLiteral("label"), QStringLiteral("before the refusal")}}).isEmpty());
    QVERIFY(m_sandbox.clearFaults());
    const int before = m_sandbox.liveTokenCount();
    QVERIFY(before >= 1);

    QList<QPair<QByteArray, QByteArray>> headers;
    if (withHeader)
        headers.append(qMakePair(QByteArray("X-Sandbox-Admin"),
                                 wrongSecret ? lastByteDiffers(m_sandbox.adminSecret()) : QByteArray()));
    const QByteArray body = method == "POST" ? QByteArray(R"({"mode":"500","label":"refused"})") : QByteArray();
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    const RawHttpReply reply = m_sandbox.raw().request(method, path, headers, body);
    QCOMPARE(reply.status, status);
    const QJsonObject error = reply.json();
    QCOMPARE(error.value(QStringLiteral("name")).toString(),
             status == 401 ? QStringLiteral("Unauthorized") : QStringLiteral("Forbidden"));
    QVERIFY2(error.value(QStringLiteral("error")).toString().contains(QLatin1String("X-Sandbox-Admin")),
             reply.body.constData());
    QVERIFY(!reply.body.contains("tokens") && !reply.body.contains("faults")); // no admin payload

    // Nothing happened: same tokens, no fault, and an API route still answers normally.
    QCOMPARE(m_sandbox.liveTokenCount(), before);
    QVERIFY(m_sandbox.admin("GET", QStringLiteral("/_sandbox/faults"))
                .object()
                .value(QStringLiteral("faults"))
                .toArray()
                .isEmpty());
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/client/constants").status, 200);
}

void TestSandboxAdminAccess::adminRouteAcceptsTheSecret()
{
    const RawHttpReply reply =
        m_sandbox.raw().request("POST", "/_sandbox/tokens",
                                {{"X-Sandbox-Admin", m_sandbox.adminSecret()}, {"Content-Type", "application/json"}},
                                R"({"label":"with the secret"})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("accessToken")).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("with the secret"));
}

void TestSandboxAdminAccess::foreignHostIsRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QList<QByteArray>>("hosts");
    const QByteArray port = QByteArray::number(m_sandbox.baseUrl().port());
    const QByteArray otherPort =
        QByteArray::number(m_sandbox.baseUrl().port() == 65535 ? 1 : m_sandbox.baseUrl().port() + 1);
    const QList<QPair<const char *, QList<QByteArray>>> hosts {
        {"rebound name", {"evil.example:" + port}},
        {"rebound name under localhost", {"localhost.evil.example:" + port}},
        {"loopback on another port", {"127.0.0.1:" + otherPort}},
        {"loopback without the port", {"127.0.0.1"}},
        {"localhost with an empty port", {"localhost:"}},
        {"a good and a foreign Host", {"127.0.0.1:" + port, "evil.example:" + port}},
        {"no Host", {}},
    };
    for (const auto &[name, list] : hosts) {
        QTest::addRow("API route, %s", name) << QByteArray("GET") << QByteArray("/api/v1/client/constants") << list;
        QTest::addRow("admin route, %s", name) << QByteArray("POST") << QByteArray("/_sandbox/tokens") << list;
    }
}

void TestSandboxAdminAccess::foreignHostIsRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(QList<QByteArray>, hosts);
    const int before = m_sandbox.liveTokenCount();
    // The admin request even carries the right secret: a rebinding page cannot have it, but the Host alone refuses.
    const RawHttpReply reply =
        send(m_sandbox, method, path, hosts, {{"X-Sandbox-Admin", m_sandbox.adminSecret()}},
             method == "POST" ? QByteArray(R"({"label":"through a foreign host"})") : QByteArray());
    QCOMPARE(reply.status, 421);
    QCOMPARE(reply.json().value(QStringLiteral("name")).toString(), QStringLiteral("MisdirectedRequest"));
    QVERIFY2(reply.json().value(QStringLiteral("error")).toString().contains(QLatin1String("Host")),
             reply.body.constData());
    QCOMPARE(m_sandbox.liveTokenCount(), before);
}

void TestSandboxAdminAccess::loopbackHostNamesAreAccepted_data()
{
    QTest::addColumn<QByteArray>("host");
    const QByteArray port = QByteArray::number(m_sandbox.baseUrl().port());
    QTest::newRow("127.0.0.1") << "127.0.0.1:" + port;
    QTest::newRow("localhost") << "localhost:" + port;
    QTest::newRow("localhost in capitals") << "LocalHost:" + port;
    QTest::newRow("[::1]") << "[::1]:" + port;
}

void TestSandboxAdminAccess::loopbackHostNamesAreAccepted()
{
    QFETCH(QByteArray, host);
    QCOMPARE(send(m_sandbox, "GET", "/api/v1/client/constants", {host}, {}).status, 200);
    QCOMPARE(send(m_sandbox, "GET", "/_sandbox/state", {host}, {{"X-Sandbox-Admin", m_sandbox.adminSecret()}}).status,
             200);
}

void TestSandboxAdminAccess::httpsChecksHostAndSecretToo()
{
    SandboxProcess tls;
    QVERIFY2(tls.startTls(), qPrintable(tls.errorString()));
    QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));
    const QByteArray port = QByteArray::number(tls.baseUrl().port());
    QCOMPARE(send(tls, "GET", "/api/v1/client/constants", {"evil.example:" + port}, {}).status, 421);
    QCOMPARE(send(tls, "GET", "/api/v1/client/constants", {"localhost:" + port}, {}).status, 200);
    QCOMPARE(tls.raw().request("GET", "/_sandbox/state").status, 401);
    int status = 0;
    tls.admin("GET", QStringLiteral("/_sandbox/state"), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(tls.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxAdminAccess)
#include "TestSandboxAdminAccess.moc"

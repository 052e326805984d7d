// Who may drive the sandbox: admin routes need this run's secret (X-Sandbox-Admin, from the 0600 runtime file), and
// every route needs a Host header that names the sandbox (loopback or its address, its port) — the defence against
// another local user and against a web page reaching it through DNS rebinding. Refusals have no side effect.
// Also the two admin hooks scripts/bench.sh builds on: many tokens in one POST /_sandbox/tokens (count), and the
// state's count of API requests.
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
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
    void countIssuesManyTokensWithoutSecrets();
    void countOfOneKeepsTheSingleReply();
    void countOutOfRangeIsRefused_data();
    void countOutOfRangeIsRefused();
    void requestsCountApiRequestsOnly();
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

/// The state's counts object ({tokens, sessions, liveTokens, liveSessions, requests}); empty when unreadable.
QJsonObject counts(SandboxProcess &sandbox)
{
    return sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("counts")).toObject();
}

/// POST /_sandbox/tokens with the admin secret and exactly this body, raw: the reply's bytes are what is checked.
RawHttpReply adminTokens(const SandboxProcess &sandbox, const QByteArray &body)
{
    return sandbox.raw().request("POST", "/_sandbox/tokens",
                                 {{"X-Sandbox-Admin", sandbox.adminSecret()}, {"Content-Type", "application/json"}},
                                 body);
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

void TestSandboxAdminAccess::countIssuesManyTokensWithoutSecrets()
{
    // A sandbox of its own with an issued-secrets log and a state file: every secret it made is known, so the
    // reply can be searched for each one, and the state on disk shows the batch was persisted.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("issued.log"));
    const QString state = dir.filePath(QStringLiteral("state.json"));
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--issued-secrets-log"), log, QStringLiteral("--state"), state}),
             qPrintable(sandbox.errorString()));
    const int before = counts(sandbox).value(QStringLiteral("tokens")).toInt(-1);
    QVERIFY(before >= 0);

    const RawHttpReply reply = adminTokens(sandbox, R"({"label":"bulk","count":1000})");
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), (QJsonObject {{QStringLiteral("issued"), 1000}}));

    QCOMPARE(counts(sandbox).value(QStringLiteral("tokens")).toInt(), before + 1000);
    QFile logFile(log);
    QVERIFY(logFile.open(QIODevice::ReadOnly));
    QList<QByteArray> secrets = logFile.readAll().split('\n');
    secrets.removeAll(QByteArray());
    QCOMPARE(secrets.size(), 1000);
    for (const QByteArray &secret : secrets)
        QVERIFY2(!reply.rawBytes.contains(secret), "an issued secret is in the reply");

    // Labelled <label>-1 … <label>-N, as the help text says.
    QStringList labels;
    const QJsonArray tokens =
        sandbox.admin("GET", QStringLiteral("/_sandbox/state")).object().value(QStringLiteral("tokens")).toArray();
    for (const QJsonValue &t : tokens)
        labels.append(t.toObject().value(QStringLiteral("label")).toString());
    QVERIFY(labels.contains(QStringLiteral("bulk-1")));
    QVERIFY(labels.contains(QStringLiteral("bulk-1000")));
    QVERIFY(!labels.contains(QStringLiteral("bulk")));
    QVERIFY(!labels.contains(QStringLiteral("bulk-1001")));

    QFile stateFile(state);
    QVERIFY(stateFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(stateFile.readAll()).object().value(QStringLiteral("tokens")).toArray().size(),
             before + 1000);
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxAdminAccess::countOfOneKeepsTheSingleReply()
{
    const int before = counts(m_sandbox).value(QStringLiteral("tokens")).toInt(-1);
    const RawHttpReply reply = adminTokens(m_sandbox, R"({"label":"just one","count":1})");
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QVERIFY(json.value(QStringLiteral("token")).toString().startsWith(QLatin1String("v2x")));
    QCOMPARE(json.value(QStringLiteral("accessToken")).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("just one"));
    QVERIFY(!json.contains(QStringLiteral("issued")));
    QCOMPARE(counts(m_sandbox).value(QStringLiteral("tokens")).toInt(), before + 1);
}

void TestSandboxAdminAccess::countOutOfRangeIsRefused_data()
{
    QTest::addColumn<QByteArray>("count");
    QTest::newRow("0") << QByteArray("0");
    QTest::newRow("100001") << QByteArray("100001");
    QTest::newRow("-1") << QByteArray("-1");
    QTest::newRow("1.5") << QByteArray("1.5");
    QTest::newRow("a string") << QByteArray(R"("10")");
    QTest::newRow("null") << QByteArray("null");
}

void TestSandboxAdminAccess::countOutOfRangeIsRefused()
{
    QFETCH(QByteArray, count);
    const int before = counts(m_sandbox).value(QStringLiteral("tokens")).toInt(-1);
    QVERIFY(before >= 0);
    const RawHttpReply reply = adminTokens(m_sandbox, R"({"label":"refused","count":)" + count + '}');
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.json().value(QStringLiteral("name")).toString(), QStringLiteral("InvalidCount"));
    QCOMPARE(counts(m_sandbox).value(QStringLiteral("tokens")).toInt(), before);
}

void TestSandboxAdminAccess::requestsCountApiRequestsOnly()
{
    const QJsonValue start = counts(m_sandbox).value(QStringLiteral("requests"));
    QVERIFY2(start.isDouble(), "counts.requests is missing");
    const qint64 r0 = start.toInteger();

    // Five API requests, answered 200, 200, 404, 401 and 500 (a fault): all count.
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/client/constants").status, 200);
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/client/constants").status, 200);
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/no-such-route").status, 404);
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/user/session").status, 401);
    QVERIFY(m_sandbox.setFault(QStringLiteral("500"), {{QStringLiteral("count"), 1}}));
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/client/constants").status, 500);
    // None of these count: admin routes (the state reads above and below included), a refused admin request, and an
    // API request refused for its Host before it reached the service.
    QCOMPARE(m_sandbox.raw().request("GET", "/_sandbox/state").status, 401);
    QVERIFY(m_sandbox.clearFaults());
    const QByteArray port = QByteArray::number(m_sandbox.baseUrl().port());
    QCOMPARE(send(m_sandbox, "GET", "/api/v1/client/constants", {"evil.example:" + port}, {}).status, 421);
    QCOMPARE(counts(m_sandbox).value(QStringLiteral("requests")).toInteger(), r0 + 5);
    QCOMPARE(counts(m_sandbox).value(QStringLiteral("requests")).toInteger(), r0 + 5);

    // A reset starts the count again.
    int status = 0;
    m_sandbox.admin("POST", QStringLiteral("/_sandbox/reset"), {}, &status);
    QCOMPARE(status, 200);
    QCOMPARE(counts(m_sandbox).value(QStringLiteral("requests")).toInteger(-1), 0);
    QCOMPARE(m_sandbox.raw().request("GET", "/api/v1/client/constants").status, 200);
    QCOMPARE(counts(m_sandbox).value(QStringLiteral("requests")).toInteger(-1), 1);
}

QTEST_GUILESS_MAIN(TestSandboxAdminAccess)
#include "TestSandboxAdminAccess.moc"

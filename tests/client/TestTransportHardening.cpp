// The transport rules that only a scripted server can stage: redirects to another host, a dripping
// reply, a 50 MiB reply, wrong content types, a reply cut on 200, a skewed server clock, the proxy bypass for
// loopback, cancellation and the caller's context going away. (Every user path is also tested against the real
// sandbox in TestBitGoClientSandbox.)
#include "ClientTestUtils.h"
#include "FakeHttpServer.h"

#include "net/BitGoClient.h"
#include "net/RequestJob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QtTest>

#include <memory>
#include <utility>

using namespace bgtm;
using namespace bgtm::test;

namespace {

/// Sends every request for a non-loopback host through `proxy` (the environment's proxy settings) until the
/// returned guard ends.
[[nodiscard]] auto proxiedThrough(const FakeHttpServer &proxy)
{
    const QByteArray url = proxy.url().toEncoded();
    qputenv("http_proxy", url);
    qputenv("https_proxy", url);
    qunsetenv("no_proxy");
    return qScopeGuard([] {
        qunsetenv("http_proxy");
        qunsetenv("https_proxy");
    });
}

const QByteArray kLegacyToken = QByteArray(64, 'a');                          // v1 bearer: travels raw
const QByteArray kHmacToken = QByteArrayLiteral("v2x") + QByteArray(64, 'b'); // HMAC: only its hash travels
const QByteArray kUserBody = R"({"user":{"id":"5d0c1a2b3c4d5e6f7a8b9c0d","username":"demo@example.com"}})";

/// The value of the first header `name` in a raw request (case-insensitive name), or empty.
QByteArray headerOf(const QByteArray &request, const QByteArray &name)
{
    const QList<QByteArray> lines = request.left(request.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : 0;
}

} // namespace

class TestTransportHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectToAnotherHostIsRefusedAndSendsNoAuthorization_data();
    void redirectToAnotherHostIsRefusedAndSendsNoAuthorization();
    void drippingServerEndsAtTheTotalDeadline();
    void silentServerEndsAtTheTransferTimeout();
    void hugeReplyIsRefusedWithBoundedMemory_data();
    void hugeReplyIsRefusedWithBoundedMemory();
    void replyThatIsNotJsonIsMalformed();
    void replyCutMidBodyOnStatus200IsANetworkError();
    void unauthorizedWithSkewedServerClockIsReportedAsClockSkew();
    void loopbackIsNeverProxiedButOtherHostsAre();
    void cancelReportsCancelledExactlyOnce();
    void callbackNeverRunsAfterTheContextIsDestroyed();
    void requestBodyIsWipedOnceTheExchangeIsOver();
    void restoreForPlainHttpToAnotherHostIsRefusedWithoutARequest();
    void replayedReplyOutsideTheV3WindowIsRejected_data();
    void replayedReplyOutsideTheV3WindowIsRejected();

private:
    std::unique_ptr<BitGoClient> clientFor(const QUrl &url, const QByteArray &token,
                                           const BitGoClient::Options &options = {});
    std::unique_ptr<QNetworkAccessManager> m_network;
};

std::unique_ptr<BitGoClient> TestTransportHardening::clientFor(const QUrl &url, const QByteArray &token,
                                                               const BitGoClient::Options &options)
{
    m_network = std::make_unique<QNetworkAccessManager>();
    auto client = std::make_unique<BitGoClient>(
        m_network.get(), Environment::custom(QStringLiteral("fake"), url, false, QString()), options);
    SessionSecrets secrets;
    secrets.token = SecretBytes(token);
    secrets.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    secrets.baseUrl = url;
    if (!client->restoreSession(std::move(secrets), SignedInSession {}).ok())
        qFatal("the fake server's session was refused");
    return client;
}

void TestTransportHardening::redirectToAnotherHostIsRefusedAndSendsNoAuthorization_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
}

void TestTransportHardening::redirectToAnotherHostIsRefusedAndSendsNoAuthorization()
{
    QFETCH(int, status);
    FakeHttpServer other; // the "other host": must never be contacted
    QVERIFY(other.listen());
    other.setResponder(
        [](QTcpSocket *socket, const QByteArray &) { socket->write(FakeHttpServer::reply(200, kUserBody)); });
    FakeHttpServer first;
    QVERIFY(first.listen());
    const QByteArray location = other.url().toEncoded() + "/api/v1/user/me";
    first.setResponder([status, location](QTcpSocket *socket, const QByteArray &) {
        socket->write(FakeHttpServer::reply(status, "{}", {"Location: " + location}));
    });

    auto client = clientFor(first.url(), kLegacyToken);
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Redirect);
    QCOMPARE(first.requests().size(), 1);
    QVERIFY(first.requests().first().contains("Authorization: Bearer "));
    QCOMPARE(other.connectionCount(), 0);
}

void TestTransportHardening::drippingServerEndsAtTheTotalDeadline()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{");
        auto *drip = new QTimer(socket);
        QObject::connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
        drip->start(
            std::chrono::milliseconds(100)); // a byte every 100 ms: never silent long enough for the transfer timeout
    });
    BitGoClient::Options options;
    options.transferTimeout = std::chrono::milliseconds(1000);
    options.totalDeadline = std::chrono::milliseconds(2000);
    auto client = clientFor(server.url(), kLegacyToken, options);

    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); }, 30000);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Timeout);
    // Ends at the deadline, not before; the margin only absorbs a loaded machine.
    QVERIFY2(elapsed.elapsed() >= 1900, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY2(elapsed.elapsed() < 2000 + 10000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestTransportHardening::silentServerEndsAtTheTransferTimeout()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([](QTcpSocket *, const QByteArray &) {}); // reads the request, never answers
    BitGoClient::Options options;
    options.transferTimeout = std::chrono::milliseconds(800);
    options.totalDeadline = std::chrono::milliseconds(60000);
    auto client = clientFor(server.url(), kLegacyToken, options);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); }, 30000);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Timeout);
    QVERIFY(elapsed.elapsed() < 60000);
}

void TestTransportHardening::hugeReplyIsRefusedWithBoundedMemory_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::newRow("Content-Length announces 50 MiB") << true;
    QTest::newRow("no Content-Length, 50 MiB stream") << false;
}

void TestTransportHardening::hugeReplyIsRefusedWithBoundedMemory()
{
    QFETCH(bool, announceLength);
    constexpr qint64 total = 50LL * 1024 * 1024;
    auto written = std::make_shared<qint64>(0);
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([announceLength, written](QTcpSocket *socket, const QByteArray &) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        head += announceLength ? "Content-Length: " + QByteArray::number(total) + "\r\n" : QByteArray();
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        const QByteArray chunk(256 * 1024, ' ');
        auto pump = [socket, written, chunk] {
            while (socket->state() == QAbstractSocket::ConnectedState && *written < total
                   && socket->bytesToWrite() < 1024 * 1024) {
                socket->write(chunk);
                *written += chunk.size();
            }
            if (*written >= total)
                socket->disconnectFromHost();
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    });
    auto client = clientFor(server.url(), kLegacyToken);
    const qint64 before = residentBytes();
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); }, 60000);
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::MalformedReply);
    // The client stopped reading long before 50 MiB and never held much more than the 1 MiB cap.
    QVERIFY2(*written < total / 2, qPrintable(QString::number(*written)));
    const qint64 growth = residentBytes() - before;
    QVERIFY2(growth < 24LL * 1024 * 1024, qPrintable(QString::number(growth)));
}

void TestTransportHardening::replyThatIsNotJsonIsMalformed()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([](QTcpSocket *socket, const QByteArray &) {
        socket->write(FakeHttpServer::reply(200, kUserBody, {}, "text/html"));
    });
    auto client = clientFor(server.url(), kLegacyToken);
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::MalformedReply);
}

void TestTransportHardening::replyCutMidBodyOnStatus200IsANetworkError()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"user\":");
        socket->flush();
        socket->disconnectFromHost();
    });
    auto client = clientFor(server.url(), kLegacyToken);
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::Network);
}

void TestTransportHardening::unauthorizedWithSkewedServerClockIsReportedAsClockSkew()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([](QTcpSocket *socket, const QByteArray &) {
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(-3600),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        socket->write(FakeHttpServer::reply(401, R"({"error":"unauthorized","name":"Unauthorized"})",
                                            {"Date: " + date, "x-auth-required: true"}));
    });
    auto client = clientFor(server.url(), kHmacToken);
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::ClockSkew);
    // Only the token's hash travelled.
    QVERIFY(!server.requests().first().contains(kHmacToken));
}

void TestTransportHardening::loopbackIsNeverProxiedButOtherHostsAre()
{
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.setResponder([](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    });
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder(
        [](QTcpSocket *socket, const QByteArray &) { socket->write(FakeHttpServer::reply(200, kUserBody)); });

    const auto proxySettings = proxiedThrough(proxy);

    auto client = clientFor(server.url(), kLegacyToken);
    const auto direct = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(direct.has_value());
    QVERIFY2(direct->ok(), direct->ok() ? "" : qPrintable(direct->error().message));
    QCOMPARE(proxy.connectionCount(), 0);
    QCOMPARE(server.connectionCount(), 1);

    // A non-loopback host goes through the proxy (CONNECT for https); the proxy refuses, nothing else is reached.
    auto remote = clientFor(QUrl(QStringLiteral("https://proxy-check.invalid")), kLegacyToken);
    const auto proxied = await<User>([&](Callback<User> done) { remote->me(this, std::move(done)); });
    QVERIFY(proxied.has_value());
    QVERIFY(!proxied->ok());
    QCOMPARE(proxy.connectionCount(), 1);
    QVERIFY(proxy.requests().first().startsWith("CONNECT proxy-check.invalid:443"));
    QVERIFY(!proxy.requests().first().contains(kLegacyToken));
}

void TestTransportHardening::cancelReportsCancelledExactlyOnce()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([](QTcpSocket *, const QByteArray &) {});
    auto client = clientFor(server.url(), kLegacyToken);
    int calls = 0;
    ErrorKind kind = ErrorKind::Network;
    CallHandle handle = client->me(this, [&](const Result<User> &result) {
        ++calls;
        if (!result.ok())
            kind = result.error().kind;
    });
    QTRY_COMPARE(server.requests().size(), 1);
    QVERIFY(handle.isRunning());
    handle.cancel();
    QCOMPARE(calls, 1);
    QCOMPARE(kind, ErrorKind::Cancelled);
    handle.cancel(); // a finished handle does nothing
    QTest::qWait(200);
    QCOMPARE(calls, 1);
    QTRY_VERIFY(!handle.isRunning());
}

void TestTransportHardening::callbackNeverRunsAfterTheContextIsDestroyed()
{
    FakeHttpServer server;
    QVERIFY(server.listen());
    QPointer<QTcpSocket> serverSide;
    server.setResponder([&](QTcpSocket *socket, const QByteArray &) { serverSide = socket; });
    auto client = clientFor(server.url(), kLegacyToken);
    int calls = 0;
    auto *context = new QObject;
    client->me(context, [&](const Result<User> &) { ++calls; });
    QTRY_VERIFY(serverSide);
    delete context;
    // The request is aborted (the server sees the connection close) and the callback never runs.
    QTRY_VERIFY(!serverSide || serverSide->state() != QAbstractSocket::ConnectedState);
    QTest::qWait(200);
    QCOMPARE(calls, 0);
}

void TestTransportHardening::requestBodyIsWipedOnceTheExchangeIsOver()
{
    // A login body carries the password's HMAC. The job reads it in place (no copy kept by Qt's QByteArray
    // upload) and wipes that one buffer when the exchange is over.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder(
        [](QTcpSocket *socket, const QByteArray &) { socket->write(FakeHttpServer::reply(200, kUserBody)); });
    const QByteArray sent = R"({"email":"demo@example.com","password":"0f1e2d3c4b5a69788796a5b4c3d2e1f0"})";
    RequestSpec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("/api/auth/v1/session");
    spec.kind = CallKind::Login;
    spec.body = QByteArray(sent.constData(), sent.size()); // a buffer of its own, as BitGoClient hands it over
    const char *buffer = spec.body.constData();
    TransportSettings settings;
    settings.baseUrl = server.url();
    QNetworkAccessManager network;
    std::optional<Result<HttpReply>> result;
    RequestJob job(
        &network, settings, std::move(spec), [&](Result<HttpReply> reply) { result.emplace(std::move(reply)); },
        nullptr);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(result->ok());
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests().constFirst().endsWith(sent)); // sent whole first
    // The job still owns the body's buffer (moved in, never copied): every byte of it is zero now.
    QVERIFY2(QByteArray(buffer, sent.size()) == QByteArray(sent.size(), '\0'), "the body's buffer still holds it");
}

void TestTransportHardening::restoreForPlainHttpToAnotherHostIsRefusedWithoutARequest()
{
    // Every request for a non-loopback host goes through this proxy, so it sees whatever the client would send.
    FakeHttpServer proxy;
    QVERIFY(proxy.listen());
    proxy.setResponder(
        [](QTcpSocket *socket, const QByteArray &) { socket->write(FakeHttpServer::reply(200, kUserBody)); });
    const auto proxySettings = proxiedThrough(proxy);

    m_network = std::make_unique<QNetworkAccessManager>();
    const QUrl plain(QStringLiteral("http://bitgo-plain.invalid"));
    BitGoClient client(m_network.get(), Environment::custom(QStringLiteral("plain"), plain, false, QString()));
    SessionSecrets secrets;
    secrets.token = SecretBytes(kLegacyToken); // a v1 bearer would travel raw: the worst case
    secrets.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    secrets.baseUrl = plain; // issued by this very address: only the transport rule can refuse it
    const Status restored = client.restoreSession(std::move(secrets), SignedInSession {});
    QVERIFY(!restored.ok());
    QCOMPARE(restored.error().kind, ErrorKind::Validation);
    QCOMPARE(restored.error().field, QStringLiteral("baseUrl"));
    QVERIFY2(restored.error().message.contains(QLatin1String("http://")), qPrintable(restored.error().message));
    QVERIFY(!client.hasSession());

    const auto me = await<User>([&](Callback<User> done) { client.me(this, std::move(done)); });
    QVERIFY(me.has_value());
    QVERIFY(!me->ok());
    QCOMPARE(me->error().kind, ErrorKind::Unauthorized); // "not signed in": no token to send
    QTest::qWait(100);
    QCOMPARE(proxy.connectionCount(), 0);
}

void TestTransportHardening::replayedReplyOutsideTheV3WindowIsRejected_data()
{
    QTest::addColumn<qint64>("offsetMs");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("10 minutes old (replayed)") << qint64(-10 * 60 * 1000) << false;
    QTest::newRow("5 minutes 10 s old") << qint64(-(5 * 60 + 10) * 1000) << false;
    QTest::newRow("2 minutes ahead") << qint64(2 * 60 * 1000) << false;
    QTest::newRow("4 minutes old") << qint64(-4 * 60 * 1000) << true;
    QTest::newRow("30 s ahead") << qint64(30 * 1000) << true;
}

void TestTransportHardening::replayedReplyOutsideTheV3WindowIsRejected()
{
    QFETCH(qint64, offsetMs);
    QFETCH(bool, accepted);
    // A server that answers with a correctly signed reply from another time (a replay, or a captured reply held
    // back), signed with whatever version the request spoke: only the time window can tell.
    FakeHttpServer server;
    QVERIFY(server.listen());
    server.setResponder([offsetMs](QTcpSocket *socket, const QByteArray &request) {
        const HmacVersion version =
            headerOf(request, "BitGo-Auth-Version") == "3.0" ? HmacVersion::V3 : HmacVersion::V2;
        const QList<QByteArray> requestLine = request.left(request.indexOf("\r\n")).split(' ');
        const qint64 timestamp = QDateTime::currentMSecsSinceEpoch() + offsetMs;
        const QByteArray subject =
            hmac::responseSubject(version, requestLine.value(0), timestamp, requestLine.value(1), 200, kUserBody);
        socket->write(FakeHttpServer::reply(
            200, kUserBody,
            {"Timestamp: " + QByteArray::number(timestamp), "HMAC: " + hmac::sign(kHmacToken, subject)}));
    });
    auto client = clientFor(server.url(), kHmacToken); // the default: no version chosen
    const auto result = await<User>([&](Callback<User> done) { client->me(this, std::move(done)); });
    QVERIFY(result.has_value());
    QCOMPARE(headerOf(server.requests().constFirst(), "BitGo-Auth-Version"), QByteArray("3.0"));
    if (accepted) {
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().message));
        return;
    }
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, ErrorKind::SignatureMismatch);
    QVERIFY2(result->error().message.contains(QLatin1String("not fresh")), qPrintable(result->error().message));
}

QTEST_GUILESS_MAIN(TestTransportHardening)
#include "TestTransportHardening.moc"

// The sandbox as a process: start-up lines, --help, bad options, clean exit on SIGTERM, runtime file, persisted
// state, issued-secrets log, users file, HTTPS with a test CA, and the ECDH login/create replies (protocol doc §3, §8)
// decrypted with the project's crypto helpers.
#include "SandboxProcess.h"

#include <Bip32.h>
#include <Ecdh.h>
#include <Sjcl.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bgtm;
using namespace bgtm::test;

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsAccountsAndExitsZero();
    void badOptionExitsWithMessage_data();
    void badOptionExitsWithMessage();
    void takenPortIsReportedNotIgnored();
    void serverXpubIsStableAcrossRuns();
    void runtimeFileExistsWhileRunning();
    void stateSurvivesRestart();
    void interruptExitsCleanly();
    void issuedSecretsLogListsEverySecret();
    void usersFileAddsAccounts();
    void httpsWorksWithTestCaOnly();
    void ecdhLoginReplyDecryptsToWorkingToken();
    void ecdhCreateOverHmacSessionDecrypts();
};

namespace {

QByteArray runSandbox(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.start(QStringLiteral(BGTM_SANDBOX_EXE), args);
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput() + p.readAllStandardError();
}

bool isPrivateFile(const QString &path)
{
    const QFile::Permissions perms = QFileInfo(path).permissions();
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return (perms & others) == 0;
}

} // namespace

void TestSandboxLifecycle::helpDocumentsAccountsAndExitsZero()
{
    int code = -2;
    const QByteArray out = runSandbox({QStringLiteral("--help")}, &code);
    QCOMPARE(code, 0);
    for (const char *needle :
         {"demo@sandbox.bitgo.local", "sandbox-demo-password", "0000000", "--production-rules", "--amounts-as",
          "--state", "--runtime-file", "--issued-secrets-log", "--tls-cert", "--session-ttl", "--users",
          "close-after-commit", "commit-then-502", "commit-then-504", "xpub", "X-Sandbox-Admin", "adminSecret"})
        QVERIFY2(out.contains(needle), needle);
}

void TestSandboxLifecycle::badOptionExitsWithMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")} << QByteArray("unknown option");
    QTest::newRow("port not a number") << QStringList {QStringLiteral("--port"), QStringLiteral("http")}
                                       << QByteArray("--port");
    QTest::newRow("amounts bad") << QStringList {QStringLiteral("--amounts-as"), QStringLiteral("floats")}
                                 << QByteArray("--amounts-as");
    QTest::newRow("tls cert without key")
        << QStringList {QStringLiteral("--tls-cert"), QStringLiteral("/nonexistent")} << QByteArray("--tls-key");
    QTest::newRow("session ttl zero") << QStringList {QStringLiteral("--session-ttl"), QStringLiteral("0")}
                                      << QByteArray("--session-ttl");
    QTest::newRow("users file missing") << QStringList {QStringLiteral("--users"),
                                                        QStringLiteral("/nonexistent/users.json")}
                                        << QByteArray("users file");
}

void TestSandboxLifecycle::badOptionExitsWithMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    int code = -2;
    const QByteArray out = runSandbox(args, &code);
    QCOMPARE(code, 2);
    QVERIFY2(out.contains(message), out.constData());
}

void TestSandboxLifecycle::takenPortIsReportedNotIgnored()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    int code = -2;
    const QByteArray out = runSandbox({QStringLiteral("--port"), QString::number(taken.serverPort())}, &code);
    QCOMPARE(code, 2);
    QVERIFY(out.contains("cannot listen"));
    QVERIFY(!out.contains("listening on"));
}

void TestSandboxLifecycle::serverXpubIsStableAcrossRuns()
{
    SandboxProcess a;
    QVERIFY2(a.start(), qPrintable(a.errorString()));
    const QString first = a.serverXpub();
    QCOMPARE(a.stop(), 0);
    SandboxProcess b;
    QVERIFY2(b.start(), qPrintable(b.errorString()));
    QCOMPARE(b.serverXpub(), first);
    QVERIFY(first.startsWith(QLatin1String("xpub")));
    QVERIFY(cryptoOk(ExtendedKey::fromBase58(first.toLatin1())));
    QCOMPARE(b.stop(), 0);
}

void TestSandboxLifecycle::runtimeFileExistsWhileRunning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.json"));
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--runtime-file"), path}), qPrintable(sandbox.errorString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject runtime = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QCOMPARE(runtime.value(QStringLiteral("baseUrl")).toString(), sandbox.baseUrl().toString());
    QCOMPARE(runtime.value(QStringLiteral("pid")).toInteger(), sandbox.pid());
    QCOMPARE(runtime.value(QStringLiteral("serverXpub")).toString(), sandbox.serverXpub());
    QVERIFY(isPrivateFile(path));
    QCOMPARE(sandbox.stop(), 0); // SIGTERM → clean exit
    QVERIFY(!QFile::exists(path));
}

void TestSandboxLifecycle::interruptExitsCleanly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sandbox.json"));
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--runtime-file"), path}), qPrintable(sandbox.errorString()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(sandbox.stopWith(SIGINT), 0);
    QVERIFY(!QFile::exists(path));
}

void TestSandboxLifecycle::stateSurvivesRestart()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QByteArray token;
    QString id;
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--state"), state}), qPrintable(sandbox.errorString()));
        const QByteArray session = sandbox.loginPlaintext();
        const RawHttpReply created = sandbox.raw().request(
            "POST", "/api/v1/user/accesstoken",
            {{"Authorization", "Bearer " + session}, {"Content-Type", "application/json"}},
            R"({"label":"persisted","otp":"0000000","scope":["openid"],"spendingLimits":[{"coin":"tbtc","txValueLimit":"5"}]})");
        QCOMPARE(created.status, 200);
        token = created.json().value(QStringLiteral("token")).toString().toLatin1();
        id = created.json().value(QStringLiteral("id")).toString();
        QCOMPARE(sandbox.stop(), 0);
    }
    QVERIFY(QFile::exists(state));
    QVERIFY(isPrivateFile(state));
    SandboxProcess again;
    QVERIFY2(again.start({QStringLiteral("--state"), state}), qPrintable(again.errorString()));
    const RawHttpReply session = again.signedRequest(token, "GET", "/api/v1/user/session");
    QCOMPARE(session.status, 200);
    const QJsonObject doc = session.json().value(QStringLiteral("session")).toObject();
    QCOMPARE(doc.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(doc.value(QStringLiteral("label")).toString(), QStringLiteral("persisted"));
    QVERIFY(doc.value(QStringLiteral("unlock"))
                .toObject()
                .value(QStringLiteral("spendingLimits"))
                .toObject()
                .contains(QStringLiteral("tbtc")));
    QCOMPARE(again.stop(), 0);
}

void TestSandboxLifecycle::issuedSecretsLogListsEverySecret()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("secrets.log"));
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--issued-secrets-log"), log}), qPrintable(sandbox.errorString()));
    const QByteArray session = sandbox.loginPlaintext();
    const QByteArray direct = sandbox.createTokenDirect();
    const QByteArray legacy = sandbox.loginPlaintext(QLatin1String(SandboxProcess::legacyUsername),
                                                     QLatin1String(SandboxProcess::legacyPassword));
    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.contains(session));
    QVERIFY(lines.contains(direct));
    QVERIFY(lines.contains(legacy));
    QVERIFY(isPrivateFile(log));
    // The sandbox never writes a secret to its own output.
    const QByteArray stderrText = sandbox.stderrOutput();
    for (const QByteArray &secret : lines)
        QVERIFY(!stderrText.contains(secret));
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxLifecycle::usersFileAddsAccounts()
{
    QTemporaryDir dir;
    const QString users = dir.filePath(QStringLiteral("users.json"));
    QFile file(users);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"([{"username":"Alice@Example.test","password":"alice-pw","otp":"1234567","legacy":true}])");
    file.close();
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start({QStringLiteral("--users"), users}), qPrintable(sandbox.errorString()));
    QVERIFY(sandbox.loginPlaintext(QStringLiteral("alice@example.test"), QStringLiteral("alice-pw")).isEmpty());
    const QByteArray token = sandbox.loginPlaintext(QStringLiteral("alice@example.test"), QStringLiteral("alice-pw"),
                                                    QStringLiteral("1234567"));
    QCOMPARE(token.size(), 64); // legacy account: 64-hex v1 bearer
    const RawHttpReply me = sandbox.signedRequest(token, "GET", "/api/v1/user/me");
    QCOMPARE(me.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(),
             QStringLiteral("alice@example.test"));
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxLifecycle::httpsWorksWithTestCaOnly()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.startTls(), qPrintable(sandbox.errorString()));
    QCOMPARE(sandbox.baseUrl().scheme(), QStringLiteral("https"));
    QVERIFY(QFile::exists(sandbox.caCertificatePath()));
    const QByteArray session = sandbox.loginPlaintext();
    QVERIFY(hmac::isHmacToken(session));
    const RawHttpReply me = sandbox.signedRequest(session, "GET", "/api/v1/user/me");
    QCOMPARE(me.status, 200);
    QVERIFY(SandboxProcess::verifyResponse(session, "GET", "/api/v1/user/me", me));
    // Without the test CA the handshake fails: nothing is trusted by accident.
    const RawHttpReply untrusted = RawHttp(sandbox.baseUrl(), QSslConfiguration::defaultConfiguration())
                                       .request("GET", "/api/v1/client/constants");
    QCOMPARE(untrusted.status, 0);
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxLifecycle::ecdhLoginReplyDecryptsToWorkingToken()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const QJsonObject body =
        SandboxProcess::loginBody(QLatin1String(SandboxProcess::demoUsername),
                                  QLatin1String(SandboxProcess::demoPassword), QStringLiteral("0000000"), false);
    // Like BitGo's SDK: no forceV1Auth, and a BitGo-Auth-Version header.
    const RawHttpReply reply =
        sandbox.raw().requestJson("POST", "/api/auth/v1/session", body, {{"BitGo-Auth-Version", "2.0"}});
    QCOMPARE(reply.status, 200);
    const QJsonObject json = reply.json();
    QVERIFY(!json.contains(QStringLiteral("access_token")));
    const QString path = json.value(QStringLiteral("derivationPath")).toString();
    QVERIFY(path.startsWith(QLatin1String("m/999999/")));
    const auto token = ecdh::decryptToken(SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                                          json.value(QStringLiteral("encryptedECDHXprv")).toString().toUtf8(),
                                          sandbox.serverXpub().toLatin1(), path,
                                          json.value(QStringLiteral("encryptedToken")).toString().toUtf8());
    QVERIFY2(cryptoOk(token), cryptoOk(token) ? "" : qPrintable(cryptoError(token).message));
    const QByteArray session = std::get<SecretBytes>(token).bytes();
    QVERIFY(hmac::isHmacToken(session));
    QCOMPARE(sandbox.signedRequest(session, "GET", "/api/v1/user/me").status, 200);
    // The wrong password does not open the key envelope.
    const auto wrong = ecdh::decryptToken(
        SecretBytes(QByteArray("wrong")), json.value(QStringLiteral("encryptedECDHXprv")).toString().toUtf8(),
        sandbox.serverXpub().toLatin1(), path, json.value(QStringLiteral("encryptedToken")).toString().toUtf8());
    QVERIFY(!cryptoOk(wrong));
    QCOMPARE(cryptoError(wrong).kind, CryptoError::Kind::WrongPassword);
    QCOMPARE(sandbox.stop(), 0);
}

void TestSandboxLifecycle::ecdhCreateOverHmacSessionDecrypts()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    const RawHttpReply login = sandbox.raw().requestJson(
        "POST", "/api/auth/v1/session",
        SandboxProcess::loginBody(QLatin1String(SandboxProcess::demoUsername),
                                  QLatin1String(SandboxProcess::demoPassword), QStringLiteral("0000000"), false),
        {{"BitGo-Auth-Version", "2.0"}});
    QCOMPARE(login.status, 200);
    const auto xprvText = sjcl::decrypt(SecretBytes(QByteArray(SandboxProcess::demoPassword)),
                                        login.json().value(QStringLiteral("encryptedECDHXprv")).toString().toUtf8());
    QVERIFY(cryptoOk(xprvText));
    auto xprv = ExtendedKey::fromBase58(std::get<SecretBytes>(xprvText).bytes());
    auto serverXpub = ExtendedKey::fromBase58(sandbox.serverXpub().toLatin1());
    QVERIFY(cryptoOk(xprv) && cryptoOk(serverXpub));
    const auto session = ecdh::decryptToken(std::get<ExtendedKey>(xprv), std::get<ExtendedKey>(serverXpub),
                                            login.json().value(QStringLiteral("derivationPath")).toString(),
                                            login.json().value(QStringLiteral("encryptedToken")).toString().toUtf8());
    QVERIFY(cryptoOk(session));
    const QByteArray sessionToken = std::get<SecretBytes>(session).bytes();

    const QByteArray createBody = R"({"label":"ecdh create","otp":"0000000","scope":["openid"]})";
    const RawHttpReply created =
        sandbox.signedRequest(sessionToken, "POST", "/api/auth/v1/accesstoken", createBody, HmacVersion::V3);
    QCOMPARE(created.status, 200);
    QVERIFY(SandboxProcess::verifyResponse(sessionToken, "POST", "/api/auth/v1/accesstoken", created, HmacVersion::V3));
    QVERIFY(!created.json().contains(QStringLiteral("token")));
    const auto token = ecdh::decryptToken(std::get<ExtendedKey>(xprv), std::get<ExtendedKey>(serverXpub),
                                          created.json().value(QStringLiteral("derivationPath")).toString(),
                                          created.json().value(QStringLiteral("encryptedToken")).toString().toUtf8());
    QVERIFY(cryptoOk(token));
    const QByteArray accessToken = std::get<SecretBytes>(token).bytes();
    const RawHttpReply session2 = sandbox.signedRequest(accessToken, "GET", "/api/v1/user/session");
    QCOMPARE(session2.status, 200);
    QCOMPARE(session2.json().value(QStringLiteral("session")).toObject().value(QStringLiteral("id")),
             created.json().value(QStringLiteral("id")));
    QCOMPARE(sandbox.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "TestSandboxLifecycle.moc"

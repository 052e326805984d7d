#pragma once

#include "RawHttp.h"
#include "TestCertificateAuthority.h"

#include <Hmac.h>

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace bgtm::test {

/// The real `bitgo-sandbox` binary (BGTM_SANDBOX_EXE) started as a child process on a free loopback port, for
/// integration tests. Everything goes over real HTTP(S); nothing is faked.
///
/// Typical use:
/// ```
///   SandboxProcess sandbox;
///   QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
///   const QByteArray session = sandbox.loginPlaintext();          // demo account, v2x session token
///   const RawHttpReply r = sandbox.signedRequest(session, "GET", "/api/v1/user/me");
///   QCOMPARE(r.status, 200);
///   sandbox.setFault(QStringLiteral("500"));                     // next request to any non-admin route fails
/// ```
///
/// Demo accounts (stable, built into the sandbox):
///  - demo:   `demo@sandbox.bitgo.local` / `sandbox-demo-password`, OTP `0000000`, has an ECDH keychain: a login
///            with a `BitGo-Auth-Version` header and without `forceV1Auth` gets the ECDH reply (§3), and creates
///            over an HMAC session return `derivationPath` + `encryptedToken`; issues `v2x…` tokens.
///            Login sessions carry scope `["all"]`. Token routes (create/list/revoke) need `user_manage` or `all`.
///  - legacy: `legacy@sandbox.bitgo.local` / `sandbox-legacy-password`, OTP `0000000`, plaintext login only,
///            issues legacy 64-hex tokens (v1 bearer).
///
/// Sandbox command-line options worth passing through `start(extraArgs)`: `--production-rules`,
/// `--amounts-as strings`, `--session-ttl SECONDS`, `--state FILE`, `--users FILE`, `--runtime-file FILE`,
/// `--issued-secrets-log FILE` (run `bitgo-sandbox --help` for the full list). When the environment variable
/// BGTM_TEST_ISSUED_SECRETS_LOG names a file and `extraArgs` has no log of its own, that file is passed as
/// `--issued-secrets-log` (tests/hygiene runs other tests with it to learn every secret they were issued).
///
/// Admin routes (loopback callers only, else 403; each request needs `X-Sandbox-Admin: <adminSecret>`, the random
/// secret of this run in its 0600 runtime file: 401 without it, 403 when wrong; JSON; never faulted) — call them
/// through `admin()`, which sends the secret. start() always gives the sandbox a runtime file (a private temporary
/// one unless `extraArgs` name one) and reads the secret from it: the secret never appears on stdout or in logs.
/// Every request must name the sandbox in `Host` (127.0.0.1, localhost or [::1] with its port), else 421.
///  - `GET  /_sandbox/state` → `{tokens:[…], sessions:[…], counts:{tokens, sessions, liveTokens, liveSessions}}`
///    (documents as the token routes return them, plus `kind`, `revoked`, `expired`; never the secrets)
///  - `POST /_sandbox/tokens` `{username?, label?, scope?, duration?, ipRestrict?, enterprise?, spendingLimits?}` →
///    `{token: <secret>, accessToken: {…document…}}` — creates a long-lived token directly (no validation, no OTP;
///    defaults: demo user, label "admin-created", scope ["wallet_view_all"], duration 10 years)
///  - `POST /_sandbox/spend` `{id, coin, amount: "<base units, decimal string>"}` → the token document; adds to
///    `unlock.spendingLimits.<coin>.txValue` and increments `txCount`
///  - `POST /_sandbox/sessions/expire` `{id?}` → `{expired: n}`; expires that login session, or all sessions
///  - `GET  /_sandbox/last-create` → `{received: bool, body: <last create-token request body, parsed, with `otp`
///    replaced by "<redacted>">}` (what the client sent: label, scope, duration, limits…)
///  - `GET  /_sandbox/faults` → `{faults:[{mode, remaining, pathPrefix, latencyMs, retryAfter}]}`
///  - `POST /_sandbox/faults` `{mode, count?, pathPrefix?, latencyMs?, retryAfter?}` → `{faults:[…]}` adds a fault
///  - `DELETE /_sandbox/faults` → `{faults:[]}` clears all faults
///  - `POST /_sandbox/reset` → forgets all tokens and sessions (demo accounts stay)
///
/// Fault modes (`mode`): `latency` (adds `latencyMs`, default 2000, then serves normally), `500`, `503`, `429`
/// (with `Retry-After: retryAfter`, default 1; these three answer without performing the request),
/// `malformed-json` (performs, then replies 200 with a truncated JSON body, correctly signed), `wrong-hmac`
/// (performs, signs with a wrong HMAC), `stale-timestamp` (performs, signs correctly with a Timestamp 10 min old),
/// `drop-mid-body` (performs, sends headers and half of the body, then closes), `close-after-commit` (performs,
/// then closes the connection before the first response byte), `commit-then-502` and `commit-then-504` (perform,
/// then answer as an edge in front of the backend would: 502 or 504, unsigned). `count` limits a fault to the next
/// N matching requests (default: until cleared); `pathPrefix` limits it to paths starting with that prefix. Admin
/// routes are never faulted.
class SandboxProcess
{
public:
    static constexpr const char *demoUsername = "demo@sandbox.bitgo.local";
    static constexpr const char *demoPassword = "sandbox-demo-password";
    static constexpr const char *demoOtp = "0000000";
    static constexpr const char *demoUserId = "5d0c1a2b3c4d5e6f7a8b9c0d";
    static constexpr const char *legacyUsername = "legacy@sandbox.bitgo.local";
    static constexpr const char *legacyPassword = "sandbox-legacy-password";
    static constexpr const char *legacyUserId = "5d0c1a2b3c4d5e6f7a8b9c0e";
    static constexpr const char *testOtp = "0000000";

    SandboxProcess();
    ~SandboxProcess(); ///< stop()s the process
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts `bitgo-sandbox --host 127.0.0.1 --port 0 <extraArgs>` and waits (deadline `timeoutMs`) for its
    /// `listening on <url>` and `server xpub <xpub>` lines. False with errorString() when it failed.
    [[nodiscard]] bool start(const QStringList &extraArgs = {}, int timeoutMs = 15000);

    /// Generates a test CA + localhost certificate (TestCertificateAuthority) and starts the sandbox over HTTPS
    /// with `--tls-cert/--tls-key`. baseUrl() is then `https://localhost:<port>`; sslConfiguration() trusts the CA.
    [[nodiscard]] bool startTls(const QStringList &extraArgs = {}, int timeoutMs = 30000);

    /// SIGTERM, then waits (5 s) for a clean exit; kills it after that. Returns the exit code (−1 if killed/none).
    int stop();
    /// Like stop(), but sends `signalNumber` (e.g. SIGINT) first.
    int stopWith(int signalNumber);

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] QString serverXpub() const { return m_serverXpub; }
    [[nodiscard]] qint64 pid() const;
    /// The runtime file the sandbox wrote (the one in `extraArgs`, or a private temporary one).
    [[nodiscard]] QString runtimeFile() const { return m_runtimeFile; }
    /// This run's admin secret, read from the runtime file. For tests of the admin routes' access checks.
    [[nodiscard]] QByteArray adminSecret() const { return m_adminSecret; }
    /// Standard error collected so far (the sandbox never writes secrets there).
    [[nodiscard]] QByteArray stderrOutput();

    /// For https: the test CA's PEM path and a client configuration trusting only it. Empty for http.
    [[nodiscard]] QString caCertificatePath() const;
    [[nodiscard]] QSslConfiguration sslConfiguration() const;

    /// A raw client on this sandbox (http or https with the test CA).
    [[nodiscard]] RawHttp raw() const;

    /// Calls an admin route (`path` starts with `/_sandbox/`) with the admin secret. Synchronous with a deadline.
    /// `status` receives the HTTP status (0 on failure). Returns the parsed JSON (null document on failure).
    QJsonDocument admin(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                        int *status = nullptr);

    /// How many tokens are live on the sandbox (its state's counts.liveTokens); -1 when the state cannot be read.
    int liveTokenCount();

    /// Adds a fault (see the class comment). `options` may hold count, pathPrefix, latencyMs, retryAfter.
    bool setFault(const QString &mode, const QJsonObject &options = {});
    bool clearFaults();

    /// Creates a long-lived token directly through the admin route (for GUI/CLI tests). `fields` may hold username
    /// (default demo), label, scope, duration, ipRestrict, enterprise, spendingLimits. Returns the secret (empty on
    /// failure); `document` receives the token document.
    QByteArray createTokenDirect(const QJsonObject &fields = {}, QJsonObject *document = nullptr);

    /// Plaintext login (`forceV1Auth: true`) with the password HMAC of §3; returns the session token or empty.
    /// Defaults: the demo account and the test OTP.
    QByteArray loginPlaintext(const QString &username = QLatin1String(demoUsername),
                              const QString &password = QLatin1String(demoPassword),
                              const QString &otp = QLatin1String(testOtp));

    /// The login body of protocol doc §3 (password HMAC'd with the lower-cased username).
    static QJsonObject loginBody(const QString &username, const QString &password, const QString &otp,
                                 bool forceV1Auth);

    /// Sends an HMAC-signed request (protocol doc §2) with `token` (a `v2x…` token): Authorization carries the
    /// token hash, `Auth-Timestamp` is `timestampMs` (now when nullopt), `BitGo-Auth-Version` 2.0 or 3.0. The body
    /// is sent exactly as given (Content-Type application/json when non-empty). For a legacy (non-v2x) token it
    /// sends `Authorization: Bearer <token>` and nothing else. `extraHeaders` are appended (and may override
    /// nothing; use raw() for deliberately broken requests).
    RawHttpReply signedRequest(const QByteArray &token, const QByteArray &method, const QByteArray &pathWithQuery,
                               const QByteArray &body = {}, HmacVersion version = HmacVersion::V2,
                               std::optional<qint64> timestampMs = std::nullopt,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) const;

    /// True when the reply carries `Timestamp` and `HMAC` headers that verify for this request (§2).
    static bool verifyResponse(const QByteArray &token, const QByteArray &method, const QByteArray &pathWithQuery,
                               const RawHttpReply &reply, HmacVersion version = HmacVersion::V2);

private:
    bool startWith(const QStringList &args, int timeoutMs);

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<TestCertificateAuthority> m_ca;
    std::unique_ptr<QTemporaryDir> m_runtimeDir; ///< holds the runtime file when the caller named none
    QString m_runtimeFile;
    QByteArray m_adminSecret;
    QUrl m_baseUrl;
    QString m_serverXpub;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

} // namespace bgtm::test

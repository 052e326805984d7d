#include "SandboxProcess.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace bgtm::test {

SandboxProcess::SandboxProcess() = default;

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    return startWith(extraArgs, timeoutMs);
}

bool SandboxProcess::startTls(const QStringList &extraArgs, int timeoutMs)
{
    m_ca = std::make_unique<TestCertificateAuthority>();
    if (!m_ca->generate()) {
        m_error = m_ca->errorString();
        return false;
    }
    QStringList args = extraArgs;
    args << QStringLiteral("--tls-cert") << m_ca->serverCertificatePath() << QStringLiteral("--tls-key")
         << m_ca->serverKeyPath();
    if (!startWith(args, timeoutMs))
        return false;
    // The certificate names localhost; the sandbox prints the numeric loopback address.
    m_baseUrl.setHost(QStringLiteral("localhost"));
    return true;
}

bool SandboxProcess::startWith(const QStringList &args, int timeoutMs)
{
    stop();
    m_process = std::make_unique<QProcess>();
    m_stdout.clear();
    m_stderr.clear();
    m_baseUrl.clear();
    m_serverXpub.clear();
    m_adminSecret.clear();
    QStringList all = {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QStringLiteral("0")};
    all += args;
    // The admin secret is only in the runtime file (never on stdout, which tests log): always have one.
    if (const qsizetype at = all.indexOf(QLatin1String("--runtime-file")); at >= 0 && at + 1 < all.size()) {
        m_runtimeFile = all.at(at + 1);
    } else {
        m_runtimeDir = std::make_unique<QTemporaryDir>(); // 0700
        if (!m_runtimeDir->isValid()) {
            m_error =
                QStringLiteral("cannot create a directory for the runtime file: %1").arg(m_runtimeDir->errorString());
            return false;
        }
        m_runtimeFile = m_runtimeDir->filePath(QStringLiteral("sandbox.json"));
        all << QStringLiteral("--runtime-file") << m_runtimeFile;
    }
    // Secret-hygiene sweeps (tests/hygiene) learn every secret issued by sandboxes that other tests start.
    if (const QString log = qEnvironmentVariable("BGTM_TEST_ISSUED_SECRETS_LOG");
        !log.isEmpty() && !all.contains(QLatin1String("--issued-secrets-log")))
        all << QStringLiteral("--issued-secrets-log") << log;
    m_process->start(QStringLiteral(BGTM_SANDBOX_EXE), all);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(QStringLiteral(BGTM_SANDBOX_EXE), m_process->errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    static const QRegularExpression listening(QStringLiteral("^listening on (\\S+)$"),
                                              QRegularExpression::MultilineOption);
    static const QRegularExpression xpub(QStringLiteral("^server xpub (\\S+)$"), QRegularExpression::MultilineOption);
    while (!deadline.hasExpired()) {
        m_process->waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 200)));
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        const QString out = QString::fromUtf8(m_stdout);
        const auto l = listening.match(out);
        const auto x = xpub.match(out);
        if (l.hasMatch() && x.hasMatch()) {
            m_baseUrl = QUrl(l.captured(1));
            m_serverXpub = x.captured(1);
            // Written before the start-up lines are printed.
            QFile runtime(m_runtimeFile);
            if (runtime.open(QIODevice::ReadOnly))
                m_adminSecret = QJsonDocument::fromJson(runtime.readAll())
                                    .object()
                                    .value(QStringLiteral("adminSecret"))
                                    .toString()
                                    .toLatin1();
            if (m_adminSecret.isEmpty()) {
                m_error = QStringLiteral("no adminSecret in the sandbox's runtime file %1").arg(m_runtimeFile);
                stop();
                return false;
            }
            return true;
        }
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("bitgo-sandbox exited (code %1): %2")
                          .arg(m_process->exitCode())
                          .arg(QString::fromLocal8Bit(m_stderr));
            return false;
        }
    }
    m_error = QStringLiteral("bitgo-sandbox did not print its address within %1 ms").arg(timeoutMs);
    stop();
    return false;
}

int SandboxProcess::stop()
{
    return stopWith(SIGTERM);
}

int SandboxProcess::stopWith(int signalNumber)
{
    if (!m_process)
        return -1;
    int code = -1;
    if (m_process->state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_process->processId()), signalNumber);
        if (m_process->waitForFinished(5000) && m_process->exitStatus() == QProcess::NormalExit) {
            code = m_process->exitCode();
        } else {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    } else if (m_process->exitStatus() == QProcess::NormalExit) {
        code = m_process->exitCode();
    }
    m_stderr += m_process->readAllStandardError();
    m_process.reset();
    return code;
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 SandboxProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

QByteArray SandboxProcess::stderrOutput()
{
    if (m_process)
        m_stderr += m_process->readAllStandardError();
    return m_stderr;
}

QString SandboxProcess::caCertificatePath() const
{
    return m_ca ? m_ca->caCertificatePath() : QString();
}

QSslConfiguration SandboxProcess::sslConfiguration() const
{
    return m_ca ? m_ca->clientConfiguration() : QSslConfiguration();
}

RawHttp SandboxProcess::raw() const
{
    return RawHttp(m_baseUrl, sslConfiguration());
}

QJsonDocument SandboxProcess::admin(const QByteArray &method, const QString &path, const QJsonObject &body, int *status)
{
    const RawHttp http = raw();
    const QList<QPair<QByteArray, QByteArray>> secret {{"X-Sandbox-Admin", m_adminSecret}};
    RawHttpReply reply = (method == "GET" || method == "DELETE")
        ? http.request(method, path.toUtf8(), secret)
        : http.requestJson(method, path.toUtf8(), body, secret);
    if (status)
        *status = reply.status;
    return QJsonDocument::fromJson(reply.body);
}

int SandboxProcess::liveTokenCount()
{
    const QJsonDocument state = admin("GET", QStringLiteral("/_sandbox/state"));
    return state.object().value(QLatin1String("counts")).toObject().value(QLatin1String("liveTokens")).toInt(-1);
}

bool SandboxProcess::setFault(const QString &mode, const QJsonObject &options)
{
    QJsonObject body = options;
    body.insert(QStringLiteral("mode"), mode);
    int status = 0;
    admin("POST", QStringLiteral("/_sandbox/faults"), body, &status);
    return status == 200;
}

bool SandboxProcess::clearFaults()
{
    int status = 0;
    admin("DELETE", QStringLiteral("/_sandbox/faults"), {}, &status);
    return status == 200;
}

QByteArray SandboxProcess::createTokenDirect(const QJsonObject &fields, QJsonObject *document)
{
    int status = 0;
    const QJsonObject reply = admin("POST", QStringLiteral("/_sandbox/tokens"), fields, &status).object();
    if (status != 200)
        return {};
    if (document)
        *document = reply.value(QStringLiteral("accessToken")).toObject();
    return reply.value(QStringLiteral("token")).toString().toUtf8();
}

QJsonObject SandboxProcess::loginBody(const QString &username, const QString &password, const QString &otp,
                                      bool forceV1Auth)
{
    const QByteArray user = username.toLower().toUtf8();
    // Protocol doc §3: password = hex HMAC-SHA256(key = lower-cased username, message = raw password).
    QJsonObject body {{QStringLiteral("email"), QString::fromUtf8(user)},
                      {QStringLiteral("password"), QString::fromLatin1(hmac::sign(user, password.toUtf8()))},
                      {QStringLiteral("otp"), otp},
                      {QStringLiteral("forceSMS"), false}};
    if (forceV1Auth)
        body.insert(QStringLiteral("forceV1Auth"), true);
    return body;
}

QByteArray SandboxProcess::loginPlaintext(const QString &username, const QString &password, const QString &otp)
{
    const RawHttpReply reply =
        raw().requestJson("POST", "/api/auth/v1/session", loginBody(username, password, otp, true));
    if (reply.status != 200)
        return {};
    return reply.json().value(QStringLiteral("access_token")).toString().toUtf8();
}

RawHttpReply SandboxProcess::signedRequest(const QByteArray &token, const QByteArray &method,
                                           const QByteArray &pathWithQuery, const QByteArray &body, HmacVersion version,
                                           std::optional<qint64> timestampMs,
                                           const QList<QPair<QByteArray, QByteArray>> &extraHeaders) const
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (hmac::isHmacToken(token)) {
        const qint64 ts = timestampMs.value_or(QDateTime::currentMSecsSinceEpoch());
        const QByteArray subject = hmac::requestSubject(version, method, ts, pathWithQuery, body);
        headers = {{"Authorization", "Bearer " + hmac::tokenHash(token)},
                   {"BitGo-Auth-Version", version == HmacVersion::V3 ? "3.0" : "2.0"},
                   {"Auth-Timestamp", QByteArray::number(ts)},
                   {"HMAC", hmac::sign(token, subject)}};
    } else {
        headers = {{"Authorization", "Bearer " + token}};
    }
    if (!body.isEmpty())
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    headers += extraHeaders;
    return raw().request(method, pathWithQuery, headers, body);
}

bool SandboxProcess::verifyResponse(const QByteArray &token, const QByteArray &method, const QByteArray &pathWithQuery,
                                    const RawHttpReply &reply, HmacVersion version)
{
    const QByteArray ts = reply.header("Timestamp");
    const QByteArray mac = reply.header("HMAC");
    if (ts.isEmpty() || mac.isEmpty())
        return false;
    const QByteArray subject =
        hmac::responseSubject(version, method, ts.toLongLong(), pathWithQuery, reply.status, reply.body);
    return hmac::verify(token, subject, mac);
}

} // namespace bgtm::test

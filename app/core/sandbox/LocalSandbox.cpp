#include "LocalSandbox.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/types.h>

namespace bgtm {

namespace {

constexpr auto SandboxExecutableName = "bitgo-sandbox";

Error sandboxError(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

/// One ensureRunning() call: its callback, its deadline, and whether it already finished.
struct LocalSandbox::Attempt {
    QPointer<QObject> context;
    std::function<void(Result<SandboxEndpoint>)> done;
    QDeadlineTimer deadline;
    bool finished = false;
    bool started = false;
};

LocalSandbox::Options LocalSandbox::defaultOptions()
{
    Options options;
    // The runtime directory is per user and per login session: a sandbox found there belongs to this user.
    options.runtimeFile = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
        + QStringLiteral("/bitgo-token-manager/sandbox.json");
    options.stateFile =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sandbox-state.json");
    options.executable = findExecutable();
    return options;
}

QString LocalSandbox::findExecutable()
{
    const QString name = QString::fromLatin1(SandboxExecutableName);
    const QDir here(QCoreApplication::applicationDirPath());
    // Installed side by side; in a build tree the CLI is app/cli/… and the sandbox app/sandbox/….
    for (const QString &candidate : {here.filePath(name), here.filePath(QStringLiteral("../sandbox/") + name),
                                     here.filePath(QStringLiteral("../app/sandbox/") + name)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

LocalSandbox::LocalSandbox(QNetworkAccessManager *network, Options options, QObject *parent)
    : QObject(parent), m_network(network), m_options(std::move(options))
{ }

LocalSandbox::~LocalSandbox() = default;

Result<SandboxEndpoint> LocalSandbox::readRuntimeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sandboxError(ErrorKind::NotFound, tr("No local sandbox is running (no runtime file)."));
    // The file is tiny; refuse anything larger rather than parse it.
    const QByteArray bytes = file.read(64 * 1024);
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    SandboxEndpoint endpoint;
    endpoint.baseUrl = QUrl(json.value(QStringLiteral("baseUrl")).toString());
    endpoint.serverXpub = json.value(QStringLiteral("serverXpub")).toString();
    endpoint.pid = json.value(QStringLiteral("pid")).toInteger();
    if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.scheme().isEmpty() || endpoint.baseUrl.host().isEmpty())
        return sandboxError(ErrorKind::MalformedReply, tr("The local sandbox's runtime file is malformed."));
    return endpoint;
}

void LocalSandbox::ensureRunning(QObject *context, std::function<void(Result<SandboxEndpoint>)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->context = context;
    attempt->done = std::move(done);
    attempt->deadline = QDeadlineTimer(m_options.startDeadline);

    const Result<SandboxEndpoint> existing = readRuntimeFile(m_options.runtimeFile);
    if (!existing.ok()) {
        start(attempt);
        return;
    }
    probe(existing.value(), attempt, [this, attempt, endpoint = existing.value()](bool answered) {
        if (answered) {
            finish(attempt, endpoint);
            return;
        }
        // A stale file from a sandbox that died without cleaning up: remove it so that we wait for the new one.
        QFile::remove(m_options.runtimeFile);
        start(attempt);
    });
}

void LocalSandbox::probe(const SandboxEndpoint &endpoint, const std::shared_ptr<Attempt> &attempt,
                         std::function<void(bool)> answered)
{
    // Unauthenticated and harmless (protocol doc §5): the SDK calls it at start-up too.
    QUrl url = endpoint.baseUrl;
    url.setPath(QStringLiteral("/api/v1/client/constants"));
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_options.probeTimeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    // A second timer: the transfer timeout alone does not bound a server that drips bytes.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer->start(m_options.probeTimeout);
    connect(reply, &QNetworkReply::finished, this, [reply, answered = std::move(answered), attempt]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (attempt->finished)
            return;
        answered(reply->error() == QNetworkReply::NoError && status == 200);
    });
}

void LocalSandbox::start(const std::shared_ptr<Attempt> &attempt)
{
    // Only one process starts the sandbox; the others just wait for its runtime file. tryLock(0) never blocks.
    const QFileInfo runtime(m_options.runtimeFile);
    if (!QDir().mkpath(runtime.absolutePath())) {
        finish(attempt, sandboxError(ErrorKind::Io, tr("Cannot create the directory %1.").arg(runtime.absolutePath())));
        return;
    }
    QFile::setPermissions(runtime.absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_startLock = std::make_unique<QLockFile>(m_options.runtimeFile + QStringLiteral(".lock"));
    m_startLock->setStaleLockTime(m_options.startDeadline);
    if (m_startLock->tryLock(0)) {
        if (m_options.executable.isEmpty()) {
            m_startLock.reset();
            finish(attempt,
                   sandboxError(ErrorKind::Io,
                                tr("The local sandbox (bitgo-sandbox) was not found next to this program "
                                   "or on PATH.")));
            return;
        }
        QDir().mkpath(QFileInfo(m_options.stateFile).absolutePath());
        QProcess process;
        process.setProgram(m_options.executable);
        process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                              m_options.stateFile, QStringLiteral("--runtime-file"), m_options.runtimeFile});
        // Detached: it outlives this process so that the next command sees the same server.
        process.setStandardInputFile(QProcess::nullDevice());
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        if (!process.startDetached()) {
            m_startLock.reset();
            finish(attempt,
                   sandboxError(ErrorKind::Io,
                                tr("The local sandbox could not be started: %1").arg(process.errorString())));
            return;
        }
        attempt->started = true;
    }
    waitForRuntimeFile(attempt);
}

void LocalSandbox::waitForRuntimeFile(const std::shared_ptr<Attempt> &attempt)
{
    if (attempt->finished)
        return;
    if (attempt->deadline.hasExpired()) {
        finish(attempt,
               sandboxError(ErrorKind::Timeout,
                            tr("The local sandbox did not start within %n second(s).", nullptr,
                               int(m_options.startDeadline.count() / 1000))));
        return;
    }
    const Result<SandboxEndpoint> found = readRuntimeFile(m_options.runtimeFile);
    if (!found.ok()) {
        QTimer::singleShot(m_options.pollInterval, this, [this, attempt]() { waitForRuntimeFile(attempt); });
        return;
    }
    probe(found.value(), attempt, [this, attempt, endpoint = found.value()](bool answered) mutable {
        if (!answered) {
            QTimer::singleShot(m_options.pollInterval, this, [this, attempt]() { waitForRuntimeFile(attempt); });
            return;
        }
        endpoint.startedNow = attempt->started;
        if (attempt->started)
            m_startedPid = endpoint.pid;
        finish(attempt, endpoint);
    });
}

void LocalSandbox::finish(const std::shared_ptr<Attempt> &attempt, Result<SandboxEndpoint> result)
{
    if (attempt->finished)
        return;
    attempt->finished = true;
    m_startLock.reset();
    if (attempt->context)
        attempt->done(std::move(result));
}

QList<qint64> LocalSandbox::cliProcessesFindingThisSandbox() const
{
    QList<qint64> pids;
    const QString cliName = QStringLiteral("bitgo-token-manager-cli");
    const QString ourRuntimeFile = QDir::cleanPath(m_options.runtimeFile);
    const qint64 self = QCoreApplication::applicationPid();
    // Only this user's processes let us read their exe link and environment: that is the filter by user.
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        const QString exe = QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid));
        if (QFileInfo(exe).fileName() != cliName)
            continue;
        QFile environ(QStringLiteral("/proc/%1/environ").arg(pid));
        if (!environ.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        QString runtimeDir;
        const QList<QByteArray> variables = environ.readAll().split('\0');
        for (const QByteArray &variable : variables)
            if (variable.startsWith("XDG_RUNTIME_DIR="))
                runtimeDir = QFile::decodeName(variable.mid(int(qstrlen("XDG_RUNTIME_DIR="))));
        // The CLI's runtime file is <RuntimeLocation>/bitgo-token-manager/sandbox.json (defaultOptions()).
        if (runtimeDir.isEmpty()
            || QDir::cleanPath(runtimeDir + QStringLiteral("/bitgo-token-manager/sandbox.json")) == ourRuntimeFile)
            pids.append(pid);
    }
    return pids;
}

LocalSandbox::StopOutcome LocalSandbox::stopIfStartedHere()
{
    StopOutcome outcome;
    const Result<SandboxEndpoint> running = readRuntimeFile(m_options.runtimeFile);
    // The runtime file names the server that answers now: one started later by someone else is not ours to stop.
    if (m_startedPid <= 0 || !running.ok() || running.value().pid != m_startedPid)
        return outcome;
    outcome.sandboxPid = m_startedPid;
    const QList<qint64> cli = cliProcessesFindingThisSandbox();
    if (!cli.isEmpty()) {
        outcome.what = StopOutcome::What::KeptForCli;
        outcome.cliPid = cli.first();
        return outcome;
    }
    if (::kill(static_cast<pid_t>(m_startedPid), SIGTERM) == 0)
        outcome.what = StopOutcome::What::Stopped;
    m_startedPid = 0;
    return outcome;
}

} // namespace bgtm

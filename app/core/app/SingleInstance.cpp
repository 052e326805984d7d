#include "SingleInstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>

namespace bgtm {
namespace {

const QByteArray kActivate = QByteArrayLiteral("activate\n");

} // namespace

SingleInstance::SingleInstance(const QString &directory, const QString &name, QObject *parent)
    : QObject(parent), m_directory(directory), m_name(name)
{ }

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::lockPath() const
{
    return m_directory + u'/' + m_name + QStringLiteral(".lock");
}

QString SingleInstance::socketPath() const
{
    return m_directory + u'/' + m_name + QStringLiteral(".socket");
}

Result<SingleInstance::Role> SingleInstance::start()
{
    if (!QDir().mkpath(m_directory))
        return errorOf(ErrorKind::Io, tr("Cannot create the folder %1.").arg(m_directory));
    m_lock = std::make_unique<QLockFile>(lockPath());
    // Held for the whole life of the app: never stale because of its age, only because its process is gone.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() == QLockFile::LockFailedError)
            return Role::Secondary;
        return errorOf(ErrorKind::Io, tr("Cannot create the lock file %1.").arg(lockPath()));
    }
    // We own the lock, so any socket left here belongs to a dead instance.
    QLocalServer::removeServer(socketPath());
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath()))
        return errorOf(ErrorKind::Io, tr("Cannot listen on %1: %2").arg(socketPath(), m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine())
                    return;
                if (socket->readLine(64) == kActivate)
                    Q_EMIT activationRequested();
                socket->write("ok\n");
                socket->disconnectFromServer();
            });
        }
    });
    return Role::Primary;
}

void SingleInstance::requestActivation(std::chrono::milliseconds timeout, QObject *context, Callback<Done> done)
{
    auto *socket = new QLocalSocket(this);
    auto answered = std::make_shared<bool>(false);
    auto finish = [socket, answered, done = std::move(done)](Result<Done> result) {
        if (*answered)
            return;
        *answered = true;
        socket->abort();
        socket->deleteLater();
        done(std::move(result));
    };
    connect(socket, &QLocalSocket::connected, context, [socket] { socket->write(kActivate); });
    connect(socket, &QLocalSocket::readyRead, context, [socket, finish] {
        if (socket->canReadLine())
            finish(Done {});
    });
    connect(socket, &QLocalSocket::errorOccurred, context, [socket, finish] {
        finish(errorOf(ErrorKind::Io, tr("The running instance did not answer: %1").arg(socket->errorString())));
    });
    QTimer::singleShot(timeout, context, [finish] {
        finish(errorOf(ErrorKind::Timeout, tr("The running instance did not answer in time.")));
    });
    socket->connectToServer(socketPath());
}

} // namespace bgtm

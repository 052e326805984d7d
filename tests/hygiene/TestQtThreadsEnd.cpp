// The end of main() waits for the threads Qt runs for itself: the network manager's thread and the thread pool's
// workers release their per-thread data after QThread::wait() returned, and a process that exits in that moment
// tears Qt down under them (LeakSanitizer reported that data as a leak in CLI runs on a loaded machine).
#include "app/WorkerThreads.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

namespace {

/// The names of this process's threads, as the kernel shows them (at most 15 characters).
QByteArrayList threadNames()
{
    QByteArrayList names;
    const QString tasks = QStringLiteral("/proc/self/task");
    const QStringList ids = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &id : ids) {
        QFile comm(tasks + QLatin1Char('/') + id + QStringLiteral("/comm"));
        if (comm.open(QIODevice::ReadOnly))
            names.append(comm.readAll().trimmed());
    }
    return names;
}

const QByteArray kNetworkThread = QByteArrayLiteral("QNetworkAccessM");
const QByteArray kPoolThread = QByteArrayLiteral("Thread (pooled)");

} // namespace

class TestQtThreadsEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkAndPoolThreadsAreGoneWhenItReturns();
    void aThreadThatDoesNotEndDelaysItOnlyUntilTheLimit();
};

void TestQtThreadsEnd::networkAndPoolThreadsAreGoneWhenItReturns()
{
    // One HTTP request starts the network manager's thread; one task starts a pool worker.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            socket->disconnectFromHost();
        });
    });
    auto network = std::make_unique<QNetworkAccessManager>();
    QNetworkReply *reply =
        network->get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
    QCOMPARE(reply->readAll(), QByteArray("ok"));
    delete reply;
    QSemaphore ran;
    QThreadPool::globalInstance()->start([&ran] { ran.release(); });
    QVERIFY(ran.tryAcquire(1, 30000));
    // Positive control: both threads exist under the names the wait looks for.
    QVERIFY2(threadNames().contains(kNetworkThread), threadNames().join(", ").constData());
    QVERIFY2(threadNames().contains(kPoolThread), threadNames().join(", ").constData());

    // What the end of main() has done by then: the network manager and the pool's threads are gone from Qt's view.
    network.reset();
    QThreadPool::globalInstance()->waitForDone();
    bgtm::waitForQtThreadsToEnd();
    const QByteArrayList left = threadNames();
    QVERIFY2(!left.contains(kNetworkThread) && !left.contains(kPoolThread), left.join(", ").constData());
}

void TestQtThreadsEnd::aThreadThatDoesNotEndDelaysItOnlyUntilTheLimit()
{
    // A thread under the network manager's name that keeps running: the wait gives up at its limit.
    QThread stuck;
    stuck.setObjectName(QStringLiteral("QNetworkAccessManager thread"));
    stuck.start();
    QTRY_VERIFY_WITH_TIMEOUT(threadNames().contains(kNetworkThread), 10000);
    QElapsedTimer timer;
    timer.start();
    bgtm::waitForQtThreadsToEnd(std::chrono::milliseconds(300));
    const qint64 waited = timer.elapsed();
    QVERIFY2(waited >= 300, QByteArray::number(waited).constData()); // it did wait while the thread ran
    QVERIFY2(waited < 5000, QByteArray::number(waited).constData()); // and not forever
    stuck.quit();
    QVERIFY(stuck.wait(10000));
}

QTEST_GUILESS_MAIN(TestQtThreadsEnd)
#include "TestQtThreadsEnd.moc"

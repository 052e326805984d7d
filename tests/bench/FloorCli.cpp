// The floor of this stack for the CLI: a QCoreApplication that makes one loopback GET and exits.
//   bgtm_bench_floor_cli <url>     exit 0 when an HTTP reply (any status) arrived, 1 otherwise
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QString::fromLocal8Bit(argv[1])));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &app, [reply] {
        const bool answered = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid();
        (void)reply->readAll();
        QCoreApplication::exit(answered ? 0 : 1);
    });
    return QCoreApplication::exec();
}

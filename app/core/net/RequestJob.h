#pragma once

#include "HttpReply.h"
#include "RequestSpec.h"

#include "model/Result.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace bgtm {

/// Transport limits applied to every request (from BitGoClient::Options).
struct TransportSettings {
    QUrl baseUrl;
    std::chrono::milliseconds transferTimeout {15000};
    std::chrono::milliseconds totalDeadline {60000};
    qint64 maxReplyBytes = 1024 * 1024;
    std::optional<QSslConfiguration> ssl; ///< unset: Qt's default, loaded only for https
    int maxReadRetries = 2;               ///< 429 on a read: at most this many repeats, within the total deadline
};

/// One HTTP exchange, hardened (transport hardening): no redirects, HTTP/1.1 only, TLS errors fatal,
/// a transfer timeout plus a total deadline, a reply size cap checked on Content-Length and while reading,
/// `application/json` required on success, the reply's error checked even on 200, every 2xx reply to an HMAC
/// request verified (constant time, plus the v3 window). The handler runs exactly once unless abort() is called.
class RequestJob : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(Result<HttpReply>)>;

    RequestJob(QNetworkAccessManager *network, TransportSettings settings, RequestSpec spec, Handler handler,
               QObject *parent);
    ~RequestJob() override;

    void start();
    /// Stops the exchange without running the handler (the caller reports the cancellation itself).
    void abort();

private:
    enum class Stop { None, Deadline, TooLarge, Silenced };

    void send();
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void stop(Stop reason);
    void finish(Result<HttpReply> result);
    void appendToBody(QByteArray chunk);
    void discardBody(); ///< wiped, then emptied
    [[nodiscard]] Error transportError(QNetworkReply::NetworkError code) const;
    [[nodiscard]] QByteArray pathWithQuery() const;

    QNetworkAccessManager *m_network;
    TransportSettings m_settings;
    RequestSpec m_spec;
    Handler m_handler;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QBuffer> m_upload; ///< reads m_spec.body in place for the reply running
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QString m_tlsProblem;
    qint64 m_timestampMs = 0;
    int m_attempt = 0;
    Stop m_stop = Stop::None;
    bool m_done = false;
};

} // namespace bgtm

#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrlQuery>

namespace bgtm::sandbox {

/// One HTTP request as the sandbox's handlers see it: independent of Qt HTTP Server's types.
struct HttpRequest {
    QByteArray method;        ///< upper-case
    QByteArray path;          ///< URL path, percent-encoded as sent
    QByteArray pathWithQuery; ///< path plus `?query` when the query is non-empty: the HMAC subject's path (§2)
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    /// First header of that name (case-insensitive), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

/// What to send back, and how (the fault modes need to misbehave on the wire).
struct HttpReply {
    enum class Delivery {
        Normal,
        DropMidBody,         ///< headers and half of the body, then close the connection
        CloseBeforeResponse, ///< close the connection without writing a byte
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;

    static HttpReply json(int status, const QJsonObject &object)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }

    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        for (auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        }
        headers.append(qMakePair(name, value));
    }
};

} // namespace bgtm::sandbox

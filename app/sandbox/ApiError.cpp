#include "ApiError.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace bgtm::sandbox {

namespace {

QString newRequestId()
{
    QByteArray raw(12, Qt::Uninitialized);
    QRandomGenerator::global()->generate(raw.begin(), raw.end());
    return QStringLiteral("sbx-") + QString::fromLatin1(raw.toHex());
}

QJsonObject errorBody(const QString &name, const QString &message, const QString &field)
{
    QJsonObject context;
    if (!field.isNull())
        context.insert(QStringLiteral("field"), field);
    return QJsonObject {{QStringLiteral("error"), message},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("requestId"), newRequestId()},
                        {QStringLiteral("context"), context}};
}

} // namespace

HttpReply ApiError::make(int status, const QString &name, const QString &message, const QString &field)
{
    return HttpReply::json(status, errorBody(name, message, field));
}

HttpReply ApiError::unauthorized(const QString &message)
{
    HttpReply reply = make(401, QStringLiteral("Unauthorized"), message);
    reply.setHeader("x-auth-required", "true");
    return reply;
}

HttpReply ApiError::needsOtp(const QString &message)
{
    QJsonObject body = errorBody(QStringLiteral("NeedsOTP"), message, QStringLiteral("otp"));
    body.insert(QStringLiteral("needsOTP"), true);
    return HttpReply::json(401, body);
}

} // namespace bgtm::sandbox

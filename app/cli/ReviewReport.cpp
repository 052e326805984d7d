#include "ReviewReport.h"

#include <QJsonArray>

namespace bgtm::cli {

QJsonObject ReviewReport::toJson(const QList<TokenReview> &reviews, const ReviewThresholds &thresholds)
{
    QJsonArray tokens;
    for (const TokenReview &review : reviews) {
        QJsonArray findings;
        for (const Finding &finding : review.findings) {
            QJsonObject json {{QStringLiteral("kind"), SecurityReview::kindCode(finding.kind)},
                              {QStringLiteral("severity"), SecurityReview::severityCode(finding.severity)},
                              {QStringLiteral("reason"), finding.reason},
                              {QStringLiteral("fix"), finding.fix}};
            if (finding.suggested) {
                // The request a rotation would send, in BitGo's field names (no OTP: none is ever set here).
                json.insert(QStringLiteral("suggested"), finding.suggested->toJson());
            }
            findings.append(json);
        }
        tokens.append(QJsonObject {
            {QStringLiteral("id"), review.token.id},
            {QStringLiteral("label"), review.token.label},
            {QStringLiteral("expires"),
             review.token.expires.isValid() ? review.token.expires.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {QStringLiteral("findings"), findings}});
    }
    return QJsonObject {{QStringLiteral("thresholds"),
                         QJsonObject {{QStringLiteral("maxLifetimeDays"), thresholds.maxLifetimeDays},
                                      {QStringLiteral("expiringDays"), thresholds.expiringSoonDays}}},
                        {QStringLiteral("findingCount"), qint64(SecurityReview::findingCount(reviews))},
                        {QStringLiteral("tokens"), tokens}};
}

QStringList ReviewReport::toLines(const QList<TokenReview> &reviews)
{
    QStringList lines;
    for (const TokenReview &review : reviews) {
        if (review.findings.isEmpty())
            continue;
        lines.append(tr("%1  %2").arg(review.token.id, review.token.label));
        for (const Finding &finding : review.findings) {
            lines.append(tr("  %1  %2: %3")
                             .arg(SecurityReview::severityName(finding.severity).leftJustified(8),
                                  SecurityReview::kindTitle(finding.kind), finding.reason));
            lines.append(tr("            fix: %1").arg(finding.fix));
        }
    }
    return lines;
}

} // namespace bgtm::cli

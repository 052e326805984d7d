#pragma once

#include "review/SecurityReview.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace bgtm::cli {

/// `tokens review` output: the review as a --json document or as lines for people. Never a secret (the review
/// only sees metadata).
class ReviewReport
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::cli::ReviewReport)

public:
    /// {"thresholds": {...}, "findingCount": n, "tokens": [{"id", "label", "expires", "findings": [{"kind",
    /// "severity", "reason", "fix", "suggested"?}]}]}; tokens without findings are listed with an empty array.
    [[nodiscard]] static QJsonObject toJson(const QList<TokenReview> &reviews, const ReviewThresholds &thresholds);
    /// Per token with findings: a heading line, then one line per finding and its fix, indented.
    [[nodiscard]] static QStringList toLines(const QList<TokenReview> &reviews);
};

} // namespace bgtm::cli

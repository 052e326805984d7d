#pragma once

#include <QJsonValue>
#include <QString>

namespace bgtm::sandbox {

/// Exact arithmetic on non-negative integers written as decimal strings (base units of coins overflow 2^53 and
/// even 2^64: 18-decimal coins).
class DecimalString
{
public:
    /// Digits only, no sign, no leading zeros ("0" itself is fine).
    [[nodiscard]] static bool isCanonical(const QString &text);
    [[nodiscard]] static QString add(const QString &a, const QString &b);
    /// As a JSON value: a string, or a number when `asNumber` (an integer when it fits in 64 bits; beyond that a
    /// double, rounded exactly as a JavaScript server would have).
    [[nodiscard]] static QJsonValue toJson(const QString &text, bool asNumber);
};

} // namespace bgtm::sandbox

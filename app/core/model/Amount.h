#pragma once

#include "AccessToken.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace bgtm {

/// Exact conversions between coin units ("10.5" tbtc) and base units ("1050000000"), on decimal strings.
/// No floating point anywhere: 18- and 24-decimal coins overflow doubles and even 64-bit integers
/// (protocol doc §4 "Amounts", §7). Every failure is an ErrorKind::Validation with a human message.
class Amount
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::Amount)

public:
    /// True for a canonical base-unit amount: ASCII digits only, no sign, no leading zeros ("0" itself is fine).
    [[nodiscard]] static bool isCanonicalBaseUnits(const QString &text);

    /// Coin units with '.' as decimal point ("10.5", "0.00000001", "007") → canonical base units.
    /// Refuses signs, exponents, spaces, empty text, non-digits and more fraction digits than `decimals`.
    [[nodiscard]] static Result<QString> toBaseUnits(const QString &coinUnits, int decimals);

    /// Base units (digits; leading zeros tolerated) → coin units with '.' and trailing zeros trimmed
    /// ("1050000000", 8 → "10.5"; "0" → "0").
    [[nodiscard]] static Result<QString> fromBaseUnits(const QString &baseUnits, int decimals);

    /// User input in `locale` → canonical base units. Accepts the locale's decimal separator (and '.', when
    /// '.' is not the locale's group separator); surrounding spaces are ignored; group separators are refused
    /// rather than guessed, because "1,5" means 15 or 1.5 depending on who typed it.
    [[nodiscard]] static Result<QString> parseLocalized(const QString &input, int decimals, const QLocale &locale);

    /// Base units → coin units written for `locale` (its decimal separator, no group separators), so that
    /// parseLocalized(formatLocalized(x)) == x exactly. Returns an empty string when `baseUnits` is not digits.
    [[nodiscard]] static QString formatLocalized(const QString &baseUnits, int decimals, const QLocale &locale);

    /// Compares two base-unit amounts (digits, leading zeros tolerated): negative, zero or positive.
    [[nodiscard]] static int compare(const QString &a, const QString &b);

    /// Remaining budget of a lifetime spending limit: limit − spent, never below "0". Refused when either
    /// side is approximate (a JSON number above 2^53): those are shown, never computed with.
    [[nodiscard]] static Result<QString> remaining(const ServerAmount &limit, const ServerAmount &spent);
};

} // namespace bgtm

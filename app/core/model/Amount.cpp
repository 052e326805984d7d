#include "Amount.h"

namespace bgtm {

namespace {

bool allAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString stripLeadingZeros(QStringView digits)
{
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits.at(first) == QLatin1Char('0'))
        ++first;
    return digits.mid(first).toString();
}

Error invalid(const QString &message)
{
    Error error;
    error.kind = ErrorKind::Validation;
    error.message = message;
    return error;
}

// Schoolbook subtraction of canonical digit strings, a >= b.
QString subtractDigits(const QString &a, const QString &b)
{
    QString result(a.size(), QLatin1Char('0'));
    int borrow = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype ia = a.size() - 1 - i;
        const qsizetype ib = b.size() - 1 - i;
        int digit = a.at(ia).digitValue() - borrow - (ib >= 0 ? b.at(ib).digitValue() : 0);
        borrow = digit < 0 ? 1 : 0;
        if (digit < 0)
            digit += 10;
        result[ia] = QLatin1Char(static_cast<char>('0' + digit));
    }
    return stripLeadingZeros(result);
}

} // namespace

bool Amount::isCanonicalBaseUnits(const QString &text)
{
    return allAsciiDigits(text) && (text.size() == 1 || text.at(0) != QLatin1Char('0'));
}

Result<QString> Amount::toBaseUnits(const QString &coinUnits, int decimals)
{
    if (decimals < 0)
        return invalid(tr("This coin's number of decimal places is unknown."));
    if (coinUnits.isEmpty())
        return invalid(tr("Enter an amount."));
    const qsizetype point = coinUnits.indexOf(QLatin1Char('.'));
    const QStringView whole = point < 0 ? QStringView(coinUnits) : QStringView(coinUnits).left(point);
    const QStringView fraction = point < 0 ? QStringView() : QStringView(coinUnits).mid(point + 1);
    // "5." and ".5" are accepted as people write them; "." alone and "1.2.3" are not.
    const bool wholeOk = whole.isEmpty() || allAsciiDigits(whole);
    const bool fractionOk = fraction.isEmpty() || allAsciiDigits(fraction);
    if (!wholeOk || !fractionOk || (whole.isEmpty() && fraction.isEmpty()))
        return invalid(tr("\"%1\" is not an amount: use digits and at most one decimal point, without sign, "
                          "exponent or spaces.")
                           .arg(coinUnits));
    if (fraction.size() > decimals) {
        return invalid(decimals == 0 ? tr("This coin has no fractional units: enter a whole number.")
                                     : tr("Too many decimal places: this coin has %n.", nullptr, decimals));
    }
    QString digits = whole.toString() + fraction.toString();
    digits.append(QString(decimals - fraction.size(), QLatin1Char('0')));
    return stripLeadingZeros(digits.isEmpty() ? QStringLiteral("0") : digits);
}

Result<QString> Amount::fromBaseUnits(const QString &baseUnits, int decimals)
{
    if (decimals < 0)
        return invalid(tr("This coin's number of decimal places is unknown."));
    if (!allAsciiDigits(baseUnits))
        return invalid(tr("\"%1\" is not a whole number of base units.").arg(baseUnits));
    QString digits = stripLeadingZeros(baseUnits);
    if (digits.size() <= decimals)
        digits.prepend(QString(decimals - digits.size() + 1, QLatin1Char('0')));
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

Result<QString> Amount::parseLocalized(const QString &input, int decimals, const QLocale &locale)
{
    const QString text = input.trimmed();
    const QString decimalPoint = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // Also covers '.' where it is the group separator (German "1.000"): refused, never read as a decimal point.
    if (!group.isEmpty() && group != decimalPoint && text.contains(group)) {
        return invalid(
            tr("Leave out thousands separators (\"%1\"); use \"%2\" for decimals.").arg(group, decimalPoint));
    }
    QString plain = text;
    plain.replace(decimalPoint, QStringLiteral("."));
    return toBaseUnits(plain, decimals);
}

QString Amount::formatLocalized(const QString &baseUnits, int decimals, const QLocale &locale)
{
    const Result<QString> coin = fromBaseUnits(baseUnits, decimals);
    if (!coin.ok())
        return QString();
    QString text = coin.value();
    text.replace(QLatin1Char('.'), locale.decimalPoint());
    return text;
}

int Amount::compare(const QString &a, const QString &b)
{
    const QString x = stripLeadingZeros(a);
    const QString y = stripLeadingZeros(b);
    if (x.size() != y.size())
        return x.size() < y.size() ? -1 : 1;
    return x.compare(y);
}

Result<QString> Amount::remaining(const ServerAmount &limit, const ServerAmount &spent)
{
    if (!limit.exact || !spent.exact)
        return invalid(tr("The server sent an approximate amount; the remaining budget cannot be computed exactly."));
    if (!allAsciiDigits(limit.digits) || !allAsciiDigits(spent.digits))
        return invalid(tr("The server sent an amount that is not a whole number of base units."));
    const QString l = stripLeadingZeros(limit.digits);
    const QString s = stripLeadingZeros(spent.digits);
    // Spent above the limit cannot buy anything more: the budget is exhausted, not negative.
    if (compare(l, s) <= 0)
        return QStringLiteral("0");
    return subtractDigits(l, s);
}

} // namespace bgtm

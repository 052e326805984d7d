#include "DecimalString.h"

#include <algorithm>

namespace bgtm::sandbox {

bool DecimalString::isCanonical(const QString &text)
{
    if (text.isEmpty() || text.size() > 80)
        return false;
    if (text.size() > 1 && text.front() == QLatin1Char('0'))
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

QString DecimalString::add(const QString &a, const QString &b)
{
    QString result;
    int carry = 0;
    qsizetype i = a.size() - 1;
    qsizetype j = b.size() - 1;
    while (i >= 0 || j >= 0 || carry) {
        int sum = carry;
        if (i >= 0)
            sum += a.at(i--).unicode() - '0';
        if (j >= 0)
            sum += b.at(j--).unicode() - '0';
        result.prepend(QChar(u'0' + static_cast<char16_t>(sum % 10)));
        carry = sum / 10;
    }
    while (result.size() > 1 && result.front() == QLatin1Char('0'))
        result.remove(0, 1);
    return result.isEmpty() ? QStringLiteral("0") : result;
}

QJsonValue DecimalString::toJson(const QString &text, bool asNumber)
{
    if (!asNumber)
        return text;
    bool ok = false;
    const qint64 exact = text.toLongLong(&ok);
    if (ok)
        return QJsonValue(exact);
    return QJsonValue(text.toDouble());
}

} // namespace bgtm::sandbox

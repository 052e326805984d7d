#include "FuzzEntries.h"

#include "model/Amount.h"

#include <QLocale>
#include <QString>

#include <cstdlib>

namespace bgtm::fuzz {

int amount(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // Decimals 0…31 cover every coin (up to 24) and beyond; four locales with different separators.
    const int decimals = data[0] & 0x1f;
    static const QLocale kLocales[] = {QLocale(QLocale::C), QLocale(QLocale::German, QLocale::Germany),
                                       QLocale(QLocale::French, QLocale::France),
                                       QLocale(QLocale::English, QLocale::UnitedStates)};
    const QLocale &locale = kLocales[(data[0] >> 5) & 0x3];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    const auto base = Amount::toBaseUnits(text, decimals);
    if (base) {
        if (!Amount::isCanonicalBaseUnits(base.value()))
            std::abort();
        const auto back = Amount::fromBaseUnits(base.value(), decimals);
        if (!back || Amount::toBaseUnits(back.value(), decimals).value() != base.value())
            std::abort(); // exact round trip, no floating point
    }
    const auto fromBase = Amount::fromBaseUnits(text, decimals);
    (void)fromBase;
    const auto localized = Amount::parseLocalized(text, decimals, locale);
    if (localized) {
        if (!Amount::isCanonicalBaseUnits(localized.value()))
            std::abort();
        const QString shown = Amount::formatLocalized(localized.value(), decimals, locale);
        const auto reparsed = Amount::parseLocalized(shown, decimals, locale);
        if (!reparsed || reparsed.value() != localized.value())
            std::abort(); // documented: parseLocalized(formatLocalized(x)) == x
    }
    (void)Amount::formatLocalized(text, decimals, locale);
    // compare and remaining on two halves of the text
    const qsizetype half = text.size() / 2;
    const QString a = text.left(half);
    const QString b = text.mid(half);
    if (Amount::isCanonicalBaseUnits(a) && Amount::isCanonicalBaseUnits(b)) {
        const int ab = Amount::compare(a, b);
        const int ba = Amount::compare(b, a);
        if ((ab < 0) != (ba > 0) || (ab == 0) != (ba == 0))
            std::abort();
        const auto left = Amount::remaining(ServerAmount {a, true}, ServerAmount {b, true});
        if (!left || !Amount::isCanonicalBaseUnits(left.value()))
            std::abort();
    }
    return 0;
}

} // namespace bgtm::fuzz

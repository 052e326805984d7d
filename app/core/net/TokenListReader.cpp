#include "TokenListReader.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

namespace bgtm::mappers {

namespace {

// Qt's JSON parser refuses documents nested deeper than this (nestingLimit in qjsonparser.cpp); the root is level 1.
constexpr int kMaxDepth = 1024;
// Messages are ReplyMappers' own, so they are translated in its context ("bgtm::mappers") explicitly: a tr() inside
// Reader would be filed by lupdate under "bgtm::mappers::Reader", which the lookup at run time would never find.
// The reply's own shape: root object, accessTokens array, token, unlock, spendingLimits, one coin's usage.
constexpr int kListDepth = 2;
constexpr int kTokenDepth = 3;

// A JSON number as Qt's parser keeps it: qint64 when integral and within range, else a double.
struct Number {
    bool isInteger = false;
    qint64 integer = 0;
    double real = 0;
    [[nodiscard]] double toDouble() const { return isInteger ? static_cast<double>(integer) : real; }
};

// A string's bytes between the quotes, already validated.
struct Span {
    const char *begin = nullptr;
    qsizetype size = 0;
    bool escaped = false; ///< holds backslash escapes: must be decoded
    bool ascii = true;
};

bool startsWithByteOrderMark(const Span &span)
{
    return span.size >= 3 && std::memcmp(span.begin, "\xEF\xBB\xBF", 3) == 0;
}

// A member name: compared on its raw bytes when it has no escapes (the usual case), else decoded first.
struct Key {
    Span span;
    QString decoded; ///< only when span.escaped
    [[nodiscard]] bool is(QLatin1String name) const
    {
        if (span.escaped)
            return decoded == name;
        return span.size == name.size() && std::memcmp(span.begin, name.data(), static_cast<size_t>(span.size)) == 0;
    }
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

char16_t hexValue(const char *four)
{
    char16_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = four[i];
        const int digit = isDigit(c) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10;
        value = static_cast<char16_t>((value << 4) | digit);
    }
    return value;
}

// One UTF-8 sequence as Qt's decoder accepts it (shortest form, no surrogates, at most U+10FFFF; noncharacters
// allowed): its length, 0 when invalid or cut off.
int utf8Sequence(const char *at, const char *end, char32_t *codePoint)
{
    const auto *p = reinterpret_cast<const uchar *>(at);
    const uchar lead = p[0];
    int length = 0;
    char32_t value = 0;
    char32_t smallest = 0;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    if (lead < 0xC2)
        return 0;
    if (lead < 0xE0) {
        length = 2;
        value = lead & 0x1Fu;
        smallest = 0x80;
    } else if (lead < 0xF0) {
        length = 3;
        value = lead & 0x0Fu;
        smallest = 0x800;
    } else if (lead < 0xF5) {
        length = 4;
        value = lead & 0x07u;
        smallest = 0x10000;
    } else {
        return 0;
    }
    if (end - at < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0u) != 0x80u)
            return 0;
        value = (value << 6) | (p[i] & 0x3Fu);
    }
    if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *codePoint = value;
    return length;
}

// Qt's convertDoubleTo<qint64>: a parsed double that is integral and within qint64 is stored as an integer.
bool integralDouble(double value, qint64 *out)
{
    constexpr double kTwoPow63 = 9223372036854775808.0;
    if (!(value >= -kTwoPow63 && value < kTwoPow63)) // also NaN
        return false;
    const auto integer = static_cast<qint64>(value);
    if (static_cast<double>(integer) != value)
        return false;
    *out = integer;
    return true;
}

// Qt sorts an object's keys (QJsonObject is ordered by key): keys without escapes compare as UTF-8, i.e. by code
// point, keys with escapes (kept as UTF-16) by UTF-16 code unit.
int compareKeys(QStringView a, bool aEscaped, QStringView b, bool bEscaped)
{
    const bool byCodeUnit = aEscaped && bEscaped;
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        int x = a[i].unicode();
        int y = b[i].unicode();
        if (x == y)
            continue;
        if (!byCodeUnit) {
            // Surrogates encode code points above U+FFFF: in code point order they follow U+E000–U+FFFF.
            const auto rank = [](int c) { return c < 0xD800 ? c : (c >= 0xE000 ? c - 0x800 : c + 0x2000); };
            x = rank(x);
            y = rank(y);
        }
        return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

class Reader
{
public:
    explicit Reader(const QByteArray &json) : m_at(json.constData()), m_end(json.constData() + json.size()) { }

    Result<TokenPage> read()
    {
        // Qt skips a UTF-8 byte order mark when more than the mark is there.
        if (m_end - m_at > 3 && std::memcmp(m_at, "\xEF\xBB\xBF", 3) == 0)
            m_at += 3;
        TokenPage page;
        bool hasArray = false;
        std::optional<Error> problem;
        const bool valid = nextToken() == '{' && readObject(1, [&](const Key &key) {
                               if (key.is(QLatin1String("accessTokens")))
                                   return readTokenArray(&page.tokens, &hasArray, &problem);
                               if (key.is(QLatin1String("nextBatchPrevId")))
                                   return readString(&page.nextBatchPrevId, 1);
                               return skipValue(1);
                           });
        if (!valid || eatSpace())
            return malformed(QCoreApplication::translate("bgtm::mappers", "the token list is not a JSON object"));
        if (!hasArray)
            return malformed(QCoreApplication::translate("bgtm::mappers", "the token list has no accessTokens array"));
        if (problem)
            return *problem;
        return page;
    }

private:
    // Qt's eatSpace: the four JSON blanks; true while bytes remain.
    bool eatSpace()
    {
        while (m_at < m_end && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            ++m_at;
        return m_at < m_end;
    }

    // Qt's nextToken: the next structural character after blanks (consumed), 0 for anything else.
    char nextToken()
    {
        if (!eatSpace())
            return 0;
        const char c = *m_at++;
        switch (c) {
        case '[':
        case '{':
        case ':':
        case ',':
        case ']':
        case '}':
        case '"':
            return c;
        default:
            return 0;
        }
    }

    // After the opening quote: validates up to and past the closing quote. Qt's rules: any character but `"` and
    // `\` unescaped (control characters too), valid UTF-8, `\u` with four hex digits, any other escaped byte stands
    // for itself; the document may not end right after a string.
    bool scanString(Span *span)
    {
        span->begin = m_at;
        span->escaped = false;
        span->ascii = true;
        while (m_at < m_end) {
            const char c = *m_at;
            if (c == '"')
                break;
            if (c == '\\') {
                span->escaped = true;
                if (m_end - m_at < 2)
                    return false;
                const char escaped = m_at[1];
                m_at += 2;
                if (escaped == 'u') {
                    if (m_end - m_at < 4 || !std::all_of(m_at, m_at + 4, isHexDigit))
                        return false;
                    m_at += 4;
                }
                continue;
            }
            if (static_cast<uchar>(c) < 0x80) {
                ++m_at;
                continue;
            }
            char32_t codePoint = 0;
            const int length = utf8Sequence(m_at, m_end, &codePoint);
            if (length == 0)
                return false;
            span->ascii = false;
            m_at += length;
        }
        if (m_at >= m_end)
            return false;
        span->size = m_at - span->begin;
        ++m_at;
        return m_at < m_end;
    }

    // A validated span as text, as Qt decodes it.
    static QString decode(const Span &span)
    {
        if (!span.escaped)
            return span.ascii ? QString::fromLatin1(span.begin, span.size) : QString::fromUtf8(span.begin, span.size);
        QString out;
        out.reserve(span.size);
        const char *at = span.begin;
        const char *const end = span.begin + span.size;
        while (at < end) {
            if (*at != '\\') {
                char32_t codePoint = 0;
                at += utf8Sequence(at, end, &codePoint); // validated by scanString: never 0
                if (QChar::requiresSurrogates(codePoint)) {
                    out.append(QChar(QChar::highSurrogate(codePoint)));
                    out.append(QChar(QChar::lowSurrogate(codePoint)));
                } else {
                    out.append(QChar(static_cast<char16_t>(codePoint)));
                }
                continue;
            }
            const char escaped = at[1];
            at += 2;
            switch (escaped) {
            case 'b':
                out.append(QChar(u'\b'));
                break;
            case 'f':
                out.append(QChar(u'\f'));
                break;
            case 'n':
                out.append(QChar(u'\n'));
                break;
            case 'r':
                out.append(QChar(u'\r'));
                break;
            case 't':
                out.append(QChar(u'\t'));
                break;
            case 'u':
                // One UTF-16 unit per escape: a surrogate pair is two escapes, a lone surrogate stays as it is.
                out.append(QChar(hexValue(at)));
                at += 4;
                break;
            default:
                // `\"`, `\\`, `\/` and Qt's leniency: any other byte stands for itself (as Latin-1).
                out.append(QChar(static_cast<char16_t>(static_cast<uchar>(escaped))));
                break;
            }
        }
        return out;
    }

    // Qt's number grammar (lenient: ".5", "1.", "1e" are scanned and then judged by QByteArray's conversions) and
    // its storage rule: an integral literal that fits is a qint64, else a double, integral doubles become qint64.
    bool scanNumber(Number *out)
    {
        const char *start = m_at;
        bool isInteger = true;
        if (m_at < m_end && *m_at == '-')
            ++m_at;
        if (m_at < m_end && *m_at == '0') {
            ++m_at;
        } else {
            while (m_at < m_end && isDigit(*m_at))
                ++m_at;
        }
        if (m_at < m_end && *m_at == '.') {
            ++m_at;
            while (m_at < m_end && isDigit(*m_at)) {
                isInteger = isInteger && *m_at == '0';
                ++m_at;
            }
        }
        if (m_at < m_end && (*m_at == 'e' || *m_at == 'E')) {
            isInteger = false;
            ++m_at;
            if (m_at < m_end && (*m_at == '-' || *m_at == '+'))
                ++m_at;
            while (m_at < m_end && isDigit(*m_at))
                ++m_at;
        }
        if (m_at >= m_end)
            return false;
        const QByteArray text = QByteArray::fromRawData(start, m_at - start);
        bool ok = false;
        if (isInteger) {
            out->integer = text.toLongLong(&ok);
            if (ok) {
                out->isInteger = true;
                return true;
            }
        }
        out->real = text.toDouble(&ok);
        if (!ok)
            return false;
        out->isInteger = integralDouble(out->real, &out->integer);
        return true;
    }

    // Qt's literals: after the first letter, at least `need` bytes must remain, then the rest must match.
    bool literal(const char *rest, qsizetype need)
    {
        const auto length = static_cast<qsizetype>(std::strlen(rest));
        if (m_end - m_at < need || std::memcmp(m_at, rest, static_cast<size_t>(length)) != 0)
            return false;
        m_at += length;
        return true;
    }

    static bool startsNumber(char c)
    {
        switch (c) {
        case 'n':
        case 't':
        case 'f':
        case '"':
        case '[':
        case '{':
        case ',':
        case ']':
        case '}':
            return false;
        default:
            return true;
        }
    }

    // After a member's opening quote: its name, the colon and the blanks before its value.
    bool memberName(Key *key)
    {
        if (!scanString(&key->span))
            return false;
        if (key->span.escaped)
            key->decoded = decode(key->span);
        return nextToken() == ':' && eatSpace();
    }

    // Skips the value starting at m_at (blanks eaten, a byte there) inside a container of nesting level `depth`,
    // validating it as Qt would. Iterative: the nesting depth is the input's choice.
    bool skipValue(int depth)
    {
        QVarLengthArray<bool, 32> open; // per open container: true for an object
        for (;;) {
            bool complete = true;
            const char c = *m_at++;
            switch (c) {
            case 'n':
                if (!literal("ull", 4))
                    return false;
                break;
            case 't':
                if (!literal("rue", 4))
                    return false;
                break;
            case 'f':
                if (!literal("alse", 5))
                    return false;
                break;
            case '"': {
                Span ignored;
                if (!scanString(&ignored))
                    return false;
                break;
            }
            case '{':
            case '[': {
                if (depth + open.size() + 1 > kMaxDepth)
                    return false;
                open.append(c == '{');
                if (c == '{') {
                    const char next = nextToken();
                    if (next == '}') {
                        open.removeLast();
                        break;
                    }
                    Key ignored;
                    if (next != '"' || !memberName(&ignored))
                        return false;
                } else {
                    if (!eatSpace())
                        return false;
                    if (*m_at == ']') {
                        ++m_at;
                        open.removeLast();
                        break;
                    }
                }
                complete = false; // the container's first value follows
                break;
            }
            case ',':
            case ']':
            case '}':
                return false;
            default: {
                --m_at;
                Number ignored;
                if (!scanNumber(&ignored))
                    return false;
                break;
            }
            }
            if (!complete)
                continue;
            // A value is complete: close what ends here, or move to the next value.
            for (;;) {
                if (open.isEmpty())
                    return true;
                const char next = nextToken();
                if (open.back()) {
                    if (next == '}') {
                        open.removeLast();
                        continue;
                    }
                    Key ignored;
                    if (next == ',' && nextToken() == '"' && memberName(&ignored))
                        break;
                    return false;
                }
                if (next == ']') {
                    open.removeLast();
                    continue;
                }
                if (next == ',' && eatSpace())
                    break;
                return false;
            }
        }
    }

    // After `{`: calls member(key) with m_at on each member's value; `depth` is this object's nesting level.
    template <typename Member>
    bool readObject(int depth, Member member)
    {
        if (depth > kMaxDepth)
            return false;
        char next = nextToken();
        while (next == '"') {
            Key key;
            if (!memberName(&key) || !member(key))
                return false;
            next = nextToken();
            if (next != ',')
                break;
            next = nextToken();
            if (next == '}')
                return false;
        }
        return next == '}';
    }

    // After `[`: calls item() with m_at on each item; `depth` is this array's nesting level.
    template <typename Item>
    bool readArray(int depth, Item item)
    {
        if (depth > kMaxDepth || !eatSpace())
            return false;
        if (*m_at == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!eatSpace() || !item())
                return false;
            const char next = nextToken();
            if (next == ']')
                return true;
            if (next != ',')
                return false;
        }
    }

    // The typed readers below start at a value inside a container of level `depth`. A value of another type maps
    // to what QJsonValue's conversions give (empty, false, invalid, none) and is skipped.
    bool readString(QString *out, int depth)
    {
        if (*m_at != '"') {
            *out = QString();
            return skipValue(depth);
        }
        ++m_at;
        Span span;
        if (!scanString(&span))
            return false;
        *out = decode(span);
        return true;
    }

    bool readBool(bool *out, int depth)
    {
        *out = *m_at == 't'; // skipValue checks that it is exactly `true`
        return skipValue(depth);
    }

    bool readStringList(QStringList *out, int depth)
    {
        out->clear();
        if (*m_at != '[')
            return skipValue(depth);
        ++m_at;
        return readArray(depth + 1, [&] {
            if (*m_at != '"')
                return skipValue(depth + 1);
            QString item;
            if (!readString(&item, depth + 1))
                return false;
            out->append(std::move(item));
            return true;
        });
    }

    bool readDate(QDateTime *out, int depth)
    {
        if (*m_at == '"') {
            QString text;
            if (!readString(&text, depth))
                return false;
            *out = dateFromText(text);
            return true;
        }
        if (startsNumber(*m_at)) {
            Number number;
            if (!scanNumber(&number))
                return false;
            *out = dateFromNumber(number.toDouble());
            return true;
        }
        *out = QDateTime();
        return skipValue(depth);
    }

    bool readAmount(std::optional<ServerAmount> *out, int depth)
    {
        if (*m_at == '"') {
            QString text;
            if (!readString(&text, depth))
                return false;
            *out = amountFromText(text);
            return true;
        }
        if (startsNumber(*m_at)) {
            Number number;
            if (!scanNumber(&number))
                return false;
            *out = number.isInteger ? amountFromInteger(number.integer) : amountFromDouble(number.real);
            return true;
        }
        out->reset();
        return skipValue(depth);
    }

    // After `{` of one coin's usage (level `depth`).
    bool readUsage(SpendingUsage *out, int depth)
    {
        std::optional<ServerAmount> count;
        std::optional<ServerAmount> value;
        std::optional<ServerAmount> limit;
        const bool valid = readObject(depth, [&](const Key &key) {
            if (key.is(QLatin1String("txCount")))
                return readAmount(&count, depth);
            if (key.is(QLatin1String("txValue")))
                return readAmount(&value, depth);
            if (key.is(QLatin1String("txValueLimit")))
                return readAmount(&limit, depth);
            return skipValue(depth);
        });
        out->txCount = count.value_or(ServerAmount {QStringLiteral("0"), true});
        out->txValue = value.value_or(ServerAmount {QStringLiteral("0"), true});
        out->txValueLimit = limit.value_or(ServerAmount {});
        return valid;
    }

    // `unlock.spendingLimits`: one usage per coin, in QJsonObject's order (sorted by key, the last of equal keys).
    bool readSpendingLimits(QList<SpendingUsage> *out, int depth)
    {
        out->clear();
        if (*m_at != '{')
            return skipValue(depth);
        ++m_at;
        struct Entry {
            QString coin;
            QString orderKey; ///< the key as QJsonObject orders it: `coin`, but with a leading U+FEFF kept
            bool escaped = false;
            std::optional<SpendingUsage> usage; ///< none when the coin's value is not an object
        };
        std::vector<Entry> entries;
        const bool valid = readObject(depth + 1, [&](const Key &key) {
            QString coin = key.span.escaped ? key.decoded : decode(key.span);
            // QJsonObject keeps an unescaped key as UTF-8 and orders keys on those bytes, but reads a key back
            // through QString::fromUtf8, which drops a leading byte order mark: "\uFEFFb" and "b" are two keys
            // that both read as "b".
            QString orderKey = !key.span.escaped && startsWithByteOrderMark(key.span) ? QChar(0xFEFF) + coin : coin;
            Entry entry {std::move(coin), std::move(orderKey), key.span.escaped, std::nullopt};
            bool ok = true;
            if (*m_at == '{') {
                ++m_at;
                SpendingUsage usage;
                usage.coin = entry.coin;
                ok = readUsage(&usage, depth + 2);
                entry.usage = std::move(usage);
            } else {
                ok = skipValue(depth + 1);
            }
            entries.push_back(std::move(entry));
            return ok;
        });
        if (!valid)
            return false;
        // Sorted by index: the entries themselves stay in document order, so that "the last of equal keys" is the
        // one with the larger index.
        std::vector<size_t> order(entries.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const auto less = [&entries](size_t a, size_t b) {
            return compareKeys(entries[a].orderKey, entries[a].escaped, entries[b].orderKey, entries[b].escaped) < 0;
        };
        std::stable_sort(order.begin(), order.end(), less);
        for (size_t i = 0; i < order.size(); ++i) {
            const bool supersededByNext = i + 1 < order.size() && !less(order[i], order[i + 1]);
            if (!supersededByNext && entries[order[i]].usage)
                out->append(std::move(*entries[order[i]].usage));
        }
        return true;
    }

    // `unlock`: where a token's spending limits are; anything but an object means none.
    bool readUnlock(AccessToken *token, int depth)
    {
        token->spendingLimits.clear();
        token->allErc20TokensLimit.reset();
        if (*m_at != '{')
            return skipValue(depth);
        ++m_at;
        return readObject(depth + 1, [&](const Key &key) {
            if (key.is(QLatin1String("spendingLimits")))
                return readSpendingLimits(&token->spendingLimits, depth + 1);
            if (key.is(QLatin1String("allErc20TokensLimit"))) {
                token->allErc20TokensLimit.reset();
                if (*m_at != '{')
                    return skipValue(depth + 1);
                ++m_at;
                SpendingUsage usage;
                usage.coin = QStringLiteral("allErc20Tokens");
                const bool ok = readUsage(&usage, depth + 2);
                token->allErc20TokensLimit = std::move(usage);
                return ok;
            }
            return skipValue(depth + 1);
        });
    }

    // After `{` of one token (level `depth`). Each member overwrites its field, so the last of equal keys wins.
    bool readToken(AccessToken *token, int depth)
    {
        return readObject(depth, [&](const Key &key) {
            const qsizetype size = key.span.escaped ? key.decoded.size() : key.span.size;
            switch (size) {
            case 2:
                if (key.is(QLatin1String("id")))
                    return readString(&token->id, depth);
                if (key.is(QLatin1String("ip")))
                    return readString(&token->ip, depth);
                break;
            case 4:
                if (key.is(QLatin1String("user")))
                    return readString(&token->user, depth);
                break;
            case 5:
                if (key.is(QLatin1String("label")))
                    return readString(&token->label, depth);
                if (key.is(QLatin1String("scope")))
                    return readStringList(&token->scope, depth);
                if (key.is(QLatin1String("admin")))
                    return readBool(&token->admin, depth);
                break;
            case 6:
                if (key.is(QLatin1String("origin")))
                    return readString(&token->origin, depth);
                if (key.is(QLatin1String("client")))
                    return readString(&token->client, depth);
                if (key.is(QLatin1String("unlock")))
                    return readUnlock(token, depth);
                break;
            case 7:
                if (key.is(QLatin1String("created")))
                    return readDate(&token->created, depth);
                if (key.is(QLatin1String("expires")))
                    return readDate(&token->expires, depth);
                break;
            case 10:
                if (key.is(QLatin1String("enterprise")))
                    return readString(&token->enterprise, depth);
                if (key.is(QLatin1String("ipRestrict")))
                    return readStringList(&token->ipRestrict, depth);
                if (key.is(QLatin1String("adminScope")))
                    return readString(&token->adminScope, depth);
                break;
            case 12:
                if (key.is(QLatin1String("isExtensible")))
                    return readBool(&token->isExtensible, depth);
                break;
            default:
                break;
            }
            return skipValue(depth);
        });
    }

    // The value of `accessTokens` (the last one counts). The first item that is not a token with an id decides the
    // error, as in the loop over QJsonArray; the items after it need only be valid JSON.
    bool readTokenArray(QList<AccessToken> *tokens, bool *hasArray, std::optional<Error> *problem)
    {
        tokens->clear();
        problem->reset();
        *hasArray = *m_at == '[';
        if (!*hasArray)
            return skipValue(1);
        ++m_at;
        return readArray(kListDepth, [&] {
            if (*problem)
                return skipValue(kListDepth);
            if (*m_at != '{') {
                *problem = malformed(
                    QCoreApplication::translate("bgtm::mappers", "the token list holds something that is not a token"));
                return skipValue(kListDepth);
            }
            ++m_at;
            AccessToken token;
            if (!readToken(&token, kTokenDepth))
                return false;
            if (token.id.isEmpty())
                *problem = malformed(QCoreApplication::translate("bgtm::mappers", "a token without an id"));
            else
                tokens->append(std::move(token));
            return true;
        });
    }

    const char *m_at;
    const char *m_end;
};

} // namespace

Result<TokenPage> readTokenList(const QByteArray &json)
{
    return Reader(json).read();
}

} // namespace bgtm::mappers

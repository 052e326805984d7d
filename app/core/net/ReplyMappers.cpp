#include "ReplyMappers.h"

#include "TokenListReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QMetaType>
#include <QRegularExpression>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bgtm::mappers {

namespace {

// The context lupdate gives a free tr() call: the enclosing namespace.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("bgtm::mappers", text, disambiguation, n);
}

constexpr double kTwoPow53 = 9007199254740992.0;
// The guide's create reply gives `expires_at: 315360000`, a lifetime in seconds (protocol doc §4); anything
// up to ten years plus a day is read as a lifetime, larger values as seconds since the epoch.
constexpr qint64 kLongestLifetimeSeconds = 315360000LL + 86400LL;
// Server text shown to people is cut to this length: enough for BitGo's messages, not a dump of a page.
constexpr qsizetype kMaxServerText = 300;

std::optional<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}

// The servers' one format, "2026-06-01T12:34:56.789Z" (or without the milliseconds), read directly: about a sixth
// of the time of Qt's generic ISO parser (0.65 µs per date here), and every token has two dates. Anything else, or
// anything out of range, is left to QDateTime::fromString, so what is accepted and how does not change.
std::optional<QDateTime> utcIsoDate(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text[size - 1] != QLatin1Char('Z'))
        return std::nullopt;
    const auto number = [text](qsizetype at, qsizetype count, int *out) {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            value = value * 10 + (c - u'0');
        }
        *out = value;
        return true;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-') || text[10] != QLatin1Char('T')
        || text[13] != QLatin1Char(':') || text[16] != QLatin1Char(':') || (size == 24 && text[19] != QLatin1Char('.'))
        || !number(0, 4, &year) || !number(5, 2, &month) || !number(8, 2, &day) || !number(11, 2, &hour)
        || !number(14, 2, &minute) || !number(17, 2, &second) || (size == 24 && !number(20, 3, &ms)))
        return std::nullopt;
    const QDate day0(year, month, day);
    if (!day0.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return QDateTime(day0, QTime(hour, minute, second, ms), Qt::UTC);
}

QDateTime date(const QJsonValue &value)
{
    if (value.isString())
        return dateFromText(value.toString());
    if (value.isDouble())
        return dateFromNumber(value.toDouble());
    return {};
}

std::optional<SpendingUsage> usage(const QString &coin, const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    SpendingUsage out;
    out.coin = coin;
    out.txCount = amount(object.value(QLatin1String("txCount"))).value_or(ServerAmount {QStringLiteral("0"), true});
    out.txValue = amount(object.value(QLatin1String("txValue"))).value_or(ServerAmount {QStringLiteral("0"), true});
    out.txValueLimit = amount(object.value(QLatin1String("txValueLimit"))).value_or(ServerAmount {});
    return out;
}

QList<SpendingUsage> usages(const QJsonValue &value)
{
    QList<SpendingUsage> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (auto one = usage(it.key(), it.value()))
            out.append(*one);
    }
    return out;
}

User userFromObject(const QJsonObject &object)
{
    User out;
    out.id = string(object, QLatin1String("id"));
    if (out.id.isEmpty())
        out.id = string(object, QLatin1String("_id"));
    out.username = string(object, QLatin1String("username"));
    // BitGo nests email and name in objects ({email: {email, verified}}, {name: {full, first, last}}).
    const QJsonValue email = object.value(QLatin1String("email"));
    out.email = email.isObject() ? string(email.toObject(), QLatin1String("email")) : email.toString();
    const QJsonValue name = object.value(QLatin1String("name"));
    out.fullName = name.isObject() ? string(name.toObject(), QLatin1String("full")) : name.toString();
    if (out.username.isEmpty())
        out.username = out.email;
    return out;
}

QString serverText(const QJsonObject &body)
{
    QString text = string(body, QLatin1String("error"));
    if (text.isEmpty())
        text = string(body, QLatin1String("message"));
    text = text.simplified();
    if (text.size() > kMaxServerText)
        text = text.left(kMaxServerText) + QStringLiteral("…");
    return text;
}

} // namespace

Error malformed(const QString &what)
{
    Error error;
    error.kind = ErrorKind::MalformedReply;
    error.message = tr("The server sent a reply this program cannot read: %1").arg(what);
    return error;
}

QDateTime dateFromText(const QString &text)
{
    if (std::optional<QDateTime> fast = utcIsoDate(text))
        return *fast;
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDateTime dateFromNumber(double number)
{
    // Seconds or milliseconds since the epoch: BitGo uses both; milliseconds are > 10^11 for any date after 1973.
    if (!std::isfinite(number) || number < 0 || number > 1e15)
        return {};
    const auto whole = static_cast<qint64>(number);
    return whole > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(whole, Qt::UTC)
                                  : QDateTime::fromSecsSinceEpoch(whole, Qt::UTC);
}

std::optional<ServerAmount> amountFromText(const QString &text)
{
    // Exactly 0|[1-9][0-9]*: nothing before or after, so "1000\n" is not an amount (found by
    // fuzz_reply_mappers; regression tests/fuzz/regressions/fuzz_reply_mappers/). Checked by hand, not with a
    // regular expression match per amount (up to six per token in a list) for a check this simple.
    const bool digitsOnly = !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
    if (!digitsOnly || (text.size() > 1 && text.front() == QLatin1Char('0')))
        return std::nullopt;
    return ServerAmount {text, true};
}

std::optional<ServerAmount> amountFromInteger(qint64 integer)
{
    if (integer < 0)
        return std::nullopt;
    // A JavaScript server has already rounded anything at or above 2^53: keep the digits, mark approximate.
    return ServerAmount {QString::number(integer), static_cast<double>(integer) < kTwoPow53};
}

std::optional<ServerAmount> amountFromDouble(double number)
{
    if (!std::isfinite(number) || number < 0)
        return std::nullopt;
    const bool integral = std::floor(number) == number;
    return ServerAmount {QString::number(number, 'f', 0), integral && number < kTwoPow53};
}

std::optional<ServerAmount> amount(const QJsonValue &value)
{
    if (value.isString())
        return amountFromText(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    // Qt keeps integer literals up to 2^63 as qint64 and everything else as double (protocol doc §4).
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return amountFromInteger(variant.toLongLong());
    return amountFromDouble(value.toDouble());
}

Result<AccessToken> accessTokenFromObject(const QJsonObject &object)
{
    AccessToken token;
    token.id = string(object, QLatin1String("id"));
    if (token.id.isEmpty())
        return malformed(tr("a token without an id"));
    token.label = string(object, QLatin1String("label"));
    token.user = string(object, QLatin1String("user"));
    token.enterprise = string(object, QLatin1String("enterprise"));
    token.origin = string(object, QLatin1String("origin"));
    token.ip = string(object, QLatin1String("ip"));
    token.client = string(object, QLatin1String("client"));
    token.scope = stringList(object.value(QLatin1String("scope")));
    token.ipRestrict = stringList(object.value(QLatin1String("ipRestrict")));
    token.created = date(object.value(QLatin1String("created")));
    token.expires = date(object.value(QLatin1String("expires")));
    token.isExtensible = object.value(QLatin1String("isExtensible")).toBool();
    token.admin = object.value(QLatin1String("admin")).toBool();
    token.adminScope = string(object, QLatin1String("adminScope"));
    const QJsonObject unlock = object.value(QLatin1String("unlock")).toObject();
    token.spendingLimits = usages(unlock.value(QLatin1String("spendingLimits")));
    if (const QJsonValue erc20 = unlock.value(QLatin1String("allErc20TokensLimit")); erc20.isObject())
        token.allErc20TokensLimit = usage(QStringLiteral("allErc20Tokens"), erc20);
    return token;
}

Result<LoginReply> loginReply(const QByteArray &json, const QDateTime &now)
{
    const auto body = parseObject(json);
    if (!body)
        return malformed(tr("the sign-in reply is not a JSON object"));
    LoginReply out;
    out.user = userFromObject(body->value(QLatin1String("user")).toObject());
    out.scope = stringList(body->value(QLatin1String("scope")));
    // Prefer the relative lifetime: the docs disagree on absolute lifetimes (protocol doc §3).
    const QJsonValue expiresIn = body->value(QLatin1String("expires_in"));
    if (expiresIn.isDouble() && expiresIn.toDouble() > 0 && expiresIn.toDouble() < 1e10)
        out.expires = now.addSecs(static_cast<qint64>(expiresIn.toDouble()));
    else
        out.expires = date(body->value(QLatin1String("expires_at")));

    const QJsonValue plain = body->value(QLatin1String("access_token"));
    if (plain.isString() && !plain.toString().isEmpty()) {
        out.accessToken = SecretBytes(plain.toString().toUtf8());
        return out;
    }
    // ECDH path: the envelopes travel as JSON text (SJCL's own format), occasionally as nested objects.
    const auto envelope = [&](QLatin1String key) {
        const QJsonValue value = body->value(key);
        if (value.isObject())
            return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return value.toString().toUtf8();
    };
    out.encryptedEcdhXprv = envelope(QLatin1String("encryptedECDHXprv"));
    out.encryptedToken = envelope(QLatin1String("encryptedToken"));
    out.derivationPath = string(*body, QLatin1String("derivationPath"));
    if (out.encryptedEcdhXprv.isEmpty() || out.encryptedToken.isEmpty() || out.derivationPath.isEmpty())
        return malformed(tr("the sign-in reply has neither a token nor an encrypted token"));
    return out;
}

Result<CreateReply> createReply(const QByteArray &json, const QDateTime &now)
{
    const auto body = parseObject(json);
    if (!body)
        return malformed(tr("the new token's reply is not a JSON object"));
    CreateReply out;
    // The seed's shape has `token`, the guide's `access_token` (protocol doc §4): accept either.
    QJsonValue secret = body->value(QLatin1String("token"));
    if (!secret.isString())
        secret = body->value(QLatin1String("access_token"));
    if (secret.isString())
        out.secret = SecretBytes(secret.toString().toUtf8());
    out.derivationPath = string(*body, QLatin1String("derivationPath"));
    const QJsonValue encrypted = body->value(QLatin1String("encryptedToken"));
    out.encryptedToken = encrypted.isObject() ? QJsonDocument(encrypted.toObject()).toJson(QJsonDocument::Compact)
                                              : encrypted.toString().toUtf8();
    if (out.secret.isEmpty() && (out.derivationPath.isEmpty() || out.encryptedToken.isEmpty()))
        return malformed(tr("the new token's reply holds no token"));

    if (body->contains(QLatin1String("id"))) {
        auto document = accessTokenFromObject(*body);
        if (!document)
            return document.error();
        out.token = std::move(document).value();
        return out;
    }
    // The guide's shape: no id, `expires_at` read as a lifetime in seconds, the user as an object.
    out.token.scope = stringList(body->value(QLatin1String("scope")));
    out.token.user = userFromObject(body->value(QLatin1String("user")).toObject()).id;
    out.token.label = string(*body, QLatin1String("label"));
    const QJsonValue expiresAt = body->value(QLatin1String("expires_at"));
    if (expiresAt.isDouble() && expiresAt.toDouble() > 0 && expiresAt.toDouble() <= kLongestLifetimeSeconds) {
        out.token.created = now;
        out.token.expires = now.addSecs(static_cast<qint64>(expiresAt.toDouble()));
    } else {
        out.token.expires = date(expiresAt);
    }
    return out;
}

Result<TokenPage> tokenPage(const QByteArray &json)
{
    return readTokenList(json);
}

Result<AccessToken> tokenDocument(const QByteArray &json)
{
    const auto body = parseObject(json);
    if (!body)
        return malformed(tr("the token reply is not a JSON object"));
    const QJsonValue nested = body->value(QLatin1String("accessToken"));
    return accessTokenFromObject(nested.isObject() ? nested.toObject() : *body);
}

Result<SessionInfo> sessionInfo(const QByteArray &json)
{
    const auto body = parseObject(json);
    if (!body)
        return malformed(tr("the session reply is not a JSON object"));
    const QJsonValue nested = body->value(QLatin1String("session"));
    if (!nested.isObject())
        return malformed(tr("the session reply has no session"));
    const QJsonObject object = nested.toObject();
    SessionInfo out;
    out.id = string(object, QLatin1String("id"));
    const QJsonValue user = object.value(QLatin1String("user"));
    out.user = user.isObject() ? userFromObject(user.toObject()).id : user.toString();
    if (out.user.isEmpty())
        return malformed(tr("the session reply names no user"));
    out.label = string(object, QLatin1String("label"));
    out.scope = stringList(object.value(QLatin1String("scope")));
    out.created = date(object.value(QLatin1String("created")));
    out.expires = date(object.value(QLatin1String("expires")));
    out.origin = string(object, QLatin1String("origin"));
    out.ip = string(object, QLatin1String("ip"));
    out.ipRestrict = stringList(object.value(QLatin1String("ipRestrict")));
    if (const QJsonValue unlock = object.value(QLatin1String("unlock")); unlock.isObject()) {
        const QJsonObject u = unlock.toObject();
        out.unlock = UnlockState {date(u.value(QLatin1String("time"))), date(u.value(QLatin1String("expires"))),
                                  usages(u.value(QLatin1String("spendingLimits")))};
    }
    return out;
}

Result<User> user(const QByteArray &json)
{
    const auto body = parseObject(json);
    if (!body)
        return malformed(tr("the user reply is not a JSON object"));
    const QJsonValue nested = body->value(QLatin1String("user"));
    if (!nested.isObject())
        return malformed(tr("the user reply has no user"));
    User out = userFromObject(nested.toObject());
    if (out.id.isEmpty())
        return malformed(tr("the user reply has no user id"));
    return out;
}

Result<bool> passwordValid(const QByteArray &json)
{
    const auto body = parseObject(json);
    if (!body || !body->value(QLatin1String("valid")).isBool())
        return malformed(tr("the password check reply has no answer"));
    return body->value(QLatin1String("valid")).toBool();
}

Error errorFromReply(int status, const QByteArray &body, const ErrorContext &context)
{
    Error error;
    error.httpStatus = status;
    error.retryAfterSeconds = context.retryAfterSeconds;
    const QJsonObject object = parseObject(body).value_or(QJsonObject());
    error.name = string(object, QLatin1String("name"));
    error.requestId = string(object, QLatin1String("requestId"));
    error.field = string(object.value(QLatin1String("context")).toObject(), QLatin1String("field"));
    const QString text = serverText(object);
    const QString lowerText = text.toLower();
    static const QRegularExpression ipWord(QStringLiteral("\\bip\\b"));
    const bool mentionsIp = ipWord.match(lowerText).hasMatch() || error.name.contains(QLatin1String("Ip"));
    // The key's presence is the signal (protocol doc §3: "present only then"), as in the SDK's errFromResponse.
    const bool needsOtp = object.contains(QLatin1String("needsOTP"));
    const bool needsUnlock = object.value(QLatin1String("needsUnlock")).toBool();

    if (status >= 300 && status < 400) {
        error.kind = ErrorKind::Redirect;
        error.message = tr("The server answered with a redirect (HTTP %1). Redirects are never followed: "
                           "check the server address.")
                            .arg(status);
        return error;
    }
    if (needsUnlock) {
        error.kind = ErrorKind::NeedsUnlock;
        error.message = tr("This action needs an unlocked session: unlock with a one-time code first.");
    } else if (needsOtp && (status == 400 || status == 401)) {
        error.kind = ErrorKind::NeedsOtp;
        error.message = tr("The one-time code is missing or wrong.");
    } else if (status == 401 && context.hmacRequest && context.clockSkewMs
               && std::llabs(*context.clockSkewMs) > kMaxClockSkewMs) {
        error.kind = ErrorKind::ClockSkew;
        error.message = tr("This computer's clock differs from the server's by %n second(s); signed requests "
                           "are refused. Correct the clock and try again.",
                           nullptr, static_cast<int>(std::llabs(*context.clockSkewMs) / 1000));
    } else if (status == 401 && context.kind == CallKind::Login) {
        error.kind = ErrorKind::WrongPassword;
        error.message = tr("The username or password is wrong.");
    } else if (status == 401
               && (context.xAuthRequired || error.name == QLatin1String("Unauthorized")
                   || lowerText.contains(QLatin1String("expired")))
               && !mentionsIp && text != QLatin1String("unauthorized")) {
        error.kind = ErrorKind::Unauthorized;
        error.message = lowerText.contains(QLatin1String("expired"))
            ? tr("The session has expired. Sign in again.")
            : tr("The server no longer accepts this token (revoked, expired or unknown). Sign in again.");
    } else if (status == 401) {
        // BitGo answers a token used from outside its IP allow-list with a bare 401 "unauthorized" (protocol doc §6,
        // exactly that lower-case text; a bad or revoked token says more, or nothing, with x-auth-required).
        error.kind = ErrorKind::IpRestricted;
        error.message = tr("The server refused this token from this computer's address "
                           "(it may be restricted to other IP addresses).");
    } else if (status == 403) {
        error.kind = ErrorKind::ForbiddenScope;
        error.message = tr("The token lacks the scope this action needs.");
    } else if (status == 404) {
        error.kind = ErrorKind::NotFound;
        error.message = tr("The server does not know this item.");
    } else if (status == 429) {
        error.kind = ErrorKind::RateLimited;
        error.message = context.retryAfterSeconds >= 0
            ? tr("Too many requests: the server asks to wait %n second(s).", nullptr, context.retryAfterSeconds)
            : tr("Too many requests: wait a moment and try again.");
    } else if (status >= 500) {
        error.kind = ErrorKind::ServerError;
        error.message = tr("The server failed (HTTP %1). Try again later.").arg(status);
    } else {
        error.kind = ErrorKind::Http;
        error.message = tr("The server refused the request (HTTP %1).").arg(status);
    }
    if (!text.isEmpty())
        error.message += QLatin1Char(' ') + tr("Server message: %1").arg(text);
    return error;
}

int retryAfterSeconds(const QByteArray &header, const QDateTime &now)
{
    const QByteArray trimmed = header.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = trimmed.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime at = httpDate(trimmed);
    if (!at.isValid())
        return -1;
    // Clamped: a date centuries ahead does not fit an int, and the cast wrapped to a negative wait
    // (found by fuzz_reply_mappers; regression tests/fuzz/regressions/fuzz_reply_mappers/).
    return static_cast<int>(std::clamp<qint64>(now.secsTo(at), 0, std::numeric_limits<int>::max()));
}

QDateTime httpDate(const QByteArray &header)
{
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!parsed.isValid()) {
        // IMF-fixdate with "GMT": "Sun, 06 Nov 1994 08:49:37 GMT".
        parsed = QLocale::c().toDateTime(QString::fromLatin1(header.trimmed()),
                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        parsed.setTimeSpec(Qt::UTC);
    }
    return parsed;
}

} // namespace bgtm::mappers

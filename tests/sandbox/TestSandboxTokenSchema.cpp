// The sandbox's token documents field by field against BitGo's create-access-token reply schema (the project's seed
// spec, carried here as a table of facts) and the session reply of protocol doc §5: every field it sends is one the
// schema names (or a documented extra), with the schema's type and format, and the fields a client relies on —
// `origin` among them — are present in the create, list and session replies.
#include "SandboxProcess.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace bgtm;
using namespace bgtm::test;

namespace {

enum class Type { String, Boolean, Number, StringArray, Object };
enum class Format { None, Hex32, DateTime, Ipv4 };

struct Field {
    const char *name;
    Type type;
    Format format = Format::None;
};

// BitGo's reply to POST /api/v1/user/accesstoken (seed spec: the response schema, in its order). `id` and
// `isExtensible` are the schema's required fields; `origin` is e.g. "test.bitgo.com", `ip` e.g. "127.0.0.1".
// `user` is 32 hex there; the sandbox's demo user ids are 24 hex, so only its type is checked.
const Field kTokenSchema[] = {
    {"id", Type::String, Format::Hex32},
    {"isExtensible", Type::Boolean},
    {"bitgoAdminPermissions", Type::StringArray},
    {"client", Type::String},
    {"created", Type::String, Format::DateTime},
    {"enterprise", Type::String},
    {"expires", Type::String, Format::DateTime},
    {"extensionAddress", Type::String},
    {"ip", Type::String, Format::Ipv4},
    {"ipRestrict", Type::StringArray},
    {"label", Type::String},
    {"origin", Type::String},
    {"token", Type::String},
    {"scope", Type::StringArray},
    {"unlock", Type::Object},
    {"user", Type::String},
    {"oauth", Type::Object},
    {"isMobileAccessToken", Type::Boolean},
    {"name", Type::String},
};

// The schema's `unlock` object.
const Field kUnlockSchema[] = {
    {"spendingLimits", Type::Object},
    {"allErc20TokensLimit", Type::Object},
    {"expires", Type::String, Format::DateTime},
    {"time", Type::String, Format::DateTime},
    {"txCount", Type::Number},
    {"txValue", Type::Number},
    {"txValueLimit", Type::Number},
};

// Fields the sandbox sends beyond the schema, each documented in protocol doc §4: the request's admin flag and scope
// echoed, the top-level ERC-20 limit, and the ECDH-encrypted secret that replaces `token` over an HMAC session.
const char *const kDocumentedExtras[] = {"admin", "adminScope", "allErc20TokensLimit", "derivationPath",
                                         "encryptedToken"};

// What every reply must carry. Access tokens (create, list): protocol doc §4; `token` only in the create reply.
const char *const kAccessTokenFields[] = {"id",      "user",   "label", "scope",      "created",
                                          "expires", "origin", "ip",    "ipRestrict", "isExtensible"};
// GET /api/v1/user/session: protocol doc §5 (`unlock` only while unlocked or limited).
const char *const kSessionFields[] = {"id",     "user", "scope",      "created", "expires",
                                      "origin", "ip",   "ipRestrict", "label"};

constexpr auto kSandboxOrigin = "sandbox.bitgo.local";

bool hasType(const QJsonValue &v, Type type)
{
    switch (type) {
    case Type::String:
        return v.isString();
    case Type::Boolean:
        return v.isBool();
    case Type::Number:
        return v.isDouble();
    case Type::Object:
        return v.isObject();
    case Type::StringArray: {
        if (!v.isArray())
            return false;
        const QJsonArray items = v.toArray();
        return std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return item.isString(); });
    }
    }
    return false;
}

bool hasFormat(const QJsonValue &v, Format format)
{
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-f]{32}$"));
    const QString s = v.toString();
    switch (format) {
    case Format::None:
        return true;
    case Format::Hex32:
        return hex32.match(s).hasMatch();
    case Format::DateTime:
        return QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
    case Format::Ipv4:
        return QHostAddress(s).protocol() == QAbstractSocket::IPv4Protocol;
    }
    return false;
}

/// Empty when `object` matches `schema` (plus `extras`) field by field; otherwise what is wrong.
template <size_t N>
QStringList mismatches(const QJsonObject &object, const Field (&schema)[N], const QSet<QString> &extras)
{
    QStringList problems;
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        const auto it = std::find_if(std::begin(schema), std::end(schema),
                                     [&key](const Field &f) { return key == QLatin1String(f.name); });
        if (it == std::end(schema)) {
            if (!extras.contains(key))
                problems << QStringLiteral("%1: not in the schema").arg(key);
            continue;
        }
        if (!hasType(object.value(key), it->type))
            problems << QStringLiteral("%1: wrong JSON type").arg(key);
        else if (!hasFormat(object.value(key), it->format))
            problems << QStringLiteral("%1: wrong format (%2)").arg(key, object.value(key).toString());
    }
    return problems;
}

template <size_t N>
QStringList missing(const QJsonObject &object, const char *const (&fields)[N])
{
    QStringList absent;
    for (const char *f : fields) {
        if (!object.contains(QLatin1String(f)))
            absent << QLatin1String(f);
    }
    return absent;
}

QSet<QString> documentedExtras()
{
    QSet<QString> extras;
    for (const char *e : kDocumentedExtras)
        extras.insert(QLatin1String(e));
    return extras;
}

} // namespace

class TestSandboxTokenSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schemaCheckFindsUnknownFieldsAndWrongTypes();
    void createReplyMatchesTheSchema_data();
    void createReplyMatchesTheSchema();
    void listReplyMatchesTheSchema();
    void sessionReplyMatchesTheSchema_data();
    void sessionReplyMatchesTheSchema();
    void cleanupTestCase();

private:
    /// Checks a token document (create or list) field by field; `withToken`: the create reply's `token` is required.
    static void checkTokenDocument(const QJsonObject &doc, bool withToken);

    SandboxProcess m_sandbox;
    QByteArray m_legacySession; ///< plaintext account: its create replies carry `token`
    QByteArray m_demoSession;   ///< ECDH account over HMAC: its create replies carry the encrypted token instead
    QByteArray m_created;       ///< a token the legacy account created, with limits (its session has `unlock`)
};

void TestSandboxTokenSchema::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    m_legacySession = m_sandbox.loginPlaintext(QLatin1String(SandboxProcess::legacyUsername),
                                               QLatin1String(SandboxProcess::legacyPassword));
    m_demoSession = m_sandbox.loginPlaintext();
    QVERIFY(!m_legacySession.isEmpty() && !m_demoSession.isEmpty());
}

void TestSandboxTokenSchema::cleanupTestCase()
{
    QCOMPARE(m_sandbox.stop(), 0);
}

void TestSandboxTokenSchema::schemaCheckFindsUnknownFieldsAndWrongTypes()
{
    // The checks below can fail: an unknown field, a wrong type and a wrong format are each reported.
    const QJsonObject doc {{QStringLiteral("id"), QStringLiteral("not-hex")},
                           {QStringLiteral("isExtensible"), QStringLiteral("false")},
                           {QStringLiteral("origine"), QLatin1String(kSandboxOrigin)}};
    QCOMPARE(mismatches(doc, kTokenSchema, documentedExtras()).size(), 3);
    QCOMPARE(missing(doc, kAccessTokenFields).size(), qsizetype(std::size(kAccessTokenFields)) - 2);
}

void TestSandboxTokenSchema::checkTokenDocument(const QJsonObject &doc, bool withToken)
{
    const QStringList wrong = mismatches(doc, kTokenSchema, documentedExtras());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    const QStringList absent = missing(doc, kAccessTokenFields);
    QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("missing: ") + absent.join(QStringLiteral(", "))));
    QCOMPARE(doc.contains(QStringLiteral("token")), withToken);
    // The host the sandbox serves as, whatever port it has: like BitGo's "test.bitgo.com".
    QCOMPARE(doc.value(QStringLiteral("origin")).toString(), QLatin1String(kSandboxOrigin));
    QCOMPARE(doc.value(QStringLiteral("ip")).toString(), QStringLiteral("127.0.0.1"));
    const QStringList unlockWrong = mismatches(doc.value(QStringLiteral("unlock")).toObject(), kUnlockSchema, {});
    QVERIFY2(unlockWrong.isEmpty(), qPrintable(QStringLiteral("unlock: ") + unlockWrong.join(QStringLiteral("; "))));
}

void TestSandboxTokenSchema::createReplyMatchesTheSchema_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("plaintext account: token") << true;
    QTest::newRow("ECDH account over HMAC: encrypted token") << false;
}

void TestSandboxTokenSchema::createReplyMatchesTheSchema()
{
    QFETCH(bool, legacy);
    const QByteArray body = R"({"label":"schema","otp":"0000000","scope":["wallet_view_all","user_manage"],)"
                            R"("ipRestrict":["127.0.0.1"],"enterprise":"0123456789abcdef0123456789abcdef",)"
                            R"("spendingLimits":[{"coin":"tbtc","txValueLimit":"1000000000"}]})";
    const RawHttpReply reply =
        m_sandbox.signedRequest(legacy ? m_legacySession : m_demoSession, "POST", "/api/v1/user/accesstoken", body);
    QCOMPARE(reply.status, 200);
    const QJsonObject doc = reply.json();
    checkTokenDocument(doc, legacy);
    QCOMPARE(doc.contains(QStringLiteral("encryptedToken")), !legacy);
    QVERIFY(doc.contains(QStringLiteral("unlock")));
    QCOMPARE(doc.value(QStringLiteral("enterprise")).toString(), QStringLiteral("0123456789abcdef0123456789abcdef"));
    if (legacy)
        m_created = doc.value(QStringLiteral("token")).toString().toLatin1();
}

void TestSandboxTokenSchema::listReplyMatchesTheSchema()
{
    // One made through the admin route too: every token the list shows carries the same origin.
    QVERIFY(!m_sandbox
                 .createTokenDirect({{QStringLiteral("username"), QLatin1String(SandboxProcess::legacyUsername)},
                                     {QStringLiteral("label"), QStringLiteral("admin-made")}})
                 .isEmpty());
    const RawHttpReply reply = m_sandbox.signedRequest(m_legacySession, "GET", "/api/v1/user/accesstoken");
    QCOMPARE(reply.status, 200);
    const QJsonArray tokens = reply.json().value(QStringLiteral("accessTokens")).toArray();
    QCOMPARE(tokens.size(), 2);
    for (const QJsonValue &t : tokens)
        checkTokenDocument(t.toObject(), false);
}

void TestSandboxTokenSchema::sessionReplyMatchesTheSchema_data()
{
    QTest::addColumn<bool>("loginSession");
    QTest::newRow("login session") << true;
    QTest::newRow("access token with limits") << false;
}

void TestSandboxTokenSchema::sessionReplyMatchesTheSchema()
{
    QFETCH(bool, loginSession);
    QVERIFY2(!m_created.isEmpty(), "createReplyMatchesTheSchema made the access token");
    const RawHttpReply reply =
        m_sandbox.signedRequest(loginSession ? m_demoSession : m_created, "GET", "/api/v1/user/session");
    QCOMPARE(reply.status, 200);
    const QJsonObject session = reply.json().value(QStringLiteral("session")).toObject();
    // §5 names the session's fields; each is the access-token schema's field of that name.
    const QStringList wrong = mismatches(session, kTokenSchema, documentedExtras());
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
    const QStringList absent = missing(session, kSessionFields);
    QVERIFY2(absent.isEmpty(), qPrintable(QStringLiteral("missing: ") + absent.join(QStringLiteral(", "))));
    QVERIFY(!session.contains(QStringLiteral("token")));
    QCOMPARE(session.value(QStringLiteral("origin")).toString(), QLatin1String(kSandboxOrigin));
    QCOMPARE(session.contains(QStringLiteral("unlock")), !loginSession); // limits count as unlocked within them
    const QStringList unlockWrong = mismatches(session.value(QStringLiteral("unlock")).toObject(), kUnlockSchema, {});
    QVERIFY2(unlockWrong.isEmpty(), qPrintable(QStringLiteral("unlock: ") + unlockWrong.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestSandboxTokenSchema)
#include "TestSandboxTokenSchema.moc"

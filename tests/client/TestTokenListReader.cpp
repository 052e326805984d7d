// The streaming token-list reader (TokenListReader, behind mappers::tokenPage) against the mapping it replaced
// (QJsonDocument + accessTokenFromObject, kept as TokenPageOracle): the same page or the same error, byte for byte,
// on crafted edge cases, on every truncation of a real reply and on seeded random mutations of it.
#include "TokenPageOracle.h"
#include "net/ReplyMappers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace bgtm;

namespace {

// A reply shaped like the sandbox's list: every field the mapper reads, limits in two coins and the ERC-20 limit.
QByteArray realReply()
{
    return R"({"accessTokens":[{"id":"0123456789abcdef0123456789abcdef","label":"ci \u00e9t\u00e9 \ud83d\ude00",)"
           R"("user":"59cd72485007a239fb00282ed480da1f","enterprise":"5a1b","origin":"test.bitgo.com",)"
           R"("ip":"127.0.0.1","client":"bgtm","scope":["wallet_view_all","openid"],"ipRestrict":["10.0.0.0/8"],)"
           R"("created":"2026-01-01T00:00:00.000Z","expires":"2027-01-01T00:00:00Z","isExtensible":true,)"
           R"("admin":false,"adminScope":"read","unlock":{"time":"2026-01-01T00:00:00.000Z",)"
           R"("spendingLimits":{"tbtc":{"txCount":1,"txValue":"10","txValueLimit":"1000000000"},)"
           R"("teth":{"txValue":0,"txValueLimit":1e21}},"allErc20TokensLimit":{"txValueLimit":"5"}}},)"
           R"({"id":"b","created":1767225600,"expires":1798761600000,"label":null,"scope":"x"}],)"
           R"("nextBatchPrevId":"b"})";
}

QByteArray nested(int levels)
{
    return QByteArray(levels, '[') + QByteArray(levels, ']');
}

} // namespace

class TestTokenListReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheRealReply();
    void agreesWithTheQJsonDocumentMapping_data();
    void agreesWithTheQJsonDocumentMapping();
    void agreesOnEveryTruncationOfARealReply();
    void agreesOnRandomMutationsOfARealReply();
};

void TestTokenListReader::readsTheRealReply()
{
    const auto page = mappers::tokenPage(realReply());
    QVERIFY(page.ok());
    QCOMPARE(page.value().tokens.size(), 2);
    const AccessToken &first = page.value().tokens.first();
    QCOMPARE(first.label, QStringLiteral("ci été ") + QString::fromUcs4(U"\U0001F600", 1));
    QCOMPARE(first.scope, QStringList({QStringLiteral("wallet_view_all"), QStringLiteral("openid")}));
    QCOMPARE(first.spendingLimits.size(), 2);
    QCOMPARE(first.spendingLimits.at(1).coin, QStringLiteral("teth"));
    QCOMPARE(first.spendingLimits.at(1).txValueLimit.digits, QStringLiteral("1000000000000000000000"));
    QVERIFY(!first.spendingLimits.at(1).txValueLimit.exact);
    QVERIFY(first.allErc20TokensLimit.has_value());
    QCOMPARE(page.value().nextBatchPrevId, QStringLiteral("b"));
    QCOMPARE(test::tokenPageDifference(test::tokenPageOracle(realReply()), page), QString());
}

void TestTokenListReader::agreesWithTheQJsonDocumentMapping_data()
{
    QTest::addColumn<QByteArray>("json");
    const auto add = [](const char *name, const QByteArray &json) { QTest::newRow(name) << json; };
    const auto token = [](const QByteArray &members) -> QByteArray {
        return R"({"accessTokens":[{"id":"a",)" + members + "}]}";
    };

    // Every field with every JSON type.
    const QList<QByteArray> values {R"("text")",
                                    "5",
                                    "-1.5",
                                    "true",
                                    "false",
                                    "null",
                                    "[]",
                                    R"([1,"a",null,["b"],{"c":"d"}])",
                                    R"({"x":1})",
                                    R"("")",
                                    R"("2026-06-01T12:34:56.789Z")",
                                    "1780000000",
                                    "1780000000000",
                                    "1e300",
                                    R"("0")",
                                    R"("007")",
                                    "0",
                                    "9007199254740993",
                                    "-0"};
    const QList<QByteArray> fieldNames {"id",     "label",      "user",       "enterprise", "origin",  "ip",
                                        "client", "scope",      "ipRestrict", "created",    "expires", "isExtensible",
                                        "admin",  "adminScope", "unlock",     "unknown"};
    int n = 0;
    for (const QByteArray &field : fieldNames) {
        for (const QByteArray &value : values) {
            const QByteArray members = '"' + field + "\":" + value;
            QTest::addRow("field %s = %s (%d)", field.constData(), value.constData(), n++)
                << (field == "id" ? QByteArray(R"({"accessTokens":[{)" + members + "}]}") : token(members));
        }
    }
    for (const QByteArray &value : values) {
        for (const char *amountField : {"txCount", "txValue", "txValueLimit"}) {
            QTest::addRow("amount %s = %s (%d)", amountField, value.constData(), n++)
                << token(R"("unlock":{"spendingLimits":{"tbtc":{")" + QByteArray(amountField) + "\":" + value + "}}}");
        }
        QTest::addRow("spendingLimits = %s (%d)", value.constData(), n++)
            << token(R"("unlock":{"spendingLimits":)" + value + "}");
        QTest::addRow("allErc20TokensLimit = %s (%d)", value.constData(), n++)
            << token(R"("unlock":{"allErc20TokensLimit":)" + value + "}");
        QTest::addRow("coin = %s (%d)", value.constData(), n++)
            << token(R"("unlock":{"spendingLimits":{"tbtc":)" + value + "}}");
        QTest::addRow("nextBatchPrevId = %s (%d)", value.constData(), n++)
            << QByteArray(R"({"accessTokens":[],"nextBatchPrevId":)" + value + "}");
        QTest::addRow("accessTokens = %s (%d)", value.constData(), n++)
            << QByteArray(R"({"accessTokens":)" + value + "}");
        QTest::addRow("item = %s (%d)", value.constData(), n++) << QByteArray(R"({"accessTokens":[)" + value + "]}");
    }

    // Numbers: Qt's grammar is lenient, and its storage (qint64 or double) decides amounts.
    for (const char *number : {"1e400",
                               "-1e400",
                               "1e-400",
                               "9223372036854775807",
                               "9223372036854775808",
                               "-9223372036854775808",
                               "-9223372036854775809",
                               "18446744073709551616",
                               "1.0",
                               "-0.0",
                               "-0",
                               "1e3",
                               "1E+2",
                               "1.5e1",
                               ".5",
                               "-.5",
                               "1.",
                               "1.e2",
                               "-",
                               "01",
                               "1e",
                               "1e+",
                               "+1",
                               "0x10",
                               "1.000000000000000000001",
                               "4.5e15",
                               "123456789012345678901234567890",
                               "NaN",
                               "Infinity",
                               "1_000",
                               "2e-1",
                               "00",
                               "-01",
                               "0.0e0"}) {
        QTest::addRow("number %s as amount", number)
            << token(R"("unlock":{"spendingLimits":{"c":{"txValueLimit":)" + QByteArray(number) + "}}}");
        QTest::addRow("number %s as date", number) << token(R"("created":)" + QByteArray(number));
    }

    // Strings: escapes, surrogates, control characters and UTF-8.
    for (const char *text : {R"(\n\t\r\b\f\/\\\")",
                             R"(\u00e9)",
                             R"(\ud83d\ude00)",
                             R"(\ud800)",
                             R"(\udc00x)",
                             R"(\ude00\ud83d)",
                             R"(\x)",
                             R"(\')",
                             R"(\u12G4)",
                             R"(\u12)",
                             R"(\u)",
                             R"(\)",
                             R"(\u0000)",
                             "\x01\x1f\x7f",
                             "\xc3\xa9",
                             "\xf0\x9f\x98\x80",
                             "\xc0\x80",
                             "\xc1\xbf",
                             "\xe0\x80\x80",
                             "\xed\xa0\x80",
                             "\xed\x9f\xbf",
                             "\xef\xbf\xbe",
                             "\xef\xb7\x90",
                             "\xf4\x8f\xbf\xbf",
                             "\xf4\x90\x80\x80",
                             "\xf5\x80\x80\x80",
                             "\xff",
                             "\x80",
                             "\xe2\x82",
                             "\\\xc3\xa9",
                             "\\\xc3",
                             "a\"b"}) {
        QTest::addRow("string %s", text) << token(R"("label":")" + QByteArray(text) + '"');
        QTest::addRow("key %s", text) << token('"' + QByteArray(text) + R"(":1)");
        QTest::addRow("coin %s", text) << token(R"("unlock":{"spendingLimits":{")" + QByteArray(text)
                                                + R"(":{"txValue":"1"}}})");
    }

    // Keys: escaped names, duplicates (the last wins), Qt's key order for the coins.
    add("escaped id key", R"({"accessTokens":[{"\u0069d":"a","l\u0061bel":"x"}]})");
    add("duplicate id, last empty", R"({"accessTokens":[{"id":"a","id":""}]})");
    add("duplicate id, last wins", R"({"accessTokens":[{"id":"","id":"b"}]})");
    add("duplicate label of other type", token(R"("label":"x","label":5)"));
    add("duplicate scope", token(R"("scope":["a"],"scope":["b","c"])"));
    add("duplicate unlock", token(R"("unlock":{"spendingLimits":{"a":{}}},"unlock":5)"));
    add("duplicate unlock kept", token(R"("unlock":5,"unlock":{"spendingLimits":{"a":{}}})"));
    add("duplicate erc20", token(R"("unlock":{"allErc20TokensLimit":{"txValue":"1"},"allErc20TokensLimit":[]})"));
    add("duplicate spendingLimits",
        token(R"("unlock":{"spendingLimits":{"a":{}},"allErc20TokensLimit":{},"spendingLimits":{"b":{}}})"));
    add("duplicate coin, last not an object", token(R"("unlock":{"spendingLimits":{"b":{},"a":{},"b":1}})"));
    add("duplicate coin, last wins",
        token(R"("unlock":{"spendingLimits":{"b":{"txValue":"1"},"a":{},"b":{"txValue":"2"}}})"));
    add("duplicate coin, escaped", token(R"("unlock":{"spendingLimits":{"b":{"txValue":"1"},"\u0062":{}}})"));
    add("duplicate amount", token(R"("unlock":{"spendingLimits":{"b":{"txValue":"1","txValue":null}}})"));
    add("coins sorted", token(R"("unlock":{"spendingLimits":{"zec":{},"btc":{},"Eth":{},"_":{},"eth":{},"":{}}})"));
    add("coins sorted by code point",
        token("\"unlock\":{\"spendingLimits\":{\"\xef\xbf\xbd\":{},\"\xf0\x9f\x98\x80\":{},\"\xc3\xa9\":{},"
              "\"e\":{}}}"));
    add("escaped coins sorted", token(R"("unlock":{"spendingLimits":{"\ufffd":{},"\ud83d\ude00":{},"\u00e9":{}}})"));
    add("duplicate accessTokens, last valid", R"({"accessTokens":[{"label":"no id"}],"accessTokens":[{"id":"x"}]})");
    add("duplicate accessTokens, last not an array", R"({"accessTokens":[{"id":"x"}],"accessTokens":{}})");
    add("duplicate nextBatchPrevId", R"({"nextBatchPrevId":"a","accessTokens":[],"nextBatchPrevId":1})");

    // Items and errors: the first bad item decides, but only when the whole document is valid JSON.
    add("empty list", R"({"accessTokens":[]})");
    add("no id", R"({"accessTokens":[{}]})");
    add("non-token first", R"({"accessTokens":[5,{}]})");
    add("no id first", R"({"accessTokens":[{},5]})");
    add("bad item, then invalid JSON", R"({"accessTokens":[5,{"id":"a"}]},)");
    add("bad item, then unterminated", R"({"accessTokens":[{},{"id":"a" )");
    add("bad item, then deep nesting", R"({"accessTokens":[5,)" + nested(1100) + "]}");
    add("no array", R"({"tokens":[]})");

    // Document level: blanks, byte order mark, trailing garbage, top-level shapes, literals.
    add("empty", "");
    add("blank", " \n");
    add("blanks around", " \t\r\n{\"accessTokens\":[ ] } \n");
    add("other blanks", "\x0b{\"accessTokens\":[]}");
    add("byte order mark", "\xef\xbb\xbf{\"accessTokens\":[]}");
    add("byte order mark only", "\xef\xbb\xbf");
    add("byte order mark and {", "\xef\xbb\xbf{");
    // A leading U+FEFF: QJsonObject orders keys on their UTF-8 bytes, the mark included, but reads an unescaped
    // string back through QString::fromUtf8, which drops it (an escaped one keeps it).
    add("byte order mark starting a coin key beside the same key",
        token("\"unlock\":{\"spendingLimits\":{\"\xef\xbb\xbf"
              "b\":{},\"a\":{\"txValue\":-1.0},"
              "\"b\":{\"txValue\":0e400}}}"));
    add("byte order mark starting a label",
        token("\"label\":\"\xef\xbb\xbf"
              "x\""));
    add("byte order mark starting an escaped label", token("\"label\":\"\xef\xbb\xbf\\u0041\""));
    add("byte order mark twice", "\xef\xbb\xbf\xef\xbb\xbf{\"accessTokens\":[]}");
    add("trailing garbage", R"({"accessTokens":[]}x)");
    add("trailing object", R"({"accessTokens":[]}{})");
    add("trailing NUL", QByteArray(R"({"accessTokens":[]})") + '\0');
    add("top-level array", R"([{"accessTokens":[]}])");
    add("top-level string", R"("x")");
    add("trailing comma in object", R"({"accessTokens":[],})");
    add("trailing comma in array", R"({"accessTokens":[{"id":"a"},]})");
    add("leading comma", R"({,"accessTokens":[]})");
    add("missing colon", R"({"accessTokens" []})");
    add("missing comma", R"({"accessTokens":[] "x":1})");
    add("unquoted key", R"({accessTokens:[]})");
    add("single quotes", R"({'accessTokens':[]})");
    add("literals", token(R"("x":[true,false,null])"));
    add("short literals", token(R"("x":[tru,fals,nul])"));
    add("long literal", token(R"("x":nulll)"));
    add("literal at end", R"({"accessTokens":[],"x":nul)");
    add("literal true then garbage", token(R"("admin":truex)"));
    add("comment", R"({"accessTokens":[]/*x*/})");
    add("NUL in string", token(QByteArray(R"("label":"a)") + '\0' + "b\""));

    // Nesting: Qt refuses more than 1024 levels (the root object is level 1).
    add("1024 levels in unknown field", R"({"accessTokens":[],"x":)" + nested(1023) + "}");
    add("1025 levels in unknown field", R"({"accessTokens":[],"x":)" + nested(1024) + "}");
    add("1024 levels in scope", token(R"("scope":)" + nested(1021)));
    add("1025 levels in scope", token(R"("scope":)" + nested(1022)));
    add("1025 levels in a coin", token(R"("unlock":{"spendingLimits":{"a":{"x":)" + nested(1019) + "}}}"));
    add("1024 levels in a coin", token(R"("unlock":{"spendingLimits":{"a":{"x":)" + nested(1018) + "}}}"));
    QByteArray objects;
    for (int i = 0; i < 1030; ++i)
        objects += R"({"a":)";
    add("1030 nested objects", R"({"accessTokens":[],"x":)" + objects + "1" + QByteArray(1030, '}') + "}");
    add("deep unterminated", R"({"accessTokens":[],"x":)" + QByteArray(5000, '['));
}

void TestTokenListReader::agreesWithTheQJsonDocumentMapping()
{
    QFETCH(QByteArray, json);
    const auto expected = test::tokenPageOracle(json);
    const auto actual = mappers::tokenPage(json);
    QCOMPARE(test::tokenPageDifference(expected, actual), QString());
}

void TestTokenListReader::agreesOnEveryTruncationOfARealReply()
{
    const QByteArray reply = realReply();
    int accepted = 0;
    for (qsizetype length = 0; length <= reply.size(); ++length) {
        const QByteArray cut = reply.left(length);
        const auto expected = test::tokenPageOracle(cut);
        const QString difference = test::tokenPageDifference(expected, mappers::tokenPage(cut));
        if (!difference.isEmpty())
            QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(length).arg(difference)));
        accepted += expected.ok() ? 1 : 0;
    }
    QCOMPARE(accepted, 1); // only the whole reply is a page
}

void TestTokenListReader::agreesOnRandomMutationsOfARealReply()
{
    // Seeded: a failure names its round, and re-running reproduces it.
    QRandomGenerator random(20261206);
    const QByteArray reply = realReply();
    static const char kInteresting[] = "{}[]\",:\\u0123456789-+.eE tnfalsr\x80\xc3\xed\xef\xf0\xff";
    int accepted = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray mutated = reply;
        const int edits = 1 + static_cast<int>(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<qsizetype>(random.bounded(static_cast<int>(mutated.size())));
            const char byte = kInteresting[random.bounded(static_cast<int>(sizeof(kInteresting) - 1))];
            switch (random.bounded(3)) {
            case 0:
                mutated[at] = byte;
                break;
            case 1:
                mutated.insert(at, byte);
                break;
            default:
                mutated.remove(at, 1);
                break;
            }
        }
        const auto expected = test::tokenPageOracle(mutated);
        const QString difference = test::tokenPageDifference(expected, mappers::tokenPage(mutated));
        if (!difference.isEmpty())
            QFAIL(qPrintable(QStringLiteral("round %1 (%2): %3")
                                 .arg(round)
                                 .arg(QString::fromLatin1(mutated.toPercentEncoding()), difference)));
        accepted += expected.ok() ? 1 : 0;
    }
    // Enough mutations stay valid JSON to compare pages, not only errors.
    QVERIFY2(accepted > 1000, qPrintable(QString::number(accepted)));
}

QTEST_GUILESS_MAIN(TestTokenListReader)
#include "TestTokenListReader.moc"

// Token templates: a versioned JSON file, atomic writes, no label / code in it, export and import.
#include "history/TokenTemplates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

CreateTokenRequest fullRequest()
{
    CreateTokenRequest r;
    r.label = QStringLiteral("ci-deploy");
    r.otp = QStringLiteral("0000000");
    r.scope = {QStringLiteral("wallet_view_all"), QStringLiteral("wallet_spend_all")};
    r.durationSeconds = 30 * 86400;
    r.ipRestrict = {QStringLiteral("203.0.113.0/24")};
    r.enterprise = QStringLiteral("0123456789abcdef0123456789abcdef");
    // Beyond 2^53: must survive as digits.
    r.spendingLimits = {SpendingLimit {QStringLiteral("teth"), QStringLiteral("12345678901234567890"), false},
                        SpendingLimit {QStringLiteral("tbtc"), QString(), true}};
    r.allErc20TokensLimit = Erc20Limit {true, false, QStringLiteral("1000")};
    return r;
}

/// Mode 0600: the owner reads and writes, nobody else has any right.
bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    return p.testFlag(QFileDevice::ReadOwner) && p.testFlag(QFileDevice::WriteOwner) && (p & others) == 0;
}

} // namespace

class TestTokenTemplates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void savedTemplateKeepsTheShapeButNeverLabelOrCode();
    void saveReplacesTheTemplateOfTheSameName();
    void listIsSortedAndFindNamesMissingOnes();
    void removeDeletesAndReportsUnknownNames();
    void fileIsVersionedAndOwnerOnly();
    void exportThenImportElsewhereGivesTheSameTemplates();
    void exportOfSomeNamesWritesOnlyThose();
    void importDropsLabelsAndCodesFromForeignFiles();
    void damagedOrNewerFilesAreRefusedNotOverwritten_data();
    void damagedOrNewerFilesAreRefusedNotOverwritten();
    void emptyNameIsRefused();
    void toRequestAddsTheLabel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestTokenTemplates::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("data/templates.json"));
}

void TestTokenTemplates::savedTemplateKeepsTheShapeButNeverLabelOrCode()
{
    TokenTemplates templates(m_path);
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral("deploy"), fullRequest())));
    const Result<TokenTemplate> found = templates.find(QStringLiteral("deploy"));
    QVERIFY(found);
    CreateTokenRequest expected = fullRequest();
    expected.label.clear();
    expected.otp.clear();
    QCOMPARE(found.value().shape, expected);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("ci-deploy"));
    QVERIFY(!bytes.contains("0000000"));
    QVERIFY(!bytes.contains("\"otp\""));
    QVERIFY(bytes.contains("\"12345678901234567890\""));
}

void TestTokenTemplates::saveReplacesTheTemplateOfTheSameName()
{
    TokenTemplates templates(m_path);
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral("t"), fullRequest())));
    CreateTokenRequest narrower;
    narrower.scope = {QStringLiteral("wallet_view_all")};
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral(" t "), narrower)));
    const Result<QList<TokenTemplate>> list = templates.list();
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().shape, narrower);
}

void TestTokenTemplates::listIsSortedAndFindNamesMissingOnes()
{
    TokenTemplates templates(m_path);
    for (const char *name : {"zeta", "alpha", "Mid"})
        QVERIFY(templates.save(TokenTemplate::fromRequest(QString::fromLatin1(name), fullRequest())));
    const Result<QList<TokenTemplate>> list = templates.list();
    QVERIFY(list);
    QStringList names;
    for (const TokenTemplate &t : list.value())
        names.append(t.name);
    QCOMPARE(names, (QStringList {QStringLiteral("alpha"), QStringLiteral("Mid"), QStringLiteral("zeta")}));
    const Result<TokenTemplate> missing = templates.find(QStringLiteral("nope"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestTokenTemplates::removeDeletesAndReportsUnknownNames()
{
    TokenTemplates templates(m_path);
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral("a"), fullRequest())));
    QVERIFY(templates.remove(QStringLiteral("a")));
    QVERIFY(templates.list().value().isEmpty());
    const Status again = templates.remove(QStringLiteral("a"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, ErrorKind::NotFound);
}

void TestTokenTemplates::fileIsVersionedAndOwnerOnly()
{
    TokenTemplates templates(m_path);
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral("a"), fullRequest())));
    QVERIFY(ownerOnly(m_path));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), TokenTemplates::kVersion);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("bitgo-token-manager-templates"));
}

void TestTokenTemplates::exportThenImportElsewhereGivesTheSameTemplates()
{
    TokenTemplates mine(m_path);
    CreateTokenRequest viewer;
    viewer.scope = {QStringLiteral("wallet_view_all")};
    viewer.durationSeconds = 86400;
    QVERIFY(mine.save(TokenTemplate::fromRequest(QStringLiteral("deploy"), fullRequest())));
    QVERIFY(mine.save(TokenTemplate::fromRequest(QStringLiteral("viewer"), viewer)));
    const QString shared = m_dir->filePath(QStringLiteral("shared/team-templates.json"));
    QVERIFY(mine.exportTo(shared));

    TokenTemplates theirs(m_dir->filePath(QStringLiteral("other/templates.json")));
    const Result<QStringList> imported = theirs.importFrom(shared);
    QVERIFY(imported);
    QCOMPARE(imported.value(), (QStringList {QStringLiteral("deploy"), QStringLiteral("viewer")}));
    QCOMPARE(theirs.list().value(), mine.list().value());
}

void TestTokenTemplates::exportOfSomeNamesWritesOnlyThose()
{
    TokenTemplates templates(m_path);
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral("a"), fullRequest())));
    QVERIFY(templates.save(TokenTemplate::fromRequest(QStringLiteral("b"), fullRequest())));
    const QString out = m_dir->filePath(QStringLiteral("b.json"));
    QVERIFY(templates.exportTo(out, {QStringLiteral("b")}));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<QList<TokenTemplate>> parsed = TokenTemplates::fromJson(file.readAll());
    QVERIFY(parsed);
    QCOMPARE(parsed.value().size(), 1);
    QCOMPARE(parsed.value().first().name, QStringLiteral("b"));
    const Status unknown = templates.exportTo(out, {QStringLiteral("c")});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

void TestTokenTemplates::importDropsLabelsAndCodesFromForeignFiles()
{
    const QString foreign = m_dir->filePath(QStringLiteral("foreign.json"));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"templates":[{"name":"x","request":{"label":"someone","otp":"123456",
               "scope":["wallet_view_all"],"duration":3600}}]})");
    file.close();
    TokenTemplates templates(m_path);
    QVERIFY(templates.importFrom(foreign));
    const TokenTemplate t = templates.find(QStringLiteral("x")).value();
    QVERIFY(t.shape.label.isEmpty());
    QVERIFY(t.shape.otp.isEmpty());
    QCOMPARE(t.shape.durationSeconds, std::optional<qint64>(3600));
}

void TestTokenTemplates::damagedOrNewerFilesAreRefusedNotOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not json") << QByteArray("{ torn");
    QTest::newRow("no version") << QByteArray(R"({"templates":[]})");
    QTest::newRow("newer version") << QByteArray(R"({"version":99,"templates":[]})");
    QTest::newRow("nameless template") << QByteArray(R"({"version":1,"templates":[{"request":{}}]})");
}

void TestTokenTemplates::damagedOrNewerFilesAreRefusedNotOverwritten()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    TokenTemplates templates(m_path);
    QVERIFY(!templates.list());
    const Status saved = templates.save(TokenTemplate::fromRequest(QStringLiteral("a"), fullRequest()));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::Io);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestTokenTemplates::emptyNameIsRefused()
{
    TokenTemplates templates(m_path);
    const Status saved = templates.save(TokenTemplate::fromRequest(QStringLiteral("  "), fullRequest()));
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::Validation);
    QVERIFY(!QFile::exists(m_path));
}

void TestTokenTemplates::toRequestAddsTheLabel()
{
    const TokenTemplate t = TokenTemplate::fromRequest(QStringLiteral("deploy"), fullRequest());
    const CreateTokenRequest request = t.toRequest(QStringLiteral("new-label"));
    QCOMPARE(request.label, QStringLiteral("new-label"));
    QVERIFY(request.otp.isEmpty());
    QCOMPARE(request.scope, fullRequest().scope);
}

QTEST_GUILESS_MAIN(TestTokenTemplates)
#include "TestTokenTemplates.moc"

#include "vault/TokenExport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

class TestTokenExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsProduceTheDocumentedLines_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("raw") << int(TokenExport::Format::Raw) << QByteArrayLiteral("v2xabc123")
                             << QByteArrayLiteral("v2xabc123");
        QTest::newRow("dotenv") << int(TokenExport::Format::DotEnv) << QByteArrayLiteral("v2xabc123")
                                << QByteArrayLiteral("BITGO_ACCESS_TOKEN=v2xabc123\n");
        QTest::newRow("dotenv needs quotes") << int(TokenExport::Format::DotEnv) << QByteArrayLiteral("a b$c")
                                             << QByteArrayLiteral("BITGO_ACCESS_TOKEN='a b$c'\n");
        QTest::newRow("shell") << int(TokenExport::Format::Shell) << QByteArrayLiteral("v2xabc123")
                               << QByteArrayLiteral("export BITGO_ACCESS_TOKEN='v2xabc123'\n");
        QTest::newRow("shell with quote") << int(TokenExport::Format::Shell) << QByteArrayLiteral("it's;$(x)")
                                          << QByteArrayLiteral("export BITGO_ACCESS_TOKEN='it'\\''s;$(x)'\n");
    }
    void formatsProduceTheDocumentedLines()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, expected);
        const auto out = TokenExport::format(SecretBytes(token), static_cast<TokenExport::Format>(format));
        QVERIFY(out.ok());
        QCOMPARE(out.value().bytes(), expected); // test tokens only: fine to show on failure
    }

    void shellLineEvaluatesBackToTheExactToken()
    {
        const QByteArray token = QByteArrayLiteral("we'ird \"$HOME\" `id` \\ token");
        const auto line = TokenExport::format(SecretBytes(token), TokenExport::Format::Shell);
        QVERIFY(line.ok());
        QProcess sh;
        sh.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QString::fromUtf8(line.value().bytes()) + QStringLiteral("printf %s \"$BITGO_ACCESS_TOKEN\"")});
        QVERIFY(sh.waitForFinished(10000));
        QCOMPARE(sh.readAllStandardOutput(), token);
    }

    void tokenWithControlCharactersIsRefused_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("newline") << QByteArrayLiteral("abc\nexport X=1");
        QTest::newRow("carriage return") << QByteArrayLiteral("abc\r");
        QTest::newRow("empty") << QByteArray();
    }
    void tokenWithControlCharactersIsRefused()
    {
        QFETCH(QByteArray, token);
        for (auto f : {TokenExport::Format::Raw, TokenExport::Format::DotEnv, TokenExport::Format::Shell}) {
            const auto out = TokenExport::format(SecretBytes(token), f);
            QVERIFY(!out.ok());
            QVERIFY(out.error().kind == ErrorKind::Validation);
            QVERIFY(!out.error().message.isEmpty());
        }
    }

    void exportFileIsCreatedOwnerOnlyWithTheContent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token.env"));
        const SecretBytes content(QByteArrayLiteral("BITGO_ACCESS_TOKEN=v2xfeed\n"));
        QVERIFY(TokenExport::writeFile(path, content).ok());
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll() == content.bytes());
        // No temporary or backup file left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("token.env")});
    }

    void exportRefusesAnExistingFileAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const Status s = TokenExport::writeFile(path, SecretBytes(QByteArrayLiteral("secret")));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArrayLiteral("keep me"));
    }

    void exportRefusesToFollowASymlink_data()
    {
        QTest::addColumn<bool>("dangling");
        QTest::newRow("to an existing file") << false;
        QTest::newRow("dangling") << true;
    }
    void exportRefusesToFollowASymlink()
    {
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("target"));
        if (!dangling) {
            QFile t(target);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.close();
        }
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(target, link));
        QVERIFY(!TokenExport::writeFile(link, SecretBytes(QByteArrayLiteral("secret"))).ok());
        QCOMPARE(QFile::exists(target), !dangling);
        if (!dangling)
            QCOMPARE(QFileInfo(target).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenExport)
#include "TestTokenExport.moc"

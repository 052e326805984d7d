#include "clipboard/SecretClipboard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace bgtm;

// Runs on a private Xvfb through xcb (tests/vault/CMakeLists.txt): a real X11 clipboard with both the CLIPBOARD
// and the PRIMARY selection. Qt reads back what this process owns as the QMimeData it set, custom types included.
class TestSecretClipboard : public QObject
{
    Q_OBJECT

private:
    QClipboard *clipboard() { return QGuiApplication::clipboard(); }
    const SecretBytes m_token {QByteArrayLiteral("v2xtest0123456789abcdef")};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(clipboard()->supportsSelection(),
                 "needs X11 (scripts/with-xvfb.sh, QT_QPA_PLATFORM=xcb): the offscreen platform has no PRIMARY");
    }

    void init()
    {
        clipboard()->clear(QClipboard::Clipboard);
        clipboard()->clear(QClipboard::Selection);
    }

    void copyLeavesThePrimarySelectionUntouched()
    {
        // PRIMARY is whatever was last selected anywhere, pasted by a middle click, unmarked: never the token.
        clipboard()->setText(QStringLiteral("what the user selected"), QClipboard::Selection);
        SecretClipboard helper(clipboard(), std::chrono::seconds(30));
        helper.copy(m_token);
        QVERIFY(clipboard()->text(QClipboard::Clipboard).toUtf8() == m_token.bytes());
        QCOMPARE(clipboard()->text(QClipboard::Selection), QStringLiteral("what the user selected"));
    }

    void clearingAlsoTakesOurTextOutOfThePrimarySelection()
    {
        SecretClipboard helper(clipboard(), std::chrono::milliseconds(300));
        QSignalSpy cleared(&helper, &SecretClipboard::cleared);
        helper.copy(m_token);
        // The token selected where it was pasted lands in PRIMARY; it goes when the clipboard is cleared.
        clipboard()->setText(QString::fromUtf8(m_token.bytes()), QClipboard::Selection);
        QVERIFY(cleared.wait(10000));
        QVERIFY(clipboard()->text(QClipboard::Clipboard).isEmpty());
        QVERIFY(clipboard()->text(QClipboard::Selection).isEmpty());
    }

    void copyPutsTheTokenMarkedSecretForClipboardManagers()
    {
        SecretClipboard helper(clipboard(), std::chrono::seconds(30));
        helper.copy(m_token);
        const QMimeData *mime = clipboard()->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->text().toUtf8() == m_token.bytes());
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        const auto markers = SecretClipboard::secretMarkers();
        for (const auto &[type, value] : markers)
            QCOMPARE(mime->data(type), value);
    }

    void clipboardIsClearedAfterTheDelay()
    {
        SecretClipboard helper(clipboard(), std::chrono::milliseconds(300));
        QSignalSpy cleared(&helper, &SecretClipboard::cleared);
        helper.copy(m_token);
        QVERIFY(helper.isCountingDown());
        QVERIFY(cleared.wait(10000));
        QVERIFY(clipboard()->text().isEmpty());
        QVERIFY(!helper.isCountingDown());
        QCOMPARE(helper.remainingSeconds(), 0);
    }

    void laterUserCopySurvivesTheTimer()
    {
        SecretClipboard helper(clipboard(), std::chrono::milliseconds(300));
        QSignalSpy remaining(&helper, &SecretClipboard::remainingChanged);
        QSignalSpy cleared(&helper, &SecretClipboard::cleared);
        helper.copy(m_token);
        clipboard()->setText(QStringLiteral("something the user copied"));
        // The countdown ends (remainingChanged(0)) without clearing the user's text.
        QTRY_VERIFY_WITH_TIMEOUT(!helper.isCountingDown(), 10000);
        QCOMPARE(remaining.last().first().toInt(), 0);
        QCOMPARE(cleared.size(), 0);
        QCOMPARE(clipboard()->text(), QStringLiteral("something the user copied"));
    }

    // The countdown is not left announcing a clearing that will not happen: it ends as soon as the user copies
    // something else, long before its delay.
    void countdownEndsWhenTheUserCopiesSomethingElse()
    {
        SecretClipboard helper(clipboard(), std::chrono::seconds(60));
        QSignalSpy remaining(&helper, &SecretClipboard::remainingChanged);
        helper.copy(m_token);
        QVERIFY(helper.isCountingDown());
        QTest::qWait(100); // our own copy's change notice, which must not end it
        QVERIFY(helper.isCountingDown());
        clipboard()->setText(QStringLiteral("something the user copied"));
        QTRY_VERIFY_WITH_TIMEOUT(!helper.isCountingDown(), 10000);
        QCOMPARE(remaining.last().first().toInt(), 0);
        QCOMPARE(clipboard()->text(), QStringLiteral("something the user copied"));
    }

    void remainingTimeCountsDownEverySecond()
    {
        SecretClipboard helper(clipboard(), std::chrono::milliseconds(3000));
        QSignalSpy remaining(&helper, &SecretClipboard::remainingChanged);
        helper.copy(m_token);
        QCOMPARE(remaining.constFirst().constFirst().toInt(), 3);
        QVERIFY(helper.remainingSeconds() >= 1 && helper.remainingSeconds() <= 3);
        QTRY_VERIFY_WITH_TIMEOUT(remaining.size() >= 2 && remaining.constLast().constFirst().toInt() < 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(clipboard()->text().isEmpty(), 10000);
        QCOMPARE(remaining.last().first().toInt(), 0);
    }

    void destroyingTheHelperClearsOurTextOnly_data()
    {
        QTest::addColumn<bool>("userCopiedAfter");
        QTest::newRow("still ours") << false;
        QTest::newRow("user copied since") << true;
    }
    void destroyingTheHelperClearsOurTextOnly()
    {
        QFETCH(bool, userCopiedAfter);
        {
            SecretClipboard helper(clipboard(), std::chrono::seconds(60));
            helper.copy(m_token);
            if (userCopiedAfter)
                clipboard()->setText(QStringLiteral("mine"));
        }
        QCOMPARE(clipboard()->text(), userCopiedAfter ? QStringLiteral("mine") : QString());
    }

    // Last: runs the application's event loop to its end, which emits aboutToQuit.
    void quittingTheApplicationClearsTheClipboard()
    {
        SecretClipboard helper(clipboard(), std::chrono::seconds(60));
        helper.copy(m_token);
        QVERIFY(!clipboard()->text().isEmpty());
        bool textAfterQuitEmpty = false;
        connect(qApp, &QCoreApplication::aboutToQuit, this, [&] {
            // Connected after the helper's own slot, so it observes the state the helper left.
            textAfterQuitEmpty = clipboard()->text().isEmpty();
        });
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QCoreApplication::exec();
        QVERIFY(textAfterQuitEmpty);
    }
};

QTEST_MAIN(TestSecretClipboard)
#include "TestSecretClipboard.moc"

#include "MessageBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace bgtm;

namespace {

/// Runs `act` on the message box once it is up (offscreen, inside its exec()).
void whenShown(const std::function<void(QMessageBox *)> &act)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [act] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box == nullptr) {
            whenShown(act); // not up yet: look again on the next turn of the loop
            return;
        }
        act(box);
    });
}

QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

class TestMessageBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { MessageBox::setNextAnswer(QMessageBox::NoButton); }

    void confirmNamesItsActionAndDefaultsToCancel()
    {
        QStringList texts;
        bool cancelIsDefault = false;
        whenShown([&](QMessageBox *box) {
            for (const QAbstractButton *button : box->buttons())
                texts << button->text().remove(u'&');
            cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            QAbstractButton *action = buttonNamed(box, QStringLiteral("Revoke 2 tokens"));
            QVERIFY(action != nullptr);
            action->click();
        });
        QVERIFY(MessageBox::confirm(nullptr, QStringLiteral("Revoke tokens"), QStringLiteral("Revoke 2 tokens?"),
                                    QStringLiteral("Revoke 2 tokens")));
        QVERIFY2(!texts.contains(QStringLiteral("Yes")), qPrintable(texts.join(u'|')));
        QCOMPARE(texts.size(), 2);
        QVERIFY(texts.contains(QStringLiteral("Revoke 2 tokens")));
        QVERIFY(cancelIsDefault);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("Revoke 2 tokens?"));
    }

    void cancelAndEscapeDecline()
    {
        whenShown([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(
            !MessageBox::confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?"), QStringLiteral("Delete")));
        whenShown([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Escape); });
        QVERIFY(
            !MessageBox::confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?"), QStringLiteral("Delete")));
        whenShown([](QMessageBox *box) { QTest::keyClick(box, Qt::Key_Return); }); // Return takes the default
        QVERIFY(
            !MessageBox::confirm(nullptr, QStringLiteral("t"), QStringLiteral("Delete?"), QStringLiteral("Delete")));
    }

    void queuedAnswersShowNoBox()
    {
        const int before = MessageBox::count();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(MessageBox::confirm(nullptr, QStringLiteral("t"), QStringLiteral("one"), QStringLiteral("Do")));
        QVERIFY(!MessageBox::confirm(nullptr, QStringLiteral("t"), QStringLiteral("two"), QStringLiteral("Do")));
        QCOMPARE(MessageBox::count(), before + 2);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("two"));
    }
};

QTEST_MAIN(TestMessageBox)
#include "TestMessageBox.moc"

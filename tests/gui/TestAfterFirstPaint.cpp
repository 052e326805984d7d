// Start-up work deferred until a window's first paint: not before it, once, and still for a window that
// never paints.
#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTest>
#include <QWidget>

using namespace bgtm;

namespace {
constexpr int kDeadline = 20000; // generous: the machine is shared; never a timing assertion

/// Counts the paint events a widget received, installed before the hook so it sees each paint first.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

class TestAfterFirstPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workRunsOnceAfterTheFirstPaintNotBefore()
    {
        QWidget window;
        window.resize(200, 100);
        PaintCounter counter;
        window.installEventFilter(&counter);
        int runs = 0;
        int paintsWhenRun = -1;
        // A fallback far beyond the deadline: only the paint can start the work in this test.
        AfterFirstPaint::schedule(
            &window,
            [&] {
                ++runs;
                paintsWhenRun = counter.paints;
            },
            std::chrono::hours(1));
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0); // not shown, not painted: nothing yet

        window.show();
        QVERIFY(QTest::qWaitFor([&] { return runs > 0; }, kDeadline));
        QVERIFY(paintsWhenRun >= 1);
        window.update();
        QVERIFY(QTest::qWaitFor([&] { return counter.paints > paintsWhenRun; }, kDeadline));
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1); // a later paint does not run it again
    }

    void workRunsForAWindowThatNeverPaints()
    {
        QWidget window; // never shown
        int runs = 0;
        AfterFirstPaint::schedule(
            &window, [&] { ++runs; }, std::chrono::milliseconds(50));
        QVERIFY(QTest::qWaitFor([&] { return runs > 0; }, kDeadline));
        window.show(); // painting after the fallback ran does not run it again
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        QCOMPARE(runs, 1);
    }

    void workDoesNotRunAfterTheWindowIsGone()
    {
        int runs = 0;
        {
            QWidget window;
            AfterFirstPaint::schedule(
                &window, [&] { ++runs; }, std::chrono::milliseconds(50));
        }
        QTest::qWait(300); // well past the fallback; the hook died with its window
        QCOMPARE(runs, 0);
    }
};

QTEST_MAIN(TestAfterFirstPaint)
#include "TestAfterFirstPaint.moc"

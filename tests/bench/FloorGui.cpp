// The floor of this stack for start-up (issue 11): a QMainWindow with a small QTableView, nothing else.
// Reports "shown" exactly like the app does: one line on the file descriptor in BGTM_BENCH_SHOWN_FD when the main
// window is first painted.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

#include <unistd.h>

namespace {

class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(int fd, QObject *parent) : QObject(parent), m_fd(fd) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_fd >= 0 && event->type() == QEvent::Paint) {
            (void)!::write(m_fd, "shown\n", 6);
            ::close(m_fd);
            m_fd = -1;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    int m_fd;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    QStandardItemModel model(5, 4);
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("cell %1,%2").arg(r).arg(c)));
    auto *view = new QTableView(&window);
    view->setModel(&model);
    window.setCentralWidget(view);
    window.resize(900, 600);
    bool ok = false;
    const int fd = qEnvironmentVariableIntValue("BGTM_BENCH_SHOWN_FD", &ok);
    if (ok)
        window.installEventFilter(new FirstPaintProbe(fd, &window));
    window.show();
    return QApplication::exec();
}

// The floor of this stack for start-up: a QMainWindow with a small QTableView, nothing else.
// Reports "shown" with the app's own probe (header-only: nothing of ours is linked).
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

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
    bgtm::FirstPaintProbe::installFromEnvironment(&window);
    window.show();
    return QApplication::exec();
}

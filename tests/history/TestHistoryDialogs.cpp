// The history viewer and the templates manager, driven through their widgets (found by objectName).
#include "history/HistoryDialog.h"
#include "history/TemplatesDialog.h"

#include "MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bgtm;

namespace {

HistoryEntry entry(HistoryAction action, const QString &label, const QString &tokenId)
{
    HistoryEntry e;
    e.action = action;
    e.environmentId = QStringLiteral("sandbox");
    e.user = QStringLiteral("demo@sandbox.bitgo.local");
    e.tokenId = tokenId;
    e.label = label;
    e.origin = QStringLiteral("gui");
    return e;
}

} // namespace

class TestHistoryDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void tableShowsNewestFirstAndFiltersByTextAndAction();
    void everyColumnShowsItsWholeText();
    void exportCsvWritesWhatTheFiltersShow();
    void tornLineIsReportedNotFatal();
    void templatesManagerExportsImportsAndDeletes();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_historyPath;
};

void TestHistoryDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_historyPath = m_dir->filePath(QStringLiteral("history.jsonl"));
    const ActionHistory history(m_historyPath);
    QVERIFY(history.append(entry(HistoryAction::Created, QStringLiteral("ci-deploy"), QStringLiteral("aaa1"))));
    QVERIFY(history.append(entry(HistoryAction::Copied, QStringLiteral("ci-deploy"), QStringLiteral("aaa1"))));
    QVERIFY(history.append(entry(HistoryAction::Created, QStringLiteral("reporting"), QStringLiteral("bbb2"))));
}

void TestHistoryDialogs::tableShowsNewestFirstAndFiltersByTextAndAction()
{
    const ActionHistory history(m_historyPath);
    HistoryDialog dialog(&history);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTableView"));
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    auto *action = dialog.findChild<QComboBox *>(QStringLiteral("actionComboBox"));
    QVERIFY(table && filter && action);
    QCOMPARE(table->model()->rowCount(), 3);
    QCOMPARE(table->model()->index(0, HistoryDialog::LabelColumn).data().toString(), QStringLiteral("reporting"));

    QTest::keyClicks(filter, QStringLiteral("CI-DEP"));
    QCOMPARE(table->model()->rowCount(), 2);
    action->setCurrentIndex(action->findData(QStringLiteral("copied")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, HistoryDialog::ActionColumn).data().toString(), QStringLiteral("copied"));
    filter->clear();
    action->setCurrentIndex(action->findData(QStringLiteral("created")));
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestHistoryDialogs::everyColumnShowsItsWholeText()
{
    const ActionHistory history(m_historyPath);
    HistoryDialog dialog(&history);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTableView"));
    const QAbstractItemView *items = table; // QTableView hides the public sizeHintForColumn
    const QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < header->count() - 1; ++c) // the last one stretches
        QVERIFY2(header->sectionSize(c) >= std::max(header->sectionSizeHint(c), items->sizeHintForColumn(c)),
                 qPrintable(table->model()->headerData(c, Qt::Horizontal).toString()));
}

void TestHistoryDialogs::exportCsvWritesWhatTheFiltersShow()
{
    const ActionHistory history(m_historyPath);
    HistoryDialog dialog(&history);
    auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("filterLineEdit"));
    QTest::keyClicks(filter, QStringLiteral("bbb2"));
    const QString csvPath = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(dialog.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QCOMPARE(bytes.count('\n'), 2); // header + the one shown entry
    QVERIFY(bytes.contains(",created,sandbox,demo@sandbox.bitgo.local,bbb2,reporting,gui,"));
    QVERIFY(!bytes.contains("ci-deploy"));
}

void TestHistoryDialogs::tornLineIsReportedNotFatal()
{
    {
        QFile file(m_historyPath);
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"v\":1,\"time\":\"2026-");
    }
    const ActionHistory history(m_historyPath);
    HistoryDialog dialog(&history);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("historyTableView"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    QCOMPARE(table->model()->rowCount(), 3);
    QVERIFY(error->text().contains(QLatin1String("1 line")));
}

void TestHistoryDialogs::templatesManagerExportsImportsAndDeletes()
{
    TokenTemplates mine(m_dir->filePath(QStringLiteral("mine/templates.json")));
    CreateTokenRequest shape;
    shape.scope = {QStringLiteral("wallet_view_all")};
    shape.durationSeconds = 86400;
    QVERIFY(mine.save(TokenTemplate::fromRequest(QStringLiteral("viewer"), shape)));
    TemplatesDialog dialog(&mine);
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("templatesListWidget"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    const QString shared = m_dir->filePath(QStringLiteral("shared.json"));
    QVERIFY(dialog.exportFile(shared));

    TokenTemplates theirs(m_dir->filePath(QStringLiteral("theirs/templates.json")));
    TemplatesDialog other(&theirs);
    auto *otherList = other.findChild<QListWidget *>(QStringLiteral("templatesListWidget"));
    QCOMPARE(otherList->count(), 0);
    QVERIFY(other.importFile(shared));
    QCOMPARE(otherList->count(), 1);
    QCOMPARE(theirs.find(QStringLiteral("viewer")).value().shape, shape);
    QVERIFY(!other.importFile(m_dir->filePath(QStringLiteral("missing.json"))));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(other.findChild<QPushButton *>(QStringLiteral("deletePushButton")), Qt::LeftButton);
    QCOMPARE(otherList->count(), 0);
    QVERIFY(theirs.list().value().isEmpty());
}

QTEST_MAIN(TestHistoryDialogs)
#include "TestHistoryDialogs.moc"

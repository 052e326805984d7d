#include "CrashDriver.h"

#include "SandboxProcess.h"

#include "itemmodels/TokenTableModel.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <cstdio>

namespace bgtm::test {

namespace {

constexpr int kTickMs = 50;
constexpr int kStableTicks = 6;        // the window must look settled for this many ticks in a row (no timing claim)
constexpr qint64 kDeadlineMs = 120000; // generous: the machine is shared

/// The visible window (main window or dialog) with this objectName.
QWidget *visibleWindow(const char *name)
{
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (w->isVisible() && w->objectName() == QLatin1String(name))
            return w;
    return nullptr;
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
}

void type(QWidget *parent, const char *name, const QString &text)
{
    if (auto *edit = child<QLineEdit>(parent, name)) {
        edit->clear();
        QTest::keyClicks(edit, text);
    }
}

QTableView *tokenTable()
{
    return child<QTableView>(visibleWindow("MainWindow"), "tokenTableView");
}

/// The table's row (in the view's model) of the token with this label, or -1.
int rowOfLabel(const QAbstractItemModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TokenTableModel::LabelColumn);
        if (index.data().toString() == label && !index.data(TokenTableModel::TokenIdRole).toString().isEmpty())
            return row;
    }
    return -1;
}

/// What the table tells the user about a row, in the words of the index states the harness counts with.
QString shownState(const QModelIndex &index)
{
    using Status = TokenRow::Status;
    using Location = TokenRow::SecretLocation;
    const auto status = Status(index.data(TokenTableModel::StatusRole).toInt());
    const auto location = Location(index.data(TokenTableModel::SecretLocationRole).toInt());
    switch (status) {
    case Status::StoreFailed:
        return QStringLiteral("store-failed");
    case Status::FlaggedForRevocation:
        return QStringLiteral("flagged-for-revocation");
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Active:
    case Status::ExpiringSoon:
        return location == Location::InKeychain || location == Location::Unknown ? QStringLiteral("stored")
                                                                                 : QStringLiteral("not-here");
    case Status::Expired:
    case Status::Revoked:
        break;
    }
    return QStringLiteral("other");
}

} // namespace

CrashDriver::CrashDriver()
    : m_action(qEnvironmentVariable("BGTM_CRASH_DRIVER_ACTION")),
      m_label(qEnvironmentVariable("BGTM_CRASH_DRIVER_LABEL")),
      m_report(qEnvironmentVariable("BGTM_CRASH_DRIVER_REPORT"))
{
    m_clock.start();
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &CrashDriver::tick);
    m_timer.start();
}

void CrashDriver::say(const char *line) const
{
    std::fputs(line, stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CrashDriver::finish(int exitCode, const char *line)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    say(line);
    QCoreApplication::exit(exitCode);
}

void CrashDriver::tick()
{
    if (m_clock.elapsed() > kDeadlineMs) {
        const QByteArray line = "stuck in phase " + QByteArray::number(int(m_phase));
        return finish(3, line.constData());
    }
    switch (m_phase) {
    case Phase::SignIn:
        if (QWidget *dialog = visibleWindow("SignInDialog"))
            signIn(dialog);
        return;
    case Phase::SigningIn:
        if (signedInAndListed()) {
            say("signed-in");
            m_phase = Phase::Act;
        }
        return;
    case Phase::Act:
        return act();
    case Phase::EditorOpening:
        if (QWidget *editor = visibleWindow("CreateTokenDialog")) {
            type(editor, "labelLineEdit", m_label);
            QTest::mouseClick(child<QPushButton>(editor, "readOnlyPresetPushButton"), Qt::LeftButton);
            type(editor, "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));
            m_phase = Phase::EditorFilled;
        }
        return;
    case Phase::EditorFilled: {
        auto *create = child<QPushButton>(visibleWindow("CreateTokenDialog"), "createPushButton");
        if (create && create->isEnabled()) {
            say("clicked");
            m_phase = Phase::Waiting;
            QTest::mouseClick(create, Qt::LeftButton);
        }
        return;
    }
    case Phase::RotationOpening:
        if (QWidget *dialog = visibleWindow("RotateTokensDialog")) {
            type(dialog, "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));
            m_phase = Phase::RotationFilled;
        }
        return;
    case Phase::RotationFilled: {
        auto *rotate = child<QPushButton>(visibleWindow("RotateTokensDialog"), "rotateButton");
        if (rotate && rotate->isEnabled()) {
            say("clicked");
            m_phase = Phase::Waiting;
            QTest::mouseClick(rotate, Qt::LeftButton);
        }
        return;
    }
    case Phase::Waiting:
        if (m_action == QLatin1String("create") ? createdAndStored() : rotationFinished())
            finish(0, "done");
        return;
    }
}

void CrashDriver::signIn(QWidget *dialog)
{
    auto *button = child<QPushButton>(dialog, "signInPushButton");
    if (!button || !button->isEnabled())
        return;
    type(dialog, "usernameLineEdit", QLatin1String(SandboxProcess::demoUsername));
    type(dialog, "passwordLineEdit", QLatin1String(SandboxProcess::demoPassword));
    type(dialog, "otpLineEdit", QLatin1String(SandboxProcess::demoOtp));
    QTest::mouseClick(button, Qt::LeftButton);
    m_phase = Phase::SigningIn;
}

bool CrashDriver::signedInAndListed()
{
    // Signed in (New token is enabled only with a session) and the first list — which reconciles the index with
    // the server's list — has ended (its progress bar is hidden again).
    QWidget *window = visibleWindow("MainWindow");
    auto *newToken = child<QAction>(window, "actionNewToken");
    auto *progress = child<QProgressBar>(window, "waitProgressBar");
    const bool settled =
        newToken && newToken->isEnabled() && progress && !progress->isVisible() && !visibleWindow("SignInDialog");
    m_stableTicks = settled ? m_stableTicks + 1 : 0;
    return m_stableTicks >= kStableTicks;
}

void CrashDriver::act()
{
    QWidget *window = visibleWindow("MainWindow");
    if (m_action == QLatin1String("list"))
        return writeReport() ? finish(0, "done") : finish(3, "report not written");
    if (m_action == QLatin1String("create")) {
        child<QAction>(window, "actionNewToken")->trigger(); // Ctrl+N
        m_phase = Phase::EditorOpening;
        return;
    }
    if (m_action == QLatin1String("rotate")) {
        QTableView *view = tokenTable();
        const int row = view ? rowOfLabel(view->model(), m_label) : -1;
        if (row < 0)
            return; // not listed yet; the deadline ends a wait that never comes true
        view->selectRow(row);
        child<QAction>(window, "actionRotateToken")->trigger();
        m_phase = Phase::RotationOpening;
        return;
    }
    finish(3, "unknown BGTM_CRASH_DRIVER_ACTION");
}

bool CrashDriver::createdAndStored() const
{
    // The editor's own store has ended: a list that reconciles with the keychain can show the row as stored while
    // the editor is still finishing (its kill points lie ahead), so the table alone would end the run too early.
    const auto *status = child<QLabel>(visibleWindow("CreateTokenDialog"), "keychainStatusLabel");
    if (!status || status->text() != QCoreApplication::translate("bgtm::CreateTokenDialog", "Stored in your keychain."))
        return false;
    // Stored means the index says so: the row then shows the plain label (no "creation pending" suffix), active.
    const QTableView *view = tokenTable();
    const int row = view ? rowOfLabel(view->model(), m_label) : -1;
    return row >= 0 && shownState(view->model()->index(row, 0)) == QLatin1String("stored");
}

bool CrashDriver::rotationFinished() const
{
    QWidget *dialog = visibleWindow("RotateTokensDialog");
    auto *results = child<QTableWidget>(dialog, "resultsTableWidget");
    auto *button = child<QPushButton>(dialog, "rotateButton");
    // Both disabled while rotating ("a rotation is never left half-way"); Close is enabled when all have ended.
    return results && results->isVisible() && button && button->isEnabled();
}

bool CrashDriver::writeReport() const
{
    const QTableView *view = tokenTable();
    if (!view || m_report.isEmpty())
        return false;
    QJsonArray rows;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, TokenTableModel::LabelColumn);
        rows.append(QJsonObject {{QStringLiteral("id"), index.data(TokenTableModel::TokenIdRole).toString()},
                                 {QStringLiteral("shown"), index.data().toString()},
                                 {QStringLiteral("state"), shownState(index)}});
    }
    QFile file(m_report);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(QJsonDocument(rows).toJson()) > 0;
}

} // namespace bgtm::test

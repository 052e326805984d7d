#include "MainWindow.h"
#include "clipboard/SecretClipboard.h"
#include "ui_MainWindow.h"

#include "AboutDialog.h"
#include "AfterFirstPaint.h"
#include "ExportFileDialog.h"
#include "ImportTokenDialog.h"
#include "KeychainBanner.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "ScreenLockWatcher.h"
#include "TokenProxyModel.h"
#include "UnlockDialog.h"
#include "editor/CoinCatalogueLoader.h"
#include "editor/CreateTokenDialog.h"
#include "history/HistoryDialog.h"
#include "history/TemplatesDialog.h"
#include "review/ExpiryBanner.h"
#include "review/ExpiryNotifier.h"
#include "review/SecurityReviewDialog.h"
#include "rotation/RotateTokensDialog.h"

#include "model/Amount.h"
#include "model/CoinCatalogue.h"
#include "settings/Settings.h"
#include "vault/TokenExport.h"
#include "vault/Vault.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <memory>
#include <utility>

namespace bgtm {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

MainWindow::MainWindow(Services services, QWidget *parent)
    : QMainWindow(parent),
      m_ui(std::make_unique<Ui::MainWindow>()),
      m_services(std::move(services)),
      m_model(new TokenTableModel(this)),
      m_proxy(new TokenProxyModel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_proxy->setSourceModel(m_model);
    m_ui->tokenTableView->setModel(m_proxy);
    m_ui->tokenTableView->verticalHeader()->hide();
    m_ui->tokenTableView->horizontalHeader()->setSectionsMovable(true);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_model->setExpiryWarningDays(m_services.settings->expiryWarningDays());
    // Limits in coin units once the coin catalogue is parsed (off the UI thread, after the first paint); until then,
    // and for coins it does not know, in base units.
    AfterFirstPaint::schedule(this, [this] {
        auto *catalogue = new QFutureWatcher<const CoinCatalogue *>(this);
        connect(catalogue, &QFutureWatcherBase::finished, this, [this, catalogue] {
            catalogue->deleteLater();
            const CoinCatalogue *coins = catalogue->result();
            m_model->setAmountFormatter([coins](const QString &coin, const QString &baseUnits) {
                const CoinInfo *info = coins->find(coin);
                if (!info) // the model's own wording for amounts it cannot convert
                    return QCoreApplication::translate("bgtm::TokenTableModel", "%1 %2 (base units)")
                        .arg(baseUnits, coin);
                return QStringLiteral("%1 %2").arg(Amount::formatLocalized(baseUnits, info->decimals, QLocale()), coin);
            });
        });
        catalogue->setFuture(CoinCatalogueLoader::load());
    });

    // Context menu = the token actions, in the same order as the Token menu.
    m_ui->tokenTableView->addActions({m_ui->actionCopyToken, m_ui->actionExportToken, m_ui->actionRevokeToken,
                                      m_ui->actionForgetToken, m_ui->actionNewToken, m_ui->actionImportToken});
    // "Rotate…": before Revoke in the Token menu, the toolbar and the context menu.
    m_rotateAction = new QAction(this);
    m_rotateAction->setObjectName(QStringLiteral("actionRotateToken"));
    m_ui->menuToken->insertAction(m_ui->actionRevokeToken, m_rotateAction);
    m_ui->mainToolBar->insertAction(m_ui->actionRevokeToken, m_rotateAction);
    m_ui->tokenTableView->insertAction(m_ui->actionRevokeToken, m_rotateAction);
    // Security review and expiry watch: a Token menu entry, and a banner above the table for the
    // expiry notice where no system tray is.
    m_reviewAction = new QAction(this);
    m_reviewAction->setObjectName(QStringLiteral("actionSecurityReview"));
    m_ui->menuToken->insertAction(m_ui->actionShowHistory, m_reviewAction);
    connect(m_reviewAction, &QAction::triggered, this, &MainWindow::showSecurityReview);
    auto *expiryBanner = new ExpiryBanner(m_ui->tokensPage);
    m_ui->tokensLayout->insertWidget(0, expiryBanner);
    m_expiryNotifier = new ExpiryNotifier(expiryBanner, this);
    m_expiryNotifier->setWarningDays(m_services.settings->expiryWarningDays());
    connect(m_expiryNotifier, &ExpiryNotifier::rotateRequested, this, &MainWindow::rotateExpiring);
    // Keychain trouble shows when the window opens, not at the end of a filled-in form: its state is asked once the
    // window is painted (a D-Bus property read, which never raises the system's unlock prompt).
    m_keychainBanner = new KeychainBanner(m_services.vault, m_ui->tokensPage);
    m_ui->tokensLayout->insertWidget(0, m_keychainBanner);
    AfterFirstPaint::schedule(this, [this] { m_keychainBanner->check(); });
    m_unlockKeychainAction = new QAction(this);
    m_unlockKeychainAction->setObjectName(QStringLiteral("actionUnlockKeychain"));
    m_ui->menuToken->insertAction(m_ui->actionNewToken, m_unlockKeychainAction);
    m_ui->tokenTableView->addAction(m_unlockKeychainAction);
    connect(m_unlockKeychainAction, &QAction::triggered, m_keychainBanner, &KeychainBanner::unlock);
    connect(m_services.vault, &Vault::keychainStatusChanged, this, [this](const KeychainStatus &status) {
        if (status.canStore()) { // unlocked: what read "keychain locked" is asked again
            m_model->clearPresence();
            checkSelectedPresence();
        }
        updateActions();
    });

    m_environmentStatus = new QLabel(this);
    m_environmentStatus->setObjectName(QStringLiteral("environmentStatusLabel"));
    m_userStatus = new QLabel(this);
    m_userStatus->setObjectName(QStringLiteral("userStatusLabel"));
    m_downgradedStatus = new QLabel(this);
    m_downgradedStatus->setObjectName(QStringLiteral("downgradedStatusLabel"));
    m_unlockStatus = new QLabel(this);
    m_unlockStatus->setObjectName(QStringLiteral("unlockStatusLabel"));
    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->setObjectName(QStringLiteral("clipboardStatusLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("waitProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelWaitPushButton"));
    for (QLabel *l : {m_environmentStatus, m_userStatus, m_downgradedStatus, m_unlockStatus, m_clipboardStatus})
        statusBar()->addWidget(l);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_progress->hide();
    m_cancelButton->hide();
    m_ui->messageLabel->hide();
    m_messageExpiry = new QTimer(this);
    m_messageExpiry->setSingleShot(true);
    connect(m_messageExpiry, &QTimer::timeout, this, [this] { showMessage({}, false); });

    m_secondTimer = new QTimer(this);
    m_secondTimer->setInterval(std::chrono::seconds(1));
    connect(m_secondTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_secondTimer->start();
    m_clipboard = new SecretClipboard(m_services.clipboard, m_services.settings->clipboardClearDelay(), this);
    connect(m_clipboard, &SecretClipboard::remainingChanged, this, &MainWindow::showClipboardCountdown);
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lockApp);
    qApp->installEventFilter(this);
    // The screen locking locks the app too, like the idle timer and Ctrl+L. Watched from just after the
    // first paint: connecting to the system bus (logind) would otherwise delay the window.
    AfterFirstPaint::schedule(this, [this] {
        auto *screenLock = new ScreenLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), this);
        connect(screenLock, &ScreenLockWatcher::screenLocked, this, &MainWindow::lockApp);
    });
    restartIdleTimer();

    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_wait.cancel();
        if (m_keychainWait) {
            KeychainWait wait = std::move(*m_keychainWait);
            endWait();
            wait.cancel();
            showMessage(tr("Stopped waiting for the keychain. It may be locked or busy and can still finish in the "
                           "background; trying again checks first."),
                        true);
        }
    });
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_proxy, &TokenProxyModel::setSearchText);
    // An empty table says why, and what to do, where the rows would be.
    m_emptyHint = new QLabel(m_ui->tokenTableView->viewport());
    m_emptyHint->setObjectName(QStringLiteral("emptyTableLabel"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setEnabled(false); // drawn as secondary text; the view still takes the clicks
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    (new QVBoxLayout(m_ui->tokenTableView->viewport()))->addWidget(m_emptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::fitColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::fitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::fitColumns); // "not checked" → "locked"
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::fitColumns);
    // A section the user drags is theirs from then on; the last one stretches with the window by itself.
    connect(m_ui->tokenTableView->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        const QHeaderView *header = m_ui->tokenTableView->horizontalHeader();
        if (!m_fittingColumns && header->visualIndex(section) != header->count() - 1 - header->hiddenSectionCount())
            m_userSizedColumns = true;
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyHint);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyHint);
    // The search field's clear button after the first paint too: the style's clear icon loads the icon theme and every
    // image format plugin.
    AfterFirstPaint::schedule(this, [this] { m_ui->searchLineEdit->setClearButtonEnabled(true); });
    connect(m_ui->tokenTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
        checkSelectedPresence();
    });
    connect(m_ui->tokenTableView, &QTableView::doubleClicked, this, &MainWindow::copyToken);
    connect(m_ui->actionCopyToken, &QAction::triggered, this, &MainWindow::copyToken);
    connect(m_ui->actionExportToken, &QAction::triggered, this, &MainWindow::exportToken);
    connect(m_ui->actionRevokeToken, &QAction::triggered, this, &MainWindow::revokeTokens);
    connect(m_ui->actionNewToken, &QAction::triggered, this, &MainWindow::newToken);
    connect(m_ui->actionImportToken, &QAction::triggered, this, &MainWindow::importToken);
    connect(m_ui->actionForgetToken, &QAction::triggered, this, &MainWindow::forgetToken);
    connect(m_rotateAction, &QAction::triggered, this, &MainWindow::rotateTokens);
    connect(m_ui->actionUnlockSession, &QAction::triggered, this, &MainWindow::unlockSession);
    connect(m_ui->actionLockSession, &QAction::triggered, this, &MainWindow::lockSession);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionSignIn, &QAction::triggered, this, [this] { showSignIn(); });
    connect(m_ui->actionSignOut, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_ui->actionLockApp, &QAction::triggered, this, &MainWindow::lockApp);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionShowHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionManageTemplates, &QAction::triggered, this, &MainWindow::manageTemplates);
    m_ui->actionManageTemplates->setEnabled(m_services.templates != nullptr); // never an action that does nothing
    connect(m_ui->actionQuit, &QAction::triggered, this, &QMainWindow::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });
    connect(m_ui->unlockAppPushButton, &QPushButton::clicked, this, &MainWindow::unlockApp);
    connect(m_ui->lockPasswordLineEdit, &QLineEdit::returnPressed, this, &MainWindow::unlockApp);
    connect(m_services.vault, &Vault::tokensChanged, this, &MainWindow::rebuildModel);

    retranslate();
    restoreViewState();
    showOffline();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_rotateAction->setText(tr("R&otate…"));
    m_rotateAction->setToolTip(tr("Replace the selected tokens with new ones, then revoke the old ones"));
    m_reviewAction->setText(tr("Security &review…"));
    m_reviewAction->setToolTip(tr("Risky tokens with the reason and a fix: limits, IP rules, lifetime, expiry"));
    m_unlockKeychainAction->setText(tr("Unlock &keychain…"));
    m_unlockKeychainAction->setToolTip(tr("Your system asks for the keychain's password; then the secrets show again"));
    m_progress->setAccessibleName(tr("Working"));
    m_cancelButton->setText(tr("Cancel"));
    // Headers, cells, dates and amounts are worded when the view asks: the model tells it to ask again.
    m_model->retranslate();
    updateActions(); // the unlock action's wording depends on the unlock state
    updateStatus();
    updateDetails();
    updateLockedText();
    // The message bar and the clipboard countdown keep their text until their next update (a second at most for the
    // countdown); a message already shown is not re-worded.
}

void MainWindow::updateLockedText()
{
    const bool online = m_client && m_client->hasSession();
    m_ui->lockedLabel->setText(online ? tr("BitGo Token Manager is locked. Enter your BitGo password to continue.")
                                      : tr("BitGo Token Manager is locked. Unlock to check the keychain is yours."));
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // Hiding the children in ~QWidget resizes the header's sections, after m_ui is gone.
    disconnect(m_ui->tokenTableView->horizontalHeader(), nullptr, this, nullptr);
    m_clipboard->clearNow();
}

// ---- sign-in -------------------------------------------------------------------------------------------------

CallHandle MainWindow::signInWith(SignInRequest request, QObject *context, const Callback<SignedInSession> &done)
{
    // The client for the chosen environment is made only once the environment is known (the local sandbox may
    // have to start first). Its sign-in handle is passed back through `handle` so Cancel reaches it.
    auto shared = std::make_shared<SignInRequest>(std::move(request));
    auto handle = std::make_shared<CallHandle>();
    const QString envId = shared->environmentId;
    m_services.resolveEnvironment(envId, context, [this, shared, handle, context, done](Result<Environment> env) {
        if (!env) {
            done(env.error());
            return;
        }
        auto client = std::make_shared<std::unique_ptr<BitGoClient>>(
            std::make_unique<BitGoClient>(m_services.network, env.value(), m_services.clientOptions));
        BitGoClient *raw = client->get();
        auto finish = [this, shared, client, done](Result<SignedInSession> result) {
            if (result) {
                m_environmentId = shared->environmentId;
                m_username = shared->useToken ? result.value().user.username : shared->username;
                adoptClient(std::move(*client));
                recordHistory(HistoryAction::SignedIn, {}, {}, shared->useToken ? tr("access token") : tr("password"));
            }
            done(std::move(result));
        };
        if (shared->useToken)
            *handle = raw->signInWithToken(std::move(shared->token), context, finish);
        else
            *handle = raw->login(shared->username, shared->password, shared->otp, context, finish);
        shared->password.clear();
    });
    return *handle;
}

void MainWindow::adoptClient(std::unique_ptr<BitGoClient> client)
{
    if (m_client)
        m_client.release()->deleteLater(); // a callback of the old client may still be on the stack
    m_client = std::move(client);
    m_client->setParent(this);
    connect(m_client.get(), &BitGoClient::sessionExpired, this,
            [this] { showMessage(tr("Your BitGo session has expired. Sign in again to continue."), true); });
    m_services.settings->setLastEnvironmentId(m_environmentId);
    m_services.settings->setLastUsername(m_username);
    m_services.settings->sync();
    m_serverTokens.clear();
    m_expiryNotifier->reset(); // the new account's first list announces its own
    m_unlockExpires = {};
    updateStatus();
    updateActions();
}

void MainWindow::showSignIn(const QString &environmentId, bool demo)
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    auto *dialog = new SignInDialog(
        m_services.environments,
        [this](SignInRequest r, QObject *ctx, const Callback<SignedInSession> &done) {
            return signInWith(std::move(r), ctx, done);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    const QString env = !environmentId.isEmpty()              ? environmentId
        : !m_services.settings->lastEnvironmentId().isEmpty() ? m_services.settings->lastEnvironmentId()
                                                              : m_services.settings->defaultEnvironmentId();
    dialog->setEnvironmentId(env);
    dialog->setUsername(m_services.settings->lastUsername());
    if (demo) {
        dialog->setUsername(QLatin1String(kDemoUsername));
        dialog->setDemoPassword(QLatin1String(kDemoPassword));
        dialog->setOtp(QLatin1String(kDemoOtp));
    }
    connect(dialog, &QDialog::accepted, this, [this] {
        showMessage({}, false);
        refresh();
    });
    dialog->open();
    if (demo)
        QTimer::singleShot(0, dialog, &SignInDialog::signIn);
}

void MainWindow::reauthenticate(std::function<void()> resume)
{
    if (m_reauthenticating)
        return;
    m_reauthenticating = true;
    auto *dialog = new SignInDialog(
        m_services.environments,
        [this](SignInRequest r, QObject *ctx, const Callback<SignedInSession> &done) {
            return signInWith(std::move(r), ctx, done);
        },
        this);
    dialog->setObjectName(QStringLiteral("reauthenticateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnvironmentId(m_environmentId);
    dialog->setUsername(m_username);
    dialog->setReauthentication(tr("Your BitGo session has expired. Sign in again and what you were doing will "
                                   "continue."));
    m_signInDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this, resume](int result) {
        m_reauthenticating = false;
        if (result == QDialog::Accepted) {
            showMessage({}, false);
            resume();
        }
    });
    dialog->open();
}

void MainWindow::withSession(std::function<void()> action)
{
    if (m_client && m_client->hasSession()) {
        action();
        return;
    }
    showMessage(tr("This needs a BitGo session. Sign in first."), true);
    showSignIn();
    if (m_signInDialog)
        connect(m_signInDialog, &QDialog::accepted, this, action);
}

bool MainWindow::handleServerError(const Error &error, std::function<void()> retry)
{
    if (error.kind == ErrorKind::Cancelled) {
        showMessage(tr("Cancelled."), false);
        return true;
    }
    if (error.kind == ErrorKind::Unauthorized && m_client) {
        reauthenticate(std::move(retry));
        return true;
    }
    QString text = error.message;
    if (!error.requestId.isEmpty())
        text += tr(" (request id %1)").arg(error.requestId);
    showMessage(text, true);
    return false;
}

void MainWindow::signOut()
{
    if (!m_client)
        return;
    beginWait(tr("Signing out…"), m_client->logout(this, [this](const Result<Done> &r) {
        endWait();
        if (!r && r.error().kind == ErrorKind::Cancelled)
            return;
        // Signed out locally even when the server could not be told: the session token is wiped either way.
        recordHistory(HistoryAction::SignedOut, {}, {});
        m_client->forgetSession();
        m_client.release()->deleteLater();
        m_serverTokens.clear();
        m_expiryNotifier->reset();
        showOffline();
        showMessage(
            r ? tr("Signed out.") : tr("Signed out here; the server could not be told: %1").arg(r.error().message), !r);
    }));
}

// ---- listing -------------------------------------------------------------------------------------------------

void MainWindow::showOffline()
{
    m_serverTokens.clear();
    m_serverListComplete = false;
    rebuildModel();
    updateStatus();
    updateActions();
}

void MainWindow::refresh()
{
    m_keychainBanner->check(); // locked or unlocked elsewhere since (screen lock, Seahorse, KeePassXC): said again
    if (!m_client || !m_client->hasSession()) {
        rebuildModel();
        return;
    }
    beginWait(tr("Loading tokens…"), m_client->listTokens(this, [this](Result<TokenList> r) {
        endWait();
        if (!m_client || !m_client->hasSession())
            return; // signed out while the list was on its way (its pages are parsed on a worker)
        if (!r) {
            handleServerError(r.error(), [this] { refresh(); });
            return;
        }
        m_serverTokens = r.value().tokens;
        m_serverListComplete = r.value().complete;
        if (m_serverListComplete) {
            // As the CLI does: an entry flagged because its index write was lost (the app died between the keychain
            // write and the index write) is repaired from the keychain, instead of inviting the user to revoke a
            // working token. The table shows the list at once and again when the keychain has answered.
            m_services.vault->reconcileWithKeychain(
                m_environmentId, m_client->session().user.id, r.value(), this, [this](const Result<int> &flagged) {
                    if (!flagged)
                        showMessage(tr("The local index was not updated: %1").arg(flagged.error().message), true);
                    rebuildModel();
                });
        }
        rebuildModel();
        m_expiryNotifier->tokensListed(m_serverTokens);
        if (!m_serverListComplete)
            showMessage(tr("The server list is incomplete; some tokens may be missing."), true);
    }));
}

void MainWindow::rebuildModel()
{
    if (isAppLocked())
        return; // nothing is shown while locked; unlocking rebuilds
    // The selection and the current row survive the reload (a copy, a store, a list): by token id, a pending
    // creation by its local id. A token just made replaces them, so that the user sees it at once.
    QStringList selected;
    const QList<int> rows = selectedRows();
    for (int r : rows)
        selected.append(rowKey(m_model->row(r)));
    const QModelIndex current = m_ui->tokenTableView->selectionModel()->currentIndex();
    QString currentKey = current.isValid() ? rowKey(m_model->row(m_proxy->mapToSource(current).row())) : QString();
    const bool online = m_client && m_client->hasSession();
    const QList<StoredToken> local =
        online ? m_services.vault->tokens(m_environmentId, m_client->session().user.id) : m_services.vault->tokens();
    m_ui->tokenTableView->setColumnHidden(TokenTableModel::EnvironmentColumn, online);
    // A large list is built on a worker and shown when ready (the window keeps responding); locking the app
    // clears the model at once and drops a build still in flight.
    m_model->loadTokens(online ? m_serverTokens : QList<AccessToken> {}, local, [this, selected, currentKey] {
        if (m_model->rowOf(m_justCreated) >= 0) {
            const QString created = std::exchange(m_justCreated, QString());
            selectRows({created}, created);
        } else {
            selectRows(selected, currentKey);
        }
        updateActions();
        updateDetails();
    });
}

QString MainWindow::rowKey(const TokenRow &row)
{
    return row.tokenId().isEmpty() && row.local ? QStringLiteral("pending:") + row.local->pendingId : row.tokenId();
}

bool MainWindow::selectRows(const QStringList &keys, const QString &currentKey)
{
    const auto viewIndexOf = [this](const QString &key) {
        int row = -1;
        if (key.startsWith(u"pending:")) {
            for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
                row = rowKey(m_model->row(r)) == key ? r : -1;
        } else {
            row = m_model->rowOf(key);
        }
        return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
    };
    QItemSelection selection;
    for (const QString &key : keys) {
        const QModelIndex index = viewIndexOf(key);
        if (index.isValid())
            selection.select(index, index);
    }
    // Through the selection model: QTableView::selectRow() reads the keyboard, and with Ctrl+Shift still held from
    // the copy shortcut it toggled or extended the selection instead of restoring it.
    QItemSelectionModel *model = m_ui->tokenTableView->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex current = viewIndexOf(currentKey);
    if (current.isValid())
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    return !selection.isEmpty();
}

// ---- selection, details, status ------------------------------------------------------------------------------

QList<int> MainWindow::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList indexes = m_ui->tokenTableView->selectionModel()->selectedRows();
    for (const QModelIndex &i : indexes)
        rows.append(m_proxy->mapToSource(i).row());
    return rows;
}

void MainWindow::updateActions()
{
    const QList<int> rows = selectedRows();
    const bool online = m_client && m_client->hasSession();
    const bool one = rows.size() == 1;
    const bool here = one && m_model->row(rows.first()).secretHere();
    m_ui->actionCopyToken->setEnabled(here);
    m_ui->actionExportToken->setEnabled(here);
    bool anyOnServer = false;
    bool anyLocal = false;
    for (int r : rows) {
        anyOnServer = anyOnServer || !m_model->row(r).tokenId().isEmpty();
        anyLocal = anyLocal || m_model->row(r).local.has_value();
    }
    m_ui->actionRevokeToken->setEnabled(anyOnServer);
    m_rotateAction->setEnabled(anyOnServer);
    m_ui->actionForgetToken->setEnabled(one && anyLocal);
    const bool rowLocked = one && m_model->row(rows.first()).presence == SecretPresence::KeychainLocked;
    m_unlockKeychainAction->setEnabled(rowLocked
                                       || m_services.vault->keychainStatus().state == KeychainStatus::State::Locked);
    m_ui->actionUnlockSession->setEnabled(online);
    // Unlocked, the same action extends the unlock: it says so instead of offering what is already done.
    m_ui->actionUnlockSession->setText(m_unlockExpires.isValid() ? tr("&Extend unlock…") : tr("&Unlock session…"));
    m_ui->actionLockSession->setEnabled(online && m_unlockExpires.isValid());
    m_ui->actionRefresh->setEnabled(true);
    m_ui->actionSignIn->setEnabled(!online);
    m_ui->actionSignOut->setEnabled(online);
}

void MainWindow::updateEmptyHint()
{
    const bool empty = m_proxy->rowCount() == 0;
    QString text;
    if (empty && m_progress->isVisible())
        text = tr("Loading tokens…");
    else if (empty && m_model->rowCount() > 0)
        text = tr("No token matches “%1”.").arg(m_ui->searchLineEdit->text());
    else if (empty && m_client && m_client->hasSession())
        text = tr("No tokens yet. Make one with New token (%1).")
                   .arg(m_ui->actionNewToken->shortcut().toString(QKeySequence::NativeText));
    else if (empty)
        text = tr("No tokens are stored on this machine. Sign in to see your account's tokens.");
    m_emptyHint->setText(text);
    m_emptyHint->setVisible(empty);
}

void MainWindow::fitColumns()
{
    if (m_userSizedColumns)
        return;
    QTableView *view = m_ui->tokenTableView;
    const QAbstractItemView *items = view; // QTableView hides sizeHintForColumn: it measures the visible rows
    const QHeaderView *header = view->horizontalHeader();
    const auto squeezable = [](int column) {
        return column == TokenTableModel::LabelColumn || column == TokenTableModel::ScopesColumn
            || column == TokenTableModel::LimitsColumn || column == TokenTableModel::IpRulesColumn;
    };
    constexpr int kListMinimum = 80; // a word or two, then "…"
    QList<int> wanted(TokenTableModel::ColumnCount, 0);
    QList<int> least(TokenTableModel::ColumnCount, 0);
    int total = 0;
    int give = 0; // how much the list columns could give way
    for (int c = 0; c < TokenTableModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            continue;
        wanted[c] = std::max(header->sectionSizeHint(c), items->sizeHintForColumn(c));
        least[c] = squeezable(c) ? std::min(wanted[c], std::max(kListMinimum, header->sectionSizeHint(c))) : wanted[c];
        total += wanted[c];
        give += wanted[c] - least[c];
    }
    const int excess = total - view->viewport()->width();
    m_fittingColumns = true;
    for (int c = 0; c < TokenTableModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            continue;
        int width = wanted[c];
        if (excess > 0 && give > 0) // each list column gives way in proportion to what it can give
            width -= static_cast<int>((qint64(wanted[c] - least[c]) * std::min(excess, give) + give - 1) / give);
        view->setColumnWidth(c, width);
    }
    m_fittingColumns = false;
}

void MainWindow::updateStatus()
{
    updateEmptyHint();
    const bool online = m_client && m_client->hasSession();
    const EnvironmentChoice *env = environment(m_environmentId);
    m_environmentStatus->setText(online && env ? env->displayName() : tr("Offline: tokens stored on this machine"));
    m_userStatus->setText(online ? m_client->session().user.username : QString());
    m_userStatus->setVisible(online);
    m_downgradedStatus->setText(online && m_client->session().downgraded
                                    ? tr("Downgraded session (no ECDH key): new tokens arrive unencrypted")
                                    : QString());
    m_downgradedStatus->setVisible(!m_downgradedStatus->text().isEmpty());
    if (online && m_unlockExpires.isValid()) {
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_unlockExpires);
        if (left <= 0) {
            m_unlockExpires = {};
            m_unlockStatus->setText(tr("Session locked"));
            updateActions();
        } else {
            m_unlockStatus->setText(tr("Unlocked: %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        }
    } else {
        m_unlockStatus->setText(online ? tr("Session locked") : QString());
    }
    m_unlockStatus->setVisible(!m_unlockStatus->text().isEmpty());
    // Qt adds the application's display name ("… — BitGo Token Manager") where the platform shows it.
    setWindowTitle(online && env ? env->displayName() : QString());
}

void MainWindow::updateDetails()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1) {
        m_ui->detailsTextBrowser->setHtml(
            rows.isEmpty() ? tr("<p>Select a token to see its details.</p>")
                           : tr("<p>%n tokens selected.</p>", nullptr, static_cast<int>(rows.size())));
        return;
    }
    const TokenRow &r = m_model->row(rows.first());
    const auto cell = [this, &rows](int column) {
        return html(m_model->index(rows.first(), column).data().toString());
    };
    QString text = QStringLiteral("<h3>%1</h3><table>").arg(html(r.label()));
    const auto line = [&text](const QString &key, const QString &value) {
        text += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(html(key), value);
    };
    line(tr("Id"), html(r.tokenId().isEmpty() ? tr("(not yet known)") : r.tokenId()));
    if (r.local)
        line(tr("Environment"), html(r.local->environmentId));
    line(tr("Scopes"), html(r.scope().join(QStringLiteral(", "))));
    const QModelIndex limits = m_model->index(rows.first(), TokenTableModel::LimitsColumn);
    const QString limitLines = limits.data(Qt::ToolTipRole).toString();
    line(tr("Spending limits"),
         limitLines.isEmpty() ? html(limits.data().toString())
                              : html(limitLines).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    line(tr("IP rules"), cell(TokenTableModel::IpRulesColumn));
    line(tr("Created"), cell(TokenTableModel::CreatedColumn));
    line(tr("Expires"),
         html(m_model->index(rows.first(), TokenTableModel::ExpiresColumn).data(Qt::ToolTipRole).toString()));
    line(tr("Secret"), cell(TokenTableModel::SecretColumn));
    if (r.server && !r.server->enterprise.isEmpty())
        line(tr("Enterprise"), html(r.server->enterprise));
    if (r.server && !r.server->origin.isEmpty())
        line(tr("Origin"), html(r.server->origin));
    text += QStringLiteral("</table>");
    m_ui->detailsTextBrowser->setHtml(text);
    // The details show whole: the pane grows to its lines, the table gives the room down to its header and three
    // rows (then the details scroll).
    QTextBrowser *details = m_ui->detailsTextBrowser;
    details->document()->setTextWidth(details->viewport()->width());
    const int needed = static_cast<int>(std::ceil(details->document()->size().height())) + 2 * details->frameWidth();
    const QList<int> sizes = m_ui->mainSplitter->sizes();
    const QTableView *table = m_ui->tokenTableView;
    const int tableLeast = table->horizontalHeader()->height() + 3 * table->verticalHeader()->defaultSectionSize()
        + 2 * table->frameWidth();
    const int all = sizes.value(0) + sizes.value(1);
    const int room = std::min(needed, all - tableLeast);
    if (sizes.size() == 2 && sizes.at(1) < room)
        m_ui->mainSplitter->setSizes({all - room, room});
}

void MainWindow::checkSelectedPresence()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_model->row(rows.first()).local
        || m_model->row(rows.first()).local->state != StoredToken::State::Stored || m_model->row(rows.first()).presence)
        return;
    const StoredToken token = *m_model->row(rows.first()).local;
    m_services.vault->presence(token, this, [this, id = token.tokenId](Result<SecretPresence> p) {
        if (p)
            m_model->setPresence(id, p.value());
        updateActions();
        updateDetails();
    });
}

void MainWindow::showMessage(const QString &text, bool error)
{
    if (error || text.isEmpty())
        m_messageExpiry->stop();
    else
        m_messageExpiry->start(m_services.messageLifetime);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, QColor(0xe5, 0x39, 0x35));
    m_ui->messageLabel->setPalette(p);
}

void MainWindow::beginWait(const QString &text, const CallHandle &handle)
{
    m_wait = handle;
    m_progress->setToolTip(text);
    m_progress->show();
    m_cancelButton->setVisible(handle.isRunning());
    statusBar()->showMessage(text);
}

void MainWindow::endWait()
{
    m_wait = {};
    m_keychainWait.reset();
    m_progress->hide();
    m_cancelButton->hide();
    statusBar()->clearMessage();
}

template <typename T>
Callback<T> MainWindow::beginKeychainWait(const QString &text, Callback<T> done, std::function<void()> onCancelled)
{
    beginWait(text);
    m_keychainWait.emplace(std::move(onCancelled));
    m_cancelButton->show(); // a keychain job cannot be aborted, but the user can stop waiting for it
    return m_keychainWait->guard(std::move(done));
}

const EnvironmentChoice *MainWindow::environment(const QString &id) const
{
    for (const EnvironmentChoice &e : m_services.environments)
        if (e.id == id)
            return &e;
    return nullptr;
}

bool MainWindow::isProduction(const QString &environmentId) const
{
    const EnvironmentChoice *e = environment(environmentId);
    return e && e->productionRules;
}

QString MainWindow::currentEnvironmentId() const
{
    return m_client && m_client->hasSession() ? m_environmentId : m_services.settings->defaultEnvironmentId();
}

bool MainWindow::confirmProduction(const TokenRow &row, const QString &what)
{
    const QString env = row.local ? row.local->environmentId : m_environmentId;
    if (!isProduction(env))
        return true;
    return MessageBox::confirm(
        this, tr("Production token"),
        tr("“%1” is a Production token that can move real funds. %2 it anyway?").arg(row.label(), what), what);
}

// ---- copy and export -----------------------------------------------------------------------------------------

void MainWindow::copyToken()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_model->row(rows.first()).secretHere())
        return;
    const TokenRow row = m_model->row(rows.first());
    if (!confirmProduction(row, tr("Copy")))
        return;
    const StoredToken token = *row.local;
    m_services.vault->readSecret(
        token, this,
        beginKeychainWait<SecretBytes>(tr("Reading the keychain…"), [this, token](Result<SecretBytes> secret) {
            endWait();
            if (!secret) {
                if (secret.error().kind == ErrorKind::NotFound)
                    m_model->setPresence(token.tokenId, SecretPresence::NotOnThisMachine);
                showMessage(tr("The token could not be read from the keychain: %1").arg(secret.error().message), true);
                return;
            }
            m_clipboard->setClearDelay(m_services.settings->clipboardClearDelay());
            m_clipboard->copy(secret.value());
            if (!m_clipboard->isCountingDown())
                m_clipboardStatus->setText(tr("Token on the clipboard"));
            m_services.vault->markCopied(token);
            recordHistory(HistoryAction::Copied, token.tokenId, token.label, {}, token.environmentId);
            m_model->setPresence(token.tokenId, SecretPresence::InKeychain);
            m_copiedMessage = tr("Copied “%1”.").arg(token.label);
            showMessage(m_copiedMessage, false);
        }));
}

void MainWindow::showClipboardCountdown(int seconds)
{
    m_clipboardStatus->setText(seconds > 0 ? tr("Clipboard clears in %n s", nullptr, seconds) : QString());
    // "Copied …" is true only while the token is on the clipboard: it goes when the token does.
    if (seconds == 0 && !m_copiedMessage.isEmpty() && m_ui->messageLabel->text() == m_copiedMessage)
        showMessage({}, false);
}

void MainWindow::exportToken()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_model->row(rows.first()).secretHere())
        return;
    const TokenRow row = m_model->row(rows.first());
    if (!confirmProduction(row, tr("Export")))
        return;
    // One dialog for the file and its format (the filter), starting in the last export's folder (else home) with
    // a name made from the label; an existing file is refused inside the dialog, where another name can be typed.
    auto *dialog = new ExportFileDialog(this, row.label(), exportStartDirectory());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportFileDialog::chosen, this, [this, row](const QString &path, TokenExport::Format format) {
        m_services.settings->setLastExportDirectory(QFileInfo(path).absolutePath());
        exportTo(*row.local, path, format);
    });
    dialog->open();
}

QString MainWindow::exportStartDirectory() const
{
    const QString last = m_services.settings->lastExportDirectory();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

void MainWindow::exportTo(const StoredToken &token, const QString &path, TokenExport::Format format)
{
    m_services.vault->readSecret(
        token, this,
        beginKeychainWait<SecretBytes>(
            tr("Reading the keychain…"), [this, token, path, format](Result<SecretBytes> secret) {
                endWait();
                if (!secret) {
                    showMessage(tr("The token could not be read from the keychain: %1").arg(secret.error().message),
                                true);
                    return;
                }
                Result<SecretBytes> text = TokenExport::format(secret.value(), format);
                const Status written = text ? TokenExport::writeFile(path, text.value()) : Status(text.error());
                if (!written) {
                    showMessage(tr("Export failed: %1").arg(written.error().message), true);
                    return;
                }
                static const char *const formatNames[] = {"raw", "env", "shell"}; // TokenExport::Format order
                recordHistory(HistoryAction::Exported, token.tokenId, token.label,
                              tr("format %1, to %2").arg(QLatin1String(formatNames[int(format)]), path),
                              token.environmentId);
                showMessage(tr("Exported “%1” to %2 (readable only by you).").arg(token.label, path), false);
            }));
}

// ---- revoke, forget, import ----------------------------------------------------------------------------------

void MainWindow::revokeTokens()
{
    QList<TokenRow> chosen;
    for (int r : selectedRows())
        if (!m_model->row(r).tokenId().isEmpty())
            chosen.append(m_model->row(r));
    if (chosen.isEmpty())
        return;
    QStringList names;
    for (const TokenRow &r : std::as_const(chosen))
        names.append(QStringLiteral("• %1 (%2)").arg(r.label(), r.tokenId()));
    const int count = static_cast<int>(chosen.size());
    if (!MessageBox::confirm(
            this, tr("Revoke tokens"),
            tr("Revoke %n token(s) on the server? Anything using them stops working at once.\n\n%1", nullptr, count)
                .arg(names.join(QLatin1Char('\n'))),
            tr("Revoke %n token(s)", nullptr, count)))
        return;
    withSession([this, chosen] {
        // One at a time, so each token gets its own line in the report and an expired session can resume.
        auto report = std::make_shared<QStringList>();
        auto failures = std::make_shared<int>(0);
        auto next = std::make_shared<std::function<void(qsizetype)>>();
        *next = [this, chosen, report, failures, next](qsizetype i) {
            if (i >= chosen.size()) {
                endWait();
                refresh();
                const QString text = report->join(QLatin1Char('\n'));
                if (chosen.size() > 1 || *failures > 0)
                    MessageBox::information(this, tr("Revoke report"), text);
                showMessage(*failures ? tr("%n token(s) could not be revoked.", nullptr, *failures)
                                      : tr("Revoked %n token(s).", nullptr, static_cast<int>(chosen.size())),
                            *failures > 0);
                *next = nullptr; // break the self-reference
                return;
            }
            const TokenRow &row = chosen.at(i);
            beginWait(tr("Revoking “%1”…").arg(row.label()),
                      m_client->revokeToken(
                          row.tokenId(), this, [this, row, i, report, failures, next](const Result<AccessToken> &r) {
                              if (!r && r.error().kind == ErrorKind::Unauthorized) {
                                  endWait();
                                  reauthenticate([next, i] { (*next)(i); });
                                  return;
                              }
                              if (!r && r.error().kind != ErrorKind::NotFound) {
                                  ++*failures;
                                  report->append(tr("✗ %1: %2").arg(row.label(), r.error().message));
                                  (*next)(i + 1);
                                  return;
                              }
                              report->append(r ? tr("✓ %1: revoked").arg(row.label())
                                               : tr("✓ %1: already gone on the server").arg(row.label()));
                              recordHistory(HistoryAction::Revoked, row.tokenId(), row.label(),
                                            r ? QString() : tr("already gone on the server"));
                              if (row.local) {
                                  // A hung keychain must not hold up the incident: the user may stop waiting
                                  // for this forget (it finishes in the background) and the next revocation goes on.
                                  const auto goOn = [next, i] { (*next)(i + 1); };
                                  m_services.vault->forget(*row.local, this,
                                                           beginKeychainWait<Done>(
                                                               tr("Removing from the keychain…"),
                                                               [goOn](const Result<Done> &) { goOn(); }, goOn));
                                  return;
                              }
                              (*next)(i + 1);
                          }));
        };
        (*next)(0);
    });
}

void MainWindow::rotateTokens()
{
    QStringList ids;
    for (int r : selectedRows())
        if (!m_model->row(r).tokenId().isEmpty())
            ids.append(m_model->row(r).tokenId());
    if (ids.isEmpty())
        return;
    withSession([this, ids] {
        // The plan needs the server's figures (limits, what was spent): from the last list, as the selection is.
        QList<RotateTokensDialog::Target> targets;
        for (const AccessToken &token : std::as_const(m_serverTokens)) {
            if (!ids.contains(token.id))
                continue;
            RotateTokensDialog::Target target {token, std::nullopt};
            for (const StoredToken &stored : m_services.vault->tokens(m_environmentId, m_client->session().user.id))
                if (stored.tokenId == token.id)
                    target.local = stored;
            targets.append(target);
        }
        if (targets.isEmpty()) {
            showMessage(tr("Refresh first: the selected tokens are not in the server's list."), true);
            return;
        }
        openRotation(std::move(targets), std::nullopt);
    });
}

void MainWindow::rotateWithSuggestion(const QString &tokenId, const std::optional<CreateTokenRequest> &suggested,
                                      const QString &fieldToEdit)
{
    withSession([this, tokenId, suggested, fieldToEdit] {
        for (const AccessToken &token : std::as_const(m_serverTokens)) {
            if (token.id != tokenId)
                continue;
            RotateTokensDialog::Target target {token, std::nullopt};
            for (const StoredToken &stored : m_services.vault->tokens(m_environmentId, m_client->session().user.id))
                if (stored.tokenId == token.id)
                    target.local = stored;
            openRotation({target}, suggested, fieldToEdit);
            return;
        }
        showMessage(tr("No live token %1 on the server: refresh and try again.").arg(tokenId), true);
    });
}

void MainWindow::openRotation(QList<RotateTokensDialog::Target> targets, std::optional<CreateTokenRequest> suggested,
                              const QString &fieldToEdit)
{
    RotateTokensDialog::Dependencies dependencies;
    dependencies.client = m_client.get();
    dependencies.vault = m_services.vault;
    dependencies.network = m_services.network;
    dependencies.history = m_services.history;
    dependencies.templates = m_services.templates;
    dependencies.environmentId = m_environmentId;
    dependencies.userId = m_client->session().user.id;
    dependencies.username = m_username;
    // Window-modal: while it runs the main window cannot sign out or replace the client it uses.
    auto *dialog = new RotateTokensDialog(std::move(dependencies), std::move(targets), std::move(suggested), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RotateTokensDialog::rotationsFinished, this, &MainWindow::refresh);
    dialog->open();
    if (!fieldToEdit.isEmpty())
        dialog->editNewShape(fieldToEdit);
}

void MainWindow::forgetToken()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_model->row(rows.first()).local)
        return;
    const TokenRow row = m_model->row(rows.first());
    // A creation that got no answer holds no secret: forgetting it dismisses its trace, and the tokens that look
    // like it stay as they are (the user revokes the one that was theirs from its own row).
    const bool creation = row.local->state == StoredToken::State::Pending;
    const QString question = creation
        ? tr("Dismiss the unanswered creation of “%1”? Tokens on the server that look like it are not touched: "
             "revoke the one that is yours first, if any.")
              .arg(row.label())
        : tr("Remove “%1” from this machine? It stays valid on the server until it expires or is revoked, and its "
             "secret cannot be shown again.")
              .arg(row.label());
    if (!MessageBox::confirm(this, creation ? tr("Dismiss creation") : tr("Forget token"), question,
                             creation ? tr("Dismiss") : tr("Forget")))
        return;
    m_services.vault->forget(
        *row.local, this,
        beginKeychainWait<Done>(
            tr("Removing from the keychain…"),
            [this, local = *row.local, label = row.label(), creation](const Result<Done> &r) {
                endWait();
                if (r)
                    recordHistory(HistoryAction::Forgotten, local.tokenId, label, {}, local.environmentId);
                const QString done = creation ? tr("Dismissed the unanswered creation of “%1”.").arg(label)
                                              : tr("Forgot “%1” on this machine.").arg(label);
                showMessage(r ? done : tr("Could not forget “%1”: %2").arg(label, r.error().message), !r);
                rebuildModel();
            }));
}

void MainWindow::newToken()
{
    withSession([this] {
        CreateTokenDialog::Dependencies dependencies;
        dependencies.client = m_client.get();
        dependencies.vault = m_services.vault;
        dependencies.clipboard = m_clipboard;
        dependencies.settings = m_services.settings;
        dependencies.environment = m_client->environment();
        dependencies.userId = m_client->session().user.id;
        dependencies.history = m_services.history;
        dependencies.templates = m_services.templates;
        dependencies.username = m_username;
        // Window-modal: while it is open the main window cannot sign out or replace the client it uses.
        auto *dialog = new CreateTokenDialog(std::move(dependencies), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CreateTokenDialog::tokenCreated, this, [this](const AccessToken &token) {
            m_justCreated = token.id;
            refresh();
        });
        // Written and read back by the creation: the table says so instead of "not checked".
        connect(dialog, &CreateTokenDialog::tokenStored, this,
                [this](const QString &tokenId) { m_model->setPresence(tokenId, SecretPresence::InKeychain); });
        dialog->open();
    });
}

void MainWindow::importToken()
{
    auto *dialog = new ImportTokenDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto secret = std::make_shared<SecretBytes>(dialog->takeToken());
        StoredToken meta;
        meta.environmentId = currentEnvironmentId();
        meta.userId = m_client && m_client->hasSession() ? m_client->session().user.id : QString();
        meta.label = dialog->label();
        auto store = [this, meta, secret](bool verified, const SignedInSession *session) {
            StoredToken m = meta;
            if (session) {
                // The server's own id, so the stored secret and the server's row are one token in the table.
                m.tokenId = session->tokenId;
                if (m.label.isEmpty())
                    m.label = session->tokenLabel;
                m.scope = session->scope;
                m.expires = session->expires;
                if (m.userId.isEmpty())
                    m.userId = session->user.id;
            }
            endWait();
            m_services.vault->importToken(
                m, *secret, verified, this,
                beginKeychainWait<Done>(tr("Storing in the keychain…"), [this, m, verified](const Result<Done> &r) {
                    endWait();
                    if (r)
                        recordHistory(HistoryAction::Imported, m.tokenId, m.label,
                                      verified ? tr("verified") : tr("unverified"), m.environmentId);
                    showMessage(!r ? tr("Could not store “%1”: %2").arg(m.label, r.error().message)
                                    : verified
                                    ? tr("Stored “%1” in the keychain.").arg(m.label)
                                    : tr("Stored “%1” as unverified: the server did not confirm it.").arg(m.label),
                                !r);
                    rebuildModel();
                }));
        };
        // Verify with a throw-away client of the same environment; the current session stays untouched.
        beginWait(tr("Checking the token with the server…"));
        m_services.resolveEnvironment(meta.environmentId, this, [this, secret, store](Result<Environment> env) {
            if (!env) {
                store(false, nullptr);
                return;
            }
            auto *probe = new BitGoClient(m_services.network, env.value(), m_services.clientOptions, this);
            probe->signInWithToken(secret->copy(), this, [probe, store](Result<SignedInSession> s) {
                store(s.ok(), s ? &s.value() : nullptr);
                probe->forgetSession();
                probe->deleteLater();
            });
        });
    });
    dialog->open();
}

// ---- unlock / lock session -----------------------------------------------------------------------------------

void MainWindow::unlockSession()
{
    withSession([this] {
        auto *dialog = new UnlockDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog] { unlockWith(dialog->otp(), dialog->durationSeconds()); });
        dialog->open();
    });
}

void MainWindow::unlockWith(const QString &otp, int seconds)
{
    beginWait(tr("Unlocking…"), m_client->unlock(otp, seconds, this, [this, otp, seconds](Result<SessionInfo> r) {
        endWait();
        if (!r) {
            // After a re-sign-in the same unlock is tried again; nothing the user typed is lost.
            handleServerError(r.error(), [this, otp, seconds] { unlockWith(otp, seconds); });
            return;
        }
        m_unlockExpires = r.value().unlock ? r.value().unlock->expires : QDateTime();
        showMessage(tr("Session unlocked. Spending limits do not apply until it locks again."), false);
        updateStatus();
        updateActions();
    }));
}

void MainWindow::lockSession()
{
    if (!m_client || !m_client->hasSession())
        return;
    beginWait(tr("Locking the session…"), m_client->lock(this, [this](const Result<SessionInfo> &r) {
        endWait();
        if (!r) {
            handleServerError(r.error(), [this] { lockSession(); });
            return;
        }
        m_unlockExpires = {};
        showMessage(tr("Session locked."), false);
        updateStatus();
        updateActions();
    }));
}

// ---- app lock ------------------------------------------------------------------------------------------------

bool MainWindow::isAppLocked() const
{
    return m_ui->pagesStackedWidget->currentWidget() == m_ui->lockedPage;
}

void MainWindow::lockApp()
{
    if (isAppLocked())
        return;
    saveViewState();
    m_clipboard->clearNow();
    m_model->setTokens({}, {}); // nothing of the tokens stays on screen or in the model
    m_model->clearPresence();
    m_ui->detailsTextBrowser->clear();
    m_ui->searchLineEdit->clear();
    m_ui->pagesStackedWidget->setCurrentWidget(m_ui->lockedPage);
    const bool online = m_client && m_client->hasSession();
    updateLockedText();
    m_ui->lockPasswordLabel->setVisible(online);
    m_ui->lockPasswordLineEdit->setVisible(online);
    m_ui->lockErrorLabel->clear();
    for (QAction *a : {m_ui->actionCopyToken, m_ui->actionExportToken, m_ui->actionRevokeToken, m_ui->actionForgetToken,
                       m_ui->actionImportToken, m_ui->actionUnlockSession, m_ui->actionLockSession, m_ui->actionRefresh,
                       m_ui->actionSignIn, m_ui->actionSignOut, m_rotateAction})
        a->setEnabled(false);
    m_ui->menuToken->setEnabled(false);
    m_ui->menuSession->setEnabled(false);
    m_ui->mainToolBar->setEnabled(false);
    (online ? static_cast<QWidget *>(m_ui->lockPasswordLineEdit) : m_ui->unlockAppPushButton)->setFocus();
}

void MainWindow::unlockApp()
{
    const auto unlocked = [this] {
        m_ui->lockPasswordLineEdit->clear();
        m_ui->pagesStackedWidget->setCurrentWidget(m_ui->tokensPage);
        m_ui->menuToken->setEnabled(true);
        m_ui->menuSession->setEnabled(true);
        m_ui->mainToolBar->setEnabled(true);
        rebuildModel();
        updateStatus();
        restartIdleTimer();
        m_ui->tokenTableView->setFocus();
    };
    m_ui->lockErrorLabel->clear();
    m_ui->unlockAppPushButton->setEnabled(false);
    if (m_client && m_client->hasSession()) {
        const SecretBytes password = SecretBytes::fromUtf8(m_ui->lockPasswordLineEdit->text());
        m_ui->lockPasswordLineEdit->clear();
        beginWait(tr("Checking your password…"),
                  m_client->verifyPassword(password, this, [this, unlocked](Result<bool> r) {
                      endWait();
                      m_ui->unlockAppPushButton->setEnabled(true);
                      if (r && r.value()) {
                          unlocked();
                          return;
                      }
                      m_ui->lockErrorLabel->setText(r ? tr("That password is not correct.") : r.error().message);
                      m_ui->lockPasswordLineEdit->setFocus();
                  }));
        return;
    }
    // Offline: the OS keychain's own unlock is the proof (a locked keyring prompts or refuses here).
    m_services.vault->checkUsable(this,
                                  beginKeychainWait<Done>(
                                      tr("Asking the keychain…"),
                                      [this, unlocked](const Result<Done> &r) {
                                          endWait();
                                          m_ui->unlockAppPushButton->setEnabled(true);
                                          if (r) {
                                              unlocked();
                                              return;
                                          }
                                          m_ui->lockErrorLabel->setText(
                                              tr("The keychain did not unlock: %1").arg(r.error().message));
                                      },
                                      [this] { m_ui->unlockAppPushButton->setEnabled(true); }));
}

void MainWindow::restartIdleTimer()
{
    const int minutes = m_services.settings->lockAfterIdleMinutes();
    if (minutes <= 0) {
        m_idleTimer->stop();
        return;
    }
    m_idleTimer->start(std::chrono::minutes(minutes));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!isAppLocked() && m_idleTimer->remainingTime() < m_idleTimer->interval() - 1000)
            restartIdleTimer(); // at most once a second: mouse moves come in floods
        break;
    case QEvent::Resize:
        if (watched == m_ui->tokenTableView->viewport())
            fitColumns();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

// ---- preferences, state --------------------------------------------------------------------------------------

void MainWindow::recordHistory(HistoryAction action, const QString &tokenId, const QString &label,
                               const QString &detail, const QString &environmentId)
{
    if (m_services.history == nullptr)
        return;
    HistoryEntry entry;
    entry.action = action;
    entry.environmentId = environmentId.isEmpty() ? m_environmentId : environmentId;
    entry.user = m_username;
    if (entry.user.isEmpty() && m_client && m_client->hasSession())
        entry.user = m_client->session().user.id;
    entry.tokenId = tokenId;
    entry.label = label;
    entry.origin = QStringLiteral("gui");
    entry.detail = detail;
    // The action itself succeeded; a history that cannot be written must not turn it into a failure.
    if (const Status appended = m_services.history->append(entry); !appended)
        qWarning("history: %s", qPrintable(appended.error().message));
}

void MainWindow::showHistory()
{
    auto *dialog = new HistoryDialog(m_services.history, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::manageTemplates()
{
    if (m_services.templates == nullptr)
        return;
    auto *dialog = new TemplatesDialog(m_services.templates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_services.settings, m_services.environments, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        // The language applies at once: every open window retranslates on the LanguageChange this causes.
        if (m_services.applyLanguage)
            m_services.applyLanguage(m_services.settings->language());
        m_model->setExpiryWarningDays(m_services.settings->expiryWarningDays());
        m_expiryNotifier->setWarningDays(m_services.settings->expiryWarningDays());
        restartIdleTimer();
    });
    dialog->open();
}

void MainWindow::saveViewState()
{
    Settings *s = m_services.settings;
    s->setWindowGeometry(saveGeometry());
    s->setWindowState(saveState());
    s->setTableHeaderState(m_ui->tokenTableView->horizontalHeader()->saveState());
    QList<int> widths; // none while the columns fit themselves: the next start fits them to its own window
    for (int c = 0; c < TokenTableModel::ColumnCount && m_userSizedColumns; ++c)
        widths.append(m_ui->tokenTableView->columnWidth(c));
    s->setColumnWidths(widths);
    const QHeaderView *h = m_ui->tokenTableView->horizontalHeader();
    s->setSortState({h->sortIndicatorSection(), h->sortIndicatorOrder() == Qt::AscendingOrder});
    s->sync();
}

void MainWindow::restoreViewState()
{
    Settings *s = m_services.settings;
    if (!s->windowGeometry().isEmpty())
        restoreGeometry(s->windowGeometry());
    if (!s->windowState().isEmpty())
        restoreState(s->windowState());
    const QList<int> widths = s->columnWidths();
    m_ui->tokenTableView->horizontalHeader()->setStretchLastSection(true); // no empty band right of the table
    for (int c = 0; c < widths.size() && c < TokenTableModel::ColumnCount; ++c)
        if (widths.at(c) > 0)
            m_ui->tokenTableView->setColumnWidth(c, widths.at(c)); // the user's own: fitColumns() leaves them
    m_userSizedColumns = !widths.isEmpty();
    fitColumns();
    const SortState sort = s->sortState();
    m_ui->tokenTableView->sortByColumn(sort.column, sort.ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!isAppLocked())
        saveViewState();
    m_clipboard->clearNow();
    if (m_services.whenQuitting) {
        const QString notice = m_services.whenQuitting();
        if (!notice.isEmpty())
            MessageBox::information(this, tr("Local sandbox"), notice);
    }
    event->accept();
}

void MainWindow::showSecurityReview()
{
    if (!m_client || !m_client->hasSession()) {
        showMessage(tr("Sign in to review the tokens on the server."), true);
        return;
    }
    const QList<TokenReview> reviews =
        SecurityReview::review(m_serverTokens, m_services.vault->tokens(m_environmentId, m_client->session().user.id),
                               ReviewThresholds::fromSettings(*m_services.settings), QDateTime::currentDateTimeUtc());
    auto *dialog = new SecurityReviewDialog(reviews, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SecurityReviewDialog::fixRequested, this,
            [this, dialog](const QString &tokenId, const Finding &finding) {
                dialog->close();
                rotateWithSuggestion(tokenId, finding.suggested, finding.field);
            });
    connect(dialog, &SecurityReviewDialog::rotateRequested, this, [this, dialog](const QString &tokenId) {
        dialog->close();
        rotateWithSuggestion(tokenId, std::nullopt); // the same shape: rotation's own plan
    });
    dialog->open();
}

void MainWindow::rotateExpiring(const QStringList &tokenIds)
{
    // Rotation works on the table's selection: select the announced tokens, then rotate as the menu would.
    if (!selectRows(tokenIds, {})) {
        showMessage(tr("The expiring tokens are not in the table: clear the search or refresh."), true);
        return;
    }
    rotateTokens();
}

} // namespace bgtm

#pragma once

#include "KeychainWait.h"
#include "SignInDialog.h"
#include "rotation/RotateTokensDialog.h"

#include "history/ActionHistory.h"
#include "itemmodels/TokenTableModel.h"
#include "net/BitGoClient.h"
#include "vault/TokenExport.h"

#include <QByteArray>
#include <QMainWindow>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QClipboard;

namespace bgtm {
class SecretClipboard;
}
class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace bgtm {

class ActionHistory;
class Settings;
class ExpiryNotifier;
class KeychainBanner;
class TokenProxyModel;
class TokenTemplates;
class Vault;

/// The main window: token table, details, actions, status. Holds at most one signed-in client.
/// Every server or keychain call runs asynchronously with progress and Cancel; errors appear in the message bar
/// and the window stays usable. A session that expires mid-work triggers a re-sign-in, then the action resumes.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Turns an environment id into an Environment (the local sandbox may need starting first).
    using EnvironmentResolver =
        std::function<void(const QString &environmentId, QObject *context, std::function<void(Result<Environment>)>)>;

    struct Services {
        Settings *settings = nullptr;
        Vault *vault = nullptr;
        QNetworkAccessManager *network = nullptr;
        QClipboard *clipboard = nullptr;
        EnvironmentResolver resolveEnvironment;
        QList<EnvironmentChoice> environments;
        BitGoClient::Options clientOptions;
        ActionHistory *history = nullptr;    ///< what this app did; may be null (nothing recorded)
        TokenTemplates *templates = nullptr; ///< named token shapes for the editor; may be null
        /// Installs the translations for a language preference (empty = the system's) at once; open windows then
        /// retranslate on LanguageChange. May be null (the preference then applies at the next start).
        std::function<void(const QString &language)> applyLanguage;
        /// Runs as the window closes for good (quit); what it returns, if anything, is shown to the user before the
        /// window goes (a local sandbox left running, and why). May be null.
        std::function<QString()> whenQuitting;
        /// How long a confirmation ("Exported …", "Session locked.") stays above the table; an error stays until
        /// the next message, because it asks for something to be done.
        std::chrono::milliseconds messageLifetime {std::chrono::seconds(10)};
    };

    explicit MainWindow(Services services, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the sign-in dialog (non-modal to the event loop). With `environmentId` "sandbox" and `demo`, the demo
    /// account is filled in and submitted at once.
    void showSignIn(const QString &environmentId = {}, bool demo = false);
    /// The tokens of every environment from the index; no network, no keychain.
    void showOffline();

    [[nodiscard]] BitGoClient *client() const { return m_client.get(); }
    [[nodiscard]] TokenTableModel *tokenModel() const { return m_model; }
    [[nodiscard]] bool isAppLocked() const;
    /// The message bar above the table (errors in the error colour); empty text hides it. A confirmation goes by
    /// itself after Services::messageLifetime.
    void showMessage(const QString &text, bool error);

    /// Public sandbox demo account (protocol of the built-in sandbox; not a secret, documented in the README).
    static constexpr const char *kDemoUsername = "demo@sandbox.bitgo.local";
    static constexpr const char *kDemoPassword = "sandbox-demo-password";
    static constexpr const char *kDemoOtp = "0000000";

public Q_SLOTS:
    void refresh();
    void newToken();
    void copyToken();
    void exportToken();
    void revokeTokens();
    void importToken();
    void forgetToken();
    /// "Rotate…" on the selected tokens: plan, one-time code, progress and a result per token.
    void rotateTokens();
    /// Opens rotation of `tokenId` with `suggested` (scopes, limits, IP rules, enterprise, admin; lifetime when
    /// set) pre-filled: the security review's "Fix"; without it, the token's own shape (the review's "Rotate").
    /// With `fieldToEdit` the new token's shape opens in the editor at that field, for a fix only the user can
    /// word (which limits, which addresses). Signs in first when needed.
    void rotateWithSuggestion(const QString &tokenId, const std::optional<bgtm::CreateTokenRequest> &suggested,
                              const QString &fieldToEdit = {});
    void unlockSession();
    void lockSession();
    void unlockWith(const QString &otp, int seconds);
    void signOut();
    void lockApp();
    void showPreferences();
    void showHistory();
    /// The security review of the listed tokens; "Fix" opens rotation with the suggested change.
    void showSecurityReview();
    void manageTemplates();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending; // an action waiting for a (re-)sign-in

    /// The expiry notice's Rotate: selects those tokens and rotates them.
    void rotateExpiring(const QStringList &tokenIds);

    CallHandle signInWith(SignInRequest request, QObject *context, const Callback<SignedInSession> &done);
    void adoptClient(std::unique_ptr<BitGoClient> client);
    void withSession(std::function<void()> action);
    void reauthenticate(std::function<void()> resume);
    bool handleServerError(const Error &error, std::function<void()> retry);
    void rebuildModel();
    /// Every text this class sets in code (the form's are retranslateUi's): at construction and on LanguageChange.
    void retranslate();
    void updateLockedText();
    void openRotation(QList<RotateTokensDialog::Target> targets, std::optional<CreateTokenRequest> suggested,
                      const QString &fieldToEdit = {});
    void updateActions();
    void updateStatus();
    void updateDetails();
    void checkSelectedPresence();
    void beginWait(const QString &text, const CallHandle &handle = {});
    void endWait();
    /// A keychain wait with progress and Cancel; returns `done` guarded so a cancelled wait never continues.
    template <typename T>
    Callback<T> beginKeychainWait(const QString &text, Callback<T> done, std::function<void()> onCancelled = {});
    void unlockApp();
    void restartIdleTimer();
    void showClipboardCountdown(int seconds);
    void saveViewState();
    void restoreViewState();
    /// One line in the local history: environment (the current one unless given), user and origin filled in.
    void recordHistory(HistoryAction action, const QString &tokenId, const QString &label, const QString &detail = {},
                       const QString &environmentId = {});

    void updateEmptyHint();
    /// Until the user sizes a column, the columns share the table's width: each gets what its content and header
    /// need; when that is more than the width, the list columns (label, scopes, limits, IP rules) give way down to a
    /// minimum and elide (their tooltip has it all), never the dates or the secret's state. No horizontal scrolling.
    void fitColumns();
    [[nodiscard]] QString exportStartDirectory() const;
    void exportTo(const StoredToken &token, const QString &path, TokenExport::Format format);
    [[nodiscard]] QList<int> selectedRows() const;
    /// What identifies a row across reloads: its token id, or "pending:" and the local id of a pending creation.
    [[nodiscard]] static QString rowKey(const TokenRow &row);
    /// Selects the rows of `keys` (rowKey) and makes `currentKey`'s current; false when none of them is shown.
    bool selectRows(const QStringList &keys, const QString &currentKey);
    [[nodiscard]] const EnvironmentChoice *environment(const QString &id) const;
    [[nodiscard]] bool isProduction(const QString &environmentId) const;
    [[nodiscard]] bool confirmProduction(const TokenRow &row, const QString &what);
    [[nodiscard]] QString currentEnvironmentId() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Services m_services;
    std::unique_ptr<BitGoClient> m_client;
    QString m_environmentId;
    QString m_username;
    TokenTableModel *m_model;
    TokenProxyModel *m_proxy;
    QList<AccessToken> m_serverTokens;
    QLabel *m_emptyHint = nullptr;   ///< over the table while it has no rows: why, and what to do
    bool m_userSizedColumns = false; ///< a column was resized by hand (or restored so): fitColumns() leaves them be
    bool m_fittingColumns = false;   ///< fitColumns() is resizing: not the user
    QString m_copiedMessage;         ///< the "Copied …" line, cleared with the clipboard
    QString m_justCreated;           ///< the token the editor just made: selected once the table shows it
    bool m_serverListComplete = false;
    CallHandle m_wait;
    std::optional<KeychainWait> m_keychainWait; ///< set while a keychain call is awaited
    bool m_reauthenticating = false;
    QPointer<SignInDialog> m_signInDialog;
    QDateTime m_unlockExpires;

    QLabel *m_environmentStatus;
    QLabel *m_userStatus;
    QLabel *m_downgradedStatus;
    QLabel *m_unlockStatus;
    QLabel *m_clipboardStatus;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTimer *m_secondTimer;
    QTimer *m_messageExpiry; ///< hides a confirmation once it has been seen
    QTimer *m_idleTimer;
    SecretClipboard *m_clipboard; ///< marks copies secret, clears them after the delay and on quit
    QAction *m_rotateAction;      ///< "Rotate…", made in code next to the actions of the form

    // Security review and expiry watch.
    QAction *m_reviewAction = nullptr;         ///< "Security review…"
    QAction *m_unlockKeychainAction = nullptr; ///< where a locked keychain shows: the Token menu and the row's menu
    KeychainBanner *m_keychainBanner = nullptr;
    ExpiryNotifier *m_expiryNotifier = nullptr; ///< expiry watch: tray notification or banner
};

} // namespace bgtm

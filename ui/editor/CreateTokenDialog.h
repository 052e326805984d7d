#pragma once

#include "creation/TokenCreation.h"
#include "history/ActionHistory.h"

#include "model/CreateTokenRequest.h"
#include "model/Environment.h"
#include "model/ScopeCatalogue.h"
#include "net/BitGoClient.h"

#include <QDialog>
#include <QFuture>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStringListModel;
class QToolButton;

namespace Ui {
class CreateTokenDialog;
}

namespace bgtm {

class CoinCatalogue;
class ScopeTreeModel;
class TokenTemplates;
class SecretClipboard;
class Settings;
class Vault;

/// The create-token editor: a form page whose every message comes from the core's one validator
/// (`validate`), and a result page that shows the new token once and makes sure it is stored or copied.
/// Order of operations: keychain canary → pending record → create → store (read back). Nothing here waits:
/// every server and keychain call answers through a callback.
class CreateTokenDialog : public QDialog
{
    Q_OBJECT
public:
    struct Dependencies {
        BitGoClient *client = nullptr; ///< signed in
        Vault *vault = nullptr;
        SecretClipboard *clipboard = nullptr;
        Settings *settings = nullptr; ///< default lifetime; may be null (90 days)
        Environment environment;      ///< production rules, coin order, vault key
        QString userId;
        /// The coin catalogue as it arrives; unset: CoinCatalogueLoader::load() (parsed off the UI thread).
        std::optional<QFuture<const CoinCatalogue *>> coins;
        ActionHistory *history = nullptr;    ///< records created / stored / store failed / revoked; may be null
        TokenTemplates *templates = nullptr; ///< "From template" and "Save as template…"; may be null (hidden)
        QString username;                    ///< for the history
        /// Settings only (rotation's "Change…"): the form starts from this shape, hides the label and the code,
        /// creates and stores nothing, and its button hands the settings back through settingsChosen. Needs no
        /// client or vault.
        std::optional<CreateTokenRequest> settingsToEdit;
        QString fieldToEdit; ///< with settingsToEdit: the field to start in ("ipRestrict", "spendingLimits", …)
    };

    explicit CreateTokenDialog(Dependencies dependencies, QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    /// The request as the form stands (the code included; never log it).
    [[nodiscard]] CreateTokenRequest request() const;
    /// Everything that keeps Create disabled: the validator's issues plus amounts that do not parse.
    [[nodiscard]] QList<ValidationIssue> issues() const;
    /// False while the keychain says it cannot take a new token (locked, absent, failing): Create waits for it.
    [[nodiscard]] bool keychainCanStore() const;
    /// The JSON shown by "Show request": the body that will be sent, with the code masked.
    [[nodiscard]] QString maskedRequestJson() const;

    /// True once the new token's secret is safe: stored in the keychain, copied, or revoked.
    [[nodiscard]] bool isTokenSecured() const;

    /// Fills the form with a token's shape (scopes, limits, IP rules, lifetime, enterprise, admin); the label and
    /// the code are left as they are. Limits need the coin list: before it has arrived they are left out (false).
    bool fillFromShape(const CreateTokenRequest &shape);
    /// "From template": fills the form from the saved template `name`.
    Status applyTemplate(const QString &name);
    /// "Save as template…" after its name prompt: saves the form's shape (refused while the shape is invalid).
    Status saveAsTemplate(const QString &name);

public Q_SLOTS:
    /// Closing while a new token is neither stored nor copied asks first; closing during a call cancels it.
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    /// A token was created on the server (whether or not storing it succeeded): the token list changed.
    void tokenCreated(const bgtm::AccessToken &token);
    /// Its secret was written to the keychain and read back.
    void tokenStored(const QString &tokenId);
    /// Settings-only mode: the user chose these settings (label and code empty).
    void settingsChosen(const bgtm::CreateTokenRequest &settings);

private:
    struct LimitRow {
        QLineEdit *coin = nullptr;
        QLineEdit *amount = nullptr;
        QCheckBox *noCap = nullptr;
        QLabel *note = nullptr;
        QToolButton *remove = nullptr;
    };

    /// Every text this class sets in code (the form's are retranslateUi's): at construction and on LanguageChange.
    void retranslate();
    void retranslateLimitRow(const LimitRow &limit);
    void retranslateResult(); ///< the result page, once a token was created
    /// Makes the form use `locale` (the default one after a language switch); amounts typed in the old locale are
    /// rewritten in the new one, exactly, so that they still parse.
    void adoptLocale(const QLocale &locale);
    void setUpLifetime();
    void setUpScopes();
    void setUpLimits();
    void connectForm();
    void addLimitRow();
    void coinsArrived(const CoinCatalogue *coins);
    void attachCoinCompleter(QLineEdit *coinEdit);
    void removeLimitRow(QToolButton *removeButton);
    void applyPreset(ScopePreset preset);
    void touch(const QString &field);
    /// Scrolls to the widget of a form field (a validator field name) and focuses it.
    void goToField(const QString &field);
    void updateForm();
    void showPresetExpiry();
    /// Settings-only mode, once the coins are there (limits are shown in coin units): the shape, then the field.
    void startFromSettings();
    [[nodiscard]] bool editsSettingsOnly() const { return m_deps.settingsToEdit.has_value(); }
    void growToFitResult();
    void updateLimitNotes(const QList<ValidationIssue> &issues, const QList<ValidationIssue> &cautioned);
    void updateExpiry();
    [[nodiscard]] std::optional<qint64> durationSeconds() const;
    [[nodiscard]] QStringList walletScopes() const;
    [[nodiscard]] QString baseUnitsOf(int row, QString *problem) const;

    void create();
    void onCreationStep(CreationStep step);
    void onCreationEnded(const CreationOutcome &outcome);
    void showCreationFailure(const CreationOutcome &outcome);
    void showResult();
    void retryStore();
    void copyToken(bool once);
    void revokeNow();
    void revokeSurplus();
    void showSurplus(const CreationOutcome &outcome);
    void setBusy(bool busy, const QString &text = {});
    void setUpTemplates();
    void reloadTemplates();
    void recordHistory(HistoryAction action, const QString &tokenId, const QString &label, const QString &detail = {});
    void updateResult();

    std::unique_ptr<Ui::CreateTokenDialog> m_ui;
    Dependencies m_deps;
    ScopeTreeModel *m_scopes;
    QSortFilterProxyModel *m_scopeFilter;
    QStringListModel *m_coinNames = nullptr;
    const CoinCatalogue *m_coins = nullptr; ///< null until the catalogue has been parsed (off the UI thread)
    QList<LimitRow> m_limits;
    QSet<QString> m_touched;               ///< top-level fields the user edited: only those show messages
    QList<ValidationIssue> m_serverIssues; ///< a server refusal naming a field, until that field is edited
    bool m_busy = false;

    /// The creation (its steps, and the token it made, secret included, until this window closes).
    QPointer<TokenCreation> m_creation;
    enum class StoreState { None, Storing, Stored, Failed } m_storeState = StoreState::None;
    QString m_storeError;
    bool m_copied = false;
    QString m_firstBlocking;        ///< the first field that keeps Create disabled: where the summary line leads
    CreateTokenRequest m_untouched; ///< the form as it opened: closing it unchanged needs no confirmation
    bool m_revoked = false;
    QStringList m_surplusIds; ///< tokens the user may revoke from here: look-alikes, or ones revoking missed
};

} // namespace bgtm

#pragma once

#include "model/Environment.h"
#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <memory>

class QSettings;

namespace bgtm {

/// A user-defined BitGo deployment as kept in settings (BitGo Express, a proxy, a local server).
struct CustomEnvironment {
    QString name;
    QString baseUrl;
    bool productionRules = false;
    QString serverXpub;
    /// HMAC auth version 3 unless this server speaks only 2 (kept as `authVersion=2`; protocol doc §2).
    HmacVersion hmacVersion = HmacVersion::V3;
    friend bool operator==(const CustomEnvironment &, const CustomEnvironment &) = default;

    /// The environment value the client and vault use; its id is "custom-<slug of name>".
    [[nodiscard]] Environment toEnvironment() const;
};

/// Sort column and order of the token table.
struct SortState {
    int column = 0;
    bool ascending = true;
};

/// Typed accessors over QSettings: preferences and UI state. Never holds a secret (no passwords, tokens, codes):
/// the settings file is plain text on disk. Defaults come from the issues (clipboard 10 s, lifetime 90 days,
/// expiry warning 14 days, lock after 5 min idle).
class Settings
{
public:
    /// Uses the given QSettings (not owned), e.g. one built on a temporary file in tests.
    explicit Settings(QSettings *settings);
    /// Opens an INI file at `path` (owned).
    explicit Settings(const QString &path);
    /// The settings file of the app and the CLI, defaultPath(), after moveEarlierFile(): both programs read and
    /// write the same file, and whichever starts first after an update moves the old one.
    Settings();
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    /// `<name>/<name>.conf` in the user's configuration folder ($XDG_CONFIG_HOME, else ~/.config), `<name>` being
    /// the application name ("bitgo-token-manager"): a folder named for the application, as its data folder
    /// (AppDataLocation, where the token index, history and templates live) is.
    [[nodiscard]] static QString defaultPath();

    /// Earlier versions kept the settings where QSettings puts them when no organisation name is set:
    /// `Unknown Organization/<name>.conf` in the configuration folder. Moves that file to defaultPath() when it
    /// exists and defaultPath() does not; otherwise does nothing. The move is atomic (a hard link, then the old
    /// name's removal), never replaces a file, and keeps the old file when it fails. Returns the file to open:
    /// defaultPath(), or the old file when it is still the only one (the move failed, e.g. the folder could not be
    /// created), so that no setting is lost for this run either.
    static QString moveEarlierFile();

    static constexpr int DefaultClipboardClearSeconds = 10;
    static constexpr int DefaultTokenLifetimeDays = 90;
    static constexpr int DefaultExpiryWarningDays = 14;
    static constexpr int DefaultReviewMaxLifetimeDays = 90;
    static constexpr int DefaultLockAfterIdleMinutes = 5;

    /// Seconds until a copied token is cleared from the clipboard; 0 = never cleared.
    [[nodiscard]] std::chrono::seconds clipboardClearDelay() const;
    void setClipboardClearDelay(std::chrono::seconds delay);

    /// "test" for a new user; "prod", "sandbox" or "custom-<slug>".
    [[nodiscard]] QString defaultEnvironmentId() const;
    void setDefaultEnvironmentId(const QString &id);

    [[nodiscard]] QList<CustomEnvironment> customEnvironments() const;
    void setCustomEnvironments(const QList<CustomEnvironment> &environments);

    /// The one way an environment is named, by the app and the CLI alike: "test", "prod" (or "production"),
    /// "sandbox" (its address is known only once it runs), a custom environment's name or id, or a base URL; empty
    /// means defaultEnvironmentId(). A custom address that may not be used (plain HTTP off loopback, a path, …) or an
    /// unknown name is a Validation error that says what is accepted.
    [[nodiscard]] Result<Environment> environment(const QString &nameIdOrUrl) const;

    /// Lifetime preselected in the create-token editor.
    [[nodiscard]] int defaultTokenLifetimeDays() const;
    void setDefaultTokenLifetimeDays(int days);

    /// Tokens expiring within this many days are highlighted.
    [[nodiscard]] int expiryWarningDays() const;
    void setExpiryWarningDays(int days);

    /// The security review reports tokens whose lifetime exceeds this many days.
    [[nodiscard]] int reviewMaxLifetimeDays() const;
    void setReviewMaxLifetimeDays(int days);

    /// Minutes of inactivity before the app locks itself; 0 = never.
    [[nodiscard]] int lockAfterIdleMinutes() const;
    void setLockAfterIdleMinutes(int minutes);

    /// Start with the local sandbox and its demo account (also `--sandbox` on the command line).
    [[nodiscard]] bool startWithSandbox() const;
    void setStartWithSandbox(bool on);

    /// BCP 47 name ("de", "en_GB"); empty = system language.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);

    /// Remembered for the sign-in dialog. The password never is.
    [[nodiscard]] QString lastEnvironmentId() const;
    void setLastEnvironmentId(const QString &id);
    [[nodiscard]] QString lastUsername() const;
    void setLastUsername(const QString &username);

    /// The folder of the last export (the file dialog starts there); empty: none yet.
    [[nodiscard]] QString lastExportDirectory() const;
    void setLastExportDirectory(const QString &directory);

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// Token table header state (column widths, order).
    [[nodiscard]] QByteArray tableHeaderState() const;
    void setTableHeaderState(const QByteArray &state);
    [[nodiscard]] QList<int> columnWidths() const;
    void setColumnWidths(const QList<int> &widths);
    [[nodiscard]] SortState sortState() const;
    void setSortState(SortState state);

    /// Writes pending changes to disk; returns false and a reason when the file cannot be written.
    bool sync(QString *problem = nullptr);

    /// The underlying QSettings (for tests).
    [[nodiscard]] QSettings *qsettings() const { return m_settings; }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

} // namespace bgtm

#pragma once

#include "model/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bgtm {

/// What this app did, as recorded in the local history. Never a secret, never an OTP.
enum class HistoryAction {
    SignedIn,
    SignedOut,
    Created,
    StoreFailed, ///< created, but the keychain refused the secret (the user was offered retry / copy / revoke)
    Rotated,     ///< detail names the new token id; tokenId is the old one
    Revoked,
    Stored, ///< a new token's secret written to the keychain (after create or retry; an import is Imported)
    Imported,
    Copied,
    Exported,
    Forgotten,
};

struct HistoryEntry {
    QDateTime time; ///< UTC
    HistoryAction action = HistoryAction::Created;
    QString environmentId;
    QString user; ///< username (or user id when the name is unknown)
    QString tokenId;
    QString label;
    QString origin; ///< "gui" or "cli"
    QString detail; ///< short, human, no secret (e.g. "export format: env", "new token 5f…")
};

/// The local append-only history (one JSON object per line, in the app's data directory, mode 0600). Shared by the
/// GUI and the CLI: every append opens, appends one line and flushes, so a crash tears at most the last line, which
/// read() tolerates (skips, and counts in skippedLines).
class ActionHistory
{
public:
    explicit ActionHistory(QString filePath);

    /// `<AppDataLocation>/history.jsonl`, next to the token index.
    [[nodiscard]] static QString defaultPath();

    /// Appends one entry (time filled in when invalid). Never throws; an unwritable file is an Io error.
    Status append(HistoryEntry entry) const;

    struct ReadResult {
        QList<HistoryEntry> entries; ///< oldest first
        int skippedLines = 0;        ///< torn or foreign lines that were not understood
    };
    [[nodiscard]] Result<ReadResult> read() const;

    /// RFC 4180 CSV with a header row: time (ISO 8601 UTC), action, environment, user, token id, label, origin, detail.
    [[nodiscard]] static QByteArray toCsv(const QList<HistoryEntry> &entries);
    [[nodiscard]] static QString actionName(HistoryAction action); ///< stable, lower-case ("created", "rotated"…)
    /// Inverse of actionName; nullopt for an unknown name.
    [[nodiscard]] static std::optional<HistoryAction> actionFromName(const QString &name);
    /// Every action, in declaration order (for filters and help text).
    [[nodiscard]] static QList<HistoryAction> allActions();

    /// One line of the file (without the newline) and its inverse; nullopt for a line that is not an entry.
    [[nodiscard]] static QByteArray toJsonLine(const HistoryEntry &entry);
    [[nodiscard]] static std::optional<HistoryEntry> fromJsonLine(const QByteArray &line);

    [[nodiscard]] QString filePath() const { return m_filePath; }

private:
    QString m_filePath;
};

} // namespace bgtm

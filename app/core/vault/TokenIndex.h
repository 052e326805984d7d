#pragma once

#include "StoredToken.h"

#include "model/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QFileSystemWatcher;

namespace bgtm {

/// The versioned local index of StoredToken metadata (never secrets), shared by the GUI and the CLI.
/// Every change is a read-modify-write under a lock file (`<path>.lock`, QLockFile with stale-lock detection),
/// written atomically with QSaveFile, mode 0600; reads need no lock, since a reader sees one whole version. Changes
/// made by another process are picked up through a file watcher (changed()). A corrupt file is renamed aside with a
/// timestamp and replaced by an empty index; warning() then says so in words the caller can show.
class TokenIndex : public QObject
{
    Q_OBJECT
public:
    static constexpr int kVersion = 1;

    /// `path` is injectable for tests; the app passes defaultPath().
    explicit TokenIndex(const QString &path, QObject *parent = nullptr);
    ~TokenIndex() override;

    /// `<AppDataLocation>/tokens.json`.
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] QString path() const { return m_path; }
    void setLockTimeout(std::chrono::milliseconds timeout) { m_lockTimeout = timeout; }

    /// Reads the file (without the lock; a corrupt one is set aside under it). A missing file is an empty index.
    Status load();
    /// The entries as last loaded or written.
    [[nodiscard]] QList<StoredToken> tokens() const { return m_tokens; }
    /// Read-modify-write: applies `mutate` to the entries read without the lock; when it returns true (a change),
    /// locks, re-reads the file (so other writers' entries survive), applies `mutate` again, writes atomically and
    /// unlocks. `mutate` returns false to abandon without writing. As it may run twice, anything it records
    /// outside `tokens` must be reset at its start.
    Status update(const std::function<bool(QList<StoredToken> &tokens)> &mutate);

    /// Non-empty after a corrupt index was set aside; cleared by takeWarning().
    [[nodiscard]] QString warning() const { return m_warning; }
    QString takeWarning();

    /// Serialisation, exposed for tests and the secret scan.
    [[nodiscard]] static QByteArray toJson(const QList<StoredToken> &tokens);

Q_SIGNALS:
    /// The entries changed (this process wrote, or another process's write was noticed).
    void changed();
    /// A corrupt index was set aside; `message` is ready to show.
    void warningRaised(const QString &message);

private:
    enum class ReadOutcome { Ok, Missing, Corrupt, TooNew };
    struct Snapshot {
        ReadOutcome outcome = ReadOutcome::Corrupt;
        QList<StoredToken> tokens;
        QByteArray bytes; ///< as read; empty when the file is missing
        QString problem;  ///< Corrupt, TooNew: what is wrong, in words
    };
    [[nodiscard]] Snapshot readFile() const;
    /// Takes a snapshot read from the file as the entries in memory; emits changed() if they differ.
    void adopt(Snapshot snapshot);
    Status writeFile(const QList<StoredToken> &tokens);
    Status setAsideCorrupt(const QString &problem);
    void onFileSystemChange();
    void watch();

    QString m_path;
    QList<StoredToken> m_tokens;
    QByteArray m_lastBytes;
    QString m_warning;
    std::chrono::milliseconds m_lockTimeout {5000};
    QFileSystemWatcher *m_watcher = nullptr;
};

} // namespace bgtm

#pragma once

#include "Account.h"
#include "TokenRecord.h"

#include <QList>
#include <QString>

#include <deque>

namespace bgtm::sandbox {

/// Accounts and issued secrets, in memory; optionally persisted to a state file (atomic QSaveFile, mode 0600) after
/// every change; optionally appending every issued secret to a log for secret-scan tests.
class SandboxStore
{
public:
    void setAccounts(QList<Account> accounts) { m_accounts = std::move(accounts); }
    [[nodiscard]] const QList<Account> &accounts() const { return m_accounts; }
    [[nodiscard]] const Account *accountByUsername(const QString &username) const;
    [[nodiscard]] const Account *accountById(const QString &userId) const;

    /// Gives `record` a fresh id and secret (v2x… or, for legacy accounts, 64 hex), stores it and returns it.
    TokenRecord &issue(TokenRecord record, const Account &account);
    /// Stores a record whose secret is already set (known-answer tests); computes its hash.
    TokenRecord &insert(TokenRecord record);

    [[nodiscard]] TokenRecord *findBySecret(const QByteArray &secret);
    [[nodiscard]] TokenRecord *findByHash(const QByteArray &secretHash);
    [[nodiscard]] TokenRecord *findById(const QString &id);
    [[nodiscard]] std::deque<TokenRecord> &tokens() { return m_tokens; }

    /// Empty string on success. A missing file is not an error (first run).
    QString setStateFile(const QString &path);
    /// Writes the state file if one is set. Empty string on success.
    QString save() const;
    void setIssuedSecretsLog(const QString &path) { m_secretsLog = path; }

    void setLastCreateBody(const QByteArray &raw) { m_lastCreateBody = raw; }
    [[nodiscard]] const QByteArray &lastCreateBody() const { return m_lastCreateBody; }

    void reset();

private:
    void logIssuedSecret(const QByteArray &secret) const;

    QList<Account> m_accounts;
    std::deque<TokenRecord> m_tokens; // deque: references stay valid when tokens are added
    QString m_stateFile;
    QString m_secretsLog;
    QByteArray m_lastCreateBody;
};

} // namespace bgtm::sandbox

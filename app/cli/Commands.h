#pragma once

#include "ExitCodes.h"
#include "Invocation.h"
#include "Output.h"

#include "creation/TokenCreation.h"
#include "history/ActionHistory.h"
#include "model/CreateTokenRequest.h"
#include "model/Environment.h"
#include "model/Result.h"
#include "net/BitGoClient.h"
#include "vault/StoredToken.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace bgtm {
class ActionHistory;
class LocalSandbox;
class Settings;
class TokenTemplates;
class Vault;
} // namespace bgtm

namespace bgtm::cli {

/// Runs one Invocation asynchronously on the event loop and emits finished(exit code) exactly once.
/// Real parts (network, vault, settings, sandbox finder) are passed in; main.cpp wires them.
class Commands : public QObject
{
    Q_OBJECT
public:
    struct Services {
        QNetworkAccessManager *network = nullptr;
        Vault *vault = nullptr;
        Settings *settings = nullptr;
        LocalSandbox *sandbox = nullptr;
        ActionHistory *history = nullptr;    ///< what this CLI did; may be null (nothing recorded)
        TokenTemplates *templates = nullptr; ///< named token shapes; may be null
        /// BITGO_ACCESS_TOKEN: authenticates this one call, then wiped.
        SecretBytes accessTokenFromEnvironment;
        std::chrono::milliseconds overallDeadline {std::chrono::minutes(5)};
    };

    Commands(Services services, Invocation invocation, QObject *parent = nullptr);
    ~Commands() override;

    /// Starts the command; finished() follows (possibly before run() returns for local failures).
    void run();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // Plumbing
    void finish(ExitCode code);
    void fail(const Error &error);
    void fail(ExitCode code, const QString &message);
    void restartWatchdog();
    void resolveEnvironment(std::function<void()> next);
    void withSession(std::function<void()> next);
    [[nodiscard]] QString username() const;
    [[nodiscard]] QString userId() const;
    /// Index entries of the current environment that match the id or --label of the invocation.
    [[nodiscard]] Result<StoredToken> findLocalToken(bool onlyWithSecret) const;

    // Commands
    void login();
    void loginWithToken();
    void logout();
    void session();
    void unlock();
    void lock();
    void listTokens();
    void printTokenList(const TokenList &list);
    void createToken();
    void revokeToken();
    void exportToken();
    void importToken();
    void forgetToken();
    void rotateTokens();
    void reviewTokens(const TokenList &list);

    // history and templates, in CommandsHistory.cpp
    /// Appends one line to the local history (environment, user and origin filled in); a write failure only warns.
    void recordHistory(HistoryAction action, const QString &tokenId, const QString &label, const QString &detail = {},
                       const QString &user = {});
    void showHistory();
    void runTemplates();
    /// tokens create --template: fills what the command line left open from the template. False after fail().
    [[nodiscard]] bool applyTemplate(CreateTokenRequest &request);

    // tokens create, step by step (vault order of operations)
    [[nodiscard]] std::optional<CreateTokenRequest> buildCreateRequest();
    /// Presents a creation that made a token (also when the watchdog gives up while it still runs).
    void reportCreated(const CreationOutcome &outcome);
    [[nodiscard]] static ExitCode createdExitCode(const CreationOutcome &outcome);
    void revokeConfirmed(const QString &tokenId, const QString &label);

    Services m_services;
    Invocation m_invocation;
    Output m_output;
    Environment m_environment;
    std::unique_ptr<BitGoClient> m_client;
    QTimer m_watchdog;
    bool m_finished = false;

    // create state
    CreateTokenRequest m_request;
    QPointer<TokenCreation> m_creation;
};

} // namespace bgtm::cli

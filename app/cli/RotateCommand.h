#pragma once

#include "ExitCodes.h"
#include "Invocation.h"
#include "Output.h"

#include "model/Environment.h"
#include "rotation/TokenRotation.h"

#include <QJsonArray>
#include <QObject>

class QNetworkAccessManager;

namespace bgtm {
class ActionHistory;
class BitGoClient;
class TokenTemplates;
class Vault;
} // namespace bgtm

namespace bgtm::cli {

/// `tokens rotate <id…> | --label L [--lifetime …] [--new-label L] [--carry-over-remaining] [--template T]
/// [--otp …]`:
/// one TokenRotation per token, one after the other, with a result per token. Runs on a signed-in client.
class RotateCommand : public QObject
{
    Q_OBJECT
public:
    struct Services {
        BitGoClient *client = nullptr; ///< signed in
        Vault *vault = nullptr;
        QNetworkAccessManager *network = nullptr;
        ActionHistory *history = nullptr;    ///< may be null
        TokenTemplates *templates = nullptr; ///< for --template; may be null
        Environment environment;
        QString username;
    };

    RotateCommand(Services services, const Invocation &invocation, QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    /// Exactly once, unless failed() came first; every result has been written.
    void finished(bgtm::cli::ExitCode code);
    /// Nothing was rotated: the error is for the caller to report (exactly once, instead of finished()).
    void failed(const bgtm::Error &error);
    /// A rotation starts: a sign of life for the caller's watchdog.
    void progressed();

private:
    void planAll(const QList<AccessToken> &serverTokens);
    void rotateNext();
    void record(const RotationOutcome &outcome);
    void finishAll();

    Services m_services;
    Invocation m_invocation;
    Output m_output;
    QList<RotationPlan> m_plans;
    QString m_otp;
    QJsonArray m_results;
    ExitCode m_firstFailure = ExitCode::Ok;
    bool m_anyPlanFailed = false;
};

} // namespace bgtm::cli

#pragma once

#include "RotationPlan.h"

#include "model/Result.h"
#include "net/BitGoClient.h"

#include "SecretBytes.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace bgtm {

class TokenCreation;
class Vault;

/// The steps of a rotation, in order. The old token stays valid until the new one is stored and verified.
enum class RotationStep {
    CheckKeychain, ///< the vault's canary: the keychain can hold the new token
    RecordPending, ///< the creation is noted in the index before the server is asked
    Create,        ///< the server creates the new token (shown once)
    Store,         ///< written to the keychain and read back
    Verify,        ///< a session call made with the new token, or a listing when this address is not allowed
    RevokeOld,     ///< the old token is revoked on the server
    ForgetOld,     ///< the old token's keychain item and index entry are removed
    Finished,
};

enum class VerifyMethod {
    None,
    SessionCall, ///< the new token itself answered GET /api/v1/user/session
    Listed,      ///< this address is not in its allow-list: the listing shows exactly the requested token
};

/// Where a rotation ended.
struct RotationOutcome {
    QString oldTokenId;
    QString newTokenId; ///< empty when the server created nothing
    QString label;
    RotationStep failedStep = RotationStep::Finished; ///< Finished: every step succeeded
    std::optional<Error> error;                       ///< why failedStep failed
    bool newStored = false;
    VerifyMethod verified = VerifyMethod::None;
    bool oldRevoked = false;
    bool oldForgotten = false;
    bool newRevoked = false;       ///< undone after a failed step: the new token was revoked (and forgotten here)
    QString note;                  ///< human, e.g. that the new token could not be tried from here
    QStringList surplusRevoked;    ///< extra tokens from a silent resend, revoked
    QStringList surplusNotRevoked; ///< extra tokens from a silent resend that could not be revoked
    QStringList surplusCandidates; ///< after a resend, tokens of the new one's shape not certainly ours: not revoked
    /// Only when the new token could be neither stored nor revoked: the one copy left; its index entry is
    /// StoreFailed (flagged). The caller shows it once and clears it.
    std::shared_ptr<SecretBytes> unstoredSecret;

    /// The new token is stored and verified and the old one is revoked.
    [[nodiscard]] bool succeeded() const { return newStored && verified != VerifyMethod::None && oldRevoked; }
};

using RotationCallback = std::function<void(RotationOutcome)>;

/// One rotation as an asynchronous state machine over the client (signed in) and the vault:
/// checkUsable → recordPending → create → storeCreated (read back) → verify → revoke old → forget old.
/// A failure before the new token is stored and verified revokes the new token (undo) and leaves the old one
/// untouched; a failed revoke of the old token leaves both valid and stored, to be finished with retry() or
/// undone with undo(). Crash tests stop the process at the kill points "rotate-after-create",
/// "rotate-after-store", "rotate-after-verify" and "rotate-after-revoke".
class TokenRotation : public QObject
{
    Q_OBJECT
public:
    /// `network` carries the verification call made with the new token (a client of its own, so the signed-in
    /// session is never replaced). `environmentId` and `userId` name the index entries.
    TokenRotation(BitGoClient *client, Vault *vault, QNetworkAccessManager *network, QString environmentId,
                  QString userId, QObject *parent = nullptr);
    ~TokenRotation() override;

    /// Runs `plan` with the one-time code `otp`; `done` runs once (not after `context` is gone).
    void start(RotationPlan plan, const QString &otp, QObject *context, RotationCallback done);
    /// After a failure at RevokeOld or ForgetOld: tries the remaining steps again.
    void retry(QObject *context, RotationCallback done);
    /// After a failure at RevokeOld: revokes the new token and forgets it here, keeping the old one.
    void undo(QObject *context, RotationCallback done);

    [[nodiscard]] const RotationPlan &plan() const { return m_plan; }
    [[nodiscard]] static QString stepName(RotationStep step); ///< human, translated
    /// Stable, for --json and scripts: "check-keychain", "record-pending", "create", "store", "verify",
    /// "revoke-old", "forget-old", "finished".
    [[nodiscard]] static QString stepCode(RotationStep step);

Q_SIGNALS:
    void stepStarted(bgtm::RotationStep step);

private:
    void enter(RotationStep step);
    /// The creation's steps (keychain check, pending record, create, store) as this rotation's first ones.
    void create();
    void verify();
    void verifyByListing(const QString &why);
    void revokeOld();
    void forgetOld();
    /// A failed step before the rotation could finish: undo what was made, then report.
    void failAndUndo(RotationStep step, const Error &error);
    void revokeNewThenReport();
    void fail(RotationStep step, const Error &error);
    void report();

    BitGoClient *m_client;
    Vault *m_vault;
    QNetworkAccessManager *m_network;
    QString m_environmentId;
    QString m_userId;
    RotationPlan m_plan;
    QPointer<TokenCreation> m_creation;
    RotationOutcome m_outcome;
    QPointer<QObject> m_context;
    RotationCallback m_done;
    bool m_running = false;
};

} // namespace bgtm

Q_DECLARE_METATYPE(bgtm::RotationStep)

#include "TokenRotation.h"

#include "app/KillPoints.h"
#include "creation/TokenCreation.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace bgtm {

namespace {

RotationStep rotationStepOf(CreationStep step)
{
    switch (step) {
    case CreationStep::CheckKeychain:
        return RotationStep::CheckKeychain;
    case CreationStep::RecordPending:
        return RotationStep::RecordPending;
    case CreationStep::Create:
        return RotationStep::Create;
    default:
        return RotationStep::Store;
    }
}

} // namespace

TokenRotation::TokenRotation(BitGoClient *client, Vault *vault, QNetworkAccessManager *network, QString environmentId,
                             QString userId, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_vault(vault),
      m_network(network),
      m_environmentId(std::move(environmentId)),
      m_userId(std::move(userId))
{ }

TokenRotation::~TokenRotation()
{
    if (m_creation)
        m_creation->clearSecret();
}

QString TokenRotation::stepName(RotationStep step)
{
    switch (step) {
    case RotationStep::CheckKeychain:
        return tr("Check the keychain");
    case RotationStep::RecordPending:
        return tr("Note the creation");
    case RotationStep::Create:
        return tr("Create the new token");
    case RotationStep::Store:
        return tr("Store it in the keychain");
    case RotationStep::Verify:
        return tr("Verify the new token");
    case RotationStep::RevokeOld:
        return tr("Revoke the old token");
    case RotationStep::ForgetOld:
        return tr("Forget the old token here");
    case RotationStep::Finished:
        return tr("Done");
    }
    return QString();
}

QString TokenRotation::stepCode(RotationStep step)
{
    switch (step) {
    case RotationStep::CheckKeychain:
        return QStringLiteral("check-keychain");
    case RotationStep::RecordPending:
        return QStringLiteral("record-pending");
    case RotationStep::Create:
        return QStringLiteral("create");
    case RotationStep::Store:
        return QStringLiteral("store");
    case RotationStep::Verify:
        return QStringLiteral("verify");
    case RotationStep::RevokeOld:
        return QStringLiteral("revoke-old");
    case RotationStep::ForgetOld:
        return QStringLiteral("forget-old");
    case RotationStep::Finished:
        return QStringLiteral("finished");
    }
    return QString();
}

void TokenRotation::start(RotationPlan plan, const QString &otp, QObject *context, RotationCallback done)
{
    Q_ASSERT(!m_running);
    m_plan = std::move(plan);
    m_plan.request.otp = otp;
    m_context = context;
    m_done = std::move(done);
    m_running = true;
    m_outcome = RotationOutcome();
    m_outcome.oldTokenId = m_plan.oldToken.id;
    m_outcome.label = m_plan.request.label;
    create();
}

void TokenRotation::enter(RotationStep step)
{
    Q_EMIT stepStarted(step);
}

void TokenRotation::create()
{
    auto *creation = new TokenCreation(m_client, m_vault, m_environmentId, m_userId, this);
    delete m_creation;
    m_creation = creation;
    // The creation's first steps are the rotation's own; storing happens once, then the rotation verifies.
    connect(creation, &TokenCreation::stepStarted, this, [this](CreationStep step) {
        switch (step) {
        case CreationStep::CheckKeychain:
            return enter(RotationStep::CheckKeychain);
        case CreationStep::RecordPending:
            return enter(RotationStep::RecordPending);
        case CreationStep::Create:
            return enter(RotationStep::Create);
        case CreationStep::Store:
            killPoint("rotate-after-create");
            return enter(RotationStep::Store);
        case CreationStep::RevokeUnstored:
        case CreationStep::RevokeSurplus:
        case CreationStep::Finished:
            return;
        }
    });
    CreationPolicy policy;
    policy.onStoreFailure = StoreFailurePolicy::Revoke; // the old token still works: nothing is lost by undoing
    CreateTokenRequest request = m_plan.request;
    m_plan.request.otp.clear(); // the code goes with the creation's copy only
    creation->start(std::move(request), policy, this, [this](const CreationOutcome &created) {
        m_outcome.surplusRevoked = created.surplusRevoked;
        m_outcome.surplusNotRevoked = created.surplusNotRevoked;
        m_outcome.surplusCandidates = created.surplusCandidates;
        if (!created.created()) {
            fail(rotationStepOf(created.failedStep), *created.error);
            return;
        }
        m_outcome.newTokenId = created.token->id;
        if (!created.stored) {
            m_outcome.failedStep = RotationStep::Store;
            m_outcome.error = created.storeError;
            m_outcome.newRevoked = created.revokedUnstored;
            if (created.revokeError) {
                m_outcome.note = tr("The new token %1 could not be revoked either (%2).")
                                     .arg(created.token->id, created.revokeError->message);
                m_outcome.unstoredSecret = std::make_shared<SecretBytes>(m_creation->takeSecret()); // flagged
            }
            report();
            return;
        }
        killPoint("rotate-after-store");
        m_outcome.newStored = true;
        verify();
    });
}

void TokenRotation::verify()
{
    enter(RotationStep::Verify);
    // A client of its own: the signed-in session must not be replaced by the new token.
    auto *probe = new BitGoClient(m_network, m_client->environment(), this);
    probe->signInWithToken(m_creation->secret()->copy(), this, [this, probe](Result<SignedInSession> session) {
        probe->forgetSession();
        probe->deleteLater();
        if (!session.ok()) {
            if (session.error().kind == ErrorKind::IpRestricted) {
                verifyByListing(tr("The new token could not be tried from here: this address is not in its IP "
                                   "allow-list. The listing shows it exists with exactly the requested scopes, "
                                   "limits and IP rules."));
                return;
            }
            failAndUndo(RotationStep::Verify, session.error());
            return;
        }
        if (!session.value().tokenId.isEmpty() && session.value().tokenId != m_outcome.newTokenId) {
            failAndUndo(
                RotationStep::Verify,
                errorOf(
                    ErrorKind::MalformedReply,
                    tr("The session call with the new token named another token (%1).").arg(session.value().tokenId)));
            return;
        }
        m_outcome.verified = VerifyMethod::SessionCall;
        m_creation->clearSecret(); // stored and working: no copy needed in memory any more
        killPoint("rotate-after-verify");
        revokeOld();
    });
}

void TokenRotation::verifyByListing(const QString &why)
{
    m_client->listTokens(this, [this, why](Result<TokenList> list) {
        if (!list.ok()) {
            failAndUndo(RotationStep::Verify, list.error());
            return;
        }
        for (const AccessToken &token : list.value().tokens) {
            if (token.id != m_outcome.newTokenId)
                continue;
            QString difference;
            if (!RotationPlanner::matches(token, m_plan.request, &difference)) {
                failAndUndo(RotationStep::Verify,
                            errorOf(ErrorKind::MalformedReply,
                                    tr("The new token is not what was asked for: %1.").arg(difference)));
                return;
            }
            m_outcome.verified = VerifyMethod::Listed;
            m_outcome.note = why;
            m_creation->clearSecret();
            killPoint("rotate-after-verify");
            revokeOld();
            return;
        }
        failAndUndo(RotationStep::Verify,
                    errorOf(ErrorKind::NotFound, tr("The new token is missing from the server's list.")));
    });
}

void TokenRotation::revokeOld()
{
    enter(RotationStep::RevokeOld);
    m_client->revokeToken(m_plan.oldToken.id, this, [this](const Result<AccessToken> &revoked) {
        // Already gone on the server is what this step wants.
        if (!revoked.ok() && !revoked.error().isNotFound()) {
            fail(RotationStep::RevokeOld, revoked.error());
            return;
        }
        killPoint("rotate-after-revoke");
        m_outcome.oldRevoked = true;
        forgetOld();
    });
}

void TokenRotation::forgetOld()
{
    enter(RotationStep::ForgetOld);
    if (!m_plan.stored) {
        report();
        return;
    }
    m_vault->forget(*m_plan.stored, this, [this](const Result<Done> &forgotten) {
        if (!forgotten.ok()) {
            fail(RotationStep::ForgetOld, forgotten.error());
            return;
        }
        m_outcome.oldForgotten = true;
        report();
    });
}

void TokenRotation::failAndUndo(RotationStep step, const Error &error)
{
    m_outcome.failedStep = step;
    m_outcome.error = error;
    revokeNewThenReport();
}

void TokenRotation::revokeNewThenReport()
{
    const QString id = m_outcome.newTokenId;
    m_client->revokeToken(id, this, [this, id](const Result<AccessToken> &revoked) {
        if (!revoked.ok() && !revoked.error().isNotFound()) {
            m_outcome.note = tr("The new token %1 could not be revoked either (%2).").arg(id, revoked.error().message);
            if (!m_outcome.newStored)
                m_outcome.unstoredSecret = std::make_shared<SecretBytes>(m_creation->takeSecret()); // flagged
            m_creation->clearSecret();
            report();
            return;
        }
        m_outcome.newRevoked = true;
        m_creation->clearSecret();
        // Revoked: its secret is worthless, its index entry (Stored or StoreFailed) would only confuse.
        for (const StoredToken &entry : m_vault->tokens(m_environmentId, m_userId)) {
            if (entry.tokenId == id) {
                m_vault->forget(entry, this, [this](const Result<Done> &) { report(); });
                return;
            }
        }
        report();
    });
}

void TokenRotation::fail(RotationStep step, const Error &error)
{
    m_outcome.failedStep = step;
    m_outcome.error = error;
    report();
}

void TokenRotation::report()
{
    m_running = false;
    if (m_outcome.failedStep == RotationStep::Finished)
        enter(RotationStep::Finished);
    RotationCallback done = std::move(m_done);
    m_done = nullptr;
    RotationOutcome outcome = m_outcome;
    m_outcome.unstoredSecret.reset(); // handed over: this object keeps no copy
    if (done && m_context)
        done(std::move(outcome));
}

void TokenRotation::retry(QObject *context, RotationCallback done)
{
    const RotationStep failed = m_outcome.failedStep;
    m_context = context;
    m_done = std::move(done);
    if (failed != RotationStep::RevokeOld && failed != RotationStep::ForgetOld) {
        fail(failed, errorOf(ErrorKind::Validation, tr("Only revoking or forgetting the old token can be retried.")));
        return;
    }
    m_running = true;
    m_outcome.failedStep = RotationStep::Finished;
    m_outcome.error.reset();
    failed == RotationStep::RevokeOld ? revokeOld() : forgetOld();
}

void TokenRotation::undo(QObject *context, RotationCallback done)
{
    m_context = context;
    m_done = std::move(done);
    if (m_outcome.failedStep != RotationStep::RevokeOld || m_outcome.newTokenId.isEmpty()) {
        fail(
            m_outcome.failedStep,
            errorOf(ErrorKind::Validation, tr("Only a rotation stopped before revoking the old token can be undone.")));
        return;
    }
    m_running = true;
    revokeNewThenReport();
}

} // namespace bgtm

#include "TokenRotation.h"

#include "app/KillPoints.h"
#include "vault/Vault.h"

#include <QCoreApplication>

namespace bgtm {

namespace {

Error makeError(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

bool isGone(const Error &error)
{
    return error.kind == ErrorKind::NotFound || error.httpStatus == 404;
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
    if (m_created)
        m_created->secret.clear();
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
    checkKeychain();
}

void TokenRotation::enter(RotationStep step)
{
    Q_EMIT stepStarted(step);
}

void TokenRotation::checkKeychain()
{
    enter(RotationStep::CheckKeychain);
    m_vault->checkUsable(this, [this](const Result<Done> &usable) {
        if (!usable.ok()) {
            fail(RotationStep::CheckKeychain, usable.error());
            return;
        }
        recordPending();
    });
}

void TokenRotation::recordPending()
{
    enter(RotationStep::RecordPending);
    const Result<QString> pending = m_vault->recordPending(m_environmentId, m_userId, m_plan.request);
    if (!pending.ok()) {
        fail(RotationStep::RecordPending, pending.error());
        return;
    }
    m_pendingId = pending.value();
    create();
}

void TokenRotation::create()
{
    enter(RotationStep::Create);
    m_client->createToken(m_plan.request, this, [this](Result<CreatedToken> created) {
        // The code is spent either way; it never stays in memory longer than needed.
        m_plan.request.otp.clear();
        if (!created.ok()) {
            // Unanswered after the POST went out: the token may exist. The pending record stays for the next list
            // to settle (flagged for revocation when a token of its shape turns up).
            if (created.error().outcomeUnknown)
                (void)m_vault->leavePending(m_pendingId);
            else
                (void)m_vault->dropPending(m_pendingId);
            fail(RotationStep::Create, created.error());
            return;
        }
        killPoint("rotate-after-create");
        m_created = std::move(created).value();
        m_outcome.newTokenId = m_created->token.id;
        store();
    });
}

void TokenRotation::store()
{
    enter(RotationStep::Store);
    m_vault->storeCreated(m_pendingId, *m_created, this, [this](const Result<Done> &stored) {
        if (!stored.ok()) {
            failAndUndo(RotationStep::Store, stored.error());
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
    probe->signInWithToken(m_created->secret.copy(), this, [this, probe](Result<SignedInSession> session) {
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
        if (!session.value().tokenId.isEmpty() && session.value().tokenId != m_created->token.id) {
            failAndUndo(
                RotationStep::Verify,
                makeError(
                    ErrorKind::MalformedReply,
                    tr("The session call with the new token named another token (%1).").arg(session.value().tokenId)));
            return;
        }
        m_outcome.verified = VerifyMethod::SessionCall;
        m_created->secret.clear(); // stored and working: no copy needed in memory any more
        killPoint("rotate-after-verify");
        settleSurplus();
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
            if (token.id != m_created->token.id)
                continue;
            QString difference;
            if (!RotationPlanner::matches(token, m_plan.request, &difference)) {
                failAndUndo(RotationStep::Verify,
                            makeError(ErrorKind::MalformedReply,
                                      tr("The new token is not what was asked for: %1.").arg(difference)));
                return;
            }
            m_outcome.verified = VerifyMethod::Listed;
            m_outcome.note = why;
            m_created->secret.clear();
            killPoint("rotate-after-verify");
            settleSurplus();
            return;
        }
        failAndUndo(RotationStep::Verify,
                    makeError(ErrorKind::NotFound, tr("The new token is missing from the server's list.")));
    });
}

void TokenRotation::settleSurplus()
{
    // Revoked only when certainly ours (one per extra send of the POST); other candidates may be someone else's
    // token of the same shape: they are reported for the user to decide.
    if (m_created->surplusCheckComplete)
        return revokeSurplus(m_created->surplus);
    for (const AccessToken &candidate : std::as_const(m_created->surplus))
        m_outcome.surplusCandidates.append(candidate.id);
    revokeSurplus({});
}

void TokenRotation::revokeSurplus(QList<AccessToken> surplus)
{
    if (surplus.isEmpty()) {
        revokeOld();
        return;
    }
    const QString id = surplus.takeFirst().id;
    m_client->revokeToken(id, this, [this, id, surplus](const Result<AccessToken> &revoked) {
        (revoked.ok() ? m_outcome.surplusRevoked : m_outcome.surplusNotRevoked).append(id);
        revokeSurplus(surplus);
    });
}

void TokenRotation::revokeOld()
{
    enter(RotationStep::RevokeOld);
    m_client->revokeToken(m_plan.oldToken.id, this, [this](const Result<AccessToken> &revoked) {
        // Already gone on the server is what this step wants.
        if (!revoked.ok() && !isGone(revoked.error())) {
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
    const QString id = m_created->token.id;
    m_client->revokeToken(id, this, [this, id](const Result<AccessToken> &revoked) {
        if (!revoked.ok() && !isGone(revoked.error())) {
            m_outcome.note = tr("The new token %1 could not be revoked either (%2).").arg(id, revoked.error().message);
            if (!m_outcome.newStored)
                m_outcome.unstoredSecret = std::make_shared<SecretBytes>(std::move(m_created->secret)); // flagged
            m_created->secret.clear();
            report();
            return;
        }
        m_outcome.newRevoked = true;
        m_created->secret.clear();
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
        fail(failed, makeError(ErrorKind::Validation, tr("Only revoking or forgetting the old token can be retried.")));
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
    if (m_outcome.failedStep != RotationStep::RevokeOld || !m_created) {
        fail(m_outcome.failedStep,
             makeError(ErrorKind::Validation,
                       tr("Only a rotation stopped before revoking the old token can be undone.")));
        return;
    }
    m_running = true;
    revokeNewThenReport();
}

} // namespace bgtm

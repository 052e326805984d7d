#include "TokenCreation.h"

#include "vault/Vault.h"

#include <QTimer>

namespace bgtm {

TokenCreation::TokenCreation(BitGoClient *client, Vault *vault, QString environmentId, QString userId, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_vault(vault),
      m_environmentId(std::move(environmentId)),
      m_userId(std::move(userId))
{ }

TokenCreation::~TokenCreation()
{
    clearSecret();
    m_request.otp.clear();
}

void TokenCreation::clearSecret()
{
    if (m_created)
        m_created->secret.clear();
}

SecretBytes TokenCreation::takeSecret()
{
    return m_created ? std::exchange(m_created->secret, SecretBytes()) : SecretBytes();
}

void TokenCreation::start(CreateTokenRequest request, CreationPolicy policy, QObject *context, CreationCallback done)
{
    Q_ASSERT(!m_running);
    clearSecret();
    m_created.reset();
    m_request = std::move(request);
    m_policy = policy;
    m_policy.storeAttempts = std::max(1, m_policy.storeAttempts);
    m_pendingId.clear();
    m_surplusSettled = false;
    m_outcome = CreationOutcome();
    m_context = context;
    m_done = std::move(done);
    m_running = true;
    checkKeychain();
}

bool TokenCreation::resume(QObject *context, CreationCallback done)
{
    if (m_running || !m_outcome.mustHandOver() || !m_created || m_created->secret.isEmpty())
        return false;
    m_context = context;
    m_done = std::move(done);
    m_running = true;
    return true;
}

void TokenCreation::retryStore(QObject *context, CreationCallback done)
{
    if (resume(context, std::move(done)))
        store(m_policy.storeAttempts);
}

void TokenCreation::revokeUnstored(QObject *context, CreationCallback done)
{
    if (resume(context, std::move(done))) {
        m_outcome.revokeError.reset();
        revokeUnstoredToken();
    }
}

void TokenCreation::cancel()
{
    if (!m_running)
        return;
    switch (m_step) {
    case CreationStep::CheckKeychain:
        // A keychain job cannot be aborted (QtKeychain 0.13): its answer is ignored, and nothing is sent.
        ++m_generation;
        fail(CreationStep::CheckKeychain,
             errorOf(ErrorKind::Cancelled, tr("Stopped waiting for the keychain; nothing was sent.")));
        return;
    case CreationStep::Create:
        // The client answers Cancelled, saying whether the request had gone out (then the token may exist).
        m_call.cancel();
        return;
    default:
        // Storing and revoking run to their end: stopping them could lose a token the server made.
        return;
    }
}

void TokenCreation::enter(CreationStep step)
{
    m_step = step;
    Q_EMIT stepStarted(step);
}

void TokenCreation::checkKeychain()
{
    enter(CreationStep::CheckKeychain);
    m_vault->checkUsable(this, [this, generation = m_generation](const Result<Done> &usable) {
        if (generation != m_generation)
            return;
        if (!usable.ok()) {
            fail(CreationStep::CheckKeychain, usable.error());
            return;
        }
        recordPending();
    });
}

void TokenCreation::recordPending()
{
    enter(CreationStep::RecordPending);
    const Result<QString> pending = m_vault->recordPending(m_environmentId, m_userId, m_request);
    if (!pending.ok()) {
        fail(CreationStep::RecordPending, pending.error());
        return;
    }
    m_pendingId = pending.value();
    create();
}

void TokenCreation::create()
{
    enter(CreationStep::Create);
    m_call = m_client->createToken(m_request, this, [this](Result<CreatedToken> created) {
        m_call = CallHandle();
        // The code is spent either way; it never stays in memory longer than needed.
        m_request.otp.clear();
        if (!created.ok()) {
            // Unanswered after the POST went out: the token may exist. The record stays for the next complete
            // list to settle; this process gives it up so that any list may.
            m_outcome.mayHaveBeenCreated = created.error().outcomeUnknown;
            if (m_outcome.mayHaveBeenCreated)
                (void)m_vault->leavePending(m_pendingId, created.error().requestsSent);
            else
                (void)m_vault->dropPending(m_pendingId);
            fail(CreationStep::Create, created.error());
            return;
        }
        m_created = std::move(created).value();
        m_outcome.token = m_created->token;
        m_outcome.replyVerified = m_created->replyVerified;
        store(1);
    });
}

void TokenCreation::store(int attempt)
{
    enter(CreationStep::Store);
    m_vault->storeCreated(m_pendingId, *m_created, this, [this, attempt](const Result<Done> &stored) {
        if (stored.ok()) {
            m_outcome.stored = true;
            m_outcome.storeError.reset();
            settleSurplus();
            return;
        }
        m_outcome.storeError = stored.error();
        if (attempt < m_policy.storeAttempts) {
            QTimer::singleShot(m_policy.storeRetryDelay, this, [this, attempt]() { store(attempt + 1); });
            return;
        }
        storeFailed();
    });
}

void TokenCreation::storeFailed()
{
    if (m_policy.onStoreFailure == StoreFailurePolicy::Revoke && !m_outcome.revokeError)
        revokeUnstoredToken();
    else
        settleSurplus();
}

void TokenCreation::revokeUnstoredToken()
{
    enter(CreationStep::RevokeUnstored);
    const QString id = m_created->token.id;
    m_client->revokeToken(id, this, [this, id](const Result<AccessToken> &revoked) {
        if (!revoked.ok() && !revoked.error().isNotFound()) {
            // The token is live and only this process holds it: it is handed over, never dropped.
            m_outcome.revokeError = revoked.error();
            settleSurplus();
            return;
        }
        m_outcome.revokedUnstored = true;
        clearSecret();
        // Revoked: its index entry (StoreFailed) has no secret behind it and would only confuse.
        for (const StoredToken &entry : m_vault->tokens(m_environmentId, m_userId)) {
            if (entry.tokenId == id) {
                m_vault->forget(entry, this, [this](const Result<Done> &) { settleSurplus(); });
                return;
            }
        }
        settleSurplus();
    });
}

void TokenCreation::settleSurplus()
{
    if (m_surplusSettled) {
        report(); // by the first pass, before a retried store or revoke
        return;
    }
    m_surplusSettled = true;
    QStringList ids;
    for (const AccessToken &token : std::as_const(m_created->surplus))
        ids.append(token.id);
    // Revoked only when certainly ours (one per extra send of the POST); other look-alikes may be someone
    // else's token of the same shape: they are reported for the user to decide.
    if (m_created->surplusCheckComplete) {
        revokeSurplus(ids);
        return;
    }
    m_outcome.surplusCandidates = ids;
    m_outcome.surplusUnchecked = ids.isEmpty();
    report();
}

void TokenCreation::revokeSurplus(QStringList ids)
{
    if (ids.isEmpty()) {
        report();
        return;
    }
    enter(CreationStep::RevokeSurplus);
    const QString id = ids.takeFirst();
    m_client->revokeToken(id, this, [this, id, ids](const Result<AccessToken> &revoked) {
        (revoked.ok() ? m_outcome.surplusRevoked : m_outcome.surplusNotRevoked).append(id);
        revokeSurplus(ids);
    });
}

void TokenCreation::fail(CreationStep step, const Error &error)
{
    m_outcome.failedStep = step;
    m_outcome.error = error;
    report();
}

void TokenCreation::report()
{
    m_running = false;
    if (m_outcome.failedStep == CreationStep::Finished)
        enter(CreationStep::Finished);
    CreationCallback done = std::move(m_done);
    m_done = nullptr;
    if (done && m_context)
        done(m_outcome);
}

} // namespace bgtm

#include "RotateCommand.h"

#include "CommandLine.h"
#include "Prompt.h"

#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"
#include "model/Amount.h"
#include "model/CoinCatalogue.h"
#include "net/BitGoClient.h"
#include "vault/Vault.h"

#include <QJsonObject>

namespace bgtm::cli {

namespace {

/// Base units → "0.5 tbtc" when the coin is known, else "<digits> base units of <coin>".
QString coinUnits(const QString &coin, const QString &baseUnits)
{
    if (const CoinInfo *info = CoinCatalogue::embedded().find(coin)) {
        const Result<QString> units = Amount::fromBaseUnits(baseUnits, info->decimals);
        if (units.ok())
            return units.value() + QLatin1Char(' ') + coin;
    }
    return RotateCommand::tr("%1 base units of %2").arg(baseUnits, coin);
}

QString approx(const ServerAmount &amount)
{
    return (amount.exact ? QString() : QStringLiteral("≈")) + amount.digits;
}

ExitCode exitCodeOf(const RotationOutcome &o)
{
    if (o.succeeded() && o.failedStep == RotationStep::Finished)
        return ExitCode::Ok;
    if (o.unstoredSecret)
        return ExitCode::TokenPrintedNotStored;
    if (o.newRevoked)
        return ExitCode::RotationUndone;
    if (!o.newTokenId.isEmpty())
        return ExitCode::RotationIncomplete; // the new token is live and stored; something is left to finish
    return o.error ? exitCodeFor(o.error->kind) : ExitCode::Failure;
}

} // namespace

RotateCommand::RotateCommand(Services services, const Invocation &invocation, QObject *parent)
    : QObject(parent), m_services(std::move(services)), m_invocation(invocation), m_output(invocation.json)
{ }

void RotateCommand::run()
{
    // The old tokens' figures (scopes, limits, what was spent) come from the server's list.
    m_services.client->listTokens(this, [this](Result<TokenList> list) {
        if (!list.ok()) {
            Q_EMIT failed(list.error());
            return;
        }
        planAll(list.value().tokens);
    });
}

void RotateCommand::planAll(const QList<AccessToken> &serverTokens)
{
    QList<AccessToken> targets;
    if (m_invocation.label) {
        for (const AccessToken &token : serverTokens) {
            if (token.label == *m_invocation.label)
                targets.append(token);
        }
        Error error;
        if (targets.isEmpty()) {
            error.kind = ErrorKind::NotFound;
            error.message = tr("No live token is labelled \"%1\".").arg(*m_invocation.label);
        } else if (targets.size() > 1) {
            QStringList ids;
            for (const AccessToken &token : std::as_const(targets))
                ids.append(token.id);
            error.kind = ErrorKind::Ambiguous;
            error.message = tr("%n tokens are labelled \"%1\"; name them by id: %2", nullptr, int(targets.size()))
                                .arg(*m_invocation.label, ids.join(QStringLiteral(", ")));
        }
        if (!error.message.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
    }
    for (const QString &id : std::as_const(m_invocation.tokenIds)) {
        const auto found = std::find_if(serverTokens.cbegin(), serverTokens.cend(),
                                        [&id](const AccessToken &token) { return token.id == id; });
        if (found != serverTokens.cend()) {
            targets.append(*found);
            continue;
        }
        Output::message(tr("error: %1: no live token with this id on the server.").arg(id));
        m_results.append(QJsonObject {{QStringLiteral("oldId"), id},
                                      {QStringLiteral("rotated"), false},
                                      {QStringLiteral("error"), tr("not found")}});
        if (m_firstFailure == ExitCode::Ok)
            m_firstFailure = ExitCode::NotFound;
    }

    RotationOptions options;
    options.newLabel = m_invocation.newLabel.value_or(QString());
    options.carryOverRemaining = m_invocation.carryOverRemaining;
    if (m_invocation.duration) {
        options.lifetimeSeconds = CommandLine::parseDuration(*m_invocation.duration);
        if (!options.lifetimeSeconds) {
            Error error;
            error.kind = ErrorKind::Validation;
            error.field = QStringLiteral("lifetime");
            error.message =
                tr("Use 1d, 30d, 90d, 1y, 10y or a number of seconds, not \"%1\".").arg(*m_invocation.duration);
            Q_EMIT failed(error);
            return;
        }
    }
    if (!m_invocation.templateName.isEmpty()) {
        Error none;
        none.kind = ErrorKind::NotFound;
        none.message = tr("No templates are available.");
        Result<TokenTemplate> found =
            m_services.templates != nullptr ? m_services.templates->find(m_invocation.templateName) : none;
        if (!found.ok()) {
            Q_EMIT failed(found.error());
            return;
        }
        options.fromTemplate = std::move(found.value());
    }
    if (!options.newLabel.isEmpty() && targets.size() > 1) {
        Error error;
        error.kind = ErrorKind::Validation;
        error.field = QStringLiteral("new-label");
        error.message = tr("--new-label names one token; rotate several tokens without it.");
        Q_EMIT failed(error);
        return;
    }

    const QString userId = m_services.client->session().user.id;
    const QList<StoredToken> local = m_services.vault->tokens(m_services.environment.id, userId);
    for (const AccessToken &old : std::as_const(targets)) {
        std::optional<StoredToken> stored;
        for (const StoredToken &entry : local) {
            if (entry.tokenId == old.id)
                stored = entry;
        }
        const Result<RotationPlan> plan = RotationPlanner::plan(old, stored, options);
        if (!plan.ok()) {
            Output::message(tr("error: %1: %2").arg(old.id, plan.error().message));
            m_results.append(QJsonObject {{QStringLiteral("oldId"), old.id},
                                          {QStringLiteral("label"), old.label},
                                          {QStringLiteral("rotated"), false},
                                          {QStringLiteral("failedStep"), QStringLiteral("plan")},
                                          {QStringLiteral("error"), plan.error().message}});
            if (m_firstFailure == ExitCode::Ok)
                m_firstFailure = ExitCode::Validation;
            continue;
        }
        const RotationPlan &p = plan.value();
        Output::message(
            tr("Rotating %1 \"%2\" → \"%3\", lifetime %n day(s)%4", nullptr, int(*p.request.durationSeconds / 86400))
                .arg(old.id, old.label, p.request.label,
                     stored ? QString() : tr(" (its secret is not on this machine)")));
        if (!p.templateName.isEmpty())
            Output::message(
                tr("  shaped after template \"%1\": scopes %2, IP rules %3")
                    .arg(p.templateName, p.request.scope.join(QLatin1Char(',')),
                         p.request.ipRestrict.isEmpty() ? tr("none") : p.request.ipRestrict.join(QLatin1Char(','))));
        for (const CarryOver &c : p.carryOver) {
            QString line = tr("  %1: limit %2, spent %3").arg(c.coin, approx(c.limit), approx(c.spent));
            if (!c.remaining.isEmpty())
                line += tr(", remaining %1").arg(coinUnits(c.coin, c.remaining));
            line += c.carriedOver ? tr(" — carried over") : tr(" — new limit %1").arg(coinUnits(c.coin, c.newLimit));
            if (!c.refusedReason.isEmpty() && m_invocation.carryOverRemaining)
                line += tr(" (no carry-over: %1)").arg(c.refusedReason);
            Output::message(line);
        }
        m_plans.append(p);
    }
    if (m_plans.isEmpty()) {
        finishAll();
        return;
    }
    m_otp = m_invocation.otp.value_or(QString());
    if (!m_invocation.otp) {
        const std::optional<QString> answer = Prompt::readLine(tr("One-time code: "));
        if (!answer || answer->trimmed().isEmpty()) {
            Error error;
            error.kind = ErrorKind::NeedsOtp;
            error.message = tr("A one-time code is needed: pass --otp or answer the prompt.");
            Q_EMIT failed(error);
            return;
        }
        m_otp = answer->trimmed();
    }
    rotateNext();
}

void RotateCommand::rotateNext()
{
    if (m_plans.isEmpty()) {
        m_otp.clear();
        finishAll();
        return;
    }
    Q_EMIT progressed();
    const RotationPlan plan = m_plans.takeFirst();
    auto *rotation = new TokenRotation(m_services.client, m_services.vault, m_services.network,
                                       m_services.environment.id, m_services.client->session().user.id, this);
    connect(rotation, &TokenRotation::stepStarted, this, [](RotationStep step) {
        if (step != RotationStep::Finished)
            Output::message(QStringLiteral("  … %1").arg(TokenRotation::stepName(step)));
    });
    rotation->start(plan, m_otp, this, [this, rotation](const RotationOutcome &outcome) {
        record(outcome);
        rotation->deleteLater();
        rotateNext();
    });
}

void RotateCommand::record(const RotationOutcome &o)
{
    const ExitCode code = exitCodeOf(o);
    if (code != ExitCode::Ok && m_firstFailure == ExitCode::Ok)
        m_firstFailure = code;
    QString verified = QStringLiteral("no");
    if (o.verified == VerifyMethod::SessionCall)
        verified = QStringLiteral("session");
    else if (o.verified == VerifyMethod::Listed)
        verified = QStringLiteral("listed");
    QJsonObject json {{QStringLiteral("oldId"), o.oldTokenId},      {QStringLiteral("newId"), o.newTokenId},
                      {QStringLiteral("label"), o.label},           {QStringLiteral("rotated"), code == ExitCode::Ok},
                      {QStringLiteral("stored"), o.newStored},      {QStringLiteral("verified"), verified},
                      {QStringLiteral("oldRevoked"), o.oldRevoked}, {QStringLiteral("oldForgotten"), o.oldForgotten},
                      {QStringLiteral("newRevoked"), o.newRevoked}, {QStringLiteral("exitCode"), int(code)}};
    if (!m_invocation.templateName.isEmpty())
        json.insert(QStringLiteral("template"), m_invocation.templateName);
    if (o.failedStep != RotationStep::Finished)
        json.insert(QStringLiteral("failedStep"), TokenRotation::stepCode(o.failedStep));
    if (o.error)
        json.insert(QStringLiteral("error"), o.error->message);
    if (!o.note.isEmpty())
        json.insert(QStringLiteral("note"), o.note);
    if (!o.surplusRevoked.isEmpty())
        json.insert(QStringLiteral("surplusRevoked"), QJsonArray::fromStringList(o.surplusRevoked));
    if (!o.surplusNotRevoked.isEmpty())
        json.insert(QStringLiteral("surplusNotRevoked"), QJsonArray::fromStringList(o.surplusNotRevoked));
    if (!o.surplusCandidates.isEmpty())
        json.insert(QStringLiteral("surplusCandidates"), QJsonArray::fromStringList(o.surplusCandidates));
    const bool mayHaveBeenCreated = o.error && o.error->outcomeUnknown;
    if (mayHaveBeenCreated)
        json.insert(QStringLiteral("mayHaveBeenCreated"), true);

    if (!o.note.isEmpty())
        Output::message(tr("note: %1").arg(o.note));
    if (mayHaveBeenCreated)
        Output::message(mayHaveBeenCreatedNote());
    if (!o.surplusCandidates.isEmpty())
        Output::message(surplusCandidatesNote(o.surplusCandidates));
    if (!o.surplusNotRevoked.isEmpty())
        Output::message(tr("error: extra token(s) from a silent resend could NOT be revoked, revoke them yourself: %1")
                            .arg(o.surplusNotRevoked.join(QStringLiteral(", "))));
    switch (code) {
    case ExitCode::Ok:
        break;
    case ExitCode::TokenPrintedNotStored:
        Output::message(tr("WARNING: the new token %1 was created but could be neither stored nor revoked (%2). "
                           "It is printed below, once: store it yourself now, or revoke it with \"tokens revoke "
                           "%1\". The old token %3 is unchanged.")
                            .arg(o.newTokenId, o.error ? o.error->message : QString(), o.oldTokenId));
        break;
    case ExitCode::RotationUndone:
        Output::message(tr("error: %1: %2 failed (%3); the new token %4 was revoked and the old token is unchanged.")
                            .arg(o.oldTokenId, TokenRotation::stepName(o.failedStep),
                                 o.error ? o.error->message : QString(), o.newTokenId));
        break;
    case ExitCode::RotationIncomplete:
        if (o.failedStep == RotationStep::ForgetOld)
            Output::message(tr("warning: %1 was revoked, but could not be removed from this machine (%2); run "
                               "\"tokens forget %1\".")
                                .arg(o.oldTokenId, o.error ? o.error->message : QString()));
        else if (o.failedStep == RotationStep::RevokeOld)
            Output::message(tr("error: the new token %1 is stored and works, but the old token %2 could not be "
                               "revoked (%3): both are valid. Finish with \"tokens revoke %2\".")
                                .arg(o.newTokenId, o.oldTokenId, o.error ? o.error->message : QString()));
        else
            Output::message(tr("error: %1 failed (%2); the new token %3 is stored here but could not be revoked: "
                               "revoke it with \"tokens revoke %3\". The old token %4 is unchanged.")
                                .arg(TokenRotation::stepName(o.failedStep), o.error ? o.error->message : QString(),
                                     o.newTokenId, o.oldTokenId));
        break;
    default:
        Output::message(
            tr("error: %1: %2 failed: %3. Nothing was changed.")
                .arg(o.oldTokenId, TokenRotation::stepName(o.failedStep), o.error ? o.error->message : QString()));
        break;
    }
    if (o.unstoredSecret) {
        if (m_output.json())
            json.insert(QStringLiteral("token"), QString::fromUtf8(o.unstoredSecret->bytes()));
        else
            Output::raw(o.unstoredSecret->bytes() + '\n');
        o.unstoredSecret->clear();
    }
    if (!m_output.json() && code == ExitCode::Ok)
        m_output.line(tr("Rotated %1 → %2 %3").arg(o.oldTokenId, o.newTokenId, o.label));
    m_results.append(json);

    if (m_services.history && code == ExitCode::Ok) {
        HistoryEntry entry;
        entry.action = HistoryAction::Rotated;
        entry.environmentId = m_services.environment.id;
        entry.user = m_services.username;
        entry.tokenId = o.oldTokenId;
        entry.label = o.label;
        entry.origin = QStringLiteral("cli");
        entry.detail = m_invocation.templateName.isEmpty()
            ? tr("new token %1").arg(o.newTokenId)
            : tr("new token %1 from template %2").arg(o.newTokenId, m_invocation.templateName);
        const Status appended = m_services.history->append(entry);
        if (!appended.ok())
            Output::message(tr("warning: the history was not updated: %1").arg(appended.error().message));
    }
}

void RotateCommand::finishAll()
{
    if (m_output.json())
        m_output.document(
            QJsonObject {{QStringLiteral("rotations"), m_results}, {QStringLiteral("exitCode"), int(m_firstFailure)}});
    Q_EMIT finished(m_firstFailure);
}

} // namespace bgtm::cli

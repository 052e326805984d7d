// Commands: the local history and the token templates. Kept apart from Commands.cpp, which holds the
// commands that talk to the server; these only read and write files in the app's data directory.
#include "Commands.h"

#include "history/ActionHistory.h"
#include "history/TokenTemplates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bgtm::cli {

namespace {

QJsonObject entryJson(const HistoryEntry &entry)
{
    QJsonObject json {{QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("action"), ActionHistory::actionName(entry.action)},
                      {QStringLiteral("environment"), entry.environmentId},
                      {QStringLiteral("user"), entry.user},
                      {QStringLiteral("tokenId"), entry.tokenId},
                      {QStringLiteral("label"), entry.label},
                      {QStringLiteral("origin"), entry.origin}};
    if (!entry.detail.isEmpty())
        json.insert(QStringLiteral("detail"), entry.detail);
    return json;
}

QJsonObject templateJson(const TokenTemplate &t)
{
    return QJsonObject {{QStringLiteral("name"), t.name}, {QStringLiteral("request"), t.shape.toJson()}};
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

void Commands::recordHistory(HistoryAction action, const QString &tokenId, const QString &label, const QString &detail,
                             const QString &user)
{
    if (m_services.history == nullptr)
        return;
    HistoryEntry entry;
    entry.action = action;
    entry.environmentId = m_environment.id;
    entry.user = user.isEmpty() ? username() : user;
    if (entry.user.isEmpty())
        entry.user = userId();
    entry.tokenId = tokenId;
    entry.label = label;
    entry.origin = QStringLiteral("cli");
    entry.detail = detail;
    // The action itself succeeded: a history that cannot be written is worth a warning, not a failure.
    if (const Status appended = m_services.history->append(entry); !appended)
        Output::message(tr("warning: the history could not be written: %1").arg(appended.error().message));
}

void Commands::showHistory()
{
    if (m_services.history == nullptr) {
        fail(ExitCode::Failure, tr("Internal error: no history."));
        return;
    }
    std::optional<HistoryAction> action;
    if (!m_invocation.historyAction.isEmpty()) {
        action = ActionHistory::actionFromName(m_invocation.historyAction);
        if (!action) {
            QStringList names;
            for (const HistoryAction a : ActionHistory::allActions())
                names.append(ActionHistory::actionName(a));
            fail(ExitCode::Usage, tr("--action must be one of: %1.").arg(names.join(QStringLiteral(", "))));
            return;
        }
    }
    const Result<ActionHistory::ReadResult> read = m_services.history->read();
    if (!read) {
        fail(read.error());
        return;
    }
    QList<HistoryEntry> entries;
    for (const HistoryEntry &entry : read.value().entries) {
        if (!action || entry.action == *action)
            entries.append(entry);
    }
    if (m_invocation.historyLimit > 0 && entries.size() > m_invocation.historyLimit)
        entries = entries.mid(entries.size() - m_invocation.historyLimit);
    if (read.value().skippedLines > 0)
        Output::message(tr("note: %n line(s) of the history could not be read (e.g. torn by a crash) and were skipped.",
                           nullptr, read.value().skippedLines));
    if (m_invocation.csv) {
        Output::raw(ActionHistory::toCsv(entries));
    } else if (m_output.json()) {
        QJsonArray array;
        for (const HistoryEntry &entry : std::as_const(entries))
            array.append(entryJson(entry));
        m_output.document(QJsonObject {{QStringLiteral("entries"), array},
                                       {QStringLiteral("skippedLines"), read.value().skippedLines}});
    } else if (entries.isEmpty()) {
        m_output.line(tr("No history."));
    } else {
        QList<QStringList> rows;
        for (const HistoryEntry &e : std::as_const(entries)) {
            rows.append({QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat),
                         ActionHistory::actionName(e.action), orDash(e.environmentId), orDash(e.user),
                         orDash(e.tokenId), orDash(e.label), orDash(e.origin), e.detail});
        }
        m_output.table(
            {tr("TIME"), tr("ACTION"), tr("ENV"), tr("USER"), tr("TOKEN"), tr("LABEL"), tr("ORIGIN"), tr("DETAIL")},
            rows);
    }
    finish(ExitCode::Ok);
}

void Commands::runTemplates()
{
    if (m_services.templates == nullptr) {
        fail(ExitCode::Failure, tr("Internal error: no templates."));
        return;
    }
    TokenTemplates &templates = *m_services.templates;
    const QString &name = m_invocation.templateName;
    switch (m_invocation.command) {
    case Invocation::Command::TemplatesList: {
        const Result<QList<TokenTemplate>> list = templates.list();
        if (!list) {
            fail(list.error());
            return;
        }
        if (m_output.json()) {
            QJsonArray array;
            for (const TokenTemplate &t : list.value())
                array.append(templateJson(t));
            m_output.document(QJsonObject {{QStringLiteral("templates"), array}});
        } else if (list.value().isEmpty()) {
            m_output.line(tr("No templates."));
        } else {
            QList<QStringList> rows;
            for (const TokenTemplate &t : list.value()) {
                const qint64 days = t.shape.durationSeconds.value_or(0) / 86400;
                rows.append({t.name, t.shape.scope.join(QLatin1Char(',')),
                             t.shape.durationSeconds ? tr("%n day(s)", nullptr, int(days)) : QStringLiteral("-"),
                             orDash(t.shape.ipRestrict.join(QLatin1Char(',')))});
            }
            m_output.table({tr("NAME"), tr("SCOPES"), tr("LIFETIME"), tr("IP RULES")}, rows);
        }
        finish(ExitCode::Ok);
        return;
    }
    case Invocation::Command::TemplatesShow: {
        const Result<TokenTemplate> found = templates.find(name);
        if (!found) {
            fail(found.error());
            return;
        }
        if (m_output.json())
            m_output.document(templateJson(found.value()));
        else
            m_output.line(QString::fromUtf8(QJsonDocument(templateJson(found.value())).toJson(QJsonDocument::Indented))
                              .trimmed());
        finish(ExitCode::Ok);
        return;
    }
    case Invocation::Command::TemplatesSave: {
        // The one validator checks the shape as it would check a create: a stand-in label and code, dropped again.
        m_invocation.label = QStringLiteral("template");
        m_invocation.otp = QStringLiteral("pending");
        const std::optional<CreateTokenRequest> request = buildCreateRequest();
        if (!request)
            return;
        const TokenTemplate tokenTemplate = TokenTemplate::fromRequest(name, *request);
        if (const Status saved = templates.save(tokenTemplate); !saved) {
            fail(saved.error());
            return;
        }
        if (m_output.json())
            m_output.document(templateJson(tokenTemplate));
        else
            m_output.line(tr("Saved template \"%1\".").arg(tokenTemplate.name));
        finish(ExitCode::Ok);
        return;
    }
    case Invocation::Command::TemplatesDelete: {
        if (const Status removed = templates.remove(name); !removed) {
            fail(removed.error());
            return;
        }
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("deleted"), true}});
        else
            m_output.line(tr("Deleted template \"%1\".").arg(name));
        finish(ExitCode::Ok);
        return;
    }
    case Invocation::Command::TemplatesImport: {
        const Result<QStringList> imported = templates.importFrom(m_invocation.templateFile);
        if (!imported) {
            fail(imported.error());
            return;
        }
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("imported"), QJsonArray::fromStringList(imported.value())}});
        else
            m_output.line(tr("Imported %n template(s): %1", nullptr, int(imported.value().size()))
                              .arg(imported.value().join(QStringLiteral(", "))));
        finish(ExitCode::Ok);
        return;
    }
    case Invocation::Command::TemplatesExport: {
        if (const Status exported = templates.exportTo(m_invocation.templateFile, m_invocation.templateNames);
            !exported) {
            fail(exported.error());
            return;
        }
        if (m_output.json())
            m_output.document(QJsonObject {{QStringLiteral("file"), m_invocation.templateFile}});
        else
            m_output.line(tr("Wrote the templates to %1.").arg(m_invocation.templateFile));
        finish(ExitCode::Ok);
        return;
    }
    default:
        fail(ExitCode::Failure, tr("Internal error: not a templates command."));
        return;
    }
}

bool Commands::applyTemplate(CreateTokenRequest &request)
{
    // "templates save <name>" validates through the same builder: its name is the template being made, not a source.
    if (m_invocation.command != Invocation::Command::TokensCreate || m_invocation.templateName.isEmpty())
        return true;
    if (m_services.templates == nullptr) {
        fail(ExitCode::Failure, tr("Internal error: no templates."));
        return false;
    }
    const Result<TokenTemplate> found = m_services.templates->find(m_invocation.templateName);
    if (!found) {
        fail(found.error());
        return false;
    }
    // Options given on the command line win; everything else comes from the template.
    const CreateTokenRequest &shape = found.value().shape;
    if (m_invocation.scopes.isEmpty())
        request.scope = shape.scope;
    if (m_invocation.ips.isEmpty())
        request.ipRestrict = shape.ipRestrict;
    if (m_invocation.enterprise.isEmpty())
        request.enterprise = shape.enterprise;
    if (!m_invocation.admin) {
        request.admin = shape.admin;
        if (m_invocation.adminScope.isEmpty())
            request.adminScope = shape.adminScope;
    }
    if (m_invocation.limits.isEmpty() && m_invocation.maxLimits.isEmpty()) {
        request.spendingLimits = shape.spendingLimits;
        request.allErc20TokensLimit = shape.allErc20TokensLimit;
    }
    if (!m_invocation.duration && shape.durationSeconds)
        request.durationSeconds = shape.durationSeconds;
    return true;
}

} // namespace bgtm::cli

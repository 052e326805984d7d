#include "TokenTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace bgtm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bgtm::TokenTemplates", text);
}

/// The request without what must never be in a template: the label names one token, the code is single-use.
CreateTokenRequest shapeOf(CreateTokenRequest request)
{
    request.label.clear();
    request.otp.clear();
    return request;
}

} // namespace

TokenTemplate TokenTemplate::fromRequest(const QString &name, const CreateTokenRequest &request)
{
    return TokenTemplate {name.trimmed(), shapeOf(request)};
}

CreateTokenRequest TokenTemplate::toRequest(const QString &label) const
{
    CreateTokenRequest request = shapeOf(shape);
    request.label = label;
    return request;
}

TokenTemplates::TokenTemplates(QString filePath) : m_filePath(std::move(filePath)) { }

QString TokenTemplates::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/templates.json");
}

QByteArray TokenTemplates::toJson(const QList<TokenTemplate> &templates)
{
    QJsonArray array;
    for (const TokenTemplate &t : templates) {
        // toJson omits empty fields; shapeOf guarantees there is no label or code to omit.
        array.append(
            QJsonObject {{QStringLiteral("name"), t.name}, {QStringLiteral("request"), shapeOf(t.shape).toJson()}});
    }
    const QJsonObject root {{QStringLiteral("format"), QStringLiteral("bitgo-token-manager-templates")},
                            {QStringLiteral("version"), kVersion},
                            {QStringLiteral("templates"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QList<TokenTemplate>> TokenTemplates::fromJson(const QByteArray &json)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return errorOf(ErrorKind::Validation,
                       tr("This is not a templates file (not JSON: %1).").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1 || !root.value(QStringLiteral("templates")).isArray())
        return errorOf(ErrorKind::Validation, tr("This is not a templates file (no version or no templates)."));
    if (version > kVersion)
        return errorOf(ErrorKind::Validation,
                       tr("This templates file was written by a newer version (format %1).").arg(version));
    QList<TokenTemplate> templates;
    const QJsonArray items = root.value(QStringLiteral("templates")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString name = item.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || !item.value(QStringLiteral("request")).isObject())
            return errorOf(ErrorKind::Validation, tr("A template in this file has no name or no request."));
        // A shared file is foreign input: a label or code in it is dropped, never carried into a request.
        templates.append(TokenTemplate::fromRequest(
            name, CreateTokenRequest::fromJson(item.value(QStringLiteral("request")).toObject())));
    }
    return templates;
}

Result<QList<TokenTemplate>> TokenTemplates::list() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return QList<TokenTemplate> {};
    if (!file.open(QIODevice::ReadOnly))
        return errorOf(ErrorKind::Io,
                       tr("The templates file %1 could not be read: %2").arg(m_filePath, file.errorString()));
    Result<QList<TokenTemplate>> parsed = fromJson(file.readAll());
    if (!parsed)
        return errorOf(ErrorKind::Io,
                       tr("The templates file %1 is damaged: %2").arg(m_filePath, parsed.error().message));
    QList<TokenTemplate> templates = std::move(parsed).value();
    std::sort(templates.begin(), templates.end(), [](const TokenTemplate &a, const TokenTemplate &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    return templates;
}

Result<TokenTemplate> TokenTemplates::find(const QString &name) const
{
    const Result<QList<TokenTemplate>> templates = list();
    if (!templates)
        return templates.error();
    for (const TokenTemplate &t : templates.value()) {
        if (t.name == name.trimmed())
            return t;
    }
    return errorOf(ErrorKind::NotFound, tr("There is no template named \"%1\".").arg(name));
}

Status TokenTemplates::save(const TokenTemplate &tokenTemplate)
{
    const TokenTemplate cleaned = TokenTemplate::fromRequest(tokenTemplate.name, tokenTemplate.shape);
    if (cleaned.name.isEmpty())
        return errorOf(ErrorKind::Validation, tr("A template needs a name."));
    Result<QList<TokenTemplate>> templates = list();
    if (!templates)
        return templates.error();
    QList<TokenTemplate> updated = std::move(templates).value();
    updated.removeIf([&cleaned](const TokenTemplate &t) { return t.name == cleaned.name; });
    updated.append(cleaned);
    return write(m_filePath, updated);
}

Status TokenTemplates::remove(const QString &name)
{
    Result<QList<TokenTemplate>> templates = list();
    if (!templates)
        return templates.error();
    QList<TokenTemplate> updated = std::move(templates).value();
    if (updated.removeIf([&name](const TokenTemplate &t) { return t.name == name.trimmed(); }) == 0)
        return errorOf(ErrorKind::NotFound, tr("There is no template named \"%1\".").arg(name));
    return write(m_filePath, updated);
}

Status TokenTemplates::exportTo(const QString &path, const QStringList &names) const
{
    const Result<QList<TokenTemplate>> templates = list();
    if (!templates)
        return templates.error();
    QList<TokenTemplate> chosen;
    for (const QString &name : names) {
        const auto it = std::find_if(templates.value().cbegin(), templates.value().cend(),
                                     [&name](const TokenTemplate &t) { return t.name == name.trimmed(); });
        if (it == templates.value().cend())
            return errorOf(ErrorKind::NotFound, tr("There is no template named \"%1\".").arg(name));
        chosen.append(*it);
    }
    return write(path, names.isEmpty() ? templates.value() : chosen);
}

Result<QStringList> TokenTemplates::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return errorOf(ErrorKind::Io, tr("%1 could not be read: %2").arg(path, file.errorString()));
    const Result<QList<TokenTemplate>> imported = fromJson(file.readAll());
    if (!imported)
        return imported.error();
    Result<QList<TokenTemplate>> templates = list();
    if (!templates)
        return templates.error();
    QList<TokenTemplate> updated = std::move(templates).value();
    QStringList names;
    for (const TokenTemplate &t : imported.value()) {
        updated.removeIf([&t](const TokenTemplate &existing) { return existing.name == t.name; });
        updated.append(t);
        names.append(t.name);
    }
    if (const Status written = write(m_filePath, updated); !written)
        return written.error();
    return names;
}

Status TokenTemplates::write(const QString &path, const QList<TokenTemplate> &templates) const
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return errorOf(ErrorKind::Io, tr("The folder %1 could not be created.").arg(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return errorOf(ErrorKind::Io, tr("%1 could not be written: %2").arg(path, file.errorString()));
    // No secrets in it, but a team's IP rules and enterprise id are nobody else's business: owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = toJson(templates);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return errorOf(ErrorKind::Io, tr("%1 could not be written: %2").arg(path, file.errorString()));
    return Done {};
}

} // namespace bgtm

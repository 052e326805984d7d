#include "ActionHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace bgtm {

namespace {

constexpr int kLineVersion = 1;

Error ioError(const QString &message)
{
    Error error;
    error.kind = ErrorKind::Io;
    error.message = message;
    return error;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("bgtm::ActionHistory", text);
}

struct ActionNameEntry {
    HistoryAction action;
    const char *name;
};

// The names are the file format and the CLI's --action values: never rename one.
constexpr ActionNameEntry s_actionNames[] = {
    {HistoryAction::SignedIn, "signed-in"},  {HistoryAction::SignedOut, "signed-out"},
    {HistoryAction::Created, "created"},     {HistoryAction::StoreFailed, "store-failed"},
    {HistoryAction::Rotated, "rotated"},     {HistoryAction::Revoked, "revoked"},
    {HistoryAction::Stored, "stored"},       {HistoryAction::Imported, "imported"},
    {HistoryAction::Copied, "copied"},       {HistoryAction::Exported, "exported"},
    {HistoryAction::Forgotten, "forgotten"},
};

/// RFC 4180: quote a field when it holds a separator, a quote or a line break; double the quotes inside.
/// A leading =, +, - or @ is prefixed with ' so spreadsheets do not run a label as a formula.
QByteArray csvField(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()
        && (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+') || value.front() == QLatin1Char('-')
            || value.front() == QLatin1Char('@')))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!quote)
        return value.toUtf8();
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + value.toUtf8() + '"';
}

} // namespace

ActionHistory::ActionHistory(QString filePath) : m_filePath(std::move(filePath)) { }

QString ActionHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.jsonl");
}

QString ActionHistory::actionName(HistoryAction action)
{
    for (const ActionNameEntry &entry : s_actionNames) {
        if (entry.action == action)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("unknown");
}

std::optional<HistoryAction> ActionHistory::actionFromName(const QString &name)
{
    for (const ActionNameEntry &entry : s_actionNames) {
        if (name == QLatin1String(entry.name))
            return entry.action;
    }
    return std::nullopt;
}

QList<HistoryAction> ActionHistory::allActions()
{
    QList<HistoryAction> actions;
    for (const ActionNameEntry &entry : s_actionNames)
        actions.append(entry.action);
    return actions;
}

QByteArray ActionHistory::toJsonLine(const HistoryEntry &entry)
{
    QJsonObject json {{QStringLiteral("v"), kLineVersion},
                      {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
                      {QStringLiteral("action"), actionName(entry.action)},
                      {QStringLiteral("environment"), entry.environmentId},
                      {QStringLiteral("user"), entry.user},
                      {QStringLiteral("tokenId"), entry.tokenId},
                      {QStringLiteral("label"), entry.label},
                      {QStringLiteral("origin"), entry.origin}};
    if (!entry.detail.isEmpty())
        json.insert(QStringLiteral("detail"), entry.detail);
    // Compact JSON escapes every control character, so a label with a line break stays on one line.
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<HistoryEntry> ActionHistory::fromJsonLine(const QByteArray &line)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    const std::optional<HistoryAction> action = actionFromName(json.value(QStringLiteral("action")).toString());
    const QDateTime time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    if (!action || !time.isValid())
        return std::nullopt;
    HistoryEntry entry;
    entry.time = time.toUTC();
    entry.action = *action;
    entry.environmentId = json.value(QStringLiteral("environment")).toString();
    entry.user = json.value(QStringLiteral("user")).toString();
    entry.tokenId = json.value(QStringLiteral("tokenId")).toString();
    entry.label = json.value(QStringLiteral("label")).toString();
    entry.origin = json.value(QStringLiteral("origin")).toString();
    entry.detail = json.value(QStringLiteral("detail")).toString();
    return entry;
}

Status ActionHistory::append(HistoryEntry entry) const
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return ioError(tr("The history folder %1 could not be created.").arg(info.absolutePath()));
    QFile file(m_filePath);
    // Unbuffered + Append: the line reaches the kernel in one write at the end of the file, so the GUI and the CLI
    // appending at the same time do not interleave, and a crash tears at most this line.
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return ioError(tr("The history file %1 could not be opened: %2").arg(m_filePath, file.errorString()));
    // An older file, or one created by hand, may be wider than 0600.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = toJsonLine(entry);
    line += '\n';
    // A crash may have left a torn line without its newline: start on a fresh line so this entry stays readable.
    if (const qint64 size = file.size(); size > 0 && file.seek(size - 1)) {
        char last = '\n';
        if (file.getChar(&last) && last != '\n')
            line.prepend('\n');
    }
    if (file.write(line) != line.size() || !file.flush())
        return ioError(tr("The history file %1 could not be written: %2").arg(m_filePath, file.errorString()));
    return Done {};
}

Result<ActionHistory::ReadResult> ActionHistory::read() const
{
    ReadResult result;
    QFile file(m_filePath);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly))
        return ioError(tr("The history file %1 could not be read: %2").arg(m_filePath, file.errorString()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (const std::optional<HistoryEntry> entry = fromJsonLine(line))
            result.entries.append(*entry);
        else
            ++result.skippedLines;
    }
    return result;
}

QByteArray ActionHistory::toCsv(const QList<HistoryEntry> &entries)
{
    QByteArray csv = "time,action,environment,user,token id,label,origin,detail\r\n";
    for (const HistoryEntry &e : entries) {
        const QList<QByteArray> fields {csvField(e.time.toUTC().toString(Qt::ISODate)),
                                        csvField(actionName(e.action)),
                                        csvField(e.environmentId),
                                        csvField(e.user),
                                        csvField(e.tokenId),
                                        csvField(e.label),
                                        csvField(e.origin),
                                        csvField(e.detail)};
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

} // namespace bgtm

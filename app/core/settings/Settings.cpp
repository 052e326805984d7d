#include "Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <optional>

#include <unistd.h>

namespace bgtm {

namespace {
// Keys in one place so a rename cannot leave a stale twin behind.
const auto kClipboardClear = QStringLiteral("security/clipboardClearSeconds");
const auto kLockIdle = QStringLiteral("security/lockAfterIdleMinutes");
const auto kDefaultEnv = QStringLiteral("environments/default");
const auto kCustomEnvs = QStringLiteral("environments/custom");
const auto kStartSandbox = QStringLiteral("environments/startWithSandbox");
const auto kLifetime = QStringLiteral("tokens/defaultLifetimeDays");
const auto kExpiryWarning = QStringLiteral("tokens/expiryWarningDays");
const auto kReviewMaxLifetime = QStringLiteral("review/maxLifetimeDays");
const auto kLanguage = QStringLiteral("ui/language");
const auto kLastEnv = QStringLiteral("signIn/lastEnvironment");
const auto kLastUser = QStringLiteral("signIn/lastUsername");
const auto kLastExportDirectory = QStringLiteral("export/lastDirectory");
const auto kGeometry = QStringLiteral("mainWindow/geometry");
const auto kState = QStringLiteral("mainWindow/state");
const auto kHeader = QStringLiteral("tokenTable/headerState");
const auto kWidths = QStringLiteral("tokenTable/columnWidths");
const auto kSortColumn = QStringLiteral("tokenTable/sortColumn");
const auto kSortAscending = QStringLiteral("tokenTable/sortAscending");

// 10 years is BitGo's maximum token lifetime (protocol doc §4, duration rule: 315 360 000 s = 3650 days).
constexpr int kMaxLifetimeDays = 3650;

int boundedInt(const QSettings *s, const QString &key, int fallback, int lo, int hi)
{
    bool ok = false;
    const int v = s->value(key, fallback).toInt(&ok);
    return ok && v >= lo && v <= hi ? v : fallback;
}

} // namespace

Environment CustomEnvironment::toEnvironment() const
{
    // The model names custom environments; the id must match what the vault and the CLI use.
    Environment environment = Environment::custom(name, QUrl(baseUrl), productionRules, serverXpub);
    environment.hmacVersion = hmacVersion;
    return environment;
}

Settings::Settings(QSettings *settings) : m_settings(settings) { }

Settings::Settings(const QString &path)
    : m_owned(std::make_unique<QSettings>(path, QSettings::IniFormat)), m_settings(m_owned.get())
{ }

Settings::Settings() : Settings(moveEarlierFile()) { }

QString Settings::defaultPath()
{
    const QString name = QCoreApplication::applicationName();
    return QStringLiteral("%1/%2/%2.conf")
        .arg(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), name);
}

QString Settings::moveEarlierFile()
{
    QString path = defaultPath();
    // QSettings' own folder name when QCoreApplication has no organisation name, as in earlier versions.
    QString earlier = QStringLiteral("%1/Unknown Organization/%2.conf")
                          .arg(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                               QCoreApplication::applicationName());
    if (QFileInfo::exists(path) || !QFileInfo::exists(earlier))
        return path;
    if (!QDir().mkpath(QFileInfo(path).path()))
        return earlier;
    // link() makes the new name atomically and fails rather than replace a file (the other program may have moved
    // it a moment ago); the old name goes only once the new one exists.
    const QByteArray from = QFile::encodeName(earlier);
    const QByteArray to = QFile::encodeName(path);
    if (::link(from.constData(), to.constData()) != 0)
        return QFileInfo::exists(path) ? path : earlier;
    (void)::unlink(from.constData());
    QDir().rmdir(QFileInfo(earlier).path()); // only when nothing else is in it
    return path;
}

Settings::~Settings() = default;

std::chrono::seconds Settings::clipboardClearDelay() const
{
    return std::chrono::seconds(boundedInt(m_settings, kClipboardClear, DefaultClipboardClearSeconds, 0, 3600));
}

void Settings::setClipboardClearDelay(std::chrono::seconds delay)
{
    m_settings->setValue(kClipboardClear, static_cast<int>(std::clamp<long long>(delay.count(), 0, 3600)));
}

QString Settings::defaultEnvironmentId() const
{
    const QString id = m_settings->value(kDefaultEnv).toString();
    return id.isEmpty() ? QStringLiteral("test") : id;
}

void Settings::setDefaultEnvironmentId(const QString &id)
{
    m_settings->setValue(kDefaultEnv, id);
}

QList<CustomEnvironment> Settings::customEnvironments() const
{
    QList<CustomEnvironment> list;
    const int n = m_settings->beginReadArray(kCustomEnvs);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        CustomEnvironment e;
        e.name = m_settings->value(QStringLiteral("name")).toString();
        e.baseUrl = m_settings->value(QStringLiteral("baseUrl")).toString();
        e.productionRules = m_settings->value(QStringLiteral("productionRules"), false).toBool();
        e.serverXpub = m_settings->value(QStringLiteral("serverXpub")).toString();
        // Anything but an explicit 2 is the default, v3: a typo must not quietly turn replay checks off.
        e.hmacVersion =
            m_settings->value(QStringLiteral("authVersion")).toInt() == 2 ? HmacVersion::V2 : HmacVersion::V3;
        if (!e.name.isEmpty() && !e.baseUrl.isEmpty())
            list.append(e);
    }
    m_settings->endArray();
    return list;
}

void Settings::setCustomEnvironments(const QList<CustomEnvironment> &environments)
{
    m_settings->remove(kCustomEnvs);
    m_settings->beginWriteArray(kCustomEnvs, static_cast<int>(environments.size()));
    for (int i = 0; i < environments.size(); ++i) {
        m_settings->setArrayIndex(i);
        const CustomEnvironment &e = environments.at(i);
        m_settings->setValue(QStringLiteral("name"), e.name);
        m_settings->setValue(QStringLiteral("baseUrl"), e.baseUrl);
        m_settings->setValue(QStringLiteral("productionRules"), e.productionRules);
        m_settings->setValue(QStringLiteral("serverXpub"), e.serverXpub);
        m_settings->setValue(QStringLiteral("authVersion"), e.hmacVersion == HmacVersion::V2 ? 2 : 3);
    }
    m_settings->endArray();
}

int Settings::defaultTokenLifetimeDays() const
{
    return boundedInt(m_settings, kLifetime, DefaultTokenLifetimeDays, 1, kMaxLifetimeDays);
}

void Settings::setDefaultTokenLifetimeDays(int days)
{
    m_settings->setValue(kLifetime, std::clamp(days, 1, kMaxLifetimeDays));
}

int Settings::expiryWarningDays() const
{
    return boundedInt(m_settings, kExpiryWarning, DefaultExpiryWarningDays, 0, kMaxLifetimeDays);
}

void Settings::setExpiryWarningDays(int days)
{
    m_settings->setValue(kExpiryWarning, std::clamp(days, 0, kMaxLifetimeDays));
}

int Settings::reviewMaxLifetimeDays() const
{
    return boundedInt(m_settings, kReviewMaxLifetime, DefaultReviewMaxLifetimeDays, 1, kMaxLifetimeDays);
}

void Settings::setReviewMaxLifetimeDays(int days)
{
    m_settings->setValue(kReviewMaxLifetime, std::clamp(days, 1, kMaxLifetimeDays));
}

int Settings::lockAfterIdleMinutes() const
{
    return boundedInt(m_settings, kLockIdle, DefaultLockAfterIdleMinutes, 0, 24 * 60);
}

void Settings::setLockAfterIdleMinutes(int minutes)
{
    m_settings->setValue(kLockIdle, std::clamp(minutes, 0, 24 * 60));
}

bool Settings::startWithSandbox() const
{
    return m_settings->value(kStartSandbox, false).toBool();
}
void Settings::setStartWithSandbox(bool on)
{
    m_settings->setValue(kStartSandbox, on);
}

QString Settings::language() const
{
    return m_settings->value(kLanguage).toString();
}
void Settings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguage, language);
}

QString Settings::lastEnvironmentId() const
{
    return m_settings->value(kLastEnv).toString();
}
void Settings::setLastEnvironmentId(const QString &id)
{
    m_settings->setValue(kLastEnv, id);
}
QString Settings::lastUsername() const
{
    return m_settings->value(kLastUser).toString();
}
void Settings::setLastUsername(const QString &username)
{
    m_settings->setValue(kLastUser, username);
}

QString Settings::lastExportDirectory() const
{
    return m_settings->value(kLastExportDirectory).toString();
}
void Settings::setLastExportDirectory(const QString &directory)
{
    m_settings->setValue(kLastExportDirectory, directory);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}
void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(kGeometry, geometry);
}
QByteArray Settings::windowState() const
{
    return m_settings->value(kState).toByteArray();
}
void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(kState, state);
}
QByteArray Settings::tableHeaderState() const
{
    return m_settings->value(kHeader).toByteArray();
}
void Settings::setTableHeaderState(const QByteArray &state)
{
    m_settings->setValue(kHeader, state);
}

QList<int> Settings::columnWidths() const
{
    QList<int> widths;
    const QStringList parts = m_settings->value(kWidths).toStringList();
    for (const QString &p : parts) {
        bool ok = false;
        const int w = p.toInt(&ok);
        widths.append(ok && w > 0 ? w : -1);
    }
    return widths;
}

void Settings::setColumnWidths(const QList<int> &widths)
{
    QStringList parts;
    for (int w : widths)
        parts.append(QString::number(w));
    m_settings->setValue(kWidths, parts);
}

SortState Settings::sortState() const
{
    return {boundedInt(m_settings, kSortColumn, 0, 0, 64), m_settings->value(kSortAscending, true).toBool()};
}

void Settings::setSortState(SortState state)
{
    m_settings->setValue(kSortColumn, state.column);
    m_settings->setValue(kSortAscending, state.ascending);
}

bool Settings::sync(QString *problem)
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (problem)
        *problem = m_settings->status() == QSettings::AccessError
            ? QStringLiteral("The settings file %1 cannot be written.").arg(m_settings->fileName())
            : QStringLiteral("The settings file %1 is malformed.").arg(m_settings->fileName());
    return false;
}

Result<Environment> Settings::environment(const QString &nameIdOrUrl) const
{
    const QString wanted = nameIdOrUrl.isEmpty() ? defaultEnvironmentId() : nameIdOrUrl;
    if (wanted == QLatin1String("test"))
        return Environment::test();
    if (wanted == QLatin1String("prod") || wanted == QLatin1String("production"))
        return Environment::production();
    if (wanted == QLatin1String("sandbox"))
        return Environment::sandbox(QUrl(), QString());
    std::optional<Environment> found;
    for (const CustomEnvironment &custom : customEnvironments()) {
        const Environment e = custom.toEnvironment();
        if (!found && (custom.name == wanted || e.id == wanted))
            found = e;
    }
    if (!found && (wanted.startsWith(QLatin1String("http://")) || wanted.startsWith(QLatin1String("https://")))) {
        const QUrl url(wanted, QUrl::StrictMode);
        if (!url.isValid())
            return errorOf(ErrorKind::Validation,
                           QCoreApplication::translate("bgtm::Settings", "\"%1\" is not a valid URL.").arg(wanted));
        found = Environment::custom(url.host(), url.adjusted(QUrl::StripTrailingSlash), false, {});
    }
    if (!found)
        return errorOf(ErrorKind::Validation,
                       QCoreApplication::translate("bgtm::Settings",
                                                   "Unknown environment \"%1\": use test, prod, sandbox, the name of "
                                                   "a custom environment or a base URL.")
                           .arg(wanted));
    if (const QString problem = found->transportProblem(); !problem.isEmpty())
        return errorOf(ErrorKind::Validation, problem);
    return *found;
}

} // namespace bgtm

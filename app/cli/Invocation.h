#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace bgtm::cli {

/// One parsed command line: what to do and with which options. Holds no secret (secrets come from stdin).
struct Invocation {
    enum class Command {
        Help,
        Version,
        Login,
        Logout,
        Session,
        Unlock,
        Lock,
        TokensList,
        TokensCreate,
        TokensRevoke,
        TokensExport,
        TokensImport,
        TokensForget,
        TokensReview,
        TokensRotate,
        History,
        TemplatesList,
        TemplatesShow,
        TemplatesSave,
        TemplatesDelete,
        TemplatesImport,
        TemplatesExport,
    };
    enum class OnStoreFailure { Print, Revoke };
    enum class ExportFormat { Raw, Env, Shell };

    Command command = Command::Help;

    // Global options (defaults from BITGO_ENV / BITGO_USER are applied by the parser).
    QString environment;
    QString user;
    bool json = false;

    // login / unlock / create
    bool passwordStdin = false;
    bool tokenStdin = false;
    std::optional<QString> otp;
    std::optional<QString> duration; ///< as typed: "90d", "1y", "3600"

    // tokens create
    std::optional<QString> label;
    QStringList scopes;
    QList<QPair<QString, QString>> limits; ///< coin, amount in coin units
    QStringList maxLimits;
    QStringList ips;
    QString enterprise;
    bool admin = false;
    QString adminScope;
    OnStoreFailure onStoreFailure = OnStoreFailure::Print;
    bool printToken = false;

    // revoke / export / forget
    QString tokenId;
    bool yes = false;
    ExportFormat format = ExportFormat::Raw;

    // tokens rotate: ids as positional words, or --label; --lifetime goes to `duration`
    QStringList tokenIds;
    std::optional<QString> newLabel;
    bool carryOverRemaining = false;

    // tokens review: thresholds overriding the settings
    std::optional<int> maxLifetimeDays;
    std::optional<int> expiringDays;

    // history
    bool csv = false;
    QString historyAction; ///< "--action": an ActionHistory::actionName, empty for all
    int historyLimit = 0;  ///< "--limit N": the last N entries; 0 for all

    // templates; tokens create --template
    QString templateName;      ///< create/save/show/delete: the template's name
    QStringList templateNames; ///< export: the templates to write (all when empty)
    QString templateFile;      ///< import/export: the JSON file
};

} // namespace bgtm::cli

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
};

} // namespace bgtm::cli

#include "CommandLine.h"

#include "ExitCodes.h"

#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace bgtm::cli {

namespace {

using Command = Invocation::Command;

// Options that take a value; every other known option is a flag.
const QSet<QString> &valueOptions()
{
    static const QSet<QString> options {QStringLiteral("env"),
                                        QStringLiteral("user"),
                                        QStringLiteral("otp"),
                                        QStringLiteral("duration"),
                                        QStringLiteral("label"),
                                        QStringLiteral("scope"),
                                        QStringLiteral("limit"),
                                        QStringLiteral("max-limit"),
                                        QStringLiteral("ip"),
                                        QStringLiteral("enterprise"),
                                        QStringLiteral("admin-scope"),
                                        QStringLiteral("on-store-failure"),
                                        QStringLiteral("format"),
                                        QStringLiteral("action"),
                                        QStringLiteral("template"),
                                        QStringLiteral("max-lifetime-days"),
                                        QStringLiteral("expiring-days"),
                                        QStringLiteral("lifetime"),
                                        QStringLiteral("new-label")};
    return options;
}

// Which options each command accepts, besides the global --env, --user, --json.
QSet<QString> allowedOptions(Command command)
{
    switch (command) {
    case Command::Login:
        return {QStringLiteral("password-stdin"), QStringLiteral("token-stdin"), QStringLiteral("otp")};
    case Command::Unlock:
        return {QStringLiteral("otp"), QStringLiteral("duration")};
    case Command::TokensCreate:
        return {QStringLiteral("label"),
                QStringLiteral("scope"),
                QStringLiteral("limit"),
                QStringLiteral("max-limit"),
                QStringLiteral("ip"),
                QStringLiteral("duration"),
                QStringLiteral("enterprise"),
                QStringLiteral("admin"),
                QStringLiteral("admin-scope"),
                QStringLiteral("otp"),
                QStringLiteral("on-store-failure"),
                QStringLiteral("print-token"),
                QStringLiteral("template")};
    case Command::History:
        return {QStringLiteral("csv"), QStringLiteral("action"), QStringLiteral("limit")};
    case Command::TemplatesSave:
        // The shape of a token, as for tokens create (no label, no code: a template holds neither).
        return {QStringLiteral("scope"), QStringLiteral("limit"),      QStringLiteral("max-limit"),
                QStringLiteral("ip"),    QStringLiteral("duration"),   QStringLiteral("enterprise"),
                QStringLiteral("admin"), QStringLiteral("admin-scope")};
    case Command::TemplatesExport:
        return {QStringLiteral("template")};
    case Command::TokensReview:
        return {QStringLiteral("max-lifetime-days"), QStringLiteral("expiring-days")};
    case Command::TokensRotate:
        return {QStringLiteral("label"),     QStringLiteral("lifetime"),
                QStringLiteral("new-label"), QStringLiteral("carry-over-remaining"),
                QStringLiteral("otp"),       QStringLiteral("template")};
    case Command::TokensRevoke:
        return {QStringLiteral("label"), QStringLiteral("yes")};
    case Command::TokensExport:
        return {QStringLiteral("label"), QStringLiteral("format")};
    case Command::TokensImport:
        return {QStringLiteral("token-stdin"), QStringLiteral("label")};
    case Command::TokensForget:
        return {QStringLiteral("label")};
    default:
        return {};
    }
}

/// A word of the command line as shown in an error: long words may be a pasted secret, so they are not echoed.
QString shown(const QString &word)
{
    return word.size() <= 24 ? word : QStringLiteral("%1…").arg(word.left(6));
}

bool isHexDigits(QStringView word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

/// A token id as BitGo issues them: 32 lowercase hex digits (protocol doc §4).
bool isTokenId(QStringView word)
{
    return word.size() == 32 && isHexDigits(word);
}

/// The id `tokens import` gives a token the server would not identify: "local-" and a UUID. It names a token on
/// this machine only, so export and forget take it and revoke does not.
bool isLocalTokenId(QStringView word)
{
    static constexpr QStringView prefix = u"local-";
    return word.size() == prefix.size() + 36 && word.startsWith(prefix)
        && !QUuid::fromString(word.mid(prefix.size())).isNull();
}

/// The shape of an access token: `v2x` and 64 hex digits, or a v1 bearer token of 64 hex digits.
bool looksLikeAccessToken(QStringView word)
{
    const QString lower = word.toString().toLower();
    const QStringView digits = lower.startsWith(u"v2x") ? QStringView(lower).mid(3) : QStringView(lower);
    return digits.size() == 64 && isHexDigits(digits);
}

/// The refusal of a word where a token id belongs. The word itself is never repeated: it may be a pasted secret.
QString notATokenId(QStringView word)
{
    return looksLikeAccessToken(word)
        ? CommandLine::tr("That is not a token id (32 hexadecimal characters); it looks like an access token and "
                          "was not sent anywhere.")
        : CommandLine::tr("That is not a token id (32 hexadecimal characters).");
}

struct Option {
    QString name;
    QString value;
};

} // namespace

std::optional<qint64> CommandLine::parseDuration(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    qint64 unit = 1;
    QString digits = text;
    if (text.endsWith(QLatin1Char('d'))) {
        unit = 86400;
        digits.chop(1);
    } else if (text.endsWith(QLatin1Char('y'))) {
        // 365 days: the "10 years" preset is exactly the protocol maximum 315 360 000 s (protocol doc §4).
        unit = 365 * 86400;
        digits.chop(1);
    }
    if (digits.isEmpty() || digits.size() > 12)
        return std::nullopt;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return digits.toLongLong() * unit;
}

CommandLine::Parsed CommandLine::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    Parsed parsed;
    Invocation &inv = parsed.invocation;
    inv.environment = environment.value(QStringLiteral("BITGO_ENV"));
    inv.user = environment.value(QStringLiteral("BITGO_USER"));

    QStringList words;
    QList<Option> options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            inv.command = Command::Help;
            return parsed;
        }
        if (arg == QLatin1String("--version")) {
            inv.command = Command::Version;
            return parsed;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            words.append(arg);
            continue;
        }
        Option option;
        option.name = arg.mid(2);
        const qsizetype eq = option.name.indexOf(QLatin1Char('='));
        const bool inlineValue = eq >= 0;
        if (inlineValue) {
            option.value = option.name.mid(eq + 1);
            option.name.truncate(eq);
        }
        if (valueOptions().contains(option.name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    parsed.error = tr("Option --%1 needs a value.").arg(option.name);
                    return parsed;
                }
                option.value = arguments.at(++i);
            }
        } else if (inlineValue) {
            parsed.error = tr("Option --%1 takes no value.").arg(option.name);
            return parsed;
        }
        options.append(option);
    }

    // The command.
    static const QHash<QString, Command> topLevel {
        {QStringLiteral("login"), Command::Login},     {QStringLiteral("logout"), Command::Logout},
        {QStringLiteral("session"), Command::Session}, {QStringLiteral("unlock"), Command::Unlock},
        {QStringLiteral("lock"), Command::Lock},       {QStringLiteral("help"), Command::Help},
        {QStringLiteral("version"), Command::Version}, {QStringLiteral("history"), Command::History}};
    static const QHash<QString, Command> templateCommands {
        {QStringLiteral("list"), Command::TemplatesList},     {QStringLiteral("show"), Command::TemplatesShow},
        {QStringLiteral("save"), Command::TemplatesSave},     {QStringLiteral("delete"), Command::TemplatesDelete},
        {QStringLiteral("import"), Command::TemplatesImport}, {QStringLiteral("export"), Command::TemplatesExport}};
    static const QHash<QString, Command> tokenCommands {
        {QStringLiteral("list"), Command::TokensList},     {QStringLiteral("create"), Command::TokensCreate},
        {QStringLiteral("revoke"), Command::TokensRevoke}, {QStringLiteral("export"), Command::TokensExport},
        {QStringLiteral("import"), Command::TokensImport}, {QStringLiteral("forget"), Command::TokensForget},
        {QStringLiteral("review"), Command::TokensReview}, {QStringLiteral("rotate"), Command::TokensRotate}};
    if (words.isEmpty()) {
        parsed.error = tr("No command given. Run with --help for the list of commands.");
        return parsed;
    }
    const QString first = words.takeFirst();
    if (first == QLatin1String("tokens")) {
        if (words.isEmpty() || !tokenCommands.contains(words.first())) {
            parsed.error = words.isEmpty()
                ? tr("\"tokens\" needs a command: list, create, revoke, export, import, forget, review or rotate.")
                : tr("Unknown tokens command \"%1\".").arg(shown(words.first()));
            return parsed;
        }
        inv.command = tokenCommands.value(words.takeFirst());
    } else if (first == QLatin1String("templates")) {
        if (words.isEmpty() || !templateCommands.contains(words.first())) {
            parsed.error = words.isEmpty()
                ? tr("\"templates\" needs a command: list, show, save, delete, import or export.")
                : tr("Unknown templates command \"%1\".").arg(shown(words.first()));
            return parsed;
        }
        inv.command = templateCommands.value(words.takeFirst());
    } else if (topLevel.contains(first)) {
        inv.command = topLevel.value(first);
    } else {
        parsed.error = tr("Unknown command \"%1\". Run with --help for the list of commands.").arg(shown(first));
        return parsed;
    }
    if (inv.command == Command::Help || inv.command == Command::Version)
        return parsed;

    // A token id as the one positional argument of revoke, export and forget.
    const bool takesId = inv.command == Command::TokensRevoke || inv.command == Command::TokensExport
        || inv.command == Command::TokensForget;
    if (takesId && !words.isEmpty())
        inv.tokenId = words.takeFirst();
    // tokens rotate takes several ids; anything that is not an id (a pasted secret?) is refused without echo.
    while (inv.command == Command::TokensRotate && !words.isEmpty()) {
        const QString id = words.takeFirst();
        if (!isTokenId(id)) {
            parsed.error = notATokenId(id);
            return parsed;
        }
        inv.tokenIds.append(id);
    }
    // A template's name (show, save, delete) or a file (import, export) as the positional argument.
    const bool takesTemplateName = inv.command == Command::TemplatesShow || inv.command == Command::TemplatesSave
        || inv.command == Command::TemplatesDelete;
    const bool takesTemplateFile = inv.command == Command::TemplatesImport || inv.command == Command::TemplatesExport;
    if ((takesTemplateName || takesTemplateFile) && words.isEmpty()) {
        parsed.error = takesTemplateName ? tr("Name the template.") : tr("Name the templates file.");
        return parsed;
    }
    if (takesTemplateName)
        inv.templateName = words.takeFirst();
    if (takesTemplateFile)
        inv.templateFile = words.takeFirst();
    const QSet<QString> allowed = allowedOptions(inv.command);
    for (const Option &option : std::as_const(options)) {
        const QString &name = option.name;
        const QString &value = option.value;
        if (name == QLatin1String("env")) {
            inv.environment = value;
        } else if (name == QLatin1String("user")) {
            inv.user = value;
        } else if (name == QLatin1String("json")) {
            inv.json = true;
        } else if (!allowed.contains(name)) {
            parsed.error = valueOptions().contains(name) || name == QLatin1String("password-stdin")
                    || name == QLatin1String("token-stdin") || name == QLatin1String("admin")
                    || name == QLatin1String("print-token") || name == QLatin1String("yes")
                ? tr("Option --%1 does not apply to this command.").arg(name)
                : tr("Unknown option --%1.").arg(shown(name));
            return parsed;
        } else if (name == QLatin1String("lifetime") || name == QLatin1String("duration")) {
            inv.duration = value;
        } else if (name == QLatin1String("new-label")) {
            inv.newLabel = value;
        } else if (name == QLatin1String("carry-over-remaining")) {
            inv.carryOverRemaining = true;
        } else if (name == QLatin1String("password-stdin")) {
            inv.passwordStdin = true;
        } else if (name == QLatin1String("token-stdin")) {
            inv.tokenStdin = true;
        } else if (name == QLatin1String("otp")) {
            inv.otp = value;
        } else if (name == QLatin1String("label")) {
            inv.label = value;
        } else if (name == QLatin1String("scope")) {
            inv.scopes.append(value);
        } else if (name == QLatin1String("limit") && inv.command == Command::History) {
            bool number = false;
            inv.historyLimit = value.toInt(&number);
            if (!number || inv.historyLimit < 1) {
                parsed.error = tr("--limit needs a number of entries, 1 or more.");
                return parsed;
            }
        } else if (name == QLatin1String("csv")) {
            inv.csv = true;
        } else if (name == QLatin1String("action")) {
            inv.historyAction = value;
        } else if (name == QLatin1String("template")) {
            if (inv.command == Command::TemplatesExport)
                inv.templateNames.append(value);
            else
                inv.templateName = value;
        } else if (name == QLatin1String("limit")) {
            const qsizetype eq = value.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                parsed.error = tr("--limit needs <coin>=<amount in coin units>, e.g. --limit tbtc=0.5.");
                return parsed;
            }
            inv.limits.append({value.left(eq), value.mid(eq + 1)});
        } else if (name == QLatin1String("max-limit")) {
            inv.maxLimits.append(value);
        } else if (name == QLatin1String("ip")) {
            inv.ips.append(value);
        } else if (name == QLatin1String("enterprise")) {
            inv.enterprise = value;
        } else if (name == QLatin1String("admin")) {
            inv.admin = true;
        } else if (name == QLatin1String("admin-scope")) {
            inv.adminScope = value;
        } else if (name == QLatin1String("on-store-failure")) {
            if (value == QLatin1String("print")) {
                inv.onStoreFailure = Invocation::OnStoreFailure::Print;
            } else if (value == QLatin1String("revoke")) {
                inv.onStoreFailure = Invocation::OnStoreFailure::Revoke;
            } else {
                parsed.error = tr("--on-store-failure must be print or revoke.");
                return parsed;
            }
        } else if (name == QLatin1String("max-lifetime-days") || name == QLatin1String("expiring-days")) {
            const bool lifetime = name == QLatin1String("max-lifetime-days");
            bool number = false;
            const int days = value.toInt(&number);
            if (!number || days < (lifetime ? 1 : 0) || days > 3650) {
                parsed.error = tr("--%1 needs a number of days, %2 to 3650.").arg(name).arg(lifetime ? 1 : 0);
                return parsed;
            }
            (lifetime ? inv.maxLifetimeDays : inv.expiringDays) = days;
        } else if (name == QLatin1String("print-token")) {
            inv.printToken = true;
        } else if (name == QLatin1String("yes")) {
            inv.yes = true;
        } else if (name == QLatin1String("format")) {
            if (value == QLatin1String("raw")) {
                inv.format = Invocation::ExportFormat::Raw;
            } else if (value == QLatin1String("env")) {
                inv.format = Invocation::ExportFormat::Env;
            } else if (value == QLatin1String("shell")) {
                inv.format = Invocation::ExportFormat::Shell;
            } else {
                parsed.error = tr("--format must be raw, env or shell.");
                return parsed;
            }
        }
    }

    // After the options, so that "--password x" is reported as the unknown option it is.
    if (!words.isEmpty()) {
        parsed.error = tr("Unexpected argument \"%1\". Secrets are read from stdin, never from arguments.")
                           .arg(shown(words.first()));
        return parsed;
    }
    if (inv.command == Command::Login && inv.passwordStdin && inv.tokenStdin) {
        parsed.error = tr("login takes either --password-stdin or --token-stdin, not both.");
        return parsed;
    }
    if (inv.command == Command::TokensImport && !inv.tokenStdin) {
        parsed.error = tr("tokens import reads the token from stdin: pass --token-stdin.");
        return parsed;
    }
    if (takesId) {
        if (inv.tokenId.isEmpty() == !inv.label.has_value()) {
            parsed.error = tr("Name the token by its id or by --label <text> (one of them).");
            return parsed;
        }
        // Checked before anything is sent or printed: a pasted token would otherwise go into a URL and messages.
        const bool idIsLocal = inv.command != Command::TokensRevoke && isLocalTokenId(inv.tokenId);
        if (!inv.tokenId.isEmpty() && !isTokenId(inv.tokenId) && !idIsLocal) {
            parsed.error = notATokenId(inv.tokenId);
            inv.tokenId.clear();
            return parsed;
        }
    }
    if (inv.command == Command::History && inv.csv && inv.json) {
        parsed.error = tr("history prints either --json or --csv, not both.");
        return parsed;
    }
    if (inv.command == Command::TokensRotate && inv.tokenIds.isEmpty() == !inv.label.has_value()) {
        parsed.error = tr("Name the tokens to rotate by their ids or by --label <text> (one of them).");
        return parsed;
    }
    if (inv.command == Command::Unlock && !inv.otp) {
        parsed.error = tr("unlock needs --otp <code>.");
        return parsed;
    }
    return parsed;
}

QString CommandLine::helpText()
{
    return tr(
        "Usage: bitgo-token-manager-cli [--env <environment>] [--user <email>] [--json] <command> [options]\n"
        "\n"
        "Create, store (OS keychain), export and revoke BitGo access tokens.\n"
        "\n"
        "Global options:\n"
        "  --env <e>        test | prod | sandbox | <name of a custom environment> | <base URL>\n"
        "                   (default: $BITGO_ENV, else the default environment in the settings)\n"
        "  --user <email>   account (default: $BITGO_USER, else the last account signed in)\n"
        "  --json           machine-readable output on stdout (see below)\n"
        "  --help, --version\n"
        "\n"
        "Commands:\n"
        "  login [--password-stdin] [--otp <code>]\n"
        "                   password from a no-echo prompt or the first line of stdin; code from --otp or a\n"
        "                   prompt. The session is kept in the keychain until it expires.\n"
        "  login --token-stdin\n"
        "                   sign in with an existing access token read from stdin\n"
        "  logout           end the session on the server and forget it locally\n"
        "  session          who am I, scopes, expiry, unlock state, whether the session was downgraded\n"
        "  unlock --otp <code> [--duration <seconds, 1-3600, default 600>]\n"
        "  lock\n"
        "  tokens list      id, label, scopes, limits, expires, whether the secret is stored here\n"
        "  tokens create --label <text> --scope <s> [--scope <s>…] [--limit <coin>=<amount in coin units>…]\n"
        "                [--max-limit <coin>…] [--ip <address or CIDR>…] [--duration <1d|30d|90d|1y|10y|seconds>]\n"
        "                [--enterprise <id>] [--admin [--admin-scope read|full]] [--otp <code>]\n"
        "                [--on-store-failure=print|revoke] [--print-token] [--template <name>]\n"
        "                   creates the token and stores it in the keychain; prints id and label (the token only\n"
        "                   with --print-token). Without --duration the configured default lifetime (90 days)\n"
        "                   is sent.\n"
        "  tokens revoke <id> | --label <text> [--yes]\n"
        "  tokens export <id> | --label <text> [--format raw|env|shell]\n"
        "                   prints the stored token (raw, BITGO_ACCESS_TOKEN=…, or export BITGO_ACCESS_TOKEN=…);\n"
        "                   reads the keychain only and works offline\n"
        "  tokens import --token-stdin [--label <text>]\n"
        "  tokens forget <id> | --label <text>\n"
        "                   removes the token from this machine (keychain and index); it stays valid on the server.\n"
        "                   Given a token `tokens list` marks may-have-been-created, dismisses that unanswered\n"
        "                   create instead (after revoking the token that was yours, if any)\n"
        "  tokens review [--max-lifetime-days <n>] [--expiring-days <n>]\n"
        "                   security review of every token: spending without a limit, no IP restriction, \"all\"\n"
        "                   or admin rights, lifetime over n days (default 90), expiring within n days (default\n"
        "                   14), not on this machine, secret never stored, unused spend scopes; each with a fix.\n"
        "                   Exits 20 when there are findings (for cron and CI).\n"
        "  tokens rotate <id> [<id>…] | --label <text> [--lifetime <1d|30d|90d|1y|10y|seconds>]\n"
        "                [--new-label <text>] [--carry-over-remaining] [--template <name>] [--otp <code>]\n"
        "                   a new token with the same scopes, limits, IP rules, enterprise and admin flag (lifetime:\n"
        "                   the old one's), stored and verified before the old one is revoked and forgotten here;\n"
        "                   the label is kept. --carry-over-remaining asks for limit − spent per coin.\n"
        "                   --template: the new token takes the template's scopes, limits, IP rules, enterprise,\n"
        "                   admin flag and lifetime instead (--lifetime still wins); with --carry-over-remaining a\n"
        "                   template limit on a coin the old token limited is capped at what the old one has left.\n"
        "  history [--action <a>] [--limit <n>] [--csv]\n"
        "                   what this app and this CLI did on this machine (signed-in, signed-out, created,\n"
        "                   store-failed, stored, rotated, revoked, imported, copied, exported, forgotten), oldest\n"
        "                   first; --limit keeps the last n. Never a secret or a one-time code.\n"
        "  templates list | show <name> | delete <name>\n"
        "  templates save <name> --scope <s>… [--limit …] [--max-limit …] [--ip …] [--duration …]\n"
        "                [--enterprise <id>] [--admin [--admin-scope read|full]]\n"
        "                   a token's shape under a name; tokens create --template <name> uses it (options given\n"
        "                   on the command line win)\n"
        "  templates import <file> | export <file> [--template <name>…]\n"
        "                   share templates as JSON (no label, no code, no secret in them)\n"
        "\n"
        "Secrets are never taken as arguments: passwords and tokens come from stdin or a prompt.\n"
        "BITGO_ACCESS_TOKEN, when set, authenticates this one call instead of the stored session.\n"
        "\n"
        "--json output (BitGo field names):\n"
        "  tokens list    {\"accessTokens\": [{\"id\", \"label\", \"scope\": [..], \"created\", \"expires\",\n"
        "                  \"ipRestrict\": [..], \"enterprise\", \"spendingLimits\": [{\"coin\", \"txValueLimit\",\n"
        "                  \"txValue\", \"exact\"}], \"storedHere\": \"stored|unverified|store-failed|pending|\n"
        "                  flagged-for-revocation|may-have-been-created|revoked|expired|no\"}]}\n"
        "  tokens review  {\"thresholds\", \"findingCount\", \"tokens\": [{\"id\", \"label\", \"expires\",\n"
        "                  \"findings\": [{\"kind\", \"severity\", \"reason\", \"fix\", \"suggested\"?}]}]}\n"
        "  tokens rotate  {\"rotations\": [{\"oldId\", \"newId\", \"label\", \"rotated\", \"stored\", \"verified\":\n"
        "                  \"session|listed|no\", \"oldRevoked\", \"oldForgotten\", \"newRevoked\", \"failedStep\"?,\n"
        "                  \"error\"?, \"note\"?, \"exitCode\"}], \"exitCode\"}\n"
        "  tokens create  {\"id\", \"label\", \"scope\", \"expires\", \"stored\": bool, \"verified\": bool,\n"
        "                  \"surplusRevoked\": [ids], \"surplusCandidates\"?: [ids], \"token\" (only with "
        "--print-token\n"
        "                  or when it could not be stored)}; a failed create that may still have made the token\n"
        "                  adds \"mayHaveBeenCreated\": true to its error\n"
        "  session        {\"session\": {\"id\", \"user\", \"username\", \"scope\", \"expires\", \"unlock\"?: "
        "{\"expires\"},\n"
        "                  \"downgraded\": bool}}\n"
        "  login          {\"user\", \"username\", \"expires\", \"downgraded\"}\n"
        "  history        {\"entries\": [{\"time\", \"action\", \"environment\", \"user\", \"tokenId\", \"label\",\n"
        "                  \"origin\": \"gui|cli\", \"detail\"}], \"skippedLines\"}\n"
        "  templates list {\"templates\": [{\"name\", \"request\": {create-token fields, no label or otp}}]}\n"
        "  revoke/forget/import  {\"id\", \"label\"}; errors: {\"error\", \"name\", \"requestId\", \"exitCode\"} on "
        "stdout\n"
        "  Times are ISO 8601 UTC; amounts in base units as strings.\n"
        "\n"
        "Exit codes:\n"
        "   0  success\n"
        "   1  other failure (local file error, cancelled)\n"
        "   2  usage: unknown command or option, missing argument\n"
        "   3  validation: the request was refused before anything was sent\n"
        "   4  a (correct) one-time code is needed, or the session must be unlocked\n"
        "   5  authentication failed: not signed in, wrong password, session expired or revoked — sign in again\n"
        "   6  not found: no token with that id or label\n"
        "   7  ambiguous label: several tokens carry it — use the id\n"
        "   8  keychain unavailable (locked, missing, failed or not answering)\n"
        "   9  token created but not stored: it was printed once, store it yourself or revoke it\n"
        "  10  network or server error (connection, TLS, timeout, 5xx, malformed reply, rate limit)\n"
        "  11  signature mismatch: a reply failed its HMAC check and was discarded\n"
        "  12  the create request was sent twice (Qt resent it): the extra token was revoked, or look-alike\n"
        "      tokens that may be someone else's are printed for you to check\n"
        "  13  token created but not stored, and revoked (--on-store-failure=revoke)\n"
        "  14  tokens rotate: the new token is stored, but a later step is left to finish (see the message)\n"
        "  15  tokens rotate: a step failed; the new token was revoked and the old one is unchanged\n"
        "  20  tokens review: findings exist (the review itself succeeded)\n");
}

} // namespace bgtm::cli

#include "SandboxOptions.h"

#include "DemoAccounts.h"

namespace bgtm::sandbox {

QString SandboxOptions::parse(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        auto value = [&](QString *out) -> QString {
            if (i + 1 >= arguments.size())
                return QStringLiteral("%1 needs a value").arg(arg);
            *out = arguments.at(++i);
            return {};
        };
        QString v;
        QString error;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            help = true;
        } else if (arg == QLatin1String("--host")) {
            if (!(error = value(&v)).isEmpty())
                return error;
            if (v == QLatin1String("localhost"))
                v = QStringLiteral("127.0.0.1");
            if (!host.setAddress(v))
                return QStringLiteral("--host: not an IP address: %1").arg(v);
        } else if (arg == QLatin1String("--port")) {
            if (!(error = value(&v)).isEmpty())
                return error;
            bool ok = false;
            const uint p = v.toUInt(&ok);
            if (!ok || p > 65535)
                return QStringLiteral("--port: expected 0–65535, got %1").arg(v);
            port = static_cast<quint16>(p);
        } else if (arg == QLatin1String("--tls-cert")) {
            if (!(error = value(&tlsCertificate)).isEmpty())
                return error;
        } else if (arg == QLatin1String("--tls-key")) {
            if (!(error = value(&tlsKey)).isEmpty())
                return error;
        } else if (arg == QLatin1String("--production-rules")) {
            productionRules = true;
        } else if (arg == QLatin1String("--amounts-as")) {
            if (!(error = value(&v)).isEmpty())
                return error;
            if (v == QLatin1String("numbers"))
                amounts = Amounts::Numbers;
            else if (v == QLatin1String("strings"))
                amounts = Amounts::Strings;
            else
                return QStringLiteral("--amounts-as: expected numbers or strings, got %1").arg(v);
        } else if (arg == QLatin1String("--session-ttl")) {
            if (!(error = value(&v)).isEmpty())
                return error;
            bool ok = false;
            sessionTtlSeconds = v.toLongLong(&ok);
            if (!ok || sessionTtlSeconds < 1 || sessionTtlSeconds > 86400 * 30)
                return QStringLiteral("--session-ttl: expected 1–2592000 seconds, got %1").arg(v);
        } else if (arg == QLatin1String("--state")) {
            if (!(error = value(&stateFile)).isEmpty())
                return error;
        } else if (arg == QLatin1String("--users")) {
            if (!(error = value(&usersFile)).isEmpty())
                return error;
        } else if (arg == QLatin1String("--runtime-file")) {
            if (!(error = value(&runtimeFile)).isEmpty())
                return error;
        } else if (arg == QLatin1String("--issued-secrets-log")) {
            if (!(error = value(&issuedSecretsLog)).isEmpty())
                return error;
        } else {
            return QStringLiteral("unknown option: %1 (see --help)").arg(arg);
        }
    }
    if (tlsCertificate.isEmpty() != tlsKey.isEmpty())
        return QStringLiteral("--tls-cert and --tls-key go together");
    return {};
}

QString SandboxOptions::helpText(const QString &serverXpub)
{
    return QStringLiteral(
               "Usage: bitgo-sandbox [options]\n"
               "A BitGo-compatible server for offline use and tests (BitGo's access-token, login and session routes).\n"
               "\n"
               "Options:\n"
               "  --host ADDRESS            listen address (default 127.0.0.1)\n"
               "  --port N                  port; 0 picks a free one (default 0)\n"
               "  --tls-cert FILE           serve HTTPS with this PEM certificate (needs --tls-key)\n"
               "  --tls-key FILE            PEM private key (EC or RSA) of --tls-cert\n"
               "  --production-rules        enforce production rules: ipRestrict required, scope 'all' refused\n"
               "  --amounts-as numbers|strings  spending amounts in replies as JSON numbers (default, as BitGo's\n"
               "                            schema has them) or as decimal strings\n"
               "  --session-ttl SECONDS     lifetime of login sessions (default 3600)\n"
               "  --state FILE              load and persist tokens and sessions (atomic writes, mode 0600)\n"
               "  --users FILE              more accounts: JSON array of {username, password, otp?, userId?,\n"
               "                            legacy?: bool (plaintext login, 64-hex tokens), ecdh?: bool}\n"
               "  --runtime-file FILE       once listening, write {baseUrl, pid, serverXpub, adminSecret}\n"
               "                            (mode 0600); removed on exit\n"
               "  --issued-secrets-log FILE append every issued secret (session and access tokens), one per line;\n"
               "                            for secret-scan tests only\n"
               "  --help                    this text\n"
               "\n"
               "Prints 'listening on <base url>' and 'server xpub <xpub>' once ready; exits cleanly on "
               "SIGINT/SIGTERM.\n"
               "\n"
               "Built-in accounts (OTP %1 for all):\n"
               "  %2 / %3  (ECDH keychain: ECDH login unless forceV1Auth; v2x tokens)\n"
               "  %4 / %5  (legacy: plaintext login, 64-hex v1 bearer tokens)\n"
               "Server xpub (stable): %6\n"
               "\n"
               "Admin routes, under /_sandbox/: GET state, POST tokens, POST spend, POST sessions/expire,\n"
               "GET last-create, POST/DELETE faults, POST reset. They answer loopback callers that send\n"
               "'X-Sandbox-Admin: <adminSecret>', a random secret of this run found only in the runtime file\n"
               "(without --runtime-file the admin routes stay closed).\n"
               "POST tokens with \"count\": N (1-100000) issues N tokens labelled <label>-1..<label>-N in one\n"
               "state write and replies {\"issued\": N}, without their secrets. GET state's counts.requests: API\n"
               "(non-admin) requests answered since start or the last POST reset, which zeroes it (requests\n"
               "refused for their Host are not counted).\n"
               "Every request must carry 'Host: 127.0.0.1:<port>', 'localhost:<port>' or '[::1]:<port>' (or the\n"
               "--host address): other names are refused (421), against DNS rebinding.\n"
               "Fault modes: latency, 500, 503, 429, malformed-json, wrong-hmac, stale-timestamp, drop-mid-body,\n"
               "close-after-commit, commit-then-502, commit-then-504 (performed, then an edge's error); each\n"
               "optionally limited by count and pathPrefix.\n")
        .arg(QLatin1String(DemoAccounts::otp), QLatin1String(DemoAccounts::demoUsername),
             QLatin1String(DemoAccounts::demoPassword), QLatin1String(DemoAccounts::legacyUsername),
             QLatin1String(DemoAccounts::legacyPassword), serverXpub);
}

} // namespace bgtm::sandbox

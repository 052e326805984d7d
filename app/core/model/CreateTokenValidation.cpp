// The one validator of protocol doc §4's rule table. Each rule cites its source as the table does:
// "spec" (BitGo's OpenAPI spec), "seed" (the seed's API reference), "guide" (the Create Access Tokens guide),
// "docs", or "[inferred]" where no source states it.
#include "Amount.h"
#include "CoinCatalogue.h"
#include "CreateTokenRequest.h"
#include "ScopeCatalogue.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>

namespace bgtm {

namespace {

constexpr qint64 s_maxDurationSeconds = 315360000; // 10 × 365 days (guide: "10 years"; exact maximum [inferred])

// Gives the messages one translation context that lupdate sees.
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(bgtm::CreateTokenRequest)
};

QString indexed(const char *field, qsizetype index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(index);
}

// Dotted quad, each part 0–255 written without leading zeros: "010.1.1.1" is octal to some parsers and
// decimal to others, so it is refused rather than guessed [inferred].
bool isIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3 || !Amount::isCanonicalBaseUnits(part) || part.toInt() > 255)
            return false;
    }
    return true;
}

bool isIpv6(const QString &text)
{
    // A zone id ("%eth0") means nothing to a remote server.
    if (!text.contains(QLatin1Char(':')) || text.contains(QLatin1Char('%')))
        return false;
    QHostAddress address;
    return address.setAddress(text) && address.protocol() == QHostAddress::IPv6Protocol;
}

/// The message for one ipRestrict entry, or empty when the entry is acceptable (docs: IPv4 or IPv6
/// addresses; IPv4 CIDR /24–/32; IPv6 CIDR not accepted [inferred]). `canonical` receives a normalised
/// spelling for the duplicate check.
QString ipRestrictProblem(const QString &entry, QString *canonical)
{
    if (entry.trimmed().isEmpty())
        return ValidationText::tr("Enter an IP address or range, or remove the empty entry.");
    if (entry != entry.trimmed() || entry.contains(QLatin1Char(' ')))
        return ValidationText::tr("\"%1\": remove the spaces.").arg(entry);
    const qsizetype slash = entry.indexOf(QLatin1Char('/'));
    const QString address = slash < 0 ? entry : entry.left(slash);
    if (slash >= 0) {
        const QString prefix = entry.mid(slash + 1);
        if (isIpv6(address))
            return ValidationText::tr("\"%1\": IPv6 ranges are not accepted; list IPv6 addresses one by one.")
                .arg(entry);
        if (!isIpv4(address))
            return ValidationText::tr("\"%1\" is not an IPv4 range like 203.0.113.0/24.").arg(entry);
        if (!Amount::isCanonicalBaseUnits(prefix) || prefix.size() > 2)
            return ValidationText::tr("\"%1\": the prefix after \"/\" must be a number from 24 to 32.").arg(entry);
        const int bits = prefix.toInt();
        if (bits < 24 || bits > 32)
            return ValidationText::tr("\"%1\": BitGo accepts ranges from /24 (256 addresses) to /32 only.").arg(entry);
        *canonical = address + QLatin1Char('/') + QString::number(bits);
        return QString();
    }
    if (isIpv4(entry)) {
        *canonical = entry;
        return QString();
    }
    if (isIpv6(entry)) {
        *canonical = QHostAddress(entry).toString();
        return QString();
    }
    return ValidationText::tr("\"%1\" is not an IPv4 or IPv6 address.").arg(entry);
}

/// The message for a txValueLimit, or empty when fine (guide example: base units, an integer sent as a
/// decimal string; we require it canonical — no sign, no leading zeros — so what is shown is what is sent).
QString amountProblem(const QString &value)
{
    if (Amount::isCanonicalBaseUnits(value))
        return QString();
    return ValidationText::tr(
               "\"%1\" is not a whole number of base units: use digits only, without sign, decimal point "
               "or leading zeros.")
        .arg(value);
}

} // namespace

QList<ValidationIssue> validate(const CreateTokenRequest &request, const ValidationContext &context)
{
    QList<ValidationIssue> issues;
    const auto add = [&issues](const QString &field, const QString &message) {
        issues.append(ValidationIssue {field, message});
    };

    // label: non-empty string; duplicates allowed (spec, SDK tests).
    if (request.label.trimmed().isEmpty())
        add(QStringLiteral("label"), ValidationText::tr("Give the token a label so you can recognise it later."));

    // otp: required on create (spec); in the test environment it is 0000000 (cookbook), which we do not force.
    if (request.otp.trimmed().isEmpty())
        add(QStringLiteral("otp"), ValidationText::tr("Enter the one-time code from your authenticator."));

    // scope: non-empty (spec: "in practice"); each known — the 2026 list ∪ the seed's older names — or a
    // per-wallet `<wallet scope>:<walletId>` (spec, seed); no duplicates [inferred]. The known list is
    // ScopeCatalogue, the single source of truth.
    if (request.scope.isEmpty())
        add(QStringLiteral("scope"),
            ValidationText::tr("Choose at least one scope: a token without scopes can do nothing."));
    QSet<QString> seenScopes;
    for (qsizetype i = 0; i < request.scope.size(); ++i) {
        const QString &scope = request.scope.at(i);
        const QString field = indexed("scope", i);
        const ScopeParts parts = ScopeCatalogue::split(scope);
        const std::optional<ScopeInfo> info = ScopeCatalogue::find(parts.base);
        if (scope.isEmpty()) {
            add(field, ValidationText::tr("A scope is empty."));
            continue;
        }
        if (!info) {
            add(field, ValidationText::tr("\"%1\" is not a scope BitGo knows.").arg(scope));
            continue;
        }
        if (parts.hasSuffix) {
            if (!info->acceptsWalletId) {
                add(field,
                    ValidationText::tr(
                        "\"%1\" does not take a wallet id; only wallet_view, wallet_spend, wallet_manage, "
                        "wallet_approve, wallet_edit, wallet_freeze and wallet_stake do.")
                        .arg(parts.base));
                continue;
            }
            // BitGo wallet ids are 32 lowercase hex [inferred from the seed's id pattern].
            if (!ScopeCatalogue::isWalletId(parts.walletId)) {
                add(field,
                    ValidationText::tr("\"%1\": the wallet id after \":\" must be 32 lowercase hexadecimal characters.")
                        .arg(scope));
                continue;
            }
        }
        // all: test environment only (spec); refused wherever production rules apply [inferred].
        if (info->testOnly && context.productionRules)
            add(field,
                ValidationText::tr("\"all\" is allowed in the test environment only; choose the scopes you need."));
        if (seenScopes.contains(scope))
            add(field, ValidationText::tr("\"%1\" is listed twice.").arg(scope));
        seenScopes.insert(scope);
    }

    // duration: integer seconds, 1 … 315 360 000 (guide; exact maximum [inferred]). Absent means the
    // server's default.
    if (request.durationSeconds && (*request.durationSeconds < 1 || *request.durationSeconds > s_maxDurationSeconds)) {
        add(QStringLiteral("duration"),
            ValidationText::tr("The lifetime must be between 1 second and 10 years (315360000 seconds)."));
    }

    // ipRestrict: required where production rules apply (docs); entries per ipRestrictProblem (docs,
    // IPv6 CIDR [inferred]); no duplicates [inferred].
    if (context.productionRules && request.ipRestrict.isEmpty()) {
        add(QStringLiteral("ipRestrict"),
            ValidationText::tr(
                "Production tokens must be limited to IP addresses: add the addresses that will use the token."));
    }
    QSet<QString> seenAddresses;
    for (qsizetype i = 0; i < request.ipRestrict.size(); ++i) {
        QString canonical;
        const QString problem = ipRestrictProblem(request.ipRestrict.at(i), &canonical);
        if (!problem.isEmpty()) {
            add(indexed("ipRestrict", i), problem);
            continue;
        }
        if (seenAddresses.contains(canonical))
            add(indexed("ipRestrict", i), ValidationText::tr("\"%1\" is listed twice.").arg(request.ipRestrict.at(i)));
        seenAddresses.insert(canonical);
    }

    // enterprise: ^[0-9a-f]{32}$ (seed's id pattern [inferred for enterprise]).
    // anchoredPattern, not ^…$: '$' also matches before a trailing newline.
    static const QRegularExpression s_enterpriseId(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{32}")));
    if (!request.enterprise.isEmpty() && !s_enterpriseId.match(request.enterprise).hasMatch()) {
        add(QStringLiteral("enterprise"),
            ValidationText::tr("The enterprise id must be 32 lowercase hexadecimal characters (0-9, a-f)."));
    }

    // adminScope: `read` or `full` (spec); meaningful only together with admin [inferred].
    if (!request.adminScope.isEmpty()) {
        if (request.adminScope != QLatin1String("read") && request.adminScope != QLatin1String("full"))
            add(QStringLiteral("adminScope"), ValidationText::tr("The admin scope must be \"read\" or \"full\"."));
        else if (!request.admin)
            add(QStringLiteral("adminScope"), ValidationText::tr("An admin scope needs the admin option."));
    }

    // spendingLimits[].coin: required (spec), a coin BitGo knows (spec; catalogue from @bitgo/statics),
    // each coin once [inferred].
    QSet<QString> seenCoins;
    for (qsizetype i = 0; i < request.spendingLimits.size(); ++i) {
        const SpendingLimit &limit = request.spendingLimits.at(i);
        const QString prefix = indexed("spendingLimits", i);
        if (limit.coin.isEmpty()) {
            add(prefix + QStringLiteral(".coin"), ValidationText::tr("Choose a coin for this spending limit."));
        } else if (context.coins && !context.coins->find(limit.coin)) {
            add(prefix + QStringLiteral(".coin"),
                ValidationText::tr("\"%1\" is not a coin BitGo knows.").arg(limit.coin));
        } else if (seenCoins.contains(limit.coin)) {
            add(prefix + QStringLiteral(".coin"),
                ValidationText::tr("\"%1\" already has a spending limit; each coin can have one.").arg(limit.coin));
        }
        seenCoins.insert(limit.coin);
        // txValueLimit: non-negative integer in base units as a decimal string (guide example); may be
        // omitted only with maxLimit: true [inferred]. maxLimit itself is a boolean (spec).
        if (limit.txValueLimit.isEmpty()) {
            if (!limit.maxLimit)
                add(prefix + QStringLiteral(".txValueLimit"),
                    ValidationText::tr("Enter an amount, or choose \"no cap\"."));
        } else if (const QString problem = amountProblem(limit.txValueLimit); !problem.isEmpty()) {
            add(prefix + QStringLiteral(".txValueLimit"), problem);
        }
    }

    // allErc20TokensLimit: {enabled?, maxLimit?, txValueLimit?}, amount in base units (spec; unit [inferred]).
    // An enabled limit with neither amount nor maxLimit limits nothing, so it is refused [inferred].
    if (request.allErc20TokensLimit) {
        const Erc20Limit &limit = *request.allErc20TokensLimit;
        if (!limit.txValueLimit.isEmpty()) {
            if (const QString problem = amountProblem(limit.txValueLimit); !problem.isEmpty())
                add(QStringLiteral("allErc20TokensLimit.txValueLimit"), problem);
        } else if (limit.enabled && !limit.maxLimit) {
            add(QStringLiteral("allErc20TokensLimit.txValueLimit"),
                ValidationText::tr("Enter an amount in base units for all ERC-20 tokens, or choose \"no cap\"."));
        }
    }

    return issues;
}

QList<ValidationIssue> cautions(const CreateTokenRequest &request, const ValidationContext &context)
{
    QList<ValidationIssue> found;
    if (!context.coins)
        return found;
    for (qsizetype i = 0; i < request.spendingLimits.size(); ++i) {
        const SpendingLimit &limit = request.spendingLimits.at(i);
        const CoinInfo *coin = context.coins->find(limit.coin);
        if (!coin || limit.maxLimit || !Amount::isCanonicalBaseUnits(limit.txValueLimit))
            continue;
        const QString supply = CoinCatalogue::fixedSupply(*coin);
        const Result<QString> supplyBase = Amount::toBaseUnits(supply, coin->decimals);
        if (supply.isEmpty() || !supplyBase.ok() || Amount::compare(limit.txValueLimit, supplyBase.value()) <= 0)
            continue;
        const QString asCoins = Amount::fromBaseUnits(limit.txValueLimit, coin->decimals).value();
        found.append({indexed("spendingLimits", i) + QStringLiteral(".txValueLimit"),
                      ValidationText::tr("The %1 limit of %2 %1 is more than all the %1 that can ever exist (%3 %1), "
                                         "so it caps nothing. Enter the most this token may spend, or choose \"no "
                                         "cap\" to say so.")
                          .arg(limit.coin, asCoins, supply)});
    }
    return found;
}

} // namespace bgtm

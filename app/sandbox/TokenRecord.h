#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace bgtm::sandbox {

/// One issued secret: a login session or a long-lived access token. Persisted (with its secret: this is a test
/// server, and its state file is 0600) as toStorage()/fromStorage(); shown to clients as document() (never the
/// secret).
struct TokenRecord {
    enum class Kind { Session, Access };
    struct SpendingLimit {
        QString coin;
        QString txValueLimit; ///< decimal base units; empty with maxLimit
        bool maxLimit = false;
        QString txValue = QStringLiteral("0"); ///< spent so far (lifetime)
        qint64 txCount = 0;
    };

    Kind kind = Kind::Access;
    QString id;            ///< 32 hex
    QByteArray secret;     ///< v2x… (67) or 64 hex for legacy accounts
    QByteArray secretHash; ///< lowercase hex SHA-256 of the secret (what HMAC requests carry)
    QString userId;
    QString label;
    QStringList scope;
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    bool revoked = false;
    QStringList ipRestrict;
    QString ip; ///< the creator's address
    QString origin;
    QString enterprise;
    bool hasAdmin = false;
    bool admin = false;
    QString adminScope;
    QList<SpendingLimit> limits;
    QJsonObject allErc20TokensLimit;
    qint64 unlockTimeMs = 0;
    qint64 unlockExpiresMs = 0;

    [[nodiscard]] bool isLive(qint64 nowMs) const { return !revoked && nowMs < expiresMs; }
    [[nodiscard]] bool isUnlocked(qint64 nowMs) const { return unlockExpiresMs > nowMs; }

    /// The token document of §4 (no secret). `amountsAsNumbers` chooses the JSON type of amounts.
    [[nodiscard]] QJsonObject document(qint64 nowMs, bool amountsAsNumbers) const;
    /// `unlock` object: time, expires, txCount, txValue, spendingLimits{coin: {…}}.
    [[nodiscard]] QJsonObject unlockObject(qint64 nowMs, bool amountsAsNumbers) const;

    [[nodiscard]] QJsonObject toStorage() const;
    [[nodiscard]] static TokenRecord fromStorage(const QJsonObject &object);
};

} // namespace bgtm::sandbox

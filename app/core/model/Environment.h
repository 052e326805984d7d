#pragma once

#include "Hmac.h"

#include <QString>
#include <QUrl>

namespace bgtm {

/// A BitGo deployment the user talks to.
struct Environment {
    enum class Kind { Test, Production, Custom, Sandbox };

    Kind kind = Kind::Test;
    QString id;                   ///< stable key for the vault and settings: "test", "prod", "sandbox", "custom-<slug>"
    QString name;                 ///< shown to people
    QUrl baseUrl;                 ///< scheme + host (+ port); no path
    bool productionRules = false; ///< ipRestrict required, `all` refused
    QString serverXpub;           ///< BIP32 xpub for ECDH token decryption
    /// A built-in's name untranslated (context kNameContext), so that what shows it can translate it again after a
    /// language switch; null for a custom environment, whose name is the user's own.
    const char *nameSource = nullptr;
    /// How requests are signed and replies checked (protocol doc §2). v3 by default: only v3 replies carry a time
    /// window, so only v3 refuses a replayed reply. v2 is a fallback for a custom server that does not speak v3.
    HmacVersion hmacVersion = HmacVersion::V3;

    static constexpr const char *kNameContext = "bgtm::Environment";

    static Environment test();
    static Environment production();
    static Environment sandbox(const QUrl &baseUrl, const QString &serverXpub);
    static Environment custom(const QString &name, const QUrl &baseUrl, bool productionRules,
                              const QString &serverXpub);

    /// Plain http:// is acceptable only to loopback; https always. Returns an empty string when acceptable,
    /// otherwise a human reason.
    [[nodiscard]] QString transportProblem() const;
};

} // namespace bgtm

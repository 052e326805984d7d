#include "FuzzEntries.h"

#include "SecretBytes.h"
#include "Sjcl.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace bgtm::fuzz {

namespace {
// The real caps (kMaxPbkdf2Iterations, 256 MiB Argon2) are right for the app but would make each input take
// seconds; inputs asking for more than these small caps are dropped here so the fuzzer spends its time parsing.
constexpr double kFuzzMaxIter = 1000;
constexpr double kFuzzMaxArgon2MemoryKiB = 64;
constexpr double kFuzzMaxArgon2Passes = 2;
constexpr double kFuzzMaxArgon2Lanes = 2;

bool tooSlow(const QJsonObject &o)
{
    const auto over = [&o](const char *name, double cap) {
        const QJsonValue v = o.value(QLatin1StringView(name));
        return v.isDouble() && v.toDouble() > cap;
    };
    return over("iter", kFuzzMaxIter) || over("m", kFuzzMaxArgon2MemoryKiB) || over("t", kFuzzMaxArgon2Passes)
        || over("p", kFuzzMaxArgon2Lanes);
}
} // namespace

int sjclEnvelope(const std::uint8_t *data, std::size_t size)
{
    const QByteArray envelope(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(envelope);
    if (doc.isObject() && tooSlow(doc.object()))
        return 0;
    // The vectors' password, so that seeds from tests/crypto/vectors decrypt and mutations reach the tag check.
    static const SecretBytes password(QByteArrayLiteral("correct horse battery staple"));
    const auto result = sjcl::decrypt(password, envelope);
    if (!cryptoOk(result) && cryptoError(result).message.isEmpty())
        std::abort();
    return 0;
}

} // namespace bgtm::fuzz

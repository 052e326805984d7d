#include "Digest.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace bgtm::digest {

namespace {
QByteArray evpDigest(const EVP_MD *md, const QByteArray &data)
{
    if (md == nullptr)
        return {};
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &length, md, nullptr)
        != 1)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}
} // namespace

QByteArray sha256(const QByteArray &data)
{
    return evpDigest(EVP_sha256(), data);
}

QByteArray hash160(const QByteArray &data)
{
    // Fetch explicitly so that a provider without RIPEMD160 yields an empty result instead of a crash.
    EVP_MD *ripemd = EVP_MD_fetch(nullptr, "RIPEMD160", nullptr);
    if (ripemd == nullptr)
        return {};
    QByteArray out = evpDigest(ripemd, sha256(data));
    EVP_MD_free(ripemd);
    return out;
}

QByteArray hmacSha512(const QByteArray &key, const QByteArray &data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (HMAC(EVP_sha512(), key.constData(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
             reinterpret_cast<unsigned char *>(out.data()), &length)
        == nullptr)
        return {};
    out.truncate(static_cast<qsizetype>(length));
    return out;
}

CryptoError error(CryptoError::Kind kind, const char *message)
{
    return CryptoError {kind, QString::fromLatin1(message)};
}

} // namespace bgtm::digest

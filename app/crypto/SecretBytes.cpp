#include "SecretBytes.h"

#include <openssl/crypto.h>

#include <utility>

namespace bgtm {

namespace {
void wipe(QByteArray &bytes)
{
    // Only wipe a buffer we own alone: detaching a shared one would copy the secret first.
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray();
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}
} // namespace

SecretBytes::SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) { }

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    return SecretBytes(text.toUtf8());
}

SecretBytes::~SecretBytes()
{
    wipe(m_bytes);
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::exchange(other.m_bytes, QByteArray())) { }

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe(m_bytes);
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes SecretBytes::copy() const
{
    // A deep copy, so each owner can wipe its own buffer.
    return SecretBytes(QByteArray(m_bytes.constData(), m_bytes.size()));
}

void SecretBytes::clear()
{
    wipe(m_bytes);
}

bool operator==(const SecretBytes &a, const SecretBytes &b)
{
    if (a.m_bytes.size() != b.m_bytes.size())
        return false;
    return CRYPTO_memcmp(a.m_bytes.constData(), b.m_bytes.constData(), static_cast<size_t>(a.m_bytes.size())) == 0;
}

} // namespace bgtm

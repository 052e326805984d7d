#include "SecretBytes.h"

#include <utility>

namespace bgtm {

namespace {
void wipe(QByteArray &bytes)
{
    wipeInPlace(bytes);
    bytes.clear();
}
} // namespace

void secureWipe(char *data, qsizetype size)
{
    // Volatile stores the compiler may not drop as dead, though the buffer is freed right after.
    volatile char *p = data;
    for (qsizetype i = 0; i < size; ++i)
        p[i] = 0;
}

bool wipeInPlace(QByteArray &bytes)
{
    // isDetached() is false for a shared buffer and for raw data we do not own; data() would copy either first.
    if (bytes.isEmpty() || !bytes.isDetached())
        return false;
    secureWipe(bytes.data(), bytes.size());
    return true;
}

bool constantTimeEqual(const char *a, const char *b, qsizetype size)
{
    // Every byte is compared whatever the earlier ones were: the time says nothing about where they differ.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < size; ++i)
        difference = difference | static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

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
    return constantTimeEqual(a.m_bytes.constData(), b.m_bytes.constData(), a.m_bytes.size());
}

} // namespace bgtm

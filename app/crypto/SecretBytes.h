#pragma once

#include <QByteArray>
#include <QString>

namespace bgtm {

/// Bytes of a secret (token, password, ECDH key). Wipes its buffer when destroyed or cleared.
/// Copying is explicit (`copy()`) so that secrets do not multiply silently through implicit sharing.
/// Never streamed to QDebug; never converted to QString implicitly.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    static SecretBytes fromUtf8(const QString &text);
    ~SecretBytes();

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    [[nodiscard]] SecretBytes copy() const;
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return m_bytes.size(); }
    void clear();

    friend bool operator==(const SecretBytes &a, const SecretBytes &b); ///< constant time

private:
    QByteArray m_bytes;
};

/// Overwrites `size` bytes with zeros in a way the optimiser keeps.
void secureWipe(char *data, qsizetype size);
/// Overwrites the bytes of `bytes` with zeros where they are, keeping the size, when `bytes` is the only owner of
/// its buffer; returns whether it did. A shared buffer is left alone: writing would detach and wipe a fresh copy
/// while the original stays, so the last owner must wipe it (hand buffers on by move, not by copy).
bool wipeInPlace(QByteArray &bytes);
/// Whether two buffers of `size` bytes are equal, in a time that does not depend on their contents.
[[nodiscard]] bool constantTimeEqual(const char *a, const char *b, qsizetype size);

} // namespace bgtm

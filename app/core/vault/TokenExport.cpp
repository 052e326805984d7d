#include "TokenExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace bgtm::TokenExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("bgtm::TokenExport", text);
}

bool dotEnvSafe(const QByteArray &token)
{
    for (const char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
            || c == '-' || c == '.' || c == '+' || c == '/' || c == '=' || c == ':' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QByteArray shellQuote(const QByteArray &text)
{
    // Inside single quotes nothing is special except the quote itself, written as '\''.
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '\'';
    for (const char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

Result<SecretBytes> format(const SecretBytes &token, Format format)
{
    const QByteArray &bytes = token.bytes();
    if (bytes.isEmpty())
        return errorOf(ErrorKind::Validation, tr("There is no token to export."));
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return errorOf(ErrorKind::Validation,
                           tr("The token contains control characters and cannot be exported as text."));
    }
    switch (format) {
    case Format::Raw:
        return SecretBytes(bytes);
    case Format::DotEnv: {
        if (!dotEnvSafe(bytes) && bytes.contains('\''))
            return errorOf(ErrorKind::Validation, tr("The token cannot be written safely as a .env line."));
        // Plain when nothing needs quoting (BitGo tokens are hex); otherwise single quotes, read literally.
        QByteArray line = QByteArrayLiteral("BITGO_ACCESS_TOKEN=");
        line += dotEnvSafe(bytes) ? bytes : QByteArray('\'' + bytes + '\'');
        line += '\n';
        return SecretBytes(line);
    }
    case Format::Shell: {
        QByteArray line = QByteArrayLiteral("export BITGO_ACCESS_TOKEN=") + shellQuote(bytes) + '\n';
        return SecretBytes(line);
    }
    }
    return errorOf(ErrorKind::Validation, tr("Unknown export format."));
}

Status writeFile(const QString &path, const SecretBytes &content)
{
    if (path.isEmpty())
        return errorOf(ErrorKind::Validation, tr("Choose a file to export to."));
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: never overwrite or follow anything already there (with O_CREAT it also refuses a symlink, dangling
    // or not); O_NOFOLLOW says so explicitly. Mode 0600 from the first byte: there is no temporary file.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return errorOf(ErrorKind::Io, tr("%1 already exists; choose a new file name.").arg(path));
        // qt_error_string: strerror_r underneath, unlike std::strerror, which is not thread safe.
        return errorOf(ErrorKind::Io, tr("Cannot create %1: %2").arg(path, qt_error_string(err)));
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // in case an ACL default widened it
    const QByteArray &bytes = content.bytes();
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(native.constData());
            return errorOf(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, qt_error_string(err)));
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const int err = errno;
        ::unlink(native.constData());
        return errorOf(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, qt_error_string(err)));
    }
    return Done {};
#else
    QFile file(path);
    if (QFileInfo(path).isSymLink())
        return errorOf(ErrorKind::Io, tr("%1 is a link; choose a plain file name.").arg(path));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return errorOf(ErrorKind::Io, tr("Cannot create %1: %2").arg(path, file.errorString()));
    if (file.write(content.bytes()) != content.size()) {
        file.remove();
        return errorOf(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    file.close();
    return Done {};
#endif
}

} // namespace bgtm::TokenExport

#include "SessionCryptoLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <mutex>

#include <dlfcn.h>

namespace bgtm {
namespace {

std::atomic<const crypto::SessionCryptoV1 *> s_loaded {nullptr};

QString modulePath()
{
    // Where this binary lives decides which module it may load; the paths come from CMake. Not
    // QCoreApplication::applicationDirPath(): it fills an unsynchronised cache, and this runs on worker threads.
    const QString binaryDir = QFileInfo(QFile::symLinkTarget(QStringLiteral("/proc/self/exe"))).absolutePath();
    const QString buildTree = QStringLiteral(BGTM_BUILD_TREE);
    if (binaryDir == buildTree || binaryDir.startsWith(buildTree + u'/'))
        return QStringLiteral(BGTM_SESSION_CRYPTO_BUILD_PATH);
    return QDir::cleanPath(binaryDir + u'/' + QStringLiteral(BGTM_SESSION_CRYPTO_INSTALLED_RELATIVE));
}

} // namespace

const crypto::SessionCryptoV1 *sessionCrypto(QString *whyNot)
{
    static std::mutex s_mutex;
    static QString s_failure;
    const std::lock_guard lock(s_mutex);
    if (const auto *loaded = s_loaded.load())
        return loaded;
    if (s_failure.isEmpty()) {
        const QString path = modulePath();
        // RTLD_NOW: every symbol bound now; RTLD_LOCAL: nothing in the module (it carries its own copy of the crypto
        // code) stands in for ours. dlopen, not QLibrary: the handle stays open for the process, and QLibrary's
        // bookkeeping of a library still loaded at exit showed up as a leak under LeakSanitizer.
        void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        const auto entry = handle != nullptr
            ? reinterpret_cast<const crypto::SessionCryptoV1 *(*)()>(dlsym(handle, BGTM_SESSION_CRYPTO_ENTRY))
            : nullptr;
        if (entry != nullptr) {
            s_loaded = entry();
        } else {
            // glibc keeps dlerror's message per thread, and this runs under s_mutex.
            const char *reason = dlerror(); // NOLINT(concurrency-mt-unsafe)
            s_failure = QCoreApplication::translate("bgtm::SessionCrypto",
                                                    "The cryptography module %1 could not be loaded (%2). "
                                                    "Reinstall bitgo-token-manager.")
                            .arg(path, reason != nullptr ? QString::fromLocal8Bit(reason) : QStringLiteral("?"));
            if (handle != nullptr)
                dlclose(handle);
        }
    }
    if (whyNot != nullptr && s_loaded.load() == nullptr)
        *whyNot = s_failure;
    return s_loaded.load();
}

const crypto::SessionCryptoV1 *loadedSessionCrypto()
{
    return s_loaded.load();
}

} // namespace bgtm

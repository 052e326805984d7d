#include "SessionCryptoLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>

#include <atomic>
#include <mutex>

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
        QLibrary module(modulePath());
        // Every symbol bound now, none exported to later libraries: nothing in the module (it carries its own copy
        // of the crypto code) can stand in for ours. It stays loaded for the process.
        module.setLoadHints(QLibrary::ResolveAllSymbolsHint);
        const auto entry = module.load()
            ? reinterpret_cast<const crypto::SessionCryptoV1 *(*)()>(module.resolve(BGTM_SESSION_CRYPTO_ENTRY))
            : nullptr;
        if (entry != nullptr) {
            s_loaded = entry();
        } else {
            s_failure = QCoreApplication::translate("bgtm::SessionCrypto",
                                                    "The cryptography module %1 could not be loaded (%2). "
                                                    "Reinstall bitgo-token-manager.")
                            .arg(module.fileName(), module.errorString());
            module.unload();
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

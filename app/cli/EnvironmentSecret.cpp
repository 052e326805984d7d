#include "EnvironmentSecret.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdlib>
#include <cstring>

namespace bgtm::cli {

SecretBytes takeEnvironmentSecret(const char *name)
{
    // getenv, not qgetenv: qgetenv returns a copy, and the value must be wiped where the environment holds it.
    char *value = std::getenv(name); // NOLINT(concurrency-mt-unsafe): called early (header)
    if (!value)
        return {};
    const qsizetype size = qsizetype(std::strlen(value));
    SecretBytes secret(QByteArray(value, size));
    secureWipe(value, size);
    qunsetenv(name);
    return secret;
}

} // namespace bgtm::cli

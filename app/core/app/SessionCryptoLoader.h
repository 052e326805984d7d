#pragma once

#include "SessionCrypto.h"

#include <QString>

namespace bgtm {

/// The session-crypto module (SessionCrypto.h), loaded on the first call from any thread and kept for the process.
/// A binary run from its build tree loads the module built there; an installed one only the module installed
/// beside it (`<prefix>/lib/bitgo-token-manager/`), never one found through a search path or the working directory.
/// Null when it cannot be loaded; `whyNot` then says why, in words for the user.
const crypto::SessionCryptoV1 *sessionCrypto(QString *whyNot = nullptr);
/// The module if an earlier call loaded it, else null; never loads it.
const crypto::SessionCryptoV1 *loadedSessionCrypto();

} // namespace bgtm

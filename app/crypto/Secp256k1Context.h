#pragma once

#include <secp256k1.h>

namespace bgtm::secp {

/// Process-wide libsecp256k1 context, created once (thread-safe static) and randomized. The library's
/// functions take it as const, so sharing it between threads is safe.
[[nodiscard]] const secp256k1_context *context();

} // namespace bgtm::secp

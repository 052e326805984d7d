#include "Secp256k1Context.h"

#include <QtGlobal>

#include <openssl/rand.h>

#include <array>

namespace bgtm::secp {

const secp256k1_context *context()
{
    static secp256k1_context *const s_context = [] {
        secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        // Blinding against side channels; without randomness the context still works, just unblinded.
        std::array<unsigned char, 32> seed {};
        if (RAND_bytes(seed.data(), static_cast<int>(seed.size())) == 1) {
            const int randomized = secp256k1_context_randomize(ctx, seed.data());
            Q_UNUSED(randomized)
        }
        return ctx;
    }();
    return s_context;
}

} // namespace bgtm::secp

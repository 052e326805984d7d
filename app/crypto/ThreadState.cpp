#include "ThreadState.h"

#include <openssl/crypto.h>

namespace bgtm::crypto {

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace bgtm::crypto

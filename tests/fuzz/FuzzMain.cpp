// libFuzzer driver: one per target, forwarding to the entry function named by BGTM_FUZZ_ENTRY.
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return bgtm::fuzz::BGTM_FUZZ_ENTRY(data, size);
}

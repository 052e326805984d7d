#pragma once

#include "SecretBytes.h"

namespace bgtm::cli {

/// Takes the secret in environment variable `name` (BITGO_ACCESS_TOKEN) out of this process: returns its value,
/// overwrites the value with zeros where the environment keeps it (for a variable the process started with, the block
/// /proc/<pid>/environ shows), then unsets it. Nothing made from the environment afterwards
/// (QProcessEnvironment::systemEnvironment(), a started process) sees it. Empty when unset. Call it early, while
/// nothing else reads the environment: the C environment has no lock.
[[nodiscard]] SecretBytes takeEnvironmentSecret(const char *name);

} // namespace bgtm::cli

#pragma once

#include "net/ReplyMappers.h"

#include <QByteArray>
#include <QString>

namespace bgtm::test {

/// The token-list mapping as it was before TokenListReader: QJsonDocument::fromJson, then accessTokenFromObject per
/// item. Kept only as the reference the streaming reader is compared with (tests and the differential fuzzer).
[[nodiscard]] Result<mappers::TokenPage> tokenPageOracle(const QByteArray &json);

/// Empty when both results are the same (success and every field of every token, or the same error kind and
/// message), else a description of the first difference.
[[nodiscard]] QString tokenPageDifference(const Result<mappers::TokenPage> &expected,
                                          const Result<mappers::TokenPage> &actual);

} // namespace bgtm::test

#pragma once

#include "ReplyMappers.h"

#include <QByteArray>

namespace bgtm::mappers {

/// Reads a token-list reply (`{"accessTokens": [...], "nextBatchPrevId": ...}`) in one pass over its UTF-8 bytes,
/// straight into AccessToken values: no QJsonDocument in between, which cost more than the mapping itself at 100 000
/// tokens. It accepts and rejects exactly what QJsonDocument::fromJson followed by accessTokenFromObject did (Qt's
/// grammar, including its leniencies: unknown escapes, unescaped control characters, a UTF-8 byte order mark, the
/// 1024 nesting limit; the last of duplicate keys wins; spending limits in Qt's key order), with the same errors.
/// Hostile input: bounds-checked everywhere, and no recursion beyond the reply's fixed shape.
[[nodiscard]] Result<TokenPage> readTokenList(const QByteArray &json);

} // namespace bgtm::mappers

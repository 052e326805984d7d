#pragma once

#include <QByteArray>

namespace bgtm::bench {

/// A plausible list reply of `count` tokens, the same for every benchmark so that their figures compare: two
/// scopes, an IP rule, two ISO dates, limits in two coins on every third token, labels with a searchable number.
QByteArray generateTokenList(int count);

} // namespace bgtm::bench

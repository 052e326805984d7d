#include "StoredToken.h"

namespace bgtm {

QString StoredToken::keychainKey() const
{
    return environmentId + u'/' + userId + u'/' + tokenId;
}

} // namespace bgtm

#include "FuzzEntries.h"

#include "model/CoinCatalogue.h"
#include "model/CreateTokenRequest.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdlib>

namespace bgtm::fuzz {

int createValidator(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return 0;
    const CreateTokenRequest request = CreateTokenRequest::fromJson(doc.object());
    for (const bool production : {false, true}) {
        const ValidationContext context {production, &CoinCatalogue::embedded()};
        for (const ValidationIssue &issue : validate(request, context))
            if (issue.field.isEmpty() || issue.message.isEmpty())
                std::abort(); // every issue must name its field and say what is wrong
    }
    // toJson is what goes on the wire; reading it back must give the same request.
    const CreateTokenRequest again = CreateTokenRequest::fromJson(request.toJson());
    if (!(again.toJson() == request.toJson()))
        std::abort();
    return 0;
}

} // namespace bgtm::fuzz

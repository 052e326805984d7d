#pragma once

#include <cstddef>
#include <cstdint>

/// Fuzz entry functions, one per target. Each accepts any bytes, feeds them to the real parser and returns 0;
/// a crash, sanitizer report or failed invariant (abort) is the finding. tests/hostile replays the committed
/// regression inputs through the same functions in the normal (gcc) build.
namespace bgtm::fuzz {

/// First byte picks the mapper (login, create, list page, token document, session, user, password check,
/// error reply, Retry-After, Date, amount); the rest is the reply body or header.
int replyMappers(const std::uint8_t *data, std::size_t size);
/// JSON → CreateTokenRequest::fromJson → validate (test and production rules, with the embedded coin catalogue),
/// then the toJson/fromJson round trip must be stable.
int createValidator(const std::uint8_t *data, std::size_t size);
/// Amount conversions: first byte picks decimals and locale; valid conversions must round-trip exactly.
int amount(const std::uint8_t *data, std::size_t size);
/// Split at '\n' into token, subject and received hex HMAC; verify must agree with sign.
int hmacVerify(const std::uint8_t *data, std::size_t size);
/// SJCL v1/v2 envelope parsing, with slow KDF parameters refused before decrypt (we fuzz the parser, not PBKDF2).
int sjclEnvelope(const std::uint8_t *data, std::size_t size);
/// BIP32 xprv/xpub parsing; first line the key, second line a derivation path.
int bip32(const std::uint8_t *data, std::size_t size);
/// Base58 and Base58Check decoding; valid decodes must re-encode to the input.
int base58(const std::uint8_t *data, std::size_t size);
/// A token-list reply through mappers::tokenPage (the streaming TokenListReader) and through the QJsonDocument
/// mapping it replaced (tests/client/TokenPageOracle): any difference in acceptance, error or content aborts.
int tokenListDiff(const std::uint8_t *data, std::size_t size);

} // namespace bgtm::fuzz

#!/usr/bin/env python3
"""Regenerates the committed seed corpora in tests/fuzz/corpus/<target>/ from the repository's real vectors
(tests/crypto/vectors/*.json) and sandbox-shaped replies (protocol doc §3-§6 shapes, as the sandbox sends them).
Run from anywhere: python3 tests/fuzz/make-seeds.py. Seeds carry only the vectors' public test tokens."""
import hashlib, json, os, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
VECTORS = HERE.parent / "crypto" / "vectors"
OUT = HERE / "corpus"

def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)

TOKEN_DOC = {"id": "0123456789abcdef0123456789abcdef", "label": "ci", "scope": ["wallet_view_all", "openid"],
             "created": "2026-01-01T00:00:00.000Z", "expires": "2027-01-01T00:00:00.000Z", "isExtensible": False,
             "origin": "test.bitgo.com", "client": "bgtm",
             "unlock": {"time": "2026-01-01T00:00:00.000Z", "expires": "2026-01-01T00:10:00.000Z",
                        "spendingLimits": {"tbtc": {"txCount": 1, "txValue": "10", "txValueLimit": "1000000000"},
                                           "teth": {"txValue": 0, "txValueLimit": 1e21}}}}
replies = {
    0: [{"access_token": "v2x" + "a" * 64, "expires_at": 315360000, "scope": ["openid", "profile"],
         "user": {"id": "59cd72485007a239fb00282ed480da1f", "username": "user@example.com",
                  "name": {"full": "A B"}, "email": {"email": "a@b.c"}}},
        {"encryptedECDHXprv": "{\"iv\":\"x\"}", "derivationPath": "m/999999/1/2", "encryptedToken": "{}",
         "user": {"id": "u1"}, "expires_in": 3600}],
    1: [dict(TOKEN_DOC, token="v2x" + "b" * 64),
        {"accessToken": dict(TOKEN_DOC, access_token="v2x" + "c" * 64)},
        dict(TOKEN_DOC, derivationPath="m/999999/12/34", encryptedToken="{\"iv\":\"x\",\"v\":1}")],
    2: [{"accessTokens": [TOKEN_DOC, {"id": "b"}], "nextBatchPrevId": "b"}, {"accessTokens": []}],
    3: [TOKEN_DOC, {"accessToken": TOKEN_DOC}],
    4: [{"session": {"id": "s", "user": "u", "scope": ["openid"], "expires": "2030-01-01T00:00:00Z",
                     "unlock": {"time": "2026-01-01T00:00:00Z", "expires": "2026-01-01T00:10:00Z",
                                "spendingLimits": {}}}}],
    5: [{"user": {"id": "u1", "username": "a@b.c", "name": {"full": "A B"}, "email": {"email": "a@b.c"}}}],
    6: [{"valid": True}, {"valid": False}],
    7: [{"error": "needs otp", "needsOTP": True}, {"error": "unauthorized", "name": "Unauthorized",
         "requestId": "ck1", "context": {"field": "label"}}, {"needsUnlock": True}, "<html><body>502</body></html>"],
    8: ["120", "Wed, 21 Oct 2026 07:28:00 GMT", "-1", "99999999999999999999"],
    9: ["Wed, 21 Oct 2026 07:28:00 GMT", "Wed, 21 Oct 26 07:28:00 +0000", "garbage"],
    10: ["\"1000000000\"", "9007199254740993", "100000000000000000000", "1.5", "-5", "\"007\"", "true"],
    11: [TOKEN_DOC, {"id": 5}],
}
for selector, bodies in replies.items():
    for body in bodies:
        text = body if isinstance(body, str) else json.dumps(body, separators=(",", ":"))
        put("fuzz_reply_mappers", bytes([selector]) + text.encode())

for req in [{"label": "ci", "scope": ["wallet_view_all"], "duration": 3600},
            {"label": "spender", "otp": "000000", "scope": ["wallet_spend", "wallet_view"], "duration": 315360000,
             "spendingLimits": [{"coin": "tbtc", "txValueLimit": "1000000000"},
                                {"coin": "teth", "maxLimit": True, "txCountLimit": 5}],
             "ipRestrict": ["127.0.0.1", "10.0.0.0/8"], "enterprise": "0123456789abcdef0123456789abcdef"},
            {"label": "admin", "admin": True, "adminScope": "read", "scope": ["openid"],
             "allErc20TokensLimit": {"txValueLimit": "5", "txCountLimit": 2}},
            {"label": "", "scope": [], "duration": 0}]:
    put("fuzz_create_validator", json.dumps(req, separators=(",", ":")))

for decimals, locale, text in [(8, 0, "10.5"), (18, 0, "0.000000000000000001"), (24, 1, "1,5"), (8, 2, "0,00000001"),
                               (0, 3, "007"), (8, 0, "12345678901234567890"), (6, 3, "1,000.5")]:
    put("fuzz_amount", bytes([decimals | (locale << 5)]) + text.encode())

for case in json.loads((VECTORS / "hmac.json").read_text())["cases"]:
    put("fuzz_hmac_verify", "\n".join([case["token"], case["requestSubject"], case["requestHmac"]]))
    if "responseSubject" in case and "responseHmac" in case:
        put("fuzz_hmac_verify", "\n".join([case["token"], case["responseSubject"], case["responseHmac"]]))

for name in ("sjcl-v1.json", "sjcl-v2.json"):
    for case in json.loads((VECTORS / name).read_text())["cases"]:
        env = case.get("envelope")
        if not env:
            continue
        put("fuzz_sjcl", env)
        # The same envelope with KDF costs under the fuzz target's caps, so mutations reach decryption.
        cheap = re.sub(r'"iter":\d+', '"iter":1000', env)
        cheap = re.sub(r'"m":\d+', '"m":64', cheap)
        cheap = re.sub(r'"t":\d+', '"t":1', cheap)
        cheap = re.sub(r'"p":\d+', '"p":1', cheap)
        put("fuzz_sjcl", cheap)

for case in json.loads((VECTORS / "bip32.json").read_text())["cases"]:
    for key in ("xpub", "xprv"):
        put("fuzz_bip32", case["master"][key] + "\nm/0/1")
        put("fuzz_base58", case["master"][key])
    for d in case.get("derivations", [])[:2]:
        put("fuzz_bip32", d["xpub"] + "\n999999/12/34")
for text in ["", "1", "11112", "3yZe7d", "zzzzzzzz"]:
    put("fuzz_base58", text)

# The differential token-list target takes the bare reply (no selector byte): real shapes, plus the corners where a
# streaming reader most easily differs from QJsonDocument (escapes, duplicate keys, key order, numbers, nesting).
for doc in [{"accessTokens": [TOKEN_DOC, {"id": "b", "created": 1767225600, "expires": 1798761600000}],
             "nextBatchPrevId": "b"},
            {"accessTokens": []},
            {"accessTokens": [dict(TOKEN_DOC, allErc20TokensLimit=None,
                                   unlock={"allErc20TokensLimit": {"txValueLimit": "5"},
                                           "spendingLimits": {"zec": {"txCount": 9007199254740993}, "btc": 1}})]}]:
    put("fuzz_token_list_diff", json.dumps(doc, separators=(",", ":")))
for text in ['{"accessTokens":[{"\\u0069d":"a\\ud83d\\ude00\\ud800\\x","id":"b","label":"\u00e9\\/"}]}',
             '{"accessTokens":[{"id":"a","unlock":{"spendingLimits":{"b":{},"a":{"txValue":-0.0},"b":{"txValue":1e400}}}}]}',
             '{"accessTokens":[5],"accessTokens":[{"id":"a","scope":[[[["x"]]],"y"],"created":.5}]} ',
             '\ufeff{"accessTokens":[{"id":"a","isExtensible":true,"admin":null}],"nextBatchPrevId":1}']:
    put("fuzz_token_list_diff", text)

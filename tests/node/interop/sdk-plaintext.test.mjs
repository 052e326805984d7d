// BitGo's own SDK (@bitgo/sdk-api, pinned in ../package.json) drives the real bitgo-sandbox, in BitGo's `custom`
// environment, where the SDK always verifies response HMACs (the environment has hmacVerificationEnforced).
// Plaintext login path (`forceV1Auth`, protocol doc §3), token management over the raw-bearer downgrade (§4),
// session calls signed with HMAC v2 and v3 (§2), and the legacy account's v1 bearer tokens.
//
// Run through run.mjs (it sets BGTM_SANDBOX_EXE and, for --tls, the test CA). Secrets are compared, never printed.
import { after, before, describe as suite, it } from 'node:test';
import assert from 'node:assert/strict';

import { Sandbox } from './lib/sandbox.mjs';
import { DEMO, LEGACY, OTP, call, failure, isLegacyToken, isTokenId, isV2xToken, newClient } from './lib/sdk.mjs';

let sandbox;

before(async () => {
  sandbox = await Sandbox.start();
});

after(async () => {
  if (!sandbox) return;
  const { code, signal } = await sandbox.stop();
  assert.ok(code === 0 && signal === null, `sandbox must exit cleanly on SIGTERM (code ${code}, signal ${signal})`);
});

it('serves the client constants the SDK fetches at start-up, without authentication', async () => {
  const bitgo = newClient(sandbox.baseUrl);
  const constants = await call('fetchConstants', bitgo.fetchConstants());
  assert.equal(typeof constants, 'object');
  assert.notEqual(constants, null);
});

for (const authVersion of [2, 3]) {
  suite(`auth version ${authVersion}, demo account, plaintext login`, () => {
    const bitgo = () => state.bitgo;
    const state = {};
    const label = `interop-v${authVersion}`;
    const duplicateLabel = `interop-dup-v${authVersion}`;

    before(() => {
      state.bitgo = newClient(sandbox.baseUrl, { authVersion });
    });

    it('refuses a wrong password with 401 and no needsOTP', async () => {
      const e = await failure('authenticate', newClient(sandbox.baseUrl, { authVersion }).authenticate({
        username: DEMO.username, password: 'not-the-password', otp: OTP, forceV1Auth: true,
      }));
      assert.equal(e.status, 401, e.text);
      assert.equal(e.needsOTP, false, e.text);
    });

    it('asks for the OTP (needsOTP) when the OTP is wrong', async () => {
      const e = await failure('authenticate', newClient(sandbox.baseUrl, { authVersion }).authenticate({
        username: DEMO.username, password: DEMO.password, otp: '1234567', forceV1Auth: true,
      }));
      assert.equal(e.status, 401, e.text);
      assert.equal(e.needsOTP, true, e.text);
    });

    it('authenticates on the plaintext path when the SDK forces v1 auth', async () => {
      // The username is sent lower-cased by the SDK: a mixed-case login must work too.
      const reply = await call('authenticate', bitgo().authenticate({
        username: DEMO.username.toUpperCase(), password: DEMO.password, otp: OTP, forceV1Auth: true,
      }));
      assert.ok(isV2xToken(reply.access_token), 'the login reply must carry a v2x session token in access_token');
      assert.equal(reply.encryptedToken, undefined, 'no ECDH envelope after forceV1Auth');
      assert.equal(typeof reply.expires_in, 'number');
      assert.ok(reply.expires_in > 0);
      assert.equal(typeof reply.user?.id, 'string');
      state.userId = reply.user.id;
      state.sessionToken = reply.access_token;
    });

    it('reads the session, signed and verified', async () => {
      const session = await call('session', bitgo().session());
      assert.equal(session.user, state.userId);
      assert.ok(Array.isArray(session.scope) && session.scope.length > 0, 'session scope must be a non-empty array');
      assert.equal(session.unlock, undefined, 'a fresh session is not unlocked');
    });

    it('reads the current user with me()', async () => {
      const me = await call('me', bitgo().me());
      assert.equal(me.id, state.userId);
    });

    it('refuses an unlock with a wrong OTP (needsOTP)', async () => {
      const e = await failure('unlock', bitgo().unlock({ otp: '7654321', duration: 600 }));
      assert.ok(e.status === 401 || e.status === 400, e.text);
      assert.equal(e.needsOTP, true, e.text);
    });

    it('unlocks the session for the requested duration', async () => {
      const before = Date.now();
      const reply = await call('unlock', bitgo().unlock({ otp: OTP, duration: 600 }));
      const unlock = reply.session?.unlock;
      assert.ok(unlock, 'the unlock reply carries session.unlock');
      const expires = Date.parse(unlock.expires);
      // Generous margins: the sandbox and this process share a clock, but not an instant.
      assert.ok(expires > before + 500_000 && expires < before + 700_000, 'unlock expires about 600 s from now');
      const session = await call('session', bitgo().session());
      assert.ok(session.unlock, 'session shows the unlock');
    });

    it('locks the session again', async () => {
      const reply = await call('lock', bitgo().lock());
      assert.ok(reply.session, 'the lock reply carries the session');
      assert.equal(reply.session.unlock, undefined);
      const session = await call('session', bitgo().session());
      assert.equal(session.unlock, undefined);
    });

    it('creates an access token over the raw-bearer downgrade and gets it in plaintext', async () => {
      const reply = await call('addAccessToken', bitgo().addAccessToken({
        label, otp: OTP, scope: ['wallet_view', 'wallet_spend'], duration: 3600,
      }));
      // The SDK itself marks the downgrade (no ECDH key in a forceV1Auth session).
      assert.match(String(reply.warning), /protocol downgrade/);
      assert.ok(isV2xToken(reply.token), 'the create reply carries a v2x token');
      assert.ok(isTokenId(reply.id), 'token id is 32 lowercase hex');
      assert.equal(reply.label, label);
      assert.deepEqual([...reply.scope].sort(), ['wallet_spend', 'wallet_view']);
      assert.ok(Date.parse(reply.expires) > Date.parse(reply.created), 'expires after created');
      assert.ok(reply.token !== state.sessionToken, 'a new token, not the session token');
      state.created = { id: reply.id, token: reply.token };
    });

    it('lets a second SDK client use the new token with HMAC signing', async () => {
      const other = newClient(sandbox.baseUrl, { authVersion, accessToken: state.created.token });
      const session = await call('session with the new token', other.session());
      assert.equal(session.user, state.userId);
      assert.deepEqual([...session.scope].sort(), ['wallet_spend', 'wallet_view']);
    });

    it('refuses an invalid scope with a BitGo-shaped 400 naming the field', async () => {
      const e = await failure('addAccessToken', bitgo().addAccessToken({
        label: `${label}-bad`, otp: OTP, scope: ['not_a_bitgo_scope'],
      }));
      assert.equal(e.status, 400, e.text);
      assert.equal(typeof e.serverName, 'string', e.text);
      assert.match(String(e.serverContext?.field), /^scope(\[0\])?$/, e.text);
    });

    it('lists the new token without its secret', async () => {
      const tokens = await call('listAccessTokens', bitgo().listAccessTokens());
      assert.ok(Array.isArray(tokens));
      const mine = tokens.find((t) => t.id === state.created.id);
      assert.ok(mine, 'the created token is listed');
      assert.equal(mine.label, label);
      assert.ok(tokens.every((t) => t.token === undefined && t.access_token === undefined),
        'a listing never carries token secrets');
    });

    it('refuses to remove by an ambiguous label and removes nothing', async () => {
      const first = await call('addAccessToken', bitgo().addAccessToken({
        label: duplicateLabel, otp: OTP, scope: ['wallet_view'], duration: 3600,
      }));
      const second = await call('addAccessToken', bitgo().addAccessToken({
        label: duplicateLabel, otp: OTP, scope: ['wallet_view'], duration: 3600,
      }));
      assert.notEqual(first.id, second.id, 'duplicate labels are allowed and make distinct tokens');
      const e = await failure('removeAccessToken', bitgo().removeAccessToken({ label: duplicateLabel }));
      assert.match(e.message, /ambiguous/);
      const ids = (await call('listAccessTokens', bitgo().listAccessTokens())).map((t) => t.id);
      assert.ok(ids.includes(first.id) && ids.includes(second.id), 'both duplicates still listed');
      state.duplicates = [first.id, second.id];
    });

    it('removes a token by id; it stops working at once', async () => {
      const before = Date.now();
      const removed = await call('removeAccessToken', bitgo().removeAccessToken({ id: state.created.id }));
      assert.equal(removed.id, state.created.id);
      assert.ok(Date.parse(removed.expires) <= before + 60_000, 'the revoked document expires now');
      const ids = (await call('listAccessTokens', bitgo().listAccessTokens())).map((t) => t.id);
      assert.ok(!ids.includes(state.created.id), 'revoked token no longer listed');
      const other = newClient(sandbox.baseUrl, { authVersion, accessToken: state.created.token });
      const e = await failure('session with a revoked token', other.session());
      assert.equal(e.status, 401, e.text);
    });

    it('refuses to remove an unknown id with 404', async () => {
      const e = await failure('removeAccessToken', bitgo().removeAccessToken({ id: '0'.repeat(32) }));
      assert.equal(e.status, 404, e.text);
    });

    it('removes by label once the label is unique', async () => {
      await call('removeAccessToken', bitgo().removeAccessToken({ id: state.duplicates[0] }));
      const removed = await call('removeAccessToken', bitgo().removeAccessToken({ label: duplicateLabel }));
      assert.equal(removed.id, state.duplicates[1]);
      const tokens = await call('listAccessTokens', bitgo().listAccessTokens());
      assert.ok(!tokens.some((t) => t.label === duplicateLabel), 'no token with that label is left');
    });

    it('fails with 511 "invalid response HMAC" when the sandbox signs a reply wrongly', async () => {
      await sandbox.setFault('wrong-hmac', { count: 1 });
      try {
        const e = await failure('session under wrong-hmac', bitgo().session());
        assert.equal(e.status, 511, e.text);
        assert.equal(e.message, 'invalid response HMAC');
      } finally {
        await sandbox.clearFaults();
      }
      // …and the session still works once the replies are honest again.
      await call('session after the fault', bitgo().session());
    });

    it('cannot be talked out of verifying: hmacVerification false is ignored in the custom environment', async () => {
      const lax = newClient(sandbox.baseUrl, { authVersion, accessToken: state.sessionToken, hmacVerification: false });
      await sandbox.setFault('wrong-hmac', { count: 1 });
      try {
        const e = await failure('session under wrong-hmac', lax.session());
        assert.equal(e.status, 511, e.text);
        assert.equal(e.message, 'invalid response HMAC');
      } finally {
        await sandbox.clearFaults();
      }
    });

    if (authVersion === 3) {
      it('v3 refuses a correctly signed reply whose timestamp is stale', async () => {
        await sandbox.setFault('stale-timestamp', { count: 1 });
        try {
          const e = await failure('session under stale-timestamp', bitgo().session());
          assert.equal(e.status, 511, e.text);
          assert.match(e.message, /validity time window/);
        } finally {
          await sandbox.clearFaults();
        }
      });
    } else {
      it('v2 accepts a correctly signed reply whose timestamp is stale (the SDK checks the window only in v3)',
        async () => {
          await sandbox.setFault('stale-timestamp', { count: 1 });
          try {
            const session = await call('session under stale-timestamp', bitgo().session());
            assert.equal(session.user, state.userId);
          } finally {
            await sandbox.clearFaults();
          }
        });
    }

    it('logs out; the session token stops working', async () => {
      await call('logout', bitgo().logout());
      const stale = newClient(sandbox.baseUrl, { authVersion, accessToken: state.sessionToken });
      const e = await failure('session after logout', stale.session());
      assert.equal(e.status, 401, e.text);
    });
  });
}

suite('legacy account: 64-hex tokens over v1 bearer', () => {
  const state = {};

  it('authenticates and gets a legacy 64-hex session token', async () => {
    state.bitgo = newClient(sandbox.baseUrl);
    const reply = await call('authenticate', state.bitgo.authenticate({
      username: LEGACY.username, password: LEGACY.password, otp: OTP, forceV1Auth: true,
    }));
    assert.ok(isLegacyToken(reply.access_token), 'the legacy account gets a 64-hex token');
    state.userId = reply.user?.id;
  });

  it('reads the session with a bearer token (replies unsigned and accepted as such)', async () => {
    const session = await call('session', state.bitgo.session());
    assert.equal(session.user, state.userId);
  });

  it('creates, lists and removes a legacy token', async () => {
    const created = await call('addAccessToken', state.bitgo.addAccessToken({
      label: 'interop-legacy', otp: OTP, scope: ['wallet_view'], duration: 3600,
    }));
    assert.ok(isLegacyToken(created.token), 'tokens of a legacy account are 64 hex');
    const other = newClient(sandbox.baseUrl, { accessToken: created.token });
    assert.equal((await call('session with the new token', other.session())).user, state.userId);
    const ids = (await call('listAccessTokens', state.bitgo.listAccessTokens())).map((t) => t.id);
    assert.ok(ids.includes(created.id));
    await call('removeAccessToken', state.bitgo.removeAccessToken({ label: 'interop-legacy' }));
    const e = await failure('session with a revoked token', other.session());
    assert.equal(e.status, 401, e.text);
  });

  it('logs out', async () => {
    await call('logout', state.bitgo.logout());
  });
});

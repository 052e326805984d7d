// BitGo's own SDK logs in to the sandbox over the ECDH path (protocol doc §3, §8) and creates a token over the
// HMAC session without any protocol downgrade (§4): the session token and the new token arrive encrypted to the
// demo account's ECDH key, and the SDK derives the secret with the server xpub the sandbox prints at start-up.
//
// Note: the SDK keeps the custom environment's server xpub in a process-wide table that every constructor given
// `serverXpub` overwrites and that decryption reads later, so every client here passes it explicitly.
import { after, before, describe as suite, it } from 'node:test';
import assert from 'node:assert/strict';

import { Sandbox } from './lib/sandbox.mjs';
import { DEMO, OTP, call, failure, isTokenId, isV2xToken, newClient } from './lib/sdk.mjs';

// BitGo's published test-environment server xpub (protocol doc §3): a key the sandbox does not hold.
const BITGO_TEST_SERVER_XPUB =
  'xpub661MyMwAqRbcErFqVXGiUFv9YeoPbhN72UiNCUdj9nj3T6M8h7iKNmbCYpMVWVZP7LA2ma3HWcPngz1gRTm4FPdtm9mHfrNvU93MCoszsGL';

let sandbox;

before(async () => {
  sandbox = await Sandbox.start({ wantXpub: true });
});

after(async () => {
  if (!sandbox) return;
  const { code, signal } = await sandbox.stop();
  assert.ok(code === 0 && signal === null, `sandbox must exit cleanly on SIGTERM (code ${code}, signal ${signal})`);
});

for (const authVersion of [2, 3]) {
  suite(`auth version ${authVersion}, demo account, ECDH login`, () => {
    const state = {};
    const client = (extra = {}) => newClient(sandbox.baseUrl, { authVersion, serverXpub: sandbox.serverXpub, ...extra });

    it('prints a server xpub that is not one of BitGo\'s', () => {
      assert.match(sandbox.serverXpub, /^xpub[1-9A-HJ-NP-Za-km-z]{100,112}$/);
      assert.notEqual(sandbox.serverXpub, BITGO_TEST_SERVER_XPUB);
    });

    it('logs in without forceV1Auth and decrypts the session token from the ECDH envelope', async () => {
      state.bitgo = client();
      const reply = await call('authenticate', state.bitgo.authenticate({
        username: DEMO.username, password: DEMO.password, otp: OTP,
      }));
      assert.equal(typeof reply.encryptedECDHXprv, 'string', 'the reply carries the encrypted ECDH xprv');
      assert.equal(typeof reply.encryptedToken, 'string', 'the reply carries the encrypted token');
      assert.match(String(reply.derivationPath), /^m(\/\d+)+$/, 'non-hardened derivation path');
      // The SDK puts the token it decrypted into access_token.
      assert.ok(isV2xToken(reply.access_token), 'the decrypted session token is a v2x token');
      state.userId = reply.user?.id;
      state.sessionToken = reply.access_token;
    });

    it('uses the decrypted token for signed, verified calls', async () => {
      const session = await call('session', state.bitgo.session());
      assert.equal(session.user, state.userId);
    });

    it('creates a token over the HMAC session: verified, decrypted, no downgrade', async () => {
      const reply = await call('addAccessToken', state.bitgo.addAccessToken({
        label: `interop-ecdh-v${authVersion}`, otp: OTP, scope: ['wallet_view'], duration: 3600,
      }));
      assert.equal(reply.warning, undefined, 'no protocol downgrade');
      assert.equal(typeof reply.encryptedToken, 'string', 'the token travelled encrypted');
      assert.ok(isV2xToken(reply.token), 'the SDK decrypted a v2x token');
      assert.ok(isTokenId(reply.id));
      state.created = { id: reply.id, token: reply.token };
    });

    it('the new token works for another client', async () => {
      const other = client({ accessToken: state.created.token });
      const session = await call('session with the new token', other.session());
      assert.equal(session.user, state.userId);
    });

    it('a create whose signed reply is tampered with fails with 511', async () => {
      await sandbox.setFault('wrong-hmac', { count: 1, pathPrefix: '/api/auth/v1/accesstoken' });
      try {
        const e = await failure('addAccessToken under wrong-hmac', state.bitgo.addAccessToken({
          label: `interop-ecdh-tampered-v${authVersion}`, otp: OTP, scope: ['wallet_view'], duration: 3600,
        }));
        assert.equal(e.status, 511, e.text);
        assert.equal(e.message, 'invalid response HMAC');
      } finally {
        await sandbox.clearFaults();
      }
    });

    it('removes the token by id and logs out', async () => {
      const removed = await call('removeAccessToken', state.bitgo.removeAccessToken({ id: state.created.id }));
      assert.equal(removed.id, state.created.id);
      await call('logout', state.bitgo.logout());
      const stale = client({ accessToken: state.sessionToken });
      const e = await failure('session after logout', stale.session());
      assert.equal(e.status, 401, e.text);
    });
  });
}

suite('ECDH with the wrong server key', () => {
  it('cannot decrypt the session token when the SDK is given BitGo\'s test xpub instead of the sandbox\'s', async () => {
    try {
      const wrong = newClient(sandbox.baseUrl, { serverXpub: BITGO_TEST_SERVER_XPUB });
      const e = await failure('authenticate with the wrong server xpub', wrong.authenticate({
        username: DEMO.username, password: DEMO.password, otp: OTP,
      }));
      assert.equal(e.errorCode, 'token_decryption_failure', e.text);
    } finally {
      // Put the process-wide xpub back for anything that runs later.
      newClient(sandbox.baseUrl, { serverXpub: sandbox.serverXpub });
    }
  });
});

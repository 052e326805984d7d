// Each side's tokens work for the other. Our CLI (bitgo-token-manager-cli, $BGTM_CLI_EXE) signs in to the
// sandbox over the ECDH path, creates a token (decrypted from its ECDH envelope, stored in the test session's
// keychain) and exports it; BitGo's SDK then uses that token (authenticateWithAccessToken: session, me, list). The SDK
// creates a token (addAccessToken) and our CLI uses it (BITGO_ACCESS_TOKEN, `login --token-stdin`, `tokens list`,
// `session`, `tokens import`/`export`). Both for a current account (v2x tokens) and a legacy one (64-hex tokens).
//
// Needs the keychain: run inside scripts/with-test-session.sh. Tokens never reach the output: CLI runs are described
// by exit code and stderr, SDK errors by call()/failure(), and tokens are compared with assert.ok, never printed.
import { after, before, describe as suite, it } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Cli, describeRun, makeRuntimeDir } from './lib/cli.mjs';
import { Sandbox } from './lib/sandbox.mjs';
import { OTP, call, isLegacyToken, isTokenId, isV2xToken, newClient } from './lib/sdk.mjs';

// Accounts of this test only: the CLI keeps its session in the keychain under `sandbox/_session/<username>`, which
// other CLI tests running beside this one (as the demo account, with their own sandboxes) would overwrite.
const ACCOUNTS = [
  {
    kind: 'current (ECDH, v2x tokens)', username: 'interop-cli@sandbox.bitgo.local',
    password: 'interop-cli-password', userId: '5d0c1a2b3c4d5e6f7a8b9c2a', legacy: false, isToken: isV2xToken,
  },
  {
    kind: 'legacy (plaintext, 64-hex tokens)', username: 'interop-cli-legacy@sandbox.bitgo.local',
    password: 'interop-cli-legacy-password', userId: '5d0c1a2b3c4d5e6f7a8b9c2b', legacy: true,
    isToken: isLegacyToken,
  },
];
// Listing tokens needs user_manage (the sandbox enforces BitGo's scope checks).
const SCOPES = ['openid', 'user_manage', 'wallet_view_all'];

let runtime;
let sandbox;
const clis = [];

before(async () => {
  assert.ok(process.env.BGTM_TEST_SESSION_DIR && process.env.DBUS_SESSION_BUS_ADDRESS,
    'run inside scripts/with-test-session.sh: the CLI stores tokens in the (private) keychain');
  runtime = makeRuntimeDir();
  const users = join(runtime.dir, 'users.json');
  writeFileSync(users, JSON.stringify(ACCOUNTS.map(({ username, password, userId, legacy }) =>
    ({ username, password, userId, legacy, ecdh: !legacy }))));
  sandbox = await Sandbox.start({ args: ['--runtime-file', runtime.runtimeFile, '--users', users], wantXpub: true });
});

after(async () => {
  for (const cli of clis) cli.dispose();
  try {
    if (sandbox) {
      const { code, signal } = await sandbox.stop();
      assert.ok(code === 0 && signal === null, `sandbox must exit cleanly on SIGTERM (code ${code}, signal ${signal})`);
    }
  } finally {
    if (runtime) rmSync(runtime.dir, { recursive: true, force: true });
  }
});

function newCli() {
  const cli = new Cli(runtime.dir);
  clis.push(cli);
  return cli;
}

/** Runs the CLI for `account` (`--env sandbox --user …`); the run must exit 0. Returns its stdout. */
async function ok(cli, account, args, options) {
  const r = await cli.run(['--env', 'sandbox', '--user', account.username, ...args], options);
  assert.equal(r.code, 0, `bitgo-token-manager-cli ${args.filter((a) => !a.startsWith('-')).join(' ')}: ${describeRun(r)}`);
  return r.stdout;
}

const json = (stdout) => JSON.parse(stdout);

for (const account of ACCOUNTS) {
  suite(`${account.kind}: a token created by our CLI works in BitGo's SDK`, () => {
    const state = {};

    it('the CLI signs in and creates a token, stored in the keychain', async () => {
      state.cli = newCli();
      const login = json(await ok(state.cli, account, ['--json', 'login', '--password-stdin'],
        { input: `${account.password}\n${OTP}\n` }));
      assert.equal(login.user, account.userId);
      // A current account's session is not downgraded: the token below arrives encrypted to its ECDH key.
      assert.equal(login.downgraded, account.legacy);
      const created = json(await ok(state.cli, account, ['--json', 'tokens', 'create', '--label', 'made by our CLI',
        ...SCOPES.flatMap((s) => ['--scope', s]), '--duration', '1d', '--otp', OTP]));
      assert.ok(isTokenId(created.id), 'the create reply names the token id');
      state.id = created.id;
    });

    it('the CLI exports the token (from the keychain) in the account\'s token format', async () => {
      state.token = (await ok(state.cli, account, ['tokens', 'export', state.id, '--format', 'raw'])).trim();
      assert.ok(account.isToken(state.token), `the exported token is not a ${account.kind} token`);
    });

    for (const authVersion of [2, 3]) {
      it(`BitGo's SDK (auth version ${authVersion}) uses it: session, me, list`, async () => {
        const bitgo = newClient(sandbox.baseUrl, { authVersion, serverXpub: sandbox.serverXpub });
        bitgo.authenticateWithAccessToken({ accessToken: state.token });
        const session = await call('session', bitgo.session());
        assert.equal(session.id, state.id, 'the session is the CLI-made token');
        assert.equal(session.user, account.userId);
        assert.deepEqual([...session.scope].sort(), [...SCOPES].sort());
        const me = await call('me', bitgo.me());
        assert.equal(me.id, account.userId);
        const ids = (await call('listAccessTokens', bitgo.listAccessTokens())).map((t) => t.id);
        assert.ok(ids.includes(state.id), 'the SDK lists the CLI-made token');
      });
    }

    it('the SDK revokes it; the CLI then sees it revoked', async () => {
      const bitgo = newClient(sandbox.baseUrl, { serverXpub: sandbox.serverXpub });
      bitgo.authenticateWithAccessToken({ accessToken: state.token });
      const removed = await call('removeAccessToken', bitgo.removeAccessToken({ id: state.id }));
      assert.equal(removed.id, state.id);
      const listed = json(await ok(state.cli, account, ['--json', 'tokens', 'list'])).accessTokens;
      assert.ok(!listed.some((t) => t.id === state.id), 'a revoked token is not listed');
      await ok(state.cli, account, ['logout']);
    });
  });

  suite(`${account.kind}: a token created by BitGo's SDK works in our CLI`, () => {
    const state = {};

    it('the SDK signs in and creates a token', async () => {
      const bitgo = newClient(sandbox.baseUrl, { serverXpub: sandbox.serverXpub });
      const auth = { username: account.username, password: account.password, otp: OTP };
      if (account.legacy) auth.forceV1Auth = true;
      const reply = await call('authenticate', bitgo.authenticate(auth));
      assert.equal(reply.user?.id, account.userId);
      if (!account.legacy) assert.equal(typeof reply.encryptedToken, 'string', 'ECDH login');
      const created = await call('addAccessToken', bitgo.addAccessToken({
        label: 'made by the SDK', otp: OTP, scope: SCOPES, duration: 3600,
      }));
      assert.ok(account.isToken(created.token), `the SDK's token is not a ${account.kind} token`);
      if (!account.legacy) {
        assert.equal(created.warning, undefined, 'no protocol downgrade');
        assert.equal(typeof created.encryptedToken, 'string', 'the token travelled encrypted');
      }
      state.bitgo = bitgo;
      state.id = created.id;
      state.token = created.token;
    });

    it('the CLI authenticates one call with it through BITGO_ACCESS_TOKEN: session, tokens list', async () => {
      const cli = newCli();
      const env = { BITGO_ACCESS_TOKEN: state.token };
      const session = json(await ok(cli, account, ['--json', 'session'], { env })).session;
      assert.equal(session.id, state.id, 'the session is the SDK-made token');
      assert.equal(session.user, account.userId);
      const listed = json(await ok(cli, account, ['--json', 'tokens', 'list'], { env })).accessTokens;
      const mine = listed.find((t) => t.id === state.id);
      assert.ok(mine, 'the CLI lists the SDK-made token');
      assert.equal(mine.label, 'made by the SDK');
    });

    it('the CLI signs in with it (login --token-stdin) and the next calls reuse that session', async () => {
      const cli = newCli();
      const login = json(await ok(cli, account, ['--json', 'login', '--token-stdin'], { input: `${state.token}\n` }));
      assert.equal(login.user, account.userId);
      const session = json(await ok(cli, account, ['--json', 'session'])).session;
      assert.equal(session.id, state.id);
      const listed = json(await ok(cli, account, ['--json', 'tokens', 'list'])).accessTokens;
      assert.ok(listed.some((t) => t.id === state.id), 'the CLI lists the SDK-made token');
    });

    it('the CLI stores it (tokens import) and exports exactly the SDK\'s token', async () => {
      const fresh = await call('addAccessToken', state.bitgo.addAccessToken({
        label: 'SDK token to store', otp: OTP, scope: SCOPES, duration: 3600,
      }));
      const cli = newCli();
      const imported = json(await ok(cli, account, ['--json', 'tokens', 'import', '--token-stdin'],
        { input: `${fresh.token}\n` }));
      assert.equal(imported.id, fresh.id);
      assert.equal(imported.verified, true);
      const exported = (await ok(cli, account, ['tokens', 'export', fresh.id])).trim();
      assert.ok(exported === fresh.token, 'the exported token differs from the one the SDK created');
      await call('removeAccessToken', state.bitgo.removeAccessToken({ id: fresh.id }));
    });

    it('the SDK removes its token and logs out', async () => {
      await call('removeAccessToken', state.bitgo.removeAccessToken({ id: state.id }));
      await call('logout', state.bitgo.logout());
    });
  });
}

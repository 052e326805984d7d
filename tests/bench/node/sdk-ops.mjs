// The same operations as `bitgo-token-manager-cli --version | tokens list | tokens create`, done with BitGo's own
// SDK (@bitgo/sdk-api, pinned in tests/node/package.json and installed in tests/node/node_modules), for the
// whole-process comparison in scripts/bench.sh. One operation per process, like the CLI.
//
//   node sdk-ops.mjs version|list|create
// Environment: BENCH_BASE_URL (the sandbox, http://127.0.0.1:<port>), BITGO_ACCESS_TOKEN (a v2x token that may
// manage tokens). Exit 0 on success. Prints only counts and ids, never a token; SDK errors are reduced to their
// name and status because SDK error objects can carry the request's token.
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../node/package.json', import.meta.url));
const { BitGoAPI } = require('@bitgo/sdk-api');

const op = process.argv[2];
const baseUrl = process.env.BENCH_BASE_URL;
const accessToken = process.env.BITGO_ACCESS_TOKEN;

function fail(what, e) {
  console.error(`${what} failed: ${e?.name ?? 'Error'}${e?.status ? ` status ${e.status}` : ''}`);
  process.exit(1);
}

if (op === 'version') {
  // What a CLI's --version costs with this SDK: loading it and constructing a client.
  const bitgo = new BitGoAPI({ env: 'custom', customRootURI: baseUrl ?? 'http://127.0.0.1:9' });
  console.log(`sdk-api client ${typeof bitgo.version === 'function' ? bitgo.version() : 'loaded'}`);
  process.exit(0);
}
if (!baseUrl || !accessToken) {
  console.error('set BENCH_BASE_URL and BITGO_ACCESS_TOKEN');
  process.exit(2);
}
const bitgo = new BitGoAPI({ env: 'custom', customRootURI: baseUrl, accessToken });
if (op === 'list') {
  try {
    const tokens = await bitgo.listAccessTokens();
    console.log(`${tokens.length} tokens`);
  } catch (e) {
    fail('listAccessTokens', e);
  }
} else if (op === 'create') {
  try {
    const reply = await bitgo.addAccessToken({
      label: `bench-sdk-${process.pid}`, otp: '0000000', scope: ['wallet_view_all'], duration: 3600,
    });
    console.log(`created ${reply.id}`);
  } catch (e) {
    fail('addAccessToken', e);
  }
} else {
  console.error('usage: node sdk-ops.mjs version|list|create');
  process.exit(2);
}

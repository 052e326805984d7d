#!/usr/bin/env node
// Runs interop test files (node:test) against the real sandbox, over HTTP or HTTPS.
//
//   node run.mjs --sandbox <path of bitgo-sandbox> [--tls] <test file>…
//
// With --tls it makes a throw-away test CA and a localhost certificate with the `openssl` CLI, hands the CA to the
// test process through NODE_EXTRA_CA_CERTS (Node reads it only at start-up, hence the child process) and the
// certificate to the sandbox (--tls-cert/--tls-key). The SDK then verifies the sandbox like any HTTPS server: no
// certificate check is switched off anywhere.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

function usage(message) {
  console.error(`${message}\nusage: node run.mjs --sandbox <bitgo-sandbox> [--tls] <test file>…`);
  process.exit(2);
}

const args = process.argv.slice(2);
let sandboxExe;
let tls = false;
const files = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--sandbox') sandboxExe = args[++i];
  else if (args[i] === '--tls') tls = true;
  else if (args[i].startsWith('--')) usage(`unknown option ${args[i]}`);
  else files.push(resolve(dirname(fileURLToPath(import.meta.url)), args[i]));
}
if (!sandboxExe) usage('--sandbox is required');
if (files.length === 0) usage('no test file given');

function openssl(argv) {
  const r = spawnSync('openssl', argv, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`openssl ${argv[0]} failed: ${r.error?.message ?? r.stderr}`);
  }
}

// Test CA + server certificate for localhost/127.0.0.1, valid two days.
function makeCertificates(dir) {
  writeFileSync(join(dir, 'server.ext'), [
    'basicConstraints=CA:FALSE',
    'keyUsage=digitalSignature,keyEncipherment',
    'extendedKeyUsage=serverAuth',
    'subjectAltName=DNS:localhost,IP:127.0.0.1',
    '',
  ].join('\n'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-keyout', join(dir, 'ca.key'), '-out', join(dir, 'ca.pem'), '-days', '2',
    '-subj', '/CN=bgtm interop test CA', '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  openssl(['req', ...ec, '-keyout', join(dir, 'server.key'), '-out', join(dir, 'server.csr'),
    '-subj', '/CN=localhost']);
  openssl(['x509', '-req', '-in', join(dir, 'server.csr'), '-CA', join(dir, 'ca.pem'), '-CAkey', join(dir, 'ca.key'),
    '-CAcreateserial', '-out', join(dir, 'server.pem'), '-days', '2', '-extfile', join(dir, 'server.ext')]);
}

const env = { ...process.env, BGTM_SANDBOX_EXE: sandboxExe };
// The SDK's debug output includes token prefixes and, on an HMAC mismatch, the whole request token.
delete env.DEBUG;
delete env.NODE_DEBUG;
// The SDK must reach the sandbox directly.
for (const proxy of ['http_proxy', 'https_proxy', 'HTTP_PROXY', 'HTTPS_PROXY']) delete env[proxy];

let tmp;
if (tls) {
  tmp = mkdtempSync(join(tmpdir(), 'bgtm-interop-ca-'));
  try {
    makeCertificates(tmp);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    console.error(e.message);
    process.exit(1);
  }
  env.NODE_EXTRA_CA_CERTS = join(tmp, 'ca.pem');
  env.BGTM_INTEROP_TLS_CERT = join(tmp, 'server.pem');
  env.BGTM_INTEROP_TLS_KEY = join(tmp, 'server.key');
  env.BGTM_INTEROP_EXPECT_SCHEME = 'https';
} else {
  env.BGTM_INTEROP_EXPECT_SCHEME = 'http';
}

const child = spawn(process.execPath, ['--test', '--test-reporter=spec', ...files], { env, stdio: 'inherit' });
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});

#!/usr/bin/env node
// Known-answer vectors for app/crypto, produced by BitGo's own JavaScript code (the pinned SDK in
// tests/node/node_modules): @bitgo/sdk-hmac for request/response signing, @bitgo/sjcl and @bitgo/sdk-api for
// SJCL v1 and v2 envelopes, @bitgo/utxo-lib for BIP32, secp256k1.publicKeyTweakMul and BitGoAPI.handleTokenIssuance
// for the ECDH token path (protocol doc §2, §3, §8).
//
// Usage: node gen-crypto-vectors.mjs [outputDir]   (default: ../crypto/vectors next to this script)
// Everything is deterministic (fixed seeds, salts, ivs, timestamps), so CI reruns this into a temporary directory
// and compares byte for byte with the committed files (CTest test crypto_vectors_up_to_date).
// No network: BitGoAPI gets clientConstants so that it does not fetch constants from BitGo.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'package.json'));
const hmac = require('@bitgo/sdk-hmac');
const sjcl = require('@bitgo/sjcl');
const sdkApi = require('@bitgo/sdk-api');
const sdkCore = require('@bitgo/sdk-core');
const utxolib = require('@bitgo/utxo-lib');
const secp256k1 = require('secp256k1');

const outDir = resolve(process.argv[2] ?? join(here, '..', 'crypto', 'vectors'));
mkdirSync(outDir, { recursive: true });

function write(name, data) {
  writeFileSync(join(outDir, name), JSON.stringify(data, null, 2) + '\n');
}

function check(condition, what) {
  if (!condition) {
    console.error(`gen-crypto-vectors: self-check failed: ${what}`);
    process.exit(1);
  }
}

/** Deterministic bytes: byte i = (seed + 31 i) mod 256. */
function bytes(n, seed) {
  return Buffer.from(Array.from({ length: n }, (_, i) => (seed + 31 * i) % 256));
}

/** Deterministic printable text of a given length (so that large plaintexts need not be stored). */
function patternText(length) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[(i * 7) % alphabet.length];
  return s;
}

function words(buf) {
  const out = [];
  for (let i = 0; i < buf.length; i += 4) out.push(sdkApi.bytesToWord(new Uint8Array(buf.subarray(i, i + 4))));
  return out;
}

const noNetworkBitGo = (env) => new sdkApi.BitGoAPI({ env, clientConstants: { constants: {} } });

// ---- §2 HMAC -----------------------------------------------------------------------------------------------
{
  const tokens = [
    'v2x5b735fed2486593f8fea19113e5c717308f90a5fb00e740e46c7bfdcc078cfd0', // BitGoJS unit tests' token
    'v2x' + bytes(32, 7).toString('hex'),
  ];
  const requests = [
    { method: 'get', path: '/api/v1/user/me', body: '' },
    { method: 'get', path: '/api/v2/user/accesstoken?limit=50&prevId=abc', body: '' },
    { method: 'post', path: '/api/auth/v1/accesstoken', body: '{"label":"ci","scope":["wallet_view_all"],"duration":3600}' },
    { method: 'post', path: '/api/v2/user/accesstoken', body: '{"label":"ünïcode ✓","scope":["openid"]}' },
    { method: 'delete', path: '/api/v1/user/accesstoken/5a1341e7c8421dc90710673b3166bbd5', body: '' },
    { method: 'put', path: '/api/v2/user/settings?x=1', body: '{"a":1}' },
  ];
  const cases = [];
  let ts = 1521589882510;
  for (const token of tokens) {
    for (const authVersion of [2, 3]) {
      for (const r of requests) {
        ts += 1111;
        const url = 'https://app.bitgo-test.com' + r.path;
        const originalNow = Date.now;
        Date.now = () => ts;
        const headers = hmac.calculateRequestHeaders({ url, text: r.body, token, method: r.method, authVersion });
        Date.now = originalNow;
        const requestSubject = hmac.calculateHMACSubject({ urlPath: url, text: r.body, timestamp: ts, method: r.method, authVersion });
        const responseTs = ts + 17;
        const responseBody = r.method === 'delete' ? '' : `{"ok":true,"ts":${responseTs}}`;
        const status = r.method === 'post' ? 201 : 200;
        const responseSubject = hmac.calculateHMACSubject({ urlPath: url, text: responseBody, timestamp: responseTs, statusCode: status, method: r.method, authVersion });
        const responseHmac = hmac.calculateHMAC(token, responseSubject);
        Date.now = () => responseTs;
        const verified = hmac.verifyResponse({ url, statusCode: status, text: responseBody, timestamp: responseTs, token, hmac: responseHmac, method: r.method, authVersion });
        Date.now = originalNow;
        check(verified.isValid && verified.isInResponseValidityWindow, 'sdk-hmac verifies its own response HMAC');
        cases.push({
          token, authVersion, method: r.method.toUpperCase(), pathWithQuery: r.path, body: r.body, timestamp: ts,
          tokenHash: headers.tokenHash, requestSubject, requestHmac: headers.hmac,
          responseTimestamp: responseTs, status, responseBody, responseSubject, responseHmac,
        });
      }
    }
  }
  write('hmac.json', { generator: '@bitgo/sdk-hmac calculateRequestHeaders/calculateHMACSubject/verifyResponse', cases });
}

// ---- §2 reply freshness: verifyResponse's window at and around its edges, and which replies @bitgo/sdk-api accepts
// (it requires the window for auth version 3 only: api.js, "bitgo.getAuthVersion() === 3 && !isInResponseValidity…").
{
  const token = 'v2x' + bytes(32, 11).toString('hex');
  const path = '/api/v1/user/session';
  const url = 'https://app.bitgo-test.com' + path;
  const responseBody = '{"session":{}}';
  const responseTs = 1700000000000;
  const cases = [];
  for (const authVersion of [2, 3]) {
    // now − responseTimestamp: a reply from the future, just inside or outside each edge, and a replay.
    for (const age of [-120000, -60001, -60000, -1, 0, 1, 299999, 300000, 300001, 600000]) {
      const now = responseTs + age;
      const subject = hmac.calculateHMACSubject({ urlPath: url, text: responseBody, timestamp: responseTs, statusCode: 200, method: 'get', authVersion });
      const responseHmac = hmac.calculateHMAC(token, subject);
      const originalNow = Date.now;
      Date.now = () => now;
      const verified = hmac.verifyResponse({ url, statusCode: 200, text: responseBody, timestamp: responseTs, token, hmac: responseHmac, method: 'get', authVersion });
      Date.now = originalNow;
      check(verified.isValid && verified.verificationTime === now, 'sdk-hmac verifies the reply at the stubbed time');
      cases.push({ authVersion, responseTimestamp: responseTs, now, inWindow: verified.isInResponseValidityWindow,
        accepted: verified.isValid && (authVersion !== 3 || verified.isInResponseValidityWindow) });
    }
  }
  write('hmac-window.json', { generator: '@bitgo/sdk-hmac verifyResponse (isInResponseValidityWindow), @bitgo/sdk-api rule', cases });
}

// ---- §8 SJCL v1 --------------------------------------------------------------------------------------------
{
  const cases = [];
  // BitGo's own wrapper (iter 10000, ks 256, ts 64, 8-byte salt, 16-byte iv).
  const wrapperInputs = [
    { password: 'correct horse battery staple', plaintext: 'xprv-like secret' },
    { password: 'pässwörd ✓', plaintext: 'v2x' + bytes(32, 99).toString('hex') },
    { password: '', plaintext: 'empty password' },
    { password: 'p', plaintext: '', },
    { password: 'adata', plaintext: 'with additional data', adata: 'ctx/1 ü' },
  ];
  let seed = 1;
  for (const input of wrapperInputs) {
    const salt = bytes(8, seed++);
    const iv = bytes(16, seed++);
    const envelope = sdkApi.encrypt(input.password, input.plaintext, { salt, iv, adata: input.adata });
    check(sdkApi.decrypt(input.password, envelope) === input.plaintext, 'sdk-api decrypts its v1 envelope');
    cases.push({ via: '@bitgo/sdk-api encrypt', password: input.password, plaintext: input.plaintext,
      iter: 10000, ks: 256, ts: 64, adata: input.adata ?? '', salt: salt.toString('hex'), iv: iv.toString('hex'), envelope });
  }
  // sjcl.encrypt directly: other iter/ks/ts, iv lengths (L grows as the iv shrinks), and plaintext sizes
  // around the 2-byte length-field boundary.
  const direct = [
    { iter: 1000, ks: 128, ts: 64, ivBytes: 16, length: 37 },
    { iter: 1000, ks: 128, ts: 96, ivBytes: 16, length: 5 },
    { iter: 2000, ks: 192, ts: 128, ivBytes: 16, length: 64 },
    { iter: 10000, ks: 256, ts: 128, ivBytes: 16, length: 1 },
    { iter: 101, ks: 256, ts: 64, ivBytes: 12, length: 33 },
    { iter: 500, ks: 128, ts: 64, ivBytes: 8, length: 20 },
    { iter: 1000, ks: 256, ts: 64, ivBytes: 16, length: 65535 },
    { iter: 1000, ks: 256, ts: 64, ivBytes: 16, length: 65536 },
  ];
  for (const d of direct) {
    const password = `pw-${d.iter}-${d.ks}-${d.ts}`;
    const plaintext = patternText(d.length);
    const salt = bytes(8, seed++);
    const iv = bytes(d.ivBytes, seed++);
    const envelope = sjcl.encrypt(password, plaintext, { iter: d.iter, ks: d.ks, ts: d.ts, salt: words(salt), iv: words(iv) });
    check(sjcl.decrypt(password, envelope) === plaintext, 'sjcl decrypts its envelope');
    const c = { via: '@bitgo/sjcl encrypt', password, iter: d.iter, ks: d.ks, ts: d.ts, adata: '',
      salt: salt.toString('hex'), iv: iv.toString('hex'), envelope };
    if (d.length > 100) c.plaintextPatternLength = d.length; else c.plaintext = plaintext;
    cases.push(c);
  }
  write('sjcl-v1.json', { generator: '@bitgo/sdk-api encrypt and @bitgo/sjcl encrypt (fixed salt and iv)',
    plaintextPattern: "char i = '" + 'abcdefghijklmnopqrstuvwxyz0123456789' + "'[(7 i) mod 36]", cases });
}

// ---- §8 SJCL v2 (Argon2id + AES-256-GCM, optional HKDF) ----------------------------------------------------
{
  const cases = [];
  const inputs = [
    { password: 'correct horse battery staple', plaintext: 'v2 secret', m: 1024, t: 1, p: 1 },
    { password: 'pässwörd ✓', plaintext: 'v2x' + bytes(32, 5).toString('hex'), m: 2048, t: 2, p: 2 },
    { password: 'adata', plaintext: 'with adata', m: 1024, t: 1, p: 1, adata: 'tx:abc/m/0' },
    { password: 'defaults', plaintext: 'BitGo default Argon2 parameters', m: 65536, t: 3, p: 4 },
    { password: 'x', plaintext: '', m: 512, t: 1, p: 4 },
  ];
  let seed = 101;
  for (const input of inputs) {
    const salt = new Uint8Array(bytes(16, seed++));
    const iv = new Uint8Array(bytes(12, seed++));
    const envelope = await sdkApi.encryptV2(input.password, input.plaintext,
      { salt, iv, memorySize: input.m, iterations: input.t, parallelism: input.p, adata: input.adata });
    check(await sdkApi.decryptV2(input.password, envelope) === input.plaintext, 'sdk-api decrypts its v2 envelope');
    cases.push({ via: '@bitgo/sdk-api encryptV2', password: input.password, plaintext: input.plaintext,
      m: input.m, t: input.t, p: input.p, adata: input.adata ?? '', hkdf: false,
      salt: Buffer.from(salt).toString('hex'), iv: Buffer.from(iv).toString('hex'), hkdfSalt: '', envelope });
  }
  // Session envelopes (Argon2id -> HKDF-SHA256 "bitgo-v2-session" -> AES-256-GCM), built from sdk-api's exported
  // pieces exactly as EncryptionSession.encrypt/buildEnvelope do, but with a fixed hkdfSalt and iv.
  const sessionInputs = [
    { password: 'session password', plaintext: 'session secret', m: 1024, t: 1, p: 1 },
    { password: 'session ✓', plaintext: 'with adata', m: 1024, t: 2, p: 1, adata: 'bind me' },
  ];
  for (const input of sessionInputs) {
    const salt = new Uint8Array(bytes(16, seed++));
    const iv = new Uint8Array(bytes(12, seed++));
    const hkdfSalt = new Uint8Array(bytes(32, seed++));
    const params = { memorySize: input.m, iterations: input.t, parallelism: input.p };
    const hkdfKey = await sdkApi.argon2ToHkdfKey(input.password, salt, params);
    const aesKey = await sdkApi.hkdfDeriveAesKey(hkdfKey, hkdfSalt, 'encrypt');
    const adataBytes = input.adata ? new TextEncoder().encode(input.adata) : undefined;
    const ct = await sdkApi.aesGcmEncrypt(aesKey, iv, input.plaintext, adataBytes);
    const env = { v: 2, m: input.m, t: input.t, p: input.p, salt: Buffer.from(salt).toString('base64'),
      hkdfSalt: Buffer.from(hkdfSalt).toString('base64'), iv: Buffer.from(iv).toString('base64'),
      ct: Buffer.from(ct).toString('base64') };
    if (input.adata) env.adata = input.adata;
    const envelope = JSON.stringify(env);
    check(await sdkApi.decryptV2(input.password, envelope) === input.plaintext, 'sdk-api decrypts a session envelope');
    cases.push({ via: '@bitgo/sdk-api argon2ToHkdfKey/hkdfDeriveAesKey/aesGcmEncrypt', password: input.password,
      plaintext: input.plaintext, m: input.m, t: input.t, p: input.p, adata: input.adata ?? '', hkdf: true,
      salt: Buffer.from(salt).toString('hex'), iv: Buffer.from(iv).toString('hex'),
      hkdfSalt: Buffer.from(hkdfSalt).toString('hex'), envelope });
  }
  write('sjcl-v2.json', { generator: '@bitgo/sdk-api encryptV2/decryptV2 (fixed salt, iv, hkdfSalt)', cases });
}

// ---- BIP32 -------------------------------------------------------------------------------------------------
const bip32 = utxolib.bip32;
function describe(node) {
  return { xpub: node.neutered().toBase58(), xprv: node.isNeutered() ? '' : node.toBase58(),
    publicKey: Buffer.from(node.publicKey).toString('hex'), depth: node.depth, index: node.index,
    parentFingerprint: node.parentFingerprint, fingerprint: Buffer.from(node.fingerprint).readUInt32BE(0) };
}
{
  const cases = [];
  const seeds = [bytes(16, 1), bytes(32, 2), bytes(64, 3), Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex')];
  const paths = ['m/0', 'm/1/2/3', 'm/999999/12/34', 'm/999999/104490948/173846667', 'm/2147483647/0/2147483646'];
  for (const seed of seeds) {
    const master = bip32.fromSeed(seed);
    const derivations = [];
    for (const path of paths) {
      const priv = master.derivePath(path);
      const pub = master.neutered().derivePath(path);
      check(priv.neutered().toBase58() === pub.toBase58(), 'public and private derivation agree');
      derivations.push({ path, ...describe(priv) });
    }
    // Relative derivation from a non-master key, as BitGo's SDK does after sanitizeLegacyPath strips "m/".
    const child = master.derivePath('7');
    const relative = { from: child.toBase58(), path: '8/9', ...describe(child.derivePath('8/9')) };
    cases.push({ seed: seed.toString('hex'), master: describe(master), derivations, relative });
  }
  write('bip32.json', { generator: '@bitgo/utxo-lib bip32 fromSeed/derivePath/neutered/toBase58', cases });
}

// ---- §3 ECDH token issuance --------------------------------------------------------------------------------
{
  const cases = [];
  // BitGoJS's own unit test ("should correctly handle authentication response"): env mock uses the test xpub.
  const publicVector = {
    source: 'BitGoJS unit test: should correctly handle authentication response',
    password: 'test@bitgo.com',
    serverXpub: sdkCore.common.Environments.mock.serverXpub,
    derivationPath: 'm/999999/104490948/173846667',
    encryptedECDHXprv: '{"iv":"QKHEF2GNcwOJwy6+pwANRA==","v":1,"iter":10000,"ks":256,"ts":64,"mode":"ccm","adata":"","cipher":"aes","salt":"W2sVFvXDlOw=","ct":"8BTCqS25X37kLzmzQdGenhXH6znn9qEmkszAeS8kLnRdqKSiUiC7bTAVgg/Np5yrV7F7Jyiq+MTpVT76EoUT+PMJzArv0gUQKC2JPB3JuVKeAAVWBQmhWfkEwRfyv4hq4WMxwZtocwBqThvd2pJm9HE51GX4/Wo="}',
    encryptedToken: '{"iv":"EqxVaGTLY4naAYkuBaTz0w==","v":1,"iter":1000,"ks":128,"ts":64,"mode":"ccm","adata":"","cipher":"aes","salt":"4S4dBYcgL4s=","ct":"FgBRJljb8iSYxnAjMi4Qotr7sTKbSmWnlfHZShMSi8YeeE3kiS8bpHNUwAPhY8tgouh3UsEwrJnY+54MvqFD7yd19pG1V4CVssr8"}',
  };
  {
    const r = noNetworkBitGo('mock').handleTokenIssuance(
      { derivationPath: publicVector.derivationPath, encryptedECDHXprv: publicVector.encryptedECDHXprv,
        encryptedToken: publicVector.encryptedToken }, publicVector.password);
    const clientPath = bip32.fromBase58(r.ecdhXprv).derivePath(sdkCore.sanitizeLegacyPath(publicVector.derivationPath));
    const serverPath = bip32.fromBase58(publicVector.serverXpub).derivePath(sdkCore.sanitizeLegacyPath(publicVector.derivationPath));
    const secret = Buffer.from(secp256k1.publicKeyTweakMul(serverPath.publicKey, clientPath.privateKey)).toString('hex');
    cases.push({ ...publicVector, ecdhXprv: r.ecdhXprv, secret, token: r.token });
  }
  // Our own accounts: the SDK's handleTokenIssuance decrypts what a server built with the same primitives.
  const accounts = [
    { clientSeed: bytes(32, 11), serverSeed: bytes(32, 12), path: 'm/999999/12/34', password: 'demo-password-1', iter: 10000, ks: 256 },
    { clientSeed: bytes(32, 13), serverSeed: bytes(32, 14), path: 'm/999999/2147483647/1', password: 'ünïcode ✓', iter: 1000, ks: 128 },
    { clientSeed: bytes(64, 15), serverSeed: bytes(16, 16), path: '999999/5/6', password: 'no m prefix', iter: 10000, ks: 256 },
  ];
  let seed = 201;
  const env = sdkCore.common.Environments.mock;
  const originalXpub = env.serverXpub;
  for (const a of accounts) {
    const client = bip32.fromSeed(a.clientSeed);
    const server = bip32.fromSeed(a.serverSeed);
    const sanitized = sdkCore.sanitizeLegacyPath(a.path);
    // Server side: server child private key x client child public key.
    const serverSecret = Buffer.from(secp256k1.publicKeyTweakMul(
      client.neutered().derivePath(sanitized).publicKey, server.derivePath(sanitized).privateKey)).toString('hex');
    const token = 'v2x' + bytes(32, seed++).toString('hex');
    const encryptedECDHXprv = sjcl.encrypt(a.password, client.toBase58(),
      { iter: 10000, ks: 256, salt: words(bytes(8, seed++)), iv: words(bytes(16, seed++)) });
    const encryptedToken = sjcl.encrypt(serverSecret, token,
      { iter: a.iter, ks: a.ks, salt: words(bytes(8, seed++)), iv: words(bytes(16, seed++)) });
    env.serverXpub = server.neutered().toBase58();
    const r = noNetworkBitGo('mock').handleTokenIssuance({ derivationPath: a.path, encryptedECDHXprv, encryptedToken }, a.password);
    env.serverXpub = originalXpub;
    check(r.token === token && r.ecdhXprv === client.toBase58(), 'SDK handleTokenIssuance decrypts our account vector');
    cases.push({ source: 'generated; decrypted by @bitgo/sdk-api handleTokenIssuance', password: a.password,
      serverXprv: server.toBase58(), serverXpub: server.neutered().toBase58(), clientXpub: client.neutered().toBase58(),
      derivationPath: a.path, encryptedECDHXprv, encryptedToken, ecdhXprv: client.toBase58(), secret: serverSecret, token });
  }
  write('ecdh.json', { generator: 'secp256k1.publicKeyTweakMul over @bitgo/utxo-lib bip32; @bitgo/sdk-api handleTokenIssuance', cases });
}

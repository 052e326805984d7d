// Thin helpers around BitGo's SDK for the interop tests.
// SDK error objects carry the raw session token (ApiResponseError.result.requestToken on an HMAC mismatch, the
// request object on others), so nothing here ever lets one reach the test output: every SDK call goes through
// `call()` or `failure()`, which keep only name/message/status and a few flags.
import { BitGoAPI } from '@bitgo/sdk-api';

// The sandbox's demo accounts (documented in `bitgo-sandbox --help` and the README).
export const DEMO = Object.freeze({
  username: 'demo@sandbox.bitgo.local',
  password: 'sandbox-demo-password',
});
export const LEGACY = Object.freeze({
  username: 'legacy@sandbox.bitgo.local',
  password: 'sandbox-legacy-password',
});
// Test environments accept the fixed OTP seven zeros (protocol doc §1).
export const OTP = '0000000';

/** A BitGo SDK client for the sandbox in BitGo's `custom` environment. */
export function newClient(baseUrl, { authVersion = 2, accessToken, serverXpub, hmacVerification } = {}) {
  const params = { env: 'custom', customRootURI: baseUrl, authVersion };
  if (accessToken !== undefined) params.accessToken = accessToken;
  if (serverXpub !== undefined) params.serverXpub = serverXpub;
  if (hmacVerification !== undefined) params.hmacVerification = hmacVerification;
  return new BitGoAPI(params);
}

/** What may be printed about an SDK error: never the object itself. */
export function describe(e) {
  const parts = [e?.name ?? 'Error'];
  if (e?.status !== undefined) parts.push(`status ${e.status}`);
  if (e?.result && typeof e.result === 'object' && typeof e.result.name === 'string') {
    parts.push(`server name ${e.result.name}`);
  }
  if (e?.errorCode) parts.push(`code ${e.errorCode}`);
  // The message of an ApiResponseError is the server's `error` text; the sandbox never puts secrets in it.
  return `${parts.join(', ')}: ${String(e?.message ?? e).slice(0, 300)}`;
}

/** Awaits an SDK call; on failure rethrows a clean Error that names the operation. */
export async function call(operation, promise) {
  try {
    return await promise;
  } catch (e) {
    throw new Error(`${operation} failed unexpectedly (${describe(e)})`);
  }
}

/**
 * Awaits an SDK call that must fail; returns a sanitised summary {name, message, status, needsOTP, invalidToken,
 * serverName, serverContext, errorCode}. A success is a test failure (without printing the result).
 */
export async function failure(operation, promise) {
  let result;
  try {
    result = await promise;
  } catch (e) {
    const body = e?.result && typeof e.result === 'object' ? e.result : {};
    return {
      name: e?.name,
      message: String(e?.message ?? ''),
      status: e?.status,
      needsOTP: e?.needsOTP,
      invalidToken: e?.invalidToken,
      serverName: body.name,
      serverContext: body.context,
      errorCode: e?.errorCode,
      text: describe(e),
    };
  }
  // `authenticate` returns (not throws) an Error when already logged in.
  if (result instanceof Error) {
    return { name: result.name, message: result.message, text: describe(result) };
  }
  throw new Error(`${operation} succeeded but must fail`);
}

export const isV2xToken = (t) => typeof t === 'string' && t.length === 67 && /^v2x[0-9a-f]{64}$/.test(t);
export const isLegacyToken = (t) => typeof t === 'string' && /^[0-9a-f]{64}$/.test(t);
export const isTokenId = (id) => typeof id === 'string' && /^[0-9a-f]{32}$/.test(id);

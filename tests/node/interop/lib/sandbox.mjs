// Starts the real `bitgo-sandbox` binary as a child process for the interop tests and talks to its admin routes.
// The sandbox prints `listening on <base url>` (and, once it has an ECDH key, `server xpub <xpub>`) on stdout at
// start-up; we read those lines with a deadline instead of guessing a port. Admin routes need the run's admin secret,
// which the sandbox writes only to its 0600 runtime file: we always give it one and read the secret from there.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const STARTUP_DEADLINE_MS = 30_000;
const STOP_DEADLINE_MS = 15_000;

export class Sandbox {
  constructor(child, baseUrl, serverXpub, stderrTail, adminSecret, ownRuntimeDir) {
    this.child = child;
    this.baseUrl = baseUrl;
    this.serverXpub = serverXpub;
    this.stderrTail = stderrTail;
    // Not enumerable: a test that logs this object does not log the secret.
    Object.defineProperty(this, 'adminSecret', { value: adminSecret, enumerable: false });
    this.ownRuntimeDir = ownRuntimeDir;
  }

  /**
   * Starts the sandbox on a free loopback port plus `args`. `exe` defaults to $BGTM_SANDBOX_EXE. When
   * BGTM_INTEROP_TLS_CERT/KEY are set (by run.mjs --tls) it serves HTTPS with that certificate.
   * `wantXpub`: also wait for the `server xpub` line (ECDH tests).
   */
  static async start({ exe = process.env.BGTM_SANDBOX_EXE, args = [], wantXpub = false } = {}) {
    if (!exe) {
      throw new Error('BGTM_SANDBOX_EXE is not set: pass the path of the bitgo-sandbox binary');
    }
    const tls = process.env.BGTM_INTEROP_TLS_CERT && process.env.BGTM_INTEROP_TLS_KEY
      ? ['--tls-cert', process.env.BGTM_INTEROP_TLS_CERT, '--tls-key', process.env.BGTM_INTEROP_TLS_KEY]
      : [];
    const at = args.indexOf('--runtime-file');
    const ownRuntimeDir = at >= 0 ? undefined : mkdtempSync(join(tmpdir(), 'bgtm-sandbox-run-')); // 0700
    const runtimeFile = at >= 0 ? args[at + 1] : join(ownRuntimeDir, 'sandbox.json');
    const runtime = at >= 0 ? [] : ['--runtime-file', runtimeFile];
    const child = spawn(exe, ['--host', '127.0.0.1', '--port', '0', ...tls, ...args, ...runtime],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    const stderrTail = [];
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });

    let baseUrl;
    let serverXpub;
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(
        `sandbox did not print its start-up lines within ${STARTUP_DEADLINE_MS} ms`)), STARTUP_DEADLINE_MS);
      const done = () => { clearTimeout(timer); resolve(); };
      child.on('error', (e) => { clearTimeout(timer); reject(new Error(`cannot start sandbox ${exe}: ${e.message}`)); });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`sandbox exited during start-up (code ${code}, signal ${signal})`));
      });
      createInterface({ input: child.stdout }).on('line', (line) => {
        const listening = /^listening on (\S+)/.exec(line);
        const xpub = /^server xpub (\S+)/.exec(line);
        if (listening) baseUrl = listening[1].replace(/\/+$/, '');
        if (xpub) serverXpub = xpub[1];
        if (baseUrl && (!wantXpub || serverXpub)) done();
      });
    });
    try {
      await ready;
    } catch (e) {
      child.kill('SIGKILL');
      if (ownRuntimeDir) rmSync(ownRuntimeDir, { recursive: true, force: true });
      const tail = stderrTail.length ? `\nsandbox stderr (last lines):\n${stderrTail.join('\n')}` : '';
      throw new Error(e.message + tail);
    }
    child.removeAllListeners('exit');
    // The sandbox writes its runtime file before it prints its start-up lines.
    const { adminSecret } = JSON.parse(readFileSync(runtimeFile, 'utf8'));
    const sandbox = new Sandbox(child, baseUrl, serverXpub, stderrTail, adminSecret, ownRuntimeDir);
    if (!adminSecret) {
      await sandbox.stop().catch(() => {});
      throw new Error(`no adminSecret in the sandbox's runtime file ${runtimeFile}`);
    }
    // run.mjs says which scheme this run is about: an "HTTPS" run that silently served HTTP proves nothing.
    const expected = process.env.BGTM_INTEROP_EXPECT_SCHEME;
    if (expected && !baseUrl.startsWith(`${expected}://`)) {
      await sandbox.stop().catch(() => {});
      throw new Error(`sandbox serves ${baseUrl}, expected a ${expected}:// URL`);
    }
    return sandbox;
  }

  /** SIGTERM, then wait for a clean exit; a sandbox that ignores SIGTERM is a failure (and is killed). */
  async stop() {
    try {
      return await this.#stopChild();
    } finally {
      if (this.ownRuntimeDir) rmSync(this.ownRuntimeDir, { recursive: true, force: true });
    }
  }

  async #stopChild() {
    if (this.child.exitCode !== null || this.child.signalCode !== null) {
      return { code: this.child.exitCode, signal: this.child.signalCode };
    }
    const exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    this.child.kill('SIGTERM');
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve(null), STOP_DEADLINE_MS); });
    const result = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (result === null) {
      this.child.kill('SIGKILL');
      throw new Error(`sandbox did not exit within ${STOP_DEADLINE_MS} ms of SIGTERM`);
    }
    return result;
  }

  /** Adds a sandbox fault (`wrong-hmac`, `stale-timestamp`, …; see tests/support/SandboxProcess.h). */
  setFault(mode, options = {}) {
    return this.admin('POST', '/_sandbox/faults', { mode, ...options });
  }

  clearFaults() {
    return this.admin('DELETE', '/_sandbox/faults');
  }

  /**
   * Calls an admin route (under /_sandbox/; loopback callers with the admin secret). Returns the parsed JSON body;
   * throws on non-2xx.
   */
  async admin(method, path, body) {
    const headers = { 'X-Sandbox-Admin': this.adminSecret };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`admin ${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return text ? JSON.parse(text) : {};
  }
}

// Runs our `bitgo-token-manager-cli` (path in $BGTM_CLI_EXE) for the interop tests, with a home of its own and the
// sandbox's runtime directory (where `--env sandbox` finds the base URL and server xpub). The keychain is the one of
// the test session (scripts/with-test-session.sh): the CLI stores tokens and its session there.
//
// A run's stdout may hold a token (`tokens export`): it is returned, never printed. describeRun() shows the exit
// code and stderr only; the CLI keeps secrets off stderr (tests/cli checks that).
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUN_DEADLINE_MS = 60_000;

/** A private runtime directory for the sandbox's runtime file; pass it to Sandbox.start and to every Cli. */
export function makeRuntimeDir() {
  const dir = mkdtempSync(join(tmpdir(), 'bgtm-interop-run-'));
  chmodSync(dir, 0o700);
  mkdirSync(join(dir, 'bitgo-token-manager'), { mode: 0o700 });
  return { dir, runtimeFile: join(dir, 'bitgo-token-manager', 'sandbox.json') };
}

export class Cli {
  constructor(runtimeDir, exe = process.env.BGTM_CLI_EXE) {
    if (!exe) throw new Error('BGTM_CLI_EXE is not set: pass the path of bitgo-token-manager-cli');
    this.exe = exe;
    this.home = mkdtempSync(join(tmpdir(), 'bgtm-interop-cli-'));
    const env = { ...process.env };
    for (const name of ['BITGO_ENV', 'BITGO_USER', 'BITGO_ACCESS_TOKEN', 'BGTM_TEST_KILL_AT', 'DISPLAY']) delete env[name];
    for (const [name, sub] of [['HOME', 'home'], ['XDG_DATA_HOME', 'data'], ['XDG_CONFIG_HOME', 'config'],
      ['XDG_CACHE_HOME', 'cache']]) {
      mkdirSync(join(this.home, sub));
      env[name] = join(this.home, sub);
    }
    env.XDG_RUNTIME_DIR = runtimeDir;
    this.env = env;
  }

  /** Runs the CLI with `args`; `input` goes to stdin (then closed). Resolves {code, signal, stdout, stderr}. */
  run(args, { input = '', env = {} } = {}) {
    return new Promise((resolve, reject) => {
      const child = spawn(this.exe, args, { env: { ...this.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => { stdout += chunk; });
      child.stderr.setEncoding('utf8').on('data', (chunk) => { stderr += chunk; });
      const timer = setTimeout(() => child.kill('SIGKILL'), RUN_DEADLINE_MS);
      child.on('error', (e) => { clearTimeout(timer); reject(new Error(`cannot run ${this.exe}: ${e.message}`)); });
      child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); });
      child.stdin.on('error', () => {}); // a CLI that exits before reading its stdin is reported by its exit code
      child.stdin.end(input);
    });
  }

  /** Removes the home (its index and settings); the keychain items stay in the test session's keyring. */
  dispose() {
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** What may be printed about a run: exit code and the tail of stderr, never stdout. */
export function describeRun(r) {
  const kept = r.stderr.split('\n').filter((line) => line.trim() && !line.startsWith('qt.')).join('\n');
  return `exit ${r.code}${r.signal ? ` (signal ${r.signal})` : ''}, stderr: ${kept.slice(-3000)}`;
}

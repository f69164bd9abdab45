/** Run a command to completion, timing it and keeping its output for when it fails. */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks a second, for /proc's CPU times. */
const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds (user + system) used so far by this process's finished children and their
 * descendants, from /proc/self/stat (cutime + cstime); null off Linux. Unlike wall time,
 * it barely changes when other work shares the machine.
 */
function childrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / TICKS;
  } catch {
    return null;
  }
}

/**
 * Run `command args` in `cwd`; resolves with the wall-clock seconds, the CPU seconds of the
 * command's whole process tree (null off Linux; only meaningful while no other child of
 * this process finishes meanwhile) and the output. Rejects with the output's tail when the
 * command exits non-zero.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env?: NodeJS.ProcessEnv }} options
 * @returns {Promise<{ seconds: number, cpuSeconds: number | null, output: string }>}
 */
export function runCommand(command, args, { cwd, env = process.env }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = childrenCpuSeconds();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
      if (code === 0) resolve({ seconds, cpuSeconds, output });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** Environment for a child build: ours, minus the variables that would move its output or base. */
export function cleanBuildEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const name of ['OUT_DIR', 'BASE_PATH']) if (!(name in extra)) delete env[name];
  return env;
}

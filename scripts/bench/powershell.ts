/**
 * `npm run bench`, PowerShell front end: `Get-ChildItem <dir> -Filter *.json -Recurse | Invoke-WsusDiagnosis`
 * with the built module (dist/powershell/WsusDoctor/<version>) over the bench's fact files, beside the
 * `batch --format ndjson=<file>` run it drives, on the same files. Wall time from spawn to exit, CPU time and
 * peak RSS of the whole process tree (pwsh + node + worker threads: the sum of VmRSS over /proc, polled every
 * 20 ms), plus PowerShell's start-up and module import alone. Skipped with the reason when pwsh is absent.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface TreeRun {
  ms: number;
  code: number | null;
  peakKiB: number;
  /** CPU of the tree (user + system, reaped children included), from the last poll. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

/** Children of every process, from /proc/<pid>/stat (field 4 is the parent pid). */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? [];
      list.push(Number(entry));
      map.set(ppid, list);
    } catch {
      // exited meanwhile
    }
  }
  return map;
}

/** RSS (KiB) and CPU (ms: utime + stime, plus the root's reaped children) of a process tree now. */
function treeUsage(pid: number): { rssKiB: number; cpuMs: number } {
  const children = childrenMap();
  let rssKiB = 0;
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) rssKiB += Number(m[1]);
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14-17 of /proc/<pid>/stat: utime, stime, cutime, cstime (clock ticks, 100 per second).
      ticks += Number(fields[11]) + Number(fields[12]) + (p === pid ? Number(fields[13]) + Number(fields[14]) : 0);
    } catch {
      // exited
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { rssKiB, cpuMs: ticks * 10 };
}

/** Runs a command; wall ms, exit code, peak RSS of its process tree (KiB), stdout and stderr. */
export function timedTree(command: string, argv: string[], cwd: string): Promise<TreeRun> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout.length < 1_000_000 ? (stdout += d) : undefined));
    child.stderr.on('data', (d) => (stderr.length < 100_000 ? (stderr += d) : undefined));
    let peak = 0;
    let cpuMs = 0;
    const timer = setInterval(() => {
      const usage = treeUsage(child.pid!);
      peak = Math.max(peak, usage.rssKiB);
      cpuMs = Math.max(cpuMs, usage.cpuMs);
    }, 20);
    child.on('exit', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - t0, code, peakKiB: peak, cpuMs, stdout, stderr });
    });
  });
}

function findPwsh(root: string): string | undefined {
  const local = join(root, '.tools', 'pwsh', 'pwsh');
  if (existsSync(local)) return local;
  const found = spawnSync('pwsh', ['-NoProfile', '-Command', '$PSVersionTable.PSVersion.ToString()'], { encoding: 'utf8' });
  return found.status === 0 ? 'pwsh' : undefined;
}

const psQuote = (s: string) => `'${s.replace(/'/g, "''")}'`;

export async function benchPowerShell(options: { root: string; dir: string; files: number; log: (line: string) => void }): Promise<void> {
  const { root, dir, files, log } = options;
  const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const pwsh = findPwsh(root);
  if (!pwsh) {
    log('PowerShell front end: skipped (pwsh not found in .tools/pwsh or on PATH; bash scripts/setup-powershell.sh installs it)');
    return;
  }
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version.replace(/-.*$/, '');
  const manifest = join(root, 'dist', 'powershell', 'WsusDoctor', version, 'WsusDoctor.psd1');
  if (!existsSync(manifest)) {
    log(`PowerShell front end: skipped (${manifest} is missing: run npm run build)`);
    return;
  }
  const run = (script: string) => timedTree(pwsh, ['-NoProfile', '-NonInteractive', '-Command', script], root);
  const importOnly = await run(`Import-Module ${psQuote(manifest)}; [void](& (Get-Module WsusDoctor) { Initialize-WdDiagnosisType })`);
  const front = await run(
    `Import-Module ${psQuote(manifest)}; $n = 0; ` +
      `Get-ChildItem -LiteralPath ${psQuote(dir)} -Filter '*.json' -Recurse -File | Invoke-WsusDiagnosis -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | ForEach-Object { $n++ }; "objects=$n"`,
  );
  if (front.code !== 0 || !/objects=\d+/.test(front.stdout)) throw new Error(`PowerShell front end failed (${front.code}): ${front.stderr.slice(-2000)}${front.stdout.slice(-2000)}`);
  const objects = /objects=(\d+)/.exec(front.stdout)![1];
  const report = join(tmpdir(), `wsus-doctor-bench-ps-${process.pid}.ndjson`);
  const batch = await timedTree(process.execPath, [join(root, 'bin', 'wsus-doctor.js'), 'batch', dir, '--format', `ndjson=${report}`, '--quiet', '--fail-on', 'none'], root);
  rmSync(report, { force: true });
  if (batch.code !== 0 && batch.code !== 1 && batch.code !== 2) throw new Error(`batch failed (${batch.code}): ${batch.stderr}`);
  log(
    `PowerShell front end (Get-ChildItem | Invoke-WsusDiagnosis, ${files} files, ${objects} objects): ${fmt(front.ms / 1000)} s, CPU ${fmt(front.cpuMs / 1000)} s, ` +
      `peak RSS of pwsh + engine ${fmt(front.peakKiB / 1024, 0)} MB (PowerShell start-up and module import alone: ${fmt(importOnly.ms / 1000)} s, CPU ${fmt(importOnly.cpuMs / 1000)} s, ${fmt(importOnly.peakKiB / 1024, 0)} MB)`,
  );
  log(
    `  beside batch --format ndjson=<file> on the same files (what the front end runs): ${fmt(batch.ms / 1000)} s, CPU ${fmt(batch.cpuMs / 1000)} s, peak RSS ${fmt(batch.peakKiB / 1024, 0)} MB; ` +
      `the front end adds ${fmt((front.ms - batch.ms) / 1000)} s`,
  );
}

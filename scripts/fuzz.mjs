// `npm run fuzz [scale] [seed]`: the fuzz targets of test/fuzz with a longer budget (default 50
// times `npm test`'s) and, optionally, another seed. A failure keeps its counterexample in
// test/fixtures/fuzz/ (replayed by every `npm test` once committed).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [scale = '50', seed] = process.argv.slice(2);
const env = { ...process.env, WSUS_DOCTOR_FUZZ_SCALE: scale };
if (seed) env.WSUS_DOCTOR_FUZZ_SEED = seed;
const result = spawnSync(process.execPath, [join(root, 'scripts', 'run-tests.mjs'), 'test/fuzz/'], { cwd: root, stdio: 'inherit', env });
process.exit(result.status ?? 1);

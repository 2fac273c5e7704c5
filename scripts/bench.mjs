#!/usr/bin/env node
// Runs the engine benchmarks and prints each median beside its target (issue 14). Timings are
// reported, never asserted: a loaded machine must not fail a run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TARGET_MS = {
  'quote: every product at 300 seats': 0.05,
  'priceOrganisation: 10 groups, one over the tenant cap': 5,
  'advise: 10 groups, direct': 5,
  'advise: 10 groups, Enterprise Agreement': 5,
};
const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
execFileSync('npx', ['vitest', 'bench', '--run', '--no-color', '--project', 'shared', '--outputJson', out], { stdio: 'inherit' });

for (const file of JSON.parse(readFileSync(out, 'utf8')).files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const target = TARGET_MS[b.name];
      const verdict = target === undefined ? '' : ` (target ${target} ms: ${b.median <= target ? 'met' : 'not met'})`;
      console.log(`bench: ${b.name}: median ${b.median.toFixed(4)} ms over ${b.sampleCount} runs${verdict}`);
    }
  }
}

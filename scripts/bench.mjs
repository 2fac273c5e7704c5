#!/usr/bin/env node
// Runs the engine benchmarks and prints each median; fails when a full quote's median passes its budget.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BUDGET_MS = { 'quote: every product at 300 seats': 0.2 };
const out = join(mkdtempSync(join(tmpdir(), 'bench-')), 'bench.json');
execFileSync('npx', ['vitest', 'bench', '--run', '--no-color', '--outputJson', out], { stdio: 'inherit' });

let over = 0;
for (const file of JSON.parse(readFileSync(out, 'utf8')).files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const budget = BUDGET_MS[b.name];
      const verdict = budget === undefined ? '' : b.median <= budget ? ` (budget ${budget} ms: ok)` : ` (budget ${budget} ms: OVER)`;
      if (budget !== undefined && b.median > budget) over++;
      console.log(`bench: ${b.name}: median ${b.median.toFixed(4)} ms over ${b.sampleCount} runs${verdict}`);
    }
  }
}
process.exit(over === 0 ? 0 : 1);

#!/usr/bin/env node
// The one test command: types, price book, build, unit and property tests, browser tests.
// Each step's runner prints a closing count line; this script repeats them and ends with a total.
import { spawn } from 'node:child_process';

const steps = [
  { name: 'types', cmd: 'npx', args: ['astro', 'check'] },
  { name: 'engine types (no DOM)', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.engine.json'] },
  // The build comes before the unit tests: some of them check the built pages and host headers.
  { name: 'build', cmd: 'npm', args: ['run', 'build'] },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--no-color'], counts: /^unit: (\d+) passed, (\d+) failed/m },
  { name: 'size', cmd: 'node', args: ['scripts/size.mjs'] },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'], counts: /^e2e: (\d+) passed, (\d+) failed/m },
];

function run(step) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(step.cmd, step.args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const summary = [];
let passed = 0;
let failed = 0;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const { code, output } = await run(step);
  const match = step.counts?.exec(output);
  if (match) {
    passed += Number(match[1]);
    failed += Number(match[2]);
    summary.push(match[0]);
  } else {
    summary.push(`${step.name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
  }
  if (code !== 0) {
    if (!match || Number(match[2]) === 0) failed += 1;
    break;
  }
}

console.log(`\n${summary.join('\n')}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

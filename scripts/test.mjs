#!/usr/bin/env node
// The one test command: types, price book, build, unit and property tests, browser tests.
// Each step's runner prints a closing count line; this script repeats them and ends with a total.
//
// Steps in one stage run side by side (each is mostly one thread, and the machine has two cores);
// a step's output is printed whole when it ends, so logs never interleave. A stage starts when the
// one before it has passed.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const stages = [
  [
    // The build comes before the unit tests: some of them check the built pages and host headers.
    { name: 'build', cmd: 'npm', args: ['run', 'build'] },
    { name: 'engine types (no DOM)', cmd: 'npx', args: ['tsc', '-p', 'tsconfig.engine.json'] },
  ],
  [
    // After the build, never beside it: both write Astro's generated types (.astro/), which astro check reads.
    { name: 'types', cmd: 'npx', args: ['astro', 'check'] },
    // A worker per core. Vitest's default leaves one core out (one worker on a 2-core machine), and that
    // core idled once the type check beside it ended: the unit tests alone took 57 s with one worker, 40 s with two.
    { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--no-color', `--maxWorkers=${availableParallelism()}`], counts: /^unit: (\d+) passed, (\d+) failed/m },
    { name: 'size', cmd: 'node', args: ['scripts/size.mjs'] },
  ],
  [{ name: 'e2e', cmd: 'npx', args: ['playwright', 'test'], counts: /^e2e: (\d+) passed, (\d+) failed/m }],
];

function run(step, { live }) {
  return new Promise((resolve) => {
    let output = '';
    const started = performance.now();
    const child = spawn(step.cmd, step.args, { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        if (live) (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const summary = [];
const timings = [];
let passed = 0;
let failed = 0;
const began = performance.now();
for (const stage of stages) {
  const live = stage.length === 1;
  for (const step of stage) console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}${live ? '' : ' (alongside the others; its output follows when it ends)'}`);
  const results = await Promise.all(
    stage.map((step) =>
      run(step, { live }).then((result) => {
        if (!live) process.stdout.write(`\n▶ ${step.name} ended:\n${result.output}`);
        return result;
      }),
    ),
  );
  let stageFailed = false;
  stage.forEach((step, i) => {
    const { code, output, seconds } = results[i];
    timings.push(`${step.name} ${seconds.toFixed(0)} s`);
    const match = step.counts?.exec(output);
    if (match) {
      passed += Number(match[1]);
      failed += Number(match[2]);
      summary.push(match[0]);
    } else {
      summary.push(`${step.name}: ${code === 0 ? 'ok' : `failed (exit ${code})`}`);
    }
    if (code !== 0) {
      stageFailed = true;
      if (!match || Number(match[2]) === 0) failed += 1;
    }
  });
  if (stageFailed) break;
}

console.log(`\ntime: ${timings.join(', ')}; ${((performance.now() - began) / 1000).toFixed(0)} s in all`);
console.log(`\n${summary.join('\n')}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

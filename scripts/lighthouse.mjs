#!/usr/bin/env node
// Lighthouse (mobile, its default) against `astro preview` of the build, in Debian's Chromium.
// Prints the four category scores; the full report goes to reports/lighthouse.json.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const PORT = 4323;
const URL = `http://127.0.0.1:${PORT}/`;
const chrome = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));
if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });

const server = spawn('node', ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(URL)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  mkdirSync('reports', { recursive: true });
  const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';
  execFileSync(
    'node',
    ['node_modules/lighthouse/cli/index.js', URL, '--quiet', '--output=json', '--output-path=reports/lighthouse.json', `--chrome-flags=${flags}`],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
  );
  const report = JSON.parse(readFileSync('reports/lighthouse.json', 'utf8'));
  for (const category of Object.values(report.categories)) console.log(`lighthouse: ${category.title}: ${Math.round(category.score * 100)}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    console.log(`lighthouse: ${report.audits[id].title}: ${report.audits[id].displayValue}`);
  }
  console.log(`lighthouse: ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${report.environment.hostUserAgent}`);
} finally {
  server.kill();
}

#!/usr/bin/env node
// Lighthouse (mobile, its default) against `astro preview` of the build, in Debian's Chromium.
// Run directly, it prints the four category scores for `/`; the full report goes to reports/lighthouse.json.
// scripts/perf.mjs uses runLighthouse for its medians.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromeArgs, chromePath, startPreview } from './preview.mjs';

/** One Lighthouse run of `url`; returns its JSON report (also written to `output`). */
export function runLighthouse(url, output = 'reports/lighthouse.json') {
  mkdirSync('reports', { recursive: true });
  execFileSync(
    'node',
    ['node_modules/lighthouse/cli/index.js', url, '--quiet', '--output=json', `--output-path=${output}`, `--chrome-flags=--headless=new ${chromeArgs.join(' ')}`],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } },
  );
  return JSON.parse(readFileSync(output, 'utf8'));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const preview = await startPreview(4323);
  try {
    const report = runLighthouse(`${preview.origin}/`);
    for (const category of Object.values(report.categories)) console.log(`lighthouse: ${category.title}: ${Math.round(category.score * 100)}`);
    for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
      console.log(`lighthouse: ${report.audits[id].title}: ${report.audits[id].displayValue}`);
    }
    console.log(`lighthouse: ${report.lighthouseVersion}, ${report.configSettings.formFactor}, ${report.environment.hostUserAgent}`);
  } finally {
    preview.stop();
  }
}

// Shared by the measurement scripts: Debian's Chromium, and `astro preview` of the build on a port of its own.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium: the binary behind the wrapper script avoids a harmless shell warning. */
export const chromePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** Chromium flags that keep it from reaching the internet or needing a sandbox here. */
export const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Starts `astro preview` of dist/ (building first if there is none) and resolves when it answers; call `stop()` after. */
export async function startPreview(port) {
  if (!existsSync('dist/index.html')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const server = spawn('node', ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return { origin, stop: () => server.kill() };
}

// Shared by the measurement scripts: Debian's Chromium, and `astro preview` of the build on a port of its own.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's Chromium: the binary behind the wrapper script avoids a harmless shell warning. */
export const chromePath = process.env.CHROME_PATH ?? ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));

/** Chromium flags that keep it from reaching the internet or needing a sandbox here. */
export const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const ASTRO = fileURLToPath(new URL('../node_modules/astro/astro.js', import.meta.url));

/**
 * Starts `astro preview` of `root`'s dist/ (this checkout unless another is named; building first if
 * there is none) and resolves when it answers; call `stop()` after.
 */
export async function startPreview(port, root = '.') {
  if (!existsSync(join(root, 'dist/index.html'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const server = spawn('node', [ASTRO, 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd: root, stdio: 'ignore' });
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

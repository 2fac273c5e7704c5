// What a browser requests of a built site before anyone touches it: shared by scripts/size.mjs (the
// budget) and scripts/perf.mjs (the report). A small static server of dist/ on a free port, so any
// number of these can run beside other servers.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain', '.xml': 'application/xml' };

/** Serves `dir` on 127.0.0.1 at a free port; resolves with its origin and a stop function. */
export async function serveStatic(dir) {
  const server = createServer((request, response) => {
    let path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** Resolves once the page has loaded and no request has started for `quietMs`. */
export async function settle(page, requests, quietMs = 800) {
  await page.waitForLoadState('load');
  let seen = -1;
  while (seen !== requests.length) {
    seen = requests.length;
    await page.waitForTimeout(quietMs);
  }
}

/**
 * The JavaScript files a fresh page requests, without any input, until load, idle and quiet: their paths
 * in order. `after` (optional) then acts on the page and the files requested by then follow in `more`.
 */
export async function requestedScripts(browser, url, after) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(url);
  await settle(page, requests);
  // What the page starts when the browser is idle after load (the worker warming number formats,
  // src/layouts/WarmIntl.astro) counts too: idle callbacks run in the order they were asked for, so
  // once this one has run, the page's have; then quiet again, so their requests are all in.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 5_000 })));
  await settle(page, requests);
  const scripts = () => [...new Set(requests.filter((r) => r.resourceType() === 'script').map((r) => new URL(r.url()).pathname))];
  const before = scripts();
  let more = before;
  if (after) {
    await after(page);
    await settle(page, requests);
    more = scripts();
  }
  await context.close();
  return { before, after: more };
}

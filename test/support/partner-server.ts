import { createServer, type Server } from 'node:http';

/** A running partner site: its origin, every path it was asked for, and how to stop it. */
export interface PartnerSite {
  origin: string;
  requested: string[];
  close: () => Promise<void>;
}

/** A stand-in partner site on its own origin (another port on the loopback address), serving fixed pages. */
export async function startPartnerSite(port: number, pages: Record<string, string>): Promise<PartnerSite> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const page = pages[path];
    response.writeHead(page === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain partner page around some body HTML. */
export function partnerPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"></head>
<body style="font-family: sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem"><header><h1>${title}</h1></header><main>${body}</main></body></html>`;
}

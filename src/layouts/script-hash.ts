import { createHash } from 'node:crypto';

/** The Content-Security-Policy source that allows exactly this inline script (`sha256-…`). */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source).digest('base64')}`;
}

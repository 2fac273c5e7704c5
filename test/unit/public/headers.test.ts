import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** public/_headers read as the static hosts read it: a path line, then indented `Name: value` lines. */
function readHeaders(): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const at = line.indexOf(':');
      current!.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
    }
  }
  return rules;
}

/** Which rules a static host applies to a path (`/*` matches everything). */
function matching(rules: Map<string, Map<string, string>>, path: string): Map<string, string>[] {
  return [...rules].filter(([pattern]) => pattern === path || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)))).map(([, headers]) => headers);
}

describe('public/_headers', () => {
  const rules = readHeaders();

  test.each(['/embed/', '/embed', '/embed/index.html', '/nb/embed/', '/nb/embed', '/de/embed/', '/de/embed/index.html'])('lets any site frame %s, and says nothing stricter', (path) => {
    const policies = matching(rules, path).map((h) => h.get('content-security-policy')).filter(Boolean);
    expect(policies).toEqual(['frame-ancestors *']);
  });

  test.each(['/', '/index.html', '/nb/', '/nb', '/nb/index.html', '/de/', '/de/index.html'])('lets only this site frame %s', (path) => {
    const policies = matching(rules, path).map((h) => h.get('content-security-policy')).filter(Boolean);
    expect(policies).toEqual(["frame-ancestors 'self'"]);
  });

  test('sends nosniff, a strict referrer policy and a permissions policy everywhere', () => {
    const all = rules.get('/*')!;
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(all.get('permissions-policy')).toMatch(/camera=\(\), .*geolocation=\(\), .*microphone=\(\)/);
  });
});

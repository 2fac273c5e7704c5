/** Query strings, read and written without the DOM: `a=1&l=x.f.0`, keys in order, repeats kept. */

/** A query string read into key–value pairs; bad percent-escapes are kept as typed, never thrown. */
export class Query {
  readonly pairs: readonly (readonly [string, string])[];

  /** From a query string, or from pairs already read (one scenario's part of a link). */
  constructor(text: string | readonly (readonly [string, string])[]) {
    if (typeof text !== 'string') {
      this.pairs = text;
      return;
    }
    this.pairs = text
      .replace(/^\?/, '')
      .split('&')
      .filter((part) => part !== '')
      .map((part) => {
        const at = part.indexOf('=');
        return at === -1 ? [decode(part), ''] : [decode(part.slice(0, at)), decode(part.slice(at + 1))];
      });
  }

  /** The first value of a key, or null. */
  get(key: string): string | null {
    return this.pairs.find(([k]) => k === key)?.[1] ?? null;
  }

  /** Every value of a key, in order. */
  getAll(key: string): string[] {
    return this.pairs.filter(([k]) => k === key).map(([, value]) => value);
  }

  /** Each key once, in order of first appearance. */
  keys(): string[] {
    return [...new Set(this.pairs.map(([k]) => k))];
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

/** Writes pairs as a query string; `.`, `-` and `_` stay readable. */
export function writeQuery(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&');
}

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_ECHO, MAX_NOTICES, capNotices, echo, type AddressNotice } from '../../../../src/lib/address';

/** Time for a property test of thousands of runs, on a 2-core machine shared with other work. */
const PROPERTY_TIME = 60_000;

const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

describe('echo', () => {
  test('keeps short text as it is', () => {
    expect(echo('m365-e9')).toBe('m365-e9');
  });

  test('cuts long text to MAX_ECHO characters, counting a character outside the basic plane once', () => {
    expect(MAX_ECHO).toBe(40);
    expect(echo('😀'.repeat(50))).toBe(`${'😀'.repeat(40)}…`);
  });

  test('never returns a control or bidirectional character, nor more than MAX_ECHO characters and an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = echo(text);
        expect(CONTROLS.test(shown)).toBe(false);
        expect([...shown].length).toBeLessThanOrEqual(MAX_ECHO + 1);
      }),
      { numRuns: 2_000 },
    );
  }, PROPERTY_TIME);
});

describe('capNotices', () => {
  const unknown = (n: number): AddressNotice[] => Array.from({ length: n }, (_, i) => ({ code: 'unknown-key', key: `k${i}` }));

  test('lists up to MAX_NOTICES notices as they are', () => {
    expect(capNotices(unknown(MAX_NOTICES))).toEqual(unknown(MAX_NOTICES));
  });

  test('counts the rest in one notice', () => {
    expect(capNotices(unknown(MAX_NOTICES + 3))).toEqual([...unknown(MAX_NOTICES), { code: 'more', count: 3 }]);
  });
});

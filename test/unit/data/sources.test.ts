import { describe, expect, test } from 'vitest';
import * as book from '../../../src/data';
import * as azure from '../../../src/data/azure';
import * as countries from '../../../src/data/countries';
import * as highlights from '../../../src/data/highlights';
import * as programme from '../../../src/data/programme';
import { sourceDetails } from '../../../src/data/source-details';
import { sources } from '../../../src/data/sources';
import { NO_ADDRESS_REASONS } from '../../../src/data/types';

/** Every source id a figure or rule in the data cites, found by walking the data. */
function citedSources(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => citedSources(item, found));
  else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.source === 'string') found.add(record.source);
    for (const id of Array.isArray(record.seeAlso) ? record.seeAlso : []) found.add(id as string);
    for (const [key, child] of Object.entries(record)) if (key !== 'sources') citedSources(child, found);
  }
  return found;
}

const cited = citedSources([book.pricingBook, azure, countries, highlights, programme]);
const PRIVATE_NAME = /facts|\bseeds?\b|\.md\b|\.txt\b/i;

describe('the sources', () => {
  test('cover every figure and rule: each cited id is a known source', () => {
    expect(cited.size).toBeGreaterThan(10);
    expect([...cited].filter((id) => !sources.some((source) => source.id === id))).toEqual([]);
  });

  test.each([...cited])('%s has a public https address, or says plainly why it has none', (id) => {
    const source = sources.find((candidate) => candidate.id === id)!;
    const { url, noAddress } = source as { url: string | null; noAddress?: string };
    if (url === null) expect(NO_ADDRESS_REASONS).toContain(noAddress);
    else expect(url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i);
  });

  test('give every source a title, a publisher, its own date and a confidence, in source-details.ts', () => {
    for (const source of sources) {
      const details = sourceDetails[source.id];
      expect([details.title, details.publisher, details.date, details.confidence, details.basis].every(Boolean)).toBe(true);
    }
  });

  test('never show a file of ours, "FACTS" or "seed" as a label or title', () => {
    for (const source of sources) {
      expect(`${source.label} ${sourceDetails[source.id].title} ${sourceDetails[source.id].publisher}`).not.toMatch(PRIVATE_NAME);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { sources } from '../../../src/data/sources';
import { builtPages } from '../../support/dist';

/** What a reader must never see as a source: our own notes file, the seed documents, a Markdown file. */
const PRIVATE_NAME = /FACTS|\bseeds?\b|\.md\b/i;

/** A page's text and attribute values as a reader could meet them: no scripts, no styles. */
function readable(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '');
}

describe.each(builtPages())('the built page $page', ({ html }) => {
  test('names no file of ours, no "FACTS" and no "seed"', () => {
    expect(readable(html).match(PRIVATE_NAME)).toBeNull();
  });
});

describe('the source labels shipped to the browser', () => {
  test.each(sources.map((source) => [source.id, source.label]))('%s: "%s" names no file of ours', (_id, label) => {
    expect(label).not.toMatch(PRIVATE_NAME);
  });
});

import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../src/data';
import { builtPages } from '../../support/dist';

const home = builtPages().find(({ page }) => page === '/')!;

/** The Sources list's entry of one source, as built. */
function entry(id: string): string {
  return home.html.match(new RegExp(`<li id="source-${id}"[^>]*>([\\s\\S]*?)</li>`))?.[1] ?? '';
}

/** What a reader sees of an entry: its text, spaces collapsed. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replaceAll('&#39;', "'").replaceAll('&amp;', '&').replace(/\s+/g, ' ').replace(/ ([.,:])/g, '$1').trim();
}

describe('the Sources section of the built page', () => {
  test.each(priceBook.sources.map((source) => [source.id, source]))('lists %s with its title, publisher, date, address and confidence', (_id, source) => {
    const html = entry(source.id);
    expect(html).toContain(`<a href="${source.url}" target="_blank" rel="noopener">`);
    expect(text(html)).toContain(`${source.title}. ${source.publisher},`);
    expect(text(html)).toContain(`${source.url} (opens in a new tab) Confidence:`);
    expect(text(html)).toMatch(/\b(19|20)\d\d\. https:/);
    expect(text(html)).toMatch(/Confidence: (high|fairly high|medium|low): \w[^.]+\.$/);
  });

  test("shows the Microsoft FAQ's date as the range it was written in, and its confidence in words", () => {
    expect(text(entry('ms-nonprofit-faq-nb'))).toBe(
      "Microsoft Nonprofits FAQ (Norwegian edition). Microsoft, October 2023 – June 2025. https://www.microsoft.com/nb-NO/nonprofits/faq (opens in a new tab) Confidence: high: Microsoft's own page.",
    );
  });
});

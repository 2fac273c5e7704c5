import { describe, expect, test } from 'vitest';
import { priceBook } from '../../../src/data';
import { citedPublisher, citedTitle } from '../../../src/i18n/citation';
import { sourceWords } from '../../../src/i18n/en/sources';
import { builtPages } from '../../support/dist';

const home = builtPages().find(({ page }) => page === '/')!;

/** The Sources list's entry of one source, as built (on the English page unless another is named). */
function entry(id: string, page = home): string {
  return page.html.match(new RegExp(`<li id="source-${id}"[^>]*>([\\s\\S]*?)</li>`))?.[1] ?? '';
}

/** What a reader sees of an entry: its text, spaces collapsed. */
function text(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replaceAll('&#39;', "'").replaceAll('&amp;', '&').replace(/\s+/g, ' ').replace(/ ([.,:])/g, '$1').trim();
}

describe('the Sources section of the built page', () => {
  test.each(priceBook.sources.map((source) => [source.id, source]))('lists %s with its title, publisher, date, address and confidence', (_id, source) => {
    const html = entry(source.id);
    expect(html).toContain(`<a href="${source.url}" target="_blank" rel="noopener">`);
    expect(text(html)).toContain(`${citedTitle(sourceWords, { title: source.title!, edition: source.edition })}. ${citedPublisher(sourceWords, { publisher: source.publisher!, maintainer: source.maintainer })},`);
    expect(text(html)).toContain(`${source.url} (opens in a new tab) Confidence:`);
    expect(text(html)).toMatch(/\b(19|20)\d\d\. https:/);
    expect(text(html)).toMatch(/Confidence: (high|fairly high|medium|low): \w[^.]+\.$/);
  });

  test("shows the Microsoft FAQ's date as the range it was written in, and its confidence in words", () => {
    expect(text(entry('ms-nonprofit-faq-nb'))).toBe(
      "Microsoft Nonprofits FAQ (Norwegian edition). Microsoft, October 2023 – June 2025. https://www.microsoft.com/nb-NO/nonprofits/faq (opens in a new tab) Confidence: high: Microsoft's own page.",
    );
  });

  test("names a language edition and who keeps a list in the page's own language", () => {
    const pages = Object.fromEntries(builtPages().map((built) => [built.page, built]));
    expect(text(entry('ms-nonprofit-faq-nb'))).toMatch(/^Microsoft Nonprofits FAQ \(Norwegian edition\)\. Microsoft,/);
    expect(text(entry('ms-nonprofit-faq-nb', pages['/nb/']))).toMatch(/^Microsoft Nonprofits FAQ \(norsk utgave\)\. Microsoft,/);
    expect(text(entry('ms-nonprofit-faq-nb', pages['/de/']))).toMatch(/^Microsoft Nonprofits FAQ \(norwegische Ausgabe\)\. Microsoft,/);
    expect(text(entry('iso-4217'))).toContain('. ISO; list maintained by SIX Financial Information,');
    expect(text(entry('iso-4217', pages['/nb/']))).toContain('. ISO; listen vedlikeholdes av SIX Financial Information,');
    expect(text(entry('iso-4217', pages['/de/']))).toContain('. ISO; Liste gepflegt von SIX Financial Information,');
  });
});

/**
 * A worker that makes the page's Intl formatters once, then ends (started by src/layouts/WarmIntl.astro).
 * The first Intl number or date format in a page loads ICU's locale data (14–72 ms at 1× CPU on the
 * project's machine, about four times that at 4×); ICU keeps that data for the whole browser
 * process, so doing it here, on another thread, takes that time out of the calculator's first
 * interaction when that comes after the page has loaded.
 */
import { isLocale } from '../i18n/languages';
import { warmFormatters } from '../i18n/warm-formatters';

addEventListener('message', (event: MessageEvent<unknown>) => {
  try {
    if (isLocale(event.data)) warmFormatters(event.data);
  } finally {
    // Ends even where a formatter throws (a browser without Intl.DisplayNames): the page loses nothing.
    close();
  }
});

/**
 * A worker that makes the page's Intl formatters once, then ends. The first Intl number or date
 * format in a page loads ICU's locale data (30–65 ms on the project's machine, four times that at
 * 4× CPU throttling); ICU keeps that data for the whole browser process, so doing it here, on
 * another thread, takes that time out of the calculator's first interaction. See warm-intl.ts.
 */
import { isLocale } from '../i18n/languages';
import { warmFormatters } from '../i18n/warm-formatters';

addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isLocale(event.data)) warmFormatters(event.data);
  close();
});

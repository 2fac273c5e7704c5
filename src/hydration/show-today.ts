import { addMonths } from '../lib/core/dates';

/**
 * Writes `now` into the places of a server-rendered island that show the day it was rendered on
 * (`day`), before it paints or hydrates, so a first visit on a later day with the same prices needs
 * no script: `data-today="value max+120"` sets each attribute named to today (or so many months
 * later), and in `data-today-text` elements (whose value is the page's Intl tag and date style)
 * the build day as the formatters write it becomes today's. The root's `data-shown-day` tells the stores which day the
 * page shows, so the island hydrates on the same state.
 */
export function showToday(island: HTMLElement, day: string, now: string): void {
  for (const node of island.querySelectorAll<HTMLInputElement>('[data-today]')) {
    for (const spec of (node.dataset.today ?? '').split(' ').filter(Boolean)) {
      const [name, months] = spec.split('+') as [string, string | undefined];
      const value = months === undefined ? now : addMonths(now, Number(months));
      node.setAttribute(name, value);
      if (name === 'value') node.value = value;
    }
  }
  for (const node of island.querySelectorAll<HTMLElement>('[data-today-text]')) {
    // The mark carries the page's Intl tag and date style: written as `format.date` writes it.
    const [tag, style] = JSON.parse(node.dataset.todayText!) as [string, Intl.DateTimeFormatOptions];
    const format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...style });
    const [before, after] = [day, now].map((date) => format.format(new Date(`${date}T00:00:00Z`))) as [string, string];
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) text.nodeValue = text.nodeValue!.split(before).join(after);
  }
  document.documentElement.dataset.shownDay = now;
}

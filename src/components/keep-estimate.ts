/**
 * Makes the language links carry the current estimate: the calculator keeps its state in the address
 * bar's query, so a link gets that query just before it is followed, copied or opened in a new tab.
 * Listening on the document costs a few bytes and nothing until someone reaches for a link.
 */
export function keepEstimateOnLanguageLinks(): void {
  const update = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-keep-estimate]') : null;
    if (link instanceof HTMLAnchorElement) link.search = location.search;
  };
  for (const type of ['pointerdown', 'focusin', 'click', 'contextmenu']) document.addEventListener(type, update, true);
}

/** Today's date in the user's own time zone, `YYYY-MM-DD` (on the server: the build day). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The day the server-rendered page shows: the build day, or today when `client:firstinput` wrote
 * today's date into it before hydration (same prices, another day: `data-shown-day` on the root).
 */
export function shownDay(): string {
  return (typeof document === 'undefined' ? undefined : document.documentElement.dataset.shownDay) ?? __BUILD_DATE__;
}

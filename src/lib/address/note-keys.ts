import { FOREIGN_PREFIX, LIST_KEYS, isEmbedKey, isStateKey } from './keys';
import { echo, type AddressNotice } from './notices';
import type { Query } from './query';

const NONE: ReadonlySet<string> = new Set();

/**
 * Notes keys nobody reads and keys given more than once where one is read (the first is used); one
 * pass, however long the query. `unread` are state keys this link's version does not read.
 */
export function noteKeys(params: Query, notices: AddressNotice[], embedded: boolean, unread: ReadonlySet<string> = NONE): void {
  const seen = new Map<string, { first: string; count: number }>();
  for (const [key, value] of params.pairs) {
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { first: value, count: 1 });
  }
  for (const [key, { first, count }] of seen) {
    if (isEmbedKey(key) && !embedded) continue;
    if ((!isStateKey(key) && !isEmbedKey(key)) || unread.has(key)) {
      if (!key.startsWith(FOREIGN_PREFIX)) notices.push({ code: 'unknown-key', key: echo(key) });
    } else if (count > 1 && !LIST_KEYS.includes(key)) {
      notices.push({ code: 'duplicate-key', key, used: echo(first), count });
    }
  }
}

import { FOREIGN_PREFIX, LIST_KEYS, isEmbedKey, isStateKey } from './keys';
import { echo, type AddressNotice } from './notices';
import type { Query } from './query';

/** Notes keys nobody reads and keys given more than once where one is read (the first is used); one pass, however long the query. */
export function noteKeys(params: Query, notices: AddressNotice[], embedded: boolean): void {
  const seen = new Map<string, { first: string; count: number }>();
  for (const [key, value] of params.pairs) {
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { first: value, count: 1 });
  }
  for (const [key, { first, count }] of seen) {
    if (isEmbedKey(key) && !embedded) continue;
    if (!isStateKey(key) && !isEmbedKey(key)) {
      if (!key.startsWith(FOREIGN_PREFIX)) notices.push({ code: 'unknown-key', key: echo(key) });
    } else if (count > 1 && !LIST_KEYS.includes(key)) {
      notices.push({ code: 'duplicate-key', key, used: echo(first), count });
    }
  }
}

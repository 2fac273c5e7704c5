import type { AddressKey, DateKey, EmbedKey } from './keys';

/** What reading an address or a saved calculation ignored or corrected, as a code and data; the page words it. */
export type AddressNotice =
  /** A key the calculator does not know (echoed). */
  | { code: 'unknown-key'; key: string }
  /** A key given `count` times where one is read: the first value (echoed) was used. */
  | { code: 'duplicate-key'; key: AddressKey; used: string; count: number }
  /**
   * A value that could not be used (echoed); a damaged group, line or credit key is dropped, any other
   * value keeps the estimate's own: `kept` (a channel, term or date) when the decoder can name it.
   */
  | { code: 'bad-value'; key: AddressKey; value: string; kept?: string }
  /** A real date outside the window the calculator plans across, `first` to `last`; `kept` as for `bad-value`. */
  | { code: 'date-out-of-range'; key: DateKey; value: string; first: string; last: string; kept?: string }
  /** A product line (`l`) naming an unknown or repeated product, dropped; or a group (`g`) naming an unknown suite or add-on, kept without it. */
  | { code: 'unknown-product' | 'duplicate-product'; key: 'l' | 'g'; value: string }
  /** `count` product lines, groups, credit keys or scenarios beyond the `limit` a link may hold, ignored. */
  | { code: 'too-many'; key: 'l' | 'g' | 'ok' | 'x'; count: number; limit: number }
  | { code: 'newer-version' | 'unknown-version'; key: 'v'; value: string }
  /** An embed option the calculator does not offer (echoed); the default is used. */
  | { code: 'bad-option'; key: EmbedKey; value: string }
  /** `count` further notices, left out so a hostile address cannot fill the page. */
  | { code: 'more'; count: number }
  /** The saved calculation was restored without the parts it could not read. */
  | { code: 'storage-repaired' }
  /** Nothing of the saved calculation could be read: the calculator starts afresh. */
  | { code: 'storage-discarded' };

export type AddressNoticeCode = AddressNotice['code'];

/** How many characters of untrusted text a notice repeats: enough to recognise it, too few to write a message. */
export const MAX_ECHO = 40;

/** How many notices are listed; the rest are counted in one, so any address makes a short panel. */
export const MAX_NOTICES = 8;

// Bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) could reverse the
// sentence around an echoed value; other control characters could hide or break it.
const HIDDEN = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu;

/** Untrusted text as a notice may repeat it: controls removed, cut to MAX_ECHO characters. */
export function echo(text: string): string {
  const visible = [...text.replace(HIDDEN, '')];
  return visible.length > MAX_ECHO ? `${visible.slice(0, MAX_ECHO).join('')}…` : visible.join('');
}

/** The first MAX_NOTICES notices, and one that counts the rest. */
export function capNotices(notices: readonly AddressNotice[]): AddressNotice[] {
  if (notices.length <= MAX_NOTICES) return [...notices];
  return [...notices.slice(0, MAX_NOTICES), { code: 'more', count: notices.length - MAX_NOTICES }];
}

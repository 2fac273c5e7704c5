import { useStore } from './use-store';
import { useEffect, useState } from 'preact/hooks';
import type { AddressNotice } from '../lib';
import type { Formatters } from '../i18n/format';
import type { NoticeStrings } from '../i18n/parts';
import { $notices } from '../stores/calculator';
import { useFormat, useLater } from './strings';

/** Stands in for the echoed text while the sentence is built: echoed text never holds a control character. */
const SLOT = '\u0000';

/** A notice's sentence, with SLOT where the text taken from the address goes, and that text. */
function sentence(strings: NoticeStrings, format: Formatters, notice: AddressNotice): { text: string; echoed: string | null } {
  const m = strings.messages;
  switch (notice.code) {
    case 'unknown-key':
      return { text: m['unknown-key']({ key: SLOT }), echoed: notice.key };
    case 'duplicate-key':
      return { text: m['duplicate-key']({ key: notice.key, used: SLOT, count: notice.count }), echoed: notice.used };
    case 'bad-value':
    case 'bad-option':
      return { text: m[notice.code]({ key: notice.key, value: SLOT }), echoed: notice.value };
    case 'date-out-of-range':
      return { text: m['date-out-of-range']({ key: notice.key, value: SLOT, first: format.date(notice.first), last: format.date(notice.last) }), echoed: notice.value };
    case 'unknown-product':
    case 'duplicate-product':
    case 'newer-version':
    case 'unknown-version':
      return { text: m[notice.code]({ value: SLOT }), echoed: notice.value };
    case 'too-many':
      return { text: m['too-many']({ key: notice.key, count: notice.count, limit: format.count(notice.limit) }), echoed: null };
    case 'more':
      return { text: m.more({ count: notice.count }), echoed: null };
    default:
      return { text: m[notice.code], echoed: null };
  }
}

/** A notice in plain words; text from the address is shown as text only, isolated so it cannot turn the sentence around. */
function NoticeText({ strings, notice }: { strings: NoticeStrings; notice: AddressNotice }) {
  const { text, echoed } = sentence(strings, useFormat(), notice);
  const [before, after] = text.split(SLOT);
  return after === undefined || echoed === null ? <>{text}</> : <>{before}<bdi>{echoed}</bdi>{after}</>;
}

/** What the calculator ignored or corrected when it opened a link or saved state; its words load with it. */
export function NoticeList() {
  const notices = useStore($notices);
  const load = useLater('notices');
  const [strings, setStrings] = useState<NoticeStrings | null>(null);
  useEffect(() => void load().then(setStrings), []);
  if (notices.length === 0 || !strings) return null;
  return (
    <section class="panel notices" role="status" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{strings.heading}</h2>
      <ul>
        {notices.map((notice, i) => (
          <li key={i} data-notice={notice.code}>
            <NoticeText strings={strings} notice={notice} />
          </li>
        ))}
      </ul>
      <button type="button" class="button secondary" onClick={() => $notices.set([])}>
        {strings.dismiss}
      </button>
    </section>
  );
}

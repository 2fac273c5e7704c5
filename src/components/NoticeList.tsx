import { useStore } from './use-store';
import { useEffect, useState } from 'preact/hooks';
import type { AddressNotice } from '../lib';
import type { Formatters } from '../i18n/format';
import type { CalculatorStrings, NoticeStrings, OrganisationStrings } from '../i18n/parts';
import { $notices, $noticeSource } from '../stores/calculator';
import { useFormat, useLater, useStrings } from './strings';

/** Stands in for the echoed text while the sentence is built: echoed text never holds a control character. */
const SLOT = '\u0000';

/** What a sentence needs besides the notice: where it came from, the formatters and the names of kept values. */
interface Context {
  from: 'link' | 'saved';
  format: Formatters;
  channels: CalculatorStrings['channels'];
  terms: OrganisationStrings['term']['names'];
}

/** The value an estimate kept instead of a bad one, in words: a channel or term by its name, a date formatted. */
function keptWords(key: string, kept: string | undefined, { format, channels, terms }: Context): string | undefined {
  if (kept === undefined) return undefined;
  if (key === 'c') return channels[kept as keyof typeof channels];
  if (key === 't') return terms[kept as keyof typeof terms];
  return key === 'd' ? format.date(kept) : kept;
}

/** A notice's sentence, with SLOT where the text taken from the address goes, and that text. */
function sentence(strings: NoticeStrings, context: Context, notice: AddressNotice): { text: string; echoed: string | null } {
  const m = strings.messages;
  const { from, format } = context;
  switch (notice.code) {
    case 'unknown-key':
      return { text: m['unknown-key']({ from, key: SLOT }), echoed: notice.key };
    case 'duplicate-key':
      return { text: m['duplicate-key']({ from, key: notice.key, used: SLOT, count: notice.count }), echoed: notice.used };
    case 'bad-value':
      return { text: m['bad-value']({ from, key: notice.key, value: SLOT, kept: keptWords(notice.key, notice.kept, context) }), echoed: notice.value };
    case 'bad-option':
      return { text: m['bad-option']({ key: notice.key, value: SLOT }), echoed: notice.value };
    case 'date-out-of-range': {
      const { key, first, last, kept } = notice;
      return { text: m['date-out-of-range']({ from, key, value: SLOT, first: format.date(first), last: format.date(last), kept: keptWords(key, kept, context) }), echoed: notice.value };
    }
    case 'unknown-product':
      return { text: m['unknown-product']({ from, key: notice.key, value: SLOT }), echoed: notice.value };
    case 'duplicate-product':
      return { text: m['duplicate-product']({ from, value: SLOT }), echoed: notice.value };
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
  const context: Context = { from: useStore($noticeSource), format: useFormat(), channels: useStrings('calculator').channels, terms: useStrings('organisation').term.names };
  const { text, echoed } = sentence(strings, context, notice);
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
export { SharedNotice } from './SharedNotice';

import { useStore } from './use-store';
import { useEffect, useState } from 'preact/hooks';
import type { NoticeStrings } from '../i18n/parts';
import { $notices } from '../stores/calculator';
import type { RestoreNotice } from '../stores/persistence';
import { useLater } from './strings';

/** A notice in plain words; values from the link are shown as text only, never as markup. */
function noticeText(strings: NoticeStrings, notice: RestoreNotice): string {
  const key = 'key' in notice ? (notice.key ?? '') : '';
  const value = 'value' in notice ? (notice.value ?? '') : '';
  return strings.messages[notice.code]({ key, field: strings.fields[key] ?? key, value });
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
            {noticeText(strings, notice)}
          </li>
        ))}
      </ul>
      <button type="button" class="button secondary" onClick={() => $notices.set([])}>
        {strings.dismiss}
      </button>
    </section>
  );
}

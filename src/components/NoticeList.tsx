import { useStore } from '@nanostores/preact';
import { tn } from '../i18n/notices';
import { $notices } from '../stores/calculator';
import type { RestoreNotice } from '../stores/persistence';

/** A notice in plain words; values from the link are shown as text only, never as markup. */
function noticeText(notice: RestoreNotice): string {
  const field = (key: string | undefined) => (key ? (tn.fields[key] ?? key) : '');
  switch (notice.code) {
    case 'storage-discarded':
      return tn['storage-discarded'];
    case 'too-many-lines':
      return tn['too-many-lines'];
    case 'unknown-key':
      return tn['unknown-key']({ key: notice.key ?? '' });
    case 'bad-value':
      return tn['bad-value']({ field: field(notice.key), value: notice.value ?? '' });
    case 'bad-option':
      return tn['bad-option']({ field: field(notice.key), value: notice.value });
    default:
      return tn[notice.code]({ value: notice.value ?? '' });
  }
}

/** What the calculator ignored or corrected when it opened a link or saved state. */
export function NoticeList() {
  const notices = useStore($notices);
  if (notices.length === 0) return null;
  return (
    <section class="panel notices" role="status" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{tn.heading}</h2>
      <ul>
        {notices.map((notice, i) => (
          <li key={i} data-notice={notice.code}>
            {noticeText(notice)}
          </li>
        ))}
      </ul>
      <button type="button" class="button secondary" onClick={() => $notices.set([])}>
        {tn.dismiss}
      </button>
    </section>
  );
}

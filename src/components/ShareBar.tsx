import { useStore } from './use-store';
import { useState } from 'preact/hooks';
import { encodeEstimate } from '../lib';
import { $embedded, $estimate } from '../stores/calculator';
import { copyText } from './clipboard';
import { localePath } from '../i18n/locales';
import { useLocale, useStrings } from './strings';

/** "Copy link", what happened when it was pressed, and in an embed the link back to the full calculator. */
export function ShareBar() {
  const t = useStrings('calculator');
  const estimate = useStore($estimate);
  const embedded = useStore($embedded);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  // The full calculator in the page's language (also from inside an embed, never to the frame):
  // a link opens in the language it was made in.
  const href = `${localePath(useLocale())}?${encodeEstimate(estimate)}`;
  const fullCalculatorLink = () => `${location.origin}${href}`;

  return (
    <div class="share-bar">
      <button
        type="button"
        class="button"
        onClick={async () => setStatus((await copyText(fullCalculatorLink())) ? 'copied' : 'failed')}
      >
        {t.share.copy}
      </button>
      <p role="status" class="hint share-status">
        {status === 'copied' && t.share.copied}
        {status === 'failed' && t.share.copyFailed}
      </p>
      {status === 'failed' && (
        <input type="text" readOnly aria-label={t.share.linkLabel} value={fullCalculatorLink()} onFocus={(event) => event.currentTarget.select()} class="share-link" />
      )}
      {embedded && (
        <a class="powered-by" href={href} target="_blank" rel="noopener">
          {t.share.poweredBy}
        </a>
      )}
    </div>
  );
}

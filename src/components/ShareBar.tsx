import { useStore } from './use-store';
import { useState } from 'preact/hooks';
import { encodeEstimate } from '../lib';
import { $embedded, $estimate, $laterEstimate } from '../stores/calculator';
import { copyText } from './clipboard';
import { localePath } from '../i18n/locales';
import { useLocale, useStrings } from './strings';

/**
 * The full calculator in the page's language with this estimate (also from inside an embed, never
 * to the frame): a link opens in the language it was made in.
 */
function useCalculatorLink(): (estimate: Parameters<typeof encodeEstimate>[0]) => string {
  const path = localePath(useLocale());
  return (estimate) => `${path}?${encodeEstimate(estimate)}`;
}

/** In an embed, the link back to the full calculator: the one part of the bar that follows every change. */
function PoweredBy({ label }: { label: string }) {
  const href = useCalculatorLink()(useStore($laterEstimate));
  return (
    <a class="powered-by" href={href} target="_blank" rel="noopener">
      {label}
    </a>
  );
}

/** After a failed copy, the link to select and copy by hand, kept current with the estimate. */
function LinkToCopy({ label }: { label: string }) {
  const href = useCalculatorLink()(useStore($laterEstimate));
  return <input type="text" readOnly aria-label={label} value={`${location.origin}${href}`} onFocus={(event) => event.currentTarget.select()} class="share-link" />;
}

/**
 * "Copy link", what happened when it was pressed, and in an embed the link back to the full
 * calculator. The link is written when it is asked for or shown, so typing does not re-render the bar.
 */
export function ShareBar() {
  const t = useStrings('calculator');
  const embedded = useStore($embedded);
  const link = useCalculatorLink();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  return (
    <div class="share-bar">
      <button
        type="button"
        class="button"
        onClick={async () => setStatus((await copyText(`${location.origin}${link($estimate.get())}`)) ? 'copied' : 'failed')}
      >
        {t.share.copy}
      </button>
      <p role="status" class="hint share-status">
        {status === 'copied' && t.share.copied}
        {status === 'failed' && t.share.copyFailed}
      </p>
      {status === 'failed' && <LinkToCopy label={t.share.linkLabel} />}
      {embedded && <PoweredBy label={t.share.poweredBy} />}
    </div>
  );
}

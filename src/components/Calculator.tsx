import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { $embedOptions, $pastEstimate, startSession } from '../stores/calculator';
import { AdvisorSection } from './AdvisorSection';
import { EstimateTools } from './EstimateTools';
import { Notices } from './Notices';
import { useLazy } from './use-lazy';
import { useStore } from './use-store';
import { OrganisationForm } from './OrganisationForm';
import { PrintButton } from './PrintButton';
import { ProductLines } from './ProductLines';
import { ExportButtons } from './ExportButtons';
import { Scenarios } from './Scenarios';
import { CurrencySection } from './CurrencySection';
import { ShareBar } from './ShareBar';
import { SummaryBar } from './SummaryBar';
import { Totals } from './Totals';

interface Props {
  /** True on the embed page: no storage, options from the URL. */
  embedded?: boolean;
  /** Astro's `who` slot: the server-rendered "who may get grants" explanation. */
  who?: ComponentChildren;
}

/**
 * Applies a partner's embed options, checked when the session read the address: sections, colour
 * scheme, accent (the page's head set them unchecked before first paint; CSS matches only allowed
 * values). What was refused is among the session's notices.
 */
function applyEmbedOptions(): void {
  const options = $embedOptions.get();
  document.documentElement.dataset.sections = options.sections.join(' ');
  document.documentElement.dataset.theme = options.theme;
  document.documentElement.dataset.accent = options.accent;
}

/** The calculator island: the organisation and its product lines beside the estimate. */
export default function Calculator({ embedded = false, who }: Props) {
  const [ready, setReady] = useState(false);
  const PastEstimate = useLazy(useStore($pastEstimate) !== null, () => import('./PastEstimate').then((m) => m.PastEstimate));

  // A layout effect, so the restored link or saved state is in place before anyone can type.
  useLayoutEffect(() => {
    const stop = startSession(embedded);
    if (embedded) applyEmbedOptions();
    setReady(true);
    return stop;
  }, [embedded]);

  return (
    <div class="calculator" data-ready={ready ? '' : undefined}>
      <Notices />
      {PastEstimate && <PastEstimate />}
      {embedded && <SummaryBar embedded />}
      <Scenarios />
      <div class="calc-main">
        <div class="calc-inputs">
          <OrganisationForm who={who} />
          <AdvisorSection />
          <ProductLines />
        </div>
        <aside class="calc-summary">
          <Totals />
          <CurrencySection />
          <ShareBar />
          <ExportButtons />
          <PrintButton />
          {!embedded && <EstimateTools />}
        </aside>
      </div>
      {!embedded && <SummaryBar />}
    </div>
  );
}

import { useLayoutEffect, useState } from 'preact/hooks';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions, type Section } from '../lib';
import { $notices, startSession } from '../stores/calculator';
import { ChangePanel } from './ChangePanel';
import { EmbedSection } from './EmbedSection';
import { NoticeList } from './NoticeList';
import { OrganisationForm } from './OrganisationForm';
import { ProductLines } from './ProductLines';
import { ProjectionChart } from './ProjectionChart';
import { ShareBar } from './ShareBar';
import { SummaryBar } from './SummaryBar';
import { Totals } from './Totals';

interface Props {
  /** True on the embed page: no storage, options from the URL, no embed panel. */
  embedded?: boolean;
}

/** The calculator island: inputs beside the estimate, then the 2022 change and the year ahead. */
export default function Calculator({ embedded = false }: Props) {
  const [sections, setSections] = useState<readonly Section[]>(DEFAULT_EMBED_OPTIONS.sections);
  const [ready, setReady] = useState(false);

  // A layout effect, so the restored link or saved state is in place before anyone can type.
  useLayoutEffect(() => {
    const stop = startSession(embedded);
    setReady(true);
    if (embedded) {
      const { options, notices } = parseEmbedOptions(location.search);
      setSections(options.sections);
      document.documentElement.dataset.theme = options.theme;
      document.documentElement.dataset.accent = options.accent;
      if (notices.length > 0) $notices.set([...$notices.get(), ...notices.map((n) => ({ source: 'embed' as const, code: 'bad-option' as const, ...n }))]);
    }
    return stop;
  }, [embedded]);

  const show = (section: Section) => sections.includes(section);
  return (
    <div class="calculator" data-ready={ready ? '' : undefined}>
      <NoticeList />
      <div class="calc-main">
        <div class="calc-inputs">
          {show('organisation') && <OrganisationForm />}
          {show('products') && <ProductLines />}
        </div>
        <aside class="calc-summary">
          {show('totals') && <Totals />}
          <ShareBar />
        </aside>
      </div>
      {show('change') && <ChangePanel />}
      {show('projection') && <ProjectionChart />}
      {!embedded && <EmbedSection />}
      <SummaryBar />
    </div>
  );
}

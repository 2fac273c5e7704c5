import { useEffect, useRef, useState } from 'preact/hooks';
import type { Advice, CalculatorState } from '../lib';
import type { AdvisorStrings } from '../i18n/parts';
import { productName } from '../i18n/product-names';
import { $advice, adviceAsScenario, applyAdvice } from '../stores/advisor';
import { $laterState, $state } from '../stores/calculator';
import { changeText, figureText, reasonText } from './advice-text';
import { useFormat } from './strings';
import { useStore } from './use-store';

const ANNOUNCE_DELAY_MS = 800;

interface Props {
  t: AdvisorStrings;
  /** Each group's name as the page shows it, by id. */
  names: ReadonlyMap<string, string>;
  /** Whether some group says what it needs. */
  ready: boolean;
}

/** What the advice's money means against today's choice, in one sentence. */
function differenceText(t: AdvisorStrings, money: (v: string) => string, advice: Advice): string {
  const { monthly, annual } = advice.difference;
  if (monthly.startsWith('-')) return t.saves({ monthly: money(monthly.slice(1)), annual: money(annual.slice(1)) });
  return /^0\.00$/.test(monthly) && /^0\.00$/.test(annual) ? t.same : t.costsMore({ monthly: money(monthly), annual: money(annual) });
}

/** Where the advice rests on figures that are not certain, in a sentence or two; empty when it does not. */
function uncertaintyText(t: AdvisorStrings, names: ReadonlyMap<string, string>, advice: Advice): string {
  const { figures, changesChoice, withoutThem } = advice.uncertainty;
  if (figures.length === 0) return '';
  if (!changesChoice) return t.restsOn({ figures: figures.map((f) => figureText(t, f)) });
  // The least certain figure leads: it is the one a reader should check first.
  const worst = figures.find((f) => f.confidence === 'low') ?? figures[0]!;
  const change = withoutThem ? changeText(t, names, advice.groups, withoutThem) : '';
  return `${t.decidedBy({ confidence: t.confidence[worst.confidence], figure: figureText(t, worst) })} ${change ? t.withoutIt({ change }) : t.withoutItNone}`;
}

/** The advice: each group's plan and reason, the cost, what it saves, the runner-up, what is unsure, and one action to apply it. */
export function AdviceView({ t, names, ready }: Props) {
  const format = useFormat();
  const outcome = useStore($advice);
  const advice = ready && outcome.ok ? outcome.value : null;
  const announcement = advice ? t.announce({ monthly: format.money(advice.cost.monthly), annual: format.money(advice.cost.annual) }) : '';
  const [spoken, setSpoken] = useState('');
  // The state the advice was applied to, so "Applied" shows until the next change. A ref: the
  // panel draws again when the late state reaches it, and nothing needs drawing before.
  const state = useStore($laterState);
  const applied = useRef<CalculatorState | null>(null);
  const first = useRef(true);
  useEffect(() => {
    // What is on screen when the panel opens needs no announcing; what changes after does.
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setSpoken(announcement), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [announcement]);

  const apply = () => {
    if (!advice) return;
    applyAdvice(advice, state);
    applied.current = $state.get();
  };
  const [added, setAdded] = useState<string | null>(null);
  const asScenario = () => {
    if (advice) setAdded(adviceAsScenario(advice, state, t.scenarioName) ? t.scenarioAdded : t.scenarioFull);
  };

  return (
    <section class="advice" aria-labelledby="advice-heading">
      <h3 id="advice-heading">{t.adviceHeading}</h3>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">{spoken}</p>
      {!ready && <p>{t.waiting}</p>}
      {ready && !outcome.ok && <p class="issue error">{t.error}</p>}
      {advice && (
        <>
          <ul class="advice-groups">
            {advice.groups.map((group) => (
              <li key={group.group} data-advice-group={group.group}>
                <strong>{names.get(group.group)}</strong>
                <span class="advice-reason">{reasonText(t, group)}</span>
              </li>
            ))}
          </ul>
          <p>{t.costHeading}</p>
          <dl class="totals advice-cost">
            <div class="big" data-advice="monthly"><dt>{t.costMonthly}</dt><dd>{format.money(advice.cost.monthly)}</dd></div>
            <div data-advice="annual"><dt>{t.costAnnual}</dt><dd>{format.money(advice.cost.annual)}</dd></div>
          </dl>
          <p data-advice="difference">{differenceText(t, format.money, advice)}</p>
          {advice.current.blockedSeats > 0 && <p>{t.blocked({ seats: advice.current.blockedSeats })}</p>}
          <p data-advice="runner-up">
            {advice.runnerUp
              ? t.runnerUp({ change: changeText(t, names, advice.groups, advice.runnerUp.groups), monthly: format.money(advice.runnerUp.extra.monthly), annual: format.money(advice.runnerUp.extra.annual) })
              : t.noRunnerUp}
          </p>
          {advice.uncertainty.figures.length > 0 && <p data-advice="uncertainty">{uncertaintyText(t, names, advice)}</p>}
          {advice.askPartner.length > 0 && <p class="hint" data-advice="ask-partner">{t.askPartner({ products: advice.askPartner.map(productName) })}</p>}
          <div class="advice-actions">
            <button type="button" class="button" onClick={apply} aria-describedby="advice-apply-hint">{t.apply}</button>
            <p id="advice-apply-hint" class="hint">{t.applyHint}</p>
            <button type="button" class="button secondary" onClick={asScenario} aria-describedby="advice-scenario-hint">{t.asScenario}</button>
            <p id="advice-scenario-hint" class="hint">{t.asScenarioHint}</p>
          </div>
          <p role="status">{applied.current === state ? t.applied : (added ?? '')}</p>
        </>
      )}
    </section>
  );
}

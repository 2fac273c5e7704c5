import { useStore } from './use-store';
import { dateWindow, keyDateProblem, lastActivation, parseAmount, parseUnits, type OpenAlert, type OpenKey } from '../lib';
import type { Formatters } from '../i18n/format';
import type { AzureStrings } from '../i18n/parts';
import { $azureChoices, $organisationChoices } from '../stores/calculator';
import { $openPlan, addKey, planOpenSubscription, removeKey, updateKey, updateOpen } from '../stores/azure';
import { today } from '../stores/today';
import { DateField } from './DateField';
import { ParsedField } from './ParsedField';
import { SpendField } from './SpendField';
import { EngineError } from './EngineError';
import { useFormat, useNumberStyle, useStrings } from './strings';
import { editableAmount } from '../i18n/number-style';

/** Why a key's two dates cannot be used together, in words, or null. */
function dateMessage(o: AzureStrings['open'], format: Formatters, purchased: string, activated: string): string | null {
  const problem = keyDateProblem(purchased, activated);
  if (problem === 'before-purchase') return o.beforePurchase;
  return problem === 'too-late' ? o.tooLate({ last: format.date(lastActivation(purchased)) }) : null;
}

/** An alert Azure would send, in words. */
function alertText(r: AzureStrings['results'], format: Formatters, alert: OpenAlert): string {
  const date = format.date(alert.date);
  if (alert.kind === 'threshold') return r.alerts.threshold({ date, remaining: format.money(alert.remaining) });
  if (alert.kind === 'key-low') return r.alerts['key-low']({ n: alert.key + 1, date });
  return r.alerts['key-expiring']({ n: alert.key + 1, date, expires: format.date(alert.expires) });
}

/** One credit key: units and its two dates, each checked before it reaches the plan. */
function KeyRow({ index, credit }: { index: number; credit: OpenKey }) {
  const o = useStrings('azure').open;
  const format = useFormat();
  const id = `key-${index}`;
  const dates = dateWindow(today());
  return (
    <li class="line" data-key={index}>
      <div class="line-head">
        <h4 id={`${id}-name`}>{o.key({ n: index + 1 })}</h4>
        <button type="button" class="button secondary" aria-label={o.removeKey({ n: index + 1 })} onClick={() => removeKey(index)}>
          ✕
        </button>
      </div>
      <div class="field-row">
        <ParsedField id={`${id}-units`} label={o.units} value={credit.units} show={String} parse={parseUnits} explain={(p) => o.unitProblems[p]} onCommit={(units) => updateKey(index, { units })} />
        <DateField id={`${id}-purchased`} label={o.purchased} value={credit.purchased} dates={dates} explain={(d) => dateMessage(o, format, d, credit.activated)} onCommit={(purchased) => updateKey(index, { purchased })} />
        <DateField id={`${id}-activated`} label={o.activated} value={credit.activated} dates={dates} explain={(d) => dateMessage(o, format, credit.purchased, d)} onCommit={(activated) => updateKey(index, { activated })} />
      </div>
    </li>
  );
}

/** The Azure in Open subscription: use, keys, alert threshold, and what the plan says of them. */
export function OpenPanel() {
  const ta = useStrings('azure');
  const { open: o, results: r } = ta;
  const format = useFormat();
  const style = useNumberStyle();
  const organisation = useStore($organisationChoices);
  const azure = useStore($azureChoices);
  const outcome = useStore($openPlan);
  const open = azure.open;
  const plan = outcome?.ok ? outcome.value.plan : null;
  const suggestions = outcome?.ok ? outcome.value.suggestions : [];
  const cardNote = (card: boolean | null) => (card === null ? r.cardUnknown : card ? r.cardYes : r.cardNo);

  return (
    <section class="panel azure-kind" aria-labelledby="open-heading" data-plan="open">
      <h3 id="open-heading">{o.heading}</h3>
      <p class="hint">{o.summary}</p>
      <div class="choice">
        <input type="checkbox" id="open-on" checked={open !== null} onChange={(e) => planOpenSubscription(e.currentTarget.checked)} />
        <label for="open-on">{o.enable}</label>
      </div>
      {open && (
        <>
          <SpendField id="open-spend" asOf={organisation.asOf} spend={open.spend} onCommit={(spend) => updateOpen({ spend })} />
          <h4>{o.keys}</h4>
          {open.keys.length === 0 && <p class="hint">{o.noKeys}</p>}
          <ul class="lines">{open.keys.map((credit, i) => <KeyRow key={i} index={i} credit={credit} />)}</ul>
          <button type="button" class="button secondary" onClick={addKey}>{o.addKey}</button>
          <ParsedField
            id="open-threshold"
            label={`${o.threshold} (${ta.usd})`}
            hint={o.thresholdHint}
            inputMode="decimal"
            value={open.threshold}
            show={(v) => (v === null ? '' : editableAmount(v, style))}
            parse={(text) => parseAmount(text, null, style)}
            explain={(problem) => ta.spendProblems[problem]}
            onCommit={(threshold) => updateOpen({ threshold })}
          />
        </>
      )}
      {outcome && !outcome.ok && <EngineError error={outcome.error} />}
      {plan && (
        <div role="status" aria-live="polite" class="azure-results">
          <dl class="line-results">
            <div><dt>{r.covered}</dt><dd data-result="open-covered">{r.coveredValue({ months: plan.monthsCovered })}</dd></div>
            <div><dt>{r.used}</dt><dd data-result="open-used">{format.money(plan.totals.used)}</dd></div>
            <div><dt>{r.expired}</dt><dd data-result="open-expired">{format.money(plan.totals.expired)}</dd></div>
            <div><dt>{r.unmet}</dt><dd data-result="open-unmet">{format.money(plan.totals.unmet)}</dd></div>
          </dl>
          {plan.suspensions.map((s) => (
            <p key={s.from} class="issue warning" data-result="open-suspension">
              {r.suspended({ from: format.date(s.from), deleted: format.date(s.dataDeletedOn) })} {s.resumedOn && r.resumed({ date: format.date(s.resumedOn) })}{' '}
              {cardNote(s.cardTopUp)}
            </p>
          ))}
          {suggestions.length > 0 ? (
            <>
              <p>{r.suggestion}</p>
              <ul data-result="open-suggestions">{suggestions.map((s) => <li key={s.activateOn}>{r.suggestionItem({ units: s.units, value: s.value, date: format.date(s.activateOn) })}</li>)}</ul>
            </>
          ) : (
            open && open.keys.length > 0 && <p>{r.nothingToBuy}</p>
          )}
          <h4>{r.alertsHeading}</h4>
          {plan.months.some((m) => m.alerts.length > 0) ? (
            <ul data-result="open-alerts">{plan.months.flatMap((m) => m.alerts).map((a, i) => <li key={i}>{alertText(r, format, a)}</li>)}</ul>
          ) : (
            <p>{r.noAlerts}</p>
          )}
        </div>
      )}
    </section>
  );
}

import { useStore } from './use-store';
import { dateWindow, parseAmount } from '../lib';
import { $azureChoices, $organisationChoices } from '../stores/calculator';
import { $grantPlan, planGrantSubscription, updateGrant } from '../stores/azure';
import { today } from '../stores/today';
import { DateField } from './DateField';
import { ParsedField } from './ParsedField';
import { SpendField } from './SpendField';
import { EngineError } from './EngineError';
import { useFormat, useNumberStyle, useStrings } from './strings';
import { editableAmount } from '../i18n/number-style';

/** The nonprofit grant subscription: its inputs and what the plan says of it. */
export function GrantPanel() {
  const ta = useStrings('azure');
  const format = useFormat();
  const style = useNumberStyle();
  const organisation = useStore($organisationChoices);
  const azure = useStore($azureChoices);
  const outcome = useStore($grantPlan);
  const grant = azure.grant;
  const { grant: g, results: r } = ta;

  return (
    <section class="panel azure-kind" aria-labelledby="grant-heading" data-plan="grant">
      <h3 id="grant-heading">{g.heading}</h3>
      <p class="hint">{g.summary}</p>
      <div class="choice">
        <input type="checkbox" id="grant-on" checked={grant !== null} onChange={(e) => planGrantSubscription(e.currentTarget.checked)} />
        <label for="grant-on">{g.enable}</label>
      </div>
      {grant && (
        <>
          <DateField id="grant-start" label={g.start} hint={g.startHint} value={grant.start} dates={dateWindow(today())} explain={() => null} onCommit={(start) => updateGrant({ start })} />
          <ParsedField
            id="grant-used"
            label={`${g.usedSoFar} (${ta.usd})`}
            inputMode="decimal"
            value={grant.usedSoFar}
            show={(v) => editableAmount(v, style)}
            parse={(text) => parseAmount(text, '0', style)}
            explain={(problem) => ta.spendProblems[problem]}
            onCommit={(usedSoFar) => updateGrant({ usedSoFar })}
          />
          <SpendField id="grant-spend" asOf={organisation.asOf} spend={grant.spend} onCommit={(spend) => updateGrant({ spend })} />
        </>
      )}
      {outcome && !outcome.ok && <EngineError error={outcome.error} />}
      {outcome?.ok && (
        <div role="status" aria-live="polite" class="azure-results">
          <dl class="line-results">
            <div><dt>{r.covered}</dt><dd data-result="grant-covered">{r.coveredValue({ months: outcome.value.monthsCovered })}</dd></div>
            <div><dt>{r.used}</dt><dd data-result="grant-used">{format.money(outcome.value.totals.used)}</dd></div>
            <div><dt>{r.expired}</dt><dd data-result="grant-expired">{format.money(outcome.value.totals.expired)}</dd></div>
            <div><dt>{r.billed}</dt><dd data-result="grant-billed">{format.money(outcome.value.totals.billed)}</dd></div>
          </dl>
          <p data-result="grant-billing">
            {outcome.value.firstBilledMonth
              ? r.billedFrom({ date: format.date(outcome.value.firstBilledMonth), amount: format.money(outcome.value.totals.billed) })
              : r.noBilling}
          </p>
          {outcome.value.firstBilledMonth && <p class="hint">{g.overNote}</p>}
          {outcome.value.renewals.map((renewal) => (
            <p key={renewal.yearEnds} class="callout" data-result="grant-renewal">
              {g.renew({ opens: format.date(renewal.renewalOpens), ends: format.date(renewal.yearEnds) })}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}

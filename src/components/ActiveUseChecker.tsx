import { useStore } from './use-store';
import { activeUseRule } from '../data/programme';
import { parseOptionalSeats } from '../lib';
import { $activeUse, $activeUseInput, $assigned, setActiveUseInput } from '../stores/programme';
import { ParsedField } from './ParsedField';
import { SeatField } from './SeatField';
import { SourceNote } from './SourceNote';
import { useFormat, useNumberStyle, useStrings } from './strings';

/** The 85 % rule: granted licences assigned, how many are active, and what to do when below. */
export function ActiveUseChecker() {
  const input = useStore($activeUseInput);
  const assigned = useStore($assigned);
  const result = useStore($activeUse);
  const a = useStrings('programme').activeUse;
  const common = useStrings('common');
  const format = useFormat();
  const style = useNumberStyle();
  const threshold = format.percent(String(activeUseRule.thresholdPercent.value));

  return (
    <section class="panel" aria-labelledby="active-use-heading">
      <h2 id="active-use-heading">{a.heading}</h2>
      <p>{a.intro({ threshold, days: format.count(activeUseRule.windowDays.value) })}</p>
      <ul>{activeUseRule.countingServices.value.map((service) => <li key={service}>{service}</li>)}</ul>
      <p>
        {a.perpetual} <SourceNote figure={activeUseRule.thresholdPercent} />
      </p>
      <div class="field-row">
        <SeatField id="active-assigned" label={a.assigned} hint={input.assigned === null ? a.assignedHint : undefined} value={assigned} onCommit={(n) => setActiveUseInput('assigned', n)} />
        <ParsedField
          id="active-active"
          label={a.active}
          value={input.active}
          show={(n) => (n === null ? '' : String(n))}
          parse={(text) => parseOptionalSeats(text, style)}
          explain={(problem) => common.seatProblems[problem]}
          onCommit={(n) => setActiveUseInput('active', n)}
        />
      </div>
      <div role="status" aria-live="polite">
        {result === null && <p class="result fails">{a.activeAboveAssigned}</p>}
        {result && result.percent === null && <p class="result meets">{a.nothing}</p>}
        {result && result.percent !== null && (
          <p class={`result ${result.meets ? 'meets' : 'fails'}`} data-meets={String(result.meets)}>
            {a.result({ percent: format.percent(result.percent) })}{' '}
            {result.meets ? a.meets : a.fails({ more: result.moreActiveNeeded, release: result.toRelease })}
          </p>
        )}
      </div>
    </section>
  );
}

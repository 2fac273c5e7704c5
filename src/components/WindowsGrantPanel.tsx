import { useStore } from './use-store';
import { techSoup } from '../data/programme';
import { parseAmount } from '../lib';
import { $windows, $windowsInput, setWindowsInput } from '../stores/programme';
import { ParsedField } from './ParsedField';
import { SeatField } from './SeatField';
import { SourceNote } from './SourceNote';
import { useFormat, useNumberStyle, useStrings } from './strings';
import { editableAmount } from '../i18n/number-style';


/** Windows 11 Pro through TechSoup: the 50-licence limit, the admin fees, and the other donated software. */
export function WindowsGrantPanel() {
  const input = useStore($windowsInput);
  const grant = useStore($windows);
  const w = useStrings('programme').windows;
  const format = useFormat();
  const style = useNumberStyle();

  return (
    <section class="panel" aria-labelledby="windows-heading">
      <h2 id="windows-heading">{w.heading}</h2>
      <p>
        {w.intro({ limit: format.count(grant.limit), product: techSoup.windowsProduct.value, years: format.count(techSoup.cycleYears.value) })}{' '}
        <SourceNote figure={techSoup.windowsLimit} />
      </p>
      <div class="field-row">
        <SeatField id="windows-licences" label={w.licences} value={input.licences} onCommit={(n) => setWindowsInput('licences', n)} />
        <ParsedField
          id="windows-fee"
          label={w.fee}
          hint={w.feeHint}
          inputMode="decimal"
          value={input.fee}
          show={(fee) => (fee === null ? '' : editableAmount(fee, style))}
          parse={(text) => parseAmount(text, null, style)}
          explain={(problem) => w.feeProblems[problem]}
          onCommit={(fee) => setWindowsInput('fee', fee)}
        />
      </div>
      <dl class="line-results" aria-live="polite">
        <div>
          <dt>{w.granted}</dt>
          <dd data-field="windows-granted">{format.count(grant.granted)}</dd>
        </div>
        <div>
          <dt>{w.total}</dt>
          <dd data-field="windows-total">{grant.feeTotal === null ? w.totalUnknown : format.plainAmount(grant.feeTotal)}</dd>
        </div>
      </dl>
      {grant.overLimit > 0 && <p class="issue warning" data-field="windows-over">{w.over({ count: format.count(grant.overLimit), limit: format.count(grant.limit) })}</p>}
      <p>{w.publicAccess}</p>
      <ul>{techSoup.publicAccess.value.map((product) => <li key={product}>{product}</li>)}</ul>
      <p class="hint">{w.serverNote}</p>
    </section>
  );
}

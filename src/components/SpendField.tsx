import { SPEND_MONTHS, parseAmount, spendMonthStarts, spendVarying, withMonthSpend, type Spend } from '../lib';
import { ParsedField } from './ParsedField';
import { useFormat, useNumberStyle, useStrings } from './strings';
import { editableAmount } from '../i18n/number-style';

interface Props {
  id: string;
  /** First day of the plan: names the twelve months. */
  asOf: string;
  spend: Spend;
  onCommit: (spend: string[]) => void;
}

/** Expected use a month: one amount, or one for each of the next twelve months. */
export function SpendField({ id, asOf, spend, onCommit }: Props) {
  const ta = useStrings('azure');
  const format = useFormat();
  const style = useNumberStyle();
  const varies = spend.length === SPEND_MONTHS;
  const field = (index: number, label: string) => (
    <ParsedField
      key={`${id}-${index}`}
      id={`${id}-${index}`}
      label={label}
      inputMode="decimal"
      value={spend[index] ?? '0'}
      show={(v) => editableAmount(v, style)}
      parse={(text) => parseAmount(text, '0', style)}
      explain={(problem) => ta.spendProblems[problem]}
      onCommit={(amount) => onCommit(withMonthSpend(spend, index, amount))}
    />
  );
  return (
    <div class="spend">
      {!varies && field(0, `${ta.spendLabel} (${ta.usd})`)}
      <div class="choice">
        <input type="checkbox" id={`${id}-vary`} checked={varies} onChange={(e) => onCommit(spendVarying(spend, e.currentTarget.checked))} />
        <label for={`${id}-vary`}>{ta.varyByMonth}</label>
      </div>
      {varies && (
        <div class="field-row months">
          {spendMonthStarts(asOf).map((start, i) => field(i, ta.monthSpend({ month: format.monthLong(start) })))}
        </div>
      )}
      <p class="hint">{varies ? '' : format.money(spend[0] ?? '0')}</p>
    </div>
  );
}

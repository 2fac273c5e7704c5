import type { LineChoice, Organisation, QuoteIssue, QuoteLine } from '../lib';
import { removeLine, setLineSeats } from '../stores/calculator';
import { IssueList } from './IssueList';
import { SeatField } from './SeatField';
import { SourceNote } from './SourceNote';
import { useFormat, useStrings } from './strings';

interface Props {
  choice: LineChoice;
  organisation: Organisation;
  line: QuoteLine | undefined;
  issues: readonly QuoteIssue[];
  /** Called before the line is removed, so the list can move focus. */
  onRemove: () => void;
}

/** One product line: its seat inputs, what the engine made of them, and any issue in place. */
export function LineCard({ choice, organisation, line, issues, onRemove }: Props) {
  const t = useStrings('calculator');
  const common = useStrings('common');
  const format = useFormat();
  const id = `line-${choice.product}`;
  const name = line?.name ?? choice.product;
  const unpriced = line?.status === 'unpriced';

  return (
    <li class="line" aria-labelledby={`${id}-name`} data-product={choice.product}>
      <div class="line-head">
        <h3 id={`${id}-name`}>{name}</h3>
        <button type="button" class="button secondary" aria-label={t.products.remove({ product: name })} onClick={() => {
            onRemove();
            removeLine(choice.product);
          }}>
          ✕
        </button>
      </div>
      <div class="field-row">
        <SeatField id={`${id}-staff`} label={t.products.staffSeats} hint={choice.staff === null ? t.products.followsOrganisation : undefined} value={choice.staff ?? organisation.staff} onCommit={(n) => setLineSeats(choice.product, 'staff', n)} />
        <SeatField id={`${id}-volunteers`} label={t.products.volunteerSeats} hint={choice.volunteers === null ? t.products.followsOrganisation : undefined} value={choice.volunteers ?? organisation.volunteers} onCommit={(n) => setLineSeats(choice.product, 'volunteers', n)} />
      </div>
      {line && (
        <dl class="line-results">
          <div>
            <dt>{t.line.granted}</dt>
            <dd data-field="grantedSeats">{format.count(line.grantedSeats)}</dd>
          </div>
          <div>
            <dt>{t.line.paid}</dt>
            <dd data-field="paidSeats">{format.count(line.paidSeats)}</dd>
          </div>
          {line.unpricedSeats > 0 && (
            <div>
              <dt>{t.line.unpriced}</dt>
              <dd data-field="unpricedSeats">{format.count(line.unpricedSeats)}</dd>
            </div>
          )}
          <div>
            <dt>{t.line.unitPrice}</dt>
            <dd data-field="nonprofitUnitPrice">
              {line.nonprofitUnitPrice === null ? common.noPrice : format.money(line.nonprofitUnitPrice)}
              {line.provenance.nonprofitPrice && <SourceNote figure={line.provenance.nonprofitPrice} />}
            </dd>
          </div>
          {!unpriced && (
            <>
              <div>
                <dt>{t.line.monthly}</dt>
                <dd data-field="nonprofitMonthly" class="strong">{format.money(line.nonprofitMonthly)}</dd>
              </div>
              <div>
                <dt>{t.line.yearly}</dt>
                <dd data-field="nonprofitAnnual">{format.money(line.nonprofitAnnual)}</dd>
              </div>
              <div>
                <dt>{t.line.commercial}</dt>
                <dd data-field="commercial">
                  {t.line.commercialCost({ unit: format.money(line.commercialUnitPrice ?? '0.00'), monthly: format.money(line.commercialMonthly) })}
                  {line.provenance.commercialPrice && <SourceNote figure={line.provenance.commercialPrice} />}
                </dd>
              </div>
              <div>
                <dt>{t.line.savings}</dt>
                <dd data-field="savings">{t.line.savingsValue({ monthly: format.money(line.savingsMonthly), percent: format.percent(line.savingsPercent) })}</dd>
              </div>
            </>
          )}
        </dl>
      )}
      <IssueList issues={issues} />
    </li>
  );
}

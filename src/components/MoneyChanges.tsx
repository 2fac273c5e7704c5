import { $organisationChanges } from '../stores/outlook';
import { useFormat, useStrings } from './strings';
import { useStore } from './use-store';

/** Each dated change in money for this organisation: the difference a month and a year, and the day it reaches it. */
export function MoneyChanges() {
  const t = useStrings('outlook').money;
  const format = useFormat();
  const outcome = useStore($organisationChanges);
  if (!outcome.ok) return null;
  const changes = outcome.value;
  return (
    <section data-section="change" class="panel" aria-labelledby="money-changes-heading">
      <h2 id="money-changes-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {changes.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="later-changes">
          {changes.map((change) => (
            <li key={change.date} data-money-change={change.date}>
              <strong>{t.item({ date: format.date(change.date) })}</strong>
              <p>
                {change.billUnchanged
                  ? t.billUnchanged
                  : t.difference({ monthly: format.money(change.nonprofitMonthly.difference), annual: format.money(change.nonprofitAnnual.difference) })}
              </p>
              {!change.billUnchanged && change.commercialMonthly.difference !== '0.00' && (
                <p class="hint">{t.listMoves({ monthly: format.money(change.commercialMonthly.difference) })}</p>
              )}
              <p class="hint">{(change.inForce ? t.reached : t.reaches)({ date: format.date(change.reachesOn) })}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

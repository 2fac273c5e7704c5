import { memo } from './memo';
import { useState } from 'preact/hooks';
import { cleanName, GUEST, MAX_NAME, type OrganisationGroup } from '../lib';
import { hasNonprofitOffer, productsByFamily } from '../lib';
import { removeGroup, setAddOn, setGroup, splitGroup } from '../stores/groups';
import { SeatField } from './SeatField';
import { useStrings } from './strings';

const families = productsByFamily();
const suites = families.map((f) => ({ ...f, products: f.products.filter((p) => p.kind === 'suite') })).filter((f) => f.products.length > 0);
const addOns = families.flatMap((f) => f.products.filter((p) => p.kind === 'add-on'));

interface Props {
  group: OrganisationGroup;
  /** The name shown: the user's own or the dictionary's. */
  name: string;
  /** Called with the id of a group the row created or removed, so the list can move focus. */
  onFocus: (id: string | null) => void;
}

/**
 * One group: its name, people, grant eligibility, suite and add-ons, and the actions to split or
 * remove it. Memoised: a group's edit re-renders its own row, not every row.
 */
export const GroupRow = memo(function GroupRow({ group, name, onFocus }: Props) {
  const t = useStrings('organisation').groups;
  const calc = useStrings('calculator');
  const [split, setSplit] = useState(1);
  const id = `group-${group.id}`;
  return (
    <li class="group" data-group={group.id}>
      <fieldset class="group-fields">
      <legend id={`${id}-title`} class="group-title">{name}</legend>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-name`}>{t.name}</label>
          <input id={`${id}-name`} type="text" maxLength={MAX_NAME} value={group.name} placeholder={name} onChange={(e) => setGroup(group.id, { name: cleanName(e.currentTarget.value) })} />
        </div>
        <SeatField id={`${id}-people`} label={t.people} value={group.people} onCommit={(people) => setGroup(group.id, { people })} />
      </div>
      <div class="choice">
        <input type="checkbox" id={`${id}-grant`} checked={group.grantEligible} onChange={(e) => setGroup(group.id, { grantEligible: e.currentTarget.checked })} />
        <label for={`${id}-grant`}>{t.grantEligible}</label>
      </div>
      <div class="field">
        <label for={`${id}-suite`}>{t.suite}</label>
        <select id={`${id}-suite`} value={group.suite ?? ''} onChange={(e) => setGroup(group.id, { suite: e.currentTarget.value === '' ? null : e.currentTarget.value })}>
          <option value="">{t.chooseSuite}</option>
          <option value={GUEST}>{t.guest}</option>
          {suites.map((family) => (
            <optgroup key={family.family} label={calc.families[family.family]}>
              {family.products.map((p) => <option key={p.id} value={p.id}>{hasNonprofitOffer(p) ? p.name : `${p.name} (${calc.products.unpricedOption})`}</option>)}
            </optgroup>
          ))}
        </select>
      </div>
      <fieldset class="choices add-ons">
        <legend>{t.addOns}</legend>
        {addOns.map((p) => (
          <div class="choice" key={p.id}>
            <input type="checkbox" id={`${id}-${p.id}`} checked={group.addOns.includes(p.id)} onChange={(e) => setAddOn(group.id, p.id, e.currentTarget.checked)} />
            <label for={`${id}-${p.id}`}>{p.name}</label>
          </div>
        ))}
      </fieldset>
      <div class="group-actions">
        <details class="split">
          <summary>{t.split}</summary>
          <div class="field-row">
            <SeatField id={`${id}-split`} label={t.splitPeople} value={split} onCommit={setSplit} />
            <button type="button" class="button secondary" onClick={() => onFocus(splitGroup(group.id, split))}>{t.splitButton({ name })}</button>
          </div>
        </details>
        <button type="button" class="button secondary" onClick={() => { onFocus(null); removeGroup(group.id); }}>{t.remove({ name })}</button>
      </div>
      </fieldset>
    </li>
  );
});

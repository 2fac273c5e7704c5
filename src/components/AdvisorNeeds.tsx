import { ADVISOR_NEEDS, NEEDS_PRESETS } from '../data/advisor-presets';
import type { OrganisationGroup } from '../lib';
import type { AdvisorStrings } from '../i18n/parts';
import { applyPreset, toggleNeed } from '../stores/advisor';

interface Props {
  group: OrganisationGroup;
  name: string;
  t: AdvisorStrings;
}

/** One group's needs as checkboxes, and the presets that fill them in one click. */
export function AdvisorNeeds({ group, name, t }: Props) {
  const id = `advisor-${group.id}`;
  const needs = group.needs ?? [];
  return (
    <fieldset class="advisor-group" data-advisor-group={group.id}>
      <legend>{t.needsLegend({ name })}</legend>
      <p class="hint">{t.groupFacts({ people: group.people, eligible: group.grantEligible })}</p>
      <div class="advisor-needs">
        {ADVISOR_NEEDS.map((need) => (
          <div class="choice" key={need}>
            <input type="checkbox" id={`${id}-${need}`} checked={needs.includes(need)} onChange={(e) => toggleNeed(group.id, need, e.currentTarget.checked)} />
            <label for={`${id}-${need}`}>{t.needs[need]}</label>
          </div>
        ))}
      </div>
      <div class="advisor-presets" role="group" aria-labelledby={`${id}-presets`}>
        <p id={`${id}-presets`} class="advisor-presets-label">{t.presetsLabel({ name })}</p>
        {NEEDS_PRESETS.map((preset) => (
          <button type="button" class="button secondary" key={preset.id} onClick={() => applyPreset(group.id, preset)}>{t.presets[preset.id]}</button>
        ))}
      </div>
    </fieldset>
  );
}

import type { AdvisorStrings } from '../i18n/parts';
import { $hasNeeds } from '../stores/advisor';
import { $laterState } from '../stores/calculator';
import { AdviceView } from './AdviceView';
import { AdvisorNeeds } from './AdvisorNeeds';
import { groupNames } from './group-name';
import { useStrings } from './strings';
import { useStore } from './use-store';

/**
 * The plan advisor: what each group needs (checkboxes and presets), then the advice for the whole
 * organisation. Loaded on demand by AdvisorSection, with its strings.
 */
export function AdvisorPanel({ strings: t }: { strings: AdvisorStrings }) {
  const o = useStrings('organisation');
  const { groups } = useStore($laterState);
  const hasNeeds = useStore($hasNeeds);
  const names = groupNames(o.groups, groups);

  return (
    <div class="advisor">
      <p>{t.intro}</p>
      <p class="hint">{t.nothingTicked}</p>
      {groups.map((group, i) => <AdvisorNeeds key={group.id} group={group} name={names[i]!} t={t} />)}
      <AdviceView t={t} names={new Map(groups.map((g, i) => [g.id, names[i]!]))} ready={hasNeeds} />
    </div>
  );
}

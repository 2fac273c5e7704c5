import { useCallback, useLayoutEffect, useRef } from 'preact/hooks';
import { $organisation, $state } from '../stores/calculator';
import { addGroup } from '../stores/groups';
import { groupNames } from './group-name';
import { GroupRow } from './GroupRow';
import { useStrings } from './strings';
import { useStore } from './use-store';

/** The organisation's groups, the action to add one, and whether everyone is covered once. */
export function GroupList() {
  const t = useStrings('organisation').groups;
  const { groups } = useStore($state);
  const priced = useStore($organisation);
  const coverage = priced.ok ? priced.value.coverage : null;
  // After an add, split or remove, focus lands on the new group's name or on the add button, before
  // the browser paints: the frame that shows the new group shows it focused and scrolled into view,
  // with one layout rather than a second one forced by focus() after the paint.
  const focusNext = useRef<string | null | undefined>(undefined);
  useLayoutEffect(() => {
    if (focusNext.current === undefined) return;
    document.getElementById(focusNext.current === null ? 'add-group' : `group-${focusNext.current}-name`)?.focus();
    focusNext.current = undefined;
  }, [groups.length]);
  // One callback for every row, so a row whose group did not change skips its render (GroupRow is memo).
  const onFocus = useCallback((id: string | null) => { focusNext.current = id; }, []);
  const names = groupNames(t, groups);
  const without = groups.flatMap((g, i) => (g.suite === null && g.people > 0 ? [names[i]] : []));

  return (
    <div class="groups">
      <h3>{t.heading}</h3>
      <p class="hint">{t.intro}</p>
      <ul class="group-list">
        {groups.map((group, i) => <GroupRow key={group.id} group={group} name={names[i]!} onFocus={onFocus} />)}
      </ul>
      <button type="button" id="add-group" class="button secondary" onClick={() => (focusNext.current = addGroup())}>{t.add}</button>
      {coverage && (
        <div class="coverage" data-coverage aria-live="polite">
          <p data-field="people">{t.total({ people: coverage.people })}</p>
          {coverage.withoutSuite > 0 ? (
            <p class="issue warning" data-field="without-suite">{t.withoutSuite({ people: coverage.withoutSuite, names: without.join(', ') })}</p>
          ) : (
            <p data-field="covered">{t.allCovered}</p>
          )}
          {coverage.guests > 0 && <p>{t.guests({ people: coverage.guests })}</p>}
        </div>
      )}
    </div>
  );
}

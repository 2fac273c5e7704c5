import { useEffect, useRef, useState } from 'preact/hooks';
import type { ScenarioBarStrings } from '../i18n/parts';
import { MAX_NAME, canAddScenario } from '../lib';
import { MAX_SCENARIOS } from '../lib/core/limits';
import { $estimate } from '../stores/calculator';
import { deleteScenario, duplicateScenario, renameScenario, switchScenario } from '../stores/scenarios';
import { scenarioNames } from './scenario-name';
import { useFormat, useLater } from './strings';
import { useLazy } from './use-lazy';
import { useStore } from './use-store';

/** The bar once its words have loaded; `focus` puts the focus on Duplicate, the next step of whoever opened it. */
export function ScenarioBar({ focus }: { focus: boolean }) {
  const load = useLater('scenarioBar');
  const [t, setT] = useState<ScenarioBarStrings | null>(null);
  useEffect(() => void load().then(setT), []);
  return t && <Bar t={t} focus={focus} />;
}

/**
 * The scenarios of the estimate: which one every panel shows, and duplicate, rename, delete and
 * compare. Each action is said in a status line; the comparison loads when opened.
 */
function Bar({ t, focus }: { t: ScenarioBarStrings; focus: boolean }) {
  const format = useFormat();
  const estimate = useStore($estimate);
  const names = scenarioNames(t, format, estimate.scenarios);
  const name = names[estimate.active]!;
  const [said, setSaid] = useState('');
  const [renaming, setRenaming] = useState(false);
  const [comparing, setComparing] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const duplicateButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focus) duplicateButton.current?.focus();
  }, []);
  const Comparison = useLazy(comparing, () => import('./ScenarioComparison').then((m) => m.ScenarioComparison));
  const full = !canAddScenario(estimate);
  const several = estimate.scenarios.length > 1;
  // Each action reads the names afresh from the store, so what is said is what is shown.
  const nameNow = () => scenarioNames(t, format, $estimate.get().scenarios)[$estimate.get().active]!;
  // The focus follows the rename field: into it when it opens, back to Rename when it closes (not on the first render).
  const rendered = useRef(false);
  useEffect(() => {
    if (rendered.current) (renaming ? field.current : renameButton.current)?.focus();
    rendered.current = true;
  }, [renaming]);
  const closeRename = () => setRenaming(false);

  return (
    <>
      <div class="scenario-row">
        <div class="field">
          <label for="scenario-shown">{t.label}</label>
          <select id="scenario-shown" value={String(estimate.active)} aria-describedby="scenario-hint" onChange={(e) => {
            switchScenario(Number(e.currentTarget.value));
            setSaid(t.said.shown({ name: nameNow() }));
          }}>
            {names.map((n, i) => <option key={i} value={String(i)}>{n}</option>)}
          </select>
        </div>
        <div class="scenario-actions">
          <button type="button" class="button secondary" ref={duplicateButton} disabled={full} aria-describedby="scenario-hint" onClick={() => {
            if (duplicateScenario()) setSaid(t.said.duplicated({ name: nameNow() }));
          }}>{t.duplicate}</button>
          <button type="button" class="button secondary" ref={renameButton} aria-expanded={renaming} onClick={() => setRenaming(true)}>{t.rename}</button>
          {several && (
            <button type="button" class="button secondary" onClick={() => {
              deleteScenario($estimate.get().active);
              setSaid(t.said.deleted({ name: nameNow() }));
            }}>{t.delete({ name })}</button>
          )}
          {several && (
            <button type="button" class="button" aria-expanded={comparing} aria-controls="scenario-comparison" onClick={() => setComparing(!comparing)}>
              {comparing ? t.hideComparison : t.compare}
            </button>
          )}
        </div>
      </div>
      {renaming && (
        <form class="scenario-rename" onSubmit={(e) => {
          e.preventDefault();
          renameScenario($estimate.get().active, field.current?.value ?? '');
          setSaid(t.said.renamed({ name: nameNow() }));
          closeRename();
        }} onKeyDown={(e) => e.key === 'Escape' && closeRename()}>
          <div class="field">
            <label for="scenario-name">{t.renameLabel({ name })}</label>
            <input id="scenario-name" ref={field} type="text" maxLength={MAX_NAME} defaultValue={estimate.scenarios[estimate.active]!.name} placeholder={name} />
          </div>
          <button type="submit" class="button">{t.save}</button>
          <button type="button" class="button secondary" onClick={closeRename}>{t.cancel}</button>
        </form>
      )}
      <p id="scenario-hint" class="hint">{full ? t.full({ max: format.count(MAX_SCENARIOS) }) : t.hint}</p>
      <p role="status" class="visually-hidden">{said}</p>
      {comparing && several && Comparison && <Comparison nameScenarios={(scenarios) => scenarioNames(t, format, scenarios)} />}
    </>
  );
}

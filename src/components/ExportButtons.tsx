import { useState } from 'preact/hooks';
import { $organisation, $state } from '../stores/calculator';
import { groupNames } from './group-name';
import { useLater, useLocale, useStrings } from './strings';

/** "Download CSV" and "CSV for Excel in your language": the estimate's lines and totals as a file; the code and words load on the first click. */
export function ExportButtons() {
  const t = useStrings('calculator');
  const o = useStrings('organisation');
  const locale = useLocale();
  const loadWords = useLater('csv');
  const [failed, setFailed] = useState<string | null>(null);

  const save = async (excel: boolean) => {
    const [{ estimateCsv, download, styleFor }, words] = await Promise.all([import('./estimate-csv'), loadWords()]);
    const outcome = $organisation.get();
    if (!outcome.ok) return setFailed(words.failed);
    const { groups, organisation, rate } = $state.get();
    const names = groupNames(o.groups, groups);
    const text = estimateCsv({
      priced: outcome.value, words, term: o.term.names[outcome.value.term],
      groupNames: new Map(groups.map((group, i) => [group.id, names[i]!])), style: styleFor(excel, locale), ...(rate ? { rate } : {}),
    });
    download(text, `${words.fileName({ date: organisation.asOf })}.csv`);
    setFailed(null);
  };

  return (
    <div class="export-bar">
      <button type="button" class="button secondary" onClick={() => void save(false)}>{t.exports.csv}</button>
      <button type="button" class="button secondary" onClick={() => void save(true)} aria-describedby="export-excel-hint">{t.exports.excel}</button>
      <p id="export-excel-hint" class="hint">{t.exports.excelHint}</p>
      {failed && <p role="alert" class="hint">{failed}</p>}
    </div>
  );
}

import { t } from '../i18n';

const rows = [
  ['staff', true, true],
  ['volunteers', false, true],
  ['others', false, false],
] as const;

/** Who may receive grants and discounts, in two sentences and a small table, and what the portal licence is. */
export function WhoMayGet() {
  const w = t.organisation.whoTable;
  return (
    <details class="who">
      <summary>{t.organisation.whoHeading}</summary>
      <p>{t.organisation.whoSummary}</p>
      <table class="compact">
        <caption>{w.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.person}</th>
            <th scope="col">{w.grant}</th>
            <th scope="col">{w.discount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([row, grant, discount]) => (
            <tr key={row}>
              <th scope="row">{w.rows[row]}</th>
              <td>{grant ? w.yes : w.no}</td>
              <td>{discount ? w.yes : w.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t.organisation.guests}</p>
      <p>{t.organisation.portal}</p>
    </details>
  );
}

import { useMemo } from 'preact/hooks';
import { countryCodes } from '../data/countries';
import { useFormat, useStrings } from './strings';

interface Props {
  value: string | null;
  onChange: (country: string | null) => void;
}

/** A native select of all countries: typing a name's first letters jumps to it, with the keyboard alone. */
export function CountryField({ value, onChange }: Props) {
  const t = useStrings('calculator');
  const format = useFormat();
  // Every country and territory, by its name in the page's language, in that language's order.
  const countries = useMemo(
    () => countryCodes.value.map((code) => ({ code, name: format.region(code) })).sort((a, b) => format.compare(a.name, b.name)),
    [format],
  );
  return (
    <div class="field">
      <label for="org-country">{t.organisation.country}</label>
      <select id="org-country" value={value ?? ''} aria-describedby="org-country-hint" onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{t.organisation.countryNone}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </select>
      <p id="org-country-hint" class="hint">{t.organisation.countryHint}</p>
    </div>
  );
}

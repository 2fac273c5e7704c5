import { countryCodes } from '../data/countries';
import { t } from '../i18n';

const names = new Intl.DisplayNames([t.locale], { type: 'region' });
const collator = new Intl.Collator(t.locale);

/** Every country and territory, by its name in the page's language, in that language's order. */
const countries = countryCodes.value.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));

/** The name of a country in the page's language. */
export const countryName = (code: string) => names.of(code) ?? code;

interface Props {
  value: string | null;
  onChange: (country: string | null) => void;
}

/** A native select of all countries: typing a name's first letters jumps to it, with the keyboard alone. */
export function CountryField({ value, onChange }: Props) {
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

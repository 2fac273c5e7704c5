import { useState } from 'preact/hooks';
import { currencyCodes } from '../data/currencies';
import { HOME_CURRENCY } from '../i18n/languages';
import { intlTag } from '../i18n/locales';
import { editableAmount } from '../i18n/number-style';
import type { RateStrings } from '../i18n/parts';
import { parseRate } from '../lib';
import { $userRate, setUserRate } from '../stores/rate';
import { ParsedField } from './ParsedField';
import { useFormat, useLocale, useNumberStyle } from './strings';
import { useStore } from './use-store';

/**
 * The user's currency and their own rate for it: the totals then show an indicative figure beside
 * each US dollar amount. Never fetched, display only. Loaded when someone opens it.
 */
export function CurrencyPanel({ strings }: { strings: RateStrings }) {
  const locale = useLocale();
  const format = useFormat();
  const style = useNumberStyle();
  const rate = useStore($userRate);
  const [currency, setCurrency] = useState(rate?.currency ?? HOME_CURRENCY[locale] ?? '');
  const names = new Intl.DisplayNames([intlTag(locale)], { type: 'currency' });
  const options = currencyCodes.value.map((code) => ({ code, name: `${names.of(code) ?? code} (${code})` })).sort((a, b) => format.compare(a.name, b.name));
  const choose = (code: string) => {
    setCurrency(code);
    setUserRate(code && rate ? { currency: code, rate: rate.rate } : null);
  };

  return (
    <div class="currency">
      <div class="field">
        <label for="rate-currency">{strings.currency}</label>
        <select id="rate-currency" value={currency} onChange={(e) => choose(e.currentTarget.value)}>
          <option value="">{strings.noCurrency}</option>
          {options.map(({ code, name }) => <option key={code} value={code}>{name}</option>)}
        </select>
      </div>
      {currency && (
        <ParsedField
          id="rate-value"
          label={strings.rate({ currency })}
          hint={strings.rateHint}
          inputMode="decimal"
          value={rate?.rate ?? null}
          show={(value) => (value === null ? '' : editableAmount(value, style))}
          parse={(text) => parseRate(text, style)}
          explain={(problem) => strings.problems[problem]}
          onCommit={(value) => setUserRate(value === null ? null : { currency, rate: value })}
        />
      )}
      <p class="hint">{strings.note}</p>
    </div>
  );
}

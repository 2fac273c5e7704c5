import type { UserRate } from '../lib';
import type { RateStrings } from '../i18n/parts';
import { indicativeAmount } from '../i18n/converted';
import { useLocale } from './strings';

interface Props {
  usd: string;
  rate: UserRate;
  strings: RateStrings;
}

/** A total in the user's currency beside its US dollar figure, marked as their own estimate. Loaded when a rate is set. */
export function Converted({ usd, rate, strings }: Props) {
  return (
    <span class="converted">
      ≈ {indicativeAmount(useLocale(), usd, rate)} <span class="hint">({strings.estimate})</span>
    </span>
  );
}

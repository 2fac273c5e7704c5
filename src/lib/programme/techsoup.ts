import { techSoup } from '../../data/programme';
import { inputError } from '../core/errors';
import { MAX_SEATS } from '../pricing/input';
import { amount, toMoneyString } from '../core/money';
import { isAmount } from '../address/parse-amount';

/** The Windows Pro grant through TechSoup for a number of devices, with the admin fee the user entered. */
export interface WindowsGrant {
  requested: number;
  /** Licences within the grant limit of 50 per two-year cycle. */
  granted: number;
  /** Licences beyond it: bought at a discount through a Microsoft partner instead. */
  overLimit: number;
  limit: number;
  /** granted × fee, in the user's own currency; null until a fee is entered. */
  feeTotal: string | null;
}


/** Works out the Windows grant: up to the limit granted, each for the fee; the total in exact decimals. */
export function windowsGrant(requested: number, fee: string | null, limit = techSoup.windowsLimit.value): WindowsGrant {
  if (!Number.isInteger(requested) || requested < 0 || requested > MAX_SEATS) throw inputError('invalid-count', 'requested', { min: 0, max: MAX_SEATS });
  if (fee !== null && !isAmount(fee)) throw inputError('invalid-amount', 'fee');
  const granted = Math.min(requested, limit);
  return {
    requested,
    granted,
    overLimit: requested - granted,
    limit,
    feeTotal: fee === null ? null : toMoneyString(amount(fee).times(granted)),
  };
}

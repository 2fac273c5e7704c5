import { useStore } from './use-store';
import { countryOffers } from '../data/countries';
import type { Figure } from '../data/types';
import { $availability } from '../stores/programme';
import { SourceNote } from './SourceNote';
import { useStrings, useFormat } from './strings';

function Row({ label, available, source, note }: { label: string; available: boolean; source: Figure<unknown>; note?: string }) {
  const a = useStrings('programme').availability;
  return (
    <li data-offer={label}>
      <span>
        {label}
        {note && <span class="hint"> {note}</span>}
        <br />
        <SourceNote figure={source} />
      </span>
      <strong class={available ? 'yes' : 'no'}>{available ? a.yes : a.no}</strong>
    </li>
  );
}

/** For the chosen country: the Surface offers, the hardware grant that does not exist, Azure in Open top-ups. */
export function AvailabilityPanel() {
  const offers = useStore($availability);
  const a = useStrings('programme').availability;
  const format = useFormat();
  return (
    <section class="panel" aria-labelledby="availability-heading">
      <h2 id="availability-heading">{offers ? a.heading({ country: format.region(offers.country) }) : a.headingNone}</h2>
      {offers ? (
        <ul class="status-list">
          <Row label={a.surfaceNew} available={offers.surfaceNew} source={countryOffers.surfaceNew} />
          <Row label={a.surfaceRefurbished} available={offers.surfaceRefurbished} source={countryOffers.surfaceRefurbished} />
          <Row label={a.hardwareGrant} available={offers.hardwareGrant} note={a.hardwareGrantNote} source={countryOffers.hardwareGrant} />
          <Row label={a.cardTopUp} available={offers.azureInOpenCardTopUp} note={offers.azureInOpenCardTopUp ? undefined : a.cardTopUpNote} source={countryOffers.azureInOpenNoCardTopUp} />
        </ul>
      ) : (
        <p>{a.chooseCountry}</p>
      )}
      <p class="hint">
        {a.caveat({ countries: format.count(countryOffers.nonprofitCountries.value), techSoup: format.count(countryOffers.techSoupCountries.value) })}
      </p>
    </section>
  );
}

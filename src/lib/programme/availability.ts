import { countryOffers } from '../../data/countries';
import { isCountryCode } from './country-codes';

/** What the sources say is on offer in one country. */
export interface Availability {
  country: string;
  surfaceNew: boolean;
  surfaceRefurbished: boolean;
  /** Whether an Azure in Open subscription can be topped up by credit card there. */
  azureInOpenCardTopUp: boolean;
  /** There is no hardware grant programme anywhere; kept here so the page says so with its source. */
  hardwareGrant: boolean;
}

/** The offers that depend on the country, from the data; null for a code that is not a country. */
export function availability(country: string, offers = countryOffers): Availability | null {
  if (!isCountryCode(country)) return null;
  return {
    country,
    surfaceNew: offers.surfaceNew.value.includes(country),
    surfaceRefurbished: offers.surfaceRefurbished.value.includes(country),
    azureInOpenCardTopUp: !offers.azureInOpenNoCardTopUp.value.includes(country),
    hardwareGrant: offers.hardwareGrant.value,
  };
}

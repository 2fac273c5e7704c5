/** The nonprofit programme's rules: what a country may get, the 85 % active-use rule, TechSoup's Windows grant and public-access software. */
export { availability, type Availability } from './availability';
export { isCountryCode, regionFromLanguages } from './country-codes';
export { checkActiveUse, type ActiveUse } from './active-use';
export { windowsGrant, type WindowsGrant } from './techsoup';
export { publicAccessOn } from './public-access';

import { faq, fig } from './entries';
import type { Figure, IsoDate } from './types';

/** The active-use rule for granted licences (Microsoft Nonprofits FAQ). */
export const activeUseRule = {
  /** Percent of granted, assigned licences that must be in active use. */
  thresholdPercent: faq(85),
  /** A user is active who used one of the services below within this many days. */
  windowDays: faq(90),
  /** The Microsoft 365 cloud services that count; perpetual Office (Standard, Professional) does not. */
  countingServices: faq(['Exchange Online', 'SharePoint Online', 'Yammer', 'Microsoft Teams', 'Microsoft 365 Apps']),
};

/** Desktop software donated through TechSoup. */
export const techSoup = {
  /** Windows Pro licences granted per two-year cycle, each for the partner's admin fee (the FAQ). */
  windowsLimit: faq(50),
  /** The cycle, counted from the first request after 5 Apr 2022 (TechSoup's rules, not the FAQ). */
  cycleYears: fig(2, 'techsoup-se-rules'),
  windowsProduct: faq('Windows 11 Pro'),
  /** Public-access licences for computer labs and public computers, as the FAQ lists them; see publicAccessRemovals. */
  publicAccess: faq(['Office Standard', 'Windows Professional', 'Project', 'Publisher', 'Visio', 'Visual Studio']),
};

/** A product that leaves the public-access list from a date on. */
export interface PublicAccessRemoval {
  from: IsoDate;
  product: Figure<string>;
}

/** Dated removals from the public-access list: Publisher reached its end of support on 13 Oct 2026. */
export const publicAccessRemovals: readonly PublicAccessRemoval[] = [
  { from: '2026-10-13', product: fig('Publisher', 'xda-publisher-2024') },
];

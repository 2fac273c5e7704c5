import type { Figure } from './types';

const seed000 = <T>(value: T): Figure<T> => ({ value, source: 'seed-000', confidence: 'high' });

/** The active-use rule for granted licences (seed 000). */
export const activeUseRule = {
  /** Percent of granted, assigned licences that must be in active use. */
  thresholdPercent: seed000(85),
  /** A user is active who used one of the services below within this many days. */
  windowDays: seed000(90),
  /** The Microsoft 365 cloud services that count; perpetual Office (Standard, Professional) does not. */
  countingServices: seed000(['Exchange Online', 'SharePoint Online', 'Yammer', 'Microsoft Teams', 'Microsoft 365 Apps']),
};

/** Desktop software donated through TechSoup (seed 000). */
export const techSoup = {
  /** Windows Pro licences granted per two-year cycle, each for the partner's admin fee. */
  windowsLimit: seed000(50),
  cycleYears: seed000(2),
  windowsProduct: seed000('Windows 11 Pro'),
  /** Public-access licences for computer labs and public computers. */
  publicAccess: seed000(['Office Standard', 'Windows Professional', 'Project', 'Publisher', 'Visio', 'Visual Studio']),
};

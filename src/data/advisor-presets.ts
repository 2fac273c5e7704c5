import type { Need } from './types';

/**
 * What people may say they need, from the plan table (FACTS §6): every need but "more than 300
 * seats", which is a rule the tenant cap already enforces, not something a person needs.
 */
export const ADVISOR_NEEDS = ['mail-and-web-apps', 'desktop-apps', 'device-security', 'compliance', 'phone-and-bi'] as const satisfies readonly Need[];
export type AdvisorNeed = (typeof ADVISOR_NEEDS)[number];

/** One click fills a group's needs; `grantEligible` is what such people usually are (the page may still change it). */
export interface NeedsPreset {
  id: string;
  needs: readonly AdvisorNeed[];
  grantEligible: boolean;
}

/** The presets, in the order the page offers them. Guests need no licence: the advisor then picks "guest". */
export const NEEDS_PRESETS: readonly NeedsPreset[] = [
  { id: 'office-staff', needs: ['mail-and-web-apps', 'desktop-apps'], grantEligible: true },
  { id: 'frontline-staff', needs: ['mail-and-web-apps'], grantEligible: true },
  // Board members handle confidential papers on their own devices: desktop apps and managed devices.
  { id: 'board', needs: ['mail-and-web-apps', 'desktop-apps', 'device-security'], grantEligible: true },
  { id: 'volunteers-mailbox', needs: ['mail-and-web-apps'], grantEligible: false },
  { id: 'volunteers-guests', needs: [], grantEligible: false },
];

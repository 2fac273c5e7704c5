import type { Channel } from './types';

/** The organisation the home page prices before anyone has entered their own: staff, volunteers, a few apps. */
export const sampleOrganisation = {
  channel: 'direct' as Channel,
  lines: [
    { product: 'm365-business-premium', staff: 25, volunteers: 0 },
    { product: 'o365-e1', staff: 0, volunteers: 40 },
    { product: 'power-apps-per-app', staff: 12, volunteers: 0 },
  ],
};

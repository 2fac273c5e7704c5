import type { Source } from './types';

/**
 * Every public document a figure in the price book may cite, by id: what the page shows beside a
 * figure (a short label linking to the Sources list). Titles, publishers, dates, addresses and
 * maintainers' notes live in source-details.ts, which only the server and the book's checks import.
 */
export const sources = [
  { id: 'ms-nonprofit-faq-nb', label: 'Microsoft Nonprofits FAQ' },
  { id: 'ms-azure-in-open-nb', label: 'Azure in Open licensing' },
  { id: 'non-profit-portal-post', label: 'Non-Profit-Portal licence' },
  { id: 'fuller-2022', label: 'Fuller Infotech, Jan 2022' },
  { id: 'spiretech-2022', label: 'SpireTech, Feb 2022' },
  { id: 'windowsforum-2025', label: 'windowsforum, 2025' },
  { id: 'lasvegasit-2026', label: 'Las Vegas IT Services, 2026' },
  { id: 'npi-2026', label: 'NPI SmartSpend Bulletin' },
  { id: 'tkly-2026', label: 'tkly, 2026' },
  { id: 'charity-digital-nce', label: 'Charity Digital' },
  { id: 'riverflowsbv-2026', label: 'riverflowsbv, 2026' },
  { id: 'lavx-business-cap', label: 'news.lavx.hu' },
  { id: 'licensing-guide-2026', label: 'licensing.guide, Jan 2026' },
  { id: 'schneider-2026', label: 'Schneider IT Management, Mar 2026' },
  { id: 'xda-publisher-2024', label: 'XDA Developers, Feb 2024' },
  { id: 'techsoup-se-rules', label: 'TechSoup Sweden rules' },
  { id: 'iso-3166-1', label: 'ISO 3166-1' },
] as const satisfies readonly Source[];

/** The id of a source in the registry above. */
export type SourceId = (typeof sources)[number]['id'];

import type { SourceId } from './sources';
import type { SourceDetails } from './types';

/**
 * What the Sources list and the printed summary show of each source: title, publisher, the
 * document's own date, and how far it can be trusted. Kept apart from sources.ts so it never
 * loads with the page: only the server and on-demand code (the print summary) import it. What
 * maintainers noted about a source is a comment above it, so it never ships.
 */
export const sourceDetails: Readonly<Record<SourceId, SourceDetails>> = {
  // Undated page; its content was written between October 2023 and mid-2025. Includes the 1 Sept 2022 price change.
  'ms-nonprofit-faq-nb': {
    title: 'Microsoft Nonprofits FAQ',
    edition: 'nb',
    publisher: 'Microsoft',
    date: '2023-10/2025-06',
    confidence: 'high',
    basis: 'microsoft',
  },
  // Undated page; it mentions August 2014 and the classic portal.
  'ms-azure-in-open-nb': {
    title: 'Microsoft: Azure in Open licensing',
    edition: 'nb',
    publisher: 'Microsoft',
    date: '2014/2016',
    confidence: 'medium',
    basis: 'microsoft-old',
  },
  // Undated German blog post; it names Microsoft 365 Business Premium (so after April 2020) and later notes that the process has changed.
  'non-profit-portal-post': {
    title: 'Non-Profit-Portal Lizenz – Was ist das?',
    publisher: 'Henrik Motzkus',
    date: '2020/2022',
    confidence: 'medium',
    basis: 'blog',
  },
  'fuller-2022': {
    title: 'New Pricing and Changes from Microsoft',
    publisher: 'Fuller Infotech',
    date: '2022-01-24',
    confidence: 'high',
    basis: 'partner',
  },
  'spiretech-2022': {
    title: 'How SpireTech is handling the Microsoft price increases',
    publisher: 'SpireTech',
    date: '2022-02',
    confidence: 'high',
    basis: 'partner',
  },
  'windowsforum-2025': {
    title: "Microsoft's New Nonprofit Licensing Changes: What Organizations Need to Know",
    publisher: 'windowsforum.com',
    date: '2025',
    confidence: 'high',
    basis: 'community',
  },
  'lasvegasit-2026': {
    title: 'Microsoft 365 License Audit Before the July 1 Price Increase',
    publisher: 'Las Vegas IT Services',
    date: '2026',
    confidence: 'medium-high',
    basis: 'partner',
  },
  // Undated; written after the announcement of 4 Dec 2025 and before the change of 1 Jul 2026.
  'npi-2026': {
    title: "Microsoft's New M365 Price Increase Masks a Far Larger Budget Shock",
    publisher: 'NPI',
    date: '2025-12/2026-06',
    confidence: 'medium-high',
    basis: 'advisor',
  },
  // Undated; written after the announcement of 4 Dec 2025 and before the change of 1 Jul 2026.
  'tkly-2026': {
    title: 'Microsoft 365 Commercial Price Hikes Set for July 2026',
    publisher: 'tkly',
    date: '2025-12/2026-06',
    confidence: 'medium-high',
    basis: 'news',
  },
  'charity-digital-nce': {
    title: 'Exploring changes to Microsoft New Commerce Experience',
    publisher: 'Charity Digital',
    date: '2024',
    confidence: 'high',
    basis: 'charity',
  },
  'riverflowsbv-2026': {
    title: 'Microsoft 365 prijzen',
    publisher: 'riverflowsbv',
    date: '2026',
    confidence: 'medium',
    basis: 'partner',
  },
  // Undated; quotes Microsoft Learn: "up to 300 seats total across all of our Business family of plans".
  'lavx-business-cap': {
    title: 'Microsoft clarifies 300-seat limit for all Business licenses combined',
    publisher: 'news.lavx.hu',
    date: '2025/2026',
    confidence: 'medium-high',
    basis: 'news-quoting-microsoft',
  },
  'licensing-guide-2026': {
    title: 'Power Apps per app plan end of sale',
    publisher: 'licensing.guide',
    date: '2026-01',
    confidence: 'medium-high',
    basis: 'advisor',
  },
  // Title paraphrased from the page address; updated 2026-03-30 with Microsoft's clarification for CSP.
  'schneider-2026': {
    title: 'Microsoft Power Apps per app license: end of sale for new customers',
    publisher: 'Schneider IT Management',
    date: '2026-03-30',
    confidence: 'medium-high',
    basis: 'partner',
  },
  'xda-publisher-2024': {
    title: 'Microsoft is killing off an app in October 2026',
    publisher: 'XDA Developers',
    date: '2024-02-15',
    confidence: 'high',
    basis: 'news',
  },
  // Undated rules tab of the Microsoft programme (title paraphrased); it counts the two-year cycle from the first request after 5 Apr 2022. Read 2026-11-23.
  'techsoup-se-rules': {
    title: 'Microsoft donation programme rules',
    publisher: 'TechSoup Sweden',
    date: '2022/2026',
    confidence: 'high',
    basis: 'programme-partner',
  },
  'iso-3166-1': {
    title: 'ISO 3166-1:2020 Codes for the representation of names of countries and their subdivisions, Part 1: Country code',
    publisher: 'ISO',
    date: '2020',
    confidence: 'high',
    basis: 'standard',
  },
  'iso-4217': {
    title: 'ISO 4217:2015 Codes for the representation of currencies and funds (list one, current currencies)',
    publisher: 'ISO',
    maintainer: 'SIX Financial Information',
    date: '2015',
    confidence: 'high',
    basis: 'standard',
  },
};

import type { SourceId } from './sources';
import type { SourceDetails } from './types';

/**
 * What the server's Sources list shows of each source, and what maintainers noted about it. Kept
 * apart from sources.ts so none of it reaches the browser: no island imports this module.
 */
export const sourceDetails: Readonly<Record<SourceId, SourceDetails>> = {
  'ms-nonprofit-faq-nb': {
    title: 'Microsoft Nonprofits FAQ (Norwegian edition)',
    publisher: 'Microsoft',
    date: '2023-10/2025-06',
    url: 'https://www.microsoft.com/nb-NO/nonprofits/faq',
    note: 'Undated page; its content was written between October 2023 and mid-2025. Includes the 1 Sept 2022 price change.',
  },
  'ms-azure-in-open-nb': {
    title: 'Microsoft: Azure in Open licensing (Norwegian edition)',
    publisher: 'Microsoft',
    date: '2014/2016',
    url: 'https://azure.microsoft.com/nb-no/offers/ms-azr-0111p/',
    note: 'Undated page; it mentions August 2014 and the classic portal.',
  },
  'non-profit-portal-post': {
    title: 'Non-Profit-Portal Lizenz – Was ist das?',
    publisher: 'Henrik Motzkus',
    date: '2020/2022',
    url: 'https://www.henrikmotzkus.de/non-profit-portal/',
    note: 'Undated German blog post; it names Microsoft 365 Business Premium (so after April 2020) and later notes that the process has changed.',
  },
  'fuller-2022': {
    title: 'New Pricing and Changes from Microsoft',
    publisher: 'Fuller Infotech',
    date: '2022-01-24',
    url: 'https://fullerinfotech.com/blog/new-pricing-and-changes-from-microsoft/',
  },
  'spiretech-2022': {
    title: 'How SpireTech is handling the Microsoft price increases',
    publisher: 'SpireTech',
    date: '2022-02',
    url: 'https://www.spiretech.com/blog/2022/02/how-spiretech-is-handling-the-microsoft-price-increases/',
  },
  'windowsforum-2025': {
    title: "Microsoft's New Nonprofit Licensing Changes: What Organizations Need to Know",
    publisher: 'windowsforum.com',
    date: '2025',
    url: 'https://windowsforum.com/threads/microsofts-new-nonprofit-licensing-changes-what-organizations-need-to-know.368107/',
  },
  'lasvegasit-2026': {
    title: 'Microsoft 365 License Audit Before the July 1 Price Increase',
    publisher: 'Las Vegas IT Services',
    date: '2026',
    url: 'https://lasvegasitservices.com/blog/microsoft-365-license-audit/',
  },
  'npi-2026': {
    title: "Microsoft's New M365 Price Increase Masks a Far Larger Budget Shock",
    publisher: 'NPI',
    date: '2025-12/2026-06',
    url: 'https://www.npifinancial.com/smartspend-bulletins/microsofts-new-m365-price-increase-masks-a-far-larger-budget-shock',
    note: 'Undated; written after the announcement of 4 Dec 2025 and before the change of 1 Jul 2026.',
  },
  'tkly-2026': {
    title: 'Microsoft 365 Commercial Price Hikes Set for July 2026',
    publisher: 'tkly',
    date: '2025-12/2026-06',
    url: 'https://tkly.com/?p=9106',
    note: 'Undated; written after the announcement of 4 Dec 2025 and before the change of 1 Jul 2026.',
  },
  'charity-digital-nce': {
    title: 'Exploring changes to Microsoft New Commerce Experience',
    publisher: 'Charity Digital',
    date: '2024',
    url: 'https://charitydigital.org.uk/topics/exploring-changes-to-microsoft-new-commerce-experience-11681',
  },
  'riverflowsbv-2026': {
    title: 'Microsoft 365 prijzen',
    publisher: 'riverflowsbv',
    date: '2026',
    url: 'https://riverflowsbv.com/en/kennisbank/microsoft-365-prijzen',
  },
  'lavx-business-cap': {
    title: 'Microsoft clarifies 300-seat limit for all Business licenses combined',
    publisher: 'news.lavx.hu',
    date: '2025/2026',
    url: 'https://news.lavx.hu/article/microsoft-clarifies-300-seat-limit-for-all-business-licenses-combined',
    note: 'Undated; quotes Microsoft Learn: "up to 300 seats total across all of our Business family of plans".',
  },
  'licensing-guide-2026': {
    title: 'Power Apps per app plan end of sale',
    publisher: 'licensing.guide',
    date: '2026-01',
    url: 'https://licensing.guide/power-apps-per-app-plan-end-of-sale',
  },
  'schneider-2026': {
    title: 'Microsoft Power Apps per app license: end of sale for new customers',
    publisher: 'Schneider IT Management',
    date: '2026-03-30',
    url: 'https://www.schneider.im/lu/microsoft-power-apps-per-app-license-end-of-sale-for-new-customers/',
    note: 'Title paraphrased from the page address; updated 2026-03-30 with Microsoft\'s clarification for CSP.',
  },
  'xda-publisher-2024': {
    title: 'Microsoft is killing off an app in October 2026',
    publisher: 'XDA Developers',
    date: '2024-02-15',
    url: 'https://www.xda-developers.com/microsoft-killing-off-app-october-2026/',
  },
  'techsoup-se-rules': {
    title: 'Microsoft donation programme rules',
    publisher: 'TechSoup Sweden',
    date: '2022/2026',
    url: 'https://www.techsoup.se/taxonomy/term/986/rules',
    note: 'Undated rules tab of the Microsoft programme (title paraphrased); it counts the two-year cycle from the first request after 5 Apr 2022. Read 2026-11-23.',
  },
  'iso-3166-1': {
    title: 'ISO 3166-1:2020 Codes for the representation of names of countries and their subdivisions, Part 1: Country code',
    publisher: 'ISO',
    date: '2020',
    url: 'https://www.iso.org/iso-3166-country-codes.html',
  },
};

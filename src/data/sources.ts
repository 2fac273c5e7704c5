import type { Source } from './types';

/**
 * Every public document a figure in the price book may cite, by id: what the page shows beside a
 * figure (a short label linking to the document's public address). Titles, publishers, dates and
 * confidence live in source-details.ts, which never loads with the page.
 */
export const sources = [
  { id: 'ms-nonprofit-faq-nb', label: 'Microsoft Nonprofits FAQ', url: 'https://www.microsoft.com/nb-NO/nonprofits/faq' },
  { id: 'ms-azure-in-open-nb', label: 'Azure in Open licensing', url: 'https://azure.microsoft.com/nb-no/offers/ms-azr-0111p/' },
  { id: 'non-profit-portal-post', label: 'Non-Profit-Portal Lizenz', url: 'https://www.henrikmotzkus.de/non-profit-portal/' },
  { id: 'fuller-2022', label: 'Fuller Infotech, 2022', url: 'https://fullerinfotech.com/blog/new-pricing-and-changes-from-microsoft/' },
  { id: 'spiretech-2022', label: 'SpireTech, 2022', url: 'https://www.spiretech.com/blog/2022/02/how-spiretech-is-handling-the-microsoft-price-increases/' },
  { id: 'windowsforum-2025', label: 'windowsforum, 2025', url: 'https://windowsforum.com/threads/microsofts-new-nonprofit-licensing-changes-what-organizations-need-to-know.368107/' },
  { id: 'lasvegasit-2026', label: 'Las Vegas IT Services, 2026', url: 'https://lasvegasitservices.com/blog/microsoft-365-license-audit/' },
  { id: 'npi-2026', label: 'NPI SmartSpend Bulletin', url: 'https://www.npifinancial.com/smartspend-bulletins/microsofts-new-m365-price-increase-masks-a-far-larger-budget-shock' },
  { id: 'tkly-2026', label: 'tkly, 2026', url: 'https://tkly.com/?p=9106' },
  { id: 'charity-digital-nce', label: 'Charity Digital', url: 'https://charitydigital.org.uk/topics/exploring-changes-to-microsoft-new-commerce-experience-11681' },
  { id: 'riverflowsbv-2026', label: 'riverflowsbv, 2026', url: 'https://riverflowsbv.com/en/kennisbank/microsoft-365-prijzen' },
  { id: 'lavx-business-cap', label: 'news.lavx.hu', url: 'https://news.lavx.hu/article/microsoft-clarifies-300-seat-limit-for-all-business-licenses-combined' },
  { id: 'licensing-guide-2026', label: 'licensing.guide, 2026', url: 'https://licensing.guide/power-apps-per-app-plan-end-of-sale' },
  { id: 'schneider-2026', label: 'Schneider IT Management, 2026', url: 'https://www.schneider.im/lu/microsoft-power-apps-per-app-license-end-of-sale-for-new-customers/' },
  { id: 'xda-publisher-2024', label: 'XDA Developers, 2024', url: 'https://www.xda-developers.com/microsoft-killing-off-app-october-2026/' },
  { id: 'techsoup-se-rules', label: 'TechSoup Sweden', url: 'https://www.techsoup.se/taxonomy/term/986/rules' },
  { id: 'iso-3166-1', label: 'ISO 3166-1', url: 'https://www.iso.org/iso-3166-country-codes.html' },
  { id: 'iso-4217', label: 'ISO 4217', url: 'https://www.iso.org/iso-4217-currency-codes.html' },
] as const satisfies readonly Source[];

/** The id of a source in the registry above. */
export type SourceId = (typeof sources)[number]['id'];

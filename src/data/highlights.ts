/**
 * The change the page always explains, whether or not it alters the selection: the 1 Sept 2022
 * nonprofit price change (Microsoft Nonprofits FAQ), which reached existing customers at their next renewal.
 */
export const featuredChange = { date: '2022-09-01', source: 'ms-nonprofit-faq-nb' } as const;

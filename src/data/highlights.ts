/**
 * The change the page always explains, whether or not it alters the selection: the 1 Sept 2022
 * nonprofit price change (seed 000), which reached existing customers at their next renewal.
 */
export const featuredChange = { date: '2022-09-01', source: 'seed-000' } as const;

import type { Source } from './types';

/** Every source a figure in the price book may cite, by id. Seeds live in ../shared/seeds. */
export const sources = [
  {
    id: 'seed-000',
    label: 'Seed 000 (nonprofit FAQ)',
    title: "Microsoft's nonprofit FAQ (Norwegian), incl. the 1 Sept 2022 price change",
    reference: '000_1230614a2dcd608d.txt',
    date: '2023-10 to 2025-06',
  },
  {
    id: 'seed-002',
    label: 'Seed 002 (Azure in Open)',
    title: 'Azure in Open licensing (German)',
    reference: '002_2f47827b5d59707b.txt',
  },
  {
    id: 'seed-003',
    label: 'Seed 003 (Non-Profit-Portal)',
    title: 'The "Non-Profit-Portal" licence (German blog post)',
    reference: '003_d9fe786d0130eee4.txt',
  },
  {
    id: 'facts-commercial',
    label: 'FACTS.md list prices',
    title: 'Commercial list prices and the 1 Mar 2022 commercial change, as recorded in FACTS.md §2',
    reference: 'shared/FACTS.md §2',
  },
  {
    id: 'facts-external',
    label: 'FACTS.md external source',
    title: 'Prices from an external source marked high confidence in FACTS.md §2',
    reference: 'shared/FACTS.md §2',
  },
  {
    id: 'grant-retirement-2025',
    label: 'Grant retirement notices',
    title: 'Business Premium and Office 365 E1 grants retired for CSP and direct customers from 1 Jul 2025',
    reference: 'windowsforum.com thread 368107; rcvda.org.uk',
    date: '2026-04-24',
  },
  {
    id: 'm365-blog-2025-12',
    label: 'Microsoft 365 blog',
    title: 'Microsoft 365 blog: commercial list prices from 1 Jul 2026 (read via secondary sources)',
    reference: 'Microsoft 365 blog, 4 Dec 2025',
    date: '2025-12-04',
  },
  {
    id: 'iso-3166-1',
    label: 'ISO 3166-1',
    title: 'ISO 3166-1 alpha-2: the officially assigned two-letter codes of countries and territories',
    reference: 'ISO 3166-1',
  },
] as const satisfies readonly Source[];

/** The id of a source in the registry above. */
export type SourceId = (typeof sources)[number]['id'];

/** Norwegian words of "Show the calculation": one line's money worked out in sentences, from the engine's figures. */
import type { WorkingStrings } from '../parts';
import { count, plural } from './count';

const people = (n: number): string => plural(n, { one: 'person', other: 'personer' });

/** A multiplication as the page writes it; the figures arrive formatted. */
type Times = { seats: number; unit: string; monthly: string; annual: string };

export const working: WorkingStrings = {
  people: (p: { people: number; groups: string }) => `${people(p.people)} får dette produktet (${p.groups}).`,
  blocked: (p: { blocked: number }) => `For ${count(p.blocked)} av dem kan lisensen ikke kjøpes her (se merknaden ved produktet), så de er ikke med i beløpene.`,
  granted: (p: { granted: number }) => `${plural(p.granted, { one: 'lisens', other: 'lisenser' })} er bevilget gratis.`,
  paid: (p: Times) => `${count(p.seats)} × ${p.unit} = ${p.monthly} per måned; × 12 = ${p.annual} per år.`,
  nothingPaid: 'Ingen lisenser betales.',
  unpriced: (p: { unpriced: number }) =>
    `${plural(p.unpriced, { one: 'lisens', other: 'lisenser' })} har ingen publisert pris for ideelle organisasjoner og er ikke med i beløpene.`,
  surcharge: (p: { percent: string }) => `Enhetsprisene inkluderer påslaget på ${p.percent} som abonnementsformen deres legger til.`,
  list: (p: Times) => `Til listepris: ${count(p.seats)} × ${p.unit} = ${p.monthly} per måned; × 12 = ${p.annual} per år.`,
  priceDate: (p: { date: string }) => `Priser som gjelder ${p.date}.`,
};

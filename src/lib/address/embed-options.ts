import type { AddressNotice } from './notices';
import { echo } from './notices';
import type { Query } from './query';

/** Colour schemes an embed may ask for; `auto` follows the visitor's system setting. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The fixed palette of accent colours partners may choose from (colours live in the CSS). */
export const ACCENTS = ['blue', 'green', 'purple', 'orange', 'teal'] as const;
export type Accent = (typeof ACCENTS)[number];

/** Sections of the calculator an embed may show; all by default. */
export const SECTIONS = ['organisation', 'products', 'totals', 'change', 'projection', 'azure'] as const;
export type Section = (typeof SECTIONS)[number];

export interface EmbedOptions {
  theme: Theme;
  accent: Accent;
  sections: readonly Section[];
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { theme: 'auto', accent: 'blue', sections: SECTIONS };

const pick = <T extends string>(allowed: readonly T[], value: string): T | undefined => allowed.find((item) => item === value);

/** Reads embed options from a read address, keeping only allow-listed values and noting the rest. */
export function readEmbedOptions(params: Query, notices: AddressNotice[]): EmbedOptions {
  const options = { ...DEFAULT_EMBED_OPTIONS };
  const theme = params.get('theme');
  if (theme !== null) {
    const valid = pick(THEMES, theme);
    if (valid) options.theme = valid;
    else notices.push({ code: 'bad-option', key: 'theme', value: echo(theme) });
  }
  const accent = params.get('accent');
  if (accent !== null) {
    const valid = pick(ACCENTS, accent);
    if (valid) options.accent = valid;
    else notices.push({ code: 'bad-option', key: 'accent', value: echo(accent) });
  }
  const sections = params.get('sections');
  if (sections !== null) {
    const asked = sections.split(',').filter(Boolean);
    const valid = SECTIONS.filter((section) => asked.includes(section));
    for (const item of asked) if (!pick(SECTIONS, item)) notices.push({ code: 'bad-option', key: 'sections', value: echo(item) });
    if (valid.length > 0) options.sections = valid;
  }
  return options;
}

/** The query pairs for embed options, leaving out the defaults. */
export function embedOptionPairs(options: EmbedOptions): [string, string][] {
  const pairs: [string, string][] = [];
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) pairs.push(['theme', options.theme]);
  if (options.accent !== DEFAULT_EMBED_OPTIONS.accent) pairs.push(['accent', options.accent]);
  if (options.sections.length !== SECTIONS.length) pairs.push(['sections', options.sections.join(',')]);
  return pairs;
}

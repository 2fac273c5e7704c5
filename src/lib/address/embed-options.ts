import { Query } from './query';

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

/** The query keys that carry embed options rather than calculator state. */
export const EMBED_KEYS: ReadonlySet<string> = new Set(['theme', 'accent', 'sections']);

/** An option the embed ignored, with the value it refused. */
export interface OptionNotice {
  key: string;
  value: string;
}

const pick = <T extends string>(allowed: readonly T[], value: string): T | undefined => allowed.find((item) => item === value);

/** Reads embed options from a query string, keeping only allow-listed values; never throws. */
export function parseEmbedOptions(query: string): { options: EmbedOptions; notices: OptionNotice[] } {
  const params = new Query(query);
  const notices: OptionNotice[] = [];
  const options = { ...DEFAULT_EMBED_OPTIONS };
  const theme = params.get('theme');
  if (theme !== null) {
    const valid = pick(THEMES, theme);
    if (valid) options.theme = valid;
    else notices.push({ key: 'theme', value: theme.slice(0, 40) });
  }
  const accent = params.get('accent');
  if (accent !== null) {
    const valid = pick(ACCENTS, accent);
    if (valid) options.accent = valid;
    else notices.push({ key: 'accent', value: accent.slice(0, 40) });
  }
  const sections = params.get('sections');
  if (sections !== null) {
    const asked = sections.split(',').filter(Boolean);
    const valid = SECTIONS.filter((section) => asked.includes(section));
    for (const item of asked) if (!pick(SECTIONS, item)) notices.push({ key: 'sections', value: item.slice(0, 40) });
    if (valid.length > 0) options.sections = valid;
  }
  return { options, notices };
}

/** The query pairs for embed options, leaving out the defaults. */
export function embedOptionPairs(options: EmbedOptions): [string, string][] {
  const pairs: [string, string][] = [];
  if (options.theme !== DEFAULT_EMBED_OPTIONS.theme) pairs.push(['theme', options.theme]);
  if (options.accent !== DEFAULT_EMBED_OPTIONS.accent) pairs.push(['accent', options.accent]);
  if (options.sections.length !== SECTIONS.length) pairs.push(['sections', options.sections.join(',')]);
  return pairs;
}

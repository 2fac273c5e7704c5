import { createContext, type ComponentType, type FunctionComponent } from 'preact';
import { useContext } from 'preact/hooks';
import { formatters, type Formatters } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { localeNumberStyle } from '../i18n/number-style';
import type { NumberStyle } from '../lib/address/number-style';
import type { LaterParts, Parts } from '../i18n/parts';

/**
 * What an island's entry (src/islands/<locale>/) hands its components: the locale, the dictionary
 * parts the island shows, and loaders for the parts it needs only later.
 */
export type Strings = Partial<Parts> & {
  locale: Locale;
  /** Each loader imports the module that exports the part under its own name (`errors` from `en/errors`). */
  later?: { [K in keyof LaterParts]?: () => Promise<Pick<LaterParts, K>> };
};

// No default: every island gets its strings from its entry, and a page never guesses a language.
const StringsContext = createContext<Strings | null>(null);

/** An island's component, given the strings of one locale; the entry module exports the result. */
export function withStrings<P extends object>(Component: ComponentType<P>, strings: Strings): FunctionComponent<P> {
  return (props) => (
    <StringsContext.Provider value={strings}>
      <Component {...props} />
    </StringsContext.Provider>
  );
}

// An island without withStrings, or an entry that forgets a part its island reads, fails the build,
// which renders every island on the server; the lookups below trust the entry rather than spend bytes checking it.

/** One part of the island's dictionary. */
export function useStrings<K extends keyof Parts>(part: K): Parts[K] {
  return useContext(StringsContext)![part] as Parts[K];
}

/** The island's locale: its pages' addresses, its formats and what a formatter does not cover (a spreadsheet's decimal mark). */
export function useLocale(): Locale {
  return useContext(StringsContext)!.locale;
}

/** How the island's locale writes numbers: what its seat and amount fields accept. */
export function useNumberStyle(): NumberStyle {
  return localeNumberStyle(useLocale());
}

/** Money, counts, dates and plurals in the island's locale. */
export function useFormat(): Formatters {
  return formatters(useContext(StringsContext)!.locale);
}

/** Loads a part the island needs only later (the embed panel, notices, input errors). */
export function useLater<K extends keyof LaterParts>(part: K): () => Promise<LaterParts[K]> {
  const load = useContext(StringsContext)!.later![part]!;
  return () => load().then((module) => module[part]);
}

/** Everything the island's entry handed it, for a view rendered apart from the island's tree (the print summary). */
export function useIslandStrings(): Strings {
  return useContext(StringsContext)!;
}

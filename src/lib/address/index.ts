/** The one way in for untrusted input: share links, embed options and the fields people type into. */
export { CURRENT_VERSION, decodeState, encodeState, type Decoded, type LinkNotice, type LinkNoticeCode } from './share-codec';
export {
  ACCENTS, DEFAULT_EMBED_OPTIONS, EMBED_KEYS, SECTIONS, THEMES, embedOptionPairs, parseEmbedOptions,
  type Accent, type EmbedOptions, type OptionNotice, type Section, type Theme,
} from './embed-options';
export { writeQuery } from './query';
export { embedSnippets, type EmbedSnippets } from './embed-snippet';
export { checkWhen, parseSeats, type DateProblem, type Parsed, type SeatProblem } from './parse-field';
export { isAmount, parseAmount, type AmountProblem } from './parse-amount';

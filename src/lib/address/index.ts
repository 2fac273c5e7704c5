/** The one way in for untrusted input: share links, saved state, embed options and the fields people type into. */
export { readAddress, readV1Address, type Address, type ReadOptions } from './read-address';
export { CURRENT_VERSION, SCENARIOS_VERSION, encodeEstimate, encodeGroup, encodeState } from './encode';
export { encodeV1 } from './encode-v1';
export { EMBED_KEYS, STATE_KEYS, type AddressKey, type DateKey, type EmbedKey, type StateKey } from './keys';
export { MAX_ECHO, MAX_NOTICES, capNotices, echo, type AddressNotice, type AddressNoticeCode } from './notices';
export { YEARS_AHEAD, checkWhen, dateProblem, dateWindow, type DateProblem, type DateWindow, type WhenProblem } from './date-window';
export {
  ACCENTS, DEFAULT_EMBED_OPTIONS, SECTIONS, THEMES, embedOptionPairs,
  type Accent, type EmbedOptions, type Section, type Theme,
} from './embed-options';
export { writeQuery } from './query';
export { embedSnippets, type EmbedLanguage, type EmbedSnippets } from './embed-snippet';
export { DEFAULT_NUMBER_STYLE, splitNumber, type NumberParts, type NumberStyle } from './number-style';
export { parseOptionalSeats, parseSeats, type Parsed, type SeatProblem } from './parse-field';
export { isAmount, parseAmount, type AmountProblem } from './parse-amount';
export { MAX_SAVED, addSaved, readSavedList, removeSaved, renameSaved, restoreSaved, writeSavedList, type SaveProblem, type SavedEstimate, type SavedList } from './saved-estimates';
export { parseRate, type RateProblem } from './parse-rate';

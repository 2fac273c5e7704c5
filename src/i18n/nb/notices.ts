/**
 * Norwegian strings of the notices shown when a link, saved state or embed option had to be corrected.
 * Text from the address arrives as `value`, `key` or `used`, already stripped of control characters
 * and cut short; the page shows it isolated from the sentence around it.
 */
import type { AddressKey, AddressNoticeCode } from '../../lib';
import type { NoticeSource } from '../en/notices';
import type { NoticeStrings } from '../parts';
import { plural } from './count';

/** Names of the things an address sets, in the definite form a notice names them in ("landet", "gruppen"). */
const fields = {
  v: 'lenkeversjonen', a: 'scenarioet som vises', x: 'scenarioet', s: 'antallet lønnede ansatte og ulønnede ledere', vo: 'antallet frivillige', c: 'kjøpsmåten', d: 'datoen for overslaget',
  r: 'fornyelsesdatoen', co: 'landet', t: 'abonnementsformen', g: 'gruppen', n: 'behovslisten', l: 'produktlinjen', gs: 'starten på bevilgningsåret',
  gu: 'bevilgningskreditten brukt hittil', gm: 'bevilgningsforbruket per måned', om: 'Azure i Åpen-forbruket per måned',
  ok: 'OSA-nøkkelen', ot: 'varslingsgrensen', fx: 'valutakursen', theme: 'fargetemaet', accent: 'uthevingsfargen', sections: 'delene som vises',
} satisfies Record<AddressKey, string>;

/** A field's name at the start of a sentence. */
const opening = (key: AddressKey) => fields[key].charAt(0).toUpperCase() + fields[key].slice(1);

/** Keys whose bad value is dropped whole (a line, a group, a group's needs, a credit key, a scenario, an exchange rate), rather than replaced by the estimate's own. */
const dropped = { l: 'linjen', g: 'gruppen', n: 'behovslisten', ok: 'nøkkelen', x: 'scenarioet', fx: 'kursen' } as Partial<Record<AddressKey, string>>;

/** What a value of each key must be, as the sentence "… er ikke ___" says it. */
const kinds: Partial<Record<AddressKey, string>> = {
  s: 'et antall personer', vo: 'et antall personer', d: 'en gyldig dato', gs: 'en gyldig dato', r: 'en dag og måned som kan prises',
  gu: 'et pengebeløp', gm: 'ett beløp per måned, eller tolv', om: 'ett beløp per måned, eller tolv', ot: 'et pengebeløp',
};

const source = { link: 'Lenken', saved: 'Det lagrede overslaget' } satisfies Record<NoticeSource, string>;
/** Where a value sat, after its name: "«-3» for antallet frivillige i lenken". */
const within = { link: 'i lenken', saved: 'i det lagrede overslaget' } satisfies Record<NoticeSource, string>;

/** What the estimate does instead of a value it could not use: uses the one it had, named when known. */
const instead = (kept?: string) => (kept === undefined ? 'så overslaget beholder verdien det hadde' : `så overslaget bruker ${kept}`);

const tooMany = {
  l: { one: 'produktlinje', other: 'produktlinjer' },
  g: { one: 'gruppe', other: 'grupper' },
  ok: { one: 'OSA-nøkkel', other: 'OSA-nøkler' },
  x: { one: 'scenario', other: 'scenarioer' },
};

/** A product that cannot be found: a line of format 1 is dropped; a group keeps itself without it. */
const unknownProduct = { l: 'så den linjen ble utelatt', g: 'så gruppen beholdes uten det' };

export const notices: NoticeStrings = {
  heading: 'Noe av det du åpnet, kunne ikke brukes',
  dismiss: 'Lukk',
  messages: {
    'unknown-key': (p: { from: NoticeSource; key: string }) => `${source[p.from]} har en innstilling «${p.key}» som kalkulatoren ikke kjenner, så den ble ignorert.`,
    'duplicate-key': (p: { from: NoticeSource; key: AddressKey; used: string; count: number }) =>
      `${source[p.from]} oppgir ${fields[p.key]} ${plural(p.count, { one: 'gang', other: 'ganger' })}; overslaget bruker den første verdien, «${p.used}», og ser bort fra resten.`,
    'bad-value': (p: { from: NoticeSource; key: AddressKey; value: string; kept?: string }) =>
      dropped[p.key]
        ? `${opening(p.key)} «${p.value}» ${within[p.from]} er skadet, så ${dropped[p.key]} ble utelatt.`
        : `Verdien «${p.value}» for ${fields[p.key]} ${within[p.from]} er ikke ${kinds[p.key] ?? 'en verdi kalkulatoren kjenner'}, ${instead(p.kept)}.`,
    'date-out-of-range': (p: { from: NoticeSource; key: AddressKey; value: string; first: string; last: string; kept?: string }) =>
      `${opening(p.key)} «${p.value}» ${within[p.from]} ligger utenfor datoene kalkulatoren kan regne med (${p.first} til ${p.last}), ${dropped[p.key] ? `så ${dropped[p.key]} ble utelatt` : instead(p.kept)}.`,
    'unknown-product': (p: { from: NoticeSource; key: 'l' | 'g'; value: string }) =>
      `${source[p.from]} nevner et produkt «${p.value}» som kalkulatoren ikke kjenner (det kan være trukket tilbake), ${unknownProduct[p.key]}.`,
    'duplicate-product': (p: { from: NoticeSource; value: string }) => `${source[p.from]} har produktet «${p.value}» to ganger, så bare den første linjen ble beholdt.`,
    'too-many': (p: { key: 'l' | 'g' | 'ok' | 'x'; count: number; limit: string }) =>
      `${plural(p.count, tooMany[p.key])} for mye ble utelatt: et overslag kan ha høyst ${p.limit}.`,
    'newer-version': (p: { value: string }) => `Denne lenken er laget med en nyere versjon av kalkulatoren (v=${p.value}); noen innstillinger kan ha blitt utelatt.`,
    'unknown-version': (p: { value: string }) => `Denne lenken har en formatversjon «${p.value}» som kalkulatoren ikke kjenner, så den ble lest som gjeldende format.`,
    'bad-option': (p: { key: AddressKey; value: string }) => `«${p.value}» er ikke et valg kalkulatoren tilbyr for ${fields[p.key]} i innebyggingen; standardvalget brukes.`,
    more: (p: { count: number }) => `${plural(p.count, { one: 'annet punkt', other: 'andre punkter' })} kunne heller ikke brukes.`,
    'storage-repaired': 'Overslaget ditt som er lagret i denne nettleseren, er tilbake, men en del av det kunne ikke leses:',
    'storage-discarded': 'Overslaget ditt som er lagret i denne nettleseren, kunne ikke leses i det hele tatt, så kalkulatoren starter fra det vanlige eksempelet.',
  } satisfies Record<AddressNoticeCode, unknown>,
};

/**
 * Norwegian strings of the notices shown when a link, saved state or embed option had to be corrected.
 * Text from the address arrives as `value`, `key` or `used`, already stripped of control characters
 * and cut short; the page shows it isolated from the sentence around it.
 */
import type { AddressKey, AddressNoticeCode } from '../../lib';
import type { NoticeStrings } from '../parts';
import { plural } from './count';

/** Names of the things an address sets, in the definite form a notice names them in ("landet", "gruppen"). */
const fields = {
  v: 'lenkeversjonen', s: 'antallet lønnede ansatte og ulønnede ledere', vo: 'antallet frivillige', c: 'kjøpsmåten', d: 'datoen for overslaget',
  r: 'fornyelsesdatoen', co: 'landet', t: 'abonnementsformen', g: 'gruppen', l: 'produktlinjen', gs: 'starten på bevilgningsåret',
  gu: 'bevilgningskreditten brukt hittil', gm: 'bevilgningsforbruket per måned', om: 'Azure i Åpen-forbruket per måned',
  ok: 'OSA-nøkkelen', ot: 'varslingsgrensen', theme: 'fargetemaet', accent: 'uthevingsfargen', sections: 'delene som vises',
} satisfies Record<AddressKey, string>;

/** Keys whose bad value is dropped whole (a line, a group, a credit key), rather than replaced by the calculator's own. */
const dropped = (key: AddressKey) => key === 'l' || key === 'g' || key === 'ok';

/** A field's name at the start of a sentence. */
const opening = (key: AddressKey) => fields[key].charAt(0).toUpperCase() + fields[key].slice(1);

const tooMany = {
  l: { one: 'produktlinje', other: 'produktlinjer' },
  g: { one: 'gruppe', other: 'grupper' },
  ok: { one: 'OSA-nøkkel', other: 'OSA-nøkler' },
};

export const notices: NoticeStrings = {
  heading: 'Noe av det du åpnet, kunne ikke brukes',
  dismiss: 'Lukk',
  messages: {
    'unknown-key': (p: { key: string }) => `Lenken har en innstilling «${p.key}» som kalkulatoren ikke kjenner; den ble ignorert.`,
    'duplicate-key': (p: { key: AddressKey; used: string; count: number }) =>
      `Lenken oppgir ${fields[p.key]} ${plural(p.count, { one: 'gang', other: 'ganger' })}; den første verdien, «${p.used}», ble lest, og de andre ble ignorert.`,
    'bad-value': (p: { key: AddressKey; value: string }) =>
      dropped(p.key)
        ? `${opening(p.key)} «${p.value}» er skadet, så den ble utelatt.`
        : `Verdien «${p.value}» for ${fields[p.key]} er ugyldig; kalkulatoren beholdt sin egen verdi.`,
    'date-out-of-range': (p: { key: AddressKey; value: string; first: string; last: string }) =>
      `${opening(p.key)} «${p.value}» ligger utenfor datoene kalkulatoren kan regne med, ${p.first} til ${p.last}; ${dropped(p.key) ? 'den ble utelatt' : 'kalkulatoren beholdt sin egen verdi'}.`,
    'unknown-product': (p: { value: string }) => `Det finnes ikke noe produkt «${p.value}»; den linjen ble utelatt.`,
    'duplicate-product': (p: { value: string }) => `Produktet «${p.value}» kom to ganger; bare den første linjen ble beholdt.`,
    'too-many': (p: { key: 'l' | 'g' | 'ok'; count: number; limit: string }) =>
      `${plural(p.count, tooMany[p.key])} for mye ble ignorert: en lenke kan ha høyst ${p.limit}.`,
    'newer-version': (p: { value: string }) => `Denne lenken er laget med en nyere versjon av kalkulatoren (v=${p.value}); noen innstillinger kan ha blitt utelatt.`,
    'unknown-version': (p: { value: string }) => `Denne lenken har en ukjent formatversjon «${p.value}»; den ble lest som gjeldende format.`,
    'bad-option': (p: { key: AddressKey; value: string }) => `«${p.value}» er ikke et valg kalkulatoren tilbyr for ${fields[p.key]} i innebyggingen; standardvalget brukes.`,
    more: (p: { count: number }) => `${plural(p.count, { one: 'annet punkt', other: 'andre punkter' })} i adressen kunne heller ikke brukes.`,
    'storage-repaired': 'En del av den siste beregningen som er lagret i denne nettleseren, kunne ikke leses og ble utelatt; resten er hentet tilbake.',
    'storage-discarded': 'Den siste beregningen som er lagret i denne nettleseren, kunne ikke leses, så kalkulatoren starter på nytt.',
  } satisfies Record<AddressNoticeCode, unknown>,
};

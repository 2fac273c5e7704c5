import { useStore } from './use-store';
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { BILLING_TERMS, CHANNELS } from '../data/types';
import { YEARS_AHEAD, checkWhen, dateWindow, monthDayOf, nextAnniversary } from '../lib';
import { $organisationChoices, $termSurcharge, setExistingSubscription, setOrganisation, setTerm } from '../stores/calculator';
import { today } from '../stores/today';
import { DateField, dateMessage } from './DateField';
import { CountryField } from './CountryField';
import { GroupList } from './GroupList';
import { useFormat, useStrings } from './strings';

/** Sets the organisation's country: one function for every render, so the field's element can be kept. */
const setCountry = (country: string | null) => setOrganisation('country', country);

/**
 * Who the organisation is, how it buys and when: the inputs every line draws on. `who` is the
 * server-rendered explanation of who may get grants, passed in as a static slot (no JavaScript).
 */
export function OrganisationForm({ who }: { who?: ComponentChildren }) {
  const t = useStrings('calculator');
  const o = useStrings('organisation');
  // Each store changes only when what this section shows does: a group's edit re-renders none of it.
  const surcharge = useStore($termSurcharge);
  const common = useStrings('common');
  const format = useFormat();
  const organisation = useStore($organisationChoices);
  const { renewal, asOf } = organisation;
  const dates = dateWindow(today());
  // The same element while the country is unchanged: Preact then skips the ~250 options on every keystroke.
  const countryField = useMemo(() => <CountryField value={organisation.country} onChange={setCountry} />, [organisation.country]);

  return (
    <section data-section="organisation" class="panel" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">{t.organisation.heading}</h2>
      <GroupList />
      {who}
      {countryField}

      <fieldset class="choices">
        <legend>{t.organisation.channel}</legend>
        {CHANNELS.map((channel) => (
          <div class="choice" key={channel}>
            <input type="radio" id={`channel-${channel}`} name="channel" value={channel} checked={organisation.channel === channel} onChange={() => setOrganisation('channel', channel)} aria-describedby={`channel-${channel}-hint`} />
            <label for={`channel-${channel}`}>{t.channels[channel]}</label>
            <p id={`channel-${channel}-hint`} class="hint">{t.organisation.channelHints[channel]}</p>
          </div>
        ))}
      </fieldset>

      <div class="field">
        <label for="org-term">{o.term.label}</label>
        <select id="org-term" value={organisation.term} aria-describedby="org-term-hint" onChange={(e) => setTerm(e.currentTarget.value as (typeof BILLING_TERMS)[number])}>
          {BILLING_TERMS.map((term) => <option key={term} value={term}>{o.term.names[term]}</option>)}
        </select>
        <p id="org-term-hint" class="hint">
          {o.term.hints[organisation.term]}
          {surcharge && ` ${o.term.surcharge({ percent: format.percent(surcharge.percent.value) })}`}
          {surcharge?.percent.caveat && ` ${o.caveats[surcharge.percent.caveat]}`}
        </p>
      </div>

      <div class="field-row">
        <DateField id="org-as-of" label={t.organisation.asOf} hint={t.organisation.asOfHint} value={asOf} dates={dates} today={`value max+${12 * YEARS_AHEAD}`} explain={(date) => dateMessage(common, format, checkWhen(date, renewal, dates), dates)} onCommit={(date) => setOrganisation('asOf', date)} />
        <div class="field">
          <div class="choice">
            <input type="checkbox" id="org-existing" checked={renewal !== null} onChange={(event) => setExistingSubscription(event.currentTarget.checked)} />
            <label for="org-existing">{t.organisation.existing}</label>
          </div>
          {renewal !== null && (
            <DateField id="org-renewal" label={t.organisation.renewal} hint={t.organisation.renewalHint} value={nextAnniversary(asOf, renewal)} explain={(date) => dateMessage(common, format, checkWhen(asOf, monthDayOf(date), dates), dates)} onCommit={(date) => setOrganisation('renewal', monthDayOf(date))} />
          )}
        </div>
      </div>
    </section>
  );
}

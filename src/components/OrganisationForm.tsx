import { useStore } from './use-store';
import type { ComponentChildren } from 'preact';
import { CHANNELS } from '../data/types';
import { checkWhen, dateWindow, monthDayOf, nextAnniversary } from '../lib';
import { $state, setExistingSubscription, setOrganisation } from '../stores/calculator';
import { today } from '../stores/today';
import { DateField, dateMessage } from './DateField';
import { CountryField } from './CountryField';
import { SeatField } from './SeatField';
import { useFormat, useStrings } from './strings';

/**
 * Who the organisation is, how it buys and when: the inputs every line draws on. `who` is the
 * server-rendered explanation of who may get grants, passed in as a static slot (no JavaScript).
 */
export function OrganisationForm({ who }: { who?: ComponentChildren }) {
  const t = useStrings('calculator');
  const common = useStrings('common');
  const format = useFormat();
  const { organisation } = useStore($state);
  const { renewal, asOf } = organisation;
  const dates = dateWindow(today());

  return (
    <section data-section="organisation" class="panel" aria-labelledby="organisation-heading">
      <h2 id="organisation-heading">{t.organisation.heading}</h2>
      <div class="field-row">
        <SeatField id="org-staff" label={t.organisation.staff} hint={t.organisation.staffHint} value={organisation.staff} onCommit={(n) => setOrganisation('staff', n)} />
        <SeatField id="org-volunteers" label={t.organisation.volunteers} hint={t.organisation.volunteersHint} value={organisation.volunteers} onCommit={(n) => setOrganisation('volunteers', n)} />
      </div>
      {who}
      <CountryField value={organisation.country} onChange={(country) => setOrganisation('country', country)} />

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

      <div class="field-row">
        <DateField id="org-as-of" label={t.organisation.asOf} hint={t.organisation.asOfHint} value={asOf} dates={dates} explain={(date) => dateMessage(common, format, checkWhen(date, renewal, dates), dates)} onCommit={(date) => setOrganisation('asOf', date)} />
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

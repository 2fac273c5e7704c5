import { AfterHydration } from './AfterHydration';
import { AzureTimeline } from './AzureTimeline';
import { GrantPanel } from './GrantPanel';
import { OpenPanel } from './OpenPanel';
import { useStrings } from './strings';

/** The Azure credit planner island: the grant and Azure in Open side by side, then the 24-month timeline. */
export default function AzurePlanner() {
  const ta = useStrings('azure');
  return (
    <AfterHydration class="azure-planner">
      <section class="panel" aria-labelledby="azure-heading" data-section="azure">
        <h2 id="azure-heading">{ta.heading}</h2>
        <p>{ta.intro}</p>
        <div class="azure-kinds">
          <GrantPanel />
          <OpenPanel />
        </div>
        <AzureTimeline />
      </section>
    </AfterHydration>
  );
}

import { AfterHydration } from './AfterHydration';
import { AvailabilityPanel } from './AvailabilityPanel';
import { ActiveUseChecker } from './ActiveUseChecker';
import { WindowsGrantPanel } from './WindowsGrantPanel';

/** The programme rules island, below the calculator: what the country offers, the 85 % rule, TechSoup software. */
export default function Programme() {
  return (
    <AfterHydration class="programme">
      <AvailabilityPanel />
      <ActiveUseChecker />
      <WindowsGrantPanel />
    </AfterHydration>
  );
}

import { AfterHydration } from './AfterHydration';
import { ChangePanel } from './ChangePanel';
import { MoneyChanges } from './MoneyChanges';
import { ProjectionChart } from './ProjectionChart';

/** Below the calculator, loaded when scrolled into view: the 1 Sept 2022 change, every dated change in money, and the next 12 months. */
export default function Outlook() {
  return (
    <AfterHydration class="outlook">
      <ChangePanel />
      <MoneyChanges />
      <ProjectionChart />
    </AfterHydration>
  );
}

import { AfterHydration } from './AfterHydration';
import { ChangePanel } from './ChangePanel';
import { ProjectionChart } from './ProjectionChart';

/** Below the calculator, loaded when scrolled into view: the 1 Sept 2022 change and the next 12 months. */
export default function Outlook() {
  return (
    <AfterHydration class="outlook">
      <ChangePanel />
      <ProjectionChart />
    </AfterHydration>
  );
}

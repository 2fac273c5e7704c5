import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLater, useStrings } from './strings';

/** "Embed this calculator", closed by default; its panel's code and strings load only when someone opens it. */
export default function EmbedSection() {
  const common = useStrings('common');
  const loadStrings = useLater('embed');
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const load = async () => {
    if (!details.current?.open || Panel) return;
    const [{ EmbedPanel }, strings] = await Promise.all([import('./EmbedPanel'), loadStrings()]);
    setPanel(() => () => <EmbedPanel strings={strings} />);
  };
  // Someone may have opened it before this island woke up.
  useEffect(() => void load(), []);

  return (
    <details ref={details} class="panel embed-panel" onToggle={load}>
      <summary>
        <h2>{common.embedHeading}</h2>
      </summary>
      {Panel && <Panel />}
    </details>
  );
}

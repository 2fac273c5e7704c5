import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

/** "Embed this calculator", closed by default; its panel's code loads only when someone opens it. */
export default function EmbedSection() {
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const details = useRef<HTMLDetailsElement>(null);
  const load = async () => {
    if (!details.current?.open || Panel) return;
    const { EmbedPanel } = await import('./EmbedPanel');
    setPanel(() => EmbedPanel);
  };
  // Someone may have opened it before this island woke up.
  useEffect(() => void load(), []);

  return (
    <details ref={details} class="panel embed-panel" onToggle={load}>
      <summary>
        <h2>{t.embedSection.heading}</h2>
      </summary>
      {Panel && <Panel />}
    </details>
  );
}

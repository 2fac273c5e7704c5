/** A field the user changed before the island woke: the events it fired and its last value. */
interface FieldInput {
  target: HTMLInputElement;
  types: Set<string>;
  value: string;
  checked: boolean;
}

/** What `recordEarlyInput` hands back: `replay` stops recording and hands what it saw to the hydrated island. */
export interface EarlyInput {
  replay(): void;
}

/**
 * Records, in order, what the user does to a server-rendered island before it hydrates: each
 * field's input and change events with its last value, and each button clicked. Replaying writes
 * the values back (a re-render while the island woke may have reset them), fires the same events,
 * and clicks the same buttons: hydration keeps the server's nodes, so they are still there, and
 * focus stays where it was. Clicks on fields, labels and links are not replayed: the browser has
 * already done what they do, and their change events carry the result.
 */
export function recordEarlyInput(el: HTMLElement): EarlyInput {
  const log: (FieldInput | HTMLButtonElement)[] = [];
  const fields = new Map<EventTarget, FieldInput>();
  const onField = (event: Event) => {
    const target = event.target as HTMLInputElement;
    let field = fields.get(target);
    if (!field) {
      field = { target, types: new Set(), value: '', checked: false };
      fields.set(target, field);
      log.push(field);
    }
    field.types.add(event.type);
    field.value = target.value;
    field.checked = target.checked;
  };
  const onClick = (event: Event) => {
    const button = (event.target as Element).closest?.('button');
    if (button && el.contains(button)) log.push(button);
  };
  el.addEventListener('input', onField, true);
  el.addEventListener('change', onField, true);
  el.addEventListener('click', onClick, true);
  return {
    replay() {
      el.removeEventListener('input', onField, true);
      el.removeEventListener('change', onField, true);
      el.removeEventListener('click', onClick, true);
      for (const entry of log) {
        if (entry instanceof HTMLButtonElement) {
          if (entry.isConnected) entry.click();
          continue;
        }
        const { target, types, value, checked } = entry;
        if (!target.isConnected) continue;
        target.value = value;
        if (target.type === 'checkbox' || target.type === 'radio') target.checked = checked;
        for (const type of types) target.dispatchEvent(new Event(type, { bubbles: true }));
      }
    },
  };
}

/** German strings of the named estimates panel, Start over, a shared estimate opened beside the user's own, and refused storage. Loaded on demand. */
import type { EstimateStrings } from '../parts';

export const estimates: EstimateStrings = {
  heading: 'Ihre Schätzungen',
  hint: 'Nur in diesem Browser auf diesem Gerät gespeichert. Um eine Schätzung weiterzugeben oder anderswo aufzubewahren, kopieren Sie ihren Link.',
  save: {
    label: 'Name für diese Schätzung',
    action: 'Diese Schätzung speichern',
    saved: (p: { name: string }) => `Gespeichert als „${p.name}“.`,
    'no-name': 'Geben Sie der Schätzung zuerst einen Namen.',
    full: (p: { limit: string }) => `Dieser Browser speichert bereits ${p.limit} Schätzungen, mehr geht nicht. Löschen Sie eine, um eine weitere zu speichern.`,
  },
  list: {
    heading: 'Gespeicherte Schätzungen',
    empty: 'Noch keine gespeicherten Schätzungen.',
    damaged: 'Ein Teil der gespeicherten Liste ließ sich nicht lesen; hier stehen die Schätzungen, die sich lesen ließen.',
    savedOn: (p: { date: string }) => `Gespeichert am ${p.date}`,
    open: 'Öffnen',
    rename: 'Umbenennen',
    delete: 'Löschen',
    nameLabel: (p: { name: string }) => `Neuer Name für „${p.name}“`,
    saveName: 'Namen speichern',
    cancel: 'Abbrechen',
    opened: (p: { name: string }) => `„${p.name}“ geöffnet. Das ist jetzt Ihre aktuelle Schätzung.`,
    renamed: (p: { name: string }) => `Umbenannt in „${p.name}“.`,
    deleted: (p: { name: string }) => `„${p.name}“ gelöscht.`,
    openName: (p: { name: string }) => `„${p.name}“ öffnen`,
    renameName: (p: { name: string }) => `„${p.name}“ umbenennen`,
    deleteName: (p: { name: string }) => `„${p.name}“ löschen`,
  },
  startOver: {
    action: 'Neu beginnen',
    hint: 'Setzt die Schätzung auf das Beispiel zurück, das beim ersten Besuch erscheint. Sie können das rückgängig machen.',
    done: 'Die Schätzung wurde zurückgesetzt.',
    undo: 'Rückgängig',
    undone: 'Ihre Schätzung ist wieder wie vorher.',
  },
  shared: {
    notice: 'Sie haben eine geteilte Schätzung geöffnet. Ihre eigene Schätzung bleibt erhalten: Dieser Browser merkt sie sich weiter, bis Sie die geteilte ändern oder sie übernehmen.',
    save: 'Die geteilte Schätzung unter Ihren Schätzungen speichern',
    keep: 'Die geteilte Schätzung als meine übernehmen',
    back: 'Zurück zu meiner eigenen Schätzung',
    savedName: (p: { date: string }) => `Geteilte Schätzung, geöffnet am ${p.date}`,
    ownName: (p: { date: string }) => `Meine Schätzung vor einem geteilten Link, ${p.date}`,
    saved: (p: { name: string }) => `Die geteilte Schätzung ist gespeichert als „${p.name}“.`,
    kept: (p: { name: string }) => `Dieser Browser merkt sich jetzt die geteilte Schätzung. Ihre eigene finden Sie unter Ihren Schätzungen als „${p.name}“.`,
    full: 'Ihre Schätzungen sind voll, daher bleibt Ihre eigene Schätzung die gemerkte. Löschen Sie eine gespeicherte Schätzung, um diese zu übernehmen.',
  },
  storage: {
    refused: 'Dieser Browser lässt den Rechner nichts speichern, daher wird hier nichts gemerkt. Die Schätzung funktioniert trotzdem: Kopieren Sie ihren Link, um sie aufzubewahren.',
    dismiss: 'Schließen',
  },
};

/** Norwegian strings of the named estimates panel, Start over, a shared estimate opened beside the user's own, and refused storage. Loaded on demand. */
import type { EstimateStrings } from '../parts';

export const estimates: EstimateStrings = {
  heading: 'Overslagene dine',
  hint: 'Lagres bare i denne nettleseren, på denne enheten. Kopier lenken hvis du vil dele et overslag eller ta vare på det et annet sted.',
  save: {
    label: 'Navn på dette overslaget',
    action: 'Lagre dette overslaget',
    saved: (p: { name: string }) => `Lagret som «${p.name}».`,
    'no-name': 'Gi overslaget et navn først.',
    full: (p: { limit: string }) => `Denne nettleseren har allerede ${p.limit} overslag, det meste den kan ta vare på. Slett ett for å lagre et nytt.`,
  },
  list: {
    heading: 'Lagrede overslag',
    empty: 'Ingen lagrede overslag ennå.',
    damaged: 'En del av den lagrede listen kunne ikke leses; overslagene her er de som kunne leses.',
    savedOn: (p: { date: string }) => `Lagret ${p.date}`,
    open: 'Åpne',
    rename: 'Gi nytt navn',
    delete: 'Slett',
    nameLabel: (p: { name: string }) => `Nytt navn på «${p.name}»`,
    saveName: 'Lagre navnet',
    cancel: 'Avbryt',
    opened: (p: { name: string }) => `Åpnet «${p.name}». Det er nå overslaget du arbeider med.`,
    renamed: (p: { name: string }) => `Nytt navn: «${p.name}».`,
    deleted: (p: { name: string }) => `Slettet «${p.name}».`,
    openName: (p: { name: string }) => `Åpne «${p.name}»`,
    renameName: (p: { name: string }) => `Gi «${p.name}» nytt navn`,
    deleteName: (p: { name: string }) => `Slett «${p.name}»`,
  },
  startOver: {
    action: 'Start på nytt',
    hint: 'Tilbakestiller overslaget til eksempelet et første besøk viser. Du kan angre.',
    done: 'Overslaget er tilbakestilt.',
    undo: 'Angre',
    undone: 'Overslaget ditt er tilbake slik det var.',
  },
  shared: {
    notice: 'Du har åpnet et delt overslag. Ditt eget overslag er tatt vare på: nettleseren fortsetter å huske det til du endrer det delte eller velger å beholde det.',
    save: 'Lagre det delte blant overslagene dine',
    keep: 'Behold det delte som mitt overslag',
    back: 'Gå tilbake til mitt eget overslag',
    savedName: (p: { date: string }) => `Delt overslag, åpnet ${p.date}`,
    ownName: (p: { date: string }) => `Mitt overslag før en delt lenke, ${p.date}`,
    saved: (p: { name: string }) => `Det delte overslaget er lagret som «${p.name}».`,
    kept: (p: { name: string }) => `Det delte overslaget er nå det nettleseren husker. Ditt eget ligger blant overslagene dine som «${p.name}».`,
    full: 'Det er ikke plass til flere overslag, så ditt eget overslag er fortsatt det nettleseren husker. Slett et lagret overslag for å beholde dette.',
  },
  storage: {
    refused: 'Denne nettleseren lar ikke kalkulatoren lagre noe, så ingenting blir husket her. Overslaget virker likevel: kopier lenken for å ta vare på det.',
    dismiss: 'Lukk',
  },
};

// Messages of the kiosk shell: for staff, the admin PIN prompt behind the exit chord and the count
// of restarts after a crash; for anyone, the screen shown when the shell's bridge is missing.
// French is the source; the other languages must match it.
const fr = {
  'exit.title': 'Quitter l’application Accueil',
  'exit.hint':
    'Pour fermer la borne, un administrateur choisit son nom et saisit son code PIN. Les jeunes ne pourront plus pointer tant qu’elle est fermée.',
  'exit.who': 'Administrateur',
  'exit.pin': 'Code PIN de l’administrateur',
  'exit.submit': 'Quitter l’application',
  'exit.cancel': 'Annuler',
  'exit.quitting': 'Fermeture de l’application…',
  'exit.not-admin': 'Seul un administrateur peut quitter l’application.',
  'exit.no-admin':
    'Aucun administrateur n’est enregistré sur ce poste : l’application ne peut pas être quittée ici.',
  'exit.refused':
    'La demande a expiré : appuyez à nouveau sur Ctrl+Alt+Maj+Q, puis saisissez le code.',
  'shell.crashes': 'Redémarrages après incident : {count}',
  'shell.crashes.last':
    'Redémarrages après incident : {count} (dernier : le {date} à {time}, {reason})',
  'shell.crash.crashed': 'plantage',
  'shell.crash.oom': 'mémoire épuisée',
  'shell.crash.killed': 'arrêt par le système',
  'shell.crash.other': 'autre cause',
  'shell.bridge-missing.title': 'La borne ne peut pas démarrer',
  'shell.bridge-missing.detail':
    'Une partie de l’application Accueil n’a pas été chargée. Redémarrez l’ordinateur ; si ce message revient, réinstallez Accueil ou prévenez la personne responsable de l’informatique.',
} as const;

type Key = keyof typeof fr;

export const shellMessages = {
  fr,
  nl: {
    'exit.title': 'De Accueil-toepassing afsluiten',
    'exit.hint':
      'Om de zuil af te sluiten, kiest een beheerder zijn naam en typt zijn pincode. Jongeren kunnen niet inchecken zolang ze gesloten is.',
    'exit.who': 'Beheerder',
    'exit.pin': 'Pincode van de beheerder',
    'exit.submit': 'Toepassing afsluiten',
    'exit.cancel': 'Annuleren',
    'exit.quitting': 'De toepassing wordt afgesloten…',
    'exit.not-admin': 'Alleen een beheerder kan de toepassing afsluiten.',
    'exit.no-admin':
      'Er is geen beheerder op deze post geregistreerd: de toepassing kan hier niet worden afgesloten.',
    'exit.refused': 'Het verzoek is verlopen: druk opnieuw op Ctrl+Alt+Shift+Q en typ de code.',
    'shell.crashes': 'Herstarts na een storing: {count}',
    'shell.crashes.last': 'Herstarts na een storing: {count} (laatste: {date} om {time}, {reason})',
    'shell.crash.crashed': 'crash',
    'shell.crash.oom': 'geheugen vol',
    'shell.crash.killed': 'gestopt door het systeem',
    'shell.crash.other': 'andere oorzaak',
    'shell.bridge-missing.title': 'De zuil kan niet starten',
    'shell.bridge-missing.detail':
      'Een deel van de Accueil-toepassing is niet geladen. Start de computer opnieuw op; verschijnt dit bericht opnieuw, installeer Accueil dan opnieuw of verwittig de IT-verantwoordelijke.',
  } satisfies Record<Key, string>,
  de: {
    'exit.title': 'Die Anwendung Accueil beenden',
    'exit.hint':
      'Um das Terminal zu schließen, wählt eine Administratorin oder ein Administrator den Namen und gibt die PIN ein. Solange es geschlossen ist, können sich die Jugendlichen nicht anmelden.',
    'exit.who': 'Administrator',
    'exit.pin': 'PIN des Administrators',
    'exit.submit': 'Anwendung beenden',
    'exit.cancel': 'Abbrechen',
    'exit.quitting': 'Die Anwendung wird beendet…',
    'exit.not-admin': 'Nur ein Administrator kann die Anwendung beenden.',
    'exit.no-admin':
      'Auf diesem Gerät ist kein Administrator eingetragen: Die Anwendung kann hier nicht beendet werden.',
    'exit.refused':
      'Die Anfrage ist abgelaufen: Drücken Sie erneut Strg+Alt+Umschalt+Q und geben Sie dann die PIN ein.',
    'shell.crashes': 'Neustarts nach einer Störung: {count}',
    'shell.crashes.last':
      'Neustarts nach einer Störung: {count} (zuletzt: am {date} um {time}, {reason})',
    'shell.crash.crashed': 'Absturz',
    'shell.crash.oom': 'Speicher erschöpft',
    'shell.crash.killed': 'vom System beendet',
    'shell.crash.other': 'andere Ursache',
    'shell.bridge-missing.title': 'Das Terminal kann nicht starten',
    'shell.bridge-missing.detail':
      'Ein Teil der Anwendung Accueil wurde nicht geladen. Starten Sie den Computer neu; erscheint diese Meldung wieder, installieren Sie Accueil neu oder benachrichtigen Sie die für die IT zuständige Person.',
  } satisfies Record<Key, string>,
  en: {
    'exit.title': 'Quit the Accueil application',
    'exit.hint':
      'To close the kiosk, an administrator chooses their name and types their PIN. Learners cannot check in while it is closed.',
    'exit.who': 'Administrator',
    'exit.pin': 'Administrator’s PIN',
    'exit.submit': 'Quit the application',
    'exit.cancel': 'Cancel',
    'exit.quitting': 'Closing the application…',
    'exit.not-admin': 'Only an administrator can quit the application.',
    'exit.no-admin':
      'No administrator is registered on this kiosk: the application cannot be quit here.',
    'exit.refused': 'The request expired: press Ctrl+Alt+Shift+Q again, then type the PIN.',
    'shell.crashes': 'Restarts after a failure: {count}',
    'shell.crashes.last': 'Restarts after a failure: {count} (last: {date} at {time}, {reason})',
    'shell.crash.crashed': 'crash',
    'shell.crash.oom': 'out of memory',
    'shell.crash.killed': 'stopped by the system',
    'shell.crash.other': 'other cause',
    'shell.bridge-missing.title': 'The kiosk cannot start',
    'shell.bridge-missing.detail':
      'Part of the Accueil application did not load. Restart the computer; if this message comes back, reinstall Accueil or tell the person in charge of IT.',
  } satisfies Record<Key, string>,
};

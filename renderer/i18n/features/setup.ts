// Messages of a fresh kiosk's set-up: the one-time code that creating the first admin requires,
// and the screen of a kiosk that has none. French is the source; the others must match it.
const fr = {
  'setup.code': 'Code de mise en service',
  'setup.code.hint':
    'Le code à 10 caractères écrit par l’installation dans la configuration de ce poste. La personne qui l’a installé sait où le lire.',
  'setup.code.missing': 'Indiquez le code de mise en service.',
  'setup.code.wrong':
    'Ce code de mise en service n’est pas le bon. Vérifiez-le dans la configuration du poste.',
  'setup.code.locked': 'Trop d’essais incorrects : réessayez dans {seconds} s.',
  'setup.none.title': 'Ce poste n’est pas encore mis en service',
  'setup.none.text':
    'Les jeunes peuvent déjà pointer avec leur badge. L’espace du personnel s’ouvrira quand la personne qui installe le poste lui aura donné un code de mise en service.',
} as const;

type Key = keyof typeof fr;

export const setupMessages = {
  fr,
  nl: {
    'setup.code': 'Installatiecode',
    'setup.code.hint':
      'De code van 10 tekens die de installatie in de configuratie van deze kiosk schreef. Wie hem installeerde, weet waar hij staat.',
    'setup.code.missing': 'Vul de installatiecode in.',
    'setup.code.wrong':
      'Deze installatiecode klopt niet. Controleer hem in de configuratie van de kiosk.',
    'setup.code.locked': 'Te veel foute pogingen: probeer opnieuw over {seconds} s.',
    'setup.none.title': 'Deze kiosk is nog niet in gebruik genomen',
    'setup.none.text':
      'Jongeren kunnen al met hun badge inchecken. Het personeelsgedeelte gaat open zodra wie de kiosk installeert hem een installatiecode heeft gegeven.',
  } satisfies Record<Key, string>,
  de: {
    'setup.code': 'Einrichtungscode',
    'setup.code.hint':
      'Der 10-stellige Code, den die Installation in die Konfiguration dieses Geräts geschrieben hat. Wer es installiert hat, weiß, wo er steht.',
    'setup.code.missing': 'Geben Sie den Einrichtungscode ein.',
    'setup.code.wrong':
      'Dieser Einrichtungscode stimmt nicht. Prüfen Sie ihn in der Konfiguration des Geräts.',
    'setup.code.locked': 'Zu viele falsche Versuche: erneut in {seconds} s.',
    'setup.none.title': 'Dieses Gerät ist noch nicht eingerichtet',
    'setup.none.text':
      'Jugendliche können sich schon mit ihrem Badge anmelden. Der Personalbereich öffnet sich, sobald die Person, die das Gerät installiert, ihm einen Einrichtungscode gegeben hat.',
  } satisfies Record<Key, string>,
  en: {
    'setup.code': 'Set-up code',
    'setup.code.hint':
      'The 10-character code the installation wrote to this kiosk’s configuration. Whoever installed it knows where to read it.',
    'setup.code.missing': 'Enter the set-up code.',
    'setup.code.wrong':
      'This set-up code is not the right one. Check it in the kiosk’s configuration.',
    'setup.code.locked': 'Too many wrong tries: try again in {seconds} s.',
    'setup.none.title': 'This kiosk is not set up yet',
    'setup.none.text':
      'Learners can already check in with their badge. The staff area opens once whoever installs the kiosk has given it a set-up code.',
  } satisfies Record<Key, string>,
};

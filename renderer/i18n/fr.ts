import { rosterMessages } from './features/roster';
import { badgesMessages } from './features/badges';
import { exportsMessages } from './features/exports';
import { reportsMessages } from './features/reports';
import { settingsMessages } from './features/settings';
import { syncMessages } from './features/sync';
import { shellMessages } from './features/shell';
import { scansMessages } from './features/scans';
// French is the source language: every other dictionary must have exactly these keys.
const core = {
  'app.centre': 'TUMO Liège',
  'app.loading': 'Démarrage…',
  'language.label': 'Langue',
  'language.fr': 'Français',
  'language.nl': 'Nederlands',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'idle.title': 'Bienvenue !',
  'idle.prompt': 'Montre ton badge à la caméra',
  'idle.scanner': 'ou passe-le devant le lecteur',
  'idle.reader.prompt': 'Passe ton badge devant le lecteur',
  'idle.reader.hint': 'Le lecteur de badges est près de cet écran.',
  'camera.preview': 'Image de la caméra',

  'result.welcome.title': 'Bonjour {name} !',
  'result.welcome.detail': 'Ton arrivée est enregistrée à {time}. Bonne séance !',
  'result.goodbye.title': 'Au revoir {name} !',
  'result.goodbye.detail': 'Ton départ est enregistré à {time}. À bientôt !',
  'result.already-in.title': 'Tu es déjà là, {name} !',
  'result.already-in.detail': 'Ton arrivée a été enregistrée à {time}.',
  'result.already-out.title': 'Départ déjà noté, {name}',
  'result.already-out.detail': 'Ton départ a été enregistré à {time}.',
  'result.repeat.session.title': 'Bonne séance, {name} !',
  'result.repeat.evening.title': 'Bonne soirée, {name} !',
  'result.unknown.title': 'Badge inconnu',
  'result.unknown.detail': 'Ce badge n’est pas encore connu ici : l’accueil s’en occupe.',
  'result.revoked.title': 'Badge désactivé',
  'result.revoked.detail':
    'Ce badge a été remplacé ou désactivé : l’accueil t’en donnera un nouveau.',
  'result.archived.title': 'Inscription inactive',
  'result.archived.detail': 'Ton inscription n’est plus active : l’accueil va t’aider.',
  'result.unreadable.title': 'Lecture impossible',
  'result.unreadable.detail': 'Ce code n’est pas un badge TUMO, ou il a été mal lu.',
  'result.hint.title': 'Incline un peu ton badge',
  'result.hint.detail':
    'La caméra voit ton badge mais n’arrive pas à le lire (reflet ou flou). Tiens-le immobile, sans reflet.',
  'result.error.title': 'Enregistrement impossible',
  'result.error.detail': 'Rien n’a été enregistré. Si ça recommence, préviens l’accueil.',
  'result.action.retry': 'Réessaie',
  'result.action.reception': 'Passe à l’accueil',

  'staff.camera.denied':
    'Caméra refusée : le lecteur de badges fonctionne toujours. Personnel : autorisez la caméra pour cette application.',
  'staff.camera.missing':
    'Aucune caméra détectée : le lecteur de badges fonctionne toujours. Personnel : branchez une webcam puis relancez.',
  'staff.camera.error':
    'La caméra ne répond pas : le lecteur de badges fonctionne toujours. Personnel : relancez l’application.',
  'staff.storage.quota':
    'Le disque de ce poste est plein : les passages ne peuvent plus être enregistrés. Personnel : libérez de l’espace ou prévenez l’administrateur.',
  'staff.storage.backing-store':
    'La base de données locale ne s’ouvre pas. Personnel : redémarrez le poste ; si le problème reste, prévenez l’administrateur.',
  'staff.storage.unknown':
    'La base de données locale a un problème. Personnel : redémarrez l’application et prévenez l’administrateur.',
  'staff.storage.not-persisted':
    'Le navigateur n’a pas garanti la conservation des données de ce poste.',

  'demo.title': 'Badges de démonstration',
  'demo.hint': 'Montre un de ces badges à la caméra, ou touche-le pour simuler le lecteur.',
  'demo.scan': 'Scanner le badge de {name}',
  'staff.open': 'Accès personnel',
  'staff.back': 'Retour à l’écran d’accueil',
  'staff.lock': 'Verrouiller',
  'staff.kiosk': 'Poste : {name}',
  'staff.who': 'Qui êtes-vous ?',
  'staff.pin.title': 'Code PIN de {name}',
  'staff.pin.label': 'Code PIN',
  'staff.pin.digit': 'Chiffre {digit}',
  'staff.pin.erase': 'Effacer le dernier chiffre',
  'staff.pin.submit': 'Valider',
  'staff.pin.change-person': 'Changer de personne',
  'staff.pin.checking': 'Vérification…',
  'staff.pin.wrong':
    'Code PIN incorrect. Encore {left, plural, one {# essai} other {# essais}} avant un blocage temporaire.',
  'staff.pin.locked':
    'Trop d’essais incorrects : réessayez dans {seconds} s. En cas d’oubli, demandez à un administrateur de réinitialiser votre code.',
  'staff.first.title': 'Premier démarrage : créez le compte administrateur',
  'staff.first.hint':
    'Ce poste n’a encore aucun membre du personnel. Il n’y a pas de code par défaut : choisissez-en un de 6 chiffres ou plus.',
  'staff.first.name': 'Votre nom',
  'staff.first.pin': 'Code PIN (6 chiffres ou plus)',
  'staff.first.confirm': 'Confirmez le code PIN',
  'staff.first.create': 'Créer le compte',
  'staff.first.creating': 'Création… (sécurisation du code)',
  'staff.first.name-missing': 'Indiquez votre nom.',
  'staff.first.mismatch': 'Les deux codes ne sont pas identiques : tapez deux fois le même code.',
  'staff.pin.too-short': 'Le code doit avoir au moins 6 chiffres.',
  'staff.pin.too-long': 'Le code peut avoir au plus 12 chiffres.',
  'staff.pin.not-digits': 'Le code ne peut contenir que des chiffres.',
  'staff.pin.too-simple': 'Ce code est trop facile à deviner. Choisissez-en un autre.',
  'staff.role.admin': 'Administrateur',
  'staff.role.reception': 'Accueil',
  'staff.error':
    'L’action n’a pas pu être enregistrée. Réessayez ; si cela continue, redémarrez le poste.',
  'reception.title': 'Accueil — aujourd’hui',
  'reception.search': 'Rechercher un jeune (prénom, nom ou numéro)',
  'reception.no-results': 'Aucun jeune ne correspond à « {query} ».',
  'reception.tab.in': 'Dans le bâtiment ({count})',
  'reception.tab.left': 'Partis ({count})',
  'reception.tab.unseen': 'Pas encore vus ({count})',
  'reception.more': '{count} de plus : affinez la recherche.',
  'reception.show-more': 'Afficher {count} de plus',
  'reception.status.in': 'Arrivé·e à {time} ({method})',
  'reception.status.left': 'Parti·e à {time} (arrivé·e à {arrival})',
  'reception.status.closed': 'Parti·e à la fermeture, {time} (arrivé·e à {arrival})',
  'reception.status.unseen': 'Pas encore vu·e aujourd’hui',
  'reception.status.archived': 'Inscription archivée',
  'reception.check-in': 'Enregistrer l’arrivée',
  'reception.check-out': 'Enregistrer le départ',
  'reception.undo': 'Annuler le dernier passage',
  'reception.done.check-in': 'Arrivée de {name} enregistrée.',
  'reception.done.check-out': 'Départ de {name} enregistré.',
  'reception.done.void': 'Passage de {name} annulé.',
  'reason.title.check-in': 'Arrivée de {name} : pourquoi à la main ?',
  'reason.title.check-out': 'Départ de {name} : pourquoi à la main ?',
  'reason.title.void': 'Annuler « {what} » de {name}',
  'reason.text': 'Précisez',
  'reason.void-text': 'Raison de l’annulation',
  'reason.required': 'Indiquez une raison.',
  'reason.confirm': 'Confirmer',
  'reason.cancel': 'Annuler',
  'what.check-in': 'arrivée de {time}',
  'what.check-out': 'départ de {time}',
  'rollcall.open': 'Appel d’évacuation',
  'rollcall.title': 'Dans le bâtiment : {count}',
  'rollcall.at': 'Liste établie le {date} à {time}',
  'rollcall.print': 'Imprimer',
  'rollcall.close': 'Fermer',
  'rollcall.name': 'Nom',
  'rollcall.arrived': 'Arrivée',
  'rollcall.present': 'Présent·e',
  'rollcall.empty': 'Personne n’est enregistré dans le bâtiment.',
  'nav.reception': 'Accueil du jour',
  'nav.roster': 'Jeunes',
  'nav.badges': 'Badges',
  'nav.exports': 'Exports',
  'nav.reports': 'Rapports',
  'nav.settings': 'Réglages et personnel',
  'nav.label': 'Sections du mode personnel',
  'admin.only':
    'Cette section est réservée aux administrateurs. Demandez à un administrateur de s’en charger.',
  'reception.reprint': 'Réimprimer le badge',
  'reception.reprinted': 'Badge de {name} envoyé à l’impression.',
  'reception.no-badge':
    '{name} n’a pas de badge actif : un administrateur peut en émettre un (section Badges).',
  'reception.print-failed':
    'L’impression n’a pas pu se faire. Vérifiez l’imprimante, puis réessayez.',
} as const;

export const fr = {
  ...core,
  ...rosterMessages.fr,
  ...badgesMessages.fr,
  ...exportsMessages.fr,
  ...reportsMessages.fr,
  ...settingsMessages.fr,
  ...syncMessages.fr,
  ...shellMessages.fr,
  ...scansMessages.fr,
};

export type MessageKey = keyof typeof fr;

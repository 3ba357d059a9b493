// French is the source language: every other dictionary must have exactly these keys.
export const fr = {
  'app.centre': 'TUMO Liège',
  'app.loading': 'Démarrage…',
  'language.label': 'Langue',
  'language.fr': 'Français',
  'language.nl': 'Nederlands',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'idle.title': 'Bienvenue !',
  'idle.prompt': 'Montre ton badge à la caméra',
  'idle.scanner': 'ou passe-le devant le lecteur',
  'camera.preview': 'Image de la caméra',

  'result.welcome.title': 'Bonjour {name} !',
  'result.welcome.detail': 'Ton arrivée est enregistrée à {time}. Bonne séance !',
  'result.goodbye.title': 'Au revoir {name} !',
  'result.goodbye.detail': 'Ton départ est enregistré à {time}. À bientôt !',
  'result.already-in.title': 'Tu es déjà là, {name} !',
  'result.already-in.detail': 'Ton arrivée a été enregistrée à {time}.',
  'result.already-out.title': 'Départ déjà noté, {name}',
  'result.already-out.detail': 'Ton départ a été enregistré à {time}.',
  'result.unknown.title': 'Badge inconnu',
  'result.unknown.detail':
    'Ce badge n’est pas encore connu ici. Passe à l’accueil, on s’en occupe.',
  'result.revoked.title': 'Badge désactivé',
  'result.revoked.detail':
    'Ce badge a été remplacé ou désactivé. Passe à l’accueil pour en avoir un nouveau.',
  'result.archived.title': 'Inscription inactive',
  'result.archived.detail': 'Ton inscription n’est plus active. Passe à l’accueil.',
  'result.unreadable.title': 'Lecture impossible',
  'result.unreadable.detail': 'Ce code n’est pas un badge TUMO. Réessaie, ou passe à l’accueil.',
  'result.error.title': 'Enregistrement impossible',
  'result.error.detail': 'Rien n’a été enregistré. Réessaie ; si ça continue, préviens l’accueil.',

  'staff.camera.denied':
    'Caméra refusée : le lecteur de badges fonctionne toujours. Personnel : autorisez la caméra pour cette application.',
  'staff.camera.missing':
    'Aucune caméra détectée : le lecteur de badges fonctionne toujours. Personnel : branchez une webcam puis relancez.',
  'staff.camera.error':
    'La caméra ne répond pas : le lecteur de badges fonctionne toujours. Personnel : relancez l’application.',
  'staff.storage.quota':
    'Le disque de ce poste est plein : les passages ne peuvent plus être enregistrés. Personnel : libérez de l’espace ou prévenez l’administrateur.',
  'staff.storage.backing-store':
    'La base de données locale ne s’ouvre pas. Personnel : redémarrez le poste ; si le problème reste, prévenez l’administrateur.',
  'staff.storage.unknown':
    'La base de données locale a un problème. Personnel : redémarrez l’application et prévenez l’administrateur.',
  'staff.storage.not-persisted':
    'Le navigateur n’a pas garanti la conservation des données de ce poste.',

  'demo.title': 'Badges de démonstration',
  'demo.hint': 'Montre un de ces badges à la caméra, ou touche-le pour simuler le lecteur.',
  'demo.scan': 'Scanner le badge de {name}',
} as const;

export type MessageKey = keyof typeof fr;

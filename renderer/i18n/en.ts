import type { MessageKey } from './fr';

export const en = {
  'app.centre': 'TUMO Liège',
  'app.loading': 'Starting…',
  'language.label': 'Language',
  'language.fr': 'Français',
  'language.nl': 'Nederlands',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'idle.title': 'Welcome!',
  'idle.prompt': 'Show your badge to the camera',
  'idle.scanner': 'or hold it in front of the reader',
  'camera.preview': 'Camera picture',

  'result.welcome.title': 'Hello {name}!',
  'result.welcome.detail': 'Your arrival was recorded at {time}. Enjoy your session!',
  'result.goodbye.title': 'Goodbye {name}!',
  'result.goodbye.detail': 'Your departure was recorded at {time}. See you soon!',
  'result.already-in.title': 'You are already in, {name}!',
  'result.already-in.detail': 'Your arrival was recorded at {time}.',
  'result.already-out.title': 'Departure already noted, {name}',
  'result.already-out.detail': 'Your departure was recorded at {time}.',
  'result.unknown.title': 'Unknown badge',
  'result.unknown.detail': 'This badge is not known here yet. Please see reception.',
  'result.revoked.title': 'Badge deactivated',
  'result.revoked.detail': 'This badge was replaced or deactivated. Ask reception for a new one.',
  'result.archived.title': 'Registration inactive',
  'result.archived.detail': 'Your registration is no longer active. Please see reception.',
  'result.unreadable.title': 'Cannot read this',
  'result.unreadable.detail': 'This code is not a TUMO badge. Try again, or see reception.',
  'result.error.title': 'Could not record',
  'result.error.detail': 'Nothing was recorded. Try again; if it keeps failing, tell reception.',

  'staff.camera.denied':
    'Camera refused: the badge reader still works. Staff: allow the camera for this application.',
  'staff.camera.missing':
    'No camera found: the badge reader still works. Staff: plug in a webcam, then restart.',
  'staff.camera.error':
    'The camera does not respond: the badge reader still works. Staff: restart the application.',
  'staff.storage.quota':
    'This kiosk’s disk is full: check-ins can no longer be saved. Staff: free some space or tell the administrator.',
  'staff.storage.backing-store':
    'The local database does not open. Staff: restart the kiosk; if it persists, tell the administrator.',
  'staff.storage.unknown':
    'The local database has a problem. Staff: restart the application and tell the administrator.',
  'staff.storage.not-persisted': 'The browser did not guarantee that this kiosk’s data are kept.',

  'demo.title': 'Demo badges',
  'demo.hint': 'Show one of these badges to the camera, or tap it to simulate the reader.',
  'demo.scan': 'Scan {name}’s badge',
} as const satisfies Record<MessageKey, string>;

// The kiosk build's screen when the shell's preload did not run. The kiosk's language comes
// through the bridge that is missing, so the message is given in every language, French first.
import { LANGUAGES } from '../../shared/types';
import { translate } from '../i18n';

export function BridgeMissing() {
  return (
    <main className="startup" data-startup="bridge-missing">
      <div role="alert" className="bridge-missing">
        {LANGUAGES.map((language) => (
          <section key={language} lang={language}>
            <h1>{translate(language, 'shell.bridge-missing.title')}</h1>
            <p>{translate(language, 'shell.bridge-missing.detail')}</p>
          </section>
        ))}
      </div>
    </main>
  );
}

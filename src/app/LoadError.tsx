import type { LoadProblem } from '../domain/loadProblem';
import { useT } from '../i18n/useT';
import { loadProblemText } from '../i18n/loadProblem';
import { startApp } from './start';

/** The page when the atlas could not be loaded: what failed, where, what to do, and Retry. */
export function LoadError({ problem }: { problem: LoadProblem }) {
  const { t, lang } = useT();
  const { what, issues, fix } = loadProblemText(problem, lang);
  return (
    <main className="app-status load-error" role="alert">
      <h2>{t('loadFailed')}</h2>
      <p className="load-error__what">{what}</p>
      {issues.length > 0 && (
        <ul className="load-error__issues">
          {issues.map((issue, i) => (
            <li key={i}>{issue}</li>
          ))}
        </ul>
      )}
      <p className="load-error__fix">{fix}</p>
      <button type="button" onClick={() => void startApp()}>
        {t('retry')}
      </button>
    </main>
  );
}

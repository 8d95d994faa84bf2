import { useT } from '../i18n/useT';
import type { StoreFailure } from './localStore';
import { storeFailureText } from './messages';

/** Says, in the user's language, that the browser does not keep the work, and what to do. */
export function StoreWarning({ failure }: { failure: StoreFailure | null }) {
  const { lang } = useT();
  if (failure === null) return null;
  return (
    <p className="author-store-warning" role="alert">
      {storeFailureText(failure, lang)}
    </p>
  );
}

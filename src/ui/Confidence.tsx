import { useT } from '../i18n/useT';

/** Marks a machine-extracted (draft) item as unreviewed, with the extractor's confidence. */
export function Confidence({ value }: { value: number | undefined }) {
  const { t } = useT();
  if (value === undefined) return null;
  return (
    <p className="machine-extracted">{t('machineExtracted', { confidence: value.toFixed(2) })}</p>
  );
}

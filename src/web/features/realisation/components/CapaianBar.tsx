import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../utils/format';

interface CapaianBarProps {
  label: string;
  /** Percent of target; may exceed 100 (the server caps it). */
  value: number | null;
  detail?: string | undefined;
}

/** A labelled percentage with a small bar; the bar is capped at 100% while the number is not. */
export function CapaianBar({ label, value, detail }: CapaianBarProps) {
  const { i18n } = useTranslation();
  const id = useId();
  const text = formatPercent(value, i18n.language);
  return (
    <div className="capaian">
      <div className="capaian__line">
        <span id={id}>{label}</span>
        <strong>{text}</strong>
      </div>
      {value === null ? null : <progress className="capaian__bar" max={100} value={Math.min(100, Math.max(0, value))} aria-labelledby={id} aria-valuetext={text} />}
      {detail ? <p className="capaian__detail muted">{detail}</p> : null}
    </div>
  );
}

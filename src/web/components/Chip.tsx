import './chip.css';

interface ChipProps {
  label: string;
  removeLabel?: string;
  onRemove?: () => void;
}

export function Chip({ label, removeLabel, onRemove }: ChipProps) {
  return (
    <span className="chip">
      <span>{label}</span>
      {onRemove ? (
        <button type="button" className="chip__remove" aria-label={removeLabel} title={removeLabel} onClick={onRemove}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      ) : null}
    </span>
  );
}

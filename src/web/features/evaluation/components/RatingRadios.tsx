import { ratings } from '../../../../domain/predikat';
import type { Rating } from '../api/types';
import { useLabels } from '../hooks/use-labels';

interface RatingRadiosProps {
  legend: string;
  name: string;
  value: Rating | null;
  onChange: (value: Rating) => void;
  disabled?: boolean;
  /** What the pegawai chose in their penilaian diri, shown beside the choice. */
  selfRating?: Rating | null;
  selfLabel?: string;
}

/**
 * Three native radios in a fieldset: arrow keys move between them and Tab goes to the next
 * question, so a whole team can be rated from the keyboard.
 */
export function RatingRadios({ legend, name, value, onChange, disabled = false, selfRating, selfLabel }: RatingRadiosProps) {
  const labels = useLabels();
  return (
    <fieldset className="rating-radios" disabled={disabled}>
      <legend className="rating-radios__legend">{legend}</legend>
      <div className="rating-radios__options cluster">
        {ratings.map((rating) => (
          <label key={rating} className={`rating-radios__option${value === rating ? ' rating-radios__option--checked' : ''}`}>
            <input type="radio" name={name} value={rating} checked={value === rating} onChange={() => onChange(rating)} />
            {labels.rating(rating)}
          </label>
        ))}
      </div>
      {selfRating && selfLabel ? <p className="muted rating-radios__self">{selfLabel}: {labels.rating(selfRating)}</p> : null}
    </fieldset>
  );
}

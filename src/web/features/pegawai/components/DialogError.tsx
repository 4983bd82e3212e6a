import { useEffect, useRef } from 'react';
import { ErrorMessage } from '../../../components/ErrorMessage';

/** The server's refusal at the foot of a long dialog, scrolled into view so it is not missed. */
export function DialogError({ error }: { error: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [error]);
  return (
    <div ref={ref}>
      <ErrorMessage error={error} />
    </div>
  );
}

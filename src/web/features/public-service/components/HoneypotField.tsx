/**
 * A field only bots fill: off-screen, hidden from screen readers and out of the tab order.
 * The server answers a filled one with a receipt and keeps nothing.
 */
export function HoneypotField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <div className="ps-honeypot" aria-hidden="true">
      <label htmlFor="ps-website">Website</label>
      <input id="ps-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { qrSvgUrl } from '../api/public-units';
import type { PublicUnitView } from '../api/types';

/**
 * The printable card for the counter: the QR code, the unit's name and the address it opens.
 * The print stylesheet shows only this card, large (see public-service.css).
 */
export function QrCard({ unit }: { unit: PublicUnitView }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${unit.publicPath}`;
  return (
    <section className="card ps-qr" aria-labelledby="ps-qr-title">
      <h2 id="ps-qr-title" className="ps-qr__title">
        {t('publicService.unit.qrTitle')}
      </h2>
      <figure className="ps-qr__figure">
        <img className="ps-qr__image" src={qrSvgUrl(unit.slug)} alt={t('publicService.unit.qrAlt', { name: unit.name })} width={240} height={240} />
        <figcaption className="ps-qr__caption">
          <span className="ps-qr__name">{unit.name}</span>
          <span className="ps-qr__hint">{t('publicService.unit.qrHint')}</span>
          <span className="ps-qr__url mono">{url}</span>
        </figcaption>
      </figure>
      <div className="ps-qr__actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('publicService.unit.print')}
        </Button>
        <a href={qrSvgUrl(unit.slug)} download={`qr-${unit.slug}.svg`}>
          {t('publicService.unit.downloadQr')}
        </a>
      </div>
    </section>
  );
}

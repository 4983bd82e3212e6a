import { IkmResults } from '../../features/public-service/components/IkmResults';

/** /ikm — IKM results per unit per period. */
export function ServiceIkmRoute() {
  return <IkmResults />;
}

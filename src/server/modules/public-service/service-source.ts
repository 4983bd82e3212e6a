import { serviceSourceLabels, type ServiceSourceKind } from '../../../shared/schemas/public-service';
import type { Executor } from '../../platform/db/transaction';
import { ruleViolation } from '../../platform/errors';
import { findServiceUnitNames } from './service-units.repository';

/** "Persentase pengaduan … unit layanan Puskesmas Tanah Garam": where a service-fed IKI's value comes from. */
export async function describeServiceSource(db: Executor, kind: string, serviceUnitId: string): Promise<string> {
  const [unit] = await findServiceUnitNames(db, [serviceUnitId]);
  const label = serviceSourceLabels[kind as ServiceSourceKind] ?? kind;
  return `data ${unit?.name ?? 'unit layanan'}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** An IKI may take its realisation only from a service unit of its own instansi. */
export async function assertSourceUnit(db: Executor, instansiId: string, serviceUnitId: string, path: string): Promise<void> {
  const [unit] = await findServiceUnitNames(db, [serviceUnitId]);
  if (!unit || unit.instansi_id !== instansiId) throw ruleViolation(path, 'Unit layanan sumber data tidak ditemukan di instansi ini.');
}

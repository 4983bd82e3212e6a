import type { z } from 'zod';
import type {
  complaintPage,
  complaintReceipt,
  ikmReceipt,
  publicUnitList,
  serviceUnitList,
} from '../../../../shared/schemas/public-service';

export type {
  ComplaintDetail,
  ComplaintReceipt,
  ComplaintSubmission,
  ComplaintSummary,
  IkmResultView,
  IkmSubmission,
  PublicComplaintStatus,
  PublicDashboard,
  PublicUnitView,
  ServiceUnitView,
} from '../../../../shared/schemas/public-service';
export type { ComplaintCategory } from '../../../../domain/sla';
export type { ComplaintStatus } from '../../../../domain/complaint-workflow';

export type PublicUnitList = z.infer<typeof publicUnitList>;
export type ServiceUnitList = z.infer<typeof serviceUnitList>;
export type ServiceUnitSummary = ServiceUnitList['items'][number];
export type ComplaintPage = z.infer<typeof complaintPage>;
export type IkmReceipt = z.infer<typeof ikmReceipt>;
export type Receipt = z.infer<typeof complaintReceipt>;

export { organisationRoutes } from './organisation.routes';
export { refreshUnitTree } from './organisation.service';
export {
  describeChain,
  describePegawaiOn,
  findPenilaiChain,
  findPenilaiChains,
  listInstansiWithStaleChains,
  loadOrgView,
  refreshPenilaiChains,
  type CurrentChain,
  type PegawaiOnDate,
} from './chain.service';
export { findOfficialOfAccount, findOfficials, listOfficials, type OfficialView } from './official.service';
// Set-based helpers for other modules' list queries: joining these keeps one statement per list (no per-row reads).
export { storedChains, type StoredChainRow } from './chain.repository';
export { listUnitsHeadedBy, onCurrentPlacement } from './placements';
export { beginChainChange, recomputeChains, selfChainChange, type ChainChange, type ChainChangeContext } from './chain-change';

export { organisationRoutes } from './organisation.routes';
export { refreshUnitDerived } from './organisation.repository';
export { describeChain, loadOrgView, refreshPenilaiChains } from './chain.service';
export { describePegawai } from './chain.repository';
export { listUnitsHeadedBy, onCurrentPlacement } from './placements';
export { beginChainChange, recomputeChains, selfChainChange, type ChainChange, type ChainChangeContext } from './chain-change';

export { pegawaiRoutes } from './pegawai.routes';
export { visibleOpdIds } from './pegawai.policy';

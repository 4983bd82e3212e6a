/** Boundaries of the house (docs/architecture.md): checked in `npm test` by dependency-cruiser. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import circles anywhere.', from: {}, to: { circular: true } },
    { name: 'platform-knows-no-module', severity: 'error', comment: 'Start-up work that involves modules (and the demo seed) lives in the composition root.', from: { path: '^src/server/platform/' }, to: { path: '^src/server/(modules|seed|composition)/' } },
    { name: 'lib-knows-no-module', severity: 'error', comment: 'src/server/lib holds what modules share: it can import none of them.', from: { path: '^src/server/lib/' }, to: { path: '^src/server/(modules|seed|composition)/' } },
    { name: 'composition-root-is-imported-by-no-one-inside', severity: 'error', comment: 'main.ts, the CLI and the tests start the composition root; the code it composes never imports it.', from: { path: '^src/server/(modules|platform|lib|seed|db)/' }, to: { path: '^src/server/composition/' } },
    { name: 'modules-meet-through-index', severity: 'error', from: { path: '^src/server/modules/([^/]+)/' }, to: { path: '^src/server/modules/[^/]+/', pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'] } },
    { name: 'seed-and-composition-meet-modules-through-index', severity: 'error', comment: 'The demo seed and the composition root use what a module exports, like any other module.', from: { path: '^src/server/(seed|composition)/' }, to: { path: '^src/server/modules/[^/]+/', pathNot: '^src/server/modules/[^/]+/index\\.ts$' } },
    { name: 'features-never-import-features', severity: 'error', from: { path: '^src/web/features/([^/]+)/' }, to: { path: '^src/web/features/[^/]+/', pathNot: '^src/web/features/$1/' } },
    { name: 'domain-imports-nothing', severity: 'error', from: { path: '^src/domain/' }, to: { pathNot: '^src/domain/', dependencyTypesNot: ['core'] } },
    { name: 'shared-stays-shared', severity: 'error', from: { path: '^src/shared/' }, to: { path: '^src/(server|web|cli)/' } },
    { name: 'web-and-server-apart', severity: 'error', from: { path: '^src/web/' }, to: { path: '^src/(server|cli)/' } },
    { name: 'server-knows-no-web', severity: 'error', from: { path: '^src/server/' }, to: { path: '^src/(web|cli)/' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};

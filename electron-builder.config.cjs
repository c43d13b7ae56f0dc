// Packaging (`npm run dist`). The app is fully bundled by esbuild (main, preload) and Vite
// (renderer), so the package holds only dist/electron, dist/renderer and package.json:
// no sources, tests, benches or node_modules (main.cjs already contains all it needs).

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.glossa.app',
  productName: 'Glossa',
  copyright: 'Copyright © Glossa contributors',
  directories: { output: 'out', buildResources: 'build' },
  files: ['dist/electron/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map'],
  asar: true,
  // Resolving false tells electron-builder that node_modules are handled elsewhere: it then
  // neither installs/rebuilds nor copies the production dependencies. They are bundled.
  beforeBuild: async () => false,
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    synopsis: 'Post-editing of machine-translated articles',
  },
  deb: {
    // The maintainer field is required by dpkg.
    maintainer: 'Glossa contributors <glossa@example.org>',
  },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], category: 'public.app-category.productivity', icon: 'build/icon.png' },
  // Electron's compile-time switches, flipped in the packaged binary (Electron's security
  // guidance): no "run as Node" backdoor, no NODE_OPTIONS injection, cookies encrypted, the
  // app loaded only from its (integrity-checked) app.asar. file:// gets no extra powers:
  // the UI is served from app://.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
  },
};

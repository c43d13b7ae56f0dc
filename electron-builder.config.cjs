// Packaging (`npm run dist`). The app is fully bundled by esbuild (main, preload) and Vite
// (renderer), so the package holds only dist/electron, dist/renderer and package.json:
// no sources, tests, benches or node_modules (main.cjs already contains all it needs).
// tests/packaging/asar.test.ts packages with this file and checks all of that.
//
// GLOSSA_TEST_BUILD=1 makes a test build for Playwright's `_electron.launch`, which starts
// the app with --inspect=0 (and --remote-debugging-port=0, a Chromium switch no fuse
// governs) and drives the main process through that inspector. It flips exactly one fuse
// back, nodeCliInspect, and writes to out/test-build so it is never mistaken for a release.
const testBuild = process.env.GLOSSA_TEST_BUILD === '1';

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.glossa.app',
  productName: 'Glossa',
  copyright: 'Copyright © Glossa contributors',
  directories: { output: testBuild ? 'out/test-build' : 'out', buildResources: 'build' },
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
  // the UI is served from app://. The test build keeps --inspect working (see above).
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: testBuild,
    enableCookieEncryption: true,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
  },
};

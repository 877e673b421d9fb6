// `npm run web`: checks the Node version in plain JavaScript (an old Node cannot read the
// TypeScript entry), then runs the browser host, electron/node/web-host/main.ts.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`OrgAtlas web: Node.js 22.18 or newer is required (this is ${process.version}).\n`);
  process.exit(1);
}
await import('../electron/node/web-host/main.ts');

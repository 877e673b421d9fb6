// `npm run web`: checks the Node version in plain JavaScript (an old Node cannot read the
// TypeScript entry), then runs the browser host, electron/node/web-host/main.ts.
import { requireSupportedNode } from './node-version.mjs';

requireSupportedNode('OrgAtlas web');
await import('../electron/node/web-host/main.ts');

// Who made a package: "OrgAtlas" and its version, as package.json says (when it can be read
// from here; a bundled app may not have it beside its code).
import { readFileSync } from 'node:fs';

export function producer(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      name?: string;
      version?: string;
    };
    return pkg.name === 'orgatlas' && pkg.version ? `OrgAtlas ${pkg.version}` : 'OrgAtlas';
  } catch {
    return 'OrgAtlas';
  }
}

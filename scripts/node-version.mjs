// The oldest Node.js the project runs on (package.json "engines"): 22.18 is the first that
// strips TypeScript types by default, which the CLI and scripts rely on. Plain JavaScript, so
// that an older Node can still parse it and say so in one sentence.
const REQUIRED = [22, 18];

export function nodeIsSupported(version = process.versions.node) {
  const [major, minor] = version.split('.').map(Number);
  return major > REQUIRED[0] || (major === REQUIRED[0] && minor >= REQUIRED[1]);
}

/** Exits with one sentence on stderr when this Node is too old. */
export function requireSupportedNode(prefix) {
  if (nodeIsSupported()) return;
  process.stderr.write(
    `${prefix}: Node.js ${REQUIRED.join('.')} or newer is required (this is ${process.version}); ` +
      'see "Requirements" in README.md.\n',
  );
  process.exit(2);
}

// The one-line form of an OrgAtlas public key (what `orgatlas keygen` prints and the Packages
// view shows): "ed25519:" and the key's 32 bytes in base64. Checked where the user types one,
// so the refusal is worded in the UI's language; the host checks it again (packages/keys.ts).

/** 32 bytes in base64: 42 characters, a 43rd that carries only 2 bits (the canonical form), and "=". */
const PUBLIC_KEY = /^ed25519:[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

export const isPublicKeyText = (text: string): boolean => PUBLIC_KEY.test(text);

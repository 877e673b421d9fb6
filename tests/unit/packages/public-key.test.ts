// The page's check of a typed public key (shared/imports/public-key.ts) agrees with the host's
// (packages/keys.ts): every key the app makes passes, and what the host refuses is refused.
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePublicKey, publicKeyText } from '../../../electron/node/packages/keys.ts';
import { isPublicKeyText } from '../../../shared/imports/public-key.ts';

const hostAccepts = (text: string) => {
  try {
    parsePublicKey(text);
    return true;
  } catch {
    return false;
  }
};

describe('a typed public key', () => {
  it('passes for every key the app makes, and as the host says for altered ones', () => {
    for (let i = 0; i < 200; i++) {
      const text = publicKeyText(generateKeyPairSync('ed25519').privateKey);
      expect(isPublicKeyText(text)).toBe(true);
      // One character changed, one dropped, one added, the prefix changed.
      const pos = 8 + (i % 44);
      const altered = [
        text.slice(0, pos) + (text[pos] === 'A' ? 'B' : 'A') + text.slice(pos + 1),
        text.slice(0, -2) + '=',
        text + 'A',
        text.replace('ed25519:', 'ed448:'),
      ];
      for (const other of altered) expect(isPublicKeyText(other), other).toBe(hostAccepts(other));
    }
  });

  it('refuses what is plainly not a key', () => {
    for (const text of ['', 'ed25519:', 'hello', 'ed25519:' + 'A'.repeat(44), 'ED25519:' + 'A'.repeat(43) + '='])
      expect(isPublicKeyText(text)).toBe(false);
    expect(isPublicKeyText('ed25519:' + 'A'.repeat(43) + '=')).toBe(true);
  });
});

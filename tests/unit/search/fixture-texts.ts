// Every line of the search fixtures and every clause of one (cut at ，。；、：), trimmed, without
// the characters pinyin() reads by their neighbour or text outside the BMP: the texts the
// reader tests hold against pinyin-pro itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixtureTexts = ['search-offices', 'search-offices-oos'].flatMap((dir) => {
  const folder = join(import.meta.dirname, '../../fixtures', dir);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(folder, f), 'utf8').split('\n'))
    .flatMap((line) => [line, ...line.split(/[，。；、：]/)])
    .map((t) => t.trim())
    .filter((t) => t && !/[了々\uD800-\uDFFF]/.test(t));
});

// The peers OrgAtlas search is measured against, each over the same records (text plus the
// same pinyin, full and initials, that OrgAtlas computes) and each configured as its
// documentation advises for Chinese: FlexSearch with its CJK encoder (one term per
// character) and contextual search (neighbouring characters scored together), MiniSearch
// with a character-bigram tokenizer and prefix search for Latin words, uFuzzy in its
// Unicode mode, and plain fuse.js.
import uFuzzy from '@leeoniya/ufuzzy';
import { Charset, Document } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { BaselineRecord } from './fuse-baseline.ts';
import { fuseBaseline } from './fuse-baseline.ts';

export interface PeerEngine {
  name: 'flexsearch' | 'minisearch' | 'ufuzzy' | 'fuse';
  /** Indexes the records; the returned search gives record positions, best first. */
  build(records: BaselineRecord[]): (query: string, limit: number) => number[];
}

const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff]+|[\p{L}\p{N}]+/gu;

/** Han runs as overlapping character pairs (a lone character stays one term); other words whole. */
export function bigramTokens(text: string): string[] {
  const out: string[] = [];
  for (const [run] of text.toLowerCase().matchAll(HAN_RUN)) {
    if (!/[\u3400-\u9fff\uf900-\ufaff]/u.test(run[0]!) || run.length === 1) out.push(run);
    else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

const isLatin = (term: string) => /^[a-z0-9]+$/.test(term);

const flexsearch: PeerEngine = {
  name: 'flexsearch',
  build(records) {
    const doc = new Document({
      document: {
        id: 'id',
        index: [
          {
            field: 'text',
            encoder: Charset.CJK,
            context: { depth: 1, bidirectional: true, resolution: 9 },
          },
          { field: 'pinyin', tokenize: 'forward' },
        ],
      },
    });
    records.forEach((r, id) => doc.add({ id, text: r.text, pinyin: r.pinyin }));
    return (query, limit) => {
      const out: number[] = [];
      const seen = new Set<number>();
      for (const { result } of doc.search(query, { limit, suggest: true }) as { result: number[] }[]) {
        for (const id of result) {
          if (seen.has(id)) continue;
          seen.add(id);
          out.push(id);
        }
      }
      return out.slice(0, limit);
    };
  },
};

const minisearch: PeerEngine = {
  name: 'minisearch',
  build(records) {
    const mini = new MiniSearch<{ id: number; text: string; pinyin: string }>({
      fields: ['text', 'pinyin'],
      tokenize: bigramTokens,
      processTerm: (term) => term,
      searchOptions: {
        boost: { text: 2 },
        prefix: isLatin,
        fuzzy: (term) => (isLatin(term) && term.length > 4 ? 0.2 : false),
      },
    });
    mini.addAll(records.map((r, id) => ({ id, text: r.text, pinyin: r.pinyin })));
    return (query, limit) =>
      mini
        .search(query)
        .slice(0, limit)
        .map((r) => r.id as number);
  },
};

const ufuzzy: PeerEngine = {
  name: 'ufuzzy',
  build(records) {
    // The Unicode variant from the README ("other languages").
    const uf = new uFuzzy({
      unicode: true,
      interSplit: "[^\\p{L}\\d']+",
      intraSplit: '\\p{Ll}\\p{Lu}',
      intraBound: '\\p{L}\\d|\\d\\p{L}|\\p{Ll}\\p{Lu}',
      intraChars: "[\\p{L}\\d']",
      intraContr: "'\\p{L}{1,2}\\b",
    });
    const haystack = records.map((r) => `${r.text} ${r.pinyin}`);
    return (query, limit) => {
      const [idxs, info, order] = uf.search(haystack, query.toLowerCase(), 0, 1000);
      if (!idxs) return [];
      if (info && order) return order.slice(0, limit).map((i) => info.idx[i]!);
      return idxs.slice(0, limit);
    };
  },
};

const fuse: PeerEngine = {
  name: 'fuse',
  build(records) {
    const index = fuseBaseline(records);
    return (query, limit) =>
      index
        .search(query, { limit })
        .slice(0, limit)
        .map((r) => r.refIndex);
  },
};

export const PEERS: readonly PeerEngine[] = [flexsearch, minisearch, ufuzzy, fuse];

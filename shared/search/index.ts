// Search over every office in the store. The index is built at import time, stored as
// bytes, and loaded at start-up. PLACEHOLDER implementation (plain substring match); the
// search issue replaces the internals and keeps these signatures.
import type { HitKind, OfficeDetail, SearchHit, SearchResult, UnitNode } from '../types.ts';

interface Rec {
  kind: HitKind;
  officeId: number;
  office: string;
  unitId: number | null;
  unit: string | null;
  text: string;
  line: number;
}

export interface SearchIndex {
  records: Rec[];
}

export interface SearchOptions {
  limit?: number;
  officeId?: number;
}

function collect(office: OfficeDetail): Rec[] {
  const base = { officeId: office.id, office: office.name };
  const out: Rec[] = [{ ...base, kind: 'office', unitId: null, unit: null, text: office.name, line: 1 }];
  for (const d of office.duties) out.push({ ...base, kind: 'duty', unitId: null, unit: null, text: d.text, line: d.line });
  const walk = (u: UnitNode) => {
    const at = { ...base, unitId: u.id, unit: u.name };
    out.push({ ...at, kind: 'unit', text: u.name, line: u.line });
    for (const d of u.duties) out.push({ ...at, kind: 'duty', text: d.text, line: d.line });
    for (const p of u.people) out.push({ ...at, kind: 'person', text: `${p.title}：${p.name}`, line: p.line });
    u.units.forEach(walk);
  };
  office.units.forEach(walk);
  return out;
}

export function buildSearchIndex(offices: OfficeDetail[]): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(offices.flatMap(collect)));
}

export function loadSearchIndex(bytes: Uint8Array): SearchIndex {
  return { records: JSON.parse(new TextDecoder().decode(bytes)) as Rec[] };
}

export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const started = performance.now();
  const q = query.trim();
  const hits: SearchHit[] = [];
  if (q) {
    for (const r of index.records) {
      if (options.officeId !== undefined && r.officeId !== options.officeId) continue;
      const at = r.text.indexOf(q);
      if (at >= 0) hits.push({ ...r, score: 0, matches: [[at, at + q.length]] });
    }
  }
  return { query, tookMs: performance.now() - started, hits: hits.slice(0, options.limit ?? 20) };
}

import { describe, expect, it } from 'vitest';
import { generateDirectory } from '../../../bench/generate.ts';
import { keystrokes } from '../../../bench/keystrokes.ts';
import { idCounter } from '../../../shared/search/from-parsed.ts';

describe('benchmark directory generator', () => {
  const size = { label: 'tiny', offices: 3, unitsPerOffice: 12, clausesPerUnit: 10 };

  it('makes the requested numbers of offices, units and duty clauses', () => {
    const offices = generateDirectory(size, idCounter());
    expect(offices).toHaveLength(3);
    for (const office of offices) {
      expect(office.units).toHaveLength(12);
      for (const unit of office.units) expect(unit.duties.flatMap((d) => d.clauses)).toHaveLength(10);
    }
  });

  it('is the same directory for the same seed and a different one for another', () => {
    const a = JSON.stringify(generateDirectory(size, idCounter()));
    expect(JSON.stringify(generateDirectory(size, idCounter()))).toBe(a);
    expect(JSON.stringify(generateDirectory(size, idCounter(), 7))).not.toBe(a);
  });

  it('gives every office and unit a distinct id', () => {
    const offices = generateDirectory(size, idCounter());
    const ids = offices.flatMap((o) => [o.id, ...o.units.map((u) => u.id)]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('scripted keystrokes', () => {
  it('types each query one character at a time, every prefix a search', () => {
    const typed = keystrokes().map((k) => k.query);
    expect(typed.slice(0, 4)).toEqual(['因', '因公', '因公护', '因公护照']);
    expect(typed).toContain('lsa');
    expect(typed).not.toContain('欧洲 ');
    expect(typed).toContain('欧洲 友好城市');
  });
});

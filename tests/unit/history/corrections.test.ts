// Corrections stick to their lines by content: applied again when the same document, or a
// copy with lines added above, is imported; reported when their line is gone.
import { describe, expect, it } from 'vitest';
import {
  anchorOf,
  applyStructural,
  lineHash,
  resolveAnchor,
  resolveRoles,
  type Correction,
} from '../../../shared/corrections/index.ts';
import { loadDocumentNow } from '../../../electron/node/documents/load.ts';
import { editedSeed, newStore, SEED_OFFICE, seedFile, tempDir } from './helpers.ts';

const lines = ['主要职责', '一、负责文电工作。', '', '内设机构', '一、综合处', '负责综合协调。', '一、综合处'];

describe('line anchors', () => {
  it('find their line again after lines were added above it', () => {
    const anchor = anchorOf(lines, 5);
    expect(resolveAnchor(['新增一行', '又一行', ...lines], anchor)).toBe(7);
  });

  it('ignore spaces and re-indentation', () => {
    expect(lineHash('  一、综合处 ')).toBe(lineHash('一、综合\u3000处'));
    expect(resolveAnchor(['一、 综合处'], anchorOf(lines, 5))).toBe(1);
  });

  it('pick the copy nearest the old line number when the content repeats', () => {
    expect(resolveAnchor(lines, anchorOf(lines, 7))).toBe(7);
    expect(resolveAnchor(lines, anchorOf(lines, 5))).toBe(5);
  });

  it('find nothing when the line is gone or blank', () => {
    expect(resolveAnchor(['一、综合科'], anchorOf(lines, 5))).toBeNull();
    expect(resolveAnchor(lines, anchorOf(lines, 3))).toBeNull();
  });

  it('become forced roles at the lines they now point at', () => {
    const corrections: Correction[] = [
      { kind: 'role', at: anchorOf(lines, 6), role: 'unit-duty' },
      { kind: 'role', at: { hash: lineHash('不存在的行'), line: 2 }, role: 'ignored' },
    ];
    const { forcedRoles, unapplied } = resolveRoles(['前言', ...lines], corrections);
    expect(forcedRoles).toEqual({ 7: 'unit-duty' });
    expect(unapplied.map((u) => u.correction)).toEqual([corrections[1]]);
  });
});

describe('structural corrections', () => {
  const doc = () => loadDocumentNow(seedFile);

  it('merge moves the duties of one unit into another and drops it', () => {
    const { parsed, source } = doc();
    const { doc: out, unapplied } = applyStructural(parsed, source.lines, [
      {
        kind: 'merge',
        unit: anchorOf(source.lines, 21),
        into: anchorOf(source.lines, 19),
        name: '出国(境)和领事安全处',
      },
    ]);
    expect(unapplied).toEqual([]);
    expect(out.office.units).toHaveLength(8);
    expect(out.office.units[2]).toMatchObject({ name: '出国(境)和领事安全处', line: 19 });
    expect(out.office.units[2]!.duties.map((d) => d.line)).toEqual([20, 22]);
    // The input is not changed.
    expect(parsed.office.units).toHaveLength(9);
  });

  it('split makes a new unit from a line on, right after the unit', () => {
    const { parsed, source } = doc();
    const { doc: out } = applyStructural(parsed, source.lines, [
      { kind: 'split', unit: anchorOf(source.lines, 29), at: anchorOf(source.lines, 31), name: '机关纪委' },
    ]);
    expect(out.office.units.map((u) => u.name).slice(7)).toEqual(['直属机关党委', '机关纪委', '机关后勤服务中心']);
    expect(out.office.units[7]!.people).toEqual([]);
    expect(out.office.units[8]!.people.map((p) => p.name)).toEqual(['顾健红']);
  });

  it('reports a merge of a unit into itself or a line that is no unit heading', () => {
    const { parsed, source } = doc();
    const { unapplied } = applyStructural(parsed, source.lines, [
      { kind: 'merge', unit: anchorOf(source.lines, 19), into: anchorOf(source.lines, 19) },
      { kind: 'merge', unit: anchorOf(source.lines, 20), into: anchorOf(source.lines, 19) },
      { kind: 'split', unit: anchorOf(source.lines, 19), at: anchorOf(source.lines, 17), name: 'x' },
    ]);
    expect(unapplied.map((u) => u.reason)).toEqual([
      'a unit cannot be merged into itself or into a unit under it',
      'line 20 is not a unit heading in this reading',
      'a unit is split at a line below its heading',
    ]);
  });
});

describe('corrections stored with the document', () => {
  const merge = (file: string): Correction[] => {
    const { source } = loadDocumentNow(file);
    return [
      { kind: 'merge', unit: anchorOf(source.lines, 21), into: anchorOf(source.lines, 19) },
      { kind: 'office-name', name: '江西省外事办' },
    ];
  };

  it('apply again when the same document is imported again', async () => {
    const store = newStore();
    const { parsed, source } = loadDocumentNow(seedFile);
    store.applyUpdateInputs([{ file: seedFile, parsed, source, corrections: merge(seedFile) }]);
    const [again] = await store.importFiles([seedFile]);
    expect(again).toMatchObject({ office: '江西省外事办', unitCount: 8 });
    expect(again!.summary).toBe('无变化');
    // The uncorrected name is not left behind as a second office.
    expect(store.listOffices().map((o) => o.name)).toEqual(['江西省外事办']);
    expect(store.history('江西省外事办')[0]!.correctionCount).toBe(2);
    store.close();
  });

  it('apply to a copy with lines added above and words changed elsewhere', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    const { parsed, source } = loadDocumentNow(seedFile);
    store.applyUpdateInputs([{ file: seedFile, parsed, source, corrections: merge(seedFile) }]);
    const shifted = editedSeed(dir, 'shifted.txt', [
      ['江西省外事办公室简介\n', '江西省外事办公室简介\n（2024年修订）\n\n'],
      ['五、欧洲处', '五、欧洲事务处'],
    ]);
    const [report] = await store.importFiles([shifted]);
    expect(report).toMatchObject({ office: '江西省外事办', unitCount: 8 });
    const office = store.getOffice(report!.officeId);
    expect(office.units[2]!.duties.map((d) => d.line)).toEqual([22, 24]);
    expect(office.diagnostics.filter((d) => d.code === 'correction-not-applied')).toEqual([]);
    expect(report!.summary).toBe('更名 1 个处室');
    store.close();
  });

  it('a role correction steers the parser again on a shifted copy', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    const { parsed, source } = loadDocumentNow(seedFile);
    // 二、综合处 and its duty read as duties of the unit above (as a user might decide).
    const corrections: Correction[] = [
      { kind: 'role', at: anchorOf(source.lines, 17), role: 'unit-duty' },
      { kind: 'role', at: anchorOf(source.lines, 18), role: 'unit-duty' },
    ];
    const [first] = store.applyUpdateInputs([{ file: seedFile, parsed, source, corrections }]).updates;
    expect(first!.parsed.office.units.map((u) => u.name)).not.toContain('综合处');
    expect(first!.parsed.office.units[0]!.duties.map((d) => d.line)).toEqual([16, 17, 18]);
    expect(first!.parsed.lineRoles.find((r) => r.line === 17)!.role).toBe('unit-duty');

    const shifted = editedSeed(dir, 'shifted.txt', [['主要职责\n', '（注：2024年更新）\n主要职责\n']]);
    const [report] = await store.importFiles([shifted]);
    expect(report!.unitCount).toBe(8);
    const office = store.getOffice(report!.officeId);
    expect(office.units[0]!.duties.map((d) => d.line)).toEqual([17, 18, 19]);
    store.close();
  });

  it('are reported, not silently dropped, when their line is gone', async () => {
    const dir = tempDir();
    const store = newStore(dir);
    const { parsed, source } = loadDocumentNow(seedFile);
    store.applyUpdateInputs([{ file: seedFile, parsed, source, corrections: merge(seedFile) }]);
    const [report] = await store.importFiles([editedSeed(dir, 'gone.txt', [['三、领事安全处', '三、领事处']])]);
    expect(report!.unitCount).toBe(9);
    const notApplied = store.getOffice(report!.officeId).diagnostics.filter((d) => d.code === 'correction-not-applied');
    expect(notApplied).toHaveLength(1);
    expect(notApplied[0]!.line).toBe(21);
    expect(notApplied[0]!.message).toMatch(/no longer in the document/);
    store.close();
  });

  it('a dry run shows the corrected reading against what is stored and writes nothing', async () => {
    const store = newStore();
    await store.importFiles([seedFile]);
    const { parsed, source } = loadDocumentNow(seedFile);
    const [plan] = store.planImport([{ path: seedFile, format: 'text', parsed, source }]);
    expect(plan!.diff.summary).toBe('无变化');
    expect(plan!.replaces).toBe(true);
    expect(store.history(SEED_OFFICE)).toHaveLength(1);
    store.close();
  });
});

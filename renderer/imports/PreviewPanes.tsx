// The preview of one office: the source with each line's role on one side, the office as it
// will be stored on the other, the diagnostics as links to their lines. Hovering or selecting
// a line or a tree item highlights the other side; the selected line can be corrected.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anchorOf, LINE_ROLES, type Correction, type LineRole } from '../../shared/corrections/index.ts';
import type { PreviewOffice } from '../../shared/imports/types.ts';
import type { ParsedUnit } from '../../shared/types.ts';

interface Props {
  office: PreviewOffice;
  onCorrect(correction: Correction): void;
}

function unitLines(unit: ParsedUnit): number[] {
  return [
    unit.line,
    ...unit.duties.map((d) => d.line),
    ...unit.people.map((p) => p.line),
    ...unit.units.flatMap(unitLines),
  ];
}

export function PreviewPanes({ office, onCorrect }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number[]>([]);
  const [splitName, setSplitName] = useState('');
  const sourceRef = useRef<HTMLOListElement>(null);
  const roles = new Map(office.lineRoles.map((r) => [r.line, r.role]));
  const lit = new Set(selected === null ? hovered : [selected, ...hovered]);

  useEffect(() => {
    if (selected !== null)
      sourceRef.current?.querySelector(`[data-line="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const unitAt = (line: number): ParsedUnit | null => {
    const find = (units: ParsedUnit[]): ParsedUnit | null => {
      for (const u of units) if (unitLines(u).includes(line)) return find(u.units) ?? u;
      return null;
    };
    return find(office.tree.units);
  };
  const selectedUnit = selected === null ? null : unitAt(selected);
  const anchor = (line: number) => anchorOf(office.lines, line);

  const renderUnit = (unit: ParsedUnit, siblings: ParsedUnit[], index: number) => (
    <li key={unit.line} className="tree-unit" data-line={unit.line}>
      <button
        type="button"
        className={`tree-item${lit.has(unit.line) ? ' lit' : ''}`}
        data-testid="tree-unit"
        lang="zh-CN"
        onMouseEnter={() => setHovered(unitLines(unit))}
        onMouseLeave={() => setHovered([])}
        onClick={() => setSelected(unit.line)}
      >
        {unit.name}
      </button>
      {office.correctable && index > 0 && (
        <button
          type="button"
          className="link-button small"
          onClick={() => onCorrect({ kind: 'merge', unit: anchor(unit.line), into: anchor(siblings[index - 1]!.line) })}
        >
          {t('imports.mergeUp')}
        </button>
      )}
      {unit.duties.length > 0 && (
        <ul className="tree-duties">
          {unit.duties.map((d) => (
            <li
              key={d.line}
              className={lit.has(d.line) ? 'lit' : undefined}
              lang="zh-CN"
              onMouseEnter={() => setHovered([d.line])}
              onMouseLeave={() => setHovered([])}
            >
              {d.text}
            </li>
          ))}
        </ul>
      )}
      {unit.units.length > 0 && <ul>{unit.units.map((u, i) => renderUnit(u, unit.units, i))}</ul>}
    </li>
  );

  return (
    <div className="preview-panes">
      <section className="preview-source" aria-label={t('imports.source')}>
        <h2>{t('imports.source')}</h2>
        <ol ref={sourceRef} data-testid="import-source" tabIndex={0} aria-label={t('imports.source')}>
          {office.lines.map((text, i) => {
            const line = i + 1;
            const role = roles.get(line);
            if (text.trim() === '') return null;
            return (
              <li
                key={line}
                data-line={line}
                data-role={role ?? 'ignored'}
                className={`source-line role-${role ?? 'ignored'}${lit.has(line) ? ' lit' : ''}${selected === line ? ' selected' : ''}`}
                onMouseEnter={() => setHovered([line])}
                onMouseLeave={() => setHovered([])}
                onClick={() => setSelected(line)}
              >
                <span className="line-no">{line}</span>
                <span className="role-tag">{t(`roles.${role ?? 'ignored'}`)}</span>
                <span className="line-text" lang="zh-CN">
                  {text}
                </span>
              </li>
            );
          })}
        </ol>
        {selected !== null && office.correctable && (
          <div className="line-correction" data-testid="line-correction">
            <label>
              {t('imports.role', { line: selected })}{' '}
              <select
                data-testid="role-select"
                value={roles.get(selected) ?? 'ignored'}
                onChange={(e) => onCorrect({ kind: 'role', at: anchor(selected), role: e.target.value as LineRole })}
              >
                {LINE_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            {selectedUnit && selectedUnit.line !== selected && (
              <span className="split">
                <input
                  aria-label={t('imports.splitName')}
                  placeholder={t('imports.splitName')}
                  value={splitName}
                  onChange={(e) => setSplitName(e.target.value)}
                />
                <button
                  type="button"
                  disabled={!splitName.trim()}
                  onClick={() =>
                    onCorrect({
                      kind: 'split',
                      unit: anchor(selectedUnit.line),
                      at: anchor(selected),
                      name: splitName.trim(),
                    })
                  }
                >
                  {t('imports.splitHere')}
                </button>
              </span>
            )}
          </div>
        )}
      </section>
      <section className="preview-tree" aria-label={t('imports.tree')}>
        <h2>{t('imports.tree')}</h2>
        <p className="tree-office" lang="zh-CN">
          {office.office}
        </p>
        <ul data-testid="import-tree">{office.tree.units.map((u, i) => renderUnit(u, office.tree.units, i))}</ul>
        {office.diagnostics.length > 0 && (
          <>
            <h3>{t('imports.diagnostics')}</h3>
            <ul className="diagnostics" data-testid="import-diagnostics">
              {office.diagnostics.map((d, i) => (
                <li key={i} className={`severity-${d.severity}`}>
                  <button type="button" className="link-button" onClick={() => setSelected(d.line)}>
                    {t('imports.line', { line: d.line })}
                  </button>{' '}
                  {d.params ? t(`diagnostics.${d.code}`, d.params) : d.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

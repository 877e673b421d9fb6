// The Electronegativity gate, over report lines written out by hand in the tool's CSV form.
import { describe, expect, it } from 'vitest';
import { failures, parseCsvLine, parseReport } from '../../../scripts/electronegativity-gate.ts';

const header = 'issue, severity, confidence, filename, location, sample, description, url';
const row = (id: string, severity: string, confidence: string, sample = 'N/A') =>
  `${id},"${severity}","${confidence}","electron/main/index.ts","30:14","${sample}","text",https://github.com/doyensec/electronegativity/wiki/${id}`;
const failing = (...rows: string[]) => failures(parseReport([header, ...rows].join('\n'))).map((f) => f.id);

describe('Electronegativity gate', () => {
  it('fails on what the shell had before (context isolation and sandbox hidden behind a call)', () => {
    expect(
      failing(
        row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'FIRM'),
        row('SANDBOX_JS_CHECK', 'MEDIUM', 'FIRM'),
        row('AUXCLICK_JS_CHECK', 'MEDIUM', 'FIRM'),
      ),
    ).toEqual(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK']);
  });

  it('fails on a missing CSP and on one it is certain is weak, not on one that may be', () => {
    expect(failing(row('CSP_GLOBAL_CHECK', 'MEDIUM', 'CERTAIN'))).toEqual(['CSP_GLOBAL_CHECK']);
    expect(failing(row('CSP_GLOBAL_CHECK', 'LOW', 'CERTAIN'))).toEqual(['CSP_GLOBAL_CHECK']);
    expect(failing(row('CSP_GLOBAL_CHECK', 'LOW', 'FIRM'), row('CSP_GLOBAL_CHECK', 'LOW', 'TENTATIVE'))).toEqual([]);
  });

  it('lets the review notes and low findings through, and fails on an unknown severity', () => {
    expect(
      failing(
        row('PRELOAD_JS_CHECK', 'MEDIUM', 'FIRM'),
        row('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'TENTATIVE'),
        row('BLINK_FEATURES_JS_CHECK', 'LOW', 'CERTAIN'),
      ),
    ).toEqual([]);
    expect(failing(row('NEW_CHECK', 'CRITICAL', 'FIRM'))).toEqual(['NEW_CHECK']);
  });

  it('reads quoted fields with commas and doubled quotes, and refuses a file that is not a report', () => {
    expect(parseCsvLine('A,"x, ""y""",b')).toEqual(['A', 'x, "y"', 'b']);
    expect(
      parseReport(
        [header, row('SANDBOX_JS_CHECK', 'MEDIUM', 'FIRM', 'new BrowserWindow({ a: "1", b })')].join('\r\n'),
      )[0],
    ).toMatchObject({
      id: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      confidence: 'FIRM',
      file: 'electron/main/index.ts',
      location: '30:14',
    });
    expect(() => parseReport('<html>')).toThrow(/no Electronegativity CSV header/);
  });
});

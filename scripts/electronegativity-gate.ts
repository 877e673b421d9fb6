// What fails the Electronegativity stage of `npm test`, decided from the tool's CSV report
// (its exit code is 0 whatever it finds): any finding of MEDIUM or above, and a CSP it is
// certain is weak (or that is missing), except the notes that only ask a human to review.

export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  location: string;
  description: string;
}

/** Findings that flag something for review on every Electron app, each reviewed here. */
export const REVIEW_NOTES: Record<string, string> = {
  PRELOAD_JS_CHECK:
    'any preload; ours exposes one object of two transports (tests/unit/electron/preload-bundle.test.ts)',
  OPEN_EXTERNAL_JS_CHECK:
    'the one openExternal call sits behind the https allow-list (navigation-policy.ts), empty today',
};

const rank: Record<string, number> = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };

/** One CSV record (quoted fields with doubled quotes, as the tool writes them). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      fields.push(field.trim());
      field = '';
    } else {
      field += c;
    }
  }
  fields.push(field.trim());
  return fields;
}

export function parseReport(csv: string): Finding[] {
  const [header, ...lines] = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (!header || !/^issue,\s*severity,\s*confidence/.test(header))
    throw new Error('the report has no Electronegativity CSV header');
  return lines.map((line) => {
    const [id = '', severity = '', confidence = '', file = '', location = '', , description = ''] = parseCsvLine(line);
    return { id, severity, confidence, file, location, description };
  });
}

/** The findings that fail the stage. */
export function failures(findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    if (f.id in REVIEW_NOTES) return false;
    if (f.id === 'CSP_GLOBAL_CHECK' && f.confidence === 'CERTAIN') return true;
    return (rank[f.severity] ?? rank.HIGH!) >= rank.MEDIUM!;
  });
}

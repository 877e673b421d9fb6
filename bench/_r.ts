import { runReimport } from './reimport.ts';
import { generateDirectory } from './generate.ts';
import { idCounter } from '../shared/search/from-parsed.ts';
import { SIZES } from './search.ts';
const r = runReimport(generateDirectory(SIZES.find((s) => s.label === '150k')!, idCounter()), (m) => console.error(m));
console.log(JSON.stringify(r.line));

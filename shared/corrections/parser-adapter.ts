// The parser with forced line roles. wip/parser's parseDocument takes { forcedRoles }; until
// that lands here the cast is the whole adapter, and role corrections have no effect yet.
import { parseDocument } from '../parser/index.ts';
import type { RoleAwareParser } from './index.ts';

export const parseWithRoles = parseDocument as RoleAwareParser;

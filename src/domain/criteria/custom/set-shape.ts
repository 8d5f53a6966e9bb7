import { codeDepth, codeParent, CODE_PATTERN } from '../codes';
import { isBuiltInSetId } from '../registry';
import type { NodeLevel } from '../types';

/*
 * The shape the engine relies on, checked on a set built from a user's sheet or file. The same rules
 * as the custom set schema (src/domain/criteria/schema.ts), written out by hand: building a set from
 * a criteria sheet is part of a `check`, and loading the schema library for it cost more than the
 * rest of the run's reading (bench/NOTES.md, "Start-up"). The schema stays the judge: a test holds
 * this check to it on valid and broken sets.
 */

const LEVEL_BY_DEPTH: readonly NodeLevel[] = ['area', 'criterion', 'subcriterion', 'item'];
const LEVELS: readonly string[] = LEVEL_BY_DEPTH;
const SOURCE_KINDS: readonly string[] = ['self-assessment', 'leader-survey', 'sipas', 'socio-economic'];
const KINDS: readonly string[] = [...SOURCE_KINDS, 'mixed'];

type Problems = string[];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isUnits = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isCode = (v: unknown): v is string => typeof v === 'string' && CODE_PATTERN.test(v);
const filled = (v: unknown): boolean => typeof v === 'string' && v.length > 0;

function node(n: unknown, at: string, out: Problems): void {
  const before = out.length;
  const say = (field: string, message: string): void => void out.push(`${at}${field === '' ? '' : `.${field}`}: ${message}`);
  if (!isRecord(n)) return say('', 'not a node');
  if (!isCode(n.code)) say('code', 'not a criteria code');
  if (n.parent !== null && !isCode(n.parent)) say('parent', 'not a criteria code or null');
  if (typeof n.level !== 'string' || !LEVELS.includes(n.level)) say('level', `not one of ${LEVELS.join(', ')}`);
  if (typeof n.name !== 'string') say('name', 'not text');
  if (n.max !== null && !isUnits(n.max)) say('max', 'not a whole number of units or null');
  if (typeof n.kind !== 'string' || !KINDS.includes(n.kind)) say('kind', `not one of ${KINDS.join(', ')}`);
  if (n.split !== undefined && (!isRecord(n.split) || Object.entries(n.split).some(([k, v]) => !SOURCE_KINDS.includes(k) || !isUnits(v)))) {
    say('split', 'not points by source kind');
  }
  if (!Array.isArray(n.aliases) || !n.aliases.every(isCode)) say('aliases', 'not a list of criteria codes');
  if (!Array.isArray(n.sources) || n.sources.length === 0 || !n.sources.every(filled)) say('sources', 'not a list of places');
  if (out.length > before) return;
  // The schema's own refinements, word for word, on a node of the right shape.
  const code = n.code as string;
  const issue = (message: string): void => void out.push(`${at}: ${code}: ${message}`);
  if (n.level !== LEVEL_BY_DEPTH[codeDepth(code) - 1]) issue(`level ${String(n.level)} does not match the code depth`);
  if (n.parent !== codeParent(code)) issue(`parent ${String(n.parent)} is not the code's prefix`);
  if ((n.aliases as string[]).includes(code)) issue('lists its own code as an alias');
  if (isRecord(n.split)) {
    const parts = Object.entries(n.split) as [string, number][];
    if (n.level !== 'area') issue('only areas carry a split');
    if (n.max === null) issue('a split needs a known maximum');
    else if (parts.reduce((sum, [, v]) => sum + v, 0) !== n.max) issue('split does not add up to the maximum');
    const expectedKind = parts.length === 1 ? parts[0]?.[0] : 'mixed';
    if (parts.length > 0 && n.kind !== expectedKind) issue(`kind ${String(n.kind)} contradicts its split`);
  }
}

function source(s: unknown, out: Problems): void {
  const ok = isRecord(s) && ((s.kind === 'sheet' && filled(s.sheet) && (s.file === undefined || typeof s.file === 'string')) || (s.kind === 'file' && filled(s.file)));
  if (!ok) out.push('source: not a sheet or a file');
}

/** What is wrong with a built custom set, as "path: problem"; empty when nothing is. */
export function customSetProblems(set: unknown): string[] {
  const out: Problems = [];
  if (!isRecord(set)) return ['not a criteria set'];
  if (!filled(set.id)) out.push('id: empty');
  else if (isBuiltInSetId(set.id as string)) out.push('id: a custom set cannot reuse a built-in id');
  if (!filled(set.title)) out.push('title: empty');
  if (typeof set.basis !== 'string') out.push('basis: not text');
  if (!isUnits(set.total)) out.push('total: not a whole number of units');
  if (typeof set.partial !== 'boolean') out.push('partial: not true or false');
  if (!Array.isArray(set.nodes) || set.nodes.length === 0) out.push('nodes: none');
  else set.nodes.forEach((n, i) => node(n, `nodes.${i}`, out));
  source(set.source, out);
  for (const field of ['extends', 'methodology'] as const) {
    if (set[field] !== undefined && !(typeof set[field] === 'string' && isBuiltInSetId(set[field]))) out.push(`${field}: not a built-in set`);
  }
  return out;
}

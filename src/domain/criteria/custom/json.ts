import type { z } from 'zod';
import { CRITERIA_SET_IDS } from '../registry';
import type { CriteriaSetId } from '../types';
import { issue } from './place';
import type { CriteriaIssue, DraftField, DraftNode, DraftSet, Place } from './types';
import { kindChoices, parseCode, parseCodeList, parseKind, parseMax, parseSetId, parseSplit } from './values';

/*
 * The JSON format mirrors the sheet: points as plain decimals (not the embedded data's integer
 * units), kinds by their Vietnamese label or English id, the set's own fields beside "nodes".
 */
function inputSchemas() {
  // Loaded for a JSON file only: a criteria sheet is read without the schema library (start-up cost).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { z } = require('zod') as typeof import('zod');
  const codeInput = z.union([z.string(), z.number()]);
  const pointsInput = z.union([z.number(), z.string(), z.null()]);

  const nodeInput = z.strictObject({
    code: codeInput,
    name: z.string().optional(),
    max: pointsInput.optional(),
    kind: z.string().optional(),
    parent: codeInput.nullable().optional(),
    aliases: z.union([z.array(codeInput), z.string()]).optional(),
    split: z.union([z.record(z.string(), z.union([z.number(), z.string()])), z.string()]).optional(),
  });

  const setInput = z.strictObject({
    $schema: z.string().optional(),
    id: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    basis: z.string().optional(),
    total: z.union([z.number(), z.string()]).optional(),
    partial: z.boolean().optional(),
    extends: z.string().optional(),
    methodology: z.string().optional(),
    nodes: z.array(nodeInput),
  });
  return { nodeInput, setInput };
}

let schemas: ReturnType<typeof inputSchemas> | null = null;

type NodeInput = z.infer<ReturnType<typeof inputSchemas>['nodeInput']>;

interface JsonDraft {
  readonly draft: DraftSet | null;
  readonly issues: readonly CriteriaIssue[];
}

function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}

/** "Unexpected token } in JSON at position 120" -> line and column, when the engine says where. */
function syntaxPosition(text: string, message: string): { line: number; column: number } | null {
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  const at = /position (\d+)/.exec(message);
  if (!at) return null;
  const before = text.slice(0, Number(at[1]));
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

function readNode(file: string, input: NodeInput, i: number, issues: CriteriaIssue[]): DraftNode | null {
  const at = (field?: string): Place => ({ file, path: `nodes[${i}]${field ? `.${field}` : ''}` });
  const f = <T>(name: string, value: T): DraftField<T> => ({ value, place: at(name) });
  const code = parseCode(input.code);
  if (code === 'bad') {
    issues.push(issue('bad-code', at('code'), { raw: String(input.code) }));
    return null;
  }
  const node: { -readonly [K in keyof DraftNode]: DraftNode[K] } = { code, place: at() };
  if (input.name !== undefined && input.name.trim() !== '') node.name = f('name', input.name.trim());
  if (input.max !== undefined) {
    const max = parseMax(input.max);
    if (max === 'bad') issues.push(issue('bad-max', at('max'), { code, raw: String(input.max) }));
    else node.max = f('max', max);
  }
  if (input.kind !== undefined && input.kind.trim() !== '') {
    const kind = parseKind(input.kind);
    if (kind === 'bad') issues.push(issue('bad-kind', at('kind'), { code, raw: input.kind, allowed: kindChoices() }));
    else node.kind = f('kind', kind);
  }
  if (input.parent !== undefined && input.parent !== null && input.parent !== '') {
    const parent = parseCode(input.parent);
    if (parent === 'bad') issues.push(issue('bad-parent', at('parent'), { code, raw: String(input.parent) }, { variant: 'not-a-code' }));
    else node.parent = f('parent', parent);
  }
  if (input.aliases !== undefined) {
    const { codes, bad } = parseCodeList(input.aliases);
    if (bad.length > 0) issues.push(issue('bad-alias', at('aliases'), { code, raw: bad.join(', ') }));
    node.aliases = f('aliases', codes);
  }
  if (input.split !== undefined) {
    const text =
      typeof input.split === 'string'
        ? input.split
        : Object.entries(input.split)
            .map(([kind, points]) => `${kind} ${String(points)}`)
            .join('; ');
    const split = parseSplit(text);
    if (split === 'bad') issues.push(issue('bad-split', at('split'), { code, raw: text }, { variant: 'text' }));
    else node.split = f('split', split);
  }
  return node;
}

/** Parses a criteria set file's text; `file` names it in messages. */
export function parseCriteriaJson(text: string, file: string): JsonDraft {
  const root: Place = { file, path: '' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const message = (err as Error).message;
    const at = syntaxPosition(text, message);
    return { draft: null, issues: [issue('json-syntax', root, { detail: message, ...(at ?? {}) }, at ? { variant: 'at' } : {})] };
  }
  const parsed = (schemas ??= inputSchemas()).setInput.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => {
      const place: Place = { file, path: pathText(i.path) };
      if (i.code === 'unrecognized_keys') return issue('json-shape', place, { keys: i.keys.join(', ') }, { variant: 'unknown-keys' });
      if (i.code === 'invalid_type') return issue('json-shape', place, { expected: i.expected }, { variant: 'type' });
      return issue('json-shape', place, { detail: i.message });
    });
    return { draft: null, issues };
  }
  const input = parsed.data;
  const issues: CriteriaIssue[] = [];
  const nodes = input.nodes.map((n, i) => readNode(file, n, i, issues)).filter((n) => n !== null);
  const at = (name: string): Place => ({ file, path: name });
  const setId = (name: 'extends' | 'methodology', value: string | undefined): DraftField<CriteriaSetId> | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    const id = parseSetId(value);
    if (id === 'bad') {
      issues.push(issue('bad-extends', at(name), { raw: value, sets: CRITERIA_SET_IDS.join(', ') }));
      return undefined;
    }
    return { value: id, place: at(name) };
  };
  let total: DraftField<ReturnType<typeof parseMax> & number> | undefined;
  if (input.total !== undefined) {
    const value = parseMax(input.total);
    if (value === 'bad' || value === null) issues.push(issue('bad-total', at('total'), { raw: String(input.total) }));
    else total = { value, place: at('total') };
  }
  const extendsField = setId('extends', input.extends);
  const methodology = setId('methodology', input.methodology);
  const baseName = file.split(/[\\/]/).pop() ?? file;
  const draft: DraftSet = {
    source: { kind: 'file', file },
    place: root,
    fallbackTitle: baseName.replace(/\.json$/i, ''),
    ...(input.id !== undefined ? { id: { value: input.id, place: at('id') } } : {}),
    ...(input.title !== undefined ? { title: { value: input.title, place: at('title') } } : {}),
    ...(input.basis !== undefined ? { basis: { value: input.basis, place: at('basis') } } : {}),
    ...(total ? { total } : {}),
    ...(input.partial !== undefined ? { partial: { value: input.partial, place: at('partial') } } : {}),
    ...(extendsField ? { extends: extendsField } : {}),
    ...(methodology ? { methodology } : {}),
    nodes,
  };
  return { draft, issues };
}

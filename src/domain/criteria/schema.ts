import { z } from 'zod';
import { fixedFromUnits, type Fixed } from '../fixed';
import type { CriteriaSet, NodeKind, NodeLevel } from './types';
import { codeDepth, codeParent, CODE_PATTERN } from './codes';
import { CRITERIA_SET_IDS, isBuiltInSetId } from './registry';

const LEVEL_BY_DEPTH: readonly NodeLevel[] = ['area', 'criterion', 'subcriterion', 'item'];

const fixedSchema = z
  .number()
  .int()
  .nonnegative()
  .transform((units): Fixed => fixedFromUnits(units));

const sourceKind = z.enum(['self-assessment', 'leader-survey', 'sipas', 'socio-economic']);

const code = z.string().regex(CODE_PATTERN);

function nodeSchemaWith(sources: z.ZodType<string[]>) {
  return z
    .object({
      code,
      parent: code.nullable(),
      level: z.enum(['area', 'criterion', 'subcriterion', 'item']),
      name: z.string(),
      max: fixedSchema.nullable(),
      kind: z.enum(['self-assessment', 'leader-survey', 'sipas', 'socio-economic', 'mixed']),
      split: z.partialRecord(sourceKind, fixedSchema).optional(),
      aliases: z.array(code),
      sources,
    })
    .superRefine((node, ctx) => {
      const issue = (message: string): void => ctx.addIssue({ code: 'custom', message: `${node.code}: ${message}` });
      if (node.level !== LEVEL_BY_DEPTH[codeDepth(node.code) - 1]) issue(`level ${node.level} does not match the code depth`);
      if (node.parent !== codeParent(node.code)) issue(`parent ${String(node.parent)} is not the code's prefix`);
      if (node.aliases.includes(node.code)) issue('lists its own code as an alias');
      if (node.split) {
        const parts = Object.entries(node.split) as [Exclude<NodeKind, 'mixed'>, Fixed][];
        if (node.level !== 'area') issue('only areas carry a split');
        if (node.max === null) issue('a split needs a known maximum');
        else if (parts.reduce((sum, [, v]) => sum + v, 0) !== node.max) issue('split does not add up to the maximum');
        const expectedKind = parts.length === 1 ? parts[0]?.[0] : 'mixed';
        if (parts.length > 0 && node.kind !== expectedKind) issue(`kind ${node.kind} contradicts its split`);
      }
    });
}

// Every embedded node says where it was read: a document by its short name in docs/sources.md and
// the part of it ("Kế hoạch Đắk Lắk 2020, Phụ lục I").
const nodeSchema = nodeSchemaWith(z.array(z.string().min(1)).min(1));
// A custom node says which cell or JSON entry defined it ("'Bộ tiêu chí'!A7", "tree.json: nodes[3]").
const customNodeSchema = nodeSchemaWith(z.array(z.string().min(1)).min(1));

/** The built-in and custom set schemas, their id enums made of the registered ids. */
function setSchemas() {
  const builtInId = z.enum(CRITERIA_SET_IDS as [string, ...string[]]);
  const builtIn = z.object({
    id: builtInId,
    title: z.string().min(1),
    basis: z.string().min(1),
    total: fixedSchema,
    partial: z.boolean(),
    nodes: z.array(nodeSchema).min(1),
  });
  /** A set built from a user's sheet or file: any id but a built-in one, and where it came from. */
  const custom = z.object({
    id: z
      .string()
      .min(1)
      .refine((id) => !isBuiltInSetId(id), 'a custom set cannot reuse a built-in id'),
    title: z.string().min(1),
    basis: z.string(),
    total: fixedSchema,
    partial: z.boolean(),
    nodes: z.array(customNodeSchema).min(1),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('sheet'), sheet: z.string().min(1), file: z.string().optional() }),
      z.object({ kind: z.literal('file'), file: z.string().min(1) }),
    ]),
    extends: builtInId.optional(),
    methodology: builtInId.optional(),
  });
  return { registered: CRITERIA_SET_IDS.length, builtIn, custom };
}

let schemas: ReturnType<typeof setSchemas> | null = null;

/** The set schemas for the ids registered now: a set registered after this module loaded is a valid id too. */
function currentSchemas(): ReturnType<typeof setSchemas> {
  if (schemas === null || schemas.registered !== CRITERIA_SET_IDS.length) schemas = setSchemas();
  return schemas;
}

/** The schema of a set built from a user's sheet or file. */
export function customCriteriaSetSchema(): ReturnType<typeof setSchemas>['custom'] {
  return currentSchemas().custom;
}

/** Validates an embedded set (or anything claiming to be one); throws a ZodError listing every problem. */
export function parseCriteriaSet(input: unknown): CriteriaSet {
  return currentSchemas().builtIn.parse(input);
}

export function safeParseCriteriaSet(input: unknown): { ok: true; set: CriteriaSet } | { ok: false; issues: string[] } {
  const result = currentSchemas().builtIn.safeParse(input);
  if (result.success) return { ok: true, set: result.data };
  return { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

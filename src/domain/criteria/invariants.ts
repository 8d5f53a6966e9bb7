import { fixedToString, sumFixed, type Fixed } from '../fixed';
import type { CriteriaNode, CriteriaSet } from './types';

export type TreeRule = 'duplicate-code' | 'missing-parent' | 'children-sum' | 'areas-sum';

export interface TreeViolation {
  readonly rule: TreeRule;
  readonly code: string;
  readonly detail: string;
}

/**
 * Structural checks every embedded set must pass (and any set a caller builds). Sums are only
 * checked where every child's maximum is known: an unknown maximum is a gap in the sources, not
 * an error, and must never be filled in by subtraction.
 */
export function treeViolations(set: CriteriaSet): TreeViolation[] {
  const out: TreeViolation[] = [];
  const byCode = new Map<string, CriteriaNode>();
  const aliasOwner = new Map<string, string>();
  for (const node of set.nodes) {
    if (byCode.has(node.code)) out.push({ rule: 'duplicate-code', code: node.code, detail: 'code listed twice' });
    else byCode.set(node.code, node);
    for (const alias of node.aliases) {
      const owner = aliasOwner.get(alias);
      // An alias may equal another node's canonical code (Kế hoạch Vĩnh Phúc 2024's 2.4 is Kế hoạch Hà Tĩnh 2023's 2.5), but two
      // nodes claiming the same alias would make resolution ambiguous.
      if (owner !== undefined) out.push({ rule: 'duplicate-code', code: alias, detail: `alias of both ${owner} and ${node.code}` });
      else aliasOwner.set(alias, node.code);
    }
  }
  const children = new Map<string, CriteriaNode[]>();
  for (const node of set.nodes) {
    if (node.parent === null) continue;
    if (!byCode.has(node.parent)) {
      out.push({ rule: 'missing-parent', code: node.code, detail: `parent ${node.parent} is not in the set` });
      continue;
    }
    const list = children.get(node.parent) ?? [];
    list.push(node);
    children.set(node.parent, list);
  }
  for (const [code, kids] of children) {
    const max = byCode.get(code)?.max ?? null;
    const maxima = kids.map((k) => k.max);
    if (max === null || maxima.some((m) => m === null)) continue;
    const sum = sumFixed(maxima as Fixed[]);
    if (sum !== max) {
      out.push({ rule: 'children-sum', code, detail: `children add up to ${fixedToString(sum)}, maximum is ${fixedToString(max)}` });
    }
  }
  const areas = set.nodes.filter((n) => n.parent === null);
  const unknown = areas.filter((a) => a.max === null);
  if (unknown.length > 0) {
    for (const a of unknown) out.push({ rule: 'areas-sum', code: a.code, detail: 'area maximum unknown' });
  } else {
    const sum = sumFixed(areas.map((a) => a.max as Fixed));
    if (sum !== set.total) {
      out.push({ rule: 'areas-sum', code: '', detail: `areas add up to ${fixedToString(sum)}, total is ${fixedToString(set.total)}` });
    }
  }
  return out;
}

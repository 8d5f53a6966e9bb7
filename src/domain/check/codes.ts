import { a1 } from '../address';
import { bestNameMatch } from '../criteria';
import type { CriteriaNode } from '../criteria/types';
import { parentCode } from '../parse/codes';
import { codeCandidates, nameReadings, rowName, rowNode, similarityTo } from '../score/structure';
import type { CellRef, TableRow } from '../table/types';
import { makeFinding, type CheckContext } from './context';
import type { Finding } from './types';

/** Below this the row's name and the tree's name are not the same criterion. */
export const NAME_LOW = 0.5;
/** At or above this another node's name is a confident suggestion. */
export const NAME_GOOD = 0.7;
/** A name this close to its code's node is that node, whatever else it resembles. */
const NAME_FITS = 0.8;
/** ... below it, another node must fit nearly exactly and clearly better to be named instead. */
const NAME_FITS_OTHER = 0.85;
const NAME_CLEARLY_BETTER = 0.3;

export function codeCell(row: TableRow): CellRef {
  return row.code.cell ?? row.name?.cell ?? { row: row.row, col: 0 };
}

function nearestKnownAncestor(ctx: CheckContext, code: string): CriteriaNode | undefined {
  let current = parentCode(code);
  while (current !== null) {
    const node = ctx.index.resolve(current);
    if (node) return node;
    current = parentCode(current);
  }
  return undefined;
}

function suggestion(ctx: CheckContext, name: string, exclude: string | null): CriteriaNode | null {
  if (name === '') return null;
  const matches = nameReadings(name).map((reading) => bestNameMatch(ctx.index, reading));
  const best = matches.reduce((a, b) => (b && (!a || b.similarity > a.similarity) ? b : a), null);
  if (!best || best.similarity < NAME_GOOD || best.node.code === exclude) return null;
  return best.node;
}

/**
 * The known children's maxima already add up to the node's own: the tree leaves no points for
 * another child, so a code the copy lacks there is not a missing node.
 */
function childrenFillMax(ctx: CheckContext, node: CriteriaNode): boolean {
  const kids = ctx.index.children(node.code);
  if (kids.length === 0 || node.max === null || kids.some((k) => k.max === null)) return false;
  return kids.reduce((sum, k) => sum + k.max!, 0) === node.max;
}

function isAncestorCode(ancestor: string, code: string): boolean {
  return code.startsWith(`${ancestor}.`);
}

function unknownCode(ctx: CheckContext, row: TableRow, code: string, name: string | null): Finding {
  const cell = codeCell(row);
  const ancestor = nearestKnownAncestor(ctx, code);
  // A name that clearly belongs to another node (not the code's own parent) points at a typo.
  const named = name === null ? null : suggestion(ctx, name, null);
  const suggested = named && !isAncestorCode(named.code, code) ? named : null;
  // The embedded tree is a copy: under a known criterion, a code it lacks may simply be missing from it.
  const mayBeMissingFromCopy =
    suggested === null &&
    ancestor !== undefined &&
    !childrenFillMax(ctx, ancestor) &&
    (ctx.index.set.partial || !ctx.isScoreTable || ctx.index.children(ancestor.code).length === 0);
  if (mayBeMissingFromCopy) {
    return makeFinding(ctx, {
      rule: 'code-not-in-copy',
      severity: 'warning',
      cell,
      code,
      params: { parentCode: ancestor.code, parentName: ancestor.name },
    });
  }
  return makeFinding(ctx, {
    rule: 'unknown-code',
    severity: ctx.isScoreTable ? 'error' : 'warning',
    cell,
    code,
    expected: suggested?.code ?? null,
    messageKey: suggested ? 'finding.unknown-code.suggest' : 'finding.unknown-code',
    params: suggested ? { suggestedCode: suggested.code, suggestedName: suggested.name } : {},
  });
}

/**
 * Names that share the filler of every criterion ("... cải cách hành chính") pass the low bar of
 * their code's node; the name of another node printed in full is still the likelier intent.
 */
function fitsAnotherBetter(ctx: CheckContext, node: CriteriaNode, name: string, own: number): CriteriaNode | null {
  if (own >= NAME_FITS) return null;
  const other = suggestion(ctx, name, node.code);
  if (!other) return null;
  const fit = similarityTo(ctx.index, name, other);
  return fit >= NAME_FITS_OTHER && fit - own >= NAME_CLEARLY_BETTER ? other : null;
}

function nameFinding(ctx: CheckContext, row: TableRow, code: string, node: CriteriaNode, name: string): Finding | null {
  const own = similarityTo(ctx.index, name, node);
  const cell = row.name && !row.name.filled && row.name.text.trim() !== '' ? row.name.cell : codeCell(row);
  if (own >= NAME_LOW) {
    const other = fitsAnotherBetter(ctx, node, name, own);
    if (!other) return null;
    return makeFinding(ctx, {
      rule: 'name-mismatch',
      severity: 'warning',
      cell,
      code,
      expected: node.name,
      actual: name,
      messageKey: 'finding.name-mismatch.suggest',
      params: { name, treeName: node.name, suggestedCode: other.code, suggestedName: other.name },
    });
  }
  const suggested = suggestion(ctx, name, node.code);
  if (suggested && similarityTo(ctx.index, name, suggested) > similarityTo(ctx.index, name, node)) {
    return makeFinding(ctx, {
      rule: 'name-mismatch',
      severity: ctx.isScoreTable ? 'error' : 'warning',
      cell,
      code,
      expected: node.name,
      actual: name,
      messageKey: 'finding.name-mismatch.suggest',
      params: { name, treeName: node.name, suggestedCode: suggested.code, suggestedName: suggested.name },
    });
  }
  return makeFinding(ctx, {
    rule: 'name-mismatch',
    severity: ctx.isScoreTable ? 'warning' : 'info',
    cell,
    code,
    expected: node.name,
    actual: name,
    params: { name, treeName: node.name },
  });
}

function trailingZeroFinding(ctx: CheckContext, row: TableRow, written: string, alternative: CriteriaNode): Finding {
  return makeFinding(ctx, {
    rule: 'code-trailing-zero',
    severity: 'warning',
    cell: codeCell(row),
    code: written,
    expected: alternative.code,
    actual: written,
    params: { alternative: alternative.code, alternativeName: alternative.name },
  });
}

/** unknown-code, code-not-in-copy, ambiguous-code, code-trailing-zero and name-mismatch for one row. */
export function rowCodeFindings(ctx: CheckContext, row: TableRow): Finding[] {
  const codes = row.code.codes;
  if (row.kind === 'total' || row.code.filled || codes.length === 0) return [];
  if (codes.length > 1) {
    const out = codes.filter((c) => codeCandidates(ctx.index, c).length === 0).map((c) => unknownCode(ctx, row, c, null));
    // Several codes on a row with points: the points cannot be given to any one criterion.
    if (ctx.isScoreTable && Object.keys(row.numbers).length > 0) {
      out.unshift(
        makeFinding(ctx, {
          rule: 'ambiguous-code',
          severity: 'warning',
          cell: codeCell(row),
          code: codes[0]!,
          actual: codes.join('; '),
          messageKey: 'finding.ambiguous-code.several',
          params: { codes: codes.join('; ') },
        }),
      );
    }
    return out;
  }
  const name = rowName(row);
  const { code, node, ambiguous, trailingZero } = rowNode(ctx.index, row, codes[0]!);
  if (!node) {
    const unknown = unknownCode(ctx, row, code, name);
    return trailingZero ? [unknown, trailingZeroFinding(ctx, row, code, trailingZero.alternative)] : [unknown];
  }
  const out: Finding[] = [];
  if (ambiguous.length > 1) {
    const [a, b] = ambiguous;
    out.push(
      makeFinding(ctx, {
        rule: 'ambiguous-code',
        severity: 'warning',
        cell: codeCell(row),
        code,
        params: { codeA: a!.code, nameA: a!.name, codeB: b!.code, nameB: b!.name },
      }),
    );
  } else if (name !== '') {
    const finding = nameFinding(ctx, row, code, node, name);
    if (finding) out.push(finding);
  }
  if (trailingZero) out.push(trailingZeroFinding(ctx, row, codes[0]!, trailingZero.alternative));
  if (node.code !== code && node.aliases.includes(code) && ambiguous.length <= 1) out.push(renumberedFinding(ctx, row, code, node));
  return out;
}

/**
 * The row prints the node under another numbering (seed 003's 7.3.5 is QĐ 876's 7.3.6): read as
 * meant, and said once per row so the officer sees which code the ministry's table uses.
 */
function renumberedFinding(ctx: CheckContext, row: TableRow, written: string, node: CriteriaNode): Finding {
  return makeFinding(ctx, {
    rule: 'renumbered-code',
    severity: 'info',
    cell: codeCell(row),
    code: written,
    expected: node.code,
    actual: written,
    params: { canonical: node.code, name: node.name, set: ctx.index.set.title },
  });
}

/** duplicate-code: a score table gives each criterion one row; task tables repeat codes by design. */
export function duplicateFindings(ctx: CheckContext): Finding[] {
  if (!ctx.isScoreTable) return [];
  return ctx.structure.duplicates.map(({ first, repeat }) =>
    makeFinding(ctx, {
      rule: 'duplicate-code',
      severity: 'error',
      cell: codeCell(repeat.row),
      code: repeat.code,
      params: { firstCell: a1(codeCell(first.row).row, codeCell(first.row).col) },
    }),
  );
}

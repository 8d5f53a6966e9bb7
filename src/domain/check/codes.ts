import { a1 } from '../address';
import { bestNameMatch } from '../criteria';
import type { CriteriaNode } from '../criteria/types';
import { parentCode } from '../parse/codes';
import { codeCandidates, readingHead, rowName, rowNode, similarityTo, type CodedRow } from '../score/structure';
import type { CellRef, TableRow } from '../table/types';
import { makeFinding, unknownCodeFinding, type CheckContext } from './context';
import type { Finding } from './types';

/** Below this the row's name and the tree's name are not the same criterion. */
const NAME_LOW = 0.5;
/** At or above this another node's name is a confident suggestion. */
const NAME_GOOD = 0.7;
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
  let node = ctx.named.get(name);
  if (node === undefined) {
    node = clearlyNamed(ctx, name);
    ctx.named.set(name, node);
  }
  return node === null || node.code === exclude ? null : node;
}

/** The node `name` clearly names (NAME_GOOD), whatever the row's code: the same for every row that prints the name. */
function clearlyNamed(ctx: CheckContext, name: string): CriteriaNode | null {
  // The better of the name's readings (whole, and readingHead's), the whole name winning a tie.
  let best = bestNameMatch(ctx.index, name);
  const head = readingHead(name);
  if (head !== null) {
    const other = bestNameMatch(ctx.index, head);
    if (other && (!best || other.similarity > best.similarity)) best = other;
  }
  return !best || best.similarity < NAME_GOOD ? null : best.node;
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

/** `code` lies under `ancestor` ("2.4.1" under "2.4"): code.startsWith(`${ancestor}.`) without the string. */
function isAncestorCode(ancestor: string, code: string): boolean {
  return code.length > ancestor.length && code.charCodeAt(ancestor.length) === 46 && code.startsWith(ancestor);
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
      at: cell,
      code,
      messageKey: 'finding.code-not-in-copy',
      params: { parentCode: ancestor.code, parentName: ancestor.name },
    });
  }
  return unknownCodeFinding(ctx, cell, code, ctx.isScoreTable ? 'error' : 'warning', suggested);
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
  if (own >= NAME_LOW) {
    const other = fitsAnotherBetter(ctx, node, name, own);
    if (!other) return null;
    return makeFinding(ctx, {
      rule: 'name-mismatch',
      severity: 'warning',
      at: nameCell(row),
      code,
      expected: node.name,
      actual: name,
      messageKey: 'finding.name-mismatch.suggest',
      params: { name, treeName: node.name, suggestedCode: other.code, suggestedName: other.name },
    });
  }
  const cell = nameCell(row);
  const suggested = suggestion(ctx, name, node.code);
  if (suggested && similarityTo(ctx.index, name, suggested) > similarityTo(ctx.index, name, node)) {
    return makeFinding(ctx, {
      rule: 'name-mismatch',
      severity: ctx.isScoreTable ? 'error' : 'warning',
      at: cell,
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
    at: cell,
    code,
    expected: node.name,
    actual: name,
    messageKey: 'finding.name-mismatch',
    params: { name, treeName: node.name },
  });
}

/** The name cell when the row writes its own name there, else the code cell. */
function nameCell(row: TableRow): CellRef {
  return row.name && !row.name.filled && row.name.text.trim() !== '' ? row.name.cell : codeCell(row);
}

function trailingZeroFinding(ctx: CheckContext, row: TableRow, written: string, alternative: CriteriaNode): Finding {
  return makeFinding(ctx, {
    rule: 'code-trailing-zero',
    severity: 'warning',
    at: codeCell(row),
    code: written,
    expected: alternative.code,
    actual: written,
    messageKey: 'finding.code-trailing-zero',
    params: { alternative: alternative.code, alternativeName: alternative.name },
  });
}

/**
 * unknown-code, code-not-in-copy, ambiguous-code, code-trailing-zero and name-mismatch for one row,
 * appended to `out`. `entry` is the structure's entry for the row (its reading), when it has one.
 */
export function rowCodeFindings(ctx: CheckContext, row: TableRow, entry: CodedRow | undefined, out: Finding[], repeat = false): void {
  const codes = row.code.codes;
  if (row.kind === 'total' || row.code.filled || codes.length === 0) return;
  if (codes.length > 1) {
    // Several codes on a row with points: the points cannot be given to any one criterion.
    if (ctx.isScoreTable && hasNumbers(row)) {
      const all = codes.join('; ');
      out.push(
        makeFinding(ctx, {
          rule: 'ambiguous-code',
          severity: 'warning',
          at: codeCell(row),
          code: codes[0]!,
          actual: all,
          messageKey: 'finding.ambiguous-code.several',
          params: { codes: all },
        }),
      );
    }
    for (const c of codes) if (codeCandidates(ctx.index, c).length === 0) out.push(unknownCode(ctx, row, c, null));
    return;
  }
  const name = entry ? entry.name : rowName(row);
  const { code, node, ambiguous, trailingZero } = entry ?? rowNode(ctx.index, row, codes[0]!);
  if (!node) {
    out.push(unknownCode(ctx, row, code, name));
    if (trailingZero) out.push(trailingZeroFinding(ctx, row, code, trailingZero.alternative));
    return;
  }
  if (ambiguous.length > 1) {
    const [a, b] = ambiguous;
    out.push(
      makeFinding(ctx, {
        rule: 'ambiguous-code',
        severity: 'warning',
        at: codeCell(row),
        code,
        messageKey: 'finding.ambiguous-code',
        params: { codeA: a!.code, nameA: a!.name, codeB: b!.code, nameB: b!.name },
      }),
    );
  } else if (name !== '' && !repeat) {
    const finding = nameFinding(ctx, row, code, node, name);
    if (finding) out.push(finding);
  }
  if (trailingZero) out.push(trailingZeroFinding(ctx, row, codes[0]!, trailingZero.alternative));
  if (node.code !== code && node.aliases.includes(code) && ambiguous.length <= 1) out.push(renumberedFinding(ctx, row, code, node));
}

/** The table has a point column (the cell may be blank). */
function hasNumbers(row: TableRow): boolean {
  const n = row.numbers;
  return n.max !== null || n.score !== null || n.target !== null;
}

/**
 * The row prints the node under another numbering (Kế hoạch Vĩnh Phúc 2024's 7.3.5 is QĐ 876's 7.3.6): read as
 * meant, and said once per row so the officer sees which code the ministry's table uses.
 */
function renumberedFinding(ctx: CheckContext, row: TableRow, written: string, node: CriteriaNode): Finding {
  return makeFinding(ctx, {
    rule: 'renumbered-code',
    severity: 'info',
    at: codeCell(row),
    code: written,
    expected: node.code,
    actual: written,
    messageKey: 'finding.renumbered-code',
    params: { canonical: node.code, name: node.name, set: ctx.index.set.title },
  });
}

/** The node a repeated row's name belongs to, when it is clearly not the node its code repeats. */
function meantNode(ctx: CheckContext, repeat: CodedRow): CriteriaNode | null {
  if (repeat.name === '' || !repeat.node) return null;
  const other = suggestion(ctx, repeat.name, repeat.node.code);
  return other && similarityTo(ctx.index, repeat.name, other) > similarityTo(ctx.index, repeat.name, repeat.node) ? other : null;
}

/**
 * duplicate-code: a score table gives each criterion one row; task tables repeat codes by design.
 * Where the repeat's name is another criterion's, the finding names it (the code is likely a typo).
 */
export function duplicateFindings(ctx: CheckContext, out: Finding[]): void {
  if (!ctx.isScoreTable) return;
  for (const { first, repeat } of ctx.structure.duplicates) {
    const firstCell = codeCell(first.row);
    const meant = meantNode(ctx, repeat);
    out.push(
      makeFinding(ctx, {
        rule: 'duplicate-code',
        severity: 'error',
        at: codeCell(repeat.row),
        code: repeat.code,
        expected: meant?.code ?? null,
        actual: meant ? repeat.code : null,
        messageKey: meant ? 'finding.duplicate-code.suggest' : 'finding.duplicate-code',
        params: meant
          ? { firstCell: a1(firstCell.row, firstCell.col), name: repeat.name, suggestedCode: meant.code, suggestedName: meant.name }
          : { firstCell: a1(firstCell.row, firstCell.col) },
      }),
    );
  }
}

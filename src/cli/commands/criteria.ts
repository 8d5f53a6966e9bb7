import { criteriaIndex, getCriteriaSet, type CriteriaIndex, type CriteriaNode } from '../../domain/api/criteria';
import type { CriteriaSetId } from '../../domain/api/criteria-choices';
import { toPoints } from '../../domain/api/cells';
import { translator } from '../../i18n';
import type { Lang, Translate } from '../../i18n/types';
import { pointsText } from '../human';
import type { CliIo } from '../io';
import { CliError, EXIT_CLEAN } from '../io';
import { promises as fs } from 'fs';
import { dirname, extname, resolve } from 'path';
import { criteriaSheetLayout, type CriteriaSheetLayout } from '../../domain/api/custom-criteria';
import { criteriaWorkbook } from '../../xlsx/criteria-sheet';

export interface CriteriaOptions {
  readonly set: CriteriaSetId;
  readonly json: boolean;
  readonly lang: Lang;
  readonly exportTo?: string;
}

/** The tree in reading order: each node followed by its children. */
function walk(index: CriteriaIndex, parent: string | null, depth: number, out: { node: CriteriaNode; depth: number }[]): void {
  for (const node of index.children(parent)) {
    out.push({ node, depth });
    walk(index, node.code, depth + 1, out);
  }
}

function codeColumn(node: CriteriaNode, depth: number): string {
  return `${'  '.repeat(depth)}${node.code}`;
}

function nodeLine(node: CriteriaNode, depth: number, width: number, t: Translate, lang: Lang): string {
  // Areas say where their points come from; deeper nodes only when it differs from self-assessment.
  const showKind = depth === 0 || node.kind !== 'self-assessment';
  const kind = showKind ? ` [${t(`cli.kind.${node.kind}`)}]` : '';
  return `${codeColumn(node, depth).padEnd(width)} ${node.name} — ${pointsText(node.max, lang)}${kind}`;
}

export function runCriteria(options: CriteriaOptions, io: CliIo): number {
  const t = translator(options.lang);
  const set = getCriteriaSet(options.set);
  const index = criteriaIndex(set);
  const ordered: { node: CriteriaNode; depth: number }[] = [];
  walk(index, null, 0, ordered);

  if (options.json) {
    const json = {
      id: set.id,
      title: set.title,
      basis: set.basis,
      total: toPoints(set.total),
      partial: set.partial,
      nodes: ordered.map(({ node }) => ({
        code: node.code,
        parent: node.parent,
        level: node.level,
        name: node.name,
        max: node.max === null ? null : toPoints(node.max),
        kind: node.kind,
        aliases: node.aliases,
      })),
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return EXIT_CLEAN;
  }

  const width = Math.max(...ordered.map(({ node, depth }) => codeColumn(node, depth).length));
  const lines = [
    t('cli.criteria.title', { title: set.title, basis: set.basis }),
    ...ordered.map(({ node, depth }) => nodeLine(node, depth, width, t, options.lang)),
    t('cli.criteria.total', { total: pointsText(set.total, options.lang), nodes: set.nodes.length }),
  ];
  if (set.partial) lines.push(t('cli.criteria.partial'));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_CLEAN;
}

/** `criteria --export ID -o FILE.xlsx`: the set as a ready-to-edit "Bộ tiêu chí" sheet in a new workbook. */
export async function exportCriteria(options: CriteriaOptions & { readonly exportTo: string }, io: CliIo): Promise<number> {
  const t = translator(options.lang);
  const set = getCriteriaSet(options.set);
  const layout = criteriaSheetLayout(set);
  await writeCriteriaFile(options.exportTo, layout);
  io.stdout(`${t('criteria.cli.exported', { set: set.id, nodes: set.nodes.length, sheet: layout.name, file: options.exportTo })}\n`);
  return EXIT_CLEAN;
}

/** Writes a criteria sheet layout as a new .xlsx file: never over an existing file, never half written. */
export async function writeCriteriaFile(file: string, layout: CriteriaSheetLayout): Promise<void> {
  if (extname(file).toLowerCase() !== '.xlsx') throw new CliError('cli.error.output-not-xlsx', { file });
  // A new file only: whatever already has this name may be someone's work.
  const exists = await fs.stat(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new CliError('criteria.cli.export-exists', { file });
  try {
    await fs.mkdir(dirname(resolve(file)), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      await criteriaWorkbook(layout).xlsx.writeFile(tmp);
      await fs.rename(tmp, file);
    } finally {
      await fs.rm(tmp, { force: true });
    }
  } catch (err) {
    throw new CliError('cli.error.write-failed', { file, detail: (err as Error).message });
  }
}

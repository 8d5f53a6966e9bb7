/** Section 2: the CLI end to end on a generated .xlsx, as whole processes (node bin/par-scorer.js). */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { ROOT, runProcess } from './child';
import type { Profile } from './profiles';
import { generated, SHAPES, type Shape } from './sheets';
import { spread, type Spread } from './stats';

export const OUT_DIR = path.join(ROOT, 'bench', 'out');

export interface CliFigure {
  readonly shape: Shape;
  readonly rows: number;
  readonly fileBytes: number;
  readonly command: 'check' | 'score';
  readonly wall: Spread;
  /** 0 clean, 1 the table has errors (the generated score table has some by design). */
  readonly exitCode: number;
}

export async function writeXlsx(shape: Shape, rows: number): Promise<string> {
  const sheet = generated(shape, rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  for (const row of sheet.cells) ws.addRow(row.map((v) => (v === null ? undefined : v)));
  await fs.mkdir(OUT_DIR, { recursive: true });
  const file = path.join(OUT_DIR, `cli-${shape}-${rows}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * What `npm run build:cli` does: tsc, then the bundle (src/cli/bundle.ts). The bin runs the bundle only
 * when it is at least as new as dist/cli/main.js, so a build by tsc alone left every measured run
 * loading the modules one by one (6-8% more CPU for `check`: bench/NOTES.md, "Check round 5").
 */
export async function buildCli(): Promise<void> {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = await runProcess(process.execPath, [tsc, '-p', 'tsconfig.cli.json']);
  if (run.code !== 0) throw new Error(`build:cli failed:\n${run.stdout}\n${run.stderr}`);
  const bundle = await runProcess(process.execPath, [path.join(ROOT, 'dist', 'cli', 'bundle.js')]);
  if (bundle.code !== 0) throw new Error(`build:cli failed (bundle):\n${bundle.stdout}\n${bundle.stderr}`);
}

export async function runCli(profile: Profile): Promise<CliFigure[]> {
  await buildCli();
  const bin = path.join(ROOT, 'bin', 'par-scorer.js');
  const figures: CliFigure[] = [];
  for (const shape of SHAPES) {
    const file = await writeXlsx(shape, profile.cliRows);
    const fileBytes = (await fs.stat(file)).size;
    const scored = path.join(OUT_DIR, `cli-${shape}-${profile.cliRows}.scored.xlsx`);
    const commands: [CliFigure['command'], string[]][] = [
      ['check', ['check', file, '--json']],
      ['score', ['score', file, '-o', scored]],
    ];
    for (const [command, args] of commands) {
      const walls: number[] = [];
      let exitCode = 0;
      for (let i = 0; i < profile.cliRuns; i++) {
        await fs.rm(scored, { force: true });
        const run = await runProcess(process.execPath, [bin, ...args]);
        if (run.code !== 0 && run.code !== 1) throw new Error(`par-scorer ${args.join(' ')} exited ${run.code}:\n${run.stderr}`);
        if (command === 'check') JSON.parse(run.stdout);
        else await fs.stat(scored);
        exitCode = run.code;
        walls.push(run.wallMs);
      }
      figures.push({ shape, rows: profile.cliRows, fileBytes, command, wall: spread(walls), exitCode });
    }
  }
  return figures;
}

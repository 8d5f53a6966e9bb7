/**
 * The add-in's sync counts and sizes for one shape and size, without the timing runs of the full
 * add-in section: a quick check while working on the write packing (src/excel/chunk.ts).
 *   tsx bench/syncs.ts [score|task] [rows]
 */
import { checkSheet, writeOutput, type OutputParts } from '../src/excel/flows';
import { translator } from '../src/i18n';
import { createFakeWorkbook } from '../test/fakes';
import { WEB } from '../test/excel/helpers';
import { asFakeSheet, generated, type Shape } from './sheets';

const TABLE: OutputParts = { tableColumns: true, summary: false, agencySheets: false };
const AGENCIES: OutputParts = { tableColumns: false, summary: true, agencySheets: true };

async function main(): Promise<void> {
  const shape = (process.argv[2] ?? 'score') as Shape;
  const rows = Number(process.argv[3] ?? 20_000);
  const fake = createFakeWorkbook({ sheets: [asFakeSheet(generated(shape, rows))], maxBytesPerSync: 5_000_000, latencyMs: 0 });
  const checked = (await fake.run((ctx) => checkSheet(ctx, { capabilities: WEB }))).result;
  if (!checked.ok) throw new Error(`no table in the generated ${shape} sheet`);
  const options = (include: OutputParts) => ({ capabilities: WEB, t: translator('vi'), lang: 'vi' as const, include });
  for (const [step, include] of [['write-columns', TABLE], ['write-agency-sheets', AGENCIES]] as const) {
    fake.resetStats();
    await fake.run((ctx) => writeOutput(ctx, checked.analysis, options(include)));
    const mb = fake.stats.bytesPerSync.map((b) => (b / 1e6).toFixed(3));
    console.log(`${shape} ${rows} ${step}: ${fake.stats.syncs} syncs, MB per sync ${mb.join(' ')}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

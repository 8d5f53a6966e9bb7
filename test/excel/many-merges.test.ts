/**
 * Range.getMergedAreasOrNullObject "will fail to return the result" above 512 merged areas (its
 * ExcelApi 1.13 reference). The check before writing asks it of the cells the tool would write: with
 * more than 512 merged areas there, the write is still refused for the right reason, naming the merged
 * range, and nothing is written.
 */
import { asFakeSheet, generateScoreSheet } from '../support/generate-plan';
import { writeOutput } from '../../src/excel/flows';
import { ExcelAdapterError } from '../../src/excel/errors';
import { analysisOf, TABLE, workbook, writeOptions } from './helpers';

it('refuses to write over merged cells even when there are more than 512 of them, naming one', async () => {
  const sheet = asFakeSheet(generateScoreSheet(700));
  // Columns G:H, right of the six-column table, where the tool writes: 600 merged pairs.
  const merges = Array.from({ length: 600 }, (_, i) => `G${i + 10}:H${i + 10}`);
  const fake = workbook({ sheets: [{ ...sheet, merges }] });
  const analysis = await analysisOf(fake);
  const before = fake.snapshot();
  const failure = await fake.run((ctx) => writeOutput(ctx, analysis, writeOptions(TABLE))).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(ExcelAdapterError);
  // The first merged pair over a cell the tool fills (rows without output leave their pair alone).
  expect(failure).toMatchObject({ messageKey: 'excel.error.mergedOutput', params: { range: expect.stringMatching(/^G(\d+):H\1$/) } });
  expect(fake.snapshot()).toEqual(before);
}, 120_000);

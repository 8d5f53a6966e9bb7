import { MARKER_SHEET } from '../../src/domain/plan/types';
import { parseMarker } from '../../src/domain/plan/marker';
import { layout, type Parts, type ToolClaims } from './compare';
import { runCli } from '../support/cli';

/** What a scored copy's marker says the tool wrote: the claims comparePackages allows it. */
export function claimsOf(parts: Parts): ToolClaims {
  const xml = Buffer.from(parts[layout(parts).sheets.get(MARKER_SHEET)!]!).toString('utf8');
  const text = /<t[^>]*>([^<]*)<\/t>/.exec(xml)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const marker = parseMarker(text)!;
  return { tableSheet: marker.tableSheet!, tableColumns: marker.tableColumns, sheets: marker.sheets, markerSheet: MARKER_SHEET };
}

/** `check --json` of a workbook in English, without its file name: equal for copies that read alike. */
export async function checkReport(file: string): Promise<unknown> {
  const { code, stdout } = await runCli(['check', file, '--json', '--lang', 'en']);
  return { code, ...JSON.parse(stdout), file: null };
}

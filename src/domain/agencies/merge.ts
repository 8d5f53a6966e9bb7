import type { Fixed } from '../fixed';
import type { AgencyKind } from '../parse/types';
import { sumKnown } from '../score/values';
import { compareVi } from '../text';
import type { AgencySummary } from './types';

/** One workbook's agency summaries, labelled with the file they came from. */
export interface AgencySource {
  readonly file: string;
  readonly agencies: readonly AgencySummary[];
}

/** One canonical agency (or group) across every workbook of a folder. */
export interface MergedAgency {
  readonly name: string;
  readonly kind: AgencyKind;
  /** The files that name it, in the order the sources were given, each once. */
  readonly files: readonly string[];
  /** Criteria it leads, summed over the files (a criterion led in two files counts twice). */
  readonly criteria: number;
  readonly max: Fixed | null;
  readonly score: Fixed | null;
  readonly target: Fixed | null;
  readonly lost: Fixed | null;
  readonly gapToTarget: Fixed | null;
  /** Tasks it leads and tasks it coordinates (task tables). */
  readonly tasks: number;
  readonly coordinates: number;
}

interface Accumulator {
  readonly name: string;
  readonly kind: AgencyKind;
  readonly files: string[];
  criteria: number;
  readonly max: (Fixed | null)[];
  readonly score: (Fixed | null)[];
  readonly target: (Fixed | null)[];
  readonly lost: (Fixed | null)[];
  readonly gap: (Fixed | null)[];
  tasks: number;
  coordinates: number;
}

function startFor(a: AgencySummary): Accumulator {
  return {
    name: a.name,
    kind: a.kind,
    files: [],
    criteria: 0,
    max: [],
    score: [],
    target: [],
    lost: [],
    gap: [],
    tasks: 0,
    coordinates: 0,
  };
}

/** Agencies first, then groups, each in Vietnamese order; the same order summarizeAgencies uses. */
export function compareAgencies(x: { name: string; kind: AgencyKind }, y: { name: string; kind: AgencyKind }): number {
  if (x.kind !== y.kind) return x.kind === 'agency' ? -1 : 1;
  return compareVi(x.name, y.name) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0);
}

/**
 * Adds up each canonical agency's summaries over the files of a folder. Names are already canonical
 * (the parser maps "SNV" and "Sở Nội Vụ" to "Sở Nội vụ"), so equal names are one agency. A group
 * ("UBND cấp huyện") stays its own entry, never spread over agencies. Points are summed exactly over
 * the values that are known; an agency with no known value keeps null rather than a made-up 0.
 */
export function mergeAgencies(sources: readonly AgencySource[]): MergedAgency[] {
  const byKey = new Map<string, Accumulator>();
  for (const source of sources) {
    for (const a of source.agencies) {
      // One name could in principle be read as an agency in one file and a group in another: keep them apart.
      const key = `${a.kind}\u0000${a.name}`;
      let acc = byKey.get(key);
      if (!acc) {
        acc = startFor(a);
        byKey.set(key, acc);
      }
      if (!acc.files.includes(source.file)) acc.files.push(source.file);
      acc.criteria += a.totals.count;
      acc.max.push(a.totals.max);
      acc.score.push(a.totals.score);
      acc.target.push(a.totals.target);
      acc.lost.push(a.totals.lost);
      acc.gap.push(a.totals.gapToTarget);
      acc.tasks += a.tasks.length;
      acc.coordinates += a.coordinates.length;
    }
  }
  return [...byKey.values()]
    .map(
      (acc): MergedAgency => ({
        name: acc.name,
        kind: acc.kind,
        files: acc.files,
        criteria: acc.criteria,
        max: sumKnown(acc.max),
        score: sumKnown(acc.score),
        target: sumKnown(acc.target),
        lost: sumKnown(acc.lost),
        gapToTarget: sumKnown(acc.gap),
        tasks: acc.tasks,
        coordinates: acc.coordinates,
      }),
    )
    .sort(compareAgencies);
}

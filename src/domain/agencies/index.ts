import type { AgencyKind, AgencyMention, Deadline } from '../parse/types';
import type { ScoreLine } from '../score/types';
import { sumKnownOf } from '../score/values';
import type { ReadTable, TableRow } from '../table/types';
import { compareVi } from '../text';
import type { AgencyCriterion, AgencySummary, AgencyTask } from './types';

export type { AgencySummary, AgencyCriterion, AgencyTask } from './types';
export { compareAgencies, mergeAgencies } from './merge';
export type { AgencySource, MergedAgency } from './merge';

interface Builder {
  readonly name: string;
  readonly kind: AgencyKind;
  readonly criteria: AgencyCriterion[];
  readonly tasks: AgencyTask[];
  readonly coordinates: AgencyTask[];
}

function uniqueNames(mentions: readonly AgencyMention[]): AgencyMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.name) ? false : (seen.add(m.name), true)));
}

function text(field: { readonly text: string } | null): string {
  return field?.text.trim() ?? '';
}

interface LeafLeads {
  readonly lines: ScoreLine[];
  /** The agencies leading lines[i]. */
  readonly leads: (readonly AgencyMention[])[];
}

/**
 * Leaves only, each led by its own lead or, when its cell is blank, by the nearest row above it in
 * the tree that names one: an agency's points are then never counted twice (area and criteria).
 */
function leafLeads(table: ReadTable, lines: readonly ScoreLine[]): LeafLeads {
  // Two parallel lists rather than a pair per leaf: one less object for every criterion of the table.
  const out: LeafLeads = { lines: [], leads: [] };
  if (lines.length === 0) return out;
  // Indexed by sheet row: arrays, not maps, for lookups made for every line of a long table.
  const leadAt: (readonly AgencyMention[] | undefined)[] = [];
  for (const r of table.rows) if (r.lead.length > 0) leadAt[r.row] = r.lead;
  const parentAt: (ScoreLine | undefined)[] = [];
  for (const line of lines) for (const child of line.childRows) parentAt[child] = line;
  // Rows share their lead lists (the reader gives equal cells one list): each is de-duplicated once.
  const unique = new Map<readonly AgencyMention[], AgencyMention[]>();
  for (const line of lines) {
    if (line.childRows.length > 0) continue;
    let current: ScoreLine | undefined = line;
    for (let guard = 0; current && guard < 8; guard++) {
      const lead = leadAt[current.row];
      if (lead !== undefined) {
        let names = unique.get(lead);
        if (names === undefined) {
          names = uniqueNames(lead);
          unique.set(lead, names);
        }
        out.lines.push(line);
        out.leads.push(names);
        break;
      }
      current = parentAt[current.row];
    }
  }
  return out;
}

function criterionOf(line: ScoreLine): AgencyCriterion {
  return {
    row: line.row,
    code: line.code,
    name: line.name,
    max: line.max,
    score: line.score,
    target: line.target,
    lost: line.lost,
    gapToTarget: line.gapToTarget,
  };
}

/** The task cell, and below it what the lead cell says besides its agencies: nothing the officer wrote is dropped. */
function taskText(row: TableRow): string {
  const task = text(row.task);
  const note = text(row.leadNote);
  return note === '' ? task : task === '' ? note : `${task}\n${note}`;
}

function taskOf(row: TableRow, agencies: readonly string[], deadlines: Map<string, Deadline>): AgencyTask {
  const name = text(row.name);
  return {
    row: row.row,
    codes: row.code.codes,
    criterion: name !== '' ? name : row.code.rest.trim(),
    task: taskText(row),
    product: text(row.product),
    deadline: row.deadline ? deadlineOnly(row.deadline, deadlines) : null,
    agencies,
  };
}

/** The other agencies on the task's row (co-leads and coordinators), as one agency's sheet lists them. */
export function partnersOf(task: AgencyTask, agency: string): string[] {
  return task.agencies.filter((name) => name !== agency);
}

/** One table reads one text as one deadline: rows that repeat "Thường xuyên" share a single copy. */
function deadlineOnly(deadline: NonNullable<TableRow['deadline']>, known: Map<string, Deadline>): Deadline {
  let shared = known.get(deadline.raw);
  if (shared === undefined) {
    const { cell: _cell, ...rest } = deadline;
    shared = rest;
    known.set(deadline.raw, shared);
  }
  return shared;
}

/** Who leads and who coordinates a row. */
interface RowRoles {
  readonly leads: readonly AgencyMention[];
  readonly coordinators: readonly AgencyMention[];
  /** Their names, leads first. */
  readonly everyone: readonly string[];
}

function rolesOnce(lead: readonly AgencyMention[], coordinating: readonly AgencyMention[]): RowRoles {
  const leads = uniqueNames(lead);
  const leadNames = new Set(leads.map((m) => m.name));
  // Named as lead and coordinator on one row: it leads.
  const coordinators = uniqueNames(coordinating).filter((m) => !leadNames.has(m.name));
  return { leads, coordinators, everyone: [...leads, ...coordinators].map((m) => m.name) };
}

/**
 * The reader gives rows with the same lead and coordinating cells the same lists: their roles are
 * worked out once per distinct pair (kept in `known`), not once per row.
 */
function rowRoles(known: RolesByLists, lead: readonly AgencyMention[], coordinating: readonly AgencyMention[]): RowRoles {
  let byCoordinating = known.get(lead);
  if (byCoordinating === undefined) {
    byCoordinating = new Map();
    known.set(lead, byCoordinating);
  }
  let roles = byCoordinating.get(coordinating);
  if (roles === undefined) {
    roles = rolesOnce(lead, coordinating);
    byCoordinating.set(coordinating, roles);
  }
  return roles;
}

type RolesByLists = Map<readonly AgencyMention[], Map<readonly AgencyMention[], RowRoles>>;

// Module functions with their state passed in, not closures made per call: V8 keeps a closure's
// optimised code only while one of its instances lives, so each summary compiled them again.
function builderFor(builders: Map<string, Builder>, mention: AgencyMention): Builder {
  let b = builders.get(mention.name);
  if (!b) {
    b = { name: mention.name, kind: mention.kind, criteria: [], tasks: [], coordinates: [] };
    builders.set(mention.name, b);
  }
  return b;
}

function addRowTask(builders: Map<string, Builder>, known: RolesByLists, deadlines: Map<string, Deadline>, row: TableRow): void {
  if (row.kind === 'total') return;
  const roles = rowRoles(known, row.lead, row.coordinating);
  if (roles.leads.length === 0 && roles.coordinators.length === 0) return;
  const task = taskOf(row, roles.everyone, deadlines);
  for (const m of roles.leads) builderFor(builders, m).tasks.push(task);
  for (const m of roles.coordinators) builderFor(builders, m).coordinates.push(task);
}

function hasTaskColumns(table: ReadTable): boolean {
  return table.layout.shape === 'task' || table.layout.columns.some((c) => c.role === 'task');
}

/*
 * The fields an agency's totals add up, as module functions: a callback made per call would lose
 * its optimised code at each full collection, and sumKnownOf runs over every criterion.
 */
const maxOf = (c: AgencyCriterion) => c.max;
const scoreOf = (c: AgencyCriterion) => c.score;
const targetOf = (c: AgencyCriterion) => c.target;
const lostOf = (c: AgencyCriterion) => c.lost;
const gapToTargetOf = (c: AgencyCriterion) => c.gapToTarget;

const byRow = (x: AgencyCriterion, y: AgencyCriterion) => x.row - y.row;

function summaryOf(b: Builder): AgencySummary {
  const criteria = [...b.criteria].sort(byRow);
  return {
    name: b.name,
    kind: b.kind,
    criteria,
    totals: {
      count: criteria.length,
      max: sumKnownOf(criteria, maxOf),
      score: sumKnownOf(criteria, scoreOf),
      target: sumKnownOf(criteria, targetOf),
      lost: sumKnownOf(criteria, lostOf),
      gapToTarget: sumKnownOf(criteria, gapToTargetOf),
    },
    tasks: b.tasks,
    coordinates: b.coordinates,
  };
}

/**
 * Per canonical agency: the criteria it leads (score tables), its tasks and the tasks it coordinates
 * (task tables). Agencies sorted in Vietnamese order, then group names ("UBND cấp huyện") as their
 * own entries: a group's task is never copied to each department.
 */
export function summarizeAgencies(table: ReadTable, lines: readonly ScoreLine[]): AgencySummary[] {
  const builders = new Map<string, Builder>();

  const leaves = leafLeads(table, lines);
  for (let i = 0; i < leaves.lines.length; i++) {
    // One read-only copy of the line, shared by the agencies that lead it.
    const criterion = criterionOf(leaves.lines[i]!);
    for (const mention of leaves.leads[i]!) builderFor(builders, mention).criteria.push(criterion);
  }

  if (hasTaskColumns(table)) {
    const known: RolesByLists = new Map();
    const deadlines = new Map<string, Deadline>();
    for (const row of table.rows) addRowTask(builders, known, deadlines, row);
  }

  const summaries: AgencySummary[] = [];
  for (const b of builders.values()) summaries.push(summaryOf(b));
  return summaries.sort((x, y) => (x.kind === y.kind ? compareVi(x.name, y.name) : x.kind === 'agency' ? -1 : 1));
}

/** How many agencies and how many groups `summarizeAgencies` would list. */
export interface AgencyCounts {
  readonly agencies: number;
  readonly groups: number;
}

function noteKind(kinds: Map<string, AgencyKind>, mentions: readonly AgencyMention[]): void {
  // The first mention's kind, as builderFor keeps it.
  for (const m of mentions) if (!kinds.has(m.name)) kinds.set(m.name, m.kind);
}

/**
 * The same agencies as `summarizeAgencies`, only counted: a report that prints the two counts (the CLI's
 * `check`) need not build every agency's criteria and task lists, nor sort them with the Vietnamese
 * collator, whose first use in a process loads ICU's collation data (bench/NOTES.md, "Check round 5").
 */
export function countAgencies(table: ReadTable, lines: readonly ScoreLine[]): AgencyCounts {
  const kinds = new Map<string, AgencyKind>();
  for (const leads of leafLeads(table, lines).leads) noteKind(kinds, leads);
  if (hasTaskColumns(table)) {
    const known: RolesByLists = new Map();
    for (const row of table.rows) {
      if (row.kind === 'total') continue;
      const roles = rowRoles(known, row.lead, row.coordinating);
      noteKind(kinds, roles.leads);
      noteKind(kinds, roles.coordinators);
    }
  }
  let agencies = 0;
  for (const kind of kinds.values()) if (kind === 'agency') agencies++;
  return { agencies, groups: kinds.size - agencies };
}

import type { AgencyKind, AgencyMention, Deadline } from '../parse/types';
import type { ScoreLine } from '../score/types';
import { sumKnown } from '../score/values';
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

/**
 * Leaves only, each led by its own lead or, when its cell is blank, by the nearest row above it in
 * the tree that names one: an agency's points are then never counted twice (area and criteria).
 */
function leafLeads(table: ReadTable, lines: readonly ScoreLine[]): Map<ScoreLine, readonly AgencyMention[]> {
  const out = new Map<ScoreLine, readonly AgencyMention[]>();
  if (lines.length === 0) return out;
  const leadByRow = new Map<number, readonly AgencyMention[]>();
  for (const r of table.rows) if (r.lead.length > 0) leadByRow.set(r.row, r.lead);
  const parentOf = new Map<number, ScoreLine>();
  for (const line of lines) for (const child of line.childRows) parentOf.set(child, line);
  // Rows share their lead lists (the reader gives equal cells one list): each is de-duplicated once.
  const unique = new Map<readonly AgencyMention[], AgencyMention[]>();
  for (const line of lines) {
    if (line.childRows.length > 0) continue;
    let current: ScoreLine | undefined = line;
    for (let guard = 0; current && guard < 8; guard++) {
      const lead = leadByRow.get(current.row);
      if (lead !== undefined) {
        let names = unique.get(lead);
        if (names === undefined) {
          names = uniqueNames(lead);
          unique.set(lead, names);
        }
        out.set(line, names);
        break;
      }
      current = parentOf.get(current.row);
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

/** What every agency's copy of a row's task shares: worked out once per row, not once per agency. */
type TaskBase = Omit<AgencyTask, 'partners'>;

function taskBase(row: TableRow, deadlines: Map<string, Deadline>): TaskBase {
  const name = text(row.name);
  return {
    row: row.row,
    codes: row.code.codes,
    criterion: name !== '' ? name : row.code.rest.trim(),
    task: text(row.task),
    product: text(row.product),
    deadline: row.deadline ? deadlineOnly(row.deadline, deadlines) : null,
  };
}

function taskOf(base: TaskBase, partners: readonly string[]): AgencyTask {
  return {
    row: base.row,
    codes: base.codes,
    criterion: base.criterion,
    task: base.task,
    product: base.product,
    deadline: base.deadline,
    partners,
  };
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

/** Who leads and who coordinates a row, and each one's partners on it. */
interface RowRoles {
  readonly leads: readonly AgencyMention[];
  readonly coordinators: readonly AgencyMention[];
  readonly leadPartners: readonly (readonly string[])[];
  readonly coordinatorPartners: readonly (readonly string[])[];
}

function rolesOnce(lead: readonly AgencyMention[], coordinating: readonly AgencyMention[]): RowRoles {
  const leads = uniqueNames(lead);
  const leadNames = new Set(leads.map((m) => m.name));
  // Named as lead and coordinator on one row: it leads.
  const coordinators = uniqueNames(coordinating).filter((m) => !leadNames.has(m.name));
  const everyone = [...leads, ...coordinators].map((m) => m.name);
  const others = (m: AgencyMention): string[] => everyone.filter((n) => n !== m.name);
  return { leads, coordinators, leadPartners: leads.map(others), coordinatorPartners: coordinators.map(others) };
}

/**
 * The reader gives rows with the same lead and coordinating cells the same lists: their roles and
 * partner lists are worked out once and shared by every copy of the task (an agency sheet of a long
 * plan holds thousands), instead of once per row and agency.
 */
function rowRoles(): (lead: readonly AgencyMention[], coordinating: readonly AgencyMention[]) => RowRoles {
  const known = new Map<readonly AgencyMention[], Map<readonly AgencyMention[], RowRoles>>();
  return (lead, coordinating) => {
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
  };
}

function hasTaskColumns(table: ReadTable): boolean {
  return table.layout.shape === 'task' || table.layout.columns.some((c) => c.role === 'task');
}

/**
 * Per canonical agency: the criteria it leads (score tables), its tasks and the tasks it coordinates
 * (task tables). Agencies sorted in Vietnamese order, then group names ("UBND cấp huyện") as their
 * own entries: a group's task is never copied to each department.
 */
export function summarizeAgencies(table: ReadTable, lines: readonly ScoreLine[]): AgencySummary[] {
  const builders = new Map<string, Builder>();
  const builder = (mention: AgencyMention): Builder => {
    let b = builders.get(mention.name);
    if (!b) {
      b = { name: mention.name, kind: mention.kind, criteria: [], tasks: [], coordinates: [] };
      builders.set(mention.name, b);
    }
    return b;
  };

  for (const [line, leads] of leafLeads(table, lines)) {
    // One read-only copy of the line, shared by the agencies that lead it.
    const criterion = criterionOf(line);
    for (const mention of leads) builder(mention).criteria.push(criterion);
  }

  if (hasTaskColumns(table)) {
    const rolesOf = rowRoles();
    const deadlines = new Map<string, Deadline>();
    for (const row of table.rows) {
      if (row.kind === 'total') continue;
      const roles = rolesOf(row.lead, row.coordinating);
      if (roles.leads.length === 0 && roles.coordinators.length === 0) continue;
      const base = taskBase(row, deadlines);
      for (let i = 0; i < roles.leads.length; i++) builder(roles.leads[i]!).tasks.push(taskOf(base, roles.leadPartners[i]!));
      for (let i = 0; i < roles.coordinators.length; i++) {
        builder(roles.coordinators[i]!).coordinates.push(taskOf(base, roles.coordinatorPartners[i]!));
      }
    }
  }

  const summaries = [...builders.values()].map((b): AgencySummary => {
    const criteria = [...b.criteria].sort((x, y) => x.row - y.row);
    return {
      name: b.name,
      kind: b.kind,
      criteria,
      totals: {
        count: criteria.length,
        max: sumKnown(criteria.map((c) => c.max)),
        score: sumKnown(criteria.map((c) => c.score)),
        target: sumKnown(criteria.map((c) => c.target)),
        lost: sumKnown(criteria.map((c) => c.lost)),
        gapToTarget: sumKnown(criteria.map((c) => c.gapToTarget)),
      },
      tasks: b.tasks,
      coordinates: b.coordinates,
    };
  });
  return summaries.sort((x, y) => (x.kind === y.kind ? compareVi(x.name, y.name) : x.kind === 'agency' ? -1 : 1));
}

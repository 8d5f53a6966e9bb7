import type { Fixed } from '../fixed';
import type { Lang } from '../../i18n/types';

/**
 * The id of a built-in set: one registered in the criteria-set registry (registry.ts), which is the
 * only place the ids are listed. A plain string because the registry is open: a province's own set or
 * a revised national one is added by registering it, not by widening a type.
 */
export type CriteriaSetId = string;
export type BuiltInSetId = CriteriaSetId;
/** What a user picks by name: a built-in set, or let the sheet decide. */
export type CriteriaChoice = CriteriaSetId | 'auto';
/** What the engine accepts: a choice by name, or a set object (a custom one read from a sheet or file). */
export type CriteriaSpec = CriteriaChoice | CriteriaSet;

/** Where a set comes from: embedded data, a workbook sheet, or a JSON file. */
export type CriteriaSource =
  | { readonly kind: 'built-in' }
  | { readonly kind: 'sheet'; readonly sheet: string; readonly file?: string }
  | { readonly kind: 'file'; readonly file: string };

export type NodeLevel = 'area' | 'criterion' | 'subcriterion' | 'item';

/** Where a node's points come from. 'mixed' only on areas that combine self-assessment and survey. */
export type NodeKind = 'self-assessment' | 'leader-survey' | 'sipas' | 'socio-economic' | 'mixed';

export interface CriteriaNode {
  readonly code: string;
  readonly parent: string | null;
  readonly level: NodeLevel;
  readonly name: string;
  /** null when the sources do not give it: never guessed. */
  readonly max: Fixed | null;
  readonly kind: NodeKind;
  /** Area-level split of the maximum by source (e.g. area 2: self 6 + survey 4), when known. */
  readonly split?: Readonly<Partial<Record<Exclude<NodeKind, 'mixed'>, Fixed>>>;
  /** Other codes the same node is printed under (Kế hoạch Vĩnh Phúc 2024 renumbering). */
  readonly aliases: readonly string[];
  /** The documents (short names in docs/sources.md) and parts the node was read from. */
  readonly sources: readonly string[];
}

export interface CriteriaSet {
  /** A built-in id, or a custom id (never one of the built-in ids). */
  readonly id: string;
  readonly title: string;
  /** The legal basis, e.g. "Quyết định 876/QĐ-BNV ngày 10/11/2022". */
  readonly basis: string;
  readonly total: Fixed;
  /** True when the set is known to be incomplete (par-2022: the plans name most, not all, nodes). */
  readonly partial: boolean;
  readonly nodes: readonly CriteriaNode[];
  /** Absent on embedded sets (read as built-in). */
  readonly source?: CriteriaSource;
  /** A custom set built as a patch of this built-in set (filled maxima, added or renamed nodes). */
  readonly extends?: CriteriaSetId;
  /**
   * The national methodology the set follows, when it follows one: what methodology help
   * (renumbered codes, mixed methodologies, the plans' other wordings) is judged against.
   */
  readonly methodology?: CriteriaSetId;
}

/** Lookup helpers built once per set. */
export interface CriteriaIndex {
  readonly set: CriteriaSet;
  byCode(code: string): CriteriaNode | undefined;
  /** Resolves an alias to its node; returns the node for a canonical code too. */
  resolve(code: string): CriteriaNode | undefined;
  children(code: string | null): readonly CriteriaNode[];
  areas(): readonly CriteriaNode[];
}

/** Text in each language the product speaks. */
type InEachLang<T = string> = Readonly<Record<Lang, T>>;

/**
 * One built-in set as the registry holds it: everything the CLI, the pane, the worksheet functions
 * and detection need to know about the set, so that adding a set is adding its data and one entry.
 */
export interface CriteriaSetEntry {
  /** What users type or pick (`--criteria`, the pane's picker, a formula's set argument): lower case. */
  readonly id: CriteriaSetId;
  /** The embedded tree (its `id` must be the entry's): typed here, its tree checked on first use, its shape by the schema tests. */
  readonly data: CriteriaSet;
  /** Other wordings the source documents print for a node's name, by code. */
  readonly nameVariants: Readonly<Record<string, readonly string[]>>;
  /**
   * What a custom set's "extends" / "methodology" cell may write to name this set ("2022", "876"),
   * matched within the cell's text without diacritics or case; the first registered set that matches wins.
   */
  readonly aliases: readonly string[];
  /** The set's name in the picker, the pane header and the usage text. */
  readonly names: InEachLang;
  /** Short area names that fit a narrow pane, by area code (optional: the sheet's names are shown otherwise). */
  readonly areaNames?: InEachLang<Readonly<Record<string, string>>>;
  /**
   * The warning when a table mixes methodologies and is checked against this set: it names this set
   * and, by the placeholder {other}, the other set the table's codes come from.
   */
  readonly mixedMethodology: InEachLang;
}

/**
 * Finds every Office.js member the shipping code touches and the requirement set each belongs to,
 * as the type declarations (@types/office-js, @types/custom-functions-runtime) document it: the
 * `[Api set: NAME X.Y]` line of the Excel and custom functions APIs, or the
 * `**Requirement set**: {@link … | NAME X.Y}` line of the common APIs. One ts.Program over src/.
 *
 * A member whose set the manifest does not declare (at that version or higher) must be guarded:
 * reached only where a condition has checked the set. The guards recognised are
 * - a call of a function or method named `isSetSupported` with literal arguments
 *   (`isSetSupported('Settings')`, `requirements.isSetSupported('CustomFunctionsRuntime', '1.2')`);
 * - a read of a `Capabilities` flag (src/excel/capabilities.ts), whose set and version are taken
 *   from the `isSetSupported` call that detectCapabilities() makes for that flag;
 * and the condition must hold where the member is used: the `then` branch of an `if`, the true
 * branch of `?:`, the right side of `&&`, or the statements after `if (!guard) return|throw`. It
 * also holds for a member reached through `const x = guard ? value : null`, through a `let x = null`
 * given values only under a guard, in a function whose every call in the scanned code is guarded
 * (a closure's body counts as run where it is created), and under `if (flag)` when `flag` is a
 * boolean parameter every caller passes a guard for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
/** Development-only code (the playground, the dist server) never runs inside Office. */
const EXCLUDED = [path.join(SRC, 'dev') + path.sep];
const TYPE_PACKAGES = [`${path.sep}@types${path.sep}office-js${path.sep}`, `${path.sep}@types${path.sep}custom-functions-runtime${path.sep}`];

export interface SetVersion {
  readonly set: string;
  readonly version: string;
}

export interface MemberUse extends SetVersion {
  /** e.g. `Excel.Range.getMergedAreasOrNullObject`. */
  readonly member: string;
  /** src-relative `file:line`. */
  readonly where: string;
  /** The annotation as written, for the failure message. */
  readonly annotation: string;
  /** Sets checked by the conditions around this use. */
  readonly guards: readonly SetVersion[];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function covers(have: SetVersion, need: SetVersion): boolean {
  return have.set.toLowerCase() === need.set.toLowerCase() && compareVersions(have.version, need.version) >= 0;
}

/** The `<Requirements><Sets>` of an add-in only manifest. */
export function manifestSets(xml: string): SetVersion[] {
  const sets = /<Requirements>[\s\S]*?<Sets\b([^>]*)>([\s\S]*?)<\/Sets>/.exec(xml);
  if (!sets) return [];
  const defaultVersion = /DefaultMinVersion="([^"]+)"/.exec(sets[1]!)?.[1] ?? '1.1';
  return [...sets[2]!.matchAll(/<Set\b([^>]*)\/?>/g)].map((m) => ({
    set: /Name="([^"]+)"/.exec(m[1]!)![1]!,
    version: /MinVersion="([^"]+)"/.exec(m[1]!)?.[1] ?? defaultVersion,
  }));
}

export type Access = 'read' | 'write' | 'call';

/**
 * The set a JSDoc names, for the way the member is used. Some annotations give a version per use
 * ("ExcelApi 1.1 for get, 1.8 for set"; "1.1 for reading visibility; 1.2 for setting it"): a read
 * takes the get/read version, a write the set one. Otherwise, when a second version names a part
 * of the member the test cannot tell apart ("1.7 for Array"), the highest version counts.
 */
export function annotationSet(doc: string, access: Access = 'call'): (SetVersion & { annotation: string }) | null {
  const apiSet = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)([^\]]*)\]/.exec(doc);
  if (apiSet) {
    const annotation = apiSet[0].replace(/\s+/g, ' ');
    const parts = [...`${apiSet[2]}${apiSet[3]}`.matchAll(/(\d+\.\d+)\s*(?:for\s+([^,;\]]*))?/g)].map((m) => ({ version: m[1]!, use: m[2] ?? '' }));
    const byUse = (pattern: RegExp) => parts.find((p) => pattern.test(p.use));
    const chosen = access === 'write' ? byUse(/\bset/i) : access === 'read' ? byUse(/\b(get|read)/i) : undefined;
    const version = chosen?.version ?? parts.map((p) => p.version).sort(compareVersions).at(-1)!;
    return { set: apiSet[1]!, version, annotation };
  }
  const requirement = /\*\*Requirement set\*\*:\s*\{@link [^|}]*\|\s*([^}]+?)\s*\}/.exec(doc);
  if (requirement) {
    const text = requirement[1]!;
    if (/not in a set/i.test(text)) return null;
    const m = /^([A-Za-z]+)(?:\s+(\d+\.\d+))?$/.exec(text);
    // A set named without a version is version 1.1 (Microsoft's isSetSupported defaults to it).
    if (m) return { set: m[1]!, version: m[2] ?? '1.1', annotation: `Requirement set: ${text}` };
  }
  return null;
}

function isTypeDeclarationFile(file: string): boolean {
  const normalized = path.normalize(file);
  return TYPE_PACKAGES.some((p) => normalized.includes(p));
}

/** The node whose leading comment is the declaration's JSDoc. */
function jsDocHost(decl: ts.Declaration): ts.Node {
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent)) return decl.parent.parent;
  return decl;
}

function jsDocOf(decl: ts.Declaration): string {
  const host = jsDocHost(decl);
  const sf = host.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, host.getFullStart()) ?? [];
  const last = ranges.at(-1);
  return last ? sf.text.slice(last.pos, last.end) : '';
}

function qualifiedName(decl: ts.Declaration): string {
  const parts: string[] = [];
  let node: ts.Node | undefined = decl;
  while (node && !ts.isSourceFile(node)) {
    const name = (node as { name?: ts.Node }).name;
    if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) parts.unshift(name.text);
    node = node.parent;
  }
  return parts.join('.');
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (EXCLUDED.some((e) => (full + path.sep).startsWith(e))) continue;
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** The last program, whose parsed files (office-js's 9 MB of declarations above all) the next one reuses. */
let previous: ts.Program | undefined;

function createProgram(rootNames: readonly string[]): ts.Program {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  // Only Office's global typings: Node's and Jest's cannot name an Office.js member, and skipping
  // them saves a quarter of the time (custom-functions-runtime comes by functions.ts's reference).
  previous = ts.createProgram(rootNames, { ...parsed.options, noEmit: true, types: ['office-js'] }, undefined, previous);
  return previous;
}

function stringLiteral(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** `isSetSupported('Name', 'X.Y')` anywhere in the node (the first one found). */
function findIsSetSupported(node: ts.Node): { set: string; version: ts.Expression | undefined } | undefined {
  let found: { set: string; version: ts.Expression | undefined } | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && calleeName(n) === 'isSetSupported') {
      const set = stringLiteral(n.arguments[0]);
      if (set) {
        found = { set, version: n.arguments[1] };
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/**
 * The set behind each Capabilities flag, read from detectCapabilities(): each flag's initializer
 * calls a helper with a version literal, and that helper calls isSetSupported with the set's name.
 */
export function capabilityTable(program: ts.Program): Map<string, SetVersion> {
  const file = program.getSourceFile(path.join(SRC, 'excel', 'capabilities.ts'));
  if (!file) throw new Error('src/excel/capabilities.ts is not in the program');
  const detect = file.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === 'detectCapabilities');
  if (!detect?.body) throw new Error('detectCapabilities() not found in src/excel/capabilities.ts');
  const helpers = new Map<string, string>();
  const table = new Map<string, SetVersion>();
  const visit = (n: ts.Node): void => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
      const call = findIsSetSupported(n.initializer);
      if (call) helpers.set(n.name.text, call.set);
    }
    if (ts.isReturnStatement(n) && n.expression && ts.isObjectLiteralExpression(n.expression)) {
      for (const prop of n.expression.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isIdentifier(prop.name)) continue;
        const init = prop.initializer;
        if (ts.isCallExpression(init) && ts.isIdentifier(init.expression)) {
          const set = helpers.get(init.expression.text);
          const version = stringLiteral(init.arguments[0]);
          if (set && version) table.set(prop.name.text, { set, version });
        } else if (ts.isCallExpression(init) && calleeName(init) === 'isSetSupported') {
          const set = stringLiteral(init.arguments[0]);
          if (set) table.set(prop.name.text, { set, version: stringLiteral(init.arguments[1]) ?? '1.1' });
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(detect.body);
  return table;
}

function skipParens(e: ts.Expression): ts.Expression {
  let out = e;
  while (ts.isParenthesizedExpression(out) || ts.isNonNullExpression(out)) out = out.expression;
  return out;
}

function isCapabilitiesFlag(access: ts.PropertyAccessExpression, checker: ts.TypeChecker): boolean {
  const symbol = checker.getSymbolAtLocation(access.name);
  const decl = symbol?.declarations?.[0];
  if (!decl || !ts.isPropertySignature(decl)) return false;
  const owner = decl.parent;
  return (
    ts.isInterfaceDeclaration(owner) &&
    owner.name.text === 'Capabilities' &&
    path.normalize(decl.getSourceFile().fileName) === path.join(SRC, 'excel', 'capabilities.ts')
  );
}

function exits(statement: ts.Statement): boolean {
  if (ts.isReturnStatement(statement) || ts.isThrowStatement(statement) || ts.isContinueStatement(statement) || ts.isBreakStatement(statement)) return true;
  if (ts.isBlock(statement)) {
    const last = statement.statements.at(-1);
    return last !== undefined && exits(last);
  }
  return false;
}

/** A function one can name, and so find the calls of. */
type Callable = ts.FunctionDeclaration | ts.MethodDeclaration | ts.VariableDeclaration;

function callableOf(node: ts.Node): Callable | undefined {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) return node;
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent)) return node.parent;
  return undefined;
}

/** The root variable of `a.b?.c()`, `a!.b`: the value the member is reached through. */
function rootIdentifier(expression: ts.Expression): ts.Identifier | undefined {
  let e: ts.Expression = expression;
  for (;;) {
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    else if (ts.isCallExpression(e)) e = e.expression;
    else break;
  }
  return ts.isIdentifier(e) ? e : undefined;
}

class Guards {
  /** Calls of each function declared in src, found once. */
  private readonly calls = new Map<ts.Node, ts.CallExpression[]>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly flags: Map<string, SetVersion>,
    sources: readonly ts.SourceFile[],
  ) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        let symbol = checker.getSymbolAtLocation(node.expression);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        for (const decl of symbol?.declarations ?? []) {
          const list = this.calls.get(decl) ?? [];
          list.push(node);
          this.calls.set(decl, list);
        }
      }
      ts.forEachChild(node, visit);
    };
    for (const sf of sources) visit(sf);
  }

  /**
   * The sets a condition establishes when it is true. A boolean parameter counts as the guard its
   * callers pass for it (`readOnce(…, caps.mergedAreas)` then `if (withMerges)`), when every call does.
   */
  private whenTrue(condition: ts.Expression, depth = 0): SetVersion[] {
    const e = skipParens(condition);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      return [...this.whenTrue(e.left, depth), ...this.whenTrue(e.right, depth)];
    }
    if (ts.isIdentifier(e) && depth < 4) {
      const decl = this.checker.getSymbolAtLocation(e)?.valueDeclaration;
      const callable = decl && ts.isParameter(decl) ? callableOf(decl.parent) : undefined;
      const calls = callable ? (this.calls.get(callable) ?? []) : [];
      if (decl && ts.isParameter(decl) && calls.length > 0) {
        const index = decl.parent.parameters.indexOf(decl);
        const perCall = calls.map((call) => (call.arguments[index] ? this.whenTrue(call.arguments[index]!, depth + 1) : []));
        return perCall[0]!.filter((fact) => perCall.every((facts) => facts.some((f) => covers(f, fact))));
      }
    }
    if (ts.isCallExpression(e) && calleeName(e) === 'isSetSupported') {
      const set = stringLiteral(e.arguments[0]);
      if (set) return [{ set, version: stringLiteral(e.arguments[1]) ?? '1.1' }];
    }
    if (ts.isPropertyAccessExpression(e) && isCapabilitiesFlag(e, this.checker)) {
      const fact = this.flags.get(e.name.text);
      if (fact) return [fact];
    }
    return [];
  }

  /** The sets a condition establishes when it is false (for `if (!guard) return;`). */
  private whenFalse(condition: ts.Expression): SetVersion[] {
    const e = skipParens(condition);
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return this.whenTrue(e.operand);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) return [...this.whenFalse(e.left), ...this.whenFalse(e.right)];
    return [];
  }

  /**
   * A `const x = guard ? value : null` (or `guard && value ? value : null`): the value exists only
   * when the guard held, so members reached through x are guarded by it.
   */
  private throughVariable(use: ts.Node): SetVersion[] {
    const target = ts.isPropertyAccessExpression(use) ? use.expression : ts.isCallExpression(use.parent) ? use.parent.expression : undefined;
    const root = target && rootIdentifier(target);
    const decl = root && this.checker.getSymbolAtLocation(root)?.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return [];
    if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return this.throughAssignments(decl);
    const init = skipParens(decl.initializer);
    if (ts.isConditionalExpression(init) && init.whenFalse.kind === ts.SyntaxKind.NullKeyword) return this.whenTrue(init.condition);
    return [];
  }

  /**
   * A `let x = null` given a value only where a guard held (`if (withMerges) x = …`): the sets
   * established at every assignment of a value other than null.
   */
  private throughAssignments(decl: ts.VariableDeclaration): SetVersion[] {
    if (!decl.initializer || decl.initializer.kind !== ts.SyntaxKind.NullKeyword || !ts.isIdentifier(decl.name)) return [];
    const symbol = this.checker.getSymbolAtLocation(decl.name);
    const scope = ts.findAncestor(decl, (n) => ts.isBlock(n) || ts.isSourceFile(n));
    if (!symbol || !scope) return [];
    const assignments: ts.BinaryExpression[] = [];
    const visit = (n: ts.Node): void => {
      if (
        ts.isBinaryExpression(n) &&
        n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isIdentifier(n.left) &&
        this.checker.getSymbolAtLocation(n.left) === symbol &&
        n.right.kind !== ts.SyntaxKind.NullKeyword
      ) {
        assignments.push(n);
      }
      ts.forEachChild(n, visit);
    };
    visit(scope);
    if (assignments.length === 0) return [];
    const perAssignment = assignments.map((a) => this.at(a));
    return perAssignment[0]!.filter((fact) => perAssignment.every((facts) => facts.some((f) => covers(f, fact))));
  }

  /**
   * Every set established where `node` runs: conditions around it (a closure's body runs only after
   * the code creating it did, so the walk goes on past function boundaries) and, for a function,
   * the sets established at every one of its calls in src.
   */
  at(node: ts.Node, seen = new Set<ts.Node>()): SetVersion[] {
    const facts: SetVersion[] = [...this.throughVariable(node)];
    let child: ts.Node = node;
    let parent: ts.Node | undefined = node.parent;
    while (parent) {
      if (ts.isIfStatement(parent) && child === parent.thenStatement) facts.push(...this.whenTrue(parent.expression));
      if (ts.isIfStatement(parent) && child === parent.elseStatement) facts.push(...this.whenFalse(parent.expression));
      if (ts.isConditionalExpression(parent) && child === parent.whenTrue) facts.push(...this.whenTrue(parent.condition));
      if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) {
        facts.push(...this.whenTrue(parent.left));
      }
      if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
        for (const statement of parent.statements) {
          if (statement === child) break;
          if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) facts.push(...this.whenFalse(statement.expression));
        }
      }
      const callable = callableOf(parent);
      if (callable && !seen.has(callable)) facts.push(...this.atEveryCall(callable, seen));
      child = parent;
      parent = parent.parent;
    }
    return facts;
  }

  /** The sets established at every call of a function (none if it is never called in src). */
  private atEveryCall(callable: Callable, seen: Set<ts.Node>): SetVersion[] {
    const calls = this.calls.get(callable) ?? [];
    if (calls.length === 0) return [];
    const next = new Set(seen).add(callable);
    const perCall = calls.map((call) => this.at(call, next));
    return perCall[0]!.filter((fact) => perCall.every((facts) => facts.some((f) => covers(f, fact))));
  }
}

function officeDeclarations(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Declaration[] {
  if (!symbol) return [];
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (resolved.declarations ?? []).filter((d) => isTypeDeclarationFile(d.getSourceFile().fileName));
}

function accessOf(node: ts.Node): Access {
  if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) return 'write';
  if (ts.isStringLiteral(node)) return 'read';
  const parent = node.parent;
  if (ts.isCallExpression(parent) && parent.expression === node) return 'call';
  if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
    return 'write';
  }
  return 'read';
}

export interface Scan {
  readonly uses: MemberUse[];
  readonly capabilityFlags: Map<string, SetVersion>;
  readonly files: number;
}

/** The shipping code: src/ without src/dev. */
export function scanShippingCode(): Scan {
  return scanFiles(listSources(SRC), (file) => file.startsWith(SRC + path.sep) && !EXCLUDED.some((e) => file.startsWith(e)));
}

/** The given files (src/excel/capabilities.ts is added for its flags); `scanned` picks the ones walked. */
export function scanFiles(rootNames: readonly string[], scanned: (file: string) => boolean): Scan {
  const program = createProgram([...rootNames, path.join(SRC, 'excel', 'capabilities.ts')]);
  const checker = program.getTypeChecker();
  const flags = capabilityTable(program);
  const uses: MemberUse[] = [];
  const sources = program.getSourceFiles().filter((sf) => !sf.isDeclarationFile && scanned(path.normalize(sf.fileName)));
  const guards = new Guards(checker, flags, sources);

  const record = (node: ts.Node, decls: readonly ts.Declaration[]): void => {
    let best: (SetVersion & { annotation: string; member: string }) | null = null;
    for (const decl of decls) {
      const found = annotationSet(jsDocOf(decl), accessOf(node));
      if (found && (!best || compareVersions(found.version, best.version) > 0)) best = { ...found, member: qualifiedName(decl) };
    }
    if (!best) return;
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    uses.push({ ...best, where: `${path.relative(ROOT, sf.fileName).split(path.sep).join('/')}:${line}`, guards: guards.at(node) });
  };

  /** The members a `load('a, b/c')` or `load(['a'])` call names, on the object it is called on. */
  const loadedMembers = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const type = checker.getTypeAtLocation(receiver).getNonNullableType();
    const names: { node: ts.Node; name: string }[] = [];
    for (const arg of call.arguments) {
      const text = stringLiteral(arg);
      if (text !== undefined) names.push(...text.split(',').map((n) => ({ node: arg, name: n.trim() })));
      if (ts.isArrayLiteralExpression(arg)) {
        for (const el of arg.elements) {
          const t = stringLiteral(el);
          if (t !== undefined) names.push({ node: el, name: t.trim() });
        }
      }
    }
    for (const { node, name } of names) {
      const first = name.split(/[/.]/)[0];
      if (first) record(node, officeDeclarations(type.getProperty(first), checker));
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      let decls = officeDeclarations(checker.getSymbolAtLocation(node.name), checker);
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node && decls.length > 0) {
        const signature = checker.getResolvedSignature(call)?.declaration;
        if (signature && isTypeDeclarationFile(signature.getSourceFile().fileName)) decls = [signature];
        if (node.name.text === 'load') loadedMembers(call, node.expression);
      }
      record(node, decls);
    } else if (ts.isElementAccessExpression(node) && stringLiteral(node.argumentExpression) !== undefined) {
      // `range['values']`: the same member by another spelling.
      record(node, officeDeclarations(checker.getSymbolAtLocation(node.argumentExpression), checker));
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      // `const { workbook } = context`: a read of each name taken out.
      const key = node.propertyName ?? node.name;
      const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
      const type = checker.getTypeAtLocation(node.parent).getNonNullableType();
      if (name) record(node, officeDeclarations(type.getProperty(name), checker));
    } else if (ts.isObjectLiteralExpression(node)) {
      // `range.set({ format: … })`, `conditionalFormats.add(…)` option objects: their keys are members too.
      const contextual = checker.getContextualType(node);
      if (contextual) {
        const types = contextual.isUnion() ? contextual.types : [contextual];
        for (const prop of node.properties) {
          const name = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;
          if (name) record(prop, types.flatMap((t) => officeDeclarations(t.getProperty(name), checker)));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of sources) visit(sf);
  return { uses, capabilityFlags: flags, files: sources.length };
}

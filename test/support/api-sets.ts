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
 * branch of `?:`, the right side of `&&`, or the statements after `if (!guard) return|throw`.
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

/**
 * The set a JSDoc names. Some annotations give a second version for part of the member ("1.1 for
 * get, 1.8 for set"); the highest one counts, since the test cannot tell which part is used.
 */
export function annotationSet(doc: string): (SetVersion & { annotation: string }) | null {
  const apiSet = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)([^\]]*)\]/.exec(doc);
  if (apiSet) {
    const more = [...apiSet[3]!.matchAll(/\b(\d+\.\d+)\b/g)].map((m) => m[1]!);
    const version = [apiSet[2]!, ...more].sort(compareVersions).at(-1)!;
    return { set: apiSet[1]!, version, annotation: apiSet[0].replace(/\s+/g, ' ') };
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

function createProgram(): ts.Program {
  const configPath = path.join(ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return ts.createProgram(listSources(SRC), { ...parsed.options, noEmit: true });
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

/** The sets a condition establishes when it is true. */
function factsOf(condition: ts.Expression, checker: ts.TypeChecker, flags: Map<string, SetVersion>): SetVersion[] {
  const e = skipParens(condition);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return [...factsOf(e.left, checker, flags), ...factsOf(e.right, checker, flags)];
  }
  if (ts.isCallExpression(e) && calleeName(e) === 'isSetSupported') {
    const set = stringLiteral(e.arguments[0]);
    if (set) return [{ set, version: stringLiteral(e.arguments[1]) ?? '1.1' }];
  }
  if (ts.isPropertyAccessExpression(e) && isCapabilitiesFlag(e, checker)) {
    const fact = flags.get(e.name.text);
    if (fact) return [fact];
  }
  return [];
}

/** The sets a condition establishes when it is false (for `if (!guard) return;`). */
function factsWhenFalse(condition: ts.Expression, checker: ts.TypeChecker, flags: Map<string, SetVersion>): SetVersion[] {
  const e = skipParens(condition);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return factsOf(e.operand, checker, flags);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    return [...factsWhenFalse(e.left, checker, flags), ...factsWhenFalse(e.right, checker, flags)];
  }
  return [];
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

/** Every set established by the conditions under which `node` runs, up to its enclosing function. */
function guardsAt(node: ts.Node, checker: ts.TypeChecker, flags: Map<string, SetVersion>): SetVersion[] {
  const facts: SetVersion[] = [];
  let child: ts.Node = node;
  let parent: ts.Node | undefined = node.parent;
  while (parent && !ts.isSourceFile(parent)) {
    if (ts.isIfStatement(parent) && child === parent.thenStatement) facts.push(...factsOf(parent.expression, checker, flags));
    if (ts.isConditionalExpression(parent) && child === parent.whenTrue) facts.push(...factsOf(parent.condition, checker, flags));
    if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && child === parent.right) {
      facts.push(...factsOf(parent.left, checker, flags));
    }
    if (ts.isBlock(parent) || ts.isSourceFile(parent)) {
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (ts.isIfStatement(statement) && !statement.elseStatement && exits(statement.thenStatement)) {
          facts.push(...factsWhenFalse(statement.expression, checker, flags));
        }
      }
    }
    if (ts.isFunctionLike(parent)) break;
    child = parent;
    parent = parent.parent;
  }
  return facts;
}

function officeDeclarations(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): ts.Declaration[] {
  if (!symbol) return [];
  const resolved = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (resolved.declarations ?? []).filter((d) => isTypeDeclarationFile(d.getSourceFile().fileName));
}

export interface Scan {
  readonly uses: MemberUse[];
  readonly capabilityFlags: Map<string, SetVersion>;
  readonly files: number;
}

export function scanShippingCode(): Scan {
  const program = createProgram();
  const checker = program.getTypeChecker();
  const flags = capabilityTable(program);
  const uses: MemberUse[] = [];
  const sources = program.getSourceFiles().filter((sf) => {
    const file = path.normalize(sf.fileName);
    return file.startsWith(SRC + path.sep) && !EXCLUDED.some((e) => file.startsWith(e)) && !sf.isDeclarationFile;
  });

  const record = (node: ts.Node, decls: readonly ts.Declaration[]): void => {
    let best: (SetVersion & { annotation: string; member: string }) | null = null;
    for (const decl of decls) {
      const found = annotationSet(jsDocOf(decl));
      if (found && (!best || compareVersions(found.version, best.version) > 0)) best = { ...found, member: qualifiedName(decl) };
    }
    if (!best) return;
    const sf = node.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    uses.push({ ...best, where: `${path.relative(ROOT, sf.fileName)}:${line}`, guards: guardsAt(node, checker, flags) });
  };

  /** The members a `load('a, b/c')` or `load(['a'])` call names, on the object it is called on. */
  const loadedMembers = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const type = checker.getTypeAtLocation(receiver);
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
      if (!first) continue;
      const prop = type.getNonNullableType().getProperty(first);
      record(node, officeDeclarations(prop, checker));
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      let decls = officeDeclarations(checker.getSymbolAtLocation(node.name), checker);
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node) {
        const signature = checker.getResolvedSignature(call)?.declaration;
        if (signature && isTypeDeclarationFile(signature.getSourceFile().fileName)) decls = [signature];
        if (node.name.text === 'load' && decls.length > 0) loadedMembers(call, node.expression);
      }
      record(node, decls);
    } else if (ts.isObjectLiteralExpression(node)) {
      // `range.set({ format: … })`, `conditionalFormats.add(…)` option objects: their keys are members too.
      const contextual = checker.getContextualType(node);
      if (contextual) {
        for (const prop of node.properties) {
          if (!prop.name || !(ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) continue;
          const types = contextual.isUnion() ? contextual.types : [contextual];
          const decls = types.flatMap((t) => officeDeclarations(t.getProperty(prop.name!.text as string), checker));
          record(prop, decls);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const sf of sources) visit(sf);
  return { uses, capabilityFlags: flags, files: sources.length };
}

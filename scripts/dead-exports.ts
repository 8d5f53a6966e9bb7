/**
 * Lists what src/ exports that no other module uses, and the modules under src/ that nothing
 * imports (index files most of all), so they can be removed rather than kept "in case":
 *
 *   npx tsx scripts/dead-exports.ts
 *
 * Users are looked for in src/, test/, scripts/ and bench/, through the type checker (a name
 * imported through an index file counts for the module that declares it). Each line says:
 *   unused    file:line  name   exported, used in its own module only (drop `export`) or nowhere
 *   test-only file:line  name   used by tests or scripts only (keep it if that test is meaningful)
 *   unimported file             no module imports it (fine for an entry point: webpack, bin, npm scripts)
 */
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.join(__dirname, '..');
const rel = (file: string): string => path.relative(ROOT, file);

function program(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  const more = ts.sys.readDirectory(ROOT, ['.ts', '.tsx'], ['node_modules', 'dist'], ['src/**/*', 'test/**/*', 'scripts/**/*', 'bench/**/*']);
  return ts.createProgram([...new Set([...config.fileNames, ...more])], { ...config.options, noEmit: true });
}

const p = program();
const checker = p.getTypeChecker();
const ours = p.getSourceFiles().filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes('node_modules'));

/** Declared symbol -> the files that name it. */
const users = new Map<ts.Symbol, Set<string>>();
/** Module file -> the files that import it. */
const importers = new Map<string, Set<string>>();

function use(symbol: ts.Symbol | undefined, from: string): void {
  if (!symbol) return;
  let target = symbol;
  if (target.flags & ts.SymbolFlags.Alias) {
    try {
      target = checker.getAliasedSymbol(target);
    } catch {
      return;
    }
  }
  const set = users.get(target) ?? new Set<string>();
  set.add(from);
  users.set(target, set);
}

function moduleSpecifier(node: ts.Node): ts.Node | undefined {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) return node.moduleSpecifier;
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) return node.argument.literal;
  const dynamic = ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'));
  return dynamic && node.arguments[0] && ts.isStringLiteral(node.arguments[0]) ? node.arguments[0] : undefined;
}

for (const sf of ours) {
  const from = rel(sf.fileName);
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      use(checker.getSymbolAtLocation(node), from);
      if (ts.isShorthandPropertyAssignment(node.parent)) use(checker.getShorthandAssignmentValueSymbol(node.parent), from);
    }
    // `const { a } = require('./m') as typeof import('./m')`: the property of the module's type.
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const name = node.propertyName ?? node.name;
      if (ts.isIdentifier(name)) use(checker.getTypeAtLocation(node.parent).getProperty(name.text), from);
    }
    const spec = moduleSpecifier(node);
    const target = spec && checker.getSymbolAtLocation(spec)?.declarations?.[0]?.getSourceFile().fileName;
    if (target) {
      const set = importers.get(rel(target)) ?? new Set<string>();
      set.add(from);
      importers.set(rel(target), set);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

for (const sf of ours) {
  const file = rel(sf.fileName);
  if (!file.startsWith(`src${path.sep}`)) continue;
  if (!importers.has(file)) console.log(`unimported\t${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = target.declarations?.[0];
    // A re-export is reported where the name is declared.
    if (!declaration || rel(declaration.getSourceFile().fileName) !== file) continue;
    const others = [...(users.get(target) ?? [])].filter((f) => f !== file);
    const line = sf.getLineAndCharacterOfPosition(declaration.getStart()).line + 1;
    if (others.length === 0) console.log(`unused\t${file}:${line}\t${exported.name}`);
    else if (!others.some((f) => f.startsWith(`src${path.sep}`))) console.log(`test-only\t${file}:${line}\t${exported.name}\t${others.join(' ')}`);
  }
}

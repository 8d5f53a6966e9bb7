import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import * as ts from 'typescript';

/*
 * The top-level folders of src/ depend on each other one way only (domain at the bottom, the
 * adapters and the pane above it). A cycle between two folders means neither can be understood,
 * tested or replaced without the other, so this scan fails on the first one.
 */

const SRC = resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function folderOf(file: string): string {
  return relative(SRC, file).split(sep)[0]!;
}

/** Folder -> folders its files import (type-only imports count: they tie the folders too). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    if (!graph.has(from)) graph.set(from, new Set());
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName);
      if (!target.startsWith(SRC + sep)) continue;
      const to = folderOf(target);
      if (to !== from) graph.get(from)!.add(to);
    }
  }
  return graph;
}

/** Each cycle found by depth-first search, as the folders around it (first folder repeated at the end). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const walk = (node: string, path: string[]): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      found.push([...path.slice(at), node]);
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) walk(node, []);
  return found;
}

describe('imports between src/ folders', () => {
  const graph = folderGraph();

  it('sees the folders and the edges it is meant to judge', () => {
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['domain', 'excel', 'taskpane', 'commands', 'i18n', 'xlsx', 'cli']));
    expect(graph.get('taskpane')).toContain('excel');
    expect(graph.get('taskpane')).toContain('commands');
    expect(graph.get('excel')).toContain('domain');
  });

  it('has no cycle', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('the search does report a cycle when there is one', () => {
    const looped = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(looped).map((c) => c.join(' -> '))).toEqual(['a -> b -> c -> a']);
  });
});

/**
 * The house rules as checks over source text, for tests/unit/architecture.test.ts.
 * Each check takes a set of files (path → text) and returns its violations as
 * `path:line message` strings, so a test can read real files or a small sample.
 */
import { posix } from 'node:path';
import ts from 'typescript';

/** Source files by repository path (`src/lib/dates.ts`), text as written. */
export type SourceFiles = ReadonlyMap<string, string>;

/** An import from one source file, resolved to another when it is local. */
export interface ImportEdge {
  from: string;
  /** The resolved repository path, or the package name for a bare specifier. */
  to: string;
  line: number;
  /** False for `import type` and `export type`: erased before the code runs. */
  runtime: boolean;
  /** `import()` loads later, on demand: it cannot make a cycle at load time. */
  dynamic: boolean;
}

const CODE_EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.astro'];

/**
 * The code of a file as TypeScript: an .astro file's frontmatter and scripts, with the
 * markup blanked out (newlines kept, so line numbers still match the file).
 */
export function codeOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const blank = (part: string) => part.replace(/[^\n]/g, ' ');
  const frontmatter = /^---\n[\s\S]*?\n---/.exec(text);
  let code = '';
  let index = 0;
  if (frontmatter) {
    code = `   ${frontmatter[0].slice(3, -3)}   `;
    index = frontmatter[0].length;
  }
  const script = /(<script\b[^>]*>)([\s\S]*?)<\/script>/g;
  script.lastIndex = index;
  for (let match = script.exec(text); match; match = script.exec(text)) {
    code += blank(text.slice(index, match.index + match[1]!.length)) + match[2]!;
    index = match.index + match[0].length - '</script>'.length;
  }
  return code + blank(text.slice(index));
}

// Every check walks the same files: parse each text once.
const parsed = new Map<string, ts.SourceFile>();

function parse(path: string, text: string): ts.SourceFile {
  const key = `${path}\0${text}`;
  let file = parsed.get(key);
  if (!file) {
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    file = ts.createSourceFile(path, codeOf(path, text), ts.ScriptTarget.Latest, true, kind);
    parsed.set(key, file);
  }
  return file;
}

function lineOf(node: ts.Node): number {
  const file = node.getSourceFile();
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

function resolve(from: string, specifier: string, files: SourceFiles): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = posix.join(posix.dirname(from), specifier);
  const bare = base.replace(/\.(js|mjs)$/, '');
  const candidates = [
    base,
    ...CODE_EXTENSIONS.map((ext) => bare + ext),
    `${base}/index.ts`,
    `${base}/index.tsx`,
  ];
  return candidates.find((candidate) => files.has(candidate)) ?? base;
}

// Under verbatimModuleSyntax (astro/tsconfigs/base.json) only `import type` is erased:
// `import { type A } from './a'` still loads ./a, so it counts as a runtime import.
function isRuntimeImport(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return !node.isTypeOnly;
  return !node.importClause?.isTypeOnly;
}

/** Every import, re-export and `import()` of every file. */
export function importsOf(files: SourceFiles): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [path, text] of files) {
    const visit = (node: ts.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        const specifier = (node.moduleSpecifier as ts.StringLiteral).text;
        edges.push({
          from: path,
          to: resolve(path, specifier, files),
          line: lineOf(node),
          runtime: isRuntimeImport(node),
          dynamic: false,
        });
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteralLike(node.arguments[0])
      ) {
        const to = resolve(path, node.arguments[0].text, files);
        edges.push({ from: path, to, line: lineOf(node), runtime: true, dynamic: true });
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(path, text));
  }
  return edges;
}

/** Identifiers used as values (not types, not property names, not declared names). */
function valueIdentifiers(file: ts.SourceFile): ts.Identifier[] {
  const found: ts.Identifier[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isInterfaceDeclaration(node)) return;
    if (ts.isTypeAliasDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ((ts.isVariableDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isFunctionDeclaration(parent) ||
          ts.isBindingElement(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isPropertySignature(parent) ||
          ts.isMethodDeclaration(parent)) &&
          parent.name === node);
      if (!isName) found.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Names a file declares anywhere (variables, parameters, functions, bindings). */
function declaredNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isVariableDeclaration(node) ||
        ts.isParameter(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isBindingElement(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    ) {
      names.add(node.name.text);
    }
    if (ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node)) {
      if (node.name) names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/**
 * Uses of browser globals as values. A file that declares its own variable of the same
 * name (`const window = …`) is taken to mean that one: lib code names call windows so.
 */
export function globalUses(files: SourceFiles, globals: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [path, text] of files) {
    const file = parse(path, text);
    const declared = declaredNames(file);
    for (const id of valueIdentifiers(file)) {
      if (globals.has(id.text) && !declared.has(id.text)) found.push(`${path}:${lineOf(id)} uses ${id.text}`);
    }
    // The same globals reached through the global object: `window.localStorage`.
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        GLOBAL_OBJECTS.has(node.expression.text) &&
        globals.has(node.name.text)
      ) {
        found.push(`${path}:${lineOf(node)} uses ${node.expression.text}.${node.name.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self']);

/** Calls of methods on `document` (`document.querySelector(…)`): what a file looks up in the page. */
export function documentLookups(files: SourceFiles, methods: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const [path, text] of files) {
    const visit = (node: ts.Node): void => {
      if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'document' &&
        methods.has(node.name.text)
      ) {
        found.push(`${path}:${lineOf(node)} document.${node.name.text}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(path, text));
  }
  return found;
}

/** Whether formatter options are written out with a `timeZone` (options passed in a variable are not known). */
function namesTimeZone(options: ts.Expression | undefined): boolean {
  return (
    options !== undefined &&
    ts.isObjectLiteralExpression(options) &&
    options.properties.some(
      (property) =>
        (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
        ts.isIdentifier(property.name) &&
        property.name.text === 'timeZone',
    )
  );
}

/** Dates read in the device's own time zone: local getters, `new Date()`, `Date.now()`, local constructors. */
export function localTimeReads(files: SourceFiles): string[] {
  const LOCAL_METHODS = new Set([
    'getFullYear',
    'getMonth',
    'getDate',
    'getDay',
    'getHours',
    'getMinutes',
    'getSeconds',
    'getTimezoneOffset',
    'setFullYear',
    'setMonth',
    'setDate',
    'setHours',
    'setMinutes',
    'setSeconds',
    'toLocaleDateString',
    'toLocaleTimeString',
    'toDateString',
    'toTimeString',
  ]);
  const found: string[] = [];
  for (const [path, text] of files) {
    const visit = (node: ts.Node): void => {
      const at = () => `${path}:${lineOf(node)}`;
      if (ts.isPropertyAccessExpression(node) && LOCAL_METHODS.has(node.name.text)) {
        found.push(`${at()} .${node.name.text}()`);
      } else if (
        ts.isNewExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'Date'
      ) {
        const count = node.arguments?.length ?? 0;
        if (count === 0) found.push(`${at()} new Date()`);
        if (count > 1) found.push(`${at()} new Date(year, month, …)`);
      } else if (
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'Date' &&
        node.name.text === 'now'
      ) {
        found.push(`${at()} Date.now()`);
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isPropertyAccessExpression(node.expression) &&
        ts.isIdentifier(node.expression.expression) &&
        node.expression.expression.text === 'Intl' &&
        node.expression.name.text === 'DateTimeFormat' &&
        !namesTimeZone(node.arguments?.[1])
      ) {
        // A formatter with no time zone of its own formats in the device's.
        found.push(`${at()} Intl.DateTimeFormat without a timeZone`);
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(path, text));
  }
  return found;
}

/** Import cycles among local files that run at load time (type-only and `import()` edges left out). */
export function runtimeCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.runtime || edge.dynamic) continue;
    const targets = next.get(edge.from) ?? new Set<string>();
    targets.add(edge.to);
    next.set(edge.from, targets);
  }
  // Tarjan's strongly connected components: each with more than one file, or a file
  // importing itself, is a cycle.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || next.get(node)?.has(node)) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) connect(node);
  return cycles;
}

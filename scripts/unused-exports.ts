/**
 * Lists every `export` of src/ that no other file imports (src/, tests/, scripts/):
 *   npx tsx scripts/unused-exports.ts   (also: npm run unused-exports; exit code 1 when there is any)
 * tests/architecture/exports.test.ts runs the same function and fails on any result, with no allow-list: a name
 * only its own file uses is not exported, and code nothing uses is deleted.
 *
 * How a name counts as used, read from each file's syntax with the TypeScript parser (no type checking, so the
 * whole project takes a second or two):
 * - `import { a, b as c } from "./x"`, `import d from "./x"` (default), `import type …`;
 * - `import * as ns from "./x"` and `typeof import("./x").a`: each `ns.a` / `ns.A` read; `ns` used any other way
 *   (passed along, spread) uses every export of ./x;
 * - `await import("./x")` destructured (`const { a } = …`) or kept in a variable and read as `m.a`, and
 *   `import("./x").then((m) => m.a)`; `() => import("./x")` returned as it is (React.lazy) uses `default`;
 *   a dynamic import used any other way uses every export;
 * - a re-export (`export { a } from "./x"`, `export * from "./x"`, `import { a } …; export { a }`) is an export
 *   of its own file; it passes a use on to ./x only when its own name is used.
 * A file's own uses of its exports do not count, and neither does `jest.mock` (it names a module, not a name).
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

/** A file of the program: its name (relative to the project, "/"-separated) and its text. */
export interface SourceText {
  fileName: string;
  text: string;
}

/** An export nothing else imports. */
export interface UnusedExport {
  fileName: string;
  name: string;
  /** 1-based line of its declaration. */
  line: number;
}

const ALL = "*";
const EXTENSIONS = ["", ".ts", ".tsx", ".d.ts", ".js", "/index.ts", "/index.tsx", "/index.js"];

interface ExportEntry {
  line: number;
  /** Set for a re-export: the file and name it forwards to. */
  forwardsTo?: { fileName: string; name: string };
}

interface FileFacts {
  exports: Map<string, ExportEntry>;
  /** `export * from` targets. */
  stars: string[];
  /** Names this file uses of other files (ALL for every export). */
  uses: { fileName: string; name: string }[];
}

/**
 * The exports of the files `isChecked` selects that no other file uses, sorted by file and line.
 *
 * @example
 * unusedExports([{ fileName: "src/a.ts", text: "export const a = 1; export const b = 2;" },
 *                { fileName: "src/main.ts", text: 'import { a } from "./a"; console.log(a);' }],
 *               (f) => f === "src/a.ts") // => [{ fileName: "src/a.ts", name: "b", line: 1 }]
 */
export function unusedExports(
  sources: readonly SourceText[],
  isChecked: (fileName: string) => boolean,
): UnusedExport[] {
  const known = new Set(sources.map((source) => source.fileName));
  const resolve = (from: string, specifier: string): string | undefined => {
    if (!specifier.startsWith(".")) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    for (const extension of EXTENSIONS) if (known.has(base + extension)) return base + extension;
    return undefined;
  };
  const facts = new Map<string, FileFacts>();
  for (const source of sources) facts.set(source.fileName, factsOf(source, resolve));

  const used = new Set<string>();
  const queue: { fileName: string; name: string }[] = [];
  for (const [fileName, fileFacts] of facts)
    for (const use of fileFacts.uses) if (use.fileName !== fileName) queue.push(use);
  while (queue.length > 0) {
    const { fileName, name } = queue.pop()!;
    const key = `${fileName}\u0000${name}`;
    if (used.has(key)) continue;
    used.add(key);
    const target = facts.get(fileName);
    if (!target) continue;
    const names = name === ALL ? [...target.exports.keys()] : [name];
    for (const each of names) {
      used.add(`${fileName}\u0000${each}`);
      const forwardsTo = target.exports.get(each)?.forwardsTo;
      if (forwardsTo) queue.push(forwardsTo);
    }
    if (name === ALL || !target.exports.has(name))
      for (const star of target.stars) if (name !== "default") queue.push({ fileName: star, name });
  }

  const unused: UnusedExport[] = [];
  for (const [fileName, fileFacts] of facts) {
    if (!isChecked(fileName)) continue;
    for (const [name, entry] of fileFacts.exports)
      if (!used.has(`${fileName}\u0000${name}`)) unused.push({ fileName, name, line: entry.line });
  }
  return unused.sort(
    (a, b) => a.fileName.localeCompare(b.fileName) || a.line - b.line || a.name.localeCompare(b.name),
  );
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function hasDefaultModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
  );
}

function bindingNames(name: ts.BindingName, into: string[]): string[] {
  if (ts.isIdentifier(name)) into.push(name.text);
  else
    for (const element of name.elements)
      if (!ts.isOmittedExpression(element)) bindingNames(element.name, into);
  return into;
}

function specifierText(node: ts.Expression | undefined): string | undefined {
  return node && ts.isStringLiteralLike(node) ? node.text : undefined;
}

function factsOf(
  source: SourceText,
  resolve: (from: string, specifier: string) => string | undefined,
): FileFacts {
  const kind = source.fileName.endsWith(".tsx")
    ? ts.ScriptKind.TSX
    : source.fileName.endsWith(".js")
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS;
  const file = ts.createSourceFile(source.fileName, source.text, ts.ScriptTarget.Latest, true, kind);
  const facts: FileFacts = { exports: new Map(), stars: [], uses: [] };
  const lineOf = (node: ts.Node): number => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const addExport = (name: string, node: ts.Node, forwardsTo?: ExportEntry["forwardsTo"]): void => {
    if (!facts.exports.has(name)) facts.exports.set(name, { line: lineOf(node), forwardsTo });
  };
  const markUse = (fileName: string | undefined, name: string): void => {
    if (fileName) facts.uses.push({ fileName, name });
  };
  /** Local names bound by imports: `import { a as b }` → b → (file, a). */
  const imported = new Map<string, { fileName: string; name: string }>();
  /** Identifiers standing for a whole module (namespace imports, awaited dynamic imports). */
  const namespaces = new Map<string, string>();
  const namespaceDeclarations = new Set<ts.Node>();

  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const target = resolve(source.fileName, specifierText(statement.moduleSpecifier) ?? "");
      const clause = statement.importClause;
      if (!target || !clause) continue;
      if (clause.name) {
        markUse(target, "default");
        imported.set(clause.name.text, { fileName: target, name: "default" });
      }
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        namespaces.set(bindings.name.text, target);
        namespaceDeclarations.add(bindings.name);
      } else if (bindings) {
        for (const element of bindings.elements) {
          const name = (element.propertyName ?? element.name).text;
          markUse(target, name);
          imported.set(element.name.text, { fileName: target, name });
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const target = resolve(source.fileName, specifierText(statement.moduleSpecifier) ?? "");
      const clause = statement.exportClause;
      if (statement.moduleSpecifier) {
        if (!target) continue;
        if (!clause) facts.stars.push(target);
        else if (ts.isNamespaceExport(clause))
          addExport(clause.name.text, statement, { fileName: target, name: ALL });
        else
          for (const element of clause.elements)
            addExport(element.name.text, element, {
              fileName: target,
              name: (element.propertyName ?? element.name).text,
            });
      } else if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          // Re-exporting an imported name forwards the use; the import itself is then no use of its own.
          addExport(element.name.text, element, imported.get(local));
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      addExport("default", statement);
    } else if (hasExportModifier(statement)) {
      if (hasDefaultModifier(statement)) addExport("default", statement);
      else if (ts.isVariableStatement(statement))
        for (const declaration of statement.declarationList.declarations)
          for (const name of bindingNames(declaration.name, [])) addExport(name, declaration);
      else {
        const name = (statement as ts.DeclarationStatement).name;
        if (name && ts.isIdentifier(name)) addExport(name.text, statement);
      }
    }
  }
  // An `import { a }` that is only re-exported (`export { a }`) is a use only if the re-export is used.
  for (const [name, entry] of facts.exports) {
    if (!entry.forwardsTo) continue;
    const index = facts.uses.findIndex(
      (u) => u.fileName === entry.forwardsTo!.fileName && u.name === entry.forwardsTo!.name,
    );
    if (index >= 0 && !isReferencedElsewhere(file, name)) facts.uses.splice(index, 1);
  }

  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      dynamicImport(node, resolve(source.fileName, specifierText(node.arguments[0]) ?? ""));
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      const specifier =
        ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal)
          ? argument.literal.text
          : undefined;
      const target = specifier ? resolve(source.fileName, specifier) : undefined;
      if (target) {
        const qualifier = node.qualifier;
        markUse(target, qualifier ? firstName(qualifier) : ALL);
      }
    } else if (ts.isIdentifier(node) && namespaces.has(node.text) && !namespaceDeclarations.has(node)) {
      const target = namespaces.get(node.text)!;
      const parent = node.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.expression === node)
        markUse(target, parent.name.text);
      else if (ts.isQualifiedName(parent) && parent.left === node) markUse(target, parent.right.text);
      else markUse(target, ALL);
    }
    ts.forEachChild(node, visit);
  };

  const dynamicImport = (call: ts.CallExpression, target: string | undefined): void => {
    if (!target) return;
    const parent = call.parent;
    if (ts.isAwaitExpression(parent)) {
      const holder = parent.parent;
      if (ts.isVariableDeclaration(holder) && ts.isObjectBindingPattern(holder.name)) {
        for (const element of holder.name.elements) {
          const key = element.propertyName ?? element.name;
          if (ts.isIdentifier(key)) markUse(target, key.text);
          else markUse(target, ALL);
        }
        return;
      }
      if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) {
        namespaces.set(holder.name.text, target);
        namespaceDeclarations.add(holder.name);
        return;
      }
      if (ts.isPropertyAccessExpression(holder)) return markUse(target, holder.name.text);
      if (ts.isParenthesizedExpression(holder) && ts.isPropertyAccessExpression(holder.parent))
        return markUse(target, holder.parent.name.text);
    }
    if (ts.isArrowFunction(parent) && parent.body === call) return markUse(target, "default");
    if (
      ts.isPropertyAccessExpression(parent) &&
      parent.name.text === "then" &&
      ts.isCallExpression(parent.parent)
    ) {
      const callback = parent.parent.arguments[0];
      const parameter = callback && ts.isFunctionLike(callback) ? callback.parameters[0] : undefined;
      if (parameter && ts.isIdentifier(parameter.name)) {
        namespaces.set(parameter.name.text, target);
        namespaceDeclarations.add(parameter.name);
        return;
      }
    }
    markUse(target, ALL);
  };

  visit(file);
  return facts;
}

/** The first name of `a.b.c` (`typeof import("./x").a.b` reads export a). */
function firstName(name: ts.EntityName): string {
  return ts.isIdentifier(name) ? name.text : firstName(name.left);
}

/** True when `name` appears in the file other than in import and export clauses. */
function isReferencedElsewhere(file: ts.SourceFile, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isIdentifier(node) && node.text === name) found = true;
    else ts.forEachChild(node, visit);
  };
  file.statements.forEach(visit);
  return found;
}

const SOURCE_FOLDERS = ["src", "tests", "scripts"];
const SOURCE_FILE = /\.(ts|tsx|js)$/;

/** The project's src/, tests/ and scripts/ files (ts, tsx, js), relative to `root`. */
export function projectSources(root: string): SourceText[] {
  const sources: SourceText[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(child);
      } else if (SOURCE_FILE.test(entry.name)) {
        sources.push({ fileName: child, text: fs.readFileSync(path.join(root, child), "utf8") });
      }
    }
  };
  for (const folder of SOURCE_FOLDERS) if (fs.existsSync(path.join(root, folder))) walk(folder);
  return sources;
}

/** The unused exports of the project's src/ (TypeScript files only). */
export function unusedProjectExports(root: string): UnusedExport[] {
  return unusedExports(
    projectSources(root),
    (fileName) => fileName.startsWith("src/") && /\.tsx?$/.test(fileName),
  );
}

/** One line per unused export: `src/a.ts:12: name`. */
export function describeUnused(unused: readonly UnusedExport[]): string {
  return unused.map((entry) => `${entry.fileName}:${entry.line}: ${entry.name}`).join("\n");
}

if (require.main === module) {
  const started = Date.now();
  const unused = unusedProjectExports(path.resolve(__dirname, ".."));
  if (unused.length > 0) console.log(describeUnused(unused));
  console.log(`${unused.length} unused export(s) in src/ (${Date.now() - started} ms).`);
  process.exitCode = unused.length > 0 ? 1 : 0;
}

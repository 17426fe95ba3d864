/**
 * Measures what the engine costs a browser page, and checks it stays host-neutral:
 * - bundles the core (`src/core.ts`, `@aslkit/engine/core`: everything but JSONata) with esbuild
 *   (minified ESM, browser platform) three ways: whole; our own code with jsonpath-plus (the
 *   engine's JSONPath library, which the 40 KB gzip target includes), every other package left
 *   external; and our own code alone. It reports each, and every folder's and package's share;
 * - bundles `src/core.ts` and `src/jsonata.ts` together with code splitting, as a page that loads
 *   JSONata on demand (`await import('@aslkit/engine/jsonata')`) gets them, and reports what the
 *   JSONata chunk adds: the `jsonata` package and our JSONata code, and checks that the core's
 *   own chunks do not contain the `jsonata` package;
 * - fails when a bundle contains a `node:` import, `new Function` or `eval(`;
 * - warns when our code with jsonpath-plus exceeds the 40 KB gzip target (a target, not an
 *   assertion).
 *
 * A share's gzip size is its part of the whole gzip: the output is compressed prefix by prefix,
 * and each step's growth is divided among the sources it holds (through the source map). It says
 * what removing a folder would save better than its minified size, since repeated text compresses.
 * `--files` lists the shares by file instead of by folder.
 *
 * jsonpath-plus is aliased to its core `src/jsonpath.js`, without the native-eval Script
 * (`jsonpath-browser.js` would pull in `vm`-like evaluation); its directory comes from its exported
 * `package.json`. An alias applies before `external`, so the build of our code alone leaves
 * jsonpath-plus unaliased to keep it external. Run: `node --conditions=source
 * scripts/bundle-size.ts [--files]` (from engine/).
 */
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions, type Metafile, type OutputFile } from 'esbuild';

const TARGET_BYTES = 40 * 1024;
const JSONPATH_PLUS = 'jsonpath-plus';
const OTHER_THIRD_PARTY = ['jsep', '@jsep-plugin/*', 'jsonata', '@noble/*'];
const engineDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(engineDir, 'package.json'));
const jsonpathPlusDir = dirname(require.resolve('jsonpath-plus/package.json'));
const jsonpathPlusCore = { [JSONPATH_PLUS]: join(jsonpathPlusDir, 'src/jsonpath.js') };
const listFiles = process.argv.includes('--files');

const COMMON: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  conditions: ['source'],
  logLevel: 'silent',
};

interface Bundle {
  code: string;
  metafile: Metafile;
  /** The source map, for the gzip shares. */
  map: string;
}

async function bundle(
  entry: string,
  options: Pick<BuildOptions, 'alias' | 'external'>,
): Promise<Bundle> {
  const result = await build({
    ...COMMON,
    ...options,
    entryPoints: [join(engineDir, entry)],
    sourcemap: 'external',
    outfile: join(engineDir, 'dist-size-check', 'core.js'),
  });
  const code = result.outputFiles?.find((file) => file.path.endsWith('.js'))?.text;
  const map = result.outputFiles?.find((file) => file.path.endsWith('.js.map'))?.text;
  if (code === undefined || map === undefined || result.metafile === undefined)
    throw new Error('esbuild produced no output');
  return { code, metafile: result.metafile, map };
}

/** The package an input file belongs to (the last node_modules segment), or our own folder. */
function packageOf(input: string): string {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0)
    return listFiles
      ? input.slice(input.lastIndexOf('src/'))
      : `src/${/src\/([^/]+)\//.exec(input)?.[1] ?? '(root)'}`;
  const match = /^((?:@[^/]+\/)?[^/]+)/.exec(input.slice(at + 'node_modules/'.length));
  return match?.[1] ?? input;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function shares(metafile: Metafile, outputs?: ReadonlySet<string>): Map<string, number> {
  const byPackage = new Map<string, number>();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (outputs !== undefined && !outputs.has(path)) continue;
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const name = packageOf(input);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return byPackage;
}

function printShares(byPackage: Map<string, number>, gzipShares?: Map<string, number>): void {
  const width = Math.max(24, ...[...byPackage.keys()].map((name) => name.length));
  for (const [name, bytes] of [...byPackage.entries()].sort((a, b) => b[1] - a[1])) {
    const gzip = gzipShares?.get(name);
    const gzipText = gzip === undefined ? '' : `, ${kb(gzip).padStart(8)} gzip`;
    console.log(`  ${name.padEnd(width)} ${kb(bytes).padStart(8)} minified${gzipText}`);
  }
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The (generated offset, source index) of every segment of a source map's `mappings`, in order. */
function mappedOffsets(code: string, mappings: string): [offset: number, source: number][] {
  const points: [number, number][] = [];
  let lineStart = 0;
  let source = 0;
  for (const line of mappings.split(';')) {
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        shift += 5;
        if ((digit & 32) === 0) {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1] ?? 0;
        points.push([lineStart + column, source]);
      }
    }
    lineStart = code.indexOf('\n', lineStart) + 1;
  }
  return points;
}

/**
 * Each package's or folder's part of the gzip size: the output is compressed prefix by prefix
 * (a step of about 1 KB), and each step's growth is divided among the sources it holds.
 */
function gzipShares({ code, map }: Bundle): Map<string, number> {
  const { sources, mappings } = JSON.parse(map) as { sources: string[]; mappings: string };
  const points = mappedOffsets(code, mappings);
  const byName = new Map<string, number>();
  let pending = new Map<string, number>();
  let stepStart = 0;
  let previousGzip = 0;
  points.forEach(([from, source], i) => {
    const to = points[i + 1]?.[0] ?? code.length;
    const name = packageOf(sources[source] ?? '');
    pending.set(name, (pending.get(name) ?? 0) + to - from);
    if (to - stepStart < 1024 && to < code.length) return;
    const gzip = gzipSync(code.slice(0, to)).length;
    for (const [pendingName, bytes] of pending)
      byName.set(
        pendingName,
        (byName.get(pendingName) ?? 0) + ((gzip - previousGzip) * bytes) / (to - stepStart),
      );
    previousGzip = gzip;
    stepStart = to;
    pending = new Map();
  });
  return byName;
}

/** The output files an entry loads: its own chunk and every chunk it imports statically. */
function loadedBy(metafile: Metafile, entry: string): Set<string> {
  const start = Object.entries(metafile.outputs).find(([, output]) =>
    output.entryPoint?.endsWith(entry),
  )?.[0];
  const loaded = new Set<string>();
  const pending = start === undefined ? [] : [start];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (loaded.has(path)) continue;
    loaded.add(path);
    for (const imported of metafile.outputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement') pending.push(imported.path);
  }
  return loaded;
}

/** The core and the JSONata entry split as a page that loads JSONata on demand gets them. */
async function splitBundles(): Promise<{ files: OutputFile[]; metafile: Metafile }> {
  const result = await build({
    ...COMMON,
    entryPoints: [join(engineDir, 'src/core.ts'), join(engineDir, 'src/jsonata.ts')],
    splitting: true,
    outdir: join(engineDir, 'dist-size-check'),
  });
  if (result.metafile === undefined) throw new Error('esbuild produced no metafile');
  return { files: result.outputFiles ?? [], metafile: result.metafile };
}

const problems: string[] = [];
function checkPurity(label: string, code: string): void {
  if (/["'`]node:[a-z_/]+["'`]/.test(code)) problems.push(`${label} imports a node: module`);
  if (/new Function\s*\(/.test(code)) problems.push(`${label} contains new Function(`);
  if (/(^|[^.\w$])eval\s*\(/.test(code)) problems.push(`${label} contains eval(`);
}

const coreWhole = await bundle('src/core.ts', { alias: jsonpathPlusCore });
const coreWithJsonpathPlus = await bundle('src/core.ts', {
  alias: jsonpathPlusCore,
  external: OTHER_THIRD_PARTY,
});
const coreOwn = await bundle('src/core.ts', { external: [JSONPATH_PLUS, ...OTHER_THIRD_PARTY] });
const wholeGzip = gzipSync(coreWhole.code).length;
const withJsonpathPlusGzip = gzipSync(coreWithJsonpathPlus.code).length;
const ownGzip = gzipSync(coreOwn.code).length;
checkPurity('the core bundle', coreWhole.code);

console.log('@aslkit/engine/core (everything but JSONata)');
console.log(
  `  whole bundle:              ${kb(coreWhole.code.length)} minified, ${kb(wholeGzip)} gzip`,
);
console.log(
  `  our code + jsonpath-plus:  ${kb(coreWithJsonpathPlus.code.length)} minified, ${kb(withJsonpathPlusGzip)} gzip (target < ${kb(TARGET_BYTES)})`,
);
console.log(
  `  our own code alone:        ${kb(coreOwn.code.length)} minified, ${kb(ownGzip)} gzip`,
);
console.log(`  other third-party (gzip):  ${kb(wholeGzip - withJsonpathPlusGzip)}`);
printShares(shares(coreWhole.metafile), gzipShares(coreWhole));

const split = await splitBundles();
const coreFiles = loadedBy(split.metafile, 'src/core.ts');
const jsonataFiles = new Set(
  [...loadedBy(split.metafile, 'src/jsonata.ts')].filter((path) => !coreFiles.has(path)),
);
const textOf = (paths: ReadonlySet<string>): string =>
  split.files
    .filter(
      (file) =>
        paths.has(relative(process.cwd(), file.path)) ||
        [...paths].some((path) => file.path.endsWith(path)),
    )
    .map((file) => file.text)
    .join('\n');
const jsonataChunk = textOf(jsonataFiles);
const jsonataShares = shares(split.metafile, jsonataFiles);
const jsonataOwnBytes = [...jsonataShares.entries()]
  .filter(([name]) => name.startsWith('src/'))
  .reduce((sum, [, bytes]) => sum + bytes, 0);
checkPurity('the JSONata chunk', jsonataChunk);
if ([...shares(split.metafile, coreFiles).keys()].includes('jsonata'))
  problems.push('the core chunks contain the jsonata package: JSONata is not loaded on demand');

console.log('@aslkit/engine/jsonata (loaded on demand, on top of the core)');
console.log(
  `  JSONata chunk:       ${kb(jsonataChunk.length)} minified, ${kb(gzipSync(jsonataChunk).length)} gzip`,
);
console.log(`  of which our code:   ${kb(jsonataOwnBytes)} minified`);
printShares(jsonataShares);
console.log(`inputs: ${Object.keys(coreWhole.metafile.inputs).length} files in the core bundle`);

for (const problem of problems) console.error(`FAIL: ${problem}`);
if (withJsonpathPlusGzip > TARGET_BYTES)
  console.warn(
    `WARNING: the core's own code with jsonpath-plus is ${kb(withJsonpathPlusGzip)} gzip, over the ${kb(TARGET_BYTES)} target`,
  );
process.exitCode = problems.length === 0 ? 0 : 1;

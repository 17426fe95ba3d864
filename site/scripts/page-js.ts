/**
 * The JavaScript of one built page, read from `site/dist`, in the order it loads: the page's own
 * scripts (module scripts, their static imports and inline scripts: before anyone touches
 * anything), the editor bundle (when an example scrolls into view), the engine worker (on the
 * first run), and what the worker imports on demand (the JSONata evaluator for JSONata
 * definitions, the exercise checker for exercises). Shared by `measure-js.ts` and the budget test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { pageScripts, staticClosure } from './js-graph.ts';

/** A lesson page may load at most this much gzipped JavaScript before the learner touches an example. */
export const LESSON_BUDGET_BYTES = 250 * 1024;

/** The JavaScript of one page, as URL paths of modules and gzipped sizes. */
export interface PageJs {
  page: string;
  /** Module scripts and their static imports. */
  initial: string[];
  /** Gzipped bytes of the page's inline scripts (Starlight's theme and sidebar scripts). */
  inlineBytes: number;
  /** The editor bundle: loads when an example scrolls into view. */
  editor: string[];
  /** The engine worker: loads on the first run. */
  engine: string[];
  /** Modules the worker imports only when a run needs them. */
  onDemand: string[];
}

/** Reads and measures the built site's JavaScript. */
export interface DistJs {
  page(page: string): PageJs;
  /** Gzipped size (level 9) of modules, counted once each. */
  gzip(modules: readonly string[]): number;
}

/** The inline scripts of an HTML page (no `src`, not a JSON data block). Pure. */
export function inlineScripts(html: string): string[] {
  const bodies: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/\bsrc=/.test(attributes) || /type="application\/(?:ld\+)?json"/.test(attributes)) continue;
    if ((match[2] ?? '').trim() !== '') bodies.push(match[2] ?? '');
  }
  return bodies;
}

/** The JavaScript of the site built into `dist`. */
export function distJs(dist: string): DistJs {
  const sizes = new Map<string, number>();
  const read = (urlPath: string): string => readFileSync(path.join(dist, urlPath), 'utf8');
  const gzipOne = (urlPath: string): number => {
    let size = sizes.get(urlPath);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(dist, urlPath)), { level: 9 }).length;
      sizes.set(urlPath, size);
    }
    return size;
  };
  return {
    page(page) {
      const html = read(path.posix.join(page, 'index.html'));
      const initial = staticClosure(pageScripts(html), read);
      const editor = staticClosure(initial.lazy, read);
      const engine = staticClosure(editor.lazy, read);
      const onDemand = staticClosure(engine.lazy, read);
      const outside = (modules: readonly string[], ...known: (readonly string[])[]): string[] => modules.filter((m) => !known.some((list) => list.includes(m)));
      const inline = inlineScripts(html);
      return {
        page,
        initial: initial.modules,
        inlineBytes: inline.length === 0 ? 0 : gzipSync(inline.join('\n'), { level: 9 }).length,
        editor: outside(editor.modules, initial.modules),
        engine: outside(engine.modules, initial.modules, editor.modules),
        onDemand: outside(onDemand.modules, initial.modules, editor.modules, engine.modules),
      };
    },
    gzip: (modules) => [...new Set(modules)].reduce((total, module) => total + gzipOne(module), 0),
  };
}

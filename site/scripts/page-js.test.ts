import { describe, expect, it } from 'vitest';

import { inlineScripts } from './page-js.ts';

describe('inlineScripts', () => {
  it('keeps inline scripts and leaves out external modules and JSON data blocks', () => {
    const html = [
      '<script>theme()</script>',
      '<script type="module">sidebar()</script>',
      '<script type="module" src="/runtime/asl-example.js"></script>',
      '<script type="application/json" data-part="mocks">{"A": []}</script>',
      '<script type="application/ld+json">{}</script>',
      '<script>  </script>',
    ].join('');
    expect(inlineScripts(html)).toStrictEqual(['theme()', 'sidebar()']);
  });
});

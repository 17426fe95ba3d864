/**
 * Offsets → 1-based line and column in a text. Line breaks are `\n`, `\r\n` and a lone `\r`, as
 * Jackson counts them; columns count UTF-16 code units, as JavaScript strings and editors do.
 */

/** A 1-based line and column. */
export interface LineColumn {
  line: number;
  column: number;
}

/** The line starts of one text, computed once, so that many offsets can be located cheaply. */
export class TextLines {
  readonly #starts: number[] = [0];

  /** @param text - the text to index */
  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) this.#starts.push(i + 1);
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.#starts.push(i + 1);
      }
    }
  }

  /**
   * Locates an offset.
   * @param offset - a UTF-16 offset into the text (clamped to the text)
   * @returns its line and column, both 1-based
   */
  at(offset: number): LineColumn {
    let low = 0;
    let high = this.#starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.#starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#starts[low] ?? 0) + 1 };
  }
}

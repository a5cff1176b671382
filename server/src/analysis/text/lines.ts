/**
 * Line starts of a text, computed once: markdown-it reports blocks by line
 * (`token.map`), and this table turns those lines into offsets. A line break
 * is `\r\n`, `\r` or `\n`, as markdown-it counts them.
 */
export class LineTable {
  /** Offset of the first character of each line. */
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // Without a carriage return (most texts) every break is "\n": the native search finds them
    // much faster than a loop over every character.
    if (text.indexOf('\r') < 0) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** Offset where line `line` starts (the text's length past the last line). */
  start(line: number): number {
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** Offset where line `line` ends, before its line break. */
  end(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let e = this.starts[line + 1];
    if (this.text.charCodeAt(e - 1) === 10) e--;
    if (this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }
}

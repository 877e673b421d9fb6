// A growable list of record numbers over a typed array kept between searches: the lists a
// keystroke gathers run to tens of thousands of records at the national size, and as plain
// arrays they were garbage every keystroke (a tenth of its time in collection).
export class RecordList {
  private data = new Int32Array(256);
  length = 0;

  clear(): this {
    this.length = 0;
    return this;
  }

  push(rec: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = rec;
  }

  /** The records so far, as a view the next clear() or push() may overwrite: read it before. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

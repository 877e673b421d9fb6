// Loaded into Electronegativity's process with --import. The tool writes its CSV report with two
// fs.writeFile calls that overlap (the header, truncating the file, and the rows, appending),
// so a report could come out with its rows cut or overwritten by the header. Here each
// fs.writeFile happens at once, in call order; its callback still runs later, as before.
import fs from 'node:fs';

fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  let error = null;
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options);
  } catch (caught) {
    error = caught;
  }
  if (done) process.nextTick(done, error);
};

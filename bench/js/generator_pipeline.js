// Translation of bench/generator_pipeline.py: a chain of generators consumed by a loop.
const N = 4000000;
const WINDOW = 8;

function* source(n, seed) {
  let state = seed;
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647; // < 2**47, exact in a double
    yield state % 100000;
  }
}

function* keep(items) {
  for (const x of items) {
    if (x % 3 !== 0) yield x;
  }
}

function* scale(items) {
  for (const x of items) yield x * 2 + 1;
}

function* windowSum(items, size) {
  const buf = new Array(size).fill(0);
  let idx = 0;
  let filled = 0;
  let running = 0;
  for (const x of items) {
    running += x - buf[idx];
    buf[idx] = x;
    idx = (idx + 1) % size;
    if (filled < size) filled += 1;
    if (filled === size) yield running;
  }
}

function main() {
  const windows = windowSum(scale(keep(source(N, 4242))), WINDOW);
  // The Python generator expression (w % 100003 for w in windows).
  const reduced = (function* () { for (const w of windows) yield w % 100003; })();
  let count = 0;
  let total = 0;
  let largest = 0;
  for (const v of reduced) {
    count += 1;
    total += v;
    if (v > largest) largest = v;
  }
  console.log(`${count} ${total} ${largest}`);
}

(async () => main())();

// Translation of bench/mandelbrot.py: escape times over a SIZE x SIZE grid.
const SIZE = 500;
const LIMIT = 100;

function escapeTime(cr, ci, limit) {
  let zr = 0.0, zi = 0.0;
  for (let i = 0; i < limit; i++) {
    const zr2 = zr * zr;
    const zi2 = zi * zi;
    if (zr2 + zi2 > 4.0) return i;
    zi = 2.0 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return limit;
}

function mandelbrot(size, limit) {
  let inside = 0, total = 0;
  for (let y = 0; y < size; y++) {
    const ci = 2.0 * y / size - 1.0;
    for (let x = 0; x < size; x++) {
      const cr = 2.0 * x / size - 1.5;
      const n = escapeTime(cr, ci, limit);
      total += n;
      if (n === limit) inside += 1;
    }
  }
  return [inside, total];
}

const [inside, total] = mandelbrot(SIZE, LIMIT);
console.log(inside, total);

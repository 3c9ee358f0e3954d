// Translation of bench/spectral_norm.py: spectral norm of A truncated to N x N.
const N = 400;

function evalA(i, j) {
  return 1.0 / (Math.floor((i + j) * (i + j + 1) / 2) + i + 1);
}

function aTimesU(u) {
  const n = u.length;
  const result = [];
  for (let i = 0; i < n; i++) {
    let total = 0.0;
    for (let j = 0; j < n; j++) total += evalA(i, j) * u[j];
    result.push(total);
  }
  return result;
}

function atTimesU(u) {
  const n = u.length;
  const result = [];
  for (let i = 0; i < n; i++) {
    let total = 0.0;
    for (let j = 0; j < n; j++) total += evalA(j, i) * u[j];
    result.push(total);
  }
  return result;
}

function ataTimesU(u) {
  return atTimesU(aTimesU(u));
}

function spectralNorm(n) {
  let u = new Array(n).fill(1.0);
  let v = u;
  for (let k = 0; k < 10; k++) {
    v = ataTimesU(u);
    u = ataTimesU(v);
  }
  let vbv = 0.0;
  let vv = 0.0;
  for (let i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return (vbv / vv) ** 0.5;
}

function main() {
  console.log(spectralNorm(N).toFixed(9));
}

(async () => main())();

// Translation of bench/fannkuch.py: fannkuch-redux, maximum flips and checksum.
const N = 9;
const REPEAT = 2;

function fannkuch(n) {
  const perm1 = [];
  for (let i = 0; i < n; i++) perm1.push(i);
  const count = new Array(n).fill(0);
  let maxFlips = 0;
  let checksum = 0;
  let permIndex = 0;
  let r = n;
  while (true) {
    while (r !== 1) {
      count[r - 1] = r;
      r -= 1;
    }

    const perm = perm1.slice();
    let flips = 0;
    let k = perm[0];
    while (k) {
      // perm[:k + 1] = perm[k::-1]
      const head = perm.slice(0, k + 1).reverse();
      for (let i = 0; i <= k; i++) perm[i] = head[i];
      flips += 1;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    if (permIndex % 2 === 0) checksum += flips;
    else checksum -= flips;

    // Next permutation: rotate the first r + 1 elements left until a counter is
    // still positive.
    while (true) {
      if (r === n) return [checksum, maxFlips];
      const first = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r] -= 1;
      if (count[r] > 0) break;
      r += 1;
    }
    permIndex += 1;
  }
}

function main() {
  const [checksum, maxFlips] = fannkuch(N);
  for (let i = 0; i < REPEAT - 1; i++) {
    const [c, m] = fannkuch(N);
    if (c !== checksum || m !== maxFlips) console.log("repeated run differs");
  }
  console.log(String(checksum));
  console.log(`Pfannkuchen(${N}) = ${maxFlips}`);
}

(async () => main())();

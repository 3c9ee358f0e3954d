// Translation of bench/await_chain.py: 100,000 chains of awaits, each 100 coroutines deep.
const CHAINS = 100000;
const DEPTH = 100;

async function depth(n, seed) {
  if (n === 0) return seed;
  const r = await depth(n - 1, seed);
  return (r * 3 + n) % 1000003;
}

async function main() {
  let total = 0;
  for (let i = 0; i < CHAINS; i++) {
    total += await depth(DEPTH, i);
  }
  console.log(String(total));
}

main();

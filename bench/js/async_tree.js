// Translation of bench/async_tree.py: every inner node gathers BRANCH child tasks.
const BRANCH = 5;
const DEPTH = 7;

async function node(depth, ident) {
  if (depth === 0) {
    await new Promise(r => setImmediate(r));
    return (ident * 7 + 3) % 1009;
  }
  const children = [];
  for (let k = 0; k < BRANCH; k++) children.push(node(depth - 1, ident * BRANCH + k));
  const results = await Promise.all(children);
  let total = 0;
  for (const r of results) total += r;
  return total % 1000003 + depth;
}

async function main() {
  console.log(String(await node(DEPTH, 0)));
}

main();

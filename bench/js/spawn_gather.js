// Translation of bench/spawn_gather.py: 200,000 tasks that each yield once, gathered.
async function worker(i) {
  await new Promise(r => setImmediate(r));
  return i;
}

async function main() {
  const tasks = [];
  for (let i = 0; i < 200000; i++) tasks.push(worker(i));
  const results = await Promise.all(tasks);
  let sum = 0;
  for (const r of results) sum += r;
  console.log(`${results.length} ${sum}`);
}

main();

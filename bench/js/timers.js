// Translation of bench/timers.py: 100,000 tasks each sleep 0-9 ms, then gathered.
const N = 100000;

// asyncio.sleep(0) only yields to the loop; a positive delay is a timer.
function sleep(seconds) {
  if (seconds === 0) return new Promise(r => setImmediate(r));
  return new Promise(r => setTimeout(r, seconds * 1000));
}

async function sleeper(i) {
  await sleep((i % 10) / 1000);
  return (i * 7 + 3) % 1000;
}

async function main() {
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(sleeper(i));
  const results = await Promise.all(tasks);
  let checksum = 0;
  let sum = 0;
  for (let k = 0; k < results.length; k++) {
    const r = results[k];
    checksum = (checksum * 31 + r + k) % 1000000007;
    sum += r;
  }
  console.log(`${results.length} ${sum} ${checksum}`);
}

main();

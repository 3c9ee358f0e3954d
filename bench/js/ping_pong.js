// Translation of bench/ping_pong.py: two tasks hand 200,000 futures back and forth.
const N = 200000;

// A minimal future: a promise together with its resolve function.
function createFuture() {
  let resolve;
  const promise = new Promise(r => { resolve = r; });
  return { promise, setResult: resolve };
}

async function main() {
  const aIn = [createFuture()];
  const bIn = [createFuture()];
  // Each task's outbox is the other's inbox: one-element arrays holding the current future.
  const ping = ponger(aIn, bIn);
  const pong = ponger(bIn, aIn);
  aIn[0].setResult(0);
  await Promise.all([ping, pong]);
  console.log("exchanged", N);
}

async function ponger(inbox, outbox) {
  // Like asyncio.create_task, do not start running before the creator yields.
  await null;
  let value = 0;
  for (let i = 0; i < Math.floor(N / 2); i++) {
    const fut = inbox[0];
    value = await fut.promise;
    inbox[0] = createFuture();
    const target = outbox[0];
    target.setResult(value + 1);
  }
  return value;
}

main();

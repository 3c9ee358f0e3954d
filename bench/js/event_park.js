// Translation of bench/event_park.py: 1,000,000 tasks parked on one event, then released.

// A minimal asyncio.Event: wait() resolves once set() has been called.
class Event {
  constructor() {
    this.flag = false;
    this.waiters = [];
  }
  isSet() {
    return this.flag;
  }
  set() {
    if (this.flag) return;
    this.flag = true;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(true);
  }
  wait() {
    if (this.flag) return Promise.resolve(true);
    return new Promise(resolve => this.waiters.push(resolve));
  }
}

const N = 1000000;

async function waiter(ev) {
  await ev.wait();
  return 1;
}

async function main() {
  const ev = new Event();
  const tasks = [];
  for (let i = 0; i < N; i++) tasks.push(waiter(ev));
  await new Promise(r => setImmediate(r));
  ev.set();
  const results = await Promise.all(tasks);
  let sum = 0;
  for (const r of results) sum += r;
  console.log(`${results.length} ${sum}`);
}

main();

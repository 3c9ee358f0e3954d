// Translation of bench/queue_handoff.py: 200,000 items through a bounded queue.

// A minimal asyncio.Queue (maxsize 0 = unbounded): get() waits while empty, put() waits
// while full; each waiter is woken in FIFO order and re-checks, as asyncio does.
class Queue {
  constructor(maxsize = 0) {
    this.maxsize = maxsize;
    this.items = [];
    this.getters = [];
    this.putters = [];
  }
  qsize() {
    return this.items.length;
  }
  empty() {
    return this.items.length === 0;
  }
  full() {
    return this.maxsize > 0 && this.items.length >= this.maxsize;
  }
  async put(item) {
    while (this.full()) await new Promise(r => this.putters.push(r));
    this.putNowait(item);
  }
  putNowait(item) {
    this.items.push(item);
    if (this.getters.length > 0) this.getters.shift()();
  }
  async get() {
    while (this.empty()) await new Promise(r => this.getters.push(r));
    return this.getNowait();
  }
  getNowait() {
    const item = this.items.shift();
    if (this.putters.length > 0) this.putters.shift()();
    return item;
  }
}

const N = 200000;

async function producer(q) {
  for (let i = 0; i < N; i++) await q.put(i);
  await q.put(null);
}

async function consumer(q) {
  let total = 0;
  while (true) {
    const item = await q.get();
    if (item === null) return total;
    total += item;
  }
}

async function main() {
  const q = new Queue(100);
  const [, total] = await Promise.all([producer(q), consumer(q)]);
  console.log(String(total));
}

main();

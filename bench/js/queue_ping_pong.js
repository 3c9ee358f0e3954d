// Translation of bench/queue_ping_pong.py: two tasks exchange integers over two queues.

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

async function taskA(q1, q2) {
  let total = 0;
  for (let i = 0; i < N; i++) {
    await q1.put(i);
    total += await q2.get();
  }
  await q1.put(null);
  return total;
}

async function taskB(q1, q2) {
  let count = 0;
  while (true) {
    const value = await q1.get();
    if (value === null) return count;
    await q2.put(value + 1);
    count += 1;
  }
}

async function main() {
  const q1 = new Queue();
  const q2 = new Queue();
  const [total, count] = await Promise.all([taskA(q1, q2), taskB(q1, q2)]);
  console.log(`${total} ${count}`);
}

main();

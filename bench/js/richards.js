// Translation of bench/richards.py: Martin Richards' OS scheduler simulation.
const ITERATIONS = 35;

const I_IDLE = 1;
const I_WORK = 2;
const I_HANDLERA = 3;
const I_HANDLERB = 4;
const I_DEVA = 5;
const I_DEVB = 6;

const K_DEV = 1000;
const K_WORK = 1001;

const BUFSIZE = 4;
const A_CODE = "A".charCodeAt(0);

const EXPECTED_QPKT = 23246;
const EXPECTED_HOLD = 9297;

class Packet {
  constructor(link, ident, kind) {
    this.link = link;
    this.ident = ident;
    this.kind = kind;
    this.datum = 0;
    this.data = new Array(BUFSIZE).fill(0);
  }

  appendTo(queue) {
    // Appends this packet at the end of queue and returns the queue's head.
    this.link = null;
    if (queue === null) return this;
    let p = queue;
    let nxt = p.link;
    while (nxt !== null) {
      p = nxt;
      nxt = p.link;
    }
    p.link = this;
    return queue;
  }
}

// Per-task records: the private state each kind of task works on.

class TaskRec {}

class DeviceTaskRec extends TaskRec {
  constructor() {
    super();
    this.pending = null;
  }
}

class IdleTaskRec extends TaskRec {
  constructor() {
    super();
    this.control = 1;
    this.count = 10000;
  }
}

class HandlerTaskRec extends TaskRec {
  constructor() {
    super();
    this.workIn = null;
    this.deviceIn = null;
  }

  workInAdd(p) {
    this.workIn = p.appendTo(this.workIn);
    return this.workIn;
  }

  deviceInAdd(p) {
    this.deviceIn = p.appendTo(this.deviceIn);
    return this.deviceIn;
  }
}

class WorkerTaskRec extends TaskRec {
  constructor() {
    super();
    this.destination = I_HANDLERA;
    this.count = 0;
  }
}

class TaskState {
  constructor() {
    this.packetPending = true;
    this.taskWaiting = false;
    this.taskHolding = false;
  }

  packetPendingState() {
    this.packetPending = true;
    this.taskWaiting = false;
    this.taskHolding = false;
    return this;
  }

  waiting() {
    this.packetPending = false;
    this.taskWaiting = true;
    this.taskHolding = false;
    return this;
  }

  running() {
    this.packetPending = false;
    this.taskWaiting = false;
    this.taskHolding = false;
    return this;
  }

  waitingWithPacket() {
    this.packetPending = true;
    this.taskWaiting = true;
    this.taskHolding = false;
    return this;
  }

  isPacketPending() {
    return this.packetPending;
  }

  isTaskWaiting() {
    return this.taskWaiting;
  }

  isTaskHolding() {
    return this.taskHolding;
  }

  isTaskHoldingOrWaiting() {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  isWaitingWithPacket() {
    return this.packetPending && this.taskWaiting && !this.taskHolding;
  }
}

class TaskWorkArea {
  constructor() {
    this.taskTab = new Array(10).fill(null);
    this.taskList = null;
    this.holdCount = 0;
    this.qpktCount = 0;
  }
}

const workArea = new TaskWorkArea();

class Task extends TaskState {
  constructor(ident, priority, inputQueue, state, handle) {
    super();
    this.link = workArea.taskList;
    this.ident = ident;
    this.priority = priority;
    this.input = inputQueue;
    this.packetPending = state.isPacketPending();
    this.taskWaiting = state.isTaskWaiting();
    this.taskHolding = state.isTaskHolding();
    this.handle = handle;
    workArea.taskList = this;
    workArea.taskTab[ident] = this;
  }

  fn(pkt, rec) {
    throw new Error("NotImplementedError");
  }

  addPacket(pkt, old) {
    if (this.input === null) {
      this.input = pkt;
      this.packetPending = true;
      if (this.priority > old.priority) return this;
    } else {
      pkt.appendTo(this.input);
    }
    return old;
  }

  runTask() {
    let msg;
    if (this.isWaitingWithPacket()) {
      msg = this.input;
      this.input = msg.link;
      if (this.input === null) this.running();
      else this.packetPendingState();
    } else {
      msg = null;
    }
    return this.fn(msg, this.handle);
  }

  waitTask() {
    this.taskWaiting = true;
    return this;
  }

  hold() {
    workArea.holdCount += 1;
    this.taskHolding = true;
    return this.link;
  }

  release(ident) {
    const t = this.findTcb(ident);
    t.taskHolding = false;
    if (t.priority > this.priority) return t;
    return this;
  }

  qpkt(pkt) {
    const t = this.findTcb(pkt.ident);
    workArea.qpktCount += 1;
    pkt.link = null;
    pkt.ident = this.ident;
    return t.addPacket(pkt, this);
  }

  findTcb(ident) {
    const t = workArea.taskTab[ident];
    if (t === null) throw new Error(`bad task id ${ident}`);
    return t;
  }
}

class DeviceTask extends Task {
  fn(pkt, rec) {
    if (pkt === null) {
      pkt = rec.pending;
      if (pkt === null) return this.waitTask();
      rec.pending = null;
      return this.qpkt(pkt);
    }
    rec.pending = pkt;
    return this.hold();
  }
}

class HandlerTask extends Task {
  fn(pkt, rec) {
    if (pkt !== null) {
      if (pkt.kind === K_WORK) rec.workInAdd(pkt);
      else rec.deviceInAdd(pkt);
    }
    const work = rec.workIn;
    if (work === null) return this.waitTask();
    const count = work.datum;
    if (count >= BUFSIZE) {
      rec.workIn = work.link;
      return this.qpkt(work);
    }
    const dev = rec.deviceIn;
    if (dev === null) return this.waitTask();
    rec.deviceIn = dev.link;
    dev.datum = work.data[count];
    work.datum = count + 1;
    return this.qpkt(dev);
  }
}

class IdleTask extends Task {
  fn(pkt, rec) {
    rec.count -= 1;
    if (rec.count === 0) return this.hold();
    if ((rec.control & 1) === 0) {
      rec.control = Math.floor(rec.control / 2);
      return this.release(I_DEVA);
    }
    rec.control = Math.floor(rec.control / 2) ^ 0xD008;
    return this.release(I_DEVB);
  }
}

class WorkTask extends Task {
  fn(pkt, rec) {
    if (pkt === null) return this.waitTask();
    let dest;
    if (rec.destination === I_HANDLERA) dest = I_HANDLERB;
    else dest = I_HANDLERA;
    rec.destination = dest;
    pkt.ident = dest;
    pkt.datum = 0;
    for (let i = 0; i < BUFSIZE; i++) {
      rec.count += 1;
      if (rec.count > 26) rec.count = 1;
      pkt.data[i] = A_CODE + rec.count - 1;
    }
    return this.qpkt(pkt);
  }
}

function schedule() {
  let t = workArea.taskList;
  while (t !== null) {
    if (t.isTaskHoldingOrWaiting()) t = t.link;
    else t = t.runTask();
  }
}

function runOnce() {
  workArea.holdCount = 0;
  workArea.qpktCount = 0;
  workArea.taskList = null;

  new IdleTask(I_IDLE, 1, null, new TaskState().running(), new IdleTaskRec());

  let wkq = new Packet(null, 0, K_WORK);
  wkq = new Packet(wkq, 0, K_WORK);
  new WorkTask(I_WORK, 1000, wkq, new TaskState().waitingWithPacket(), new WorkerTaskRec());

  wkq = new Packet(null, I_DEVA, K_DEV);
  wkq = new Packet(wkq, I_DEVA, K_DEV);
  wkq = new Packet(wkq, I_DEVA, K_DEV);
  new HandlerTask(I_HANDLERA, 2000, wkq, new TaskState().waitingWithPacket(), new HandlerTaskRec());

  wkq = new Packet(null, I_DEVB, K_DEV);
  wkq = new Packet(wkq, I_DEVB, K_DEV);
  wkq = new Packet(wkq, I_DEVB, K_DEV);
  new HandlerTask(I_HANDLERB, 3000, wkq, new TaskState().waitingWithPacket(), new HandlerTaskRec());

  new DeviceTask(I_DEVA, 4000, null, new TaskState().waiting(), new DeviceTaskRec());
  new DeviceTask(I_DEVB, 5000, null, new TaskState().waiting(), new DeviceTaskRec());

  schedule();
  return [workArea.qpktCount, workArea.holdCount];
}

function main() {
  let bad = 0;
  let qpkt = 0;
  let hold = 0;
  for (let i = 0; i < ITERATIONS; i++) {
    [qpkt, hold] = runOnce();
    if (qpkt !== EXPECTED_QPKT || hold !== EXPECTED_HOLD) bad += 1;
  }
  console.log(`iterations=${ITERATIONS} qpktcount=${qpkt} holdcount=${hold}`);
  console.log(bad === 0 ? "ok" : `FAILED in ${bad} iterations`);
}

(async () => main())();

// Translation of bench/wait_for_fast.py: 100,000 wait_for calls that beat their timeout.
async function quick(i) {
  await new Promise(r => setImmediate(r));
  return i;
}

// asyncio.wait_for: race the awaitable against a timer, and always clear the timer.
async function waitFor(promise, seconds) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("TimeoutError")), seconds * 1000);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  let total = 0;
  for (let i = 0; i < 100000; i++) {
    total += await waitFor(quick(i), 10);
  }
  console.log(String(total));
}

main();

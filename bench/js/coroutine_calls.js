// Translation of bench/coroutine_calls.py: 1,000,000 awaited async function calls.
async function add(a, b) {
  return a + b;
}

async function main() {
  let total = 0;
  for (let i = 0; i < 1000000; i++) {
    total = await add(total, i);
  }
  console.log(String(total));
}

main();

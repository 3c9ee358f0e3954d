// Translation of bench/async_fib.py: recursive async Fibonacci.
const N = 34;

async function fib(n) {
  if (n < 2) return n;
  return (await fib(n - 1)) + (await fib(n - 2));
}

async function main() {
  console.log(`fib(${N}) = ${await fib(N)}`);
}

main();

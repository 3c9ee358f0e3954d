// Translation of bench/startup.py: start-up cost of running one async function.
async function main() {
  console.log("hello from asyncio");
}

main();

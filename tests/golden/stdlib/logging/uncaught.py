# A deploy script that logs its progress and then dies: the last step raises inside a task, the
# error is logged and re-raised, and the uncaught exception ends the program with a traceback on
# stderr and exit status 1, after the log lines already written.
import asyncio
import logging
import sys

logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                    format="%(levelname)s %(name)s %(funcName)s: %(message)s")
log = logging.getLogger("deploy")


class DeployError(Exception):
    pass


async def step(name, ok=True):
    log.info("step %s: start", name)
    await asyncio.sleep(0)
    if not ok:
        raise DeployError(f"step {name} failed: health check returned 503")
    log.info("step %s: done", name)
    return name


async def rollout(hosts):
    results = await asyncio.gather(*(step(f"push:{h}") for h in hosts))
    log.info("pushed to %d hosts", len(results))
    try:
        await asyncio.create_task(step("migrate", ok=False))
    except DeployError as exc:
        log.error("rolling back: %s", exc)
        raise


async def main():
    log.warning("deploying build %s", "1.4.2")
    await rollout(["web1", "web2"])
    log.info("never reached")


asyncio.run(main())

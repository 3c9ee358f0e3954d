"""The event loop policy: which loop is current, replacing the policy, and its errors."""
import asyncio

policy = asyncio.get_event_loop_policy()
print("policy type:", type(policy).__name__)
print("abstract policy:", isinstance(policy, asyncio.AbstractEventLoopPolicy))
print("default policy:", isinstance(policy, asyncio.DefaultEventLoopPolicy))
print("same object twice:", asyncio.get_event_loop_policy() is policy)
print("classes:", asyncio.AbstractEventLoopPolicy.__name__, asyncio.DefaultEventLoopPolicy.__name__)

loop = policy.new_event_loop()
print("new loop:", type(loop).__name__, loop.is_closed())
policy.set_event_loop(loop)
print("policy.get_event_loop() is loop:", policy.get_event_loop() is loop)
print("asyncio.get_event_loop() is loop:", asyncio.get_event_loop() is loop)


async def check(tag):
    running = asyncio.get_running_loop()
    print(f"[{tag}] policy loop is running loop:",
          asyncio.get_event_loop_policy().get_event_loop() is running)
    print(f"[{tag}] running loop is the set loop:", running is loop)
    await asyncio.sleep(0)
    return tag.upper()

print("run_until_complete:", loop.run_until_complete(check("manual")))
print("asyncio.run:", asyncio.run(check("run")))

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after asyncio.run:", e)
loop.close()

policy.set_event_loop(None)
try:
    policy.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)

fresh = asyncio.DefaultEventLoopPolicy()
asyncio.set_event_loop_policy(fresh)
now = asyncio.get_event_loop_policy()
print("installed fresh:", now is fresh, "is old:", now is policy)
auto = now.get_event_loop()
print("fresh policy made its own loop:", type(auto).__name__, auto is loop, auto.is_closed())
print("and keeps it:", now.get_event_loop() is auto, asyncio.get_event_loop() is auto)
auto.close()
print("closed but still current:", now.get_event_loop() is auto, auto.is_closed())
now.set_event_loop(None)
print("asyncio.run under fresh:", asyncio.run(check("fresh")))

asyncio.set_event_loop_policy(None)
third = asyncio.get_event_loop_policy()
print("after None:", type(third).__name__, third is fresh, third is policy,
      isinstance(third, asyncio.DefaultEventLoopPolicy))
print("stable:", asyncio.get_event_loop_policy() is third)

for bad in (5, "policy"):
    try:
        asyncio.set_event_loop_policy(bad)
    except TypeError as e:
        print(f"set_event_loop_policy({bad!r}):", e)
try:
    third.set_event_loop(5)
except TypeError as e:
    print("set_event_loop(5):", e)
print("policy unchanged:", asyncio.get_event_loop_policy() is third)

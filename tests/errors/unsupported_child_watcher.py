# expect: 4:7: 'event loop policy method get_child_watcher()' is not supported by aiocc
import asyncio
policy = asyncio.get_event_loop_policy()
print(policy.get_child_watcher())

"""Calling a rate-limited API: token bucket as an async context manager, a paginated async iterator, and bounded concurrency."""
import asyncio
from dataclasses import dataclass
from typing import Generic, TypeVar, Optional, Callable, Awaitable

T = TypeVar("T")


class RateLimited(Exception):
    def __init__(self, retry_after: float):
        super().__init__(f"429 Too Many Requests (retry after {retry_after:.2f}s)")
        self.retry_after = retry_after


class TokenBucket:
    """Allows `rate` acquisitions per `per` seconds; waiters sleep until a token is refilled."""

    def __init__(self, rate: int, per: float):
        self.capacity = rate
        self.tokens = float(rate)
        self.per = per
        self.loop = asyncio.get_running_loop()
        self.updated = self.loop.time()
        self.waits = 0
        self._lock = asyncio.Lock()

    def _refill(self) -> None:
        now = self.loop.time()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.capacity / self.per)
        self.updated = now

    async def __aenter__(self) -> "TokenBucket":
        async with self._lock:
            self._refill()
            if self.tokens < 1:
                self.waits += 1
                await asyncio.sleep((1 - self.tokens) * self.per / self.capacity)
                self._refill()
            self.tokens -= 1
        return self

    async def __aexit__(self, *exc) -> Optional[bool]:
        return None


@dataclass
class Page(Generic[T]):
    items: list[T]
    next_cursor: Optional[int]


class FakeAPI:
    def __init__(self, total: int, page_size: int):
        self.data = [f"user{i:03d}" for i in range(total)]
        self.page_size = page_size
        self.calls = 0
        self.rejected = 0

    async def list_users(self, cursor: int = 0) -> Page[str]:
        self.calls += 1
        await asyncio.sleep(0.005)
        if self.calls == 3:
            self.rejected += 1
            raise RateLimited(0.02)
        end = cursor + self.page_size
        return Page(self.data[cursor:end], end if end < len(self.data) else None)


class Paginator(Generic[T]):
    def __init__(self, fetch: Callable[[int], Awaitable[Page[T]]], bucket: TokenBucket):
        self.fetch = fetch
        self.bucket = bucket
        self.cursor: Optional[int] = 0
        self.buffer: list[T] = []
        self.pages = 0

    def __aiter__(self) -> "Paginator[T]":
        return self

    async def __anext__(self) -> T:
        while not self.buffer:
            if self.cursor is None:
                raise StopAsyncIteration
            async with self.bucket:
                try:
                    page = await self.fetch(self.cursor)
                except RateLimited as e:
                    print(f"  {e}; backing off")
                    await asyncio.sleep(e.retry_after)
                    continue
            self.pages += 1
            self.buffer, self.cursor = page.items, page.next_cursor
        return self.buffer.pop(0)


async def enrich(name: str, sem: asyncio.Semaphore, active: list[int]) -> tuple[str, int]:
    async with sem:
        active[0] += 1
        active[1] = max(active[1], active[0])
        await asyncio.sleep(0.01 * (1 + len(name) % 3))
        active[0] -= 1
        return name, sum(map(ord, name)) % 97


async def main() -> None:
    api = FakeAPI(total=11, page_size=4)
    bucket = TokenBucket(rate=2, per=0.2)
    users = [u async for u in Paginator(api.list_users, bucket)]
    print(f"{len(users)} users in {api.calls} calls ({api.rejected} rejected), bucket waits: {bucket.waits}")
    print(users[:3], "...", users[-2:])
    sem = asyncio.Semaphore(3)
    active = [0, 0]
    scores = dict(await asyncio.gather(*(enrich(u, sem, active) for u in users[:7])))
    print("max concurrency:", active[1], "| scores:", scores)
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("top 3:", ", ".join(f"{n}={s}" for n, s in best))
    async for u in Paginator(FakeAPI(0, 4).list_users, bucket):
        print("unexpected", u)
    print("empty listing handled; pages fetched:", (p := Paginator(FakeAPI(5, 5).list_users, bucket)).pages)
    print([x async for x in p], p.pages, p.cursor)
    async with bucket as b:
        print(b is bucket, b.capacity, 0 <= b.tokens < b.capacity)
    raise RateLimited(1.5)


asyncio.run(main())

"""A database connection pool with leak detection in __del__, context managers and usage stats."""
from dataclasses import dataclass, field
from typing import Optional, Iterator

events: list[str] = []


class PoolExhausted(RuntimeError):
    pass


class Connection:
    def __init__(self, pool: "Pool", cid: int):
        self.pool = pool
        self.cid = cid
        self.queries = 0
        self.closed = False

    def execute(self, sql: str) -> list[tuple]:
        if self.closed:
            raise RuntimeError(f"connection {self.cid} is closed")
        self.queries += 1
        verb = sql.split()[0].upper()
        print(f"  [conn {self.cid}] {verb:<6} {sql[len(verb) + 1:]}")
        return [(self.cid, self.queries)] if verb == "SELECT" else []

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.pool.release(self)

    def __enter__(self) -> "Connection":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:
        if not self.closed:
            print(f"  WARNING: connection {self.cid} was never closed; returning it to the pool")
            self.closed = True
            self.pool.release(self)

    def __repr__(self) -> str:
        return f"<Connection {self.cid} {'closed' if self.closed else 'open'} q={self.queries}>"


@dataclass
class Pool:
    size: int
    free: list[int] = field(default_factory=list)
    in_use: set[int] = field(default_factory=set)
    handed_out: int = 0

    def __post_init__(self) -> None:
        self.free = list(range(1, self.size + 1))

    def acquire(self) -> Connection:
        if not self.free:
            raise PoolExhausted(f"all {self.size} connections are in use: {sorted(self.in_use)}")
        cid = self.free.pop(0)
        self.in_use.add(cid)
        self.handed_out += 1
        return Connection(self, cid)

    def release(self, conn: Connection) -> None:
        self.in_use.discard(conn.cid)
        self.free.append(conn.cid)

    def status(self) -> str:
        return f"free={self.free} in_use={sorted(self.in_use)} handed_out={self.handed_out}"


def report(pool: Pool, user_id: int) -> Optional[tuple]:
    conn = pool.acquire()
    rows = conn.execute(f"SELECT * FROM orders WHERE user_id = {user_id}")
    if user_id % 2:
        return rows[0]          # forgot to close: the pool gets it back only via __del__
    conn.close()
    return rows[0]


def batch(pool: Pool, sqls: list[str]) -> Iterator[list[tuple]]:
    with pool.acquire() as conn:
        for sql in sqls:
            yield conn.execute(sql)


pool = Pool(3)
print("start:", pool.status())
with pool.acquire() as c:
    c.execute("INSERT INTO orders VALUES (1, 'book')")
    c.execute("UPDATE orders SET qty = 2 WHERE id = 1")
print("after with:", pool.status(), c)

for uid in (2, 3, 4):
    print(f"report({uid}) ->", report(pool, uid))
    print("  pool:", pool.status())

results = list(batch(pool, ["SELECT id FROM users", "DELETE FROM sessions", "SELECT 1"]))
print("batch:", results, pool.status())

held = [pool.acquire(), pool.acquire()]
print("holding", held)
leaked = pool.acquire()
try:
    pool.acquire()
except PoolExhausted as e:
    print("PoolExhausted:", e)
leaked = None
print("after dropping leaked ref:", pool.status())
for conn in held:
    conn.close()
del conn
print("closed held:", pool.status())
last = pool.acquire()
last.close()
last.execute("SELECT now()")

"""Connection state machine in the "state pattern by class switching" style (self.__class__ = NewState)."""
from typing import ClassVar


class ProtocolError(RuntimeError):
    pass


class Connection:
    """Base state: every operation is illegal unless the current state class overrides it."""
    label: ClassVar[str] = "new"

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.sent: list[bytes] = []
        self.transitions: list[str] = []
        self._become(Closed)

    def _become(self, state: type["Connection"]) -> None:
        old = type(self).label
        self.__class__ = state
        self.transitions.append(f"{old}->{state.label}")

    def _illegal(self, op: str) -> ProtocolError:
        return ProtocolError(f"cannot {op} while {type(self).label}")

    def open(self) -> None:
        raise self._illegal("open")

    def send(self, data: bytes) -> int:
        raise self._illegal("send")

    def close(self) -> None:
        raise self._illegal("close")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.host}:{self.port} sent={len(self.sent)}>"


class Closed(Connection):
    label = "closed"

    def open(self) -> None:
        self._become(Opening)


class Opening(Connection):
    label = "opening"

    def ack(self) -> None:
        self._become(Open)

    def close(self) -> None:
        self._become(Closed)


class Open(Connection):
    label = "open"

    def send(self, data: bytes) -> int:
        if not data:
            raise ValueError("empty payload")
        self.sent.append(data)
        return len(data)

    def close(self) -> None:
        self._become(Closing)


class Closing(Connection):
    label = "closing"

    def ack(self) -> None:
        self._become(Closed)


conn = Connection("example.org", 443)
print(conn, type(conn).__name__, isinstance(conn, Closed))
conn.open()
print(conn)
try:
    conn.send(b"GET /")
except ProtocolError as e:
    print("ProtocolError:", e)
conn.ack()
for chunk in [b"GET / HTTP/1.1\r\n", b"Host: example.org\r\n", b"\r\n"]:
    print(f"sent {conn.send(chunk):>2} bytes as {type(conn).label}")
try:
    conn.send(b"")
except ValueError as e:
    print("ValueError:", e)
conn.close()
print(conn, hasattr(conn, "ack"), hasattr(conn, "send") and type(conn).send is Connection.send)
conn.ack()
print(" ".join(conn.transitions))
print(sum(map(len, conn.sent)), [type(c).__name__ for c in (Closed, Opening, Open, Closing)][::-1])
c2 = Connection("localhost", 8080)
c2.open()
c2.close()
print(c2, c2.transitions)
c2.close()

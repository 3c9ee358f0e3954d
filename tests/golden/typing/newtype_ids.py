# NewType ids, Literal and TypeAlias-style annotations, cast, and TYPE_CHECKING guards in an
# async user-account service.
import asyncio
from typing import TYPE_CHECKING, Literal, NewType, Sequence, Mapping, Iterator, cast

UserId = NewType("UserId", int)
Email = NewType("Email", str)
Role = Literal["admin", "editor", "viewer"]

if TYPE_CHECKING:
    print("never printed")


class Directory:
    def __init__(self) -> None:
        self.users: dict[UserId, tuple[Email, Role]] = {}
        self.next_id = 100

    async def add(self, email: str, role: Role = "viewer") -> UserId:
        await asyncio.sleep(0)
        uid = UserId(self.next_id)
        self.next_id += 1
        self.users[uid] = (Email(email.lower()), role)
        return uid

    def by_role(self, role: Role) -> Iterator[UserId]:
        return (uid for uid, (_, r) in self.users.items() if r == role)

    def emails(self, ids: Sequence[UserId]) -> Mapping[UserId, Email]:
        return {i: self.users[i][0] for i in ids}


async def main() -> None:
    d = Directory()
    ids = await asyncio.gather(d.add("Ann@Example.com", "admin"), d.add("bob@example.com"),
                               d.add("Cy@Example.com", "editor"), d.add("dee@example.com"))
    print(ids, type(ids[0]).__name__, ids[0] + 1)
    print(list(d.by_role("viewer")), list(d.by_role("admin")))
    print(d.emails([ids[0], ids[2]]))
    uid = cast(UserId, 101)
    print(d.users[uid], cast("int", "not checked"))
    print(UserId.__name__, Email("X") == "X", isinstance(Email("X"), str))
    print(Role, TYPE_CHECKING)
    print(Directory.add.__annotations__)


asyncio.run(main())

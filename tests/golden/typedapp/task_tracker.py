"""A typed task tracker: dataclasses with default_factory, enums with auto, match on classes."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict, replace, fields
from enum import Enum, IntEnum, Flag, auto
from typing import Optional


class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()

    def __str__(self) -> str:
        return self.name.lower()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    ALL = READ | WRITE | ADMIN


@dataclass
class User:
    name: str
    perms: Perm = Perm.READ


@dataclass
class Task:
    title: str
    priority: Priority = Priority.MEDIUM
    status: Status = Status.TODO
    tags: list[str] = field(default_factory=list)
    assignee: Optional[User] = None
    id: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        self.title = self.title.strip()
        if not self.title:
            raise ValueError("task needs a title")


@dataclass
class Board:
    tasks: list[Task] = field(default_factory=list)
    next_id: int = 1

    def add(self, task: Task) -> Task:
        task.id = self.next_id
        self.next_id += 1
        self.tasks.append(task)
        return task

    def move(self, task_id: int, status: Status, user: User) -> None:
        if Perm.WRITE not in user.perms:
            raise PermissionError(f"{user.name} may not move tasks")
        for t in self.tasks:
            if t.id == task_id:
                t.status = status
                return
        raise KeyError(task_id)


def describe(event: object) -> str:
    match event:
        case Task(status=Status.DONE, title=title):
            return f"finished: {title}"
        case Task(priority=Priority.CRITICAL | Priority.HIGH as p, assignee=None):
            return f"unassigned {p.name.lower()} task!"
        case Task(assignee=User(name=name), tags=[first, *_]):
            return f"{name} works on #{first}"
        case Task(title=t):
            return f"task {t!r}"
        case User(perms=p) if p & Perm.ADMIN:
            return "an administrator"
        case _:
            return "unknown"


def main() -> None:
    alice = User("alice", Perm.READ | Perm.WRITE)
    bob = User("bob")
    root = User("root", Perm.ALL)
    board = Board()
    board.add(Task("  write spec ", Priority.HIGH, tags=["docs"]))
    board.add(Task("fix login", Priority.CRITICAL))
    board.add(Task("refactor", Priority.LOW, tags=["tech-debt", "core"], assignee=alice))
    board.add(Task("release", assignee=bob))
    board.move(1, Status.DONE, alice)
    board.move(4, Status.DOING, root)
    for t in board.tasks:
        print(f"#{t.id} [{t.status!s:5}] {t.priority.name:<8} {t.title:<12} -> {describe(t)}")
    print(describe(root), "|", describe(bob), "|", describe(42))
    print("sorted by priority:", [t.id for t in sorted(board.tasks, key=lambda t: t.priority, reverse=True)])
    print("priority math:", Priority.HIGH + 1, Priority.LOW < Priority.HIGH, max(Priority), Priority(2), int(Priority.CRITICAL))
    print("flags:", Perm.READ | Perm.WRITE, Perm.ALL & ~Perm.ADMIN, bool(Perm.READ & Perm.WRITE), list(Perm))
    print("contains:", Perm.READ in alice.perms, Perm.ADMIN in alice.perms, alice.perms.value, Perm(3))
    print("status:", [s.name for s in Status], Status["DONE"], Status(1), repr(Status.TODO))
    t = board.tasks[2]
    print("asdict:", asdict(t))
    print("replace:", replace(t, title="refactor v2", tags=[]))
    print("fields:", [(f.name, f.compare) for f in fields(Task)])
    print("eq ignores id:", Task("x") == replace(Task("x"), id=99), Task("x") == Task("y"))
    try:
        board.move(2, Status.DONE, bob)
    except PermissionError as e:
        print("denied:", e)
    try:
        board.move(99, Status.DONE, root)
    except KeyError as e:
        print("missing task:", e)
    board.add(Task("   "))


main()

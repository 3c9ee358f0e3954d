"""A text-adventure command interpreter driven by match statements over split commands."""
from dataclasses import dataclass, field
from enum import Enum


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"


@dataclass
class Room:
    name: str
    exits: dict
    items: list = field(default_factory=list)


@dataclass
class Player:
    room: str
    inventory: list = field(default_factory=list)
    moves: int = 0


WORLD = {
    "hall": Room("hall", {Dir.NORTH: "library", Dir.EAST: "kitchen"}, ["lamp"]),
    "library": Room("library", {Dir.SOUTH: "hall"}, ["book", "key"]),
    "kitchen": Room("kitchen", {Dir.WEST: "hall", Dir.NORTH: "cellar"}, ["knife", "bread"]),
    "cellar": Room("cellar", {Dir.SOUTH: "kitchen"}, ["wine"]),
}


def parse_dir(word):
    match word.lower():
        case "n" | "north":
            return Dir.NORTH
        case "s" | "south":
            return Dir.SOUTH
        case "e" | "east":
            return Dir.EAST
        case "w" | "west":
            return Dir.WEST
        case _:
            return None


def execute(p, line):
    room = WORLD[p.room]
    match line.split():
        case []:
            return "say something"
        case ["look"] | ["l"]:
            exits = ", ".join(d.name.lower() for d in room.exits)
            return f"{room.name}: items={room.items or 'none'} exits={exits}"
        case ["go", direction] | [("n" | "s" | "e" | "w") as direction]:
            d = parse_dir(direction)
            if d is None:
                return f"'{direction}' is not a direction"
            if d not in room.exits:
                return f"you cannot go {d.name.lower()} from the {room.name}"
            target = room.exits[d]
            if target == "cellar" and "lamp" not in p.inventory:
                return "it is too dark to go down there"
            p.room = target
            p.moves += 1
            return f"you walk {d.value} to the {target}"
        case ["take", "all"]:
            taken, room.items = room.items, []
            p.inventory += taken
            return f"taken: {', '.join(taken) or 'nothing'}"
        case ["take", *words] if words:
            item = " ".join(words)
            if item not in room.items:
                return f"no {item} here"
            room.items.remove(item)
            p.inventory.append(item)
            return f"taken {item}"
        case ["drop", item] if item in p.inventory:
            p.inventory.remove(item)
            room.items.append(item)
            return f"dropped {item}"
        case ["drop", item]:
            return f"you have no {item}"
        case ["use", item, "on" | "with", target]:
            match (item, target, p.room):
                case ("key", "door", "hall"):
                    return "the front door opens. you win!"
                case ("knife", "bread", _) if "bread" in p.inventory:
                    p.inventory.remove("bread")
                    p.inventory.append("bread slices")
                    return "you slice the bread"
                case (i, t, r):
                    return f"using {i} on {t} in the {r} does nothing"
        case ["inventory" | "i"]:
            return f"carrying {sorted(p.inventory)}"
        case ["say", *words, last] if last.endswith("!"):
            return f"you shout: {' '.join(words + [last.upper()])}"
        case ["say", *words]:
            return f"you say: {' '.join(words)}"
        case [verb, *rest]:
            return f"unknown verb {verb!r} (+{len(rest)} words)"


player = Player("hall")
script = """look
take lamp
go north
take all
s
drop sword
e
take knife
take bread
use knife on bread
go up
n
look
i
say hello there
say open sesame!
dance wildly now

go south
w
use key on door
teleport"""
for line in script.splitlines():
    print(f"> {line:<20} {execute(player, line)}")
print(player)
match player:
    case Player(room="hall", inventory=[*_, last], moves=m) if m > 3:
        print(f"finished in the hall after {m} moves, last item {last}")
    case Player(room=r):
        print("ended in", r)
execute(player, None)

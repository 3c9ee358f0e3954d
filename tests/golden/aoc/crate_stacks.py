"""Day 5-style crate stacks plus a day 7-style directory size tally."""

DRAWING = """\
    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2
"""

TERMINAL = """\
$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k
"""


def parse_drawing(text):
    picture, _, moves = text.partition("\n\n")
    *rows, labels = picture.splitlines()
    count = len(labels.split())
    stacks = [[] for _ in range(count)]
    for row in reversed(rows):
        for i in range(count):
            pos = 1 + 4 * i
            if pos < len(row) and row[pos].strip():
                stacks[i].append(row[pos])
    parsed = []
    for line in moves.strip().splitlines():
        _, n, _, a, _, b = line.split()
        parsed.append((int(n), int(a) - 1, int(b) - 1))
    return stacks, parsed


def run(stacks, moves, keep_order):
    stacks = [s[:] for s in stacks]
    for n, a, b in moves:
        chunk = stacks[a][-n:]
        del stacks[a][-n:]
        stacks[b].extend(chunk if keep_order else chunk[::-1])
    return "".join(s[-1] if s else " " for s in stacks)


def dir_sizes(log):
    path = []
    sizes = {}
    for line in log.splitlines():
        match line.split():
            case ["$", "cd", "/"]:
                path = [""]
            case ["$", "cd", ".."]:
                path.pop()
            case ["$", "cd", name]:
                path.append(name)
            case ["$", "ls"] | ["dir", _]:
                pass
            case [size, _name] if size.isdigit():
                for i in range(len(path)):
                    key = "/".join(path[: i + 1]) or "/"
                    sizes[key] = sizes.get(key, 0) + int(size)
            case other:
                raise ValueError(f"bad line {other}")
    return sizes


def main():
    stacks, moves = parse_drawing(DRAWING)
    print("stacks:", stacks)
    print("moves:", moves)
    print("CrateMover 9000:", run(stacks, moves, False))
    print("CrateMover 9001:", run(stacks, moves, True))
    sizes = dir_sizes(TERMINAL)
    for key in sorted(sizes, key=lambda k: (-sizes[k], k)):
        print(f"  {key:<6}{sizes[key]:>10,}")
    print("part 1:", sum(v for v in sizes.values() if v <= 100_000))
    need = 30_000_000 - (70_000_000 - sizes["/"])
    print("need", need, "part 2:", min(v for v in sizes.values() if v >= need))
    dir_sizes("$ cd /\n$ rm -rf a\n")


main()

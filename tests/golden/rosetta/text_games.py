"""Bulls and cows with fixed guesses, word wrap, Levenshtein and Huffman coding."""
import sys
from dataclasses import dataclass, field


def score(secret: str, guess: str) -> tuple[int, int]:
    bulls = sum(s == g for s, g in zip(secret, guess))
    cows = sum(min(secret.count(c), guess.count(c)) for c in set(guess)) - bulls
    return bulls, cows


def play(secret, guesses):
    for turn, guess in enumerate(guesses, 1):
        if len(guess) != 4 or not guess.isdigit() or len(set(guess)) != 4:
            print(f"  turn {turn}: {guess!r} rejected")
            continue
        b, c = score(secret, guess)
        print(f"  turn {turn}: {guess} -> {b} bull{'s' if b != 1 else ''}, {c} cow{'s' if c != 1 else ''}")
        if b == 4:
            return turn
    return None


def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        if line and length + 1 + len(word) > width:
            lines.append(" ".join(line))
            line, length = [word], len(word)
        else:
            length += len(word) + (1 if line else 0)
            line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def levenshtein(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: str = field(default="", compare=False)
    left: "Node | None" = field(default=None, compare=False, repr=False)
    right: "Node | None" = field(default=None, compare=False, repr=False)


def huffman(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Node(w, i, s) for i, (s, w) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Node(a.weight + b.weight, counter, "", a, b))
        counter += 1
    codes = {}

    def walk(node, prefix):
        if node.left is None:
            codes[node.symbol] = prefix or "0"
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")

    walk(nodes[0], "")
    return freq, codes


TEXT = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief.")


def main():
    print("bulls and cows:")
    turns = play("4271", ["1234", "5678", "1123", "4712", "42x1", "4217", "4271"])
    print("solved in", turns, "turns")

    for width in (20, 33):
        print(f"wrap at {width}:")
        for line in wrap(TEXT, width):
            print(f"|{line:<{width}}|")

    pairs = [("kitten", "sitting"), ("rosettacode", "raisethysword"), ("", "abc"), ("flaw", "lawn")]
    for a, b in pairs:
        print(f"lev({a!r}, {b!r}) = {levenshtein(a, b)}")

    freq, codes = huffman("this is an example for huffman encoding")
    for sym in sorted(codes, key=lambda s: (len(codes[s]), s)):
        print(f"{sym!r:5} {freq[sym]:3} {codes[sym]}")
    encoded = "".join(codes[c] for c in "this is an example for huffman encoding")
    print("bits:", len(encoded), "vs", 8 * len("this is an example for huffman encoding"))
    n1, n2 = Node(3, 1, "a"), Node(3, 2, "b")
    print(n1 < n2, n1 == Node(3, 1, "zzz"), repr(n1))
    if turns != 7:
        sys.exit(3)
    sys.exit("game finished after %d turns" % turns)


main()

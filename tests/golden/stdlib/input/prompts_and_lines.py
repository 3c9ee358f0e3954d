"""input() with prompts, then the rest of standard input line by line, then EOF."""
import sys


def ask(prompt):
    answer = input(prompt)
    print(f"[{answer}]")
    return answer


name = ask("name? ")
age = int(ask("age? "))
print(f"{name} is {age}; next year {age + 1}")
print("stdin:", sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.readable(), sys.stdin is sys.__stdin__)
first = sys.stdin.readline()
print("readline:", repr(first))
totals = {}
for line in sys.stdin:
    word, _, count = line.rstrip("\n").partition(" ")
    if not word:
        continue
    totals[word] = totals.get(word, 0) + int(count or 1)
for word in sorted(totals):
    print(f"{word:>6} {totals[word]}")
print("at end:", repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("one more? ")
except EOFError as e:
    print()
    print("EOFError:", e)
input()

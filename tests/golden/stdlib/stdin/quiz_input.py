"""An interactive quiz fed from a file: input() with prompts and without, answers with
surrounding spaces and non-ASCII, an empty answer, retry on bad numbers, and EOF caught."""
import asyncio
import sys

QUESTIONS = [
    ("Capital of France? ", "paris"),
    ("2 + 2 = ", "4"),
    ("Colour of the sky? ", "blue"),
    ("Café has how many letters? ", "4"),
]


def ask_int(prompt, attempts=3):
    for _ in range(attempts):
        raw = input(prompt)
        try:
            return int(raw)
        except ValueError as e:
            print(f"  not a number: {e}")
    return None


async def grade(question, expected, answer):
    await asyncio.sleep(0)
    return question.strip(), answer.strip().lower() == expected, answer


async def main():
    print("Welcome! Type your name:")
    name = input()
    print(f"Hello, {name!r}")
    answers = []
    for q, _ in QUESTIONS:
        answers.append(input(q))
    print()
    results = await asyncio.gather(*(grade(q, exp, a) for (q, exp), a in zip(QUESTIONS, answers)))
    for question, ok, raw in results:
        print(f"{'✓' if ok else '✗'} {question} {raw!r}")
    score = sum(ok for _, ok, _ in results)
    print(f"score: {score}/{len(results)}")
    age = ask_int("Your age? ")
    print("age:", age)
    comment = input("Any comment (blank to skip)? ")
    print("comment:", repr(comment) if comment else "<skipped>")
    motto = input("Motto? ")
    print("motto:", motto, len(motto))
    try:
        extra = input("Anything else? ")
        print("extra:", extra)
    except EOFError as e:
        print()
        print("EOFError caught:", repr(e), "args:", e.args)
    try:
        input()
    except EOFError as e:
        print("again, no prompt:", type(e).__name__, str(e))
    print("stdin closed?", sys.stdin.closed)
    return 0 if score >= 3 else 1


sys.exit(asyncio.run(main()))

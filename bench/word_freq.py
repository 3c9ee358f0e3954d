# Word frequencies: build a deterministic text of 2,000,000 words (picked from a fixed list
# by an inline LCG, with some capitalisation, punctuation and numbered variants), then count
# words with str.split / strip / lower and a dict, and sort by (-count, word).
# ops: 2000000 words
import asyncio

N_WORDS = 2000000

WORDS = [
    "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "river", "stone",
    "light", "shadow", "window", "garden", "silver", "orange", "market", "engine", "signal", "paper",
    "winter", "summer", "forest", "castle", "bridge", "rocket", "planet", "socket", "thread", "future",
    "a", "an", "and", "of", "to", "in", "is", "it", "that", "was",
    "loop", "task", "event", "queue", "timer", "await", "yield", "stack", "frame", "value",
]
PUNCT = [",", ".", "!", "?", ";"]


def make_text(n, seed):
    state = seed
    parts = []
    for _ in range(n):
        state = state * 48271 % 2147483647
        r = state >> 8
        word = WORDS[r % len(WORDS)]
        r //= len(WORDS)
        if r % 16 == 0:
            word = word + str(r // 16 % 500)
        if r % 7 == 0:
            word = word.capitalize()
        elif r % 29 == 0:
            word = word.upper()
        if r % 11 == 0:
            word = word + PUNCT[r // 11 % len(PUNCT)]
        parts.append(word)
    return " ".join(parts)


def count_words(text):
    counts = {}
    for token in text.split():
        word = token.strip(".,!?;").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


async def main():
    text = make_text(N_WORDS, 12345)
    counts = count_words(text)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    print(len(text), len(counts))
    print(" ".join(f"{w}:{c}" for w, c in ranked[:5]))
    print(" ".join(f"{w}:{c}" for w, c in ranked[-3:]))


asyncio.run(main())

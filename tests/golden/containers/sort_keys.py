# list.sort / sorted with key, reverse, stability; min/max with key and default.
people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cat", 31, 5.2), ("dan", 25, 5.9), ("eve", 40, 5.5)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_height = sorted(people, key=lambda p: p[2], reverse=True)
print([p[0] for p in by_height])
words = ["Banana", "apple", "cherry", "Apple", "banana", "date", "Date"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
words.sort(reverse=True)
print(words)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: n % 3), sorted(nums, reverse=True))
print(min(nums, key=abs), max(nums, key=abs), min([], default="empty"), max([], key=abs, default=0))
print(min("hello"), max("a", "B", "c", key=str.upper), min((2, "b"), (2, "a")), max([[1, 2], [1, 2, 0]]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
mixed = [2.5, 1, True, -0.5, 3]
print(sorted(mixed), sorted(mixed, key=float, reverse=True))
lst = [5, 1, 4]
print(lst.sort(), lst, sorted(lst) is lst, sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted("banana"), sorted(range(10), key=lambda i: (i % 2, -i)))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
pairs.sort(key=lambda t: t[0])
print(pairs)
print(list(reversed(sorted(pairs))), sorted(pairs, key=lambda t: t[1])[:2])

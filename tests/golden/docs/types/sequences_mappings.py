# Library Reference, Built-in Types: sequence operations, lists, tuples, ranges, sets, dicts and views

# Common Sequence Operations, notes
print("gg" in "eggs", [1] in [[1], 2], 3 not in (1, 2))
lists = [[]] * 3
print(lists)
lists[0].append(3)
print(lists)
lists = [[] for i in range(3)]
lists[0].append(3)
lists[1].append(5)
lists[2].append(7)
print(lists)
s = list(range(10))
print(s[2:8:3], s[::-1], s[-3:], s[100:], s[::2], s[5:1:-1], s[-100:3])
print('abc' * 0, [1, 2] * -1, 3 * (1,), s.index(5, 2, 8), s.count(3), min(s), max(s), len(s))
try:
    s.index(5, 6)
except ValueError as e:
    print('ValueError:', e)

# Mutable Sequence Types
s = [0, 1, 2, 3, 4, 5]
s[1:3] = ['a', 'b', 'c']
print(s)
s[::2] = [10, 20, 30, 40]
print(s)
try:
    s[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
del s[::3]
print(s)
s *= 2
print(s)
s += 'xy'
print(s)
s.reverse()
print(s.pop(1), s)

# list.sort stability and key
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
data.sort(key=lambda r: r[0])
print(data)
words = ['banana', 'Apple', 'cherry']
words.sort(key=str.lower, reverse=True)
print(words)
try:
    [3, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)

# Tuples
print((), ('a',), tuple('abc'), tuple([1, 2]), (1, 2) + (3,), (1, 2) * 2, (1, 2, 2).count(2))

# Ranges
print(list(range(10)), list(range(1, 11)), list(range(0, 30, 5)), list(range(0, -10, -1)))
r = range(0, 20, 2)
print(r, 11 in r, 10 in r, r.index(10), r[5], r[:5], r[-1])
print(range(0, 3, 2) == range(0, 4, 2), hash(range(0)) == hash(range(1, 1)))

# Set Types
a = {1, 2, 3}
b = frozenset([2, 3, 4])
print(a | b, a & b, a - b, a ^ b, b | a, type(b | a).__name__, type(a | b).__name__)
print(a.isdisjoint({9}), {1, 2} <= a, {1, 2} < a, a >= {1}, a > a, a.issubset(range(5)), a.issuperset([1]))
print(a.union([9], (8,)), a.intersection(range(3)), a.difference([1]), a.symmetric_difference([3, 5]))
print(set('abc') == frozenset('abc'), {frozenset({1})} , frozenset([1, 2]) in {frozenset([2, 1])})
c = {1, 2}
c |= {3}
c &= {2, 3, 4}
c -= {9}
c ^= {2, 7}
c.add(0)
c.discard(5)
c.update([10], [11])
print(sorted(c))
c.remove(10)
print(sorted(c), c.pop() in {0, 3, 7, 11}, len(c))
try:
    c.remove(99)
except KeyError as e:
    print('KeyError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)

# Mapping Types -- dict
a = dict(one=1, two=2, three=3)
b = {'one': 1, 'two': 2, 'three': 3}
c = dict(zip(['one', 'two', 'three'], [1, 2, 3]))
d = dict([('two', 2), ('one', 1), ('three', 3)])
e = dict({'three': 3, 'one': 1, 'two': 2})
f = dict({'one': 1, 'three': 3}, two=2)
print(a == b == c == d == e == f)
print(list(f))
d = {"one": 1, "two": 2, "three": 3, "four": 4}
print(d, list(d), list(d.values()))
d["one"] = 42
print(d)
del d["two"]
d["two"] = None
print(d)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d.get('five'), d.get('five', 5), d.setdefault('six', 6), d.setdefault('six', 7), d.pop('six'), d.pop('zzz', 'nope'))
print(d.popitem(), d, dict.fromkeys(['a', 'b']), dict.fromkeys('xy', 0))
d2 = {'a': 1}
d2.update({'b': 2}, c=3)
d2.update([('d', 4)])
print(d2, d2 | {'a': 100, 'z': 0}, {'z': 0} | d2)
d2 |= [('e', 5)]
print(d2, len(d2), 'a' in d2, 1 in d2)

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
print(c['red'])
c['red'] += 1
print(c['red'], c)

# Dictionary view objects
dishes = {'eggs': 2, 'sausage': 1, 'bacon': 1, 'spam': 500}
keys = dishes.keys()
values = dishes.values()
n = 0
for val in values:
    n += val
print(n)
print(list(keys))
print(list(values))
del dishes['eggs']
del dishes['sausage']
print(list(keys))
print(keys & {'eggs', 'bacon', 'salad'})
print(keys ^ {'sausage', 'juice'} == {'juice', 'sausage', 'bacon', 'spam'})
print(keys | ['juice', 'juice', 'juice'] == {'bacon', 'spam', 'juice'})
print(values.mapping, keys.mapping['spam'])
print(dishes.keys(), dishes.values(), dishes.items())
print(dishes.items() & {('spam', 500)}, ('bacon', 1) in dishes.items(), dishes.keys() == {'bacon', 'spam'})
try:
    for k in dishes:
        dishes['new'] = 1
except RuntimeError as e:
    print('RuntimeError:', e)

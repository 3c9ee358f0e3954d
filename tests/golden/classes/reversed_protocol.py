# reversed(): __reversed__, a sequence walked by __getitem__ from len()-1, the built-in
# reverse iterators and their type names, and what is not reversible.
for x in ["ab", [1, 2], (1, 2), range(3), {"a": 1, "b": 2}, {"a": 1}.keys(), {"a": 1}.values(), {"a": 1}.items(), b"ab", bytearray(b"xy")]:
    r = reversed(x)
    print(type(r).__name__, list(r))
for x in [{1, 2}, (i for i in range(2)), 5, iter([1])]:
    try:
        reversed(x)
    except TypeError as e:
        print("TypeError:", e)
class S:
    def __len__(self): return 2
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(S())), type(reversed(S())).__name__)
class G:
    def __getitem__(self, i): return i
try:
    reversed(G())
except TypeError as e:
    print("TypeError:", e)
class N:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(N())
except TypeError as e:
    print("TypeError:", e)
l = [1, 2, 3]
r = reversed(l)
l.append(4)
print(list(r))
l = [1, 2, 3]
r = reversed(l)
l.pop(); l.pop()
print(list(r))

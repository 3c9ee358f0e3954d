# Tutorial chapter 5: Data Structures

# 5.1 More on Lists
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.count('apple'))
print(fruits.count('tangerine'))
print(fruits.index('banana'))
print(fruits.index('banana', 4))
fruits.reverse()
print(fruits)
fruits.append('grape')
print(fruits)
fruits.sort()
print(fruits)
print(fruits.pop())
try:
    fruits.index('cherry')
except ValueError as e:
    print('ValueError:', e)
a = [3, 1, 2]
a.insert(0, 'x')
a.insert(len(a), 'y')
a.extend(range(2))
print(a)
a.remove('x')
print(a, a.pop(0), a)
b = a.copy()
a.clear()
print(a, b)
try:
    a.remove(99)
except ValueError as e:
    print('ValueError:', e)
try:
    [None, 'hello', 10].sort()
except TypeError as e:
    print('TypeError:', e)

# 5.1.1 Using Lists as Stacks
stack = [3, 4, 5]
stack.append(6)
stack.append(7)
print(stack)
print(stack.pop())
print(stack)
print(stack.pop())
print(stack.pop())
print(stack)

# 5.1.3 List Comprehensions
squares = []
for x in range(10):
    squares.append(x**2)
print(squares, x)
squares = list(map(lambda x: x**2, range(10)))
print(squares)
squares = [x**2 for x in range(10)]
print(squares)
print([(x, y) for x in [1,2,3] for y in [3,1,4] if x != y])
combs = []
for x in [1,2,3]:
    for y in [3,1,4]:
        if x != y:
            combs.append((x, y))
print(combs)
vec = [-4, -2, 0, 2, 4]
print([x*2 for x in vec])
print([x for x in vec if x >= 0])
print([abs(x) for x in vec])
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print([weapon.strip() for weapon in freshfruit])
print([(x, x**2) for x in range(6)])
vec = [[1,2,3], [4,5,6], [7,8,9]]
print([num for elem in vec for num in elem])
print([str(round(355/113, i)) for i in range(1, 6)])

# 5.1.4 Nested List Comprehensions
matrix = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]
print([[row[i] for row in matrix] for i in range(4)])
transposed = []
for i in range(4):
    transposed.append([row[i] for row in matrix])
print(transposed)
transposed = []
for i in range(4):
    transposed_row = []
    for row in matrix:
        transposed_row.append(row[i])
    transposed.append(transposed_row)
print(transposed)
print(list(zip(*matrix)))

# 5.2 The del statement
a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]
print(a)
del a[2:4]
print(a)
del a[:]
print(a)
del a
try:
    print(a)
except NameError as e:
    print('NameError:', e)

# 5.3 Tuples and Sequences
t = 12345, 54321, 'hello!'
print(t[0])
print(t)
u = t, (1, 2, 3, 4, 5)
print(u)
try:
    t[0] = 88888
except TypeError as e:
    print('TypeError:', e)
v = ([1, 2, 3], [3, 2, 1])
print(v)
empty = ()
singleton = 'hello',    # <-- note trailing comma
print(len(empty), len(singleton), singleton)
x, y, z = t
print(x, y, z)

# 5.4 Sets
basket = {'apple', 'orange', 'apple', 'pear', 'orange', 'banana'}
print(sorted(basket))
print('orange' in basket)
print('crabgrass' in basket)
a = set('abracadabra')
b = set('alacazam')
print(sorted(a))
print(sorted(a - b))
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a ^ b))
a = {x for x in 'abracadabra' if x not in 'abc'}
print(sorted(a))
print({3, 1, 2}, {x * 10 for x in range(5)}, set())

# 5.5 Dictionaries
tel = {'jack': 4098, 'sape': 4139}
tel['guido'] = 4127
print(tel)
print(tel['jack'])
del tel['sape']
tel['irv'] = 4127
print(tel)
print(list(tel))
print(sorted(tel))
print('guido' in tel)
print('jack' not in tel)
print(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)]))
print({x: x**2 for x in (2, 4, 6)})
print(dict(sape=4139, guido=4127, jack=4098))
try:
    tel['nobody']
except KeyError as e:
    print('KeyError:', e)

# 5.6 Looping Techniques
knights = {'gallahad': 'the pure', 'robin': 'the brave'}
for k, v in knights.items():
    print(k, v)
for i, v in enumerate(['tic', 'tac', 'toe']):
    print(i, v)
questions = ['name', 'quest', 'favorite color']
answers = ['lancelot', 'the holy grail', 'blue']
for q, a in zip(questions, answers):
    print('What is your {0}?  It is {1}.'.format(q, a))
for i in reversed(range(1, 10, 2)):
    print(i)
basket = ['apple', 'orange', 'apple', 'pear', 'orange', 'banana']
for i in sorted(basket):
    print(i)
for f in sorted(set(basket)):
    print(f)
raw_data = [56.2, float('NaN'), 51.7, 55.3, 52.5, float('NaN'), 47.8]
filtered_data = []
for value in raw_data:
    if value == value:
        filtered_data.append(value)
print(filtered_data)

# 5.7 More on Conditions
string1, string2, string3 = '', 'Trondheim', 'Hammer Dance'
non_null = string1 or string2 or string3
print(non_null)

# 5.8 Comparing Sequences and Other Types
print((1, 2, 3) < (1, 2, 4))
print([1, 2, 3] < [1, 2, 4])
print('ABC' < 'C' < 'Pascal' < 'Python')
print((1, 2, 3, 4) < (1, 2, 4))
print((1, 2) < (1, 2, -1))
print((1, 2, 3) == (1.0, 2.0, 3.0))
print((1, 2, ('aa', 'ab')) < (1, 2, ('abc', 'a'), 4))
try:
    print((1, 2) < (1, 'x'))
except TypeError as e:
    print('TypeError:', e)

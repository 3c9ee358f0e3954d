# Tutorial 4.8: More on Defining Functions

# 4.8.1 Default Argument Values
def ask_ok(prompt, retries=4, reminder='Please try again!', answers=()):
    answers = list(answers)
    while True:
        ok = answers.pop(0) if answers else 'n'
        print(prompt, ok)
        if ok in ('y', 'ye', 'yes'):
            return True
        if ok in ('n', 'no', 'nop', 'nope'):
            return False
        retries = retries - 1
        if retries < 0:
            raise ValueError('invalid user response')
        print(reminder)

print(ask_ok('Do you really want to quit?', answers=['yes']))
print(ask_ok('OK to overwrite the file?', 2, answers=['x', 'no']))
try:
    ask_ok('OK to overwrite the file?', 2, 'Come on, only yes or no!', ['a', 'b', 'c'])
except ValueError as e:
    print('ValueError:', e)

i = 5

def f(arg=i):
    print(arg)

i = 6
f()

def f(a, L=[]):
    L.append(a)
    return L

print(f(1))
print(f(2))
print(f(3))

def f(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L

print(f(1), f(2), f(3))

# 4.8.2 Keyword Arguments
def parrot(voltage, state='a stiff', action='voom', type='Norwegian Blue'):
    print("-- This parrot wouldn't", action, end=' ')
    print("if you put", voltage, "volts through it.")
    print("-- Lovely plumage, the", type)
    print("-- It's", state, "!")

parrot(1000)
parrot(voltage=1000)
parrot(voltage=1000000, action='VOOOOOM')
parrot(action='VOOOOOM', voltage=1000000)
parrot('a million', 'bereft of life', 'jump')
parrot('a thousand', state='pushing up the daisies')
for call in (lambda: parrot(),
             lambda: parrot(voltage=5.0, **{'dead': True}),
             lambda: parrot(110, voltage=220),
             lambda: parrot(actor='John Cleese')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def function(a):
    pass

try:
    function(0, a=0)
except TypeError as e:
    print('TypeError:', e)

def cheeseshop(kind, *arguments, **keywords):
    print("-- Do you have any", kind, "?")
    print("-- I'm sorry, we're all out of", kind)
    for arg in arguments:
        print(arg)
    print("-" * 40)
    for kw in keywords:
        print(kw, ":", keywords[kw])

cheeseshop("Limburger", "It's very runny, sir.",
           "It's really very, VERY runny, sir.",
           shopkeeper="Michael Palin",
           client="John Cleese",
           sketch="Cheese Shop Sketch")

# 4.8.3 Special parameters
def standard_arg(arg):
    print(arg)

def pos_only_arg(arg, /):
    print(arg)

def kwd_only_arg(*, arg):
    print(arg)

def combined_example(pos_only, /, standard, *, kwd_only):
    print(pos_only, standard, kwd_only)

standard_arg(2)
standard_arg(arg=2)
pos_only_arg(1)
kwd_only_arg(arg=3)
combined_example(1, 2, kwd_only=3)
combined_example(1, standard=2, kwd_only=3)
for call in (lambda: pos_only_arg(arg=1),
             lambda: kwd_only_arg(3),
             lambda: combined_example(1, 2, 3),
             lambda: combined_example(pos_only=1, standard=2, kwd_only=3)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def foo(name, **kwds):
    return 'name' in kwds

try:
    foo(1, **{'name': 2})
except TypeError as e:
    print('TypeError:', e)

def foo(name, /, **kwds):
    return 'name' in kwds

print(foo(1, **{'name': 2}))

# 4.8.4 Arbitrary Argument Lists
def write_multiple_items(sep, *args):
    print(sep.join(args))

write_multiple_items('/', 'a', 'b', 'c')

def concat(*args, sep="/"):
    return sep.join(args)

print(concat("earth", "mars", "venus"))
print(concat("earth", "mars", "venus", sep="."))

# 4.8.5 Unpacking Argument Lists
print(list(range(3, 6)))
args = [3, 6]
print(list(range(*args)))
d = {"voltage": "four million", "state": "bleedin' demised", "action": "VOOM"}
parrot(**d)

# 4.8.6 Lambda Expressions
def make_incrementor(n):
    return lambda x: x + n

f = make_incrementor(42)
print(f(0), f(1))
pairs = [(1, 'one'), (2, 'two'), (3, 'three'), (4, 'four')]
pairs.sort(key=lambda pair: pair[1])
print(pairs)

# 4.8.7 Documentation Strings
def my_function():
    """Do nothing, but document it.

    No, really, it doesn't do anything.
    """
    pass

print(my_function.__doc__)

# 4.8.8 Function Annotations
def f(ham: str, eggs: str = 'eggs') -> str:
    print("Annotations:", f.__annotations__)
    print("Arguments:", ham, eggs)
    return ham + ' and ' + eggs

print(f('spam'))

# Floats and bools hash like the equal ints, so 1, 1.0 and True are one element and the first
# one added is the one kept.
print({1.5, 2.5, 0.5}, {0.1, 0.2, 0.3}, {-0.5, 3.25, 1e10, 1e-10})
print({1, 1.0, True}, {True, 1, 1.0}, {1.0, True, 1}, {0, False, 0.0})
print({2.0, 2, 4.0, 4}, {False, True, 2, 3.0})
prices = [19.99, 5.25, 100.0, 0.75, 12.5, 5.25, 19.99, 3.125]
print(set(prices), sorted(set(prices)))
s = {x / 4 for x in range(-10, 10)}
print(s)
print({float(n) for n in range(20)} == set(range(20)))
print({1} | {1.0}, {1.0} | {1}, {1} & {1.0}, {1.0} & {1}, {1, 2} & {1.0}, {1.0, 2.0} & {1})
print({True, False} - {0}, {True} ^ {1.0, 2})
flags = set()
for v in [True, 1, 1.0, False, 0, 0.0, 2, 2.0]:
    flags.add(v)
print(flags, len(flags))
print(2.5 in {2.5}, 3 in {3.0}, True in {1}, 1.0 in {True}, 2**53 in {float(2**53)})

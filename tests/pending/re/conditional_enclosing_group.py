# A conditional (?(1)...) inside group 1 itself. sre does not undo group 1's end mark when it
# backtracks out of the group, so a later attempt at the same position sees group 1 as set.
import re

print(re.search(r"((|b)(?(1)w))$", "b"))
print([m.span() for m in re.finditer(r"((|b)(?(1)w))", "bb")])
print(re.findall(r"((|[^a])(?(1)w))", "Éc٣"))

# A router that dispatches on Match.lastgroup / lastindex, with patterns whose groups sit
# inside look-aheads: sre's lastindex is the group closed last in matching order, so a group
# in a look-ahead that closes before a later group does not win even if it ends further right.
import re

ROUTES = re.compile(r"/(?P<section>\w+)(?=/(?P<peek>\w+))/(?P<sub>\w)")
for path in ["/docs/intro", "/api/v1"]:
    m = ROUTES.match(path)
    print(path, m.groupdict(), m.lastindex, m.lastgroup)

for pattern, text in [(r"(a)(?=(bc))(b)", "abc"), (r"c{0,3}?((?=((?<=ab)\w)))", "aaaabab "),
                      (r"(a(?=(.{2,}?a?[^a]{1,2}|ba{2}+|(\w{1,2}+))b{0,3})|\Z)", "ab"),
                      (r"(?=(\w+))(\w)", "xyz"), (r"(?P<a>x)(?=(?P<b>yy))(?P<c>y)", "xyy")]:
    m = re.search(pattern, text)
    print(f"{pattern:55} {m.regs} lastindex={m.lastindex} lastgroup={m.lastgroup}")

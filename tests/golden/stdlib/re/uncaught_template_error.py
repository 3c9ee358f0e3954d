# A report formatter whose user-supplied template names a group the pattern does not have:
# the re.error escapes from re.sub, through re's sub, _compile_template and the template
# parser; the lines rendered before it are printed first.
import re

ROW = re.compile(r"(?P<name>\w+):(?P<score>\d+)")


def render(rows, template):
    return [ROW.sub(template, row) for row in rows]


rows = ["ada:93", "bob:71", "zoë:88"]
print(render(rows, r"\g<name> scored \g<score>"))
print(render(rows, r"\2/\1 (\g<0>)"))
print(re.sub(r"(?P<name>\w+):(?P<score>\d+)", r"<\g<score>>", "x:1 y:22"))
print(re.sub(r"(?P<name>\w+):(?P<score>\d+)", r"\g<name> has \g<3> points", "x:1 y:22"))

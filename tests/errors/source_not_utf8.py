# expect: 3:11: Non-UTF-8 code starting with '\xe9' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details
# A Latin-1 byte in a file that declares no coding (CPython: SyntaxError).
print("café")

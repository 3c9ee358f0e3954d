# An f-string cannot follow a bytes literal either.
n = 3
frame = b"LEN" f"{n}"

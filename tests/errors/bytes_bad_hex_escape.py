# \x in a bytes literal needs two hex digits.
marker = b"ok\x4"

# Implicit concatenation cannot mix bytes and str literals.
header = (
    b"HTTP/1.1 200 OK\r\n"
    "Content-Length: 0\r\n"
)

# Repetition beyond what memory holds: MemoryError, and OverflowError for a count that is not
# an index-sized integer, as CPython.
for seq in ("ab", b"ab", bytearray(b"ab"), [1, 2], (1, 2)):
    for n in (2**62, 2**63 - 1):
        for item in (seq, seq[:1]):
            try:
                item * n
            except (MemoryError, OverflowError) as e:
                print(type(item).__name__, len(item), repr(e), e.args)
    try:
        seq * 2**64
    except OverflowError as e:
        print(type(seq).__name__, "OverflowError:", e)
print("ab" * 3, [0] * 2**0, (1,) * -5)

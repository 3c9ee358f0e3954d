# Raw bytes literals are ASCII-only too.
pattern = rb"\d+€"

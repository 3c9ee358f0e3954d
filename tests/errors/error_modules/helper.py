# A module the compile-error cases import from; not a case itself.
present = 1

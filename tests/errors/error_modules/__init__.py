# A package the compile-error cases import from (tests/errors/import_*.py); not a case itself.

# A module with a syntax error (tests/errors/import_syntax_error_in_module.py).
x = 1 +* 2

# expect: 2:10: invalid syntax
# expect-file: error_modules/bad_syntax.py
# A syntax error in an imported module is reported in that module's file.
import error_modules.bad_syntax

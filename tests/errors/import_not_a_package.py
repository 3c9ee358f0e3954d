# expect: 3:8: No module named 'error_modules.helper.sub'; 'error_modules.helper' is not a package
# A submodule of a plain module.
import error_modules.helper.sub

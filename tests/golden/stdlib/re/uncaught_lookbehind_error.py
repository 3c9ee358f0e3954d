# A pattern with a variable-width look-behind fails in re's compiler, not its parser: the
# traceback goes through re._compiler.compile, _code and _compile.
import re

print(re.findall(r"(?<=\$)\d+", "$5 and $10"))
PRICE = re.compile(r"(?<=\$|USD )\d+")

print("b start")
from a import x

y = 2

print("a start")
from b import y

x = 1

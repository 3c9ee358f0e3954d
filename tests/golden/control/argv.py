# args: one 2 three
import sys
print(len(sys.argv), sys.argv[1:])

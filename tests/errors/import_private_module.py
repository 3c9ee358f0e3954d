# expect: 3:8: No module named '_aiocc'
# aiocc's private helper module is not importable from a script.
import _aiocc

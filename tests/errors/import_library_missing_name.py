# expect: 3:29: cannot import name 'shuffled' from 'random' ({STDLIB}/random.py)
# A name aiocc's random module (like CPython's) does not have: ImportError at compile time.
from random import shuffle, shuffled

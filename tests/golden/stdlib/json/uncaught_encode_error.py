# An uncaught TypeError from the encoder: dumps, encode, iterencode and default's frames.
import json


class Thing:
    pass


print(json.dumps({"fine": 1}))
print(json.dumps({"thing": Thing()}))

# An uncaught JSONDecodeError: the traceback goes through json's loads, decode and raw_decode,
# and names the exception json.decoder.JSONDecodeError.
import json


def parse(text):
    return json.loads(text)


print(parse('{"ok": [1, 2]}'))
print(parse('{"broken": [1, 2}'))

# Custom object decoders: a JSONDecoder subclass building objects with object_hook, raw_decode over a
# stream of concatenated documents, object_pairs_hook seeing duplicate keys, and an encoder for
# those objects back to the same text.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class PointDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        if set(d) == {"x", "y"}:
            return Point(d["x"], d["y"])
        return d


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


shapes = json.loads('{"line": [{"x": 0, "y": 0}, {"x": 3, "y": 4}], "label": {"text": "hi"}}', cls=PointDecoder)
print(shapes)
print(json.dumps(shapes, cls=PointEncoder))
print(json.dumps(shapes, cls=PointEncoder, indent=1))

stream = '{"a": 1} [2, 3]  "four"\n5.5 null{"x": 1, "y": 2}'
decoder = PointDecoder()
pos = 0
while pos < len(stream):
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos == len(stream):
        break
    value, pos = decoder.raw_decode(stream, pos)
    print(type(value).__name__, value, pos)

print(json.loads('{"k": 1, "k": 2, "j": 3}'))
print(json.loads('{"k": 1, "k": 2, "j": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1, 2.0, "3"]', parse_int=float, parse_float=str))
try:
    json.loads('{"x": 1, "y": }', cls=PointDecoder)
except json.JSONDecodeError as e:
    print(type(e).__name__, e.msg, e.pos)

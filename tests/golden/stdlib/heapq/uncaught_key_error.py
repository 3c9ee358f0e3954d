"""A key function that fails inside heapq.nlargest: the traceback passes through heapq.py."""
import heapq

scores = [{"name": "ann", "score": 7}, {"name": "bob"}, {"name": "cy", "score": 9}]
print(heapq.nlargest(1, scores[:1], key=lambda r: r["score"]))
print(heapq.nlargest(2, scores, key=lambda r: r["score"]))

class Point:
"""A point."""

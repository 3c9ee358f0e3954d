"""An error of the C reader escaping: no frame of _csv in the traceback."""
import csv
rows = list(csv.reader(['"a"b'], strict=True))

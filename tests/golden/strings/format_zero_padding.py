# The format mini-language's 0 flag: zero fill unless a fill is given, after the sign unless an
# alignment is given, and grouped when separators are asked for (0,001,234,567); which types take
# separators.
for v,s in [(1234567,'=012,'),(1234567,'012,'),(-42,'=08'),(42,'<08'),(3.5,'=+08.2f'),(1234.5,'012,.1f'),(42,'x<08'),(42,'08x'),(255,'#010x'),(1234567,'_^15'),(-1234567,'0=15,'),(3.5,'^08'),("ab","05"),("ab","0>5"),(255,"#012_x"),(-2.5,"010"),(1e20,"030,.2f"),(5,"03"),(True,"05"),(12345.678,"0=20,.2f"),(7,'0<3'),(-3.25,"+012_.3f"), (12, "0^6")]:
  print(repr(s), repr(format(v,s)))
for v,s in [(1.5, ',s'), ("x", ",s"), ("x", "_"), (1+2j, "010"), (1+2j, "0>10")]:
  try: print(format(v,s))
  except Exception as e: print(type(e).__name__, e)

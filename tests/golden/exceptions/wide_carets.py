# Carets under wide (CJK) characters take two columns each, as traceback.py's _display_width.
total = {"寿司": 1200, "ramen🍜": 900}
print("注文:", total["寿司"] + total["ramen🍜"])
print("注文:", total["天ぷら"] + total["寿司"])

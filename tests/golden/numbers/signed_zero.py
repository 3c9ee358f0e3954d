# Signed zeros and special values through floor division, modulo, divmod, round and formatting.
zeros = [0.0, -0.0]
for a in zeros + [1e-300, -1e-300]:
    for b in [1, -1, 2.5]:
        print(f"{a!r:>8} {b!r:>4} // {a // b!r:>5}  % {a % b!r:>8}  divmod {divmod(a, b)}")
print(-0.0 * 5, 0 * -1.0, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0), +(-0.0))
print(round(-0.4), round(-0.04, 1), round(-0.0, 2), f"{-0.0:.1f}", f"{-0.04:.1f}", format(-0.0, "g"))
print(int(-0.0), float(-0), (-0.0).hex(), (-0.0).as_integer_ratio(), (-0.0).is_integer(), float.fromhex("-0x0p0"))
print(max(-0.0, 0.0), min(0.0, -0.0), sorted([0.0, -0.0, -0.0]), -0.0 == 0.0, hash(-0.0) == hash(0))
inf, nan = float("inf"), float("nan")
for v in [inf, -inf, nan]:
    print(f"{v:%} {v:.2%} {v:10.1%}| {v:e} {v:+f} {v:08.2f} {v:<8}| {v:^9}|")
print(inf // 1 if False else "skip", 1 // inf, -1 // inf, 1 % inf, -1 % inf, divmod(5, inf))
print(inf * 0, inf - inf, inf > 1e308, -inf < -1e308, nan != nan, max(1.0, nan), min(nan, 1.0))
print(7.0 // 0.1, 7.0 % 0.1, divmod(7, 0.1), 1 // 0.1, -7 // 0.1, 5.5 % -2, -5.5 % 2)

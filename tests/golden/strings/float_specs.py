# Float presentation types across values: e/E/f/F/g/G/%/n/none, with # and precision edge cases.
vals = [0.0, -0.0, 1.0, 0.1, 123456.789, 1e-7, 1.5e16, 1e100, -2.5, float("inf"), float("nan")]
for v in vals:
    print(f"{v!r:>10} | {v:e} | {v:.0e} | {v:E} | {v:f} | {v:.0f} | {v:#.0f} | {v:F}")
for v in vals:
    print(f"{v!r:>10} | {v:g} | {v:#g} | {v:.2g} | {v:G} | {v:.1%} | {v:%} | {v} | {v:.3}")
for v in [1234.5, 0.000012345, 12345678.9, 100.0, 1e15, 1e16, 123.0]:
    print(f"{v:,.2f} | {v:_.3e} | {v:,g} | {v:.10g} | {v:#.3g} | {v:+.1f} | {v: .1f} | {v:n}")
for v in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005]:
    print(f"{v:.0f} {v:.2f} {v:.1f} {round(v, 1)} {v:.20f}")
print(f"{1e-4:g} {1e-5:g} {123456:g} {1234567:g} {1234567.0:.7g} {0.0001:.0g} {9.99999e5:g}")
print(f"{3.0:.0%} {0.125:.1%} {-1:.2%} {1/3:.5%} {2/3:10.2%}|")
print(format(2.5, ""), format(2.5, "<8"), format(-2.5, "08.3f"), format(2.5, "+"), format(1e22, ""))
print(format(float("-inf"), "08"), format(float("nan"), "+"), format(float("inf"), "E"), format(-0.0, "+g"))
print("%e %.2E %g %G %10.3f|%-10.1f|%+.0f %#.0f %%" % (12345.6789, 0.00012, 1e20, 1e-20, 3.14159, 2.5, 2.5, 3.0))

"""Elementary cellular automata (rules 30, 90, 110) packed into one big int per generation,
plus a population model whose numbers outgrow the default int-to-str limit."""
import sys

WIDTH = 63


def step(state, rule, width=WIDTH):
    mask = (1 << width) - 1
    left = (state << 1) & mask
    right = state >> 1
    out = 0
    for pattern in range(8):
        if rule >> pattern & 1:
            l, c, r = pattern >> 2 & 1, pattern >> 1 & 1, pattern & 1
            a = left if l else ~left & mask
            b = state if c else ~state & mask
            d = right if r else ~right & mask
            out |= a & b & d
    return out


def show(state, width=WIDTH):
    return format(state, f"0{width}b").replace("0", " ").replace("1", "█")


for rule in (90, 30, 110):
    state = 1 << (WIDTH // 2)
    print(f"rule {rule} ({rule:08b})")
    seen = {}
    for gen in range(16):
        print(f"{gen:2} |{show(state)}| {bin(state).count('1'):2}")
        if state in seen:
            print(f"   cycle back to gen {seen[state]}")
            break
        seen[state] = gen
        state = step(state, rule)
    print(f"   final state hex {state:#018x}, bit_length {state.bit_length()}, popcount {state.bit_count() if False else bin(state).count('1')}")

print("rule 30 centre column as random bits:")
state, bits = 1 << (WIDTH // 2), []
for _ in range(64):
    bits.append(state >> (WIDTH // 2) & 1)
    state = step(state, 30)
word = int("".join(map(str, bits)), 2)
print(f"  {word:#x} {word % 1000:03d} {word.to_bytes(8, 'big').hex()} {word >> 60} {-word // 2**40}")

print("population model:")
pop = 7
years = []
for year in range(1, 41):
    pop = pop * 3 + (pop >> 2) - year
    years.append(pop)
print(f"  after 40 years: {len(str(years[-1]))} digits, leading {str(years[-1])[:12]}, mod 97 = {years[-1] % 97}")
print(f"  {years[9]:,}")
print(f"  {years[19]:.6e}")
print(f"  growth ratio ~ {years[-1] / years[-2]:.6f}, {years[-1] // years[-2]}, {divmod(years[-1], 10**30)[0]}")
print(f"  negative big floor div: {-years[-1] // 10**40}, mod {-years[-1] % 10**10}")
big = 3 ** 5000
print("  3**5000 has", big.bit_length(), "bits,", len(hex(big)) - 2, "hex digits")
try:
    print(len(str(big)))
except ValueError as e:
    print("  ValueError:", e)
factorial = 1
for k in range(2, 2000):
    factorial *= k
print("  2000! // 10**5700 =", factorial // 10 ** 5700 if factorial.bit_length() < 10 else "big")
print("  trailing zeros of 1999!:", len(bin(factorial)) - len(bin(factorial).rstrip("0")), "binary")
print(factorial)

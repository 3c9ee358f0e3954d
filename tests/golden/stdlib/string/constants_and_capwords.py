# string's constants used as the scripts use them, and capwords with a separator.
import string

print(len(string.printable), string.ascii_letters[::5], string.digits + string.hexdigits[10:])
print(all(c in string.printable for c in string.punctuation), repr(string.whitespace))
print(string.capwords("  hello   big  world "), string.capwords("a-b-c", "-"), string.capwords("ßtraße ǆemal"))
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (ok)".translate(table))
print(sorted(set("The quick brown fox") & set(string.ascii_lowercase))[:5])

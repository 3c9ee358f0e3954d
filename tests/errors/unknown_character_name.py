# expect: 2:9: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-26: unknown Unicode character name
label = "\N{GREEK SMALL LETTER ALPH}"
print(label)

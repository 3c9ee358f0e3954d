from string import Template
import string
t = Template('$who likes ${what}, $$5 costs $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(), Template('$').is_valid())
print(Template('ok $ bad').safe_substitute())
class Pct(Template):
    delimiter = '%'
    idpattern = '[a-z]+_[0-9]+'
print(Pct('%var_1 and %other %% %x').safe_substitute(var_1='V'), Pct.pattern.pattern[:40])
class Braced(Template):
    braceidpattern = r'[^}]+'
print(Braced('${a b} $c').substitute({'a b': 1, 'c': 2}))
print(string.capwords(' aBc  dEf '), string.capwords('a-b-c', '-'), string.ascii_letters, repr(string.whitespace))
try:
    Template('line one\nline $1 two').substitute()
except ValueError as e:
    print(e)
try:
    Template('$missing').substitute(x=1)
except KeyError as e:
    print('KeyError', e)
print(Template.pattern.flags, Template.delimiter, Template.idpattern)
Template('a\n  ${bad').substitute({})

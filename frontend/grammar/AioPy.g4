// The Python subset aiocc parses. The grammar is deliberately wider than what aiocc compiles:
// constructs such as `class`, `yield` or `with` parse here so that the AST builder can name
// them in a "not supported" error instead of reporting a confusing syntax error.
//
// INDENT, DEDENT and the dropping of NEWLINEs inside brackets are produced by
// IndentingTokenSource (frontend/src/indenting_token_source.cpp), not by lexer rules.
grammar AioPy;

tokens { INDENT, DEDENT }

file_input : (NEWLINE | stmt)* EOF ;

stmt : simple_stmts | compound_stmt ;

simple_stmts : simple_stmt (';' simple_stmt)* ';'? NEWLINE ;

simple_stmt
    : assign_stmt
    | 'pass'
    | 'break'
    | 'continue'
    | 'return' testlist_star?
    | 'raise' (test ('from' test)?)?
    | 'global' NAME (',' NAME)*
    | 'nonlocal' NAME (',' NAME)*
    | 'del' exprlist
    | 'assert' test (',' test)?
    | import_stmt
    | yield_expr
    ;

// `a = b = c`, `a += b`, `a: int = b` or a bare expression statement.
assign_stmt
    : testlist_star (annassign | augassign (yield_expr | testlist) | ('=' (yield_expr | testlist_star))*)
    ;
annassign : ':' test ('=' (yield_expr | testlist_star))? ;
augassign : '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=' ;

import_stmt
    : 'import' dotted_as_name (',' dotted_as_name)*
    | 'from' ('.' | '...')* dotted_name? 'import' ('*' | '(' import_as_names ','? ')' | import_as_names ','?)
    ;
dotted_as_name : dotted_name ('as' NAME)? ;
import_as_names : import_as_name (',' import_as_name)* ;
import_as_name : NAME ('as' NAME)? ;
dotted_name : NAME ('.' NAME)* ;

compound_stmt
    : if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated
    | async_stmt | match_stmt
    ;

// `match` and `case` are soft keywords: names everywhere else.
match_stmt
    : {_input->LT(1)->getText() == "match"}? NAME testlist_star ':' NEWLINE INDENT case_block+ DEDENT ;
case_block : {_input->LT(1)->getText() == "case"}? NAME patterns ('if' test)? ':' block ;

patterns : open_sequence_pattern | pattern ;
pattern : or_pattern ('as' NAME)? ;
or_pattern : closed_pattern ('|' closed_pattern)* ;
closed_pattern
    : '-'? NUMBER (('+' | '-') NUMBER)?          # NumberPattern
    | STRING+                                    # StringPattern
    | 'None'                                     # NonePattern
    | 'True'                                     # TruePattern
    | 'False'                                    # FalsePattern
    | name_or_attr '(' pattern_args? ')'         # ClassPattern
    | name_or_attr                               # NamePattern
    | '(' ')'                                    # EmptyTuplePattern
    | '(' pattern ')'                            # GroupPattern
    | '(' open_sequence_pattern ')'              # TuplePattern
    | '[' maybe_sequence_pattern? ']'            # ListPattern
    | '{' mapping_items? '}'                     # MappingPattern
    ;
name_or_attr : NAME ('.' NAME)* ;
open_sequence_pattern : maybe_star_pattern ',' maybe_sequence_pattern? ;
maybe_sequence_pattern : maybe_star_pattern (',' maybe_star_pattern)* ','? ;
maybe_star_pattern : STAR NAME | pattern ;
mapping_items : mapping_item (',' mapping_item)* ','? ;
mapping_item : POWER NAME | closed_pattern ':' pattern ;
pattern_args : pattern_arg (',' pattern_arg)* ','? ;
pattern_arg : NAME '=' pattern | pattern ;
async_stmt : ASYNC (funcdef | with_stmt | for_stmt) ;
decorated : decorator+ (classdef | funcdef | async_stmt) ;
decorator : '@' test NEWLINE ;

if_stmt : 'if' test ':' block ('elif' test ':' block)* ('else' ':' block)? ;
while_stmt : 'while' test ':' block ('else' ':' block)? ;
for_stmt : 'for' exprlist 'in' testlist ':' block ('else' ':' block)? ;
try_stmt
    : 'try' ':' block
      ( (except_clause ':' block)+ ('else' ':' block)? ('finally' ':' block)?
      | 'finally' ':' block )
    ;
except_clause : 'except' STAR? (test ('as' NAME)?)? ;
with_stmt : 'with' with_item (',' with_item)* ':' block ;
with_item : test ('as' expr)? ;
funcdef : 'def' NAME '(' parameters? ')' ('->' test)? ':' block ;
classdef : 'class' NAME ('(' arglist? ')')? ':' block ;

parameters : param (',' param)* ','? ;
param
    : NAME (':' test)? ('=' test)?     # PlainParam
    | STAR (NAME (':' test)?)?         # StarParam
    | POWER NAME (':' test)?           # KwargsParam
    | '/'                              # PosOnlyMarker
    ;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT ;

// ---- expressions -------------------------------------------------------------------------
test
    : or_test ('if' or_test 'else' test)?
    | lambdef
    | NAME ':=' test
    ;
test_nocond : or_test | lambdef ;
lambdef : 'lambda' lambda_params? ':' test ;
lambda_params : lambda_param (',' lambda_param)* ','? ;
lambda_param : NAME ('=' test)? | STAR NAME? | POWER NAME | '/' ;

or_test : and_test ('or' and_test)* ;
and_test : not_test ('and' not_test)* ;
not_test : 'not' not_test | comparison ;
comparison : expr (comp_op expr)* ;
comp_op : '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not' ;
star_expr : STAR expr ;

expr : xor_expr ('|' xor_expr)* ;
xor_expr : and_expr ('^' and_expr)* ;
and_expr : shift_expr ('&' shift_expr)* ;
shift_expr : arith_expr (shift_op arith_expr)* ;
shift_op : '<<' | '>>' ;
arith_expr : term (arith_op term)* ;
arith_op : '+' | '-' ;
term : factor (term_op factor)* ;
term_op : STAR | '/' | '%' | '//' | '@' ;
factor : unary_op factor | power ;
unary_op : '+' | '-' | '~' ;
power : await_primary (POWER factor)? ;
await_primary : AWAIT? atom trailer* ;

trailer
    : '(' arglist? ')'          # CallTrailer
    | '[' subscript ']'         # SubscriptTrailer
    | '.' NAME                  # AttrTrailer
    ;
subscript
    : test                                  # IndexSubscript
    | test? ':' test? (':' test?)?          # SliceSubscript
    | subscript_item (',' subscript_item)+ ','?   # TupleSubscript
    | subscript_item ','                    # TupleSubscript1
    ;
subscript_item : test | test? ':' test? (':' test?)? ;

atom
    : '(' (yield_expr | testlist_comp)? ')'   # ParenAtom
    | '[' testlist_comp? ']'                  # ListAtom
    | '{' dictorsetmaker? '}'                 # BraceAtom
    | NAME                                    # NameAtom
    | NUMBER                                  # NumberAtom
    | STRING+                                 # StringAtom
    | '...'                                   # EllipsisAtom
    | 'None'                                  # NoneAtom
    | 'True'                                  # TrueAtom
    | 'False'                                 # FalseAtom
    ;

testlist_comp : (test | star_expr) (comp_for | (',' (test | star_expr))* ','?) ;
dictorsetmaker
    : dict_item (comp_for | (',' dict_item)* ','?)
    | (test | star_expr) (comp_for | (',' (test | star_expr))* ','?)
    ;
dict_item : test ':' test | POWER expr ;

comp_for : ASYNC? 'for' exprlist 'in' or_test comp_iter? ;
comp_iter : comp_for | comp_if ;
comp_if : 'if' test_nocond comp_iter? ;

exprlist : (expr | star_expr) (',' (expr | star_expr))* ','? ;
testlist : test (',' test)* ','? ;
testlist_star : (test | star_expr) (',' (test | star_expr))* ','? ;

arglist : argument (',' argument)* ','? ;
argument
    : test comp_for?       # PositionalArg
    | NAME '=' test        # KeywordArg
    | STAR test            # StarArg
    | POWER test           # DoubleStarArg
    ;

yield_expr : 'yield' ('from' test | testlist_star)? ;

// ---- lexer ---------------------------------------------------------------------------------
ASYNC : 'async' ;
AWAIT : 'await' ;
STAR : '*' ;
POWER : '**' ;

NUMBER
    : DEC_INT | HEX_INT | OCT_INT | BIN_INT | FLOAT_NUM | IMAG_NUM
    ;
fragment DEC_INT : [1-9] ('_'? [0-9])* | '0' ('_'? '0')* ;
fragment HEX_INT : '0' [xX] ('_'? [0-9a-fA-F])+ ;
fragment OCT_INT : '0' [oO] ('_'? [0-7])+ ;
fragment BIN_INT : '0' [bB] ('_'? [01])+ ;
fragment DIGITS : [0-9] ('_'? [0-9])* ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment POINT_FLOAT : DIGITS? '.' DIGITS | DIGITS '.' ;
fragment FLOAT_NUM : (POINT_FLOAT | DIGITS) EXPONENT | POINT_FLOAT ;
fragment IMAG_NUM : (FLOAT_NUM | DIGITS) [jJ] ;

STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING) ;
fragment STRING_PREFIX : [rRbBfFuU] | [rR][bBfF] | [bBfF][rR] ;
fragment SHORT_STRING
    : '\'' (ESCAPE_SEQ | ~[\\\r\n'])* '\''
    | '"' (ESCAPE_SEQ | ~[\\\r\n"])* '"'
    ;
fragment LONG_STRING
    : '\'\'\'' (ESCAPE_SEQ | ~'\\')*? '\'\'\''
    | '"""' (ESCAPE_SEQ | ~'\\')*? '"""'
    ;
fragment ESCAPE_SEQ : '\\' . ;

NAME : ID_START ID_CONTINUE* ;
fragment ID_START : [a-zA-Z_] | ~[\u0000-\u007F] ;
fragment ID_CONTINUE : ID_START | [0-9] ;

NEWLINE : '\r'? '\n' | '\r' ;
LINE_JOIN : '\\' '\r'? '\n' -> skip ;
COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t\f]+ -> skip ;
// Anything else becomes one token the parser cannot use, so it reports a syntax error there.
UNKNOWN_CHAR : . ;

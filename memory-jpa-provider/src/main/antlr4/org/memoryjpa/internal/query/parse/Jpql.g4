/*
 * The Jakarta Persistence 3.2 query language (chapter 4 of the specification; its BNF is section 4.14)
 * and the HQL forms that Hibernate users write most (optional SELECT and alias, COUNT(*), ILIKE,
 * LIMIT/OFFSET/FETCH FIRST, !=, functions called by name, UPDATE VERSIONED).
 *
 * Rule names are the BNF's where the BNF has the rule. Two deliberate departures keep the grammar
 * unambiguous and fast under SLL prediction:
 *
 * - Expressions are not split by type. The BNF's arithmetic_expression, string_expression,
 *   datetime_expression, boolean_expression, enum_expression and entity_expression share one syntax
 *   here (scalar_expression down to arithmetic_primary); which one an expression is depends on the
 *   metamodel, so the binder decides. Likewise every path form of the BNF (state_field_path_expression,
 *   single_valued_object_path_expression, collection_valued_path_expression, enum and entity type
 *   literals) is one path_expression.
 * - A condition parses its left operand once (simple_cond_expression) and then one of the BNF's
 *   comparison_expression, between_expression, in_expression, ... which here are the part after the
 *   left operand. A left operand with nothing after it is a boolean expression used as a condition
 *   (HQL); the binder checks that it is boolean.
 *
 * Keywords are case-insensitive. Words that the specification does not reserve, and the reserved
 * function names, may also be identification variables, result variables and the first segment of a
 * path (rule identifier); after a dot, after AS, after NEW and in entity names every word is a name.
 */
grammar Jpql;

options { caseInsensitive = true; }

// ===================================================================================== statements

ql_statement
    : (select_statement | update_statement | delete_statement) EOF
    ;

select_statement
    : union
    ;

// UNION and EXCEPT bind less tightly than INTERSECT; all are left-associative
union
    : intersection (union_operator intersection)*
    ;

union_operator
    : (UNION | EXCEPT) ALL?
    ;

intersection
    : query_expression (intersect_operator query_expression)*
    ;

intersect_operator
    : INTERSECT ALL?
    ;

// ORDER BY and LIMIT after a parenthesised query are HQL (and SQL)
query_expression
    : select_query
    | LEFT_PAREN union RIGHT_PAREN orderby_clause? limit_offset?
    ;

// the select clause is optional (3.2 and HQL); LIMIT/OFFSET/FETCH are HQL
select_query
    : select_clause? from_clause where_clause? groupby_clause? having_clause? orderby_clause? limit_offset?
    ;

update_statement
    : update_clause where_clause?
    ;

delete_statement
    : delete_clause where_clause?
    ;

// ========================================================================================== FROM

from_clause
    : FROM identification_variable_declaration
      (COMMA (identification_variable_declaration | collection_member_declaration))*
    ;

identification_variable_declaration
    : range_variable_declaration (join | fetch_join)*
    ;

// the alias is optional: without one the entity is the implicit variable `this` (3.2)
range_variable_declaration
    : entity_name (AS? identification_variable)?
    ;

join
    : path_join
    | range_join
    ;

// the alias is optional in HQL
path_join
    : join_spec join_association_path_expression (AS? identification_variable)? join_condition?
    ;

// an entity join: the entity name is a single word here, because a dotted name is a path join
range_join
    : join_spec entity_name_word AS? identification_variable join_condition?
    ;

// the alias is HQL
fetch_join
    : join_spec FETCH join_association_path_expression (AS? identification_variable)?
    ;

join_spec
    : (INNER | LEFT OUTER?)? JOIN
    ;

join_condition
    : ON conditional_expression
    ;

join_association_path_expression
    : join_path_expression
    | TREAT LEFT_PAREN join_path_expression AS entity_name RIGHT_PAREN
    ;

// the BNF's join_collection_valued_path_expression and join_single_valued_path_expression: one syntax
join_path_expression
    : identification_variable (DOT word)+
    ;

collection_member_declaration
    : IN LEFT_PAREN path_expression RIGHT_PAREN AS? identification_variable
    ;

// =================================================================================== UPDATE, DELETE

// VERSIONED is HQL
update_clause
    : UPDATE VERSIONED? entity_name (AS? identification_variable)? SET update_item (COMMA update_item)*
    ;

update_item
    : path_expression EQUAL new_value
    ;

new_value
    : scalar_expression
    ;

// FROM is optional in HQL
delete_clause
    : DELETE FROM? entity_name (AS? identification_variable)?
    ;

// ======================================================================================== SELECT

select_clause
    : SELECT DISTINCT? select_item (COMMA select_item)*
    ;

// after AS any word but FROM is a result variable; without AS only an identifier
select_item
    : select_expression (AS result_variable | identifier)?
    ;

select_expression
    : constructor_expression
    | OBJECT LEFT_PAREN identification_variable RIGHT_PAREN
    | scalar_expression
    ;

// a class name may be binary (pkg.Outer$Inner): $ is an identifier character
constructor_expression
    : NEW constructor_name LEFT_PAREN constructor_item (COMMA constructor_item)* RIGHT_PAREN
    ;

constructor_name
    : word (DOT word)*
    ;

constructor_item
    : scalar_expression
    ;

result_variable
    : identifier
    | reserved_word
    ;

// ================================================================== WHERE, GROUP BY, HAVING, ORDER BY

where_clause
    : WHERE conditional_expression
    ;

groupby_clause
    : GROUP BY groupby_item (COMMA groupby_item)*
    ;

groupby_item
    : scalar_expression
    ;

having_clause
    : HAVING conditional_expression
    ;

orderby_clause
    : ORDER BY orderby_item (COMMA orderby_item)*
    ;

orderby_item
    : orderby_expression (ASC | DESC)? (NULLS (FIRST | LAST))?
    ;

orderby_expression
    : scalar_expression
    ;

// HQL: LIMIT n [OFFSET m], OFFSET m [ROWS] [LIMIT n | FETCH ...], FETCH {FIRST|NEXT} [n] {ROW|ROWS} ONLY
limit_offset
    : limit_clause offset_clause?
    | offset_clause (limit_clause | fetch_clause)?
    | fetch_clause
    ;

limit_clause
    : LIMIT limit_value
    ;

offset_clause
    : OFFSET limit_value (ROW | ROWS)?
    ;

fetch_clause
    : FETCH (FIRST | NEXT) limit_value? (ROW | ROWS) ONLY
    ;

limit_value
    : INTEGER_LITERAL
    | input_parameter
    ;

// ====================================================================================== subqueries

// ORDER BY and LIMIT in a subquery are HQL
subquery
    : simple_select_clause subquery_from_clause where_clause? groupby_clause? having_clause?
      orderby_clause? limit_offset?
    ;

// a derived path (FROM o.lineItems l) has the syntax of a dotted entity name; the binder tells them apart.
// IN (c.orders) o may come first here (EJB QL style), unlike in the BNF
subquery_from_clause
    : FROM subselect_identification_variable_declaration (COMMA subselect_identification_variable_declaration)*
    ;

subselect_identification_variable_declaration
    : identification_variable_declaration
    | collection_member_declaration
    | derived_collection_member_declaration
    ;

derived_collection_member_declaration
    : IN path_expression (AS? identification_variable)?
    ;

simple_select_clause
    : SELECT DISTINCT? simple_select_expression
    ;

simple_select_expression
    : scalar_expression
    ;

// ====================================================================================== conditions

conditional_expression
    : conditional_term (OR conditional_term)*
    ;

conditional_term
    : conditional_factor (AND conditional_factor)*
    ;

conditional_factor
    : NOT conditional_factor
    | conditional_primary
    ;

conditional_primary
    : LEFT_PAREN conditional_expression RIGHT_PAREN
    | simple_cond_expression
    ;

simple_cond_expression
    : exists_expression
    | scalar_expression
      ( comparison_expression
      | between_expression
      | in_expression
      | like_expression
      | null_comparison_expression
      | empty_collection_comparison_expression
      | collection_member_expression
      )?
    ;

comparison_expression
    : comparison_operator (scalar_expression | all_or_any_expression)
    ;

// != and ^= are HQL spellings of <>
comparison_operator
    : EQUAL
    | NOT_EQUAL
    | LESS
    | LESS_EQUAL
    | GREATER
    | GREATER_EQUAL
    ;

between_expression
    : NOT? BETWEEN scalar_expression AND scalar_expression
    ;

// a parenthesised list, a subquery, or a collection-valued parameter without parentheses
in_expression
    : NOT? IN
      ( LEFT_PAREN subquery RIGHT_PAREN
      | LEFT_PAREN in_item (COMMA in_item)* RIGHT_PAREN
      | collection_valued_input_parameter
      )
    ;

in_item
    : scalar_expression
    ;

collection_valued_input_parameter
    : input_parameter
    ;

// ILIKE is HQL; the pattern may be any string expression (Spring Data writes UPPER(:name))
like_expression
    : NOT? (LIKE | ILIKE) pattern_value (ESCAPE escape_character)?
    ;

pattern_value
    : scalar_expression
    ;

escape_character
    : STRING_LITERAL
    | input_parameter
    ;

null_comparison_expression
    : IS NOT? NULL
    ;

empty_collection_comparison_expression
    : IS NOT? EMPTY
    ;

collection_member_expression
    : NOT? MEMBER OF? path_expression
    ;

exists_expression
    : EXISTS LEFT_PAREN subquery RIGHT_PAREN
    ;

all_or_any_expression
    : (ALL | ANY | SOME) LEFT_PAREN subquery RIGHT_PAREN
    ;

// ===================================================================================== expressions

// || binds less tightly than + and -, as in SQL
scalar_expression
    : arithmetic_expression (DOUBLE_PIPE arithmetic_expression)*
    ;

arithmetic_expression
    : arithmetic_term ((PLUS | MINUS) arithmetic_term)*
    ;

arithmetic_term
    : arithmetic_factor ((ASTERISK | SLASH) arithmetic_factor)*
    ;

arithmetic_factor
    : (PLUS | MINUS)? arithmetic_primary
    ;

arithmetic_primary
    : LEFT_PAREN subquery RIGHT_PAREN
    | LEFT_PAREN scalar_expression RIGHT_PAREN
    | literal
    | input_parameter
    | aggregate_expression
    | case_expression
    | functions_returning_numerics
    | functions_returning_strings
    | functions_returning_datetime
    | extract_datetime_field
    | cast_function
    | type_discriminator
    | entity_id_or_version_function
    | function_invocation
    | generic_function_invocation
    | path_expression
    ;

// COUNT(*) is HQL
aggregate_expression
    : (AVG | MAX | MIN | SUM) LEFT_PAREN DISTINCT? scalar_expression RIGHT_PAREN
    | COUNT LEFT_PAREN (DISTINCT? scalar_expression | ASTERISK) RIGHT_PAREN
    ;

case_expression
    : general_case_expression
    | simple_case_expression
    | coalesce_expression
    | nullif_expression
    ;

// ELSE is optional in HQL
general_case_expression
    : CASE when_clause+ (ELSE scalar_expression)? END
    ;

when_clause
    : WHEN conditional_expression THEN scalar_expression
    ;

simple_case_expression
    : CASE case_operand simple_when_clause+ (ELSE scalar_expression)? END
    ;

case_operand
    : scalar_expression
    ;

simple_when_clause
    : WHEN scalar_expression THEN scalar_expression
    ;

coalesce_expression
    : COALESCE LEFT_PAREN scalar_expression (COMMA scalar_expression)+ RIGHT_PAREN
    ;

nullif_expression
    : NULLIF LEFT_PAREN scalar_expression COMMA scalar_expression RIGHT_PAREN
    ;

// ROUND with one argument is HQL
functions_returning_numerics
    : LENGTH LEFT_PAREN scalar_expression RIGHT_PAREN
    | LOCATE LEFT_PAREN scalar_expression COMMA scalar_expression (COMMA scalar_expression)? RIGHT_PAREN
    | (ABS | CEILING | EXP | FLOOR | LN | SIGN | SQRT) LEFT_PAREN scalar_expression RIGHT_PAREN
    | (MOD | POWER) LEFT_PAREN scalar_expression COMMA scalar_expression RIGHT_PAREN
    | ROUND LEFT_PAREN scalar_expression (COMMA scalar_expression)? RIGHT_PAREN
    | SIZE LEFT_PAREN path_expression RIGHT_PAREN
    | INDEX LEFT_PAREN identification_variable RIGHT_PAREN
    ;

functions_returning_strings
    : CONCAT LEFT_PAREN scalar_expression (COMMA scalar_expression)+ RIGHT_PAREN
    | SUBSTRING LEFT_PAREN scalar_expression COMMA scalar_expression (COMMA scalar_expression)? RIGHT_PAREN
    | TRIM LEFT_PAREN ((trim_specification? trim_character? FROM)? scalar_expression) RIGHT_PAREN
    | (LOWER | UPPER) LEFT_PAREN scalar_expression RIGHT_PAREN
    | (LEFT | RIGHT) LEFT_PAREN scalar_expression COMMA scalar_expression RIGHT_PAREN
    | REPLACE LEFT_PAREN scalar_expression COMMA scalar_expression COMMA scalar_expression RIGHT_PAREN
    ;

trim_specification
    : LEADING
    | TRAILING
    | BOTH
    ;

trim_character
    : STRING_LITERAL
    | input_parameter
    ;

functions_returning_datetime
    : CURRENT_DATE
    | CURRENT_TIME
    | CURRENT_TIMESTAMP
    | LOCAL (DATE | TIME | DATETIME)
    ;

// also the BNF's extract_datetime_part (EXTRACT(DATE FROM ...)): one syntax, the field tells them apart
extract_datetime_field
    : EXTRACT LEFT_PAREN datetime_field FROM scalar_expression RIGHT_PAREN
    ;

// HQL's DAY OF WEEK, DAY OF MONTH, DAY OF YEAR too
datetime_field
    : word (OF word)?
    ;

// the BNF's arithmetic_cast_function and string_cast_function; the binder checks the type name
cast_function
    : CAST LEFT_PAREN scalar_expression AS word RIGHT_PAREN
    ;

type_discriminator
    : TYPE LEFT_PAREN (path_expression | input_parameter) RIGHT_PAREN
    ;

entity_id_or_version_function
    : (ID | VERSION) LEFT_PAREN path_expression RIGHT_PAREN
    ;

// a function name as an identifier is HQL
function_invocation
    : FUNCTION LEFT_PAREN function_name (COMMA function_arg)* RIGHT_PAREN
    ;

function_name
    : STRING_LITERAL
    | identifier
    ;

function_arg
    : scalar_expression
    ;

// HQL: any function by name (year(d), str(x), ceil(x)); the binder resolves the name
generic_function_invocation
    : IDENTIFIER LEFT_PAREN (function_arg (COMMA function_arg)*)? RIGHT_PAREN
    ;

// ========================================================================================== paths

// every path form of the BNF; a bare name is a variable or an attribute of the implicit `this`
path_expression
    : path_start (DOT word)*
    ;

// the reserved words after identification_variable name attributes of `this` (from Order where order > 1)
path_start
    : qualified_identification_variable
    | treated_subpath
    | identification_variable
    | ORDER
    | GROUP
    | MEMBER
    | FIRST
    | LAST
    | LEFT
    | RIGHT
    ;

qualified_identification_variable
    : map_field_identification_variable
    | ENTRY LEFT_PAREN identification_variable RIGHT_PAREN
    ;

map_field_identification_variable
    : (KEY | VALUE) LEFT_PAREN identification_variable RIGHT_PAREN
    ;

treated_subpath
    : TREAT LEFT_PAREN path_expression AS entity_name RIGHT_PAREN
    ;

// ======================================================================================= literals

literal
    : STRING_LITERAL
    | numeric_literal
    | boolean_literal
    | NULL
    | date_time_timestamp_literal
    ;

// suffixes: L Long, BI BigInteger, D Double, F Float, BD BigDecimal; none: Integer (Long if too large), Double
numeric_literal
    : INTEGER_LITERAL
    | LONG_LITERAL
    | BIG_INTEGER_LITERAL
    | DOUBLE_LITERAL
    | FLOAT_LITERAL
    | BIG_DECIMAL_LITERAL
    ;

boolean_literal
    : TRUE
    | FALSE
    ;

// JDBC escapes {d '2024-01-31'}, {t '13:45:00'}, {ts '2024-01-31 13:45:00'}; the builder checks the kind
date_time_timestamp_literal
    : LEFT_BRACE identifier STRING_LITERAL RIGHT_BRACE
    ;

input_parameter
    : NAMED_PARAMETER
    | POSITIONAL_PARAMETER
    ;

// ========================================================================================== names

identification_variable
    : identifier
    ;

entity_name
    : entity_name_word (DOT word)*
    ;

// any word but those that would make the statement ambiguous where an entity name stands
entity_name_word
    : identifier
    | reserved_word
    ;

// names the specification does not reserve, and reserved function names (never ambiguous before '(')
identifier
    : IDENTIFIER
    | ABS | AVG | CAST | CEILING | COALESCE | CONCAT | COUNT | DATE | DATETIME | ENTRY | EXP | EXTRACT
    | FLOOR | FUNCTION | ID | INDEX | KEY | LENGTH | LN | LOCATE | LOWER | MAX | MIN | MOD | NEXT
    | NULLIF | OBJECT | ONLY | POWER | REPLACE | ROUND | ROW | ROWS | SIGN | SIZE | SQRT | SUBSTRING
    | SUM | TIME | TREAT | TRIM | TYPE | UPPER | VALUE | VERSION
    ;

// every other keyword except FROM, FETCH, IN and VERSIONED
reserved_word
    : ALL | AND | ANY | AS | ASC | BETWEEN | BOTH | BY | CASE | CURRENT_DATE | CURRENT_TIME
    | CURRENT_TIMESTAMP | DELETE | DESC | DISTINCT | ELSE | EMPTY | END | ESCAPE | EXCEPT | EXISTS
    | FALSE | FIRST | GROUP | HAVING | ILIKE | INNER | INTERSECT | IS | JOIN | LAST | LEADING | LEFT
    | LIKE | LIMIT | LOCAL | MEMBER | NEW | NOT | NULL | NULLS | OF | OFFSET | ON | OR | ORDER | OUTER
    | RIGHT | SELECT | SET | SOME | THEN | TRAILING | TRUE | UNION | UPDATE | WHEN | WHERE
    ;

// a name after a dot: any word at all
word
    : identifier
    | reserved_word
    | FETCH
    | FROM
    | IN
    | VERSIONED
    ;

// ========================================================================================== lexer

WS : [ \t\r\n\f]+ -> skip ;

// HQL block comments
COMMENT : '/*' .*? '*/' -> skip ;

LEFT_PAREN : '(' ;
RIGHT_PAREN : ')' ;
LEFT_BRACE : '{' ;
RIGHT_BRACE : '}' ;
COMMA : ',' ;
DOT : '.' ;
EQUAL : '=' ;
NOT_EQUAL : '<>' | '!=' | '^=' ;
LESS : '<' ;
LESS_EQUAL : '<=' ;
GREATER : '>' ;
GREATER_EQUAL : '>=' ;
PLUS : '+' ;
MINUS : '-' ;
ASTERISK : '*' ;
SLASH : '/' ;
DOUBLE_PIPE : '||' ;

ABS : 'ABS' ;
ALL : 'ALL' ;
AND : 'AND' ;
ANY : 'ANY' ;
AS : 'AS' ;
ASC : 'ASC' ;
AVG : 'AVG' ;
BETWEEN : 'BETWEEN' ;
BOTH : 'BOTH' ;
BY : 'BY' ;
CASE : 'CASE' ;
CAST : 'CAST' ;
CEILING : 'CEILING' ;
COALESCE : 'COALESCE' ;
CONCAT : 'CONCAT' ;
COUNT : 'COUNT' ;
CURRENT_DATE : 'CURRENT_DATE' ;
CURRENT_TIME : 'CURRENT_TIME' ;
CURRENT_TIMESTAMP : 'CURRENT_TIMESTAMP' ;
DATE : 'DATE' ;
DATETIME : 'DATETIME' ;
DELETE : 'DELETE' ;
DESC : 'DESC' ;
DISTINCT : 'DISTINCT' ;
ELSE : 'ELSE' ;
EMPTY : 'EMPTY' ;
END : 'END' ;
ENTRY : 'ENTRY' ;
ESCAPE : 'ESCAPE' ;
EXCEPT : 'EXCEPT' ;
EXISTS : 'EXISTS' ;
EXP : 'EXP' ;
EXTRACT : 'EXTRACT' ;
FALSE : 'FALSE' ;
FETCH : 'FETCH' ;
FIRST : 'FIRST' ;
FLOOR : 'FLOOR' ;
FROM : 'FROM' ;
FUNCTION : 'FUNCTION' ;
GROUP : 'GROUP' ;
HAVING : 'HAVING' ;
ID : 'ID' ;
ILIKE : 'ILIKE' ;
IN : 'IN' ;
INDEX : 'INDEX' ;
INNER : 'INNER' ;
INTERSECT : 'INTERSECT' ;
IS : 'IS' ;
JOIN : 'JOIN' ;
KEY : 'KEY' ;
LAST : 'LAST' ;
LEADING : 'LEADING' ;
LEFT : 'LEFT' ;
LENGTH : 'LENGTH' ;
LIKE : 'LIKE' ;
LIMIT : 'LIMIT' ;
LN : 'LN' ;
LOCAL : 'LOCAL' ;
LOCATE : 'LOCATE' ;
LOWER : 'LOWER' ;
MAX : 'MAX' ;
MEMBER : 'MEMBER' ;
MIN : 'MIN' ;
MOD : 'MOD' ;
NEW : 'NEW' ;
NEXT : 'NEXT' ;
NOT : 'NOT' ;
NULL : 'NULL' ;
NULLIF : 'NULLIF' ;
NULLS : 'NULLS' ;
OBJECT : 'OBJECT' ;
OF : 'OF' ;
OFFSET : 'OFFSET' ;
ON : 'ON' ;
ONLY : 'ONLY' ;
OR : 'OR' ;
ORDER : 'ORDER' ;
OUTER : 'OUTER' ;
POWER : 'POWER' ;
REPLACE : 'REPLACE' ;
RIGHT : 'RIGHT' ;
ROUND : 'ROUND' ;
ROW : 'ROW' ;
ROWS : 'ROWS' ;
SELECT : 'SELECT' ;
SET : 'SET' ;
SIGN : 'SIGN' ;
SIZE : 'SIZE' ;
SOME : 'SOME' ;
SQRT : 'SQRT' ;
SUBSTRING : 'SUBSTRING' ;
SUM : 'SUM' ;
THEN : 'THEN' ;
TIME : 'TIME' ;
TRAILING : 'TRAILING' ;
TREAT : 'TREAT' ;
TRIM : 'TRIM' ;
TRUE : 'TRUE' ;
TYPE : 'TYPE' ;
UNION : 'UNION' ;
UPDATE : 'UPDATE' ;
UPPER : 'UPPER' ;
VALUE : 'VALUE' ;
VERSION : 'VERSION' ;
VERSIONED : 'VERSIONED' ;
WHEN : 'WHEN' ;
WHERE : 'WHERE' ;

// '' stands for one quote; there are no backslash escapes (4.7.1), so ESCAPE '\' is one backslash
STRING_LITERAL : '\'' (~'\'' | '\'\'')* '\'' ;
// the same without its closing quote: lexed so that the parser can name the problem
UNTERMINATED_STRING_LITERAL : '\'' (~'\'' | '\'\'')* ;

INTEGER_LITERAL : DIGIT+ | HEX_INTEGER ;
LONG_LITERAL : (DIGIT+ | HEX_INTEGER) 'L' ;
BIG_INTEGER_LITERAL : DIGIT+ 'BI' ;
DOUBLE_LITERAL : (DECIMAL | DIGIT+ EXPONENT) 'D'? | DIGIT+ 'D' ;
FLOAT_LITERAL : (DECIMAL | DIGIT+ EXPONENT | DIGIT+) 'F' ;
BIG_DECIMAL_LITERAL : (DECIMAL | DIGIT+ EXPONENT | DIGIT+) 'BD' ;

NAMED_PARAMETER : ':' IDENTIFIER_START IDENTIFIER_PART* ;
POSITIONAL_PARAMETER : '?' DIGIT+ ;

// Java identifier characters, as 4.4.1 asks ($ included, so binary class names are one identifier)
IDENTIFIER : IDENTIFIER_START IDENTIFIER_PART* ;

// anything else: a token of its own, so that the parser reports it with the query's position
UNEXPECTED_CHARACTER : . ;

fragment DECIMAL : DIGIT+ '.' DIGIT* EXPONENT? | '.' DIGIT+ EXPONENT? ;
fragment EXPONENT : 'E' [+-]? DIGIT+ ;
fragment DIGIT : [0-9] ;
// Java's hexadecimal form, which Hibernate accepts too
fragment HEX_INTEGER : '0X' [0-9a-f]+ ;
fragment IDENTIFIER_START : [a-z_$\u0080-\uFFFE] ;
fragment IDENTIFIER_PART : [a-z0-9_$\u0080-\uFFFE] ;

MATCH (n)
WHERE n.name =~ '(?i)chi.*'
RETURN n // comment
;
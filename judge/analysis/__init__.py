"""Analysis over the judging core: finding the bugs the tests do not catch.

mutation     mutants of a file, one AST change each (operators/: one family a module)
mutants      judge every mutant of a problem in batches; survivors, scores
search       an input that tells two solutions apart, found with the package's
             brute-force strategy and shrunk by Hypothesis (host side, forked, bounded)
equivalents  mutants.yaml: survivors recorded as equivalent, with their reasons
"""

"""The problem bank: packages on disk turned into frozen data (host only, no sandbox).

model       Problem, Entry, Case, Limits, Complexity: what a package describes
loader      problem.yaml -> Problem (strict; errors name file and field); finding IDs
fields      typed field access with one-line errors
testfiles   tests/sample, tests/hidden and gen.py's generate() -> Cases (no answers)
inputs      does an input fit the entry point; n, the size of an input
generators  gen.py: generate() and sized(n, seed)
brute       brute.py: the brute force and its Hypothesis strategy of inputs
starter     the file `judge new` writes
"""

"""Any order that holds every workshop once and respects every rule is accepted; [] is
accepted exactly when no such order exists (then the reference returns [] too, since it
fails only when a cycle blocks some workshop)."""


def check(input, expected, got):
    n, rules = input["n"], input["rules"]
    if isinstance(got, tuple):
        got = list(got)
    if not isinstance(got, list):
        return (False, "the answer must be a list of workshop numbers")
    if expected == []:
        return (got == [], "the rules form a cycle, so no order exists and the answer is []")
    if got == []:
        return (False, "an order satisfying every rule exists, but [] was returned")
    if len(got) != n:
        return (False, f"the order must hold {n} workshops, it holds {len(got)}")
    if not all(type(w) is int for w in got):
        return (False, "every entry must be an integer workshop number")
    position = [-1] * n
    for i, w in enumerate(got):
        if not 0 <= w < n:
            return (False, f"{w} is not a workshop number")
        if position[w] != -1:
            return (False, f"workshop {w} appears twice")
        position[w] = i
    for a, b in rules:
        if position[a] > position[b]:
            return (False, f"workshop {a} must come before workshop {b}")
    return True

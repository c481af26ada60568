"""Any legal route from stone 0 to the last stone with the fewest hops is accepted.

The route is checked against the input: it starts at 0, ends at the last stone, every step
is a legal forward hop, and it has exactly as many stones as the reference's route (whose
length is the fewest hops plus one). `[]` is right exactly when the reference found no route.
"""


def check(input, expected, got):
    hops = input["hops"]
    n = len(hops)
    if not isinstance(got, list) or not all(type(x) is int for x in got):
        return (False, "the answer must be a list of stone numbers")
    if expected == []:
        if got != []:
            return (False, "a route was returned, but the last stone cannot be reached")
        return (True, "ok")
    if got == []:
        return (False, "[] was returned, but the last stone can be reached")
    if got[0] != 0:
        return (False, "the route must start at stone 0")
    if got[-1] != n - 1:
        return (False, f"the route must end at the last stone, {n - 1}")
    for a, b in zip(got, got[1:]):
        if not 0 <= a < n or not a < b <= a + hops[a]:
            return (False, f"the step from stone {a} to stone {b} is not a legal hop")
    if len(got) > len(expected):
        return (False, f"the route uses {len(got) - 1} hops; {len(expected) - 1} are enough")
    if len(got) < len(expected):
        return (False, "the route is shorter than the fewest possible: the checker disagrees with the reference")
    return (True, "ok")

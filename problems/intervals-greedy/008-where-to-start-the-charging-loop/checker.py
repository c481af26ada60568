"""Any station from which the robot completes the loop is accepted; -1 only when none is.

The candidate's station is checked by driving the loop from it (O(n)), never by comparing
with the reference's station. The reference's answer only says whether some station works
(the total charge covers the total drain exactly when one does).
"""


def check(input, expected, got):
    charge, drain = input["charge"], input["drain"]
    n = len(charge)
    if type(got) is not int:
        return (False, "the answer must be an integer: a station number or -1")
    if expected == -1:
        if got != -1:
            return (False, "a station was returned, but no station completes the loop")
        return (True, "ok")
    if got == -1:
        return (False, "-1 was returned, but some station completes the loop")
    if not 0 <= got < n:
        return (False, f"station {got} does not exist (0 <= s < {n})")
    balance = 0
    for step in range(n):
        i = (got + step) % n
        balance += charge[i] - drain[i]
        if balance < 0:
            return (False, f"starting at station {got}, the battery runs out on leg {step + 1} of {n}")
    return (True, "ok")

"""Any longest strictly rising choice of positions is accepted.

Valid when `got` is a list of integer positions, strictly increasing, inside the list,
whose values strictly increase, and which is as long as the reference's answer.
"""


def check(input, expected, got):
    nums = input["nums"]
    if not isinstance(got, list):
        return (False, "the answer must be a list of positions")
    if not all(type(i) is int for i in got):
        return (False, "every position must be an integer")
    if any(not 0 <= i < len(nums) for i in got):
        return (False, "a position is outside the list")
    if any(a >= b for a, b in zip(got, got[1:])):
        return (False, "the positions must strictly increase")
    if any(nums[a] >= nums[b] for a, b in zip(got, got[1:])):
        return (False, "the numbers at the picked positions do not strictly rise")
    if len(got) != len(expected):
        return (False, f"{len(got)} picks, but a rising choice of {len(expected)} exists")
    return True

# bug: greedy two pointers that only ever advance, so pairs behind the pointers are never produced
# fails on: {"a": [0, 9], "b": [7, 8], "k": 3}
# origin: independent
from typing import List


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    if k == 0:
        return []
    i = j = 0
    result = [a[0] + b[0]]
    while len(result) < k and (i + 1 < len(a) or j + 1 < len(b)):
        if j + 1 >= len(b) or (i + 1 < len(a) and a[i + 1] + b[j] <= a[i] + b[j + 1]):
            i += 1
        else:
            j += 1
        result.append(a[i] + b[j])
    return result

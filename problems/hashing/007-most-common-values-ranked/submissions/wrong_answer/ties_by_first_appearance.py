# bug: uses Counter.most_common, which breaks frequency ties by first appearance instead of by smaller value (fails samples 2 and 3)
# fails on: {"nums": [3, 1], "k": 1}
# origin: independent
from collections import Counter
from typing import List


def mostCommonValues(nums: List[int], k: int) -> List[int]:
    return [v for v, _ in Counter(nums).most_common(k)]

# bug: bucket sort by frequency, but the bucket loop stops one short and never visits frequency len(nums) (all copies of one value)
# fails on: {"nums": [7, 7], "k": 1}
# origin: independent
from collections import Counter
from typing import List


def mostCommonValues(nums: List[int], k: int) -> List[int]:
    counts = Counter(nums)
    buckets = [[] for _ in range(len(nums) + 1)]
    for v, c in counts.items():
        buckets[c].append(v)
    result = []
    for freq in range(len(nums) - 1, 0, -1):
        for v in sorted(buckets[freq]):
            if len(result) == k:
                return result
            result.append(v)
    return result

# slow: streams every pair of the first k values of each list through a heap of size k, O(k^2 log k)
import heapq


def lightestPairSums(a: List[int], b: List[int], k: int) -> List[int]:
    return heapq.nsmallest(k, (x + y for x in a[:k] for y in b[:k]))

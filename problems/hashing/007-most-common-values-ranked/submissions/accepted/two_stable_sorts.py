class Solution:
    def mostCommonValues(self, nums: List[int], k: int) -> List[int]:
        counts = Counter(nums)
        ranked = sorted(counts)  # by value first...
        # ...then by count, highest first; the sort is stable, so equal counts keep the
        # smaller-value-first order from the previous sort
        ranked.sort(key=counts.__getitem__, reverse=True)
        return ranked[:k]

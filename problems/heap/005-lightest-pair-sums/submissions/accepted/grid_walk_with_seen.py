import heapq


class Solution:
    def lightestPairSums(self, a: List[int], b: List[int], k: int) -> List[int]:
        """Walk the pair grid from its lightest corner: popping (i, j) offers (i + 1, j) and
        (i, j + 1), and a set of offered cells keeps each pair from entering twice."""
        if k == 0:
            return []
        heap = [(a[0] + b[0], 0, 0)]
        offered = {(0, 0)}
        sums = []
        while len(sums) < k:
            total, i, j = heapq.heappop(heap)
            sums.append(total)
            for ni, nj in ((i + 1, j), (i, j + 1)):
                if ni < len(a) and nj < len(b) and (ni, nj) not in offered:
                    offered.add((ni, nj))
                    heapq.heappush(heap, (a[ni] + b[nj], ni, nj))
        return sums

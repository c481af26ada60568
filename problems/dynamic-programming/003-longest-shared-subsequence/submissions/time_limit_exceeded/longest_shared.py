# slow: O(2^(n+m)): plain recursion without memo recomputes the same suffix pairs again and again
# origin: independent
def longestShared(first: str, second: str) -> int:
    def best(i, j):
        if i == len(first) or j == len(second):
            return 0
        if first[i] == second[j]:
            return 1 + best(i + 1, j + 1)
        return max(best(i + 1, j), best(i, j + 1))

    return best(0, 0)

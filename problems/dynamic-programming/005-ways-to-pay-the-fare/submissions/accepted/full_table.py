class Solution:
    def waysToPay(self, tokens: List[int], fare: int) -> int:
        # table[i][a]: collections of the first i values that make a
        k = len(tokens)
        table = [[0] * (fare + 1) for _ in range(k + 1)]
        table[0][0] = 1
        for i in range(1, k + 1):
            t = tokens[i - 1]
            for a in range(fare + 1):
                table[i][a] = table[i - 1][a]
                if a >= t:
                    table[i][a] += table[i][a - t]
        return table[k][fare] % 1_000_000_007

from collections import Counter


class Solution:
    def traceWord(self, board: List[str], word: str) -> bool:
        """Iterative depth-first search; the tiles of a path are a bit mask, so undoing a
        step is free. Letter counts are checked first."""
        rows, cols = len(board), len(board[0])
        have = Counter("".join(board))
        if any(have[ch] < k for ch, k in Counter(word).items()):
            return False
        cells = [board[r][c] for r in range(rows) for c in range(cols)]
        near = []
        for r in range(rows):
            for c in range(cols):
                near.append([nr * cols + nc for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1))
                             if 0 <= nr < rows and 0 <= nc < cols])
        last = len(word) - 1
        for start, ch in enumerate(cells):
            if ch != word[0]:
                continue
            stack = [(start, 0, 1 << start)]
            while stack:
                at, i, mask = stack.pop()
                if i == last:
                    return True
                for nxt in near[at]:
                    if not mask >> nxt & 1 and cells[nxt] == word[i + 1]:
                        stack.append((nxt, i + 1, mask | 1 << nxt))
        return False

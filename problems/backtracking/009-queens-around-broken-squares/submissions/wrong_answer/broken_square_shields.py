# bug: scans outward from the square and stops at a broken square, as if it blocked the attack (fails sample 2)
# fails on: {"board": ["....", ".#..", "#...", "...."]}
# origin: independent
def queenBoards(board: List[str]) -> List[List[str]]:
    n = len(board)
    grid = [list(row) for row in board]
    result = []

    def safe(r, c):
        for dr, dc in ((-1, 0), (-1, -1), (-1, 1)):
            rr, cc = r + dr, c + dc
            while 0 <= rr < n and 0 <= cc < n:
                if grid[rr][cc] == '#':
                    break
                if grid[rr][cc] == 'Q':
                    return False
                rr += dr
                cc += dc
        return True

    def solve(r):
        if r == n:
            result.append(["".join(row) for row in grid])
            return
        for c in range(n):
            if grid[r][c] == '.' and safe(r, c):
                grid[r][c] = 'Q'
                solve(r + 1)
                grid[r][c] = '.'

    solve(0)
    return result

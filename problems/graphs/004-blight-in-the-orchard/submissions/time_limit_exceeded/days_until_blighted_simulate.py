# slow: O((r c)^2): simulates night by night, rescanning the whole orchard each night to find every sick tree (a long winding row of trees takes ~r*c nights)
# origin: independent
def daysUntilBlighted(orchard: List[List[int]]) -> int:
    rows, cols = len(orchard), len(orchard[0])
    nights = 0
    while True:
        to_infect = []
        healthy_left = False
        for i in range(rows):
            for j in range(cols):
                if orchard[i][j] == 1:
                    healthy_left = True
                    for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                        if 0 <= ni < rows and 0 <= nj < cols and orchard[ni][nj] == 2:
                            to_infect.append((i, j))
                            break
        if not healthy_left:
            return nights
        if not to_infect:
            return -1
        for i, j in to_infect:
            orchard[i][j] = 2
        nights += 1

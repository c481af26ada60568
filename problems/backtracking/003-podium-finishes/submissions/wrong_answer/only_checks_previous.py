# bug: only stops the same runner from taking two places in a row, so for k >= 3 a runner can come back later (fails sample 2)
# fails on: {"runners": [1, 2, 3], "k": 3}
# origin: independent
def podiumOrders(runners: List[int], k: int) -> List[List[int]]:
    result = []

    def build(finish):
        if len(finish) == k:
            result.append(finish)
            return
        for bib in runners:
            if finish and finish[-1] == bib:
                continue
            build(finish + [bib])

    build([])
    return result

# bug: returns [] for k = 0 instead of the single empty finish [[]] (fails sample 3)
# fails on: {"runners": [3, 8], "k": 0}
# origin: independent
def podiumOrders(runners: List[int], k: int) -> List[List[int]]:
    if k == 0:
        return []
    finishes = [[bib] for bib in runners]
    for _ in range(k - 1):
        finishes = [f + [bib] for f in finishes for bib in runners if bib not in f]
    return finishes

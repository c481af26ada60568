class Solution:
    def partitionColours(self, colours: List[int]) -> None:
        # Two passes: count each colour, then overwrite the list block by block.
        counts = [0, 0, 0]
        for c in colours:
            counts[c] += 1
        i = 0
        for colour in range(3):
            for _ in range(counts[colour]):
                colours[i] = colour
                i += 1

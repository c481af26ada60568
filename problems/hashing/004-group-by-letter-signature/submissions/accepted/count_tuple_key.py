class Solution:
    def groupBySignature(self, words: List[str]) -> List[List[str]]:
        groups = defaultdict(list)
        for word in words:
            counts = [0] * 26
            for letter in word:
                counts[ord(letter) - ord("a")] += 1
            groups[tuple(counts)].append(word)  # a list is not hashable; a tuple is
        return list(groups.values())

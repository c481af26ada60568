class Solution:
    def followsPattern(self, pattern: str, words: List[str]) -> bool:
        # Two sequences are paired one to one exactly when, at every position, the letter
        # and the word were first seen at the same index.
        if len(pattern) != len(words):
            return False
        first_letter: Dict[str, int] = {}
        first_word: Dict[str, int] = {}
        for i in range(len(words)):
            if first_letter.setdefault(pattern[i], i) != first_word.setdefault(words[i], i):
                return False
        return True

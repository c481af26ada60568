# bug: marks an exhausted chain with the sentinel 10**9 and stops once the smallest head is the sentinel, so real values of 10**9 are dropped
# fails on: {"lists": [[1, 1000000000]]}
# origin: independent
import heapq
from typing import List, Optional


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    LIMIT = 10 ** 9
    heads = list(lists)
    heap = []
    for i, node in enumerate(heads):
        heap.append((node.val if node else LIMIT, i))
    heapq.heapify(heap)
    dummy = ListNode()
    tail = dummy
    while heap and heap[0][0] < LIMIT:
        val, i = heapq.heappop(heap)
        tail.next = ListNode(val)
        tail = tail.next
        heads[i] = heads[i].next
        heapq.heappush(heap, (heads[i].val if heads[i] else LIMIT, i))
    return dummy.next

# bug: skips a value equal to the last one written, so equal values coming from different chains collapse (fails samples 01-three-chains and 02-empty-chains)
# fails on: {"lists": [[3], [3]]}
# origin: independent
import heapq
from typing import List, Optional


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    heap = []
    for i, node in enumerate(lists):
        if node:
            heap.append((node.val, i, node))
    heapq.heapify(heap)
    dummy = ListNode()
    tail = dummy
    while heap:
        val, i, node = heapq.heappop(heap)
        if tail is dummy or tail.val != val:
            tail.next = ListNode(val)
            tail = tail.next
        if node.next:
            heapq.heappush(heap, (node.next.val, i, node.next))
    return dummy.next

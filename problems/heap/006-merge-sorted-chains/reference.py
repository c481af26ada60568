"""k-way merge with a min-heap of the current head of every chain.

The smallest remaining node is always the head of some chain, so a heap of heads hands
it out; its successor (if any) takes its place in the heap. The chain index in each entry
breaks ties between equal values, so two ListNodes are never compared.

Time O(N log k) for N nodes in k chains; extra space O(k) (the nodes are relinked).
"""

import heapq


def mergeChains(lists: list[ListNode | None]) -> ListNode | None:  # noqa: F821
    heap = [(head.val, i, head) for i, head in enumerate(lists) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()  # noqa: F821 - predefined by the judge
    while heap:
        _, i, node = heap[0]
        tail.next = node
        tail = node
        following = node.next
        if following is not None:
            heapq.heapreplace(heap, (following.val, i, following))
        else:
            heapq.heappop(heap)
    tail.next = None
    return dummy.next

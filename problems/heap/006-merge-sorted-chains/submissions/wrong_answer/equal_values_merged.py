# bug: when the smallest head ties with another chain's head, only one of the equal values is kept
# fails on: {"lists": [[1, 4], [4, 6]]}
import heapq


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    heap = [(head.val, i, head) for i, head in enumerate(lists) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        value, i, node = heapq.heappop(heap)
        while heap and heap[0][0] == value:  # a duplicate from another chain: skip it
            _, j, other = heapq.heappop(heap)
            if other.next is not None:
                heapq.heappush(heap, (other.next.val, j, other.next))
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    tail.next = None
    return dummy.next

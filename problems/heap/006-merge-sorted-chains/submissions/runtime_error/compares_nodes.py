# bug: heap entries are (value, node): two equal values make heapq compare the ListNodes, a TypeError
import heapq


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    heap = [(head.val, head) for head in lists if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = node
        tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next

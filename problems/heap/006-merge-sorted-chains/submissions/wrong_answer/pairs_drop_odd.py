# bug: merges the chains in pairs with range(0, len(lists) - 1, 2), so with an odd count the last chain is dropped each round (fails sample 01-three-chains)
# fails on: {"lists": [[1], [2], [3]]}
# origin: independent
from typing import List, Optional


def merge_two(a, b):
    dummy = ListNode()
    tail = dummy
    while a and b:
        if a.val <= b.val:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    tail.next = a if a else b
    return dummy.next


def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    if not lists:
        return None
    while len(lists) > 1:
        merged = []
        for i in range(0, len(lists) - 1, 2):
            merged.append(merge_two(lists[i], lists[i + 1]))
        lists = merged
    return lists[0]

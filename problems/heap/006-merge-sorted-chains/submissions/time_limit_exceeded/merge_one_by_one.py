# slow: merges the chains one after another into a growing result, O(N k)
def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    result = None
    for head in lists:
        dummy = tail = ListNode()
        a, b = result, head
        while a is not None and b is not None:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = a if a is not None else b
        result = dummy.next
    return result

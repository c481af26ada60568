# bug: a two-way merge stops when either chain runs out and forgets the rest of the other
# fails on: {"lists": [[1, 4, 7], [2, 2, 9], [3]]}
def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    def merge_two(a, b):
        dummy = tail = ListNode()
        while a is not None and b is not None:
            if a.val <= b.val:
                tail.next, a = a, a.next
            else:
                tail.next, b = b, b.next
            tail = tail.next
        tail.next = None
        return dummy.next

    result = None
    for head in lists:
        result = head if result is None else merge_two(result, head)
    return result

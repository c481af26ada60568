# bug: reads the chains until the first empty one, ignoring every chain after it
# fails on: {"lists": [[], [5], [], [-1, 5, 5]]}
def mergeChains(lists: List[Optional[ListNode]]) -> Optional[ListNode]:
    values = []
    for head in lists:
        if head is None:
            break
        while head is not None:
            values.append(head.val)
            head = head.next
    head = None
    for value in sorted(values, reverse=True):
        head = ListNode(value, head)
    return head

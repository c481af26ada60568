# bug: builds a new folded list and returns it, leaving the list it was given unchanged (only the given list is judged)
# fails on: {"head": [1, 2, 3]}
class Solution:
    def foldChain(self, head: Optional[ListNode]) -> None:
        values = []
        while head:
            values.append(head.val)
            head = head.next
        dummy = tail = ListNode()
        i, j = 0, len(values) - 1
        while i <= j:
            tail.next = ListNode(values[i])
            tail = tail.next
            if i != j:
                tail.next = ListNode(values[j])
                tail = tail.next
            i += 1
            j -= 1
        return dummy.next

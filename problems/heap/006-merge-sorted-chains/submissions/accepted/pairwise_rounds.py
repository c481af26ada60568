class Solution:
    def mergeChains(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        """Divide and conquer without a heap: merge the chains in pairs, round after round.
        Every node takes part in about log2(k) two-way merges: O(N log k)."""

        def merge_two(a, b):
            dummy = tail = ListNode()
            while a is not None and b is not None:
                if b.val < a.val:
                    tail.next, b = b, b.next
                else:
                    tail.next, a = a, a.next
                tail = tail.next
            tail.next = a if a is not None else b
            return dummy.next

        chains = [head for head in lists if head is not None]
        if not chains:
            return None
        while len(chains) > 1:
            merged = [merge_two(chains[i], chains[i + 1]) for i in range(0, len(chains) - 1, 2)]
            if len(chains) % 2:
                merged.append(chains[-1])
            chains = merged
        return chains[0]

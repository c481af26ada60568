class Solution:
    def countTargetPaths(self, root, target):
        seen = {0: 1}  # running sums of the nodes above, plus the empty start

        def walk(node, running):
            if node is None:
                return 0
            running += node.val
            found = seen.get(running - target, 0)
            seen[running] = seen.get(running, 0) + 1
            found += walk(node.left, running) + walk(node.right, running)
            seen[running] -= 1
            return found

        return walk(root, 0)

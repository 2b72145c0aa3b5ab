"""The desk's Editor's choice view: the selection in its order, drag to reorder, add and remove, sent at sync."""

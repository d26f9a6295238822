"""Finding members by what the operator types: the full-text and pinyin indexes, the search
box's query, and the helper process that builds the indexes during big imports.
"""

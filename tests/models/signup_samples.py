"""A real WeChat 接龙 as operators paste it: a heading, numbered people with phones, tails,
"+1" and notes, an empty number and a closing remark (line numbers matter to the tests)."""

SAMPLE = """#接龙
周六读书会 12月13日 19:30
报名请写 姓名+手机尾号

1. 张伟
2. 刘洋 1111
3. 陈静 13812345678
4. Lily 李丽
5. 吴倩 +1
6. 王小明（新朋友）
7. 赵敏 带孩子
8.
截止周五
"""

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new, empty workspace file</source>
        <translation>新建一个空的工作区文件</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another workspace file</source>
        <translation>打开另一个工作区文件</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>填充演示数据(&amp;D)…</translation>
    </message>
    <message>
        <source>Explore Qunzhu with a realistic, made-up workspace</source>
        <translation>用一个逼真的虚构工作区体验群主</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the workspace into the backups folder beside it</source>
        <translation>把工作区复制到它旁边的备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find Member</source>
        <translation>查找成员(&amp;F)</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>在成员名册中搜索</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a member by hand</source>
        <translation>手动添加一位成员</translation>
    </message>
    <message>
        <source>&amp;Trash</source>
        <translation>回收站(&amp;T)</translation>
    </message>
    <message>
        <source>Deleted members, to restore or erase for good</source>
        <translation>已删除的成员，可恢复或彻底清除</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>规划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>成员(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>活动日历(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation>物料清单(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>数据分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Qunzhu</source>
        <translation>关于群主(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（不加入社群）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Joins community</source>
        <translation>加入社群</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Growth, activity, retention cohorts, the AARRR funnel and event attendance, as charts you can export, come in the next update of this tab.</source>
        <translation>成员增长、活跃度、留存同期群、AARRR 漏斗和活动到场率等可导出的图表，将在本页的下一次更新中提供。</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{total} event(s) in this scope.</source>
        <translation>当前范围内共有 {total} 场活动。</translation>
    </message>
    <message>
        <source>Next: {title} on {date}.</source>
        <translation>下一场：{date}「{title}」。</translation>
    </message>
    <message>
        <source>The month, week and agenda views, registrations and check-in come in the next update of this tab.</source>
        <translation>月视图、周视图、日程列表以及报名和签到，将在本页的下一次更新中提供。</translation>
    </message>
    <message>
        <source>Event calendar</source>
        <translation>活动日历</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>{lists} checklist(s) with {items} item(s) in this scope. Editing items, templates, stock and Excel lists for suppliers come in the next update of this tab.</source>
        <translation>当前范围内共有 {lists} 份物料清单、{items} 项物料。编辑物料、模板、库存以及给供应商的 Excel 清单，将在本页的下一次更新中提供。</translation>
    </message>
    <message>
        <source>Material checklists</source>
        <translation>物料清单</translation>
    </message>
</context>
<context>
    <name>CommunityPicker</name>
    <message>
        <source>Which community every tab shows</source>
        <translation>所有页面显示哪个社群的数据</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Must have all picked tags</source>
        <translation>须同时具有所选的全部标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only members with no activity for this many days</source>
        <translation>只显示这么多天内没有任何互动的成员</translation>
    </message>
    <message>
        <source>Saved filter sets</source>
        <translation>已保存的筛选条件</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save these filters as a named segment</source>
        <translation>把当前筛选条件保存为一个分组</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>沉默超过</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>分组…</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>给这组筛选条件起个名字：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>New (acquired)</source>
        <translation>新成员（拉新）</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Referring</source>
        <translation>裂变传播</translation>
    </message>
    <message>
        <source>Paying</source>
        <translation>已付费</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>禁言中</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移出</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>已拉黑</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Core member</source>
        <translation>核心成员</translation>
    </message>
    <message>
        <source>KOL</source>
        <translation>KOL</translation>
    </message>
    <message>
        <source>Tribe chief</source>
        <translation>部落首领</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Attended event</source>
        <translation>参加活动</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>禁言</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>移出群</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>拉黑</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling; undoing what was written…</source>
        <translation>正在取消，撤回已写入的内容…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>活动日历</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>{app} — {name}</source>
        <translation>{app} — {name}</translation>
    </message>
    <message>
        <source>Qunzhu</source>
        <translation>群主</translation>
    </message>
    <message>
        <source>The workspace file: everything is saved here</source>
        <translation>工作区文件：所有数据都保存在这里</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>Members: counting…</source>
        <translation>成员：统计中…</translation>
    </message>
    <message>
        <source>Members: {count:,}</source>
        <translation>成员：{count:,}</translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>SQLite found damage in this workspace: {problems}

Keep working only on a copy; restore the latest backup from the folder beside the file.</source>
        <translation>SQLite 检查发现这个工作区已损坏：{problems}

请只在副本上继续操作，并从文件旁边的备份文件夹恢复最近的备份。</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Qunzhu workspace (*{suffix})</source>
        <translation>群主工作区 (*{suffix})</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>{path} already exists. Open it instead? (Nothing in it is removed.)</source>
        <translation>{path} 已存在。要改为打开它吗？（其中的内容不会被删除。）</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Qunzhu workspace (*{suffix});;All files (*)</source>
        <translation>群主工作区 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <source>No other workspaces yet</source>
        <translation>还没有其他工作区</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data goes into an empty workspace, so nothing of yours is mixed with it. Create one with File &gt; New workspace first.</source>
        <translation>演示数据只能放进空的工作区，以免和你自己的数据混在一起。请先通过“文件 &gt; 新建工作区”创建一个。</translation>
    </message>
    <message>
        <source>How many members?</source>
        <translation>要生成多少位成员？</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Members and their activity…</source>
        <translation>成员及其互动记录…</translation>
    </message>
    <message>
        <source>Building indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Demo data ready: {members:,} members in {communities} communities.</source>
        <translation>演示数据已生成：{communities} 个社群，{members:,} 位成员。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>已备份到 {path}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation>自动备份失败：{error}</translation>
    </message>
    <message>
        <source>About Qunzhu</source>
        <translation>关于群主</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qunzhu {version}&lt;/h3&gt;&lt;p&gt;Plan, run and measure your communities, offline.&lt;/p&gt;&lt;p&gt;Workspace: {path}&lt;br&gt;Workspace format: {format} (this version writes {latest})&lt;/p&gt;</source>
        <translation>&lt;h3&gt;群主 {version}&lt;/h3&gt;&lt;p&gt;离线规划、运营和分析你的社群。&lt;/p&gt;&lt;p&gt;工作区：{path}&lt;br&gt;工作区格式：{format}（本版本写入格式 {latest}）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes the next time you start Qunzhu.</source>
        <translation>语言将在下次启动群主时切换。</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>e.g. 1990</source>
        <translation>例如 1990</translation>
    </message>
    <message>
        <source>11 digits; spaces, dashes and +86 are fine</source>
        <translation>11 位数字；可以带空格、横线和 +86</translation>
    </message>
    <message>
        <source>e.g. 读书、咖啡</source>
        <translation>例如：读书、咖啡</translation>
    </message>
    <message>
        <source>separate with commas: 宝妈, VIP</source>
        <translation>用逗号分隔：宝妈，VIP</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>what the member agreed to, e.g. 活动通知</source>
        <translation>同意的用途，例如：活动通知</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>WeChat id</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>消费水平</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>授权同意</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{field} is already used by &lt;a href=&quot;member:{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>{field}已被 &lt;a href=&quot;member:{id}&quot;&gt;{name}&lt;/a&gt; 使用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>a member needs a name</source>
        <translation>成员必须有姓名</translation>
    </message>
    <message>
        <source>a phone number has only digits (and spaces, dashes, +86)</source>
        <translation>手机号只能包含数字（以及空格、横线、+86）</translation>
    </message>
    <message>
        <source>a mobile number starts with 13-19</source>
        <translation>手机号应以 13–19 开头</translation>
    </message>
    <message>
        <source>not an email address (name@example.com)</source>
        <translation>不是有效的邮箱地址（例如 name@example.com）</translation>
    </message>
    <message>
        <source>a WeChat id has no spaces</source>
        <translation>微信号不能包含空格</translation>
    </message>
    <message>
        <source>a birth year is a number like 1990</source>
        <translation>出生年份应是类似 1990 的数字</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, this has {n}</source>
        <translation>手机号应为 11 位，这里是 {n} 位</translation>
    </message>
    <message>
        <source>a birth year between 1900 and this year</source>
        <translation>出生年份应在 1900 年到今年之间</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{path} was saved by a newer version of Qunzhu (workspace format {file}; this version reads up to {app}). Update Qunzhu to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的群主保存（工作区格式 {file}；本版本最多读取到格式 {app}）。请升级群主后再打开；文件没有被改动。</translation>
    </message>
    <message>
        <source>{path} is already open in another Qunzhu window ({holder}). Close it there first, or open a copy.</source>
        <translation>{path} 已在另一个群主窗口中打开（{holder}）。请先在那里关闭，或打开一份副本。</translation>
    </message>
    <message>
        <source>{path} is not a Qunzhu workspace ({reason}); it was not changed.</source>
        <translation>{path} 不是群主工作区（{reason}）；文件没有被改动。</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely ({details}). Restore a backup from the folder beside it.</source>
        <translation>{path} 已损坏，无法安全打开（{details}）。请从它旁边的备份文件夹恢复备份。</translation>
    </message>
    <message>
        <source>Upgrading {path} to format {version} failed and was undone; the file is as it was. ({cause})</source>
        <translation>将 {path} 升级到格式 {version} 失败，已全部撤回，文件保持原样。（{cause}）</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>a SQLite database made by another program</source>
        <translation>是其他程序创建的 SQLite 数据库</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>This workspace has no community yet. Try File &gt; Fill with demo data to explore Qunzhu with a realistic workspace.</source>
        <translation>这个工作区还没有社群。可以先通过“文件 &gt; 填充演示数据”用一个逼真的工作区体验群主。</translation>
    </message>
    <message>
        <source>{plans} plan(s) with {goals} goal(s) in this scope. Editing positioning, goals bound to live numbers, roles, risks and the roadmap comes in the next update of this tab.</source>
        <translation>当前范围内共有 {plans} 份社群规划、{goals} 个目标。编辑定位、与实时数据挂钩的目标、角色分工、风险和实施路线图，将在本页的下一次更新中提供。</translation>
    </message>
    <message>
        <source>Community plan</source>
        <translation>社群规划</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Member: {name}</source>
        <translation>成员：{name}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社群与角色</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>邀请关系</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Points {points:,} · last active {active} · joined {joined}</source>
        <translation>积分 {points:,} · 最近活跃 {active} · 入群 {joined}</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>清除个人信息…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群时间</translation>
    </message>
    <message>
        <source>Invited by &lt;a href=&quot;member:{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>由 &lt;a href=&quot;member:{id}&quot;&gt;{name}&lt;/a&gt; 邀请</translation>
    </message>
    <message>
        <source>Not invited by a member</source>
        <translation>不是由成员邀请加入的</translation>
    </message>
    <message>
        <source>Brought in {count} member(s)</source>
        <translation>共邀请了 {count} 位成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Balance: {points:,}</source>
        <translation>积分余额：{points:,}</translation>
    </message>
    <message>
        <source>reason, e.g. 活动签到 or 兑换礼品</source>
        <translation>原因，例如：活动签到、兑换礼品</translation>
    </message>
    <message>
        <source>Grant / deduct</source>
        <translation>发放 / 扣减</translation>
    </message>
    <message>
        <source>Points (negative deducts)</source>
        <translation>积分（负数为扣减）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{total} interaction(s); the latest {shown} shown</source>
        <translation>共 {total} 条互动记录；显示最近 {shown} 条</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>违反的群规</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>which rule, e.g. 发广告</source>
        <translation>违反了哪条群规，例如：发广告</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Muted until</source>
        <translation>禁言至</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Give the points a value other than 0 and a reason.</source>
        <translation>请填写一个不为 0 的积分数，并写明原因。</translation>
    </message>
    <message>
        <source>Points {delta:+} for {name}</source>
        <translation>给 {name} 积分 {delta:+}</translation>
    </message>
    <message>
        <source>Say which rule was broken.</source>
        <translation>请写明违反了哪条群规。</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{name}：{action}</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Erase everything that identifies {name} — name, phone, WeChat id, email, notes, persona, tags — from this workspace, including its search index?

Their activity stays, anonymous, so your numbers stay true. This cannot be undone. Backups taken before today still hold the old data: delete those files too if the request covers them.</source>
        <translation>要从这个工作区（包括搜索索引）中清除所有能识别 {name} 的信息——姓名、手机号、微信号、邮箱、备注、用户画像、标签吗？

其互动记录会以匿名方式保留，统计数据不受影响。此操作无法撤销。今天之前的备份文件中仍保留旧数据：如果请求也涵盖这些文件，请一并删除。</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <extracomment>Columns edited in place, by the member field they change.</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Communities · role</source>
        <translation>社群 · 角色</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最近活跃</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Search name, nickname, pinyin (zhangwei, zw), phone, WeChat id, email, tags, notes</source>
        <translation>搜索姓名、昵称、拼音（zhangwei、zw）、手机号、微信号、邮箱、标签、备注</translation>
    </message>
    <message>
        <source>One or two characters search names, nicknames and tags; three or more search every field. Separate words with spaces to narrow down.</source>
        <translation>输入一两个字时搜索姓名、昵称和标签；三个字及以上时搜索所有字段。用空格分隔多个词可以进一步缩小范围。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>No members yet</source>
        <translation>还没有成员</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>移除标签…</translation>
    </message>
    <message>
        <source>Add to community…</source>
        <translation>加入社群…</translation>
    </message>
    <message>
        <source>Grant points…</source>
        <translation>发放积分…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>设置阶段</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>统计中…</translation>
    </message>
    <message>
        <source>{count:,} member(s)</source>
        <translation>{count:,} 位成员</translation>
    </message>
    <message>
        <source>Add members one by one, or try File &gt; Fill with Demo Data on an empty workspace to see a realistic roster.</source>
        <translation>可以逐个添加成员；也可以在空工作区中使用“文件 &gt; 填充演示数据”，看看一个逼真的成员名册。</translation>
    </message>
    <message>
        <source>No member matches</source>
        <translation>没有符合条件的成员</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters. Check the spelling, try fewer characters, or clear the filters.</source>
        <translation>没有成员符合当前的搜索和筛选条件。请检查输入、减少字数，或清除筛选。</translation>
    </message>
    <message>
        <source>{count:,} selected</source>
        <translation>已选 {count:,} 位</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加 {name}</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Tag (new or existing):</source>
        <translation>标签（新建或已有）：</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>加标签</translation>
    </message>
    <message>
        <source>Tag {count:,} member(s)</source>
        <translation>给 {count:,} 位成员加标签</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>Untag {count:,} member(s)</source>
        <translation>移除 {count:,} 位成员的标签</translation>
    </message>
    <message>
        <source>Set stage of {count:,} member(s)</source>
        <translation>设置 {count:,} 位成员的阶段</translation>
    </message>
    <message>
        <source>Add to community</source>
        <translation>加入社群</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Add {count:,} member(s) to {name}</source>
        <translation>把 {count:,} 位成员加入「{name}」</translation>
    </message>
    <message>
        <source>Grant points</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points for each of {count:,} member(s) (negative deducts):</source>
        <translation>给 {count:,} 位成员每人发放的积分（负数为扣减）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Points {delta:+} for {count:,} member(s)</source>
        <translation>给 {count:,} 位成员积分 {delta:+}</translation>
    </message>
    <message>
        <source>Move {count:,} member(s) to the trash</source>
        <translation>把 {count:,} 位成员移到回收站</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开成员资料</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>清除个人信息…</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>清空回收站…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{count:,} member(s) in the trash. Restore brings them back with their history; emptying the trash deletes them and their history for good.</source>
        <translation>回收站中有 {count:,} 位成员。恢复后其历史记录一并找回；清空回收站会永久删除他们及其历史记录。</translation>
    </message>
    <message>
        <source>The trash is empty. Deleted members wait here until you restore them or empty the trash.</source>
        <translation>回收站是空的。删除的成员会先放在这里，直到你恢复或清空回收站。</translation>
    </message>
    <message>
        <source>Restore {count:,} member(s)</source>
        <translation>恢复 {count:,} 位成员</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>Delete {count:,} member(s) and their history for good? This cannot be undone.</source>
        <translation>要永久删除 {count:,} 位成员及其历史记录吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Erase the name, contact details, notes and tags of {count:,} member(s) everywhere in this workspace, search index included? Their anonymous history stays. This cannot be undone.</source>
        <translation>要在整个工作区（包括搜索索引）中清除 {count:,} 位成员的姓名、联系方式、备注和标签吗？其匿名历史记录会保留。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>workspace file (default: the one in your app data folder)</source>
        <translation>工作区文件（默认：应用数据文件夹中的那个）</translation>
    </message>
    <message>
        <source>language of the window and messages</source>
        <translation>窗口和提示信息使用的语言</translation>
    </message>
    <message>
        <source>Qunzhu (群主): plan, run and measure your communities.</source>
        <translation>群主：规划、运营和分析你的社群。</translation>
    </message>
    <message>
        <source>fill an empty workspace with realistic demo data</source>
        <translation>向空工作区填充逼真的演示数据</translation>
    </message>
    <message>
        <source>number of members</source>
        <translation>成员数量</translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation>随机种子；相同的种子生成相同的数据</translation>
    </message>
    <message>
        <source>check integrity and report the schema version and row counts</source>
        <translation>检查完整性，并报告格式版本和各表行数</translation>
    </message>
    <message>
        <source>copy the workspace safely, even while the app has it open</source>
        <translation>安全地复制工作区，即使应用正打开着它</translation>
    </message>
    <message>
        <source>where to write the copy (default: the backups folder beside it)</source>
        <translation>副本写到哪里（默认：工作区旁边的备份文件夹）</translation>
    </message>
    <message>
        <source>expected a whole number above 0, got {text!r}</source>
        <translation>应为大于 0 的整数，实际为 {text!r}</translation>
    </message>
    <message>
        <source>qunzhu: cancelled; nothing was written</source>
        <translation>qunzhu：已取消，没有写入任何内容</translation>
    </message>
    <message>
        <source>Demo workspace {path}: {communities} communities, {members:,} members, {activities:,} activities, {events} events, {registrations:,} registrations, {items} checklist items in {seconds:.1f} s ({rate:,.0f} rows/s).</source>
        <translation>演示工作区 {path}：{communities} 个社群，{members:,} 位成员，{activities:,} 条互动记录，{events} 场活动，{registrations:,} 条报名，{items} 项物料；用时 {seconds:.1f} 秒（每秒 {rate:,.0f} 行）。</translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation>工作区：{path}</translation>
    </message>
    <message>
        <source>Schema version: {version} (this Qunzhu writes {latest})</source>
        <translation>格式版本：{version}（本版本群主写入格式 {latest}）</translation>
    </message>
    <message>
        <source>Integrity: DAMAGED: {problems}</source>
        <translation>完整性：已损坏：{problems}</translation>
    </message>
    <message>
        <source>Integrity: ok ({seconds:.1f} s)</source>
        <translation>完整性：正常（{seconds:.1f} 秒）</translation>
    </message>
    <message>
        <source>the backup cannot replace the workspace itself</source>
        <translation>备份不能覆盖工作区本身</translation>
    </message>
    <message>
        <source>Backed up {path} to {backup}</source>
        <translation>已将 {path} 备份到 {backup}</translation>
    </message>
</context>
</TS>

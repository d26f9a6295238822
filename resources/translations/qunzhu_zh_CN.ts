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
        <source>Export &amp;Report…</source>
        <translation>导出分析报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the analytics of the current community and period as an Excel workbook with charts</source>
        <translation>把当前社群和时间段的数据分析保存为带图表的 Excel 工作簿</translation>
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
        <source>&amp;Import Members…</source>
        <translation>导入成员(&amp;I)…</translation>
    </message>
    <message>
        <source>Add or update members from Excel, WPS or CSV files</source>
        <translation>从 Excel、WPS 或 CSV 文件添加或更新成员</translation>
    </message>
    <message>
        <source>Import &amp;Orders…</source>
        <translation>导入订单(&amp;O)…</translation>
    </message>
    <message>
        <source>Add purchases from a shop&apos;s order export (有赞, 微店, 小鹅通, 淘宝, a spreadsheet)</source>
        <translation>从店铺的订单导出文件（有赞、微店、小鹅通、淘宝或表格）添加购买记录</translation>
    </message>
    <message>
        <source>Import Cha&amp;t Records…</source>
        <translation>导入聊天记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Messages, invitations and joins from a QQ, WeChat, Telegram or Discord export, or any sheet</source>
        <translation>从 QQ、微信、Telegram、Discord 的导出文件或任意表格导入发言、邀请和入群记录</translation>
    </message>
    <message>
        <source>E&amp;xport Roster…</source>
        <translation>导出成员名单(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the roster as the table shows it to an Excel workbook</source>
        <translation>按表格当前显示的内容把成员名单保存为 Excel 工作簿</translation>
    </message>
    <message>
        <source>Import &amp;Calendar (.ics)…</source>
        <translation>导入日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <source>Add or update events from Outlook, Google or Apple Calendar</source>
        <translation>从 Outlook、Google 或 Apple 日历添加或更新活动</translation>
    </message>
    <message>
        <source>&amp;Export Calendar (.ics)…</source>
        <translation>导出日历 (.ics)(&amp;E)…</translation>
    </message>
    <message>
        <source>Save events for Outlook, Google or Apple Calendar</source>
        <translation>把活动保存为 Outlook、Google 或 Apple 日历可用的文件</translation>
    </message>
    <message>
        <source>Export E&amp;vents (.xlsx)…</source>
        <translation>导出活动统计 (.xlsx)(&amp;V)…</translation>
    </message>
    <message>
        <source>One row per occurrence: registrations, attendance, cost against budget</source>
        <translation>每场活动一行：报名、到场、花费与预算对比</translation>
    </message>
    <message>
        <source>Import Edited C&amp;hecklist (.xlsx)…</source>
        <translation>导入修改后的物料清单(&amp;H) (.xlsx)…</translation>
    </message>
    <message>
        <source>Read back a material checklist edited in Excel or WPS, with a preview of every change</source>
        <translation>读回在 Excel 或 WPS 中修改过的物料清单，写入前逐项预览变更</translation>
    </message>
    <message>
        <source>Export &amp;Material Checklists (.xlsx)…</source>
        <translation>导出物料清单(&amp;M) (.xlsx)…</translation>
    </message>
    <message>
        <source>All checklists in the current scope, for staff and suppliers</source>
        <translation>当前范围内的全部物料清单，发给同事和供应商</translation>
    </message>
    <message>
        <source>Export &amp;Inventory (.xlsx)…</source>
        <translation>导出物料库存(&amp;I) (.xlsx)…</translation>
    </message>
    <message>
        <source>The material library: on hand, reserved and available</source>
        <translation>物料库：库存、预留与可用</translation>
    </message>
    <message>
        <source>New &amp;Community…</source>
        <translation>新建社群(&amp;C)…</translation>
    </message>
    <message>
        <source>Start a community from an empty plan or a template</source>
        <translation>从空白规划或模板开始一个社群</translation>
    </message>
    <message>
        <source>Export &amp;Plan (.xlsx)…</source>
        <translation>导出社群规划 (.xlsx)(&amp;P)…</translation>
    </message>
    <message>
        <source>The picked community&apos;s plan: goals with progress, risks, roadmap, rules and needs</source>
        <translation>所选社群的规划：目标与进度、风险、路线图、群规和需求</translation>
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
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <source>What is coming up in the next days: events and checklist items due</source>
        <translation>接下来几天的安排：活动和到期的物料</translation>
    </message>
    <message>
        <source>Workspace &amp;Settings…</source>
        <translation>工作区设置(&amp;S)…</translation>
    </message>
    <message>
        <source>The workspace&apos;s time zone</source>
        <translation>工作区的时区</translation>
    </message>
    <message>
        <source>Custom &amp;Fields…</source>
        <translation>自定义字段(&amp;F)…</translation>
    </message>
    <message>
        <source>Fields the workspace adds to its members (车型, 会员到期日 …)</source>
        <translation>工作区为成员添加的字段（车型、会员到期日……）</translation>
    </message>
    <message>
        <source>&amp;Points Rules &amp;&amp; Honours…</source>
        <translation>积分规则与荣誉(&amp;P)…</translation>
    </message>
    <message>
        <source>Points for kinds of activity and honours members earn, per community</source>
        <translation>按社群设置各类互动的积分和成员可获得的荣誉</translation>
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
        <source>Qunzhu &amp;Guide</source>
        <translation>群主使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>The operator&apos;s loop, where each file comes from, the keyboard shortcuts</source>
        <translation>运营闭环、各类文件从哪里来、键盘快捷键</translation>
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
    <name>AgendaList</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Overlaps another event of this community</source>
        <translation>与本社群的另一场活动时间冲突</translation>
    </message>
    <message>
        <source>No events this month.</source>
        <translation>本月没有活动。</translation>
    </message>
</context>
<context>
    <name>AnalyticsCharts</name>
    <message>
        <source>Member growth</source>
        <translation>成员增长</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Members (total)</source>
        <translation>成员总数</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Daily active members</source>
        <translation>日活跃成员</translation>
    </message>
    <message>
        <source>Monthly active members</source>
        <translation>月活跃成员</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <source>Retention by join month</source>
        <translation>按入群月份的留存</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>入群月份</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Month {n}</source>
        <translation>第 {n} 月</translation>
    </message>
    <message>
        <source>Months since joining</source>
        <translation>入群后月数</translation>
    </message>
    <message>
        <source>AARRR funnel (new members of the period)</source>
        <translation>AARRR 漏斗（本期新成员）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Share of new members</source>
        <translation>占新成员比例</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>新入群</translation>
    </message>
    <message>
        <source>Activated (first 7 days)</source>
        <translation>激活（前 7 天）</translation>
    </message>
    <message>
        <source>Retained (day 30-59)</source>
        <translation>留存（第 30–59 天）</translation>
    </message>
    <message>
        <source>Referred someone (60 days)</source>
        <translation>推荐了新人（60 天内）</translation>
    </message>
    <message>
        <source>Bought (60 days)</source>
        <translation>购买（60 天内）</translation>
    </message>
    <message>
        <source>Source channels</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Bought within 60 days</source>
        <translation>60 天内购买</translation>
    </message>
    <message>
        <source>Event attendance by kind</source>
        <translation>各类活动到场情况</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>到场</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>未到场</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>爽约率</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Who the members are</source>
        <translation>成员画像</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Spending level</source>
        <translation>消费水平</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>邀请排行</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Brought in this period</source>
        <translation>本期带来的新成员</translation>
    </message>
    <message>
        <source>Brought in, all time</source>
        <translation>累计带来的新成员</translation>
    </message>
    <message>
        <source>Referral chain length</source>
        <translation>推荐链长度</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>成员编号</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Members who earned</source>
        <translation>获得积分的成员</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周（起始日）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>No data for this period</source>
        <translation>这个时间段没有数据</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>窗口已结束</translation>
    </message>
    <message>
        <source>Rate (window closed)</source>
        <translation>比率（窗口已结束者）</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>{n} still in their first week</source>
        <translation>{n} 人还在入群第一周</translation>
    </message>
    <message>
        <source>{n} still within 60 days of joining</source>
        <translation>{n} 人入群还不满 60 天</translation>
    </message>
    <message>
        <source>Pending (within 60 days)</source>
        <translation>待定（未满 60 天）</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>so far</source>
        <translation>截至目前</translation>
    </message>
    <message>
        <source>lighter: partial period (so far)</source>
        <translation>浅色：不完整的时段（截至目前）</translation>
    </message>
    <message>
        <source>* {month} is not over: its column is so far</source>
        <translation>* {month} 尚未结束：该列为截至目前的数字</translation>
    </message>
    <message>
        <source>{count} member(s) in all; the {shown} most active are listed</source>
        <translation>共 {count} 人；列出最活跃的 {shown} 人</translation>
    </message>
    <message>
        <source>No activity in this period: import chat records or log interactions</source>
        <translation>这段时间没有互动记录：导入聊天记录，或手动记录互动</translation>
    </message>
    <message>
        <source>Top speakers and inviters</source>
        <translation>发言与邀请排行</translation>
    </message>
    <message>
        <source>Top speakers (messages)</source>
        <translation>发言最多</translation>
    </message>
    <message>
        <source>Top inviters (invitations)</source>
        <translation>邀请最多</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀请数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Activity by weekday and hour</source>
        <translation>按星期和时段的互动</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <source>Busiest: {day} {hour}:00</source>
        <translation>最活跃：{day} {hour}:00</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Honours board</source>
        <translation>荣誉榜</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Holders</source>
        <translation>获得人数</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>获得日期</translation>
    </message>
    <message>
        <source>No honours yet. Add them in Edit &gt; Points Rules &amp; Honours…: a title members earn when their points, events attended, members invited or months active reach a threshold. Holders are listed here.</source>
        <translation>还没有荣誉。在「编辑 &gt; 积分规则与荣誉…」里添加：成员的积分、参加活动数、邀请人数或活跃月数达到门槛即获得称号，获得者会列在这里。</translation>
    </message>
    <message>
        <source>{count} hold it; the latest {shown} are listed</source>
        <translation>共 {count} 人获得，列出最近的 {shown} 人</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
</context>
<context>
    <name>AnalyticsGlossary</name>
    <message>
        <source>Members: people in scope at the end of the period&apos;s last day. For all communities, everyone added to the workspace by then and not moved to the trash by then; for one community, everyone who had joined it by then and had neither left nor been moved to the trash. Moving someone to the trash counts as leaving on that day; restoring them takes it back.</source>
        <translation>成员数：时段最后一天结束时范围内的人数。全部社群：截至那时加入工作区、且尚未移入回收站的人；单个社群：截至那时已入群、既未退群也未移入回收站的人。移入回收站算作当天离开；恢复即撤回这次离开。</translation>
    </message>
    <message>
        <source>New members: joins in the period (for all communities, people added to the workspace; for one community, people joining it), including people moved to the trash since: their joining happened.</source>
        <translation>新成员：时段内的加入人数（全部社群：新加入工作区的人；单个社群：新入群的人），包括之后被移入回收站的人——他们确实加入过。</translation>
    </message>
    <message>
        <source>Active members: distinct people with any activity (a message, share, invitation, check-in, purchase…) in the period. For one community: activity there by people who were its members at some time in the period; posts by non-members and by people who had left before are not counted. Activity of people in the trash still counts.</source>
        <translation>活跃成员：时段内有任何互动（发言、分享、邀请、签到、购买……）的不重复人数。单个社群：只算时段内某时是该群成员的人在群里的互动；非成员和此前已退群的人的发言不算。回收站里的人的互动照常计入。</translation>
    </message>
    <message>
        <source>Conversion rate: buyers ÷ active members, both in the period. Buyers are distinct people with a purchase in the period (for one community: there, while members). Purchases after the period never change it.</source>
        <translation>转化率：购买人数 ÷ 活跃成员数，两者都在时段内。购买人数是时段内有购买的不重复人数（单个社群：在该群、且当时是成员）。时段之后的购买不会改变它。</translation>
    </message>
    <message>
        <source>Revenue: the sum of the purchases made in the period (for one community: there, by its members), in yuan.</source>
        <translation>收入：时段内购买金额之和（单个社群：该群成员在群里的购买），单位元。</translation>
    </message>
    <message>
        <source>Attendance rate: of the registrations for events held in the period (started before its end, not cancelled), the share checked in. Walk-ins are not registrations. A repeating event counts each occurrence; a series registration counts where the person checked in, or as a no-show at the series&apos; first occurrence in the period.</source>
        <translation>到场率：时段内已举办活动（在时段结束前开始、未取消）的报名中，签到的比例。现场加入不算报名。重复活动每一场单独计算；系列活动的报名计在此人签到的那一场，从未签到的计为该系列本时段第一场的缺席。</translation>
    </message>
    <message>
        <source>Member growth: new members per day, week or month, and the total at the end of each. Departures are memberships that ended and people moved to the trash (for all communities, only the trash). A lighter bar is a partial bucket: it starts before the period, ends after it, or is not over yet (so far).</source>
        <translation>成员增长：每天、每周或每月的新成员，以及每段结束时的总数。离开包括退群和移入回收站（全部社群只算回收站）。浅色柱是不完整的时段：它开始于时段之前、结束于时段之后，或尚未结束（截至目前）。</translation>
    </message>
    <message>
        <source>Active members over time: daily active members (distinct people active that day) and monthly active members (distinct people active in the month, counting only the month&apos;s days inside the period). A month cut by the period or not over yet is partial (so far) and drawn dashed.</source>
        <translation>活跃成员走势：日活（当天活跃的不重复人数）和月活（当月活跃的不重复人数，只计算落在时段内的日子）。被时段截断或尚未结束的月份不完整（截至目前），以虚线表示。</translation>
    </message>
    <message>
        <source>Retention by join month: each row is everyone who joined that month (people in the trash included); each cell the share of them active in the calendar month k months later. The month still going on is so far (marked *); later months are blank.</source>
        <translation>按入群月份的留存：每行是当月加入的所有人（包括回收站里的人）；每格是其中在 k 个月后那个自然月里活跃的比例。尚未结束的月份是截至目前的数字（标 *）；之后的月份留空。</translation>
    </message>
    <message>
        <source>AARRR funnel of the period&apos;s new members, nested: activated = active in their first 7 days; retained = activated and active again on day 30-59; bought = retained and bought within 60 days of joining; referred = bought and brought someone in within 60 days. A stage counts only the joiners whose window had closed by the period&apos;s end; the others are pending (the lighter bar), never failures. Rates are over those whose window closed.</source>
        <translation>本期新成员的 AARRR 漏斗，逐层嵌套：激活 = 入群前 7 天内有活跃；留存 = 已激活且在第 30–59 天再次活跃；购买 = 已留存且入群 60 天内购买；推荐 = 已购买且入群 60 天内带来新人。每一层只统计到时段结束时窗口已结束的新成员；其余为待定（浅色柱），不算失败。比率以窗口已结束者为分母。</translation>
    </message>
    <message>
        <source>Source channels: the same funnel for each source of the period&apos;s new members. Retention and &apos;bought within 60 days&apos; are over the joiners whose windows have closed; the others are pending.</source>
        <translation>来源渠道：按本期新成员的来源分别统计同一个漏斗。留存率和“60 天内购买”以窗口已结束的新成员为分母；其余为待定。</translation>
    </message>
    <message>
        <source>Who the members are: current members (not in the trash; for one community, not left) by gender, age, city and spending level.</source>
        <translation>成员画像：当前成员（不在回收站；单个社群：未退群）按性别、年龄、城市和消费水平的分布。</translation>
    </message>
    <message>
        <source>Tags: current members carrying each tag.</source>
        <translation>标签：带有各标签的当前成员数。</translation>
    </message>
    <message>
        <source>Top referrers: people who brought in the most new members of the period (into this community, for one community), and how many they ever brought in.</source>
        <translation>推荐达人：带来本期新成员最多的人（单个社群：带入该群的），以及他们累计带来的人数。</translation>
    </message>
    <message>
        <source>Top speakers and inviters: for each community, the people with the most messages and the most invitations (records of inviting, from chat records or logged by hand) in the period. Invitations are records of inviting, not the newcomers someone brought in (that is Top referrers). People in the trash are not listed.</source>
        <translation>发言与邀请排行：每个社群在这段时间里发言最多和邀请最多的人（邀请指邀请记录，来自聊天记录或手动记录）。邀请记录不等于带来的新成员（那是“推荐排行”）。回收站里的人不列出。</translation>
    </message>
    <message>
        <source>Activity by weekday and hour: every activity of the period (messages, shares, invitations, check-ins, purchases…) by the weekday and hour it happened, in the workspace&apos;s time zone; for one community, the activity recorded there. Activity of people in the trash still counts.</source>
        <translation>按星期和时段的互动：这段时间的所有互动（发言、分享、邀请、签到、购买…）按发生的星期和小时统计，以工作区时区为准；选定一个社群时，只算该社群里的互动。回收站里的人的互动仍然计入。</translation>
    </message>
    <message>
        <source>Honours board: the honours (titles and badges) members hold, granted when they reach a threshold of points, events attended, members invited or months active, with the day each was granted. For one community, its own honours and the workspace-wide ones held by its current members. People in the trash are not listed.</source>
        <translation>荣誉榜：成员获得的荣誉称号和勋章（积分、参加活动次数、邀请人数或活跃月数达到门槛时授予），以及获得日期。选定一个社群时，显示该社群的荣誉和全工作区通用的荣誉，只列当前成员。回收站里的人不列出。</translation>
    </message>
    <message>
        <source>Slipping away: people with at least 3 actions whose last activity, as of the period&apos;s last day, was 14-60 days before it. People in the trash are not listed; for one community, only its members on that day. The list shows the 500 most active; the total counts everyone.</source>
        <translation>流失预警：至少有 3 次互动、且截至时段最后一天其最后一次活跃在 14–60 天前的人。回收站里的人不列出；单个社群只列当天仍是成员的人。名单列出最活跃的 500 人；总数计入所有人。</translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Save as PNG image…</source>
        <translation>保存为 PNG 图片…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>保存为 SVG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Export data as Excel (xlsx)…</source>
        <translation>导出数据为 Excel (xlsx)…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图片 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>What this number means</source>
        <translation>这个数字的含义</translation>
    </message>
    <message>
        <source>Honours board</source>
        <translation>荣誉榜</translation>
    </message>
    <message>
        <source>Honour / member</source>
        <translation>荣誉 / 成员</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>获得日期</translation>
    </message>
    <message>
        <source>No honours yet. Add them in Edit &gt; Points Rules &amp; Honours…: a title members earn when their points, events attended, members invited or months active reach a threshold. Holders are listed here.</source>
        <translation>还没有荣誉。在「编辑 &gt; 积分规则与荣誉…」里添加：成员的积分、参加活动数、邀请人数或活跃月数达到门槛即获得称号，获得者会列在这里。</translation>
    </message>
    <message>
        <source>{honours} honour(s), held {held} time(s).</source>
        <translation>{honours} 个荣誉，共授予 {held} 次。</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… 还有 {count} 人</translation>
    </message>
    <message>
        <source>Keywords in the kept messages</source>
        <translation>保留消息中的关键词</translation>
    </message>
    <message>
        <source>Keywords, separated by commas or spaces: 报名, 优惠, 退款</source>
        <translation>关键词，用逗号或空格分隔：报名，优惠，退款</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Type one or more keywords first.</source>
        <translation>请先输入一个或多个关键词。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Messages of the period whose kept text contains the keyword, and how many people wrote them.</source>
        <translation>本期内保留文本中含有该关键词的消息数，以及发这些消息的人数。</translation>
    </message>
    <message>
        <source>before: {previous}</source>
        <translation>上期：{previous}</translation>
    </message>
    <message>
        <source>{arrow} {change} vs {previous}</source>
        <translation>{arrow} {change}（上期 {previous}）</translation>
    </message>
    <message>
        <source>This period: {value}
Previous period: {previous}</source>
        <translation>本期：{value}
上期：{previous}</translation>
    </message>
    <message>
        <source>Slipping away</source>
        <extracomment>&quot;Show in Roster&quot; with nothing selected: the view looks up every id, then asks</extracomment>
        <translation>流失预警</translation>
    </message>
    <message>
        <source>Show in Roster</source>
        <translation>在成员中查看</translation>
    </message>
    <message>
        <source>Open these members (or the selected ones) in the roster, to tag them or reach out</source>
        <translation>在成员页打开这些成员（或选中的成员），以便打标签或主动联系</translation>
    </message>
    <message>
        <source>Export List…</source>
        <translation>导出名单…</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>沉默天数</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <source>{count} previously active member(s) had been silent for {low}-{high} days on {day}.</source>
        <translation>截至 {day}，有 {count} 位曾经活跃的成员已沉默 {low}–{high} 天。</translation>
    </message>
    <message>
        <source>The {shown} most active are listed.</source>
        <translation>下面列出最活跃的 {shown} 位。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Referral Tree…</source>
        <translation>裂变树…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>Could not compute: {error}</source>
        <translation>无法计算：{error}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>analytics-report.xlsx</source>
        <translation>数据分析报告.xlsx</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>导出失败：{error}</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <source>slipping-away.xlsx</source>
        <translation>流失预警名单.xlsx</translation>
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
    <name>AttendeeExport</name>
    <message>
        <source>Print sign-in sheet</source>
        <translation>打印签到表</translation>
    </message>
    <message>
        <source>PDF, ready to print (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF，可直接打印 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export attendee list</source>
        <translation>导出报名名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Sign-in sheet saved: {people} people on {pages} page(s), {name}</source>
        <translation>签到表已保存：{people} 人，共 {pages} 页，{name}</translation>
    </message>
    <message>
        <source>Saved {people} attendee(s) to {name}</source>
        <translation>已保存 {people} 位报名者到 {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>AttendeeText</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Waitlist place</source>
        <translation>候补位次</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>同行人数</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名时间</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>票码</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场</translation>
    </message>
    <message>
        <source>Waitlist {place}</source>
        <translation>候补 {place}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>+{count}</source>
        <translation>+{count}</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>到场率</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>报名名单</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day} 全天</translation>
    </message>
    <message>
        <source>{first} – {last}, all day</source>
        <translation>{first} – {last} 全天</translation>
    </message>
    <message>
        <source>{day} ({weekday})</source>
        <translation>{day}（{weekday}）</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>线上：{link}</translation>
    </message>
    <message>
        <source>Place not set</source>
        <translation>地点未定</translation>
    </message>
</context>
<context>
    <name>BadgeExport</name>
    <message>
        <source>No badges to print</source>
        <translation>没有可打印的胸牌</translation>
    </message>
    <message>
        <source>Nobody holds a seat at “{title}” yet. Badges are printed for registered people: add them under Registrations… first.</source>
        <translation>“{title}”还没有人报名。胸牌是为已报名的人打印的：请先在“报名…”里添加报名。</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>打印胸牌</translation>
    </message>
    <message>
        <source>{day} {title} badges</source>
        <translation>{day} {title} 胸牌</translation>
    </message>
    <message>
        <source>PDF, ready to print (*.pdf)</source>
        <translation>PDF，可直接打印 (*.pdf)</translation>
    </message>
    <message>
        <source>Painting {count:,} badges…</source>
        <translation>正在生成 {count:,} 张胸牌…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Badges saved: {count:,} people on {pages:,} page(s), {name}</source>
        <translation>胸牌已保存：{count:,} 人，共 {pages:,} 页，{name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>CalendarFiles</name>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <source>Only events between</source>
        <translation>只导出此期间的活动</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>正在导出日历…</translation>
    </message>
    <message>
        <source>Exported to {path}: {events}</source>
        <translation>已导出到 {path}：{events}</translation>
    </message>
    <message>
        <source>Not everything could be written:</source>
        <translation>有些内容未能写入：</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar 文件 (*.ics);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}:

{problems}</source>
        <translation>{name} 中的内容均未导入：

{problems}</translation>
    </message>
    <message>
        <source>{events}: {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>{events}：新增 {created}，更新 {updated}，{unchanged} 未变。</translation>
    </message>
    <message>
        <source>Not everything could be kept:</source>
        <translation>以下内容未能保留：</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>……另有 {n} 条</translation>
    </message>
    <message>
        <source>not an iCalendar file; this cannot be read: {detail}</source>
        <translation>不是 iCalendar 文件；无法读取这一部分：{detail}</translation>
    </message>
    <message>
        <source>not an iCalendar file: no VCALENDAR found</source>
        <translation>不是 iCalendar 文件：找不到 VCALENDAR</translation>
    </message>
    <message>
        <source>{value}: expected a VCALENDAR</source>
        <translation>{value}：应为 VCALENDAR</translation>
    </message>
    <message>
        <source>the file holds no events</source>
        <translation>文件中没有活动</translation>
    </message>
    <message>
        <source>no DTSTART (start time)</source>
        <translation>没有 DTSTART（开始时间）</translation>
    </message>
    <message>
        <source>{prop}: not a date or time: {value}</source>
        <translation>{prop}：不是日期或时间：{value}</translation>
    </message>
    <message>
        <source>{prop}: {value} is outside the years 1 to 9999</source>
        <translation>{prop}：{value} 超出了公元 1 年至 9999 年的范围</translation>
    </message>
    <message>
        <source>{prop}: the end is before the start</source>
        <translation>{prop}：结束时间早于开始时间</translation>
    </message>
    <message>
        <source>{prop}: not a whole number: {value}</source>
        <translation>{prop}：不是整数：{value}</translation>
    </message>
    <message>
        <source>{prop}: {value} is too large (at most 9223372036854775807)</source>
        <translation>{prop}：{value} 太大（最大 9223372036854775807）</translation>
    </message>
    <message>
        <source>{prop}: cannot be negative: {value}</source>
        <translation>{prop}：不能为负数：{value}</translation>
    </message>
    <message>
        <source>{prop}: a period cannot be an excluded date (VALUE=PERIOD)</source>
        <translation>{prop}：时间段不能作为排除日期（VALUE=PERIOD）</translation>
    </message>
    <message>
        <source>{prop}: appears twice in the file ({value})</source>
        <translation>{prop}：在文件中出现了两次（{value}）</translation>
    </message>
    <message>
        <source>RRULE: not a repeat rule Qunzhu can read ({detail})</source>
        <translation>RRULE：群主无法识别的重复规则（{detail}）</translation>
    </message>
    <message>
        <source>RRULE: repeats more often than hourly ({detail})</source>
        <translation>RRULE：重复频率高于每小时一次（{detail}）</translation>
    </message>
    <message>
        <source>RRULE: repeats {value} times; at most {detail} are kept</source>
        <translation>RRULE：重复 {value} 次；最多只能保存 {detail} 次</translation>
    </message>
    <message>
        <source>RRULE: no date matches the rule, or they are too far apart to work out</source>
        <translation>RRULE：没有任何日期符合该规则，或日期相隔太远无法推算</translation>
    </message>
    <message>
        <source>{prop}: {detail}</source>
        <translation>{prop}：{detail}</translation>
    </message>
    <message>
        <source>no UID; matched by title and start instead</source>
        <translation>没有 UID；改按标题和开始时间匹配</translation>
    </message>
    <message>
        <source>unknown status {value!r}; imported as published</source>
        <translation>未知状态 {value!r}；按“已发布”导入</translation>
    </message>
    <message>
        <source>unknown kind {value!r}; imported as other</source>
        <translation>未知类型 {value!r}；按“其他”导入</translation>
    </message>
    <message>
        <source>no community named {value!r}; imported without one</source>
        <translation>没有名为 {value!r} 的社群；导入时不归属任何社群</translation>
    </message>
    <message>
        <source>no community named {value!r}; put in the chosen one</source>
        <translation>没有名为 {value!r} 的社群；放入所选社群</translation>
    </message>
    <message>
        <source>{prop} is not a whole number; left out</source>
        <translation>{prop} 不是整数；已略过</translation>
    </message>
    <message>
        <source>{prop} is not kept</source>
        <translation>{prop} 不会保留</translation>
    </message>
    <message>
        <source>reminders (VALARM) are not kept</source>
        <translation>提醒（VALARM）不会保留</translation>
    </message>
    <message>
        <source>{count} {value} component(s) left out: only events are imported</source>
        <translation>略过了 {count} 个 {value} 组件：只导入活动</translation>
    </message>
    <message>
        <source>an edited occurrence of a series not in the file or the workspace; imported as a single event</source>
        <translation>单独修改过的某次活动，其所属系列不在文件或工作区中；按单次活动导入</translation>
    </message>
    <message>
        <source>its repeat rule cannot be read ({value}); written as a single event, the rule kept as X-QUNZHU-RRULE</source>
        <translation>无法识别其重复规则（{value}）；按单次活动写出，规则保存在 X-QUNZHU-RRULE 中</translation>
    </message>
    <message>
        <source>an excluded date cannot be read ({value}); left out</source>
        <translation>无法识别某个排除日期（{value}）；已略过</translation>
    </message>
    <message>
        <source>cannot be written ({detail}); left out</source>
        <translation>无法写出（{detail}）；已略过</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>event “{summary}” (UID {uid})</source>
        <translation>活动“{summary}”（UID {uid}）</translation>
    </message>
    <message>
        <source>event {number} “{summary}” (UID {uid})</source>
        <translation>第 {number} 个活动“{summary}”（UID {uid}）</translation>
    </message>
    <message>
        <source>{event}: {problem}</source>
        <translation>{event}：{problem}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Repeating event</source>
        <translation>重复活动</translation>
    </message>
    <message>
        <source>“{title}” repeats. {verb} only this occurrence on {day}, or the whole series?</source>
        <translation>“{title}”是重复活动。{verb}仅 {day} 这一次，还是整个系列？</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>仅这一次</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>整个系列</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Create “{title}”</source>
        <translation>新建“{title}”</translation>
    </message>
    <message>
        <source>{event} materials</source>
        <translation>{event} 物料清单</translation>
    </message>
    <message>
        <source>New checklist “{title}”</source>
        <translation>新建物料清单“{title}”</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>修改“{title}”</translation>
    </message>
    <message>
        <source>Move “{title}”</source>
        <translation>移动“{title}”</translation>
    </message>
    <message>
        <source>Copy “{title}”</source>
        <translation>复制“{title}”</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>删除“{title}”</translation>
    </message>
    <message>
        <source>Copied: paste it into the group chat</source>
        <translation>已复制，粘贴到群里即可</translation>
    </message>
    <message>
        <source>Previous (PgUp)</source>
        <translation>上一页 (PgUp)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>回到今天 (T)</translation>
    </message>
    <message>
        <source>Next (PgDn)</source>
        <translation>下一页 (PgDn)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Registrations…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>复盘…</translation>
    </message>
    <message>
        <source>Export attendee list…</source>
        <translation>导出报名名单…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>打印胸牌…</translation>
    </message>
    <message>
        <source>Copy to next week</source>
        <translation>复制到下周</translation>
    </message>
    <message>
        <source>Copy reminder text</source>
        <translation>复制提醒文本</translation>
    </message>
    <message>
        <source>Copy sign-up text (接龙)</source>
        <translation>复制接龙文本</translation>
    </message>
    <message>
        <source>Remind {days} day(s) ahead</source>
        <translation>提前 {days} 天提醒</translation>
    </message>
    <message>
        <source>Coming up in {days} days: {events} event(s), {items} checklist item(s) due</source>
        <translation>未来 {days} 天：{events} 场活动，{items} 项物料到期</translation>
    </message>
    <message>
        <source> ({overdue} overdue)</source>
        <translation>（{overdue} 项已逾期）</translation>
    </message>
</context>
<context>
    <name>ChatImportWizard</name>
    <message>
        <source>Import chat records</source>
        <translation>导入聊天记录</translation>
    </message>
</context>
<context>
    <name>ChatLabels</name>
    <message>
        <source>Detect from the content</source>
        <translation>按内容自动识别</translation>
    </message>
    <message>
        <source>QQ (消息管理器 → 导出消息记录, .txt)</source>
        <translation>QQ（消息管理器 → 导出消息记录，.txt）</translation>
    </message>
    <message>
        <source>WeChat (a desktop exporter&apos;s CSV, XLSX, TXT or HTML)</source>
        <translation>微信（电脑端导出工具的 CSV、XLSX、TXT 或 HTML）</translation>
    </message>
    <message>
        <source>Telegram Desktop (result.json)</source>
        <translation>Telegram 桌面版（result.json）</translation>
    </message>
    <message>
        <source>Discord (DiscordChatExporter CSV or JSON)</source>
        <translation>Discord（DiscordChatExporter 的 CSV 或 JSON）</translation>
    </message>
    <message>
        <source>Any sheet (choose the columns)</source>
        <translation>任意表格（自选列）</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>known from an earlier import</source>
        <translation>按以前导入记住的身份</translation>
    </message>
    <message>
        <source>by WeChat id</source>
        <translation>按微信号</translation>
    </message>
    <message>
        <source>by QQ number</source>
        <translation>按 QQ 号</translation>
    </message>
    <message>
        <source>by mobile number</source>
        <translation>按手机号</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>按邮箱</translation>
    </message>
    <message>
        <source>by unique name</source>
        <translation>按唯一姓名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>WeChat id</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>QQ number</source>
        <translation>QQ 号</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <source>Check-in — {title}</source>
        <translation>签到 — {title}</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <source>Not yet here</source>
        <translation>未到</translation>
    </message>
    <message>
        <source>Name, last digits of the phone, or pinyin (zxm) — Enter checks in</source>
        <translation>姓名、手机尾号或拼音（zxm）— 回车签到</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>本场记录</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Whom &quot;let in anyway&quot; checks in (a scan that did not: waitlist full, cancelled).</extracomment>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>手机（可不填）</translation>
    </message>
    <message>
        <source>Add walk-in and check in</source>
        <translation>添加并签到</translation>
    </message>
    <message>
        <source>Not in the list?</source>
        <translation>名单里没有？</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>撤销上一次签到</translation>
    </message>
    <message>
        <source>Check-in at “{title}”</source>
        <extracomment>The undo step of the last check-in made here (its command on the stack).</extracomment>
        <translation>“{title}”签到</translation>
    </message>
    <message>
        <source>{name} already checked in at {time}: nothing changed.</source>
        <translation>{name} 已于 {time} 签到，未重复记录。</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time} (walk-in).</source>
        <translation>✓ {name} {time} 签到（现场加入）。</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time} (moved up from the waitlist).</source>
        <translation>✓ {name} {time} 签到（由候补转为正式）。</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time}.</source>
        <translation>✓ {name} {time} 签到成功。</translation>
    </message>
    <message>
        <source>Ticket code {code}: Enter checks in.</source>
        <translation>票码 {code}：按回车签到。</translation>
    </message>
    <message>
        <source>checked in {time}</source>
        <translation>{time} 已签到</translation>
    </message>
    <message>
        <source>not signed up: walk-in</source>
        <translation>未报名：按现场报名</translation>
    </message>
    <message>
        <source>Nobody found. Add them as a walk-in below.</source>
        <translation>没有找到此人，可在下方添加为现场报名。</translation>
    </message>
    <message>
        <source>✓ {name} checked in at {time} (moved up from the waitlist: a seat was free).</source>
        <translation>✓ {name} 已于 {time} 签到（有空位，已从候补转为报名）。</translation>
    </message>
    <message>
        <source>{name} is on the waitlist (place {place}) and all {seats} seats are taken: not checked in.</source>
        <translation>{name} 在候补名单（第 {place} 位），{seats} 个座位已满：未签到。</translation>
    </message>
    <message>
        <source>{name} cancelled this registration: not checked in.</source>
        <translation>{name} 已取消报名：未签到。</translation>
    </message>
    <message>
        <source>This ticket ({code}) is {name}&apos;s for “{title}” on {day}, not for this event: not checked in.</source>
        <translation>这张票（{code}）是 {name} 的「{title}」（{day}）门票，不是本场活动的：未签到。</translation>
    </message>
    <message>
        <source>No ticket has the code {code}: not checked in.</source>
        <translation>没有票码为 {code} 的票：未签到。</translation>
    </message>
    <message>
        <source>Let {name} in anyway</source>
        <translation>仍让 {name} 入场</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name first.</source>
        <translation>请先填写姓名。</translation>
    </message>
    <message>
        <source>{phone} is {name}&apos;s phone: press Enter to check them in.</source>
        <translation>{phone} 是 {name} 的手机号：按回车为其签到。</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>未添加：{reason}</translation>
    </message>
    <message>
        <source>✓ {name} added and checked in at {time} (walk-in).</source>
        <translation>✓ 已添加 {name}，{time} 签到（现场加入）。</translation>
    </message>
    <message>
        <source>Check-in taken back.</source>
        <translation>已撤销签到。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the rows</source>
        <extracomment>Problems and changes listed in the wizard (all of them go into the xlsx report).</extracomment>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>Every row is cleaned and checked; nothing is written yet.</source>
        <translation>每一行都会被清理和检查；此时还不会写入任何数据。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Value read</source>
        <translation>读到的值</translation>
    </message>
    <message>
        <source>Download report as xlsx…</source>
        <translation>下载检查报告（xlsx）…</translation>
    </message>
    <message>
        <source>Import nothing while any row is invalid (fix the file first)</source>
        <translation>只要有无效行就不导入（先修改文件）</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>导入有效行，跳过无效行</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <source>Reading and checking rows…</source>
        <translation>正在读取并检查各行…</translation>
    </message>
    <message>
        <source>{rows:,} row(s) read: {valid:,} valid, {invalid:,} with problems.</source>
        <translation>共读取 {rows:,} 行：{valid:,} 行有效，{invalid:,} 行有问题。</translation>
    </message>
    <message>
        <source>{workspace:,} match a member already here; {file:,} repeat an earlier row of the file.</source>
        <translation>{workspace:,} 行与已有成员重复；{file:,} 行与文件中前面的行重复。</translation>
    </message>
    <message>
        <source>Rows with an ID update that member.</source>
        <translation>带 ID 的行会更新对应的成员。</translation>
    </message>
    <message>
        <source>To go on, fix the file and check again, or choose below to skip the invalid rows.</source>
        <translation>要继续，请修改文件后重新检查，或在下方选择跳过无效行。</translation>
    </message>
    <message>
        <source>{count:,} row(s) are not members (totals, headings, notes, rows naming nobody): they are listed and will not be imported.</source>
        <translation>{count:,} 行不是成员（合计、分组标题、备注、没有任何身份信息的行）：已列出，不会导入。</translation>
    </message>
    <message>
        <source>{count:,} referrer(s) (邀请人) cannot be set: those members are imported without one.</source>
        <translation>有 {count:,} 个邀请人无法设置：这些成员导入时不带邀请人。</translation>
    </message>
    <message>
        <source>The first {shown:,} problems are listed; the report has all {count:,}.</source>
        <translation>这里列出前 {shown:,} 个问题；报告中包含全部 {count:,} 个。</translation>
    </message>
    <message>
        <source>Check cancelled. Go back, or press Next to check again.</source>
        <translation>检查已取消。可返回上一步，或点“下一步”重新检查。</translation>
    </message>
    <message>
        <source>The file could not be checked: {error}</source>
        <translation>无法检查该文件：{error}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存检查报告</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>将更改</translation>
    </message>
</context>
<context>
    <name>ChecklistFiles</name>
    <message>
        <source>Exporting to Excel</source>
        <translation>正在导出 Excel</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>ChecklistLabels</name>
    <message>
        <source>Promotional material</source>
        <translation>宣传物料</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Stationery</source>
        <translation>文具</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>To prepare</source>
        <translation>待准备</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>已到货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>来自物料库</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>全部截止日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>7 天内到期</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Only incomplete</source>
        <translation>只看信息不全</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加物料</translation>
    </message>
    <message>
        <source>Delete items</source>
        <translation>删除物料</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Export selected checklists…</source>
        <translation>导出选中的清单…</translation>
    </message>
    <message>
        <source>Export all checklists in view…</source>
        <translation>导出列表中全部清单…</translation>
    </message>
    <message>
        <source>Import edited checklist…</source>
        <translation>导入修改后的清单…</translation>
    </message>
    <message>
        <source>Add items from a supplier&apos;s list…</source>
        <translation>从供应商清单添加物料…</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>（未指定负责人）</translation>
    </message>
    <message>
        <source>{day} · {event}</source>
        <translation>{day} · {event}</translation>
    </message>
    <message>
        <source>Standalone checklist</source>
        <translation>独立清单（不属于活动）</translation>
    </message>
    <message>
        <source>{incomplete} of {items} items incomplete</source>
        <translation>{items} 项中 {incomplete} 项信息不全</translation>
    </message>
    <message>
        <source>{overdue} overdue</source>
        <translation>{overdue} 项逾期</translation>
    </message>
    <message>
        <source>showing {shown}</source>
        <translation>显示 {shown} 项</translation>
    </message>
    <message>
        <source>Total {cost}</source>
        <translation>合计 {cost}</translation>
    </message>
    <message>
        <source>Material checklists.xlsx</source>
        <translation>物料清单.xlsx</translation>
    </message>
    <message>
        <source>Inventory.xlsx</source>
        <translation>物料库存.xlsx</translation>
    </message>
    <message>
        <source>Import an edited checklist</source>
        <translation>导入修改后的物料清单</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>A supplier&apos;s item list</source>
        <translation>供应商的物料清单</translation>
    </message>
    <message>
        <source>Add {count} item(s) from {file}</source>
        <translation>从 {file} 添加 {count} 项物料</translation>
    </message>
    <message>
        <source>No material checklists yet</source>
        <extracomment>The ``Change.source`` of this tab&apos;s writes. What a refused write raises: a value the domain turns down (``DomainError``, ``InvalidItem``), or a row gone meanwhile (a template deleted while a dialog was open).</extracomment>
        <translation>还没有物料清单</translation>
    </message>
    <message>
        <source>A checklist says what to buy or bring for an event, who is responsible, what has arrived and what it costs. Start one from a template (线下沙龙, 线上直播, 展会/市集) and send it to a supplier as Excel.</source>
        <translation>物料清单写清一场活动要买什么、带什么，谁负责，什么已到货，花多少钱。从模板（线下沙龙、线上直播、展会/市集）开始一份，再导出 Excel 发给供应商。</translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation>新建物料清单…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Material library</source>
        <translation>物料库</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将举行</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>独立清单</translation>
    </message>
    <message>
        <source>{items} items · {incomplete} incomplete · {cost}</source>
        <translation>{items} 项 · {incomplete} 项不全 · {cost}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Rename checklist</source>
        <translation>重命名清单</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>New checklist “{title}”</source>
        <translation>新建物料清单“{title}”</translation>
    </message>
    <message>
        <source>Delete the checklist “{title}” with its {items} item(s)? Undo brings it back.</source>
        <translation>删除物料清单“{title}”及其 {items} 项物料？可以撤销。</translation>
    </message>
    <message>
        <source>Delete checklist “{title}”</source>
        <translation>删除物料清单“{title}”</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新物料</translation>
    </message>
    <message>
        <source>Delete {count} item(s)</source>
        <translation>删除 {count} 项物料</translation>
    </message>
    <message>
        <source>Set {count} item(s) to {status}</source>
        <translation>将 {count} 项设为{status}</translation>
    </message>
    <message>
        <source>Save as template “{name}”</source>
        <translation>存为模板“{name}”</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>新建物料</translation>
    </message>
    <message>
        <source>Edit material</source>
        <translation>修改物料</translation>
    </message>
    <message>
        <source>Delete material</source>
        <translation>删除物料</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
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
    <name>CustomFields</name>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>是 / 否</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CustomFieldsDialog</name>
    <message>
        <source>Custom Fields</source>
        <extracomment>What the preview offers to try, per kind.</extracomment>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>新建字段</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>e.g. 车型, 孩子年龄, 会员到期日</source>
        <translation>例如 车型、孩子年龄、会员到期日</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>Save field</source>
        <translation>保存字段</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Try a value</source>
        <translation>试填一个值</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>this field</source>
        <translation>此字段</translation>
    </message>
    <message>
        <source>e.g. {sample}</source>
        <translation>例如 {sample}</translation>
    </message>
    <message>
        <source>{typed} → {shown}</source>
        <translation>{typed} → {shown}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Add field {name}</source>
        <translation>添加字段“{name}”</translation>
    </message>
    <message>
        <source>Edit field {name}</source>
        <translation>修改字段“{name}”</translation>
    </message>
    <message>
        <source>Reorder fields</source>
        <translation>调整字段顺序</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>删除字段</translation>
    </message>
    <message>
        <source>{count:,} member(s) have a value in “{name}”; deleting the field removes those values. Undo (Ctrl+Z) brings them back.</source>
        <translation>有 {count:,} 位成员填写了“{name}”；删除该字段会一并删除这些值。撤销（Ctrl+Z）可以恢复。</translation>
    </message>
    <message>
        <source>Delete field {name}</source>
        <translation>删除字段“{name}”</translation>
    </message>
</context>
<context>
    <name>CustomFieldsForm</name>
    <message>
        <source>No custom fields yet: add them in Edit &gt; Custom Fields…</source>
        <translation>还没有自定义字段：可在“编辑 &gt; 自定义字段…”中添加</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Registrations…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation>现场签到</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>复盘…</translation>
    </message>
    <message>
        <source>Copy to next week</source>
        <translation>复制到下周</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Copy reminder</source>
        <translation>复制提醒</translation>
    </message>
    <message>
        <source>Copy 接龙</source>
        <translation>复制接龙</translation>
    </message>
    <message>
        <source>Export attendee list…</source>
        <translation>导出报名名单…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>打印胸牌…</translation>
    </message>
    <message>
        <source>Print and export</source>
        <translation>打印与导出</translation>
    </message>
    <message>
        <source>Select an event to see it here.

Double-click a day to plan a new one; drag an event to another day to move it.</source>
        <translation>选中一场活动，在这里查看详情。

双击某一天新建活动；把活动拖到另一天即可改期。</translation>
    </message>
    <message>
        <source>Outcomes by month…</source>
        <translation>按月复盘…</translation>
    </message>
    <message>
        <source>Remind </source>
        <translation>提前 </translation>
    </message>
    <message>
        <source> day(s) ahead</source>
        <translation> 天提醒</translation>
    </message>
    <message>
        <source>How far ahead the status bar lists coming events and checklist items due</source>
        <translation>状态栏提前多少天列出即将开始的活动和到期的物料</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day}，全天</translation>
    </message>
    <message>
        <source>Repeats ({rule})</source>
        <translation>重复（{rule}）</translation>
    </message>
    <message>
        <source>One occurrence of a repeating event</source>
        <translation>重复活动中的一次</translation>
    </message>
    <message>
        <source>Online: {link}</source>
        <translation>线上：{link}</translation>
    </message>
    <message>
        <source>No location yet</source>
        <translation>尚未确定地点</translation>
    </message>
    <message>
        <source> of {capacity}</source>
        <translation> / {capacity}</translation>
    </message>
    <message>
        <source>{registered} registered{seats}, {waitlisted} waiting, {checked} checked in</source>
        <translation>已报名 {registered}{seats}，候补 {waitlisted}，已签到 {checked}</translation>
    </message>
    <message>
        <source>Budget ¥{budget}</source>
        <translation>预算 ¥{budget}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>Outcome: {attended} came, {new} new members, {conversions} conversions</source>
        <translation>复盘：到场 {attended} 人，新增成员 {new} 人，转化 {conversions} 个</translation>
    </message>
    <message>
        <source>Revenue ¥{revenue}, cost ¥{cost}</source>
        <translation>收入 ¥{revenue}，花费 ¥{cost}</translation>
    </message>
    <message>
        <source>⚠ Overlaps another event of this community.</source>
        <translation>⚠ 与本社群的另一场活动时间冲突。</translation>
    </message>
</context>
<context>
    <name>DialogWriter</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Merge the two selected…</source>
        <translation>合并所选的两人…</translation>
    </message>
    <message>
        <source>Same phone {value}</source>
        <translation>手机号相同：{value}</translation>
    </message>
    <message>
        <source>Same WeChat id {value}</source>
        <translation>微信号相同：{value}</translation>
    </message>
    <message>
        <source>Same email {value}</source>
        <translation>邮箱相同：{value}</translation>
    </message>
    <message>
        <source>WeChat id {value}: one&apos;s own, the other&apos;s from a chat import</source>
        <translation>微信号 {value}：一人登记的，另一人在聊天导入时记下的</translation>
    </message>
    <message>
        <source>Same name, both in {value}</source>
        <translation>同名，都在{value}</translation>
    </message>
    <message>
        <source>Names read the same, both in {value}</source>
        <translation>姓名同音，都在{value}</translation>
    </message>
    <message>
        <source>Names read the same, phones end in {value}</source>
        <translation>姓名同音，手机尾号都是 {value}</translation>
    </message>
    <message>
        <source>Names read the same, both from {value}</source>
        <translation>姓名同音，都来自{value}</translation>
    </message>
    <message>
        <source>Names read the same, both in the group {value}</source>
        <translation>姓名同音，都在社群「{value}」</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复成员</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>No likely duplicates</source>
        <translation>没有疑似重复的成员</translation>
    </message>
    <message>
        <source>No two records share a phone, WeChat id or email, and no names that read the same share a city, phone ending, source or group. Scan again after your next import.</source>
        <translation>没有两条记录的手机号、微信号或邮箱相同，同音姓名之间也没有相同的城市、手机尾号、来源或社群。下次导入后再查找一次。</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>对比并合并…</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一个人</translation>
    </message>
    <message>
        <source>Merge all with the same phone…</source>
        <translation>合并所有手机号相同的…</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking for records of one person…</source>
        <translation>正在查找属于同一个人的记录…</translation>
    </message>
    <message>
        <source>Finding duplicates</source>
        <translation>正在查找重复成员</translation>
    </message>
    <message>
        <source>Comparing names…</source>
        <translation>正在比对姓名…</translation>
    </message>
    <message>
        <source>Comparing phones, WeChat ids and emails…</source>
        <translation>正在比对手机号、微信号和邮箱…</translation>
    </message>
    <message>
        <source>Scan cancelled. Press “Scan again” to look again.</source>
        <translation>已取消查找。点击“重新查找”可再次查找。</translation>
    </message>
    <message>
        <source>{count:,} possible duplicate(s). Compare each and merge, or say they are two people.</source>
        <translation>{count:,} 组疑似重复。逐一对比后合并，或标记为不是同一个人。</translation>
    </message>
    <message>
        <source>Merge {gone} into {kept}</source>
        <translation>将 {gone} 合并到 {kept}</translation>
    </message>
    <message>
        <source>Not the same person: {a} and {b}</source>
        <translation>不是同一个人：{a} 和 {b}</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>查找重复…</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Members already here</source>
        <translation>已有成员</translation>
    </message>
    <message>
        <source>Rows are matched to members by mobile, WeChat id or email, in the workspace and earlier in the file.</source>
        <translation>按手机号、微信号或邮箱，与工作区中的成员以及文件中前面的行进行匹配。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Also add everyone imported to:</source>
        <translation>同时把导入的成员加入：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（不加入社群）</translation>
    </message>
    <message>
        <source>{workspace:,} row(s) match a member already in the workspace; {file:,} repeat an earlier row of the file.</source>
        <translation>{workspace:,} 行与工作区中的已有成员重复；{file:,} 行与文件中前面的行重复。</translation>
    </message>
    <message>
        <source>Working out what changes…</source>
        <translation>正在计算将发生的更改…</translation>
    </message>
    <message>
        <source>The import will add {added:,}, update {updated:,}, skip {skipped:,} and reject {rejected:,} row(s).</source>
        <translation>本次导入将新增 {added:,}、更新 {updated:,}、跳过 {skipped:,}、拒绝 {rejected:,} 行。</translation>
    </message>
    <message>
        <source>Every field that changes is listed below.</source>
        <translation>下面列出每一个将被更改的字段。</translation>
    </message>
    <message>
        <source>Could not work out the changes: {error}</source>
        <translation>无法计算更改：{error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Also remove them from the {count} backup(s) beside the workspace</source>
        <translation>同时从工作区旁的 {count} 个备份中清除</translation>
    </message>
    <message>
        <source>Backups are copies of this workspace taken automatically and before upgrades; they still hold everything erased here. Each backup that holds these people is rewritten without them (a big workspace takes a while per backup). Unchecked, the backups keep the old data until they are rotated away or you delete them.</source>
        <translation>备份是自动（以及升级前）保存的工作区副本，仍然保留这里清除的全部信息。勾选后，含有这些成员的每个备份都会重写并去掉他们（工作区很大时，每个备份需要一段时间）。不勾选，备份会保留旧数据，直到被轮换删除或由你手动删除。</translation>
    </message>
    <message>
        <source>There are no backups beside this workspace. Copies you made elsewhere are not changed.</source>
        <translation>工作区旁没有备份。你在其他位置保存的副本不会被修改。</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Rewriting the backups beside the workspace…</source>
        <translation>正在重写工作区旁的备份…</translation>
    </message>
    <message>
        <source>Removing erased people from the backups…</source>
        <translation>正在从备份中清除这些成员…</translation>
    </message>
    <message>
        <source>The backups could not be cleaned: {error}</source>
        <translation>无法清理备份：{error}</translation>
    </message>
    <message>
        <source>Removed from {purged} backup(s); {clean} did not hold them.</source>
        <translation>已从 {purged} 个备份中清除；{clean} 个备份中没有这些成员。</translation>
    </message>
    <message>
        <source>These backups still hold them and could not be rewritten; delete them by hand if the request covers them:</source>
        <translation>以下备份仍含有这些成员，且无法重写；如果删除请求也涵盖这些备份，请手动删除：</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>The details are also saved in {path}</source>
        <translation>详细信息也已保存在 {path}</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>This happened {count} times.</source>
        <translation>已发生 {count} 次。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>a phone number has only digits (and spaces, dashes, +86)</source>
        <translation>手机号只能包含数字（以及空格、横线、+86）</translation>
    </message>
    <message>
        <source>phone saved in scientific notation (digits lost); format the column as text and save again</source>
        <translation>手机号被存成了科学计数法（后几位已丢失）；请把该列设为文本格式后重新保存</translation>
    </message>
    <message>
        <source>a mobile number has 11 digits, this has {count}</source>
        <translation>手机号应为 11 位，这里有 {count} 位</translation>
    </message>
    <message>
        <source>a mobile number starts with 13-19</source>
        <translation>手机号应以 13-19 开头</translation>
    </message>
    <message>
        <source>not an email address (name@example.com)</source>
        <translation>不是有效的邮箱地址（name@example.com）</translation>
    </message>
    <message>
        <source>a WeChat id has no spaces</source>
        <translation>微信号不能包含空格</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2024-03-05</source>
        <translation>“{value}”不是日期（例如 2024-03-05）</translation>
    </message>
    <message>
        <source>not a real date (no such day)</source>
        <translation>日期不存在</translation>
    </message>
    <message>
        <source>a birth year is a number like 1990</source>
        <translation>出生年份应是数字，如 1990</translation>
    </message>
    <message>
        <source>a birth year between 1900 and {year}</source>
        <translation>出生年份应在 1900 到 {year} 之间</translation>
    </message>
    <message>
        <source>gender is 男 or 女 (M/F)</source>
        <translation>性别应为 男 或 女（M/F）</translation>
    </message>
    <message>
        <source>a member needs a name</source>
        <translation>成员必须有姓名</translation>
    </message>
    <message>
        <source>points to grant cannot be 0</source>
        <translation>发放的积分不能为 0</translation>
    </message>
    <message>
        <source>an id is a whole number (from an exported roster)</source>
        <translation>ID 应为整数（来自导出的成员名单）</translation>
    </message>
    <message>
        <source>no member with id {id} (deleted?)</source>
        <translation>没有 ID 为 {id} 的成员（已删除？）</translation>
    </message>
    <message>
        <source>a totals row, not a member</source>
        <translation>合计行，不是成员</translation>
    </message>
    <message>
        <source>a section heading, not a member</source>
        <translation>分组标题，不是成员</translation>
    </message>
    <message>
        <source>the header row again, not a member</source>
        <translation>重复的表头行，不是成员</translation>
    </message>
    <message>
        <source>a note, not a member</source>
        <translation>备注说明，不是成员</translation>
    </message>
    <message>
        <source>no name, nickname, phone, WeChat id or email: not a member</source>
        <translation>没有姓名、昵称、手机、微信号或邮箱：不是成员</translation>
    </message>
    <message>
        <source>{field}: expected a whole number, got “{value}”</source>
        <translation>{field}：应为整数，而不是“{value}”</translation>
    </message>
    <message>
        <source>{field}: expected a number from {low} to {high}, got {value}</source>
        <translation>{field}：应为 {low} 到 {high} 之间的数，而不是 {value}</translation>
    </message>
    <message>
        <source>{field}: expected a number, got “{value}”</source>
        <translation>{field}：应为数字，而不是“{value}”</translation>
    </message>
    <message>
        <source>{field}: expected a date like 2026-12-31, got “{value}”</source>
        <translation>{field}：应为日期（如 2026-12-31），而不是“{value}”</translation>
    </message>
    <message>
        <source>{field}: expected one of {allowed}, got “{value}”</source>
        <translation>{field}：应为 {allowed} 之一，而不是“{value}”</translation>
    </message>
    <message>
        <source>{field}: cannot be empty</source>
        <translation>{field}：不能为空</translation>
    </message>
    <message>
        <source>{field}: cannot be negative</source>
        <translation>{field}：不能为负数</translation>
    </message>
    <message>
        <source>{field}: must be a whole number, not negative</source>
        <translation>{field}：应为不小于 0 的整数</translation>
    </message>
    <message>
        <source>a community needs a name</source>
        <translation>社群必须有名称</translation>
    </message>
    <message>
        <source>a community named “{name}” already exists</source>
        <translation>已有名为“{name}”的社群</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>模板必须有名称</translation>
    </message>
    <message>
        <source>a template named “{name}” exists already</source>
        <translation>已有名为“{name}”的模板</translation>
    </message>
    <message>
        <source>a segment needs a name</source>
        <translation>分组必须有名称</translation>
    </message>
    <message>
        <source>a custom field needs a name</source>
        <translation>自定义字段需要一个名称</translation>
    </message>
    <message>
        <source>a field named “{name}” exists already</source>
        <translation>已有名为“{name}”的字段</translation>
    </message>
    <message>
        <source>“{name}” is a roster column already; choose another name</source>
        <translation>“{name}”已是名单的内置列，请换一个名称</translation>
    </message>
    <message>
        <source>{field}: a choice field needs at least one option</source>
        <translation>{field}：选项字段至少需要一个选项</translation>
    </message>
    <message>
        <source>{field}: {count} member(s) hold the option “{option}”; clear it from them first</source>
        <translation>{field}：有 {count} 位成员选了“{option}”，请先清除再删除该选项</translation>
    </message>
    <message>
        <source>a workspace holds at most {most} custom fields</source>
        <translation>一个工作区最多 {most} 个自定义字段</translation>
    </message>
    <message>
        <source>{field}: expected yes or no, got “{value}”</source>
        <translation>{field}：应为“是”或“否”，实为“{value}”</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of {allowed}</source>
        <translation>{field}：“{value}”不是可选项（{allowed}）</translation>
    </message>
    <message>
        <source>{field}: one option only, got “{value}”</source>
        <translation>{field}：只能选一个选项，实为“{value}”</translation>
    </message>
    <message>
        <source>the name “{name}” is taken by another import&apos;s column mapping</source>
        <translation>名称“{name}”已被另一种导入的列对应方案使用</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <translation>预设必须有名称</translation>
    </message>
    <message>
        <source>a material needs a name</source>
        <translation>物料必须有名称</translation>
    </message>
    <message>
        <source>a mute needs an end date</source>
        <translation>禁言需要结束日期</translation>
    </message>
    <message>
        <source>not a role: expected one of {allowed}</source>
        <translation>不是有效的角色：应为 {allowed} 之一</translation>
    </message>
    <message>
        <source>a role column needs the community the members are imported into</source>
        <translation>导入角色列需要选择成员所在的社群</translation>
    </message>
    <message>
        <source>left on {left}, before joining on {joined}</source>
        <translation>退群日期 {left} 早于入群日期 {joined}</translation>
    </message>
    <message>
        <source>remind at least one day ahead</source>
        <translation>至少提前一天提醒</translation>
    </message>
    <message>
        <source>{field}: an event needs a title</source>
        <translation>{field}：活动需要一个标题</translation>
    </message>
    <message>
        <source>{field}: the start needs its time zone (a UTC offset such as +08:00)</source>
        <translation>{field}：开始时间需要带时区（如 +08:00 这样的 UTC 偏移）</translation>
    </message>
    <message>
        <source>{field}: the end is before the start</source>
        <translation>{field}：结束时间早于开始时间</translation>
    </message>
    <message>
        <source>{field}: not a date and time like 2026-12-31T19:30+08:00: “{value}”</source>
        <translation>{field}：“{value}”不是 2026-12-31T19:30+08:00 这样的日期时间</translation>
    </message>
    <message>
        <source>event {id} is not in the workspace any more (deleted meanwhile?)</source>
        <translation>活动 {id} 已不在工作区中（可能刚被删除？）</translation>
    </message>
    <message>
        <source>event {id} does not repeat</source>
        <translation>活动 {id} 不是重复活动</translation>
    </message>
    <message>
        <source>event {id} does not happen at {start}</source>
        <translation>活动 {id} 在 {start} 没有场次</translation>
    </message>
    <message>
        <source>event {id} repeats: name one of its days (such as {days})</source>
        <translation>活动 {id} 是重复活动：请指定其中一天（例如 {days}）</translation>
    </message>
    <message>
        <source>repeat daily, weekly or monthly, not “{value}”</source>
        <translation>重复频率只能是每天、每周或每月，不能是“{value}”</translation>
    </message>
    <message>
        <source>repeat every 1 or more days, weeks or months</source>
        <translation>重复间隔至少为 1（天、周或月）</translation>
    </message>
    <message>
        <source>a series happens at least once</source>
        <translation>重复活动至少要举行一次</translation>
    </message>
    <message>
        <source>a series cannot end before it starts</source>
        <translation>重复活动的结束日期不能早于开始日期</translation>
    </message>
    <message>
        <source>this row is not in the workspace any more (deleted meanwhile?)</source>
        <translation>这一行已不在工作区中（可能刚被删除？）</translation>
    </message>
    <message>
        <source>this member is not in the community any more</source>
        <translation>这位成员已不在该社群中</translation>
    </message>
    <message>
        <source>choose the column that holds the name (or the id of an exported roster)</source>
        <translation>请选择存放姓名的列（或导出名单中的 ID 列）</translation>
    </message>
    <message>
        <source>{field}: at most {most} characters</source>
        <translation>{field}：最多 {most} 个字</translation>
    </message>
    <message>
        <source>only a purchase has an amount; {kind} is logged without one</source>
        <translation>只有购买才有金额；{kind}不记金额</translation>
    </message>
    <message>
        <source>{field}: {value} has not happened yet (today is {today}); log what happened, up to today</source>
        <translation>{field}：{value} 还没到（今天是 {today}）；只能记录今天及以前发生的事</translation>
    </message>
    <message>
        <source>select at least one member</source>
        <translation>请至少选择一位成员</translation>
    </message>
    <message>
        <source>a member cannot be their own referrer</source>
        <translation>成员不能是自己的邀请人</translation>
    </message>
    <message>
        <source>{referrer} was invited, directly or not, by {name} ({chain}): a referral cannot go in a circle</source>
        <translation>{referrer} 是由 {name} 直接或间接邀请来的（{chain}）：邀请关系不能绕成一个圈</translation>
    </message>
    <message>
        <source>no member and no row of this file is “{value}”: the referrer is left empty</source>
        <translation>没有成员、本文件中也没有哪一行是“{value}”：邀请人留空</translation>
    </message>
    <message>
        <source>{name} has the phone, WeChat id or email of {other}: taken as the same person and left as is (two people: --duplicates keep_both)</source>
        <translation>{name} 与 {other} 的手机号、微信号或邮箱相同：视为同一人，保持原样（若是两个人：--duplicates keep_both）</translation>
    </message>
    <message>
        <source>a member cannot be merged into itself</source>
        <translation>成员不能与自己合并</translation>
    </message>
    <message>
        <source>{name} is in the trash or erased: restore them before merging</source>
        <translation>{name} 在回收站中或已注销：请先恢复再合并</translation>
    </message>
    <message>
        <source>{count} members match “{value}”: the referrer is left empty (give their phone or WeChat id)</source>
        <translation>有 {count} 位成员与“{value}”相符：邀请人留空（请填写其手机号或微信号）</translation>
    </message>
    <message>
        <source>the chosen community is not in the workspace any more</source>
        <translation>所选社群已不在工作区中</translation>
    </message>
    <message>
        <source>{path} already holds data; a demo needs an empty workspace (give --workspace a new file name)</source>
        <translation>{path} 中已有数据；演示数据需要一个空工作区（请给 --workspace 一个新文件名）</translation>
    </message>
    <message>
        <source>{count} problem(s) in the chat export; nothing was imported</source>
        <translation>聊天记录导出文件中有 {count} 处问题；未导入任何内容</translation>
    </message>
    <message>
        <source>the chat export changed while it was being imported; nothing was imported (try again once the file is complete)</source>
        <translation>导入过程中聊天记录文件发生了变化；未导入任何内容（请等文件写完后再试）</translation>
    </message>
    <message>
        <source>a demo needs at least one member</source>
        <translation>演示数据至少需要一名成员</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>not a spreadsheet or CSV file</source>
        <translation>不是电子表格或 CSV 文件</translation>
    </message>
    <message>
        <source>a damaged zip/xlsx file</source>
        <translation>zip/xlsx 文件已损坏</translation>
    </message>
    <message>
        <source>a zip file, but not a spreadsheet</source>
        <translation>是 zip 压缩包，但不是电子表格</translation>
    </message>
    <message>
        <source>the workbook is password-protected; save an unprotected copy</source>
        <translation>工作簿设有密码保护；请另存一份不加密的副本</translation>
    </message>
    <message>
        <source>the file declares XML entities (an &quot;XML bomb&quot;), which a real spreadsheet never does; refused unread</source>
        <translation>文件声明了 XML 实体（“XML 炸弹”），正常的电子表格不会这样做；已拒绝读取</translation>
    </message>
    <message>
        <source>the file unpacks to far more than it holds (a zip bomb); refused</source>
        <translation>文件解压后远大于其本身（zip 炸弹）；已拒绝</translation>
    </message>
    <message>
        <source>could not tell which encoding the text is in (tried UTF-8, UTF-16, GBK/GB18030, Big5, Shift-JIS); save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>无法判断文本的编码（已尝试 UTF-8、UTF-16、GBK/GB18030、Big5、Shift-JIS）；请另存为“CSV UTF-8”后重试</translation>
    </message>
    <message>
        <source>not valid {encoding} text; choose another encoding</source>
        <translation>不是有效的 {encoding} 文本；请选择其他编码</translation>
    </message>
    <message>
        <source>not valid {encoding} text near byte {byte}; choose another encoding</source>
        <translation>第 {byte} 字节附近不是有效的 {encoding} 文本；请选择其他编码</translation>
    </message>
    <message>
        <source>line {line} cannot be read as CSV (a quote left open?)</source>
        <translation>第 {line} 行无法按 CSV 读取（是否有未闭合的引号？）</translation>
    </message>
    <message>
        <source>no sheet named “{name}” (the sheets are: {sheets})</source>
        <translation>没有名为“{name}”的工作表（现有工作表：{sheets}）</translation>
    </message>
    <message>
        <source>the workbook cannot be read (damaged, or not really a spreadsheet); open it in Excel or WPS and save it again</source>
        <translation>无法读取该工作簿（已损坏，或并非真正的电子表格）；请用 Excel 或 WPS 打开后重新保存</translation>
    </message>
    <message>
        <source>{path} is not an .xlsx workbook (Excel 2007 or later); save it as .xlsx and try again</source>
        <translation>{path} 不是 .xlsx 工作簿（Excel 2007 或更高版本）；请另存为 .xlsx 后重试</translation>
    </message>
    <message>
        <source>no installed font can draw {characters}: the chart would show boxes, so it was not written; install a Chinese font (e.g. Noto Sans CJK) and try again</source>
        <translation>已安装的字体都无法显示 {characters}：图表会显示成方框，因此没有写出；请安装中文字体（如思源黑体）后重试</translation>
    </message>
    <message>
        <source>{path} does not exist (moved or renamed?)</source>
        <translation>{path} 不存在（是否已移动或改名？）</translation>
    </message>
    <message>
        <source>cannot write {path}: the folder {folder} does not exist; choose another folder</source>
        <translation>无法写入 {path}：文件夹 {folder} 不存在；请选择其他文件夹</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} 是文件夹，不是文件</translation>
    </message>
    <message>
        <source>cannot read {path}: another program has it locked, or you may not read it; close it there and try again</source>
        <translation>无法读取 {path}：文件被其他程序锁定，或你没有读取权限；请在那个程序中关闭它后重试</translation>
    </message>
    <message>
        <source>cannot write {path}: it is open in another program (Excel, WPS), or you may not write to that folder; close the file there, or choose another name or folder, and try again</source>
        <translation>无法写入 {path}：文件正被其他程序（Excel、WPS）打开，或你没有该文件夹的写入权限；请先在那个程序中关闭文件，或换一个文件名或文件夹后重试</translation>
    </message>
    <message>
        <source>cannot write {path}: its folder cannot be written to ({folder}); choose another folder, such as Documents</source>
        <translation>无法写入 {path}：它所在的文件夹（{folder}）不允许写入；请选择其他文件夹，例如“文档”</translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is full; free some space or choose another disk</source>
        <translation>无法写入 {path}：磁盘已满；请清理出一些空间，或选择其他磁盘</translation>
    </message>
    <message>
        <source>cannot write {path}: the disk is read-only; choose another folder</source>
        <translation>无法写入 {path}：磁盘是只读的；请选择其他文件夹</translation>
    </message>
    <message>
        <source>cannot read {path}; the system says: {detail}</source>
        <translation>无法读取 {path}；系统提示：{detail}</translation>
    </message>
    <message>
        <source>cannot write {path}; the system says: {detail}</source>
        <translation>无法写入 {path}；系统提示：{detail}</translation>
    </message>
    <message>
        <source>a whole number is needed</source>
        <translation>需要填写整数</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number</source>
        <translation>“{value}”不是整数</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>an amount in yuan is needed</source>
        <translation>需要填写金额（元）</translation>
    </message>
    <message>
        <source>“{value}” is not an amount in yuan</source>
        <translation>“{value}”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>“{value}” has fractions of a fen</source>
        <translation>“{value}”精确到了分以下</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2026-12-05</source>
        <translation>“{value}”不是 2026-12-05 这样的日期</translation>
    </message>
    <message>
        <source>“{value}” is not one of {allowed}</source>
        <translation>“{value}”不在可选值之中：{allowed}</translation>
    </message>
    <message>
        <source>no checklist sheet found (a sheet with the columns ID and 名称, as Qunzhu exports it)</source>
        <translation>找不到物料清单工作表（即群主导出的、带有 ID 和 名称 两列的工作表）</translation>
    </message>
    <message>
        <source>this sheet belongs to no checklist in the workspace</source>
        <translation>这个工作表不对应工作区中的任何物料清单</translation>
    </message>
    <message>
        <source>no item {id} in checklist “{checklist}”</source>
        <translation>物料清单“{checklist}”中没有 ID 为 {id} 的物品</translation>
    </message>
    <message>
        <source>item {id} appears twice</source>
        <translation>物品 {id} 出现了两次</translation>
    </message>
    <message>
        <source>a name is needed</source>
        <translation>需要填写名称</translation>
    </message>
    <message>
        <source>empty; one of {allowed} is needed</source>
        <translation>为空；需要填写以下之一：{allowed}</translation>
    </message>
    <message>
        <source>no header row with an item name (名称/品名) in the first 20 rows</source>
        <translation>前 20 行中找不到带物品名称（名称/品名）的表头行</translation>
    </message>
    <message>
        <source>not a chat export Qunzhu reads (it reads: {formats}); choose the format by hand, or map the columns of a sheet</source>
        <translation>不是群主能读的聊天记录导出（能读：{formats}）；请手动选择格式，或为表格指定各列</translation>
    </message>
    <message>
        <source>this is not a {format} export; it looks like {found}</source>
        <translation>这不是 {format} 的导出文件，看起来是 {found}</translation>
    </message>
    <message>
        <source>line {line}: the export&apos;s header is not as expected</source>
        <translation>第 {line} 行：导出文件的表头与预期不符</translation>
    </message>
    <message>
        <source>line {line}: not a time: “{value}”</source>
        <translation>第 {line} 行：“{value}”不是时间</translation>
    </message>
    <message>
        <source>the file ends in the middle, at line {line}: it was cut short (copied before the export finished?); export it again</source>
        <translation>文件在第 {line} 行中途结束：文件不完整（导出完成前就复制了？）；请重新导出</translation>
    </message>
    <message>
        <source>no column for {columns}; choose the columns by hand</source>
        <translation>没有找到 {columns} 列；请手动指定各列</translation>
    </message>
    <message>
        <source>line {line} (byte {byte}): not valid JSON (the file is damaged); export it again</source>
        <translation>第 {line} 行（第 {byte} 字节）：不是有效的 JSON（文件已损坏）；请重新导出</translation>
    </message>
    <message>
        <source>the file holds no message list</source>
        <translation>文件中没有消息列表</translation>
    </message>
    <message>
        <source>this export holds several chats ({chats}); export the one group on its own (in the group: ⋮ &gt; Export chat history)</source>
        <translation>此导出包含多个聊天（{chats}）；请单独导出那一个群（在群里：⋮ &gt; 导出聊天记录）</translation>
    </message>
    <message>
        <source>row {line}: no time in column {column}</source>
        <translation>第 {line} 行：“{column}”列没有时间</translation>
    </message>
    <message>
        <source>row {line}: nobody named in column {column}</source>
        <translation>第 {line} 行：“{column}”列没有人名</translation>
    </message>
    <message>
        <source>line {line}: a message without a sender</source>
        <translation>第 {line} 行：消息没有发送人</translation>
    </message>
    <message>
        <source>line {line}: {count} cells where the export has {expected}</source>
        <translation>第 {line} 行：有 {count} 个单元格，导出格式应有 {expected} 个</translation>
    </message>
    <message>
        <source>line {line}: “{value}” is not a user id (the file is damaged?)</source>
        <translation>第 {line} 行：“{value}”不是用户 ID（文件损坏？）</translation>
    </message>
    <message>
        <source>line {line} is not valid {encoding} text (damaged bytes)</source>
        <translation>第 {line} 行不是有效的 {encoding} 文本（内容已损坏）</translation>
    </message>
    <message>
        <source>an order number saved as a number lost its last digits; format the column as text and export again</source>
        <translation>订单号被存成了数字，末尾几位已丢失；请把该列设为文本后重新导出</translation>
    </message>
    <message>
        <source>a row with order data but no order number</source>
        <translation>这一行有订单数据，但没有订单号</translation>
    </message>
    <message>
        <source>a paid order needs a time (paid or ordered)</source>
        <translation>已付款的订单需要时间（付款时间或下单时间）</translation>
    </message>
    <message>
        <source>a paid order needs an amount</source>
        <translation>已付款的订单需要金额</translation>
    </message>
    <message>
        <source>no column for the {field} (map one)</source>
        <translation>没有对应{field}的列（请指定一列）</translation>
    </message>
    <message>
        <source>a refund of order {number}, which is neither in this file nor imported before: import the export holding that order first, then this file</source>
        <translation>这是订单 {number} 的退款，但该订单既不在本文件中，也没有导入过：请先导入包含该订单的导出文件，再导入本文件</translation>
    </message>
    <message>
        <source>order {number} is in row {row} too, for another buyer ({first}); one order number is one buyer&apos;s order: correct the number or the buyer</source>
        <translation>订单 {number} 也在第 {row} 行，但那是另一位买家（{first}）；一个订单号只属于一位买家：请改正订单号或买家</translation>
    </message>
    <message>
        <source>a points rule needs a kind of activity</source>
        <translation>积分规则需要互动类型</translation>
    </message>
    <message>
        <source>the amount per points must be more than ¥0</source>
        <translation>每份积分对应的金额必须大于 ¥0</translation>
    </message>
    <message>
        <source>a daily cap must be 1 or more</source>
        <translation>每日上限至少为 1</translation>
    </message>
    <message>
        <source>this community already has a rule for “{kind}”</source>
        <translation>本社群已有“{kind}”的积分规则</translation>
    </message>
    <message>
        <source>an honour needs a name</source>
        <translation>荣誉需要名称</translation>
    </message>
    <message>
        <source>not a measure an honour can use: “{value}”</source>
        <translation>不是荣誉可用的衡量：“{value}”</translation>
    </message>
    <message>
        <source>a threshold must be 1 or more</source>
        <translation>门槛至少为 1</translation>
    </message>
    <message>
        <source>an honour named “{name}” exists already here</source>
        <translation>这里已有名为“{name}”的荣誉</translation>
    </message>
    <message>
        <source>{field}: {next} is before the contact itself ({at})</source>
        <translation>{field}：{next} 早于这次联系本身（{at}）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Manual value</source>
        <translation>手动数值</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>统计天数</translation>
    </message>
    <message>
        <source>Mute (days)</source>
        <translation>禁言天数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>计为</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>预计到场人数</translation>
    </message>
    <message>
        <source>Expected new members</source>
        <translation>预计新增成员</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>the file holds no messages; in Telegram Desktop, open the group, choose Export chat history from its menu, and pick Machine-readable JSON as the format</source>
        <translation>文件里没有消息；请在 Telegram Desktop 中打开该群，从菜单选择“导出聊天记录”（Export chat history），格式选“机器可读的 JSON”（Machine-readable JSON）</translation>
    </message>
    <message>
        <source>the file holds no messages; in QQ&apos;s message manager (消息管理器), choose the group and export its messages (导出消息记录) as .txt over a period when it had some</source>
        <translation>文件里没有消息；请在 QQ 的消息管理器中选中该群，选一段有消息的时间，导出消息记录为 .txt</translation>
    </message>
    <message>
        <source>the file holds no messages; export the channel again with DiscordChatExporter over a period when it had some</source>
        <translation>文件里没有消息；请用 DiscordChatExporter 选一段有消息的时间，重新导出该频道</translation>
    </message>
    <message>
        <source>the file holds no messages; export the chat&apos;s history again, with its messages (not only its header)</source>
        <translation>文件里没有消息；请重新导出聊天记录，包含消息本身（不只是表头）</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>the person (name, nickname, WeChat id, phone or QQ)</source>
        <translation>发言人（姓名、昵称、微信号、手机号或 QQ）</translation>
    </message>
    <message>
        <source>{first}, {then}</source>
        <translation>{first}、{then}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {reason}</source>
        <translation>第 {row} 行，“{column}”列：{reason}</translation>
    </message>
    <message>
        <source>Something went wrong, and what you were doing did not finish. You can keep working; if it happens again, copy the details and send them to whoever helps you with Qunzhu.</source>
        <translation>出了问题，刚才的操作没有完成。您可以继续使用；如果再次出现，请复制详细信息，发给帮您维护群主的人。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <extracomment>Times are edited as wall-clock in the offset the event was written with.</extracomment>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Plan and budget</source>
        <translation>计划与预算</translation>
    </message>
    <message>
        <source>— start from an earlier event —</source>
        <translation>— 以往期活动为模板 —</translation>
    </message>
    <message>
        <source>(no checklist yet)</source>
        <translation>（暂不建物料清单）</translation>
    </message>
    <message>
        <source>Start from template: {name}</source>
        <translation>从模板开始：{name}</translation>
    </message>
    <message>
        <source>e.g. 读书分享会：《置身事内》</source>
        <translation>例如：读书分享会：《置身事内》</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（不加入社群）</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Material checklist</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Address, room</source>
        <translation>地址、房间</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Meeting or live-stream link</source>
        <translation>会议或直播链接</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <extracomment>Seconds from start to end: moving the start moves the end with it, editing the</extracomment>
        <translation>不重复</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every </source>
        <translation>每 </translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>On</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Never ends</source>
        <translation>不结束</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止到</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Series ends</source>
        <translation>系列结束</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>The rule in words (&quot;每周三，共 8 次&quot;), or what is kept of another app&apos;s rule. A rule the editor cannot make (from another calendar app), kept until replaced.</extracomment>
        <translation>不限</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>人数上限</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Expected attendance</source>
        <translation>预计到场人数</translation>
    </message>
    <message>
        <source>Expected new members</source>
        <translation>预计新增成员</translation>
    </message>
    <message>
        <source>Agenda, speakers, what to bring…</source>
        <translation>流程、嘉宾、需要携带的东西…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>请填写活动标题。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <source> day</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> week</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> 周</translation>
    </message>
    <message>
        <source> month</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Repeats {rule}, by a rule from another calendar app; it is kept unless you choose another.</source>
        <translation>重复：{rule}（其他日历应用的规则；除非另选，否则保留原规则）</translation>
    </message>
    <message>
        <source>Repeats {rule}</source>
        <translation>重复：{rule}</translation>
    </message>
    <message>
        <source>Overlaps with {events} in the same community.</source>
        <translation>与同一社群的 {events} 时间冲突。</translation>
    </message>
</context>
<context>
    <name>EventFiles</name>
    <message>
        <source>Export events</source>
        <translation>导出活动统计</translation>
    </message>
    <message>
        <source>Only occurrences between</source>
        <translation>只导出这段日期内的活动</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exported {count} occurrence(s) to {name}</source>
        <translation>已导出 {count} 场活动到 {name}</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>正在导出活动统计…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <source>Talk</source>
        <translation>讲座</translation>
    </message>
    <message>
        <source>Sharing session</source>
        <translation>分享会</translation>
    </message>
    <message>
        <source>Meetup</source>
        <translation>聚会</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Giveaway</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>现场报名</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
</context>
<context>
    <name>EventTally</name>
    <message>
        <source>no events</source>
        <translation>没有活动</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 场活动</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} 场活动</translation>
    </message>
    <message>
        <source>1 series</source>
        <translation>1 个系列</translation>
    </message>
    <message>
        <source>{n} series</source>
        <translation>{n} 个系列</translation>
    </message>
    <message>
        <source>1 occurrence</source>
        <translation>1 场</translation>
    </message>
    <message>
        <source>{n} occurrences</source>
        <translation>{n} 场</translation>
    </message>
    <message>
        <source>{series}, {occurrences}</source>
        <translation>{series}，共 {occurrences}</translation>
    </message>
    <message>
        <source>1 series with no end</source>
        <translation>1 个不设结束的系列</translation>
    </message>
    <message>
        <source>{n} series with no end</source>
        <translation>{n} 个不设结束的系列</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>已保存 {name}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>a number, e.g. 1,280</source>
        <extracomment>A QDateEdit at this date shows &quot;—&quot;: no date.</extracomment>
        <translation>数字，例如 1,280</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FieldFilterButton</name>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Contains…</source>
        <translation>包含…</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>介于…</translation>
    </message>
    <message>
        <source>Is empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Has a value</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Any value</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>no such file</source>
        <extracomment>Where SQLite keeps ``PRAGMA application_id`` in the file&apos;s header (big-endian). The chat format a reader recognised (&quot;qq&quot;, &quot;wechat&quot;, …), or None. Why the file cannot be read (UNREADABLE), in the user&apos;s language.</extracomment>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Qunzhu does not know what to do with {name}. It opens workspaces (.qunzhu), imports members from .xlsx, .xls, .ods or .csv, events from .ics, and chat records from QQ, WeChat, Telegram or Discord exports.</source>
        <translation>群主无法处理 {name}。群主可以打开工作区（.qunzhu），从 .xlsx、.xls、.ods 或 .csv 导入成员，从 .ics 导入活动，从 QQ、微信、Telegram 或 Discord 的导出文件导入聊天记录。</translation>
    </message>
</context>
<context>
    <name>FileOpening</name>
    <message>
        <source>Open files</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>{count} files were dropped. Drop one file at a time: each one starts its own import (or opens a workspace).</source>
        <translation>拖入了 {count} 个文件。请一次拖入一个文件：每个文件都会开始各自的导入（或打开一个工作区）。</translation>
    </message>
    <message>
        <source>Cannot open this file</source>
        <translation>无法打开此文件</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a chat export</source>
        <translation>选择聊天记录导出文件</translation>
    </message>
    <message>
        <source>The group&apos;s own export, or any sheet with a time and a person column. Nothing is written until the last step.</source>
        <translation>群聊自己的导出文件，或任何有时间列和人员列的表格。最后一步之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>a .txt, .json, .csv, .xlsx, .xls, .ods or .html file</source>
        <translation>.txt、.json、.csv、.xlsx、.xls、.ods 或 .html 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>There is no community yet. Create one first (File &gt; New Community…), then import its chat here.</source>
        <translation>还没有社群。请先新建一个（文件 &gt; 新建社群…），再在这里导入它的聊天记录。</translation>
    </message>
    <message>
        <source>Keep message text (for keyword counts)</source>
        <translation>保留消息正文（用于关键词统计）</translation>
    </message>
    <message>
        <source>Off by default: who spoke, when and in which community is all the numbers need. The words people wrote are personal data; keep them only if you will count keywords.</source>
        <translation>默认不保留：统计只需要谁、何时、在哪个社群发言。成员写下的内容属于个人信息，只有要做关键词统计时才保留。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to get the file&lt;/b&gt;&lt;br&gt;QQ (PC): 消息管理器, right-click the group, 导出消息记录, save as .txt.&lt;br&gt;WeChat: a desktop exporter (e.g. 留痕, WeChatMsg): the group as CSV, XLSX or HTML.&lt;br&gt;Telegram Desktop: in the group, ⋮ &gt; Export chat history, format JSON.&lt;br&gt;Discord: DiscordChatExporter, the channel as CSV or JSON.</source>
        <translation>&lt;b&gt;从哪里得到文件&lt;/b&gt;&lt;br&gt;QQ（电脑版）：消息管理器，右键点群，导出消息记录，保存为 .txt。&lt;br&gt;微信：电脑端导出工具（如 留痕、WeChatMsg）：把群导出为 CSV、XLSX 或 HTML。&lt;br&gt;Telegram 桌面版：在群里点 ⋮ &gt; Export chat history，格式选 JSON。&lt;br&gt;Discord：用 DiscordChatExporter 把频道导出为 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Import chat records</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <source>Chat exports ({patterns});;All files (*)</source>
        <translation>聊天记录导出文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>Detect from the content (found: {format})</source>
        <translation>按内容自动识别（识别为：{format}）</translation>
    </message>
    <message>
        <source>Found a {format} export.</source>
        <translation>识别为 {format} 导出文件。</translation>
    </message>
    <message>
        <source>Read as a {format} export.</source>
        <translation>按 {format} 导出文件读取。</translation>
    </message>
    <message>
        <source>Group: {name}.</source>
        <translation>群：{name}。</translation>
    </message>
    <message>
        <source>Next, choose which column holds the time and the person.</source>
        <translation>下一步选择哪一列是时间、哪一列是人员。</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A member list from Excel, WPS, LibreOffice or another tool: XLSX, XLS, ODS or CSV (UTF-8, UTF-16, GBK, Big5 or Shift-JIS).</source>
        <translation>来自 Excel、WPS、LibreOffice 或其他工具的成员名单：XLSX、XLS、ODS 或 CSV（UTF-8、UTF-16、GBK、Big5 或 Shift-JIS）。</translation>
    </message>
    <message>
        <source>a .xlsx, .xls, .ods or .csv file</source>
        <translation>.xlsx、.xls、.ods 或 .csv 文件</translation>
    </message>
    <message>
        <source>The encoding the CSV was saved in: change it if the names in the next step look wrong.</source>
        <translation>CSV 保存时所用的编码：如果下一步里的姓名显示不对，请在这里更改。</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>表格文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>CSV text in {encoding} (chosen), separated by {delimiter}.</source>
        <translation>CSV 文本，编码 {encoding}（手动选择），以{delimiter}分隔。</translation>
    </message>
    <message>
        <source>CSV text in {encoding} (detected), separated by {delimiter}.</source>
        <translation>CSV 文本，编码 {encoding}（自动识别），以{delimiter}分隔。</translation>
    </message>
    <message>
        <source>The first row reads: {values}</source>
        <translation>第一行读作：{values}</translation>
    </message>
    <message>
        <source>{kind} workbook with {count} sheet(s).</source>
        <translation>{kind} 工作簿，共 {count} 个工作表。</translation>
    </message>
    <message>
        <source>This sheet is empty.</source>
        <translation>该工作表是空的。</translation>
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
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Only members holding any of the picked honours</source>
        <translation>只显示拥有所选任一荣誉的成员</translation>
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
        <source>Only members who left (退群)</source>
        <translation>只看已退群的成员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
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
        <source>Segments…</source>
        <translation>分组…</translation>
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
        <source>Save segment</source>
        <translation>保存分组</translation>
    </message>
    <message>
        <source>Name for these filters:</source>
        <translation>给这组筛选条件起个名字：</translation>
    </message>
</context>
<context>
    <name>FollowUpButton</name>
    <message>
        <source>To follow up</source>
        <extracomment>Tables whose change can change who is due. The list shows the first so many (the latest first); the summary says how many in all. How often the button looks whether the day has turned (who is due changes at midnight in the workspace&apos;s zone, with nothing written).</extracomment>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Members whose next contact day has come (跟进), in every community</source>
        <translation>下次联系日已到的成员（跟进），全部社群</translation>
    </message>
    <message>
        <source>Members whose next contact day has come (跟进), in follow-ups about {community}. Choose “All communities” in the toolbar to count every community&apos;s.</source>
        <translation>下次联系日已到的成员（跟进），只算关于「{community}」的跟进。在工具栏选「全部社群」可看所有社群的。</translation>
    </message>
    <message>
        <source>To follow up ({count})</source>
        <translation>待跟进 ({count})</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>(no community)</source>
        <extracomment>The follow-up being edited (None: a new one).</extracomment>
        <translation>（不限社群）</translation>
    </message>
    <message>
        <source>What did you talk about? e.g. 问了孩子的课程安排，周六想来试听</source>
        <translation>聊了什么？例如：问了孩子的课程安排，周六想来试听</translation>
    </message>
    <message>
        <source>planned for</source>
        <translation>约在</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>保存跟进</translation>
    </message>
</context>
<context>
    <name>FollowUpListDialog</name>
    <message>
        <source>To follow up (待跟进)</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <source>Last note</source>
        <translation>上次记录</translation>
    </message>
    <message>
        <source>Nobody to follow up today</source>
        <translation>今天没有需要跟进的成员</translation>
    </message>
    <message>
        <source>When you write a follow-up in a member&apos;s profile (Timeline tab) with a day to contact them again, they show here on that day, the late ones first.</source>
        <translation>在成员资料的“时间线”里写跟进记录并设定下次联系日，到了那天他们就会出现在这里，逾期的排在最前。</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开资料</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Contacted, nothing more planned: clears the next contact day</source>
        <translation>已联系，暂无后续安排：清除下次联系日</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>改到</translation>
    </message>
    <message>
        <source>Not reached? Try again:</source>
        <translation>没联系上？改期：</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>3 天后</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>To follow up (待跟进) · {community}</source>
        <translation>待跟进 · {community}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{days} day(s) late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>{count} member(s) to contact, {late} of them late. Double-click to open the profile.</source>
        <translation>需联系 {count} 位成员，其中 {late} 位已逾期。双击打开成员资料。</translation>
    </message>
    <message>
        <source>The first {shown} to contact, the longest overdue first; counting the rest…</source>
        <translation>先列出前 {shown} 位需联系的成员，逾期最久的在前；正在统计其余…</translation>
    </message>
    <message>
        <source>{count} member(s) to contact; the first {shown} shown, the longest overdue first. Double-click to open the profile.</source>
        <translation>需联系 {count} 位成员；先显示前 {shown} 位，逾期最久的在前。双击打开成员资料。</translation>
    </message>
    <message>
        <source>Followed up {name}</source>
        <translation>已跟进 {name}</translation>
    </message>
    <message>
        <source>Contact {name} on {day}</source>
        <translation>{day} 联系 {name}</translation>
    </message>
</context>
<context>
    <name>GroupTexts</name>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>{relative} ({day})</source>
        <translation>{relative} {day}</translation>
    </message>
    <message>
        <source>{day}, all day</source>
        <translation>{day} 全天</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end}</source>
        <translation>{day}{start}–{end}</translation>
    </message>
    <message>
        <source>{day} {start} – {last} {end}</source>
        <translation>{day}{start} – {last}{end}</translation>
    </message>
    <message>
        <source>Join online: {link}</source>
        <translation>线上参加：{link}</translation>
    </message>
    <message>
        <source>Online; the link follows in this group</source>
        <translation>线上活动，链接稍后发在群里</translation>
    </message>
    <message>
        <source>Where: {place}</source>
        <translation>地点：{place}</translation>
    </message>
    <message>
        <source>Where: to be announced</source>
        <translation>地点：待定</translation>
    </message>
    <message>
        <source>Link: {link}</source>
        <translation>链接：{link}</translation>
    </message>
    <message>
        <source>Reminder: {title}</source>
        <translation>【活动提醒】{title}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>时间：{when}</translation>
    </message>
    <message>
        <source>Bring: {things}</source>
        <translation>请携带：{things}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>See you there!</source>
        <translation>不见不散！</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>活动：{title}</translation>
    </message>
    <message>
        <source>#接龙</source>
        <translation>#接龙</translation>
    </message>
    <message>
        <source>Full: the list below is the waitlist</source>
        <translation>名额已满，以下为候补接龙</translation>
    </message>
    <message>
        <source>Places: {left} of {capacity} left</source>
        <translation>名额：还剩 {left} 个（共 {capacity} 个）</translation>
    </message>
    <message>
        <source>Places: {capacity}</source>
        <translation>名额：{capacity} 人</translation>
    </message>
    <message>
        <source>Sign up: your name and the last 4 digits of your phone</source>
        <translation>报名请写 姓名+手机尾号</translation>
    </message>
    <message>
        <source>e.g. Alex 1234</source>
        <translation>例 张三 1234</translation>
    </message>
</context>
<context>
    <name>HelpGuide</name>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>New Community… starts from a template (客户群, 兴趣社群, 付费社群). Write who it is for and its rules; bind goals to live numbers.</source>
        <translation>“新建社群…”可从模板开始（客户群、兴趣社群、付费社群）。写下目标用户和群规，把目标绑定到实时数据。</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Import Members… from Excel, WPS or CSV, or add people by hand. Tag them, record where they came from, follow who invited whom.</source>
        <translation>用“导入成员…”从 Excel、WPS 或 CSV 导入，或手动添加。给成员打标签，记录来源渠道，追踪谁邀请了谁。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Plan events in the Calendar, take registrations (paste a 接龙 list), check people in at the door, write the outcome.</source>
        <translation>在活动日历中策划活动，收集报名（可粘贴接龙名单），现场签到，写下活动复盘。</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Give each event a checklist (from a template), export it for staff and suppliers, read their edited copy back.</source>
        <translation>为每场活动准备物料清单（可从模板开始），导出给工作人员和供应商，再把他们修改后的表格读回来。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <source>Import chat records and orders so activity and purchases count; Analytics shows growth, actives, retention, the funnel and who is slipping away.</source>
        <translation>导入聊天记录和订单，让互动和购买计入数据；数据分析页展示增长、活跃、留存、转化漏斗以及正在流失的成员。</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Compare the goals on the Plan tab with where they should be by now, and change the plan, the rules or the next events.</source>
        <translation>在规划页对照目标与当前应达到的进度，调整规划、群规或接下来的活动。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Any sheet with a name column (姓名, 手机号, 微信号…): Excel, WPS, 腾讯文档 or a form tool&apos;s results exported as a table, or a roster exported by Qunzhu</source>
        <translation>任何带姓名列（姓名、手机号、微信号…）的表格：Excel、WPS、腾讯文档，或问卷/表单工具导出的结果，或群主导出的成员名单</translation>
    </message>
    <message>
        <source>QQ group chat</source>
        <translation>QQ 群聊</translation>
    </message>
    <message>
        <source>QQ (PC): 消息管理器 → right-click the group → 导出消息记录 → 文本文件 (*.txt)</source>
        <translation>QQ（电脑版）：消息管理器 → 右键点击群 → 导出消息记录 → 文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>WeChat group chat</source>
        <translation>微信群聊</translation>
    </message>
    <message>
        <source>A desktop exporter: 留痕 MemoTrace (WeChatMsg) → the group → 导出 CSV / Excel / TXT; or PyWxDump → 聊天记录 → 导出 CSV</source>
        <translation>使用电脑端导出工具：留痕 MemoTrace（WeChatMsg）→ 选择群 → 导出 CSV / Excel / TXT；或 PyWxDump → 聊天记录 → 导出 CSV</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Telegram Desktop → the group → ⋮ → Export chat history → Machine-readable JSON</source>
        <translation>Telegram Desktop → 选择群 → ⋮ → Export chat history → 格式选 Machine-readable JSON</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>DiscordChatExporter → the channel → CSV or JSON</source>
        <translation>DiscordChatExporter → 选择频道 → 导出 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>有赞: 订单 → 订单查询 → 导出; 微店: 订单管理 → 批量导出; 小鹅通: 交易 → 订单管理 → 导出; 淘宝: 千牛 → 已卖出的宝贝 → 批量导出</source>
        <translation>有赞：订单 → 订单查询 → 导出；微店：订单管理 → 批量导出；小鹅通：交易 → 订单管理 → 导出；淘宝：千牛 → 已卖出的宝贝 → 批量导出</translation>
    </message>
    <message>
        <source>Outlook, Google Calendar or Apple Calendar: export or share the calendar as an .ics file</source>
        <translation>Outlook、Google 日历或苹果日历：把日历导出或共享为 .ics 文件</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>A checklist exported by Qunzhu and edited in Excel or WPS; a supplier&apos;s quotation (名称, 规格, 数量, 单价)</source>
        <translation>群主导出、在 Excel 或 WPS 中修改过的物料清单；或供应商的报价单（名称、规格、数量、单价）</translation>
    </message>
    <message>
        <source>The operator’s loop</source>
        <translation>运营闭环</translation>
    </message>
    <message>
        <source>Each tab is one step; the picker in the toolbar chooses the community every tab shows.</source>
        <translation>每个标签页是其中一步；工具栏里的社群选择器决定所有标签页显示哪个社群。</translation>
    </message>
    <message>
        <source>Where the files come from</source>
        <translation>文件从哪里来</translation>
    </message>
    <message>
        <source>Drop any of these files on the window (or open it with Qunzhu) and its import starts. Every import shows what it will do first and can be undone.</source>
        <translation>把这些文件拖到窗口上（或用群主打开），对应的导入就会开始。每次导入都会先预览将要做的改动，并且可以撤销。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>How to make the file</source>
        <translation>如何得到这个文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Qunzhu guide</source>
        <translation>群主使用指南</translation>
    </message>
</context>
<context>
    <name>HonourEditor</name>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Edit honour</source>
        <translation>编辑荣誉</translation>
    </message>
    <message>
        <source>e.g. 活跃之星, 拉新达人</source>
        <translation>例如 活跃之星、拉新达人</translation>
    </message>
    <message>
        <source>Points: the member&apos;s balance. Events: events of the community checked in. Members invited: members they referred (in the community). Months active: months with any activity in the community.</source>
        <translation>积分：成员的积分余额。参加活动：在本社群活动中签到的次数。邀请人数：其邀请的（本社群）成员数。活跃月数：在本社群有任何互动的月份数。</translation>
    </message>
    <message>
        <source>Every community, not only {name}</source>
        <translation>所有社群，不只是 {name}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>衡量：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>达到：</translation>
    </message>
</context>
<context>
    <name>ImportLabels</name>
    <message>
        <source>Member id (update by id)</source>
        <translation>成员 ID（按 ID 更新）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Role in the community</source>
        <translation>群角色</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Referrer (邀请人)</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Skip: keep the member as it is</source>
        <translation>跳过：保持已有成员不变</translation>
    </message>
    <message>
        <source>Update empty fields: fill in only what the member is missing</source>
        <translation>补全空字段：只填写成员缺少的信息</translation>
    </message>
    <message>
        <source>Overwrite: the file&apos;s values replace the member&apos;s</source>
        <translation>覆盖：用文件中的值替换成员的值</translation>
    </message>
    <message>
        <source>Keep both: add the row as a new member anyway</source>
        <translation>两者都保留：仍作为新成员添加</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Import chat records from {file}</source>
        <translation>从 {file} 导入聊天记录</translation>
    </message>
    <message>
        <source>Writing messages and memberships…</source>
        <translation>正在写入消息和成员关系…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Added {messages:,} message(s), {shares:,} of them shares; {duplicates:,} already imported were skipped.</source>
        <translation>新增 {messages:,} 条消息，其中 {shares:,} 条是分享；跳过已导入过的 {duplicates:,} 条。</translation>
    </message>
    <message>
        <source>Memberships: {joins:,} joined, {invitations:,} invited, {leaves:,} left, {removals:,} removed.</source>
        <translation>成员关系：入群 {joins:,} 人，被邀请 {invitations:,} 人，退群 {leaves:,} 人，被移出 {removals:,} 人。</translation>
    </message>
    <message>
        <source>Referrers set: {count:,}.</source>
        <translation>记下邀请人：{count:,} 人。</translation>
    </message>
    <message>
        <source>New members: {count:,}.</source>
        <translation>新建成员：{count:,} 人。</translation>
    </message>
    <message>
        <source>Invitations skipped because they would make a referral circle (the first referrer is kept): {count:,}.</source>
        <translation>因会形成循环邀请而跳过的邀请（保留最初的邀请人）：{count:,} 条。</translation>
    </message>
    <message>
        <source>Messages of ignored speakers left out: {count:,}.</source>
        <translation>忽略的发言人的消息未导入：{count:,} 条。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo takes the whole import back.</source>
        <translation>编辑 &gt; 撤销 可撤回整次导入。</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed. Close the wizard and import again when you are ready.</source>
        <translation>已取消；没有任何更改。准备好后关闭向导并重新导入即可。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was changed: {error}</source>
        <translation>没有任何更改：{error}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Import members from {file}</source>
        <translation>从 {file} 导入成员</translation>
    </message>
    <message>
        <source>Importing rows…</source>
        <translation>正在导入各行…</translation>
    </message>
    <message>
        <source>Building indexes and the search…</source>
        <translation>正在建立索引和搜索…</translation>
    </message>
    <message>
        <source>Added {added:,}, updated {updated:,}, skipped {skipped:,}, rejected {rejected:,}.</source>
        <translation>新增 {added:,}，更新 {updated:,}，跳过 {skipped:,}，拒绝 {rejected:,}。</translation>
    </message>
    <message>
        <source>{count:,} row(s) were not members and were passed over.</source>
        <translation>{count:,} 行不是成员，已跳过。</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>{count:,} row(s) are invalid, so nothing was imported.</source>
        <translation>有 {count:,} 行无效，因此未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>{count} problem(s) stop this import; nothing has been written. Fix them in the file and import it again.</source>
        <translation>有 {count} 个问题，未导入任何内容。请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(new item)</source>
        <translation>（新物料）</translation>
    </message>
    <message>
        <source>{updated} item(s) change, {added} new. Nothing is written until you press Import; Undo takes it back.</source>
        <translation>{updated} 项有修改，{added} 项新增。按“导入”后才会写入，可以撤销。</translation>
    </message>
    <message>
        <source>{kept} item(s) not in the file stay as they are.</source>
        <translation>文件中没有的 {kept} 项保持不变。</translation>
    </message>
    <message>
        <source>The file matches the checklist: nothing to import.</source>
        <translation>文件与清单一致，没有需要导入的内容。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>Marked items lack a quantity, unit, owner or due date</source>
        <translation>标记的物料缺少数量、单位、负责人或截止日期</translation>
    </message>
    <message>
        <source>Incomplete: no {fields}</source>
        <translation>信息不全：缺少{fields}</translation>
    </message>
    <message>
        <source>Overdue: due {day} and still {status}</source>
        <translation>已逾期：截止 {day}，仍为{status}</translation>
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
        <translation>激活</translation>
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
        <source>Left the group</source>
        <translation>已退群</translation>
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
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Events attended</source>
        <translation>参加活动次数</translation>
    </message>
    <message>
        <source>Members invited</source>
        <translation>邀请人数</translation>
    </message>
    <message>
        <source>Months active</source>
        <translation>活跃月数</translation>
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
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
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
    <name>LibraryPanel</name>
    <message>
        <source>Reserved: what open items of upcoming events&apos; checklists draw from the library. Marking an item used takes it out of stock; returned puts it back.</source>
        <extracomment>Shortages of events this many days ahead are announced above the table.</extracomment>
        <translation>预留：即将举行的活动清单中尚未用完的物料从物料库占用的数量。物料标为“已使用”即出库，“已归还”即入库。</translation>
    </message>
    <message>
        <source>New material…</source>
        <translation>新建物料…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add to checklist</source>
        <translation>加入当前清单</translation>
    </message>
    <message>
        <source>Export inventory…</source>
        <translation>导出库存…</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>预留</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>{name}: {on_hand} on hand, {needed} needed by {events} event(s) in the next 30 days</source>
        <translation>{name}：库存 {on_hand}，未来 30 天 {events} 场活动需要 {needed}</translation>
    </message>
</context>
<context>
    <name>LocationPrompt</name>
    <message>
        <source>Workspace on a network share</source>
        <translation>工作区在网络共享上</translation>
    </message>
    <message>
        <source>“{file}” is on a network share ({name}).</source>
        <translation>“{file}”在网络共享上（{name}）。</translation>
    </message>
    <message>
        <source>Qunzhu keeps everything in this one SQLite file. On a network share, the file locks and the write-ahead log (WAL) that keep it whole do not work across computers: two people working at once, or a dropped connection, can damage it.</source>
        <translation>群主把所有数据都存在这一个 SQLite 文件里。在网络共享上，保护它完整的文件锁和预写日志（WAL）无法跨电脑工作：两个人同时使用，或者网络断开，都可能损坏它。</translation>
    </message>
    <message>
        <source>Backups may still go to the share.</source>
        <translation>备份仍然可以放到共享文件夹。</translation>
    </message>
    <message>
        <source>Workspace in a synced folder</source>
        <translation>工作区在同步文件夹里</translation>
    </message>
    <message>
        <source>“{file}” is in a folder that {name} syncs.</source>
        <translation>“{file}”在 {name} 同步的文件夹里。</translation>
    </message>
    <message>
        <source>Sync clients copy the file while Qunzhu is writing it, without its write-ahead log (WAL), and make “conflicted copies” when two computers use it: changes get lost, and the copy in the cloud can be damaged.</source>
        <translation>同步软件会在群主写入时复制这个文件，却不带上它的预写日志（WAL）；两台电脑同时使用时还会产生“冲突副本”：修改会丢失，云端的副本也可能损坏。</translation>
    </message>
    <message>
        <source>Backups may still go to the synced folder.</source>
        <translation>备份仍然可以放到同步文件夹。</translation>
    </message>
    <message>
        <source>Keep the workspace on this computer&apos;s own disk. “Move to a local folder…” copies it to {folder} (or where you choose), checks the copy and opens it; the original stays where it is.</source>
        <translation>请把工作区放在这台电脑自己的磁盘上。“移到本机文件夹…”会把它复制到 {folder}（也可以自选位置），检查副本后打开它；原文件留在原处。</translation>
    </message>
    <message>
        <source>Workspace: {path}
Starts at: {root}</source>
        <translation>工作区：{path}
起始位置：{root}</translation>
    </message>
    <message>
        <source>Move to a local folder…</source>
        <translation>移到本机文件夹…</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>Don&apos;t ask again for this workspace (when I open it anyway)</source>
        <translation>对这个工作区不再询问（选择“仍然打开”时）</translation>
    </message>
    <message>
        <source>Move to a local folder</source>
        <translation>移到本机文件夹</translation>
    </message>
    <message>
        <source>Qunzhu workspace (*{suffix})</source>
        <translation>群主工作区 (*{suffix})</translation>
    </message>
    <message>
        <source>Copying {source} to {target} failed: {error}

Nothing was changed; the workspace is still at {source}.</source>
        <translation>把 {source} 复制到 {target} 失败：{error}

没有任何改动；工作区仍在 {source}。</translation>
    </message>
    <message>
        <source>Workspace copied</source>
        <translation>工作区已复制</translation>
    </message>
    <message>
        <source>The workspace now opens from:
{target}

The original is still at:
{source}
It is no longer updated. Delete it yourself when you no longer need it.</source>
        <translation>工作区现在从这里打开：
{target}

原文件仍在：
{source}
它不会再更新。不再需要时请自行删除。</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name; nothing is overwritten.</source>
        <translation>{path} 已存在。请换一个名字；不会覆盖任何文件。</translation>
    </message>
    <message>
        <source>{folder} is not a local folder either. Choose a folder on this computer&apos;s own disk.</source>
        <translation>{folder} 也不是本机文件夹。请选择这台电脑自己磁盘上的文件夹。</translation>
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
        <source>Open &amp;Recent</source>
        <extracomment>Each action&apos;s Lucide icon (resources/icons/actions): one picture per idea, so &quot;import&quot; and &quot;export&quot; of the same thing differ only by the arrow. The tabs in order, as View &gt; Plan … Analytics (Ctrl+1 … Ctrl+5) picks them. Places in a menu that are not one action: a separator and two submenus. The toolbar after the community picker: the everyday commands, icons only (the tooltip names each, with its shortcut).</extracomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>Demo data goes into an empty workspace, so nothing of yours is mixed with it. Create one with File &gt; New workspace first.</source>
        <translation>演示数据只能放进空的工作区，以免和你自己的数据混在一起。请先用“文件 &gt; 新建工作区”建一个。</translation>
    </message>
    <message>
        <source>How many members?</source>
        <translation>要生成多少名成员？</translation>
    </message>
    <message>
        <source>Demo data ready: {members:,} members in {communities} communities.</source>
        <translation>演示数据已生成：{members:,} 名成员，分布在 {communities} 个社群。</translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <source>Members and their activity…</source>
        <translation>成员及其互动…</translation>
    </message>
    <message>
        <source>Building indexes…</source>
        <translation>正在建立索引…</translation>
    </message>
    <message>
        <source>Community</source>
        <extracomment>The tabs in order: key, then the module and class of its view (imported when built).</extracomment>
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
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
    <message>
        <source>{count} member(s) to follow up</source>
        <translation>{count} 位成员待跟进</translation>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Each row is one message, purchase or other interaction: say which column holds its time and who it was. The rest is optional.</source>
        <translation>每行是一条消息、一次购买或其他互动：请指出哪一列是时间、哪一列是人员。其余列可选。</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <source>Another handle (optional):</source>
        <translation>另一个身份列（可选）：</translation>
    </message>
    <message>
        <source>Kind (optional):</source>
        <translation>类型（可选）：</translation>
    </message>
    <message>
        <source>Amount in yuan (optional):</source>
        <translation>金额，单位元（可选）：</translation>
    </message>
    <message>
        <source>Message text (optional):</source>
        <translation>消息正文（可选）：</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>内容为</translation>
    </message>
    <message>
        <source>Header row: {row}. The first row below it is shown beside each choice.</source>
        <translation>表头在第 {row} 行。每个选项旁显示表头下第一行的值。</translation>
    </message>
    <message>
        <source>(column {n})</source>
        <translation>（第 {n} 列）</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>e.g. {value}</source>
        <translation>例如 {value}</translation>
    </message>
    <message>
        <source>Choose the column with the time and the one that says who it was.</source>
        <translation>请选择时间列和人员列。</translation>
    </message>
    <message>
        <source>Each column can fill one field only.</source>
        <translation>每一列只能对应一个字段。</translation>
    </message>
    <message>
        <source>Which member field each column fills. Columns left as &quot;not imported&quot; are ignored. An ID column (from an exported roster) updates those members instead of adding new ones.</source>
        <translation>每一列填入成员的哪个字段。设为“不导入”的列会被忽略。ID 列（来自导出的成员名单）会更新对应成员，而不是新增成员。</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>另存为方案…</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>方案：</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Each field can come from one column only: {fields}</source>
        <translation>每个字段只能来自一列：{fields}</translation>
    </message>
    <message>
        <source>Choose the column that holds the name (or the ID column of an exported roster).</source>
        <translation>请选择姓名所在的列（或导出名单中的 ID 列）。</translation>
    </message>
    <message>
        <source>(guessed from the headers)</source>
        <translation>（根据表头自动识别）</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Name of this column mapping:</source>
        <translation>这个列对应方案的名称：</translation>
    </message>
    <message>
        <source>Save import preset {name}</source>
        <translation>保存导入预设 {name}</translation>
    </message>
    <message>
        <source>Delete import preset {name}</source>
        <translation>删除导入预设 {name}</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>Edit material</source>
        <translation>修改物料</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>新建物料</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
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
        <translation>手机</translation>
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
        <translation>来源</translation>
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
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Link “{name}” to a member</source>
        <translation>把“{name}”关联到成员</translation>
    </message>
    <message>
        <source>Name, phone or pinyin, then Enter</source>
        <translation>姓名、手机号或拼音，然后按回车</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>↑ ↓ to choose, Enter to link, Esc to go back.</source>
        <translation>↑ ↓ 选择，回车关联，Esc 返回。</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”. Try part of the name, the pinyin initials or the last digits of the phone.</source>
        <translation>没有人匹配“{text}”。试试名字的一部分、拼音首字母或手机号末几位。</translation>
    </message>
    <message>
        <source>Type part of a name, a phone number or pinyin.</source>
        <translation>输入名字的一部分、手机号或拼音。</translation>
    </message>
</context>
<context>
    <name>MembershipsTab</name>
    <message>
        <source>Community</source>
        <extracomment>Runs ``work`` as one undo step named ``text``; False when refused (and said).</extracomment>
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
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>退群原因</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>why, e.g. 换城市了 or 不感兴趣</source>
        <translation>原因，如 换城市了 或 不感兴趣</translation>
    </message>
    <message>
        <source>Record leaving</source>
        <translation>记录退群</translation>
    </message>
    <message>
        <source>Mark as rejoined</source>
        <translation>标记为重新入群</translation>
    </message>
    <message>
        <source>Back in the group: clears the leaving day and its reason</source>
        <translation>回到群里：清除退群日期和原因</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>所选社群</translation>
    </message>
    <message>
        <source>Left on (退群)</source>
        <translation>退群日期</translation>
    </message>
    <message>
        <source>no community</source>
        <translation>未选社群</translation>
    </message>
    <message>
        <source>{name}: {role} in {community}</source>
        <translation>{name}：在 {community} 任 {role}</translation>
    </message>
    <message>
        <source>{name} left {community}</source>
        <translation>{name} 退出 {community}</translation>
    </message>
    <message>
        <source>{name} rejoined {community}</source>
        <translation>{name} 重新加入 {community}</translation>
    </message>
</context>
<context>
    <name>MergeAllDialog</name>
    <message>
        <source>Merge all with the same phone</source>
        <extracomment>Emitted once the merge finished (the duplicates list scans again).</extracomment>
        <translation>合并所有手机号相同的成员</translation>
    </message>
    <message>
        <source>Reading the groups…</source>
        <translation>正在读取各组…</translation>
    </message>
    <message>
        <source>Phone / record</source>
        <translation>手机号 / 记录</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>将会怎样</translation>
    </message>
    <message>
        <source>No two records share a phone</source>
        <translation>没有手机号相同的记录</translation>
    </message>
    <message>
        <source>Nothing to merge by phone. “Find duplicates” also compares WeChat ids, emails and names that read the same.</source>
        <translation>没有可按手机号合并的记录。“查找重复”还会比对微信号、邮箱和同音姓名。</translation>
    </message>
    <message>
        <source>Merge ticked</source>
        <translation>合并已勾选</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>{count} records, names differ: tick if one person</source>
        <translation>{count} 条记录，名字不同：确是同一人再勾选</translation>
    </message>
    <message>
        <source>{count} records, one person</source>
        <translation>{count} 条记录，同一个人</translation>
    </message>
    <message>
        <source>kept (the oldest record)</source>
        <translation>保留（最早的记录）</translation>
    </message>
    <message>
        <source>merged into it</source>
        <translation>合并进保留的记录</translation>
    </message>
    <message>
        <source>merged into it; its {fields} kept</source>
        <translation>合并进保留的记录；采用其{fields}</translation>
    </message>
    <message>
        <source>{ticked:,} of {groups:,} group(s) ticked: {gone:,} record(s) will be merged into the oldest record of their group, keeping everything they have. One step: Undo takes it all back.</source>
        <translation>已勾选 {ticked:,}/{groups:,} 组：{gone:,} 条记录将合并进各组最早的记录，原有的一切都会保留。这是一步操作：撤销即可全部恢复。</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <source>{count:,} group(s) hold different names (a family may share a phone): they start unticked.</source>
        <translation>其中 {count:,} 组名字不同（一家人可能共用一个手机号），默认不勾选。</translation>
    </message>
    <message>
        <source>Merge {count:,} group(s) with the same phone</source>
        <translation>合并 {count:,} 组手机号相同的成员</translation>
    </message>
    <message>
        <source>Cancelled: nothing was merged.</source>
        <translation>已取消：没有合并任何记录。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Spending level</source>
        <translation>消费水平</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Consent purpose</source>
        <translation>同意用途</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>合并两条记录</translation>
    </message>
    <message>
        <source>Everything both records have is kept: communities, tags, points, activities, registrations, follow-ups. Where both have a value and they differ, choose the one to keep; a value only one record has is kept (in bold).</source>
        <translation>两条记录的所有内容都会保留：社群、标签、积分、互动、报名、跟进记录。两边都有且不同的字段，请选择要保留的值；只有一边有的值会直接保留（粗体）。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一个人</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>改为保留另一条</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Kept #{id}</source>
        <translation>保留 #{id}</translation>
    </message>
    <message>
        <source>Merged into it #{id}</source>
        <translation>合并进来 #{id}</translation>
    </message>
    <message>
        <source>Record added</source>
        <translation>记录创建于</translation>
    </message>
    <message>
        <source>What each has</source>
        <translation>各自拥有</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
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
    <message>
        <source>The disk holding {path} is full. Nothing was changed: free some space (or move the workspace to a disk with room) and try again.</source>
        <translation>{path} 所在的磁盘已满。没有做任何改动：请腾出一些空间（或把工作区移到有空间的磁盘），然后再试。</translation>
    </message>
    <message>
        <source>{path} is read-only, and Qunzhu needs to save into it. Nothing was changed: allow writing to the file (Properties &gt; uncheck Read-only), or copy it to a folder of yours such as Documents and open the copy.</source>
        <translation>{path} 是只读的，而群主需要往里面保存。没有做任何改动：请允许写入该文件（属性 &gt; 取消勾选“只读”），或把它复制到你自己的文件夹（例如“文档”）再打开副本。</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be written to, and Qunzhu keeps its lock, journal and backups beside the workspace. Nothing was changed: copy {path} to a folder of yours such as Documents and open the copy.</source>
        <translation>文件夹 {folder} 无法写入，而群主要在工作区旁边存放锁文件、日志和备份。没有做任何改动：请把 {path} 复制到你自己的文件夹（例如“文档”）再打开副本。</translation>
    </message>
    <message>
        <source>{path} was interrupted while saving. Its data is intact, but undoing the unsaved change needs write access to the file and its folder: allow writing (or copy the file together with the &quot;-journal&quot; or &quot;-wal&quot; file beside it to a folder of yours) and open it again. Do not delete the file beside it.</source>
        <translation>{path} 在保存过程中被中断。数据完好，但撤销那次未保存的改动需要对该文件及其文件夹有写入权限：请允许写入（或把它连同旁边的“-journal”或“-wal”文件一起复制到你自己的文件夹），然后重新打开。不要删除旁边的那个文件。</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>还有 {count} 场</translation>
    </message>
</context>
<context>
    <name>MonthSummaryDialog</name>
    <message>
        <source>Outcomes by month</source>
        <translation>按月复盘</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>转化</translation>
    </message>
    <message>
        <source>Revenue ¥</source>
        <translation>收入 ¥</translation>
    </message>
    <message>
        <source>Cost ¥</source>
        <translation>实际花费 ¥</translation>
    </message>
    <message>
        <source>Budget ¥</source>
        <translation>预算 ¥</translation>
    </message>
    <message>
        <source>Cost per attendee ¥</source>
        <translation>人均成本 ¥</translation>
    </message>
</context>
<context>
    <name>NewChecklistDialog</name>
    <message>
        <source>New checklist</source>
        <translation>新建物料清单</translation>
    </message>
    <message>
        <source>e.g. 十二月读书沙龙 物料</source>
        <translation>例如：十二月读书沙龙 物料</translation>
    </message>
    <message>
        <source>(standalone: no event)</source>
        <translation>（独立清单，不属于活动）</translation>
    </message>
    <message>
        <source>(empty checklist)</source>
        <translation>（空白清单）</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Start from template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <source>A template fills in the items; due dates are counted back from the event&apos;s day. Owners are left for you to assign.</source>
        <translation>模板会填好物料；截止日期从活动日期往前推算。负责人由你来分配。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>{event} materials</source>
        <translation>{event} 物料清单</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cannot be undone</source>
        <extracomment>Long work: the operation, given the worker&apos;s connection and ``progress(step, done, total) -&gt; bool`` (False once Cancel was pressed: raise ``models.core.errors.Cancelled``).</extracomment>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>“{action}” cannot be undone, so the undo history was cleared.</source>
        <translation>“{action}”无法撤销，因此撤销历史已清空。</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <source>This cannot be undone any more: {count} record(s) written since depend on the {table} it would remove. Nothing was changed.</source>
        <translation>已无法撤销：之后写入的 {count} 条记录依赖于将被移除的{table}。未做任何更改。</translation>
    </message>
    <message>
        <source>This cannot be undone any more: {count} of the {table} it would restore changed since. Nothing was changed.</source>
        <translation>已无法撤销：要恢复的{table}中有 {count} 条之后已被修改。未做任何更改。</translation>
    </message>
    <message>
        <source>events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>社群成员关系</translation>
    </message>
    <message>
        <source>activity records</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>communities</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>checklists</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>checklist items</source>
        <translation>清单物品</translation>
    </message>
    <message>
        <source>tags of members</source>
        <translation>成员标签</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>违规记录</translation>
    </message>
    <message>
        <source>saved segments</source>
        <translation>已存分群</translation>
    </message>
    <message>
        <source>plans</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>plan sections</source>
        <translation>规划章节</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>roadmap stages</source>
        <translation>实施阶段</translation>
    </message>
    <message>
        <source>group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>escalation steps</source>
        <translation>处罚升级规则</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>records ({table})</source>
        <translation>记录（{table}）</translation>
    </message>
</context>
<context>
    <name>OrderImport</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Buyer&apos;s phone</source>
        <translation>买家手机号</translation>
    </message>
    <message>
        <source>Buyer&apos;s WeChat id</source>
        <translation>买家微信号</translation>
    </message>
    <message>
        <source>Buyer&apos;s name or nickname</source>
        <translation>买家姓名或昵称</translation>
    </message>
    <message>
        <source>Amount paid (yuan)</source>
        <translation>实付金额（元）</translation>
    </message>
    <message>
        <source>Amount refunded (yuan)</source>
        <translation>已退款金额（元）</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
    <message>
        <source>Refund status</source>
        <translation>退款状态</translation>
    </message>
    <message>
        <source>Original order of a refund (原订单号)</source>
        <translation>退款对应的原订单（原订单号）</translation>
    </message>
    <message>
        <source>Refund number (退款编号)</source>
        <translation>退款编号</translation>
    </message>
    <message>
        <source>Import Orders</source>
        <translation>导入订单</translation>
    </message>
    <message>
        <source>An order export from 有赞, 微店, 小鹅通, 淘宝 or any sheet</source>
        <translation>有赞、微店、小鹅通、淘宝或任意表格的订单导出文件</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>保存列对应…</translation>
    </message>
    <message>
        <source>No community (counted under all communities)</source>
        <translation>不指定社群（计入“全部社群”）</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Add buyers matching no member as new members (source 订单)</source>
        <translation>把未匹配到成员的买家添加为新成员（来源：订单）</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Order exports (*.xlsx *.xls *.csv *.ods);;All files (*)</source>
        <translation>订单导出文件 (*.xlsx *.xls *.csv *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Read as {shop}, header in row {row}.</source>
        <translation>识别为{shop}导出，表头在第 {row} 行。</translation>
    </message>
    <message>
        <source>A refund list (no amount paid): each row refunds the order it names.</source>
        <translation>这是一份退款清单（没有实付金额）：每行退回它所写订单的钱。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>{count} problem(s): nothing can be imported until the file or the mapping is fixed.</source>
        <translation>有 {count} 个问题：修正文件或列对应之前无法导入。</translation>
    </message>
    <message>
        <source>{count:,} refund(s) read: {already:,} given back before, {back:,} purchase(s) to take back whole ({amount}).</source>
        <translation>已读取 {count:,} 笔退款：{already:,} 笔此前已退过，将整笔撤回 {back:,} 条购买记录（{amount}）。</translation>
    </message>
    <message>
        <source>{orders:,} order(s) read: {added:,} purchase(s) to add ({amount}), {already:,} already imported, {back:,} to take back.</source>
        <translation>已读取 {orders:,} 个订单：将添加 {added:,} 条购买记录（{amount}），{already:,} 个已导入过，{back:,} 个将撤回。</translation>
    </message>
    <message>
        <source>{count:,} purchase(s) imported before have a new amount (a partial refund): {change} in all.</source>
        <translation>{count:,} 笔此前导入的购买金额有变（部分退款）：合计 {change}。</translation>
    </message>
    <message>
        <source>{count:,} purchase(s) show a higher amount than imported before (an export older than a refund): kept as they were.</source>
        <translation>{count:,} 笔购买在文件中的金额高于此前导入的（文件早于退款）：保持原金额。</translation>
    </message>
    <message>
        <source>{count:,} order(s) shown as paid were refunded or closed in a file imported before: they will not be added again.</source>
        <translation>{count:,} 个订单在此文件中是已付款，但在之前导入的文件里已退款或关闭：不会再次添加。</translation>
    </message>
    <message>
        <source>Not purchases, by status: {statuses}.</source>
        <translation>按状态计，不算购买的：{statuses}。</translation>
    </message>
    <message>
        <source>{count:,} buyer(s) match no member: they will be added as members.</source>
        <translation>{count:,} 位买家未匹配到成员：将添加为新成员。</translation>
    </message>
    <message>
        <source>{count:,} buyer(s) match no member: their orders will be left out.</source>
        <translation>{count:,} 位买家未匹配到成员：他们的订单不导入。</translation>
    </message>
    <message>
        <source>{count:,} buyer name(s) are shared by several members: left out.</source>
        <translation>{count:,} 个买家名称对应多位成员：不导入。</translation>
    </message>
    <message>
        <source>{count:,} order(s) have a masked phone (138****0000), which cannot match a member.</source>
        <translation>{count:,} 个订单的手机号已打码（138****0000），无法据此匹配成员。</translation>
    </message>
    <message>
        <source>{count} members have this name</source>
        <translation>{count} 名成员同名</translation>
    </message>
    <message>
        <source>Added as a new member</source>
        <translation>将添加为新成员</translation>
    </message>
    <message>
        <source>Matches no member</source>
        <translation>未匹配到成员</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存列对应</translation>
    </message>
    <message>
        <source>Name of this mapping:</source>
        <translation>列对应名称：</translation>
    </message>
    <message>
        <source>Save order mapping</source>
        <translation>保存订单列对应</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>导入订单</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome — {title}</source>
        <translation>复盘 — {title}</translation>
    </message>
    <message>
        <source>, expected {count}</source>
        <translation>，预计 {count}</translation>
    </message>
    <message>
        <source>{attended} checked in of {registered} registered{rate}{expected}</source>
        <translation>报名 {registered} 人，签到 {attended} 人{rate}{expected}</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <source>expected {count}</source>
        <translation>预计 {count}</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <source>Conversions (purchases, sign-ups)</source>
        <translation>转化（购买、报名等）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Actual cost</source>
        <translation>实际花费</translation>
    </message>
    <message>
        <source>Against budget</source>
        <translation>与预算相比</translation>
    </message>
    <message>
        <source>What worked, what to change next time</source>
        <translation>哪些做得好，下次要改什么</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No budget set</source>
        <translation>未设预算</translation>
    </message>
    <message>
        <source>¥{over} over the budget of ¥{budget}</source>
        <translation>超出预算 ¥{budget} 共 ¥{over}</translation>
    </message>
    <message>
        <source>¥{over} under the budget of ¥{budget}</source>
        <translation>比预算 ¥{budget} 节省 ¥{over}</translation>
    </message>
    <message>
        <source>Outcome of “{title}”</source>
        <translation>“{title}”的复盘</translation>
    </message>
</context>
<context>
    <name>Paper</name>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>On the waitlist (place {place}): you get in when a seat is free</source>
        <extracomment>Pixels per QR module: 12 x 29 modules = 348 px, read from a phone screen at arm&apos;s length and by a desk scanner off the glass. A line under the name (&quot;Waitlist — place 2&quot;), or empty.</extracomment>
        <translation>候补第 {place} 位：有空位时即可入场</translation>
    </message>
    <message>
        <source>With {count} guest(s)</source>
        <translation>另带 {count} 人</translation>
    </message>
    <message>
        <source>Show this code at the door to check in.</source>
        <translation>入场时出示此码签到。</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起始规划</translation>
    </message>
    <message>
        <source>Every section empty, the seven roadmap steps and the default escalation policy.</source>
        <translation>各部分留空，含七个实施步骤和默认的处理升级规则。</translation>
    </message>
    <message>
        <source>Every section written, {goals} goals bound to live numbers, {roles} roles, {risks} risks, {rules} group rules and an escalation policy, ready to adapt.</source>
        <translation>各部分均已写好：{goals} 个绑定实时数据的目标、{roles} 个角色、{risks} 项风险、{rules} 条群规和处理升级规则，按需修改即可。</translation>
    </message>
    <message>
        <source>A community with this name exists already.</source>
        <translation>已有同名社群。</translation>
    </message>
</context>
<context>
    <name>PlanGoals</name>
    <message>
        <source>Goal</source>
        <extracomment>The live numbers last read, for as long as the app runs: (workspace file, goal id) -&gt; (the goal as measured, its number, when). A plan opened again (another community and back, a new window on the file) shows them at once, marked, while it reads again. Kept here, not in the workspace: reading a number is no change to the file (nothing outside an operation writes to it, and a file refusing writes still shows its goals). Emitted when the live numbers are shown (tests and the benchmark wait on it).</extracomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>衡量指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Manual value</source>
        <translation>手动数值</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前值</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Specific, measurable goals with a date, each bound to a live number. Rates (retention, attendance, conversion) are fractions: type 0.4 for 40%. The bar shows the way from baseline to target; the tick, where it should be by now.</source>
        <translation>具体、可衡量、有期限的目标，每个都绑定实时数据。比率（留存、到场、转化）以小数填写：40% 填 0.4。进度条表示从基线到目标走了多远；竖线表示按时间此刻应到的位置。</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>expected {value} by now</source>
        <translation>此时应达 {value}</translation>
    </message>
    <message>
        <source>as of {when}, updating…</source>
        <translation>截至 {when}，更新中…</translation>
    </message>
    <message>
        <source>Could not read the live numbers: {error}</source>
        <translation>无法读取实时数据：{error}</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>编辑目标</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Target users</source>
        <translation>目标用户</translation>
    </message>
    <message>
        <source>Positioning</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Theme and tone</source>
        <translation>主题与调性</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Platform and channels</source>
        <translation>平台/渠道</translation>
    </message>
    <message>
        <source>Content strategy</source>
        <translation>内容策略</translation>
    </message>
    <message>
        <source>Interaction strategy</source>
        <translation>互动策略</translation>
    </message>
    <message>
        <source>Member management</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <source>Group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>商业策略</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织结构</translation>
    </message>
    <message>
        <source>Risk management</source>
        <translation>风险管理</translation>
    </message>
    <message>
        <source>Who exactly: age, city, job, what they care about and why they would join. Name the main group and any secondary one.</source>
        <translation>具体是谁：年龄、城市、职业、关心什么、为什么会加入。写明主要人群和次要人群。</translation>
    </message>
    <message>
        <source>What this community is, in one or two sentences, and what it is not. What members get here that they cannot get elsewhere.</source>
        <translation>用一两句话说清这个社群是什么、不是什么，成员在这里能得到别处得不到的什么。</translation>
    </message>
    <message>
        <source>The themes talked about and how the group sounds: professional, relaxed, playful… with an example of a welcome message.</source>
        <translation>聊哪些主题、群里是什么语气：专业、轻松、有趣……附一条欢迎语示例。</translation>
    </message>
    <message>
        <source>Specific, measurable, achievable goals with a date. Bind each to a number on the Goals page so its progress is tracked.</source>
        <translation>具体、可衡量、可达成、有期限的目标。在“目标”页为每个目标绑定数据，自动跟踪进度。</translation>
    </message>
    <message>
        <source>Where the community lives (WeChat group, WeCom, QQ…), where new members come from, and where content is kept.</source>
        <translation>社群在哪里运营（微信群、企业微信、QQ……），新成员从哪里来，内容沉淀在哪里。</translation>
    </message>
    <message>
        <source>Regular columns with their rhythm (daily, weekly, monthly), who writes them, and what happens on special days.</source>
        <translation>固定栏目及节奏（每日、每周、每月），由谁负责，节假日做什么。</translation>
    </message>
    <message>
        <source>How members take part: topics, check-ins, events, points and rewards, and how newcomers are welcomed.</source>
        <translation>成员如何参与：话题、打卡、活动、积分与奖励，以及如何欢迎新人。</translation>
    </message>
    <message>
        <source>How members are tagged, grown into core members, followed up when they go quiet, and what happens when they leave.</source>
        <translation>如何给成员打标签、培养核心成员、回访沉默成员，以及成员离开时怎么处理。</translation>
    </message>
    <message>
        <source>The spirit of the rules; the numbered rules themselves and the escalation policy are on the Rules and moderation page.</source>
        <translation>群规的原则；具体条目和处理升级规则在“群规与管理”页。</translation>
    </message>
    <message>
        <source>How the community pays for itself or earns: products, fees, sponsors, referrals, and what it costs to run.</source>
        <translation>社群如何覆盖成本或盈利：产品、会费、赞助、转介绍，以及运营成本。</translation>
    </message>
    <message>
        <source>Who does what and when (names are on the Roles page): owner, admins, customer service, volunteers.</source>
        <translation>谁在什么时候做什么（具体人员见“分工”页）：群主、管理员、客服、志愿者。</translation>
    </message>
    <message>
        <source>What could go wrong and the first response; each risk goes into the register with likelihood, impact and mitigation.</source>
        <translation>可能出什么问题、第一时间怎么应对；每项风险记入风险登记表，注明可能性、影响和应对措施。</translation>
    </message>
    <message>
        <source>Member count</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>New members in the period</source>
        <translation>期间新增成员</translation>
    </message>
    <message>
        <source>Active members (last 30 days)</source>
        <translation>30 天活跃成员</translation>
    </message>
    <message>
        <source>30-day retention</source>
        <translation>30 天留存率</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation>举办活动数</translation>
    </message>
    <message>
        <source>Average attendance rate</source>
        <translation>平均到场率</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Manual number</source>
        <translation>手动填写</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>Speech/content violation</source>
        <translation>言论/内容违规</translation>
    </message>
    <message>
        <source>Public opinion</source>
        <translation>舆情</translation>
    </message>
    <message>
        <source>Data leak</source>
        <translation>数据泄露</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Malicious attack/report</source>
        <translation>恶意攻击/举报</translation>
    </message>
    <message>
        <source>Member churn</source>
        <translation>成员流失</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Mitigating</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Define target users</source>
        <translation>确定目标用户</translation>
    </message>
    <message>
        <source>Choose the platform</source>
        <translation>选择平台</translation>
    </message>
    <message>
        <source>Set the strategy</source>
        <translation>制定策略</translation>
    </message>
    <message>
        <source>Build the community</source>
        <translation>建立社群</translation>
    </message>
    <message>
        <source>Provide value and interaction</source>
        <translation>提供价值和互动</translation>
    </message>
    <message>
        <source>Maintain the community</source>
        <translation>维护社群</translation>
    </message>
    <message>
        <source>Analyse data and optimise</source>
        <translation>分析数据和优化</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>共性</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>个性</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>不采纳</translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation>空白规划</translation>
    </message>
    <message>
        <source>Customer / product users group</source>
        <translation>客户群/产品用户群</translation>
    </message>
    <message>
        <source>Interest community</source>
        <translation>兴趣社群</translation>
    </message>
    <message>
        <source>Paid community</source>
        <translation>付费社群</translation>
    </message>
</context>
<context>
    <name>PlanModeration</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Group rules (群规), numbered as posted in the group.</source>
        <translation>群规，按发到群里的顺序编号。</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新群规</translation>
    </message>
    <message>
        <source>Edit group rule</source>
        <translation>编辑群规</translation>
    </message>
    <message>
        <source>any action</source>
        <translation>任意处理</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>× handled with</source>
        <translation>× 计入的处理</translation>
    </message>
    <message>
        <source>within days</source>
        <translation>天数内</translation>
    </message>
    <message>
        <source>suggest</source>
        <translation>建议处理</translation>
    </message>
    <message>
        <source>mute days</source>
        <translation>禁言天数</translation>
    </message>
    <message>
        <source>Escalation policy: when a member already has so many violations here within so many days, the next one is suggested this action.</source>
        <translation>处理升级规则：成员在本群若干天内已有若干次违规时，下一次建议采用此处理。</translation>
    </message>
    <message>
        <source>Customise for this community</source>
        <translation>为本社群自定义</translation>
    </message>
    <message>
        <source>Customise escalation policy</source>
        <translation>自定义处理升级规则</translation>
    </message>
    <message>
        <source>Edit escalation policy</source>
        <translation>编辑处理升级规则</translation>
    </message>
    <message>
        <source>Record a violation</source>
        <translation>记录违规</translation>
    </message>
    <message>
        <source>Name, nickname, phone or pinyin…</source>
        <translation>姓名、昵称、手机号或拼音…</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>违反的群规</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Muted until</source>
        <translation>禁言至</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Record violation…</source>
        <translation>记录违规…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止到</translation>
    </message>
    <message>
        <source>Banned on</source>
        <translation>拉黑时间</translation>
    </message>
    <message>
        <source>Lift mute</source>
        <translation>解除禁言</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>解除拉黑</translation>
    </message>
    <message>
        <source>Rules and moderation: post the numbered rules in the group, record every violation here or in a member&apos;s profile, and follow the suggested next step.</source>
        <translation>群规与管理：把编号群规发到群里，在这里或成员档案中记录每次违规，并参考建议的下一步处理。</translation>
    </message>
    <message>
        <source>{total} violation(s) recorded; the latest {shown} shown</source>
        <translation>共记录 {total} 次违规，显示最近 {shown} 条</translation>
    </message>
    <message>
        <source>(ended: lift it)</source>
        <translation>（已到期，请解除）</translation>
    </message>
    <message>
        <source>Muted ({count})</source>
        <translation>禁言中（{count}）</translation>
    </message>
    <message>
        <source>Banned ({count})</source>
        <translation>已拉黑（{count}）</translation>
    </message>
    <message>
        <source>{action} for {name}</source>
        <translation>{name}：{action}</translation>
    </message>
    <message>
        <source>Lift restriction on {name}</source>
        <translation>解除对{name}的限制</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>{action} until {until}</source>
        <translation>{action}至 {until}</translation>
    </message>
    <message>
        <source>Suggested: {action} (no violation in the last 30 days calls for more)</source>
        <translation>建议：{action}（近 30 天的记录不需要更重的处理）</translation>
    </message>
    <message>
        <source>any violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Suggested: {action} — in the last {days} days: {count} × {counted} (the policy steps up from {threshold})</source>
        <translation>建议：{action} —— 近 {days} 天内已有 {count} 次{counted}（规则：满 {threshold} 次升级）</translation>
    </message>
</context>
<context>
    <name>PlanNeeds</name>
    <message>
        <source>Link a member</source>
        <translation>关联成员</translation>
    </message>
    <message>
        <source>Name, nickname, phone or pinyin…</source>
        <translation>姓名、昵称、手机号或拼音…</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
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
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集时间</translation>
    </message>
    <message>
        <source>Needs collected from members or research. Priority = urgency (1-5) x importance (1-5); common needs (共性) shape the plan, individual ones (个性) are answered one by one.</source>
        <translation>从成员反馈或调研收集的需求。优先级 = 紧急度（1-5）× 重要度（1-5）；共性需求进入规划，个性需求逐个回应。</translation>
    </message>
    <message>
        <source>Open (new and planned)</source>
        <translation>待处理（新需求和已排期）</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Link member…</source>
        <translation>关联成员…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>新需求</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>编辑需求</translation>
    </message>
    <message>
        <source>Link need to member</source>
        <translation>需求关联成员</translation>
    </message>
</context>
<context>
    <name>PlanPages</name>
    <message>
        <source>Add</source>
        <extracomment>Tables whose changes make this page reload.</extracomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>编辑规划</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>删除一行</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>职责</translation>
    </message>
    <message>
        <source>Who does what: the role, the person (a member or a name), and the duties with their rhythm (e.g. 每日巡群两次).</source>
        <translation>谁做什么：角色、负责人（成员或姓名），以及职责和频率（如：每日巡群两次）。</translation>
    </message>
    <message>
        <source>Link member…</source>
        <translation>关联成员…</translation>
    </message>
    <message>
        <source>The person is a member of the roster (or type a name)</source>
        <translation>负责人是成员名单中的某位成员（也可以直接填写姓名）</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Link role to member</source>
        <translation>角色关联成员</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>编辑角色</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The seven steps of building a community, in order. Keep each step&apos;s status and dates current; the notes say what it means for this community.</source>
        <translation>建立社群的七个步骤，按顺序推进。及时更新每一步的状态和日期；备注写明这一步对本社群意味着什么。</translation>
    </message>
    <message>
        <source>Edit roadmap</source>
        <translation>编辑路线图</translation>
    </message>
</context>
<context>
    <name>PlanRisks</name>
    <message>
        <source>Open risks by likelihood x impact</source>
        <translation>未关闭风险：可能性 × 影响</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>Likelihood {l} x impact {i} = {score}</source>
        <translation>可能性 {l} × 影响 {i} = {score}</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What could go wrong, how likely (1-5) and how bad (1-5), and what is done about it. Highest scores first; the matrix shows the open ones.</source>
        <translation>可能出什么问题、可能性多大（1-5）、影响多严重（1-5）、怎么应对。分值高的排在前面；矩阵显示未关闭的风险。</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>Edit risk</source>
        <translation>编辑风险</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <source>Not written yet</source>
        <translation>尚未填写</translation>
    </message>
    <message>
        <source>Edit {section}</source>
        <translation>编辑{section}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>New community…</source>
        <extracomment>Pages to reload when next shown (only the page in sight is read at once).</extracomment>
        <translation>新建社群…</translation>
    </message>
    <message>
        <source>Export plan…</source>
        <translation>导出规划…</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Sections written</source>
        <translation>已填写部分</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Open risks</source>
        <translation>未关闭风险</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>分工</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>路线图</translation>
    </message>
    <message>
        <source>Rules and moderation</source>
        <translation>群规与管理</translation>
    </message>
    <message>
        <source>Needs backlog</source>
        <translation>需求池</translation>
    </message>
    <message>
        <source>{community} — plan</source>
        <translation>{community} — 社群规划</translation>
    </message>
    <message>
        <source>Nothing written yet · saved as you type</source>
        <translation>尚未填写 · 输入即保存</translation>
    </message>
    <message>
        <source>Community plans</source>
        <translation>社群规划</translation>
    </message>
    <message>
        <source>A community starts from a plan: who it is for, what it is, what it wants to achieve and how.</source>
        <translation>社群从规划开始：为谁服务、是什么、要达成什么、怎么做。</translation>
    </message>
    <message>
        <source>Saved as you type · last change {when}</source>
        <translation>输入即保存 · 最后修改 {when}</translation>
    </message>
    <message>
        <source>This workspace has no community yet. Start one with New community… — from an empty plan or a template (customer group, interest community, paid community).</source>
        <translation>这个工作区还没有社群。点“新建社群…”开始——可从空白规划或模板（客户群、兴趣社群、付费社群）开始。</translation>
    </message>
    <message>
        <source>Pick a community in the toolbar (or double-click it below) to see and edit its plan.</source>
        <translation>在工具栏选择一个社群（或双击下方列表）查看和编辑它的规划。</translation>
    </message>
    <message>
        <source>New community {name}</source>
        <translation>新建社群 {name}</translation>
    </message>
    <message>
        <source>New community</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>导出规划</translation>
    </message>
    <message>
        <source>Pick a community in the toolbar first: a plan belongs to one community.</source>
        <translation>请先在工具栏选择社群：每份规划属于一个社群。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting the plan…</source>
        <translation>正在导出规划…</translation>
    </message>
    <message>
        <source>Plan saved to {path}</source>
        <translation>规划已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>PointsRulesDialog</name>
    <message>
        <source>Points Rules &amp; Honours</source>
        <extracomment>Past activities beyond which a back-fill runs on a worker behind a progress dialog.</extracomment>
        <translation>积分规则与荣誉</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Per ¥</source>
        <translation>每 ¥</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Granted so far</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>衡量</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>获得人数</translation>
    </message>
    <message>
        <source>Community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Rules grant points as activities arrive: chat and order imports, quick logging, check-in at the door. Points already granted stay when a rule changes.</source>
        <translation>互动进来时按规则发放积分：聊天记录和订单导入、快速记录、活动现场签到。规则改变时，已发放的积分保留。</translation>
    </message>
    <message>
        <source>Points rules</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>移除…</translation>
    </message>
    <message>
        <source>Apply to past activities…</source>
        <translation>应用到过去的互动…</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Create a community first (File &gt; New Community).</source>
        <translation>请先创建社群（文件 &gt; 新建社群）。</translation>
    </message>
    <message>
        <source>{points:+,} in {rows:,} entries</source>
        <translation>{points:+,}（{rows:,} 条）</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>所有社群</translation>
    </message>
    <message>
        <source>Add points rule for {kind}</source>
        <translation>添加「{kind}」积分规则</translation>
    </message>
    <message>
        <source>Edit points rule for {kind}</source>
        <translation>编辑「{kind}」积分规则</translation>
    </message>
    <message>
        <source>Remove points rule and take its points back</source>
        <translation>移除积分规则并收回其积分</translation>
    </message>
    <message>
        <source>Remove points rule</source>
        <translation>移除积分规则</translation>
    </message>
    <message>
        <source>Apply points rule to past activities</source>
        <translation>将积分规则应用到过去的互动</translation>
    </message>
    <message>
        <source>Add honour {name}</source>
        <translation>添加荣誉 {name}</translation>
    </message>
    <message>
        <source>Edit honour {name}</source>
        <translation>编辑荣誉 {name}</translation>
    </message>
    <message>
        <source>Remove honour</source>
        <translation>移除荣誉</translation>
    </message>
    <message>
        <source>The rule granted {points:+,} points in {rows:,} entries. Keep them (they are history), or take them back from the members?</source>
        <translation>这条规则已发放 {points:+,} 积分，共 {rows:,} 条记录。保留（它们是历史），还是从成员那里收回？</translation>
    </message>
    <message>
        <source>Keep the points</source>
        <translation>保留积分</translation>
    </message>
    <message>
        <source>Take them back</source>
        <translation>收回积分</translation>
    </message>
    <message>
        <source>Every past activity of this kind has its points.</source>
        <translation>这类过去的互动都已得到积分。</translation>
    </message>
    <message>
        <source>Apply to past activities</source>
        <translation>应用到过去的互动</translation>
    </message>
    <message>
        <source>Apply the rule to {count:,} past activities without its points? Daily caps count as for new ones. You can undo it.</source>
        <translation>将规则应用到 {count:,} 条尚未得到积分的过去互动吗？每日上限与新互动一样计算。可以撤销。</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <translation>查看前几行</translation>
    </message>
    <message>
        <source>The header row is guessed; rows above it (titles, notes) are not imported. Change it if the guess is wrong.</source>
        <translation>已自动识别表头行；表头上方的行（标题、说明）不会导入。识别不对时请修改。</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>表头所在行：</translation>
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
        <source>Custom fields</source>
        <translation>自定义字段</translation>
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
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>清除个人信息…</translation>
    </message>
    <message>
        <source>{measure} at least {threshold:,} · {where} · since {day}</source>
        <translation>{measure}至少 {threshold:,} · {where} · {day} 起</translation>
    </message>
    <message>
        <source>all communities</source>
        <translation>所有社群</translation>
    </message>
    <message>
        <source>Points {points:,} · last active {active} · joined {joined}</source>
        <translation>积分 {points:,} · 最近活跃 {active} · 入群 {joined}</translation>
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
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <source>Record a message, share, invitation or purchase by hand (Ctrl+L)</source>
        <translation>手动记录一次发言、分享、邀请或购买（Ctrl+L）</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
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
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止到</translation>
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
        <translation>紧急度</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
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
        <source>Erase everything that identifies {name} — name, phone, WeChat id, email, notes, persona, tags — from this workspace, including its search index?

Their activity stays, anonymous, so your numbers stay true. This cannot be undone.</source>
        <translation>从本工作区（包括搜索索引）中清除能识别 {name} 的全部信息——姓名、手机、微信号、邮箱、备注、画像、标签？

其互动记录会匿名保留，统计数字保持准确。此操作无法撤销。</translation>
    </message>
    <message>
        <source>A value here is refused: the reason is under the field.</source>
        <translation>这里有填写不正确的值：原因写在该字段下方。</translation>
    </message>
    <message>
        <source>Fix the refused value first (tab: {tabs})</source>
        <translation>请先改正填写不正确的值（所在标签页：{tabs}）</translation>
    </message>
</context>
<context>
    <name>ProfileHints</name>
    <message>
        <source>Not in any community yet. Select this member in the roster and use Add to community…, or import a chat export (File &gt; Import Chat Records…): joining lines add the membership.</source>
        <translation>还没有加入任何社群。在成员列表中选中 TA，用“加入社群…”添加；或导入群聊记录（文件 &gt; 导入聊天记录…），其中的入群消息会自动加上。</translation>
    </message>
    <message>
        <source>Has not invited anyone yet. Open the profile of someone they invited and set them as the referrer, or import a chat export: its invitation lines fill this in.</source>
        <translation>还没有邀请过别人。打开被 TA 邀请的成员的资料，把 TA 设为邀请人；或导入群聊记录，其中的邀请消息会自动填上。</translation>
    </message>
    <message>
        <source>No points yet. Grant some above, or set points rules (Edit &gt; Points Rules &amp; Honours…) so interactions earn them.</source>
        <translation>还没有积分。可在上方发放；或设置积分规则（编辑 &gt; 积分规则与荣誉…），让互动自动获得积分。</translation>
    </message>
    <message>
        <source>No interactions yet. Use Log interaction… (Ctrl+L), or import a chat export or a shop&apos;s orders from the File menu.</source>
        <translation>还没有互动记录。用“记录互动…”（Ctrl+L）手动记录，或在“文件”菜单中导入聊天记录或店铺订单。</translation>
    </message>
    <message>
        <source>No violations recorded. Record one with the form below.</source>
        <translation>没有违规记录。需要时在下方表单中记录。</translation>
    </message>
    <message>
        <source>No needs recorded for this member. Needs are collected in the Plan tab, under Needs backlog, where one can name this member.</source>
        <translation>还没有这位成员提出的需求。需求在“规划”标签页的“需求池”中收集，可在那里注明提出的成员。</translation>
    </message>
</context>
<context>
    <name>QuickLog</name>
    <message>
        <source>Log {kind} for {name}</source>
        <translation>为{name}记录{kind}</translation>
    </message>
    <message>
        <source>Log {kind} for {count:,} member(s)</source>
        <translation>为 {count:,} 位成员记录{kind}</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>{count:,} selected member(s)</source>
        <translation>已选 {count:,} 位成员</translation>
    </message>
    <message>
        <source>or type a new kind</source>
        <translation>或输入新的类型</translation>
    </message>
    <message>
        <source>at</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>(no community)</source>
        <translation>（不属于社群）</translation>
    </message>
    <message>
        <source>what happened (optional)</source>
        <translation>发生了什么（可不填）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>e.g. 2026-03-05</source>
        <translation>如 2026-03-05</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>如 3</translation>
    </message>
    <message>
        <source> (empty: no lower end)</source>
        <translation>（留空：不设下限）</translation>
    </message>
    <message>
        <source> (empty: no upper end)</source>
        <translation>（留空：不设上限）</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Member</source>
        <extracomment>Tables whose change can move a tree or a top referrer&apos;s figures.</extracomment>
        <translation>成员</translation>
    </message>
    <message>
        <source>Direct invitees</source>
        <translation>直接邀请</translation>
    </message>
    <message>
        <source>Tree size</source>
        <translation>裂变人数</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Invitees</source>
        <translation>邀请人数</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>Still in</source>
        <translation>仍在群</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Revenue (¥)</source>
        <translation>消费额（元）</translation>
    </message>
    <message>
        <source>Nobody here has a referrer (邀请人) yet, so there is no referral tree to show.

To record who invited whom:
• set it in a member&apos;s profile, on the Referrals page;
• import a member list with a 邀请人 (referrer) column: a name, phone or WeChat id;
• import a group chat export: its invitation lines (&quot;A invited B to the group&quot;) set the newcomers&apos; referrers.</source>
        <translation>这里还没有人记录了邀请人，所以没有裂变树可以显示。

记录谁邀请了谁的方法：
• 在成员资料的“邀请关系”页中设置；
• 导入带“邀请人”列的成员名单：填姓名、手机号或微信号；
• 导入群聊天记录：其中的邀请提示（“A 邀请 B 加入了群聊”）会设为新成员的邀请人。</translation>
    </message>
    <message>
        <source>Referrals (裂变): {scope}</source>
        <translation>裂变：{scope}</translation>
    </message>
    <message>
        <source>Invitees: all time</source>
        <translation>受邀成员：全部时间</translation>
    </message>
    <message>
        <source>Invitees who joined {start} – {end}</source>
        <translation>{start} – {end} 加入的受邀成员</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>邀请排行</translation>
    </message>
    <message>
        <source>Retained: of the invitees who joined at least 60 days ago, those active in their first 7 days and again on day 30-59 (the dashboard&apos;s retention). Still in: invitees not in the trash who have not left the group. Buyers and revenue: invitees&apos; purchases to date.</source>
        <translation>留存：加入满 60 天的受邀成员中，前 7 天内有互动、并在第 30-59 天再次活跃的人（与数据看板的留存定义相同）。仍在群：未进回收站、也未退群的受邀成员。购买人数与消费额：受邀成员至今的购买。</translation>
    </message>
    <message>
        <source>Referral trees</source>
        <translation>裂变树</translation>
    </message>
    <message>
        <source>Could not read the referrals: {error}</source>
        <translation>无法读取邀请关系：{error}</translation>
    </message>
    <message>
        <source>{trees} referral tree(s); {people} member(s) brought in.</source>
        <translation>共 {trees} 棵裂变树，带来 {people} 名成员。</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Clear referrer</source>
        <extracomment>``perform(undo text, work)``: runs ``work`` as one undo step; False when refused (and said).</extracomment>
        <translation>清除邀请人</translation>
    </message>
    <message>
        <source>Set who invited them: type a name, nickname or phone</source>
        <translation>设置邀请人：输入姓名、昵称或手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Invited by &lt;a href=&quot;member:{id}&quot;&gt;{name}&lt;/a&gt;</source>
        <translation>邀请人：&lt;a href=&quot;member:{id}&quot;&gt;{name}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Not invited by a member</source>
        <translation>不是由成员邀请的</translation>
    </message>
    <message>
        <source>Brought in {count} member(s)</source>
        <translation>邀请了 {count} 位成员</translation>
    </message>
    <message>
        <source>No member matches</source>
        <translation>没有相符的成员</translation>
    </message>
    <message>
        <source>Referrer of {name}: {referrer}</source>
        <translation>{name} 的邀请人：{referrer}</translation>
    </message>
    <message>
        <source>Clear the referrer of {name}</source>
        <translation>清除 {name} 的邀请人</translation>
    </message>
</context>
<context>
    <name>RegistrationsDialog</name>
    <message>
        <source>Registrations — {title}</source>
        <translation>报名 — {title}</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Set seats</source>
        <translation>设置名额</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Add someone: name, phone or pinyin, then Enter</source>
        <translation>添加报名：输入姓名、手机或拼音，回车确认</translation>
    </message>
    <message>
        <source>Paste sign-up list…</source>
        <translation>粘贴报名接龙…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Guests, note</source>
        <translation>同行、备注</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>取消报名</translation>
    </message>
    <message>
        <source>Save tickets…</source>
        <translation>保存门票…</translation>
    </message>
    <message>
        <source>One image per person, with their QR code, to send in WeChat</source>
        <translation>每人一张带二维码的图片，可在微信里发送</translation>
    </message>
    <message>
        <source>Copy ticket</source>
        <translation>复制门票</translation>
    </message>
    <message>
        <source>The selected person&apos;s ticket as an image, to paste into a chat</source>
        <translation>把所选人员的门票作为图片复制，可直接粘贴到聊天中</translation>
    </message>
    <message>
        <source>Export attendee list…</source>
        <translation>导出报名名单…</translation>
    </message>
    <message>
        <source>Print sign-in sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <source>{registered} registered{of} · {waitlisted} on the waitlist · {checked} checked in</source>
        <translation>已报名 {registered}{of} · 候补 {waitlisted} · 已签到 {checked}</translation>
    </message>
    <message>
        <source> of {capacity}</source>
        <translation> / {capacity}</translation>
    </message>
    <message>
        <source>Register for “{title}”</source>
        <translation>报名“{title}”</translation>
    </message>
    <message>
        <source>(full: added to the waitlist)</source>
        <translation>（名额已满，已加入候补）</translation>
    </message>
    <message>
        <source>Cancel a registration for “{title}”</source>
        <translation>取消“{title}”的一个报名</translation>
    </message>
    <message>
        <source>Moved up from the waitlist: {names}</source>
        <translation>已从候补转为报名：{names}</translation>
    </message>
    <message>
        <source>Set the seats of “{title}”</source>
        <translation>设置“{title}”的名额</translation>
    </message>
    <message>
        <source>Register a sign-up list for “{title}”</source>
        <translation>为“{title}”登记接龙名单</translation>
    </message>
    <message>
        <source>Sign-up list</source>
        <translation>报名接龙</translation>
    </message>
    <message>
        <source>Nothing was registered: line {line} cannot become a member ({reason}).</source>
        <translation>未登记任何人：第 {line} 行无法建为成员（{reason}）。</translation>
    </message>
    <message>
        <source>{registered} registered, {waitlisted} on the waitlist, {already} already signed up, {created} new members.</source>
        <translation>已报名 {registered} 人，候补 {waitlisted} 人，{already} 人此前已报名，新建成员 {created} 人。</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Qunzhu reminders</source>
        <extracomment>How often the clock is looked at (a notification is at most this late). How long a notification stays in the status bar when there is no tray. The person clicked a notification: show them the list.</extracomment>
        <translation>群主提醒</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>近期安排</translation>
    </message>
    <message>
        <source> · {count} to follow up</source>
        <translation> · 待跟进 {count} 人</translation>
    </message>
    <message>
        <source>Click to open the reminders list</source>
        <translation>点击打开提醒列表</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日（ddd）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>今天 · {day}</translation>
    </message>
    <message>
        <source>Tomorrow · {day}</source>
        <translation>明天 · {day}</translation>
    </message>
    <message>
        <source>dddd d MMM</source>
        <translation>dddd M月d日</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>至 {end}</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>No place yet</source>
        <translation>地点待定</translation>
    </message>
    <message>
        <source>{registered}/{capacity} signed up</source>
        <translation>已报名 {registered}/{capacity}</translation>
    </message>
    <message>
        <source>{registered} signed up</source>
        <translation>已报名 {registered}</translation>
    </message>
    <message>
        <source>{late} day(s) late</source>
        <translation>逾期 {late} 天</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>{day}截止</translation>
    </message>
    <message>
        <source>owner {owner}</source>
        <translation>负责人 {owner}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> 等另外 {more} 场</translation>
    </message>
    <message>
        <source>{day}: {events}</source>
        <translation>{day}：{events}</translation>
    </message>
    <message>
        <source>{count} checklist item(s) due</source>
        <translation>{count} 项物料到期</translation>
    </message>
    <message>
        <source>, {overdue} overdue</source>
        <translation>，其中 {overdue} 项逾期</translation>
    </message>
    <message>
        <source>{count} member(s) to follow up</source>
        <translation>{count} 位成员待跟进</translation>
    </message>
    <message>
        <source>In {minutes} min: {title}</source>
        <translation>{minutes} 分钟后开始：{title}</translation>
    </message>
    <message>
        <source>{start} · {place}</source>
        <translation>{start} · {place}</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>When</source>
        <extracomment>Where a row keeps what it stands for: (&quot;event&quot;, Occurrence) or (&quot;item&quot;, (list id, item id)). The follow-ups row was double-clicked: the window opens the to-follow-up list.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Nothing coming up</source>
        <translation>近期没有安排</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开活动日历</translation>
    </message>
    <message>
        <source>Notify me of today&apos;s events and before each one starts</source>
        <translation>通知我今天的活动，并在每场开始前提醒</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>The next {days} day(s). Double-click to open; change how far ahead in the Calendar tab.</source>
        <translation>接下来 {days} 天。双击打开；在“活动日历”里调整提前几天。</translation>
    </message>
    <message>
        <source>No events and no checklist items due in the next {days} day(s). Plan an event in the Calendar (double-click a day), publish a draft, or give checklist items a due date, and they show here.</source>
        <translation>接下来 {days} 天没有活动，也没有到期的物料。在“活动日历”里安排一场活动（双击某一天），发布草稿，或给物料清单的条目设截止日期，它们就会显示在这里。</translation>
    </message>
    <message>
        <source>To follow up</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Double-click to open the list</source>
        <translation>双击打开名单</translation>
    </message>
    <message>
        <source>Double-click to open the checklist</source>
        <translation>双击打开物料清单</translation>
    </message>
    <message>
        <source>Double-click to open the event in the calendar</source>
        <translation>双击在活动日历中打开</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Who is in the chat</source>
        <extracomment>Problems listed on the page (the import refuses the file on the first one anyway).</extracomment>
        <translation>聊天里的人</translation>
    </message>
    <message>
        <source>Speakers are matched to members by an id remembered from an earlier import, then WeChat id, QQ number, mobile or email, then a unique name in the community. Nothing is written yet.</source>
        <translation>发言人依次按以前导入记住的身份、微信号、QQ 号、手机号或邮箱、社群内唯一的姓名匹配到成员。目前尚未写入任何内容。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Link to a member…</source>
        <translation>关联到成员…</translation>
    </message>
    <message>
        <source>Create all</source>
        <translation>全部新建</translation>
    </message>
    <message>
        <source>Every speaker not matched becomes a new member</source>
        <translation>所有未匹配的发言人都新建为成员</translation>
    </message>
    <message>
        <source>Ignore all</source>
        <translation>全部忽略</translation>
    </message>
    <message>
        <source>Leave out the messages of every speaker not matched</source>
        <translation>不导入所有未匹配发言人的消息</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Reading the chat…</source>
        <translation>正在读取聊天记录…</translation>
    </message>
    <message>
        <source>Reading messages and matching speakers…</source>
        <translation>正在读取消息并匹配发言人…</translation>
    </message>
    <message>
        <source>Show the {count:,} matched</source>
        <translation>显示已匹配的 {count:,} 人</translation>
    </message>
    <message>
        <source>Everyone in the file is matched to a member: press Import.</source>
        <translation>文件中的每个人都已匹配到成员：请点“导入”。</translation>
    </message>
    <message>
        <source>The file names nobody: there is nothing to import. Go back and choose another file.</source>
        <translation>文件中没有任何人：没有可导入的内容。请返回选择另一个文件。</translation>
    </message>
    <message>
        <source>{messages:,} message(s) from {people:,} people, {first} to {last}.</source>
        <translation>{first} 至 {last}，{people:,} 人共 {messages:,} 条消息。</translation>
    </message>
    <message>
        <source>{messages:,} message(s) from {people:,} people.</source>
        <translation>{people:,} 人共 {messages:,} 条消息。</translation>
    </message>
    <message>
        <source>Group “{group}” ({format} export).</source>
        <translation>群“{group}”（{format} 导出）。</translation>
    </message>
    <message>
        <source>{count:,} join, invitation or removal line(s).</source>
        <translation>入群、邀请或移出的系统消息 {count:,} 条。</translation>
    </message>
    <message>
        <source>{matched:,} matched automatically; {unmatched:,} not matched, {ambiguous:,} with a name several members share.</source>
        <translation>自动匹配 {matched:,} 人；未匹配 {unmatched:,} 人，与多名成员重名 {ambiguous:,} 人。</translation>
    </message>
    <message>
        <source>… and {count:,} more</source>
        <translation>…… 另有 {count:,} 处</translation>
    </message>
    <message>
        <source>{count:,} part(s) of the file cannot be read, so nothing will be imported: the file must be fixed or exported again first (a chat is imported whole or not at all).</source>
        <translation>文件中有 {count:,} 处无法读取，因此不会导入任何内容：需要先修复文件或重新导出（聊天记录要么整体导入，要么都不导入）。</translation>
    </message>
    <message>
        <source>Reading cancelled; nothing was written. Go back, or close the wizard.</source>
        <translation>已取消读取，未写入任何内容。可以返回，或关闭向导。</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
</context>
<context>
    <name>RosterExport</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
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
        <source>Gender</source>
        <translation>性别</translation>
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
        <source>Referrer</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>社群与角色</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出成员名单</translation>
    </message>
    <message>
        <source>{count:,} member(s), as the roster shows them now (filters, search and order).</source>
        <translation>{count:,} 名成员，与名单当前显示的一致（筛选、搜索和排序）。</translation>
    </message>
    <message>
        <source>Mask personal data (138****5678, 张*; no notes, no ID column)</source>
        <translation>隐藏个人信息（138****5678、张*；不含备注和 ID 列）</translation>
    </message>
    <message>
        <source>Phone numbers, ID numbers, emails, QQ numbers and WeChat ids typed into any other field (source, city, tags…) are masked too.</source>
        <translation>填写在其他字段（来源、城市、标签等）中的手机号、身份证号、邮箱、QQ 号和微信号也会打码。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Exported {count:,} member(s) to {path}</source>
        <translation>已将 {count:,} 名成员导出到 {path}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；没有写入文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exporting the roster…</source>
        <translation>正在导出成员名单…</translation>
    </message>
    <message>
        <source>Writing rows…</source>
        <translation>正在写入各行…</translation>
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
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>最后活跃</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
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
        <source>Set role…</source>
        <translation>设置角色…</translation>
    </message>
    <message>
        <source>Grant points…</source>
        <translation>发放积分…</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>设置阶段</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开成员资料</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>In community:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <source>Role of {count:,} member(s) in {name}:</source>
        <translation>{count:,} 位成员在 {name} 的角色：</translation>
    </message>
    <message>
        <source>{role} for {count:,} member(s) in {name}</source>
        <translation>{count:,} 位成员在 {name} 设为 {role}</translation>
    </message>
    <message>
        <source>{count:,} of the selected member(s) are not in {name}: their role was left as it is. Add them with “Add to community…” first.</source>
        <translation>所选成员中有 {count:,} 位不在 {name}：其角色未更改。请先用“加入社群…”把他们加进来。</translation>
    </message>
    <message>
        <source>Search name, nickname, pinyin (zhangwei, zw), phone, WeChat id, email, tags, notes</source>
        <extracomment>First widths, in Chinese characters, before the user sets their own. &quot;Import members…&quot; in the empty roster: the window runs File &gt; Import Members….</extracomment>
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
        <source>Import members…</source>
        <translation>导入成员…</translation>
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
        <source>Import a member list from Excel, WPS or CSV, add members one by one, or try File &gt; Fill with Demo Data on an empty workspace to see a realistic roster.</source>
        <translation>从 Excel、WPS 或 CSV 导入成员名单，或逐个添加成员；也可以在空工作区用“文件 &gt; 填充演示数据”看看真实的成员列表是什么样子。</translation>
    </message>
    <message>
        <source>No member matches</source>
        <translation>没有相符的成员</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters. Check the spelling, try fewer characters, or clear the filters.</source>
        <translation>没有成员符合当前的搜索和筛选条件。请检查输入、减少字数，或清除筛选。</translation>
    </message>
    <message>
        <source>Save segment {name}</source>
        <translation>保存分群 {name}</translation>
    </message>
    <message>
        <source>{count:,} selected</source>
        <translation>已选 {count:,} 位</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>编辑成员</translation>
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
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>Points rule</source>
        <translation>积分规则</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <source>for every</source>
        <translation>每满</translation>
    </message>
    <message>
        <source>Points for each whole amount of the purchase (¥25.80 at +1 per ¥10 earns 2)</source>
        <translation>按购买金额的整数倍给积分（每 ¥10 +1 时，¥25.80 得 2 分）</translation>
    </message>
    <message>
        <source>at most a day</source>
        <translation>每天最多</translation>
    </message>
    <message>
        <source>A member earns at most this many points from the rule in one day</source>
        <translation>每位成员每天从这条规则最多获得的积分</translation>
    </message>
    <message>
        <source>Kind of activity:</source>
        <translation>互动类型：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>a rule Qunzhu cannot read: {rule}</source>
        <extracomment>Times listed before &quot;and N more&quot; (an hourly rule may name 24).</extracomment>
        <translation>群主无法识别的规则：{rule}</translation>
    </message>
    <message>
        <source>{rule}, 1 time</source>
        <translation>{rule}，共 1 次</translation>
    </message>
    <message>
        <source>{rule}, {n} times</source>
        <translation>{rule}，共 {n} 次</translation>
    </message>
    <message>
        <source>{rule} until {date}</source>
        <translation>{rule}，到 {date}</translation>
    </message>
    <message>
        <source>{rule}, 1 skipped</source>
        <translation>{rule}，已跳过 1 次</translation>
    </message>
    <message>
        <source>{rule}, {n} skipped</source>
        <translation>{rule}，已跳过 {n} 次</translation>
    </message>
    <message>
        <source>{rule} (and parts Qunzhu cannot read: {parts})</source>
        <translation>{rule}（另有群主无法识别的部分：{parts}）</translation>
    </message>
    <message>
        <source>{rule}, only on {days}</source>
        <translation>{rule}，仅{days}</translation>
    </message>
    <message>
        <source>{rule}, only on {days} of the month</source>
        <translation>{rule}，仅每月 {days}</translation>
    </message>
    <message>
        <source>{rule}, only in {months}</source>
        <translation>{rule}，仅 {months}</translation>
    </message>
    <message>
        <source>{rule}, in week {weeks} of the year</source>
        <translation>{rule}，限每年第 {weeks} 周</translation>
    </message>
    <message>
        <source>{rule}, on day {days} of the year</source>
        <translation>{rule}，限每年第 {days} 天</translation>
    </message>
    <message>
        <source>{rule}, only the {positions} of those dates</source>
        <translation>{rule}，只取其中{positions}</translation>
    </message>
    <message>
        <source>weekday (Monday to Friday)</source>
        <translation>个工作日（周一至周五）</translation>
    </message>
    <message>
        <source>day of the week</source>
        <translation>天</translation>
    </message>
    <message>
        <source>every {weekdays}</source>
        <translation>每{weekdays}</translation>
    </message>
    <message>
        <source>{every} on {weekdays}</source>
        <translation>{every}的{weekdays}</translation>
    </message>
    <message>
        <source>{every} on {days}, when that is a {weekdays}</source>
        <translation>{every} {days}，且逢{weekdays}</translation>
    </message>
    <message>
        <source>each {days}</source>
        <translation>每个{days}</translation>
    </message>
    <message>
        <source>{every} on {days}</source>
        <translation>{every} {days}</translation>
    </message>
    <message>
        <source>Monday to Friday</source>
        <translation>周一至周五</translation>
    </message>
    <message>
        <source>{every} on {month} {day}</source>
        <translation>{every} {month} {day} 日</translation>
    </message>
    <message>
        <source>{every} on {days} of {months}</source>
        <translation>{every} {months}{days}</translation>
    </message>
    <message>
        <source>{every} in {months}: {days}</source>
        <translation>{every} {months}：{days}</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>另 {n} 个</translation>
    </message>
    <message>
        <source>{rule} at {times}</source>
        <translation>{rule} {times}</translation>
    </message>
    <message>
        <source>{rule} at minute {minutes}</source>
        <translation>{rule}的第 {minutes} 分钟</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>every 2 seconds</source>
        <translation>每 2 秒</translation>
    </message>
    <message>
        <source>every {n} seconds</source>
        <translation>每 {n} 秒</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>every 2 minutes</source>
        <translation>每 2 分钟</translation>
    </message>
    <message>
        <source>every {n} minutes</source>
        <translation>每 {n} 分钟</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>every 2 hours</source>
        <translation>每两小时</translation>
    </message>
    <message>
        <source>every {n} hours</source>
        <translation>每 {n} 小时</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>every 2 days</source>
        <translation>每两天</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>每 {n} 天</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>every 2 weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>every {n} weeks</source>
        <translation>每 {n} 周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>every 2 months</source>
        <translation>每两个月</translation>
    </message>
    <message>
        <source>every {n} months</source>
        <translation>每 {n} 个月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>every 2 years</source>
        <translation>每两年</translation>
    </message>
    <message>
        <source>every {n} years</source>
        <translation>每 {n} 年</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>the first {day}</source>
        <translation>第一个{day}</translation>
    </message>
    <message>
        <source>the second {day}</source>
        <translation>第二个{day}</translation>
    </message>
    <message>
        <source>the third {day}</source>
        <translation>第三个{day}</translation>
    </message>
    <message>
        <source>the fourth {day}</source>
        <translation>第四个{day}</translation>
    </message>
    <message>
        <source>the fifth {day}</source>
        <translation>第五个{day}</translation>
    </message>
    <message>
        <source>the last {day}</source>
        <translation>最后一个{day}</translation>
    </message>
    <message>
        <source>the second to last {day}</source>
        <translation>倒数第二个{day}</translation>
    </message>
    <message>
        <source>{day} number {n}</source>
        <translation>第 {n} 个{day}</translation>
    </message>
    <message>
        <source>{day} number {n} from the end</source>
        <translation>倒数第 {n} 个{day}</translation>
    </message>
    <message>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最后一个</translation>
    </message>
    <message>
        <source>second to last</source>
        <translation>倒数第二个</translation>
    </message>
    <message>
        <source>number {n}</source>
        <translation>第 {n} 个</translation>
    </message>
    <message>
        <source>number {n} from the end</source>
        <translation>倒数第 {n} 个</translation>
    </message>
    <message>
        <source>day {n}</source>
        <translation>{n} 日</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>days {list}</source>
        <translation>{list} 日</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>day {n} from the end</source>
        <translation>倒数第 {n} 天</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1 月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2 月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3 月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4 月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5 月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6 月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7 月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8 月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9 月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10 月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11 月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12 月</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}、{last}</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first}或{last}</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Backing up…</source>
        <extracomment>An automatic backup is taken this long after opening, if the last one is older than a day.</extracomment>
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
        <source>Workspace damaged</source>
        <translation>工作区已损坏</translation>
    </message>
    <message>
        <source>SQLite found damage in this workspace: {problems}

Qunzhu will not save anything more into it, and takes no more backups of it, so your good backups stay. Restore the latest backup from the folder beside the file ({folder}), or keep working on a copy.</source>
        <translation>SQLite 发现这个工作区已损坏：{problems}

群主不会再往里面保存任何内容，也不再为它做备份，以免好的备份被替换掉。请从文件旁边的文件夹（{folder}）恢复最新的备份，或在副本上继续工作。</translation>
    </message>
</context>
<context>
    <name>SignupListDialog</name>
    <message>
        <source>Paste a sign-up list</source>
        <extracomment>The people&apos;s lines, matched (what ``register_signup`` takes).</extracomment>
        <translation>粘贴报名接龙</translation>
    </message>
    <message>
        <source>Paste the group chain (接龙) as it is, headings and all, or a column from a sheet:
1. 张晓明 1234
2. 李娜 13911112222
3. 王芳 +1（新朋友）</source>
        <translation>直接粘贴群接龙（含标题也可以），或表格中的一列：
1. 张晓明 1234
2. 李娜 13911112222
3. 王芳 +1（新朋友）</translation>
    </message>
    <message>
        <source>Open a file (.csv, .txt)…</source>
        <translation>打开文件 (.csv、.txt)…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>同行</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Open a sign-up list</source>
        <translation>打开报名名单</translation>
    </message>
    <message>
        <source>Text and CSV files (*.csv *.txt);;All files (*)</source>
        <translation>文本和 CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{people} people: {found} found, {new} not found, {other} to add by hand · {skipped} lines skipped (headings, empty numbers)</source>
        <translation>共 {people} 人：找到 {found} 人，未找到 {new} 人，需手动处理 {other} 人 · 跳过 {skipped} 行（标题、空序号）</translation>
    </message>
    <message>
        <source>Create new members for the lines that match nobody ({new})</source>
        <translation>为未匹配到成员的行新建成员（{new} 人）</translation>
    </message>
    <message>
        <source>Create 1 new member and register {count}</source>
        <translation>新建 1 名成员并报名 {count} 人</translation>
    </message>
    <message>
        <source>Create {new} new members and register {count}</source>
        <translation>新建 {new} 名成员并报名 {count} 人</translation>
    </message>
    <message>
        <source>Register {count}</source>
        <translation>报名 {count} 人</translation>
    </message>
    <message>
        <source>Same person as line {line}</source>
        <translation>与第 {line} 行是同一人</translation>
    </message>
    <message>
        <source>Found: {name}</source>
        <translation>找到：{name}</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>Several people have this name: add by hand</source>
        <translation>同名成员不止一位：请手动添加</translation>
    </message>
    <message>
        <source>Known name, other phone: add by hand</source>
        <translation>有同名成员但手机号不同：请手动添加</translation>
    </message>
    <message>
        <source>Not found: will be created</source>
        <translation>未找到：将新建</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Heading: skipped</source>
        <translation>标题：已跳过</translation>
    </message>
    <message>
        <source>Empty number: skipped</source>
        <translation>空序号：已跳过</translation>
    </message>
    <message>
        <source>After the list: skipped</source>
        <translation>接龙之后的文字：已跳过</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message>
        <source>Link to {name}</source>
        <translation>关联到 {name}</translation>
    </message>
    <message>
        <source>Create a new member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Link to a member…</source>
        <translation>关联到成员…</translation>
    </message>
    <message>
        <source>member #{id}</source>
        <translation>成员 #{id}</translation>
    </message>
    <message>
        <source>→ {name}</source>
        <translation>→ {name}</translation>
    </message>
    <message>
        <source>Matched {how}</source>
        <translation>已匹配（{how}）</translation>
    </message>
    <message>
        <source>{count} members have this name</source>
        <translation>{count} 名成员同名</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Name in the chat</source>
        <translation>群内名称</translation>
    </message>
    <message>
        <source>Id in the chat</source>
        <translation>群内账号</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>匹配情况</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Same name as: {names}</source>
        <translation>同名成员：{names}</translation>
    </message>
</context>
<context>
    <name>SupplierPreview</name>
    <message>
        <source>Add a supplier&apos;s items</source>
        <translation>添加供应商的物料</translation>
    </message>
    <message>
        <source>Supplier name (optional)</source>
        <translation>供应商名称（可不填）</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Add items</source>
        <translation>添加物料</translation>
    </message>
    <message>
        <source>Not added: {problems}</source>
        <translation>未添加：{problems}</translation>
    </message>
    <message>
        <source>{count} item(s) from sheet {sheet}.</source>
        <translation>来自工作表 {sheet} 的 {count} 项物料。</translation>
    </message>
</context>
<context>
    <name>TabWriter</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Items are saved with quantities, prices and how many days before the event they are due; not owners or statuses.</source>
        <translation>保存物料的数量、价格以及活动前几天要备好；不保存负责人和状态。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Tickets</name>
    <message>
        <source>Save tickets</source>
        <translation>保存门票</translation>
    </message>
    <message>
        <source>Nobody is registered yet: there are no tickets to save.</source>
        <translation>还没有人报名：没有可保存的门票。</translation>
    </message>
    <message>
        <source>Folder for the tickets (one image per person)</source>
        <translation>门票保存到的文件夹（每人一张图片）</translation>
    </message>
    <message>
        <source>{count} ticket(s) saved in {folder}, named by person and code.</source>
        <translation>已在 {folder} 保存 {count} 张门票，按姓名和票码命名。</translation>
    </message>
    <message>
        <source>Copy ticket</source>
        <translation>复制门票</translation>
    </message>
    <message>
        <source>Select a person in the list first.</source>
        <translation>请先在列表中选择一个人。</translation>
    </message>
    <message>
        <source>This registration was cancelled: it has no valid ticket.</source>
        <translation>该报名已取消：没有有效门票。</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Joined / left</source>
        <translation>入群/退群</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>入群/退群</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>面谈</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source> · next contact {day}</source>
        <translation> · 下次联系 {day}</translation>
    </message>
    <message>
        <source>Bought for {amount}</source>
        <translation>购买 {amount}</translation>
    </message>
    <message>
        <source>Checked in at {event}</source>
        <translation>签到：{event}</translation>
    </message>
    <message>
        <source> (walk-in)</source>
        <translation>（现场报名）</translation>
    </message>
    <message>
        <source>Signed up for {event}</source>
        <translation>报名：{event}</translation>
    </message>
    <message>
        <source> (waiting list)</source>
        <translation>（候补）</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>{delta:+,} points · {reason}</source>
        <translation>积分 {delta:+,} · {reason}</translation>
    </message>
    <message>
        <source> · until {day}</source>
        <translation> · 至 {day}</translation>
    </message>
    <message>
        <source>Need: {text}</source>
        <translation>需求：{text}</translation>
    </message>
    <message>
        <source>Left {community}</source>
        <translation>退出 {community}</translation>
    </message>
    <message>
        <source>Joined {community} as {role}</source>
        <translation>加入 {community}，角色 {role}</translation>
    </message>
    <message>
        <source>Merged the duplicate {name} into this member</source>
        <translation>已将重复记录 {name} 合并到此成员</translation>
    </message>
    <message>
        <source> (took {fields})</source>
        <translation>（取用了 {fields}）</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Follow-up (跟进)</source>
        <extracomment>Runs ``work`` as one undo step named ``text``; False when refused (and said). Where a row keeps its ``Item``.</extracomment>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet</source>
        <translation>时间线上还没有内容</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Done, no next contact</source>
        <translation>已完成，不再约下次</translation>
    </message>
    <message>
        <source>Clears the next contact day: off the to-follow-up list</source>
        <translation>清除下次联系日：从待跟进名单中移除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{shown:,} shown, newest first</source>
        <translation>已显示 {shown:,} 条，最新的在前</translation>
    </message>
    <message>
        <source>Nothing of the kinds ticked above. Tick more kinds to see them.</source>
        <translation>上面勾选的类别下没有内容。多勾选几类即可看到。</translation>
    </message>
    <message>
        <source>Nothing has happened with {name} yet. After you talk with them, write a follow-up above; interactions, sign-ups and points show here as they come in.</source>
        <translation>{name} 还没有任何记录。和 TA 聊过之后，在上方写一条跟进；互动、报名和积分也会随时出现在这里。</translation>
    </message>
    <message>
        <source>Follow-up with {name}</source>
        <translation>跟进 {name}</translation>
    </message>
    <message>
        <source>Edit follow-up with {name}</source>
        <translation>编辑对 {name} 的跟进</translation>
    </message>
    <message>
        <source>No next contact for {name}</source>
        <translation>{name} 不再约下次联系</translation>
    </message>
    <message>
        <source>Delete follow-up with {name}</source>
        <translation>删除对 {name} 的跟进</translation>
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
        <source>Erase the name, contact details, notes and tags of {count:,} member(s) everywhere in this workspace, search index included? Their anonymous history stays. This cannot be undone.</source>
        <translation>要在整个工作区（包括搜索索引）中清除 {count:,} 位成员的姓名、联系方式、备注和标签吗？其匿名历史记录会保留。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Start a community</source>
        <translation>创建社群</translation>
    </message>
    <message>
        <source>From a plan template (客户群, 兴趣社群, 付费社群) or an empty plan: who it is for, goals, rules.</source>
        <translation>从规划模板（客户群、兴趣社群、付费社群）或空白规划开始：目标用户、目标、群规。</translation>
    </message>
    <message>
        <source>Import members from Excel</source>
        <translation>从 Excel 导入成员</translation>
    </message>
    <message>
        <source>An xlsx, xls, ods or csv list from Excel, WPS or a form tool; every problem is shown before anything is written.</source>
        <translation>来自 Excel、WPS 或表单工具的 xlsx、xls、ods 或 csv 名单；写入前会列出每一个问题。</translation>
    </message>
    <message>
        <source>Import chat records</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <source>A QQ, WeChat, Telegram or Discord group export: who spoke, joined and invited whom.</source>
        <translation>QQ、微信、Telegram 或 Discord 的群聊导出：谁发言、谁入群、谁邀请了谁。</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>看看演示数据</translation>
    </message>
    <message>
        <source>Fill this empty workspace with a realistic, made-up community to look around first.</source>
        <translation>用一个逼真的虚构社群填充这个空工作区，先四处看看。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Qunzhu</source>
        <translation>欢迎使用群主</translation>
    </message>
    <message>
        <source>This workspace is empty. Qunzhu follows a community&apos;s whole loop: plan it, build the roster, run events, prepare materials, measure, then adjust the plan. Start with one of these:</source>
        <translation>这个工作区还是空的。群主陪你走完社群运营的完整闭环：规划、建群拉新、办活动、备物料、数据分析，再优化规划。从下面任意一项开始：</translation>
    </message>
    <message>
        <source>Read the short guide</source>
        <translation>阅读简明指南</translation>
    </message>
    <message>
        <source>Go to the tabs</source>
        <translation>进入各标签页</translation>
    </message>
</context>
<context>
    <name>WindowReminders</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettings</name>
    <message>
        <source>Workspace Settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Days are counted in this zone: &quot;today&quot;, the calendar, and every day, week and month of the analytics. New times are written with its offset; times already stored keep theirs. This computer&apos;s zone: {system}.</source>
        <translation>按这个时区计算日期：“今天”、日历，以及数据分析里的每一天、每一周、每个月。新写入的时间带这个时区的偏移；已存的时间保持原样。本机时区：{system}。</translation>
    </message>
    <message>
        <source>&quot;{zone}&quot; is not a time zone this computer knows (e.g. Asia/Shanghai).</source>
        <translation>“{zone}”不是本机认识的时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>Change time zone to {zone}</source>
        <translation>将时区改为 {zone}</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>What ``--encoding`` accepts (``exports.text_encoding.CHOICES``, kept here so building the parser imports no reader).</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要以下参数之一：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能有一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument(s)</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式给出的值 %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>no event {id} in this workspace</source>
        <translation>此工作区没有编号为 {id} 的活动</translation>
    </message>
    <message>
        <source>event {id} does not happen on {day}</source>
        <translation>活动 {id} 在 {day} 没有场次</translation>
    </message>
    <message>
        <source>event {id} repeats: name one of its days with --date (such as {days})</source>
        <translation>活动 {id} 是重复活动：请用 --date 指定其中一天（例如 {days}）</translation>
    </message>
    <message>
        <source>attendees are written as .xlsx (a list, or a sign-in sheet with --sheet signin) or .pdf (a sign-in sheet), not {path}</source>
        <translation>名单写成 .xlsx（报名名单；加 --sheet signin 为签到表）或 .pdf（签到表），不能是 {path}</translation>
    </message>
    <message>
        <source>Wrote the sign-in sheet of “{title}” on {day} ({people} people, {pages} page(s)) to {path} in {seconds:.2f} s.</source>
        <translation>已把 {day}“{title}”的签到表（{people} 人，{pages} 页）写入 {path}，用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <source>Wrote {people} attendee(s) of “{title}” on {day} to {path} in {seconds:.2f} s.</source>
        <translation>已把 {day}“{title}”的 {people} 位报名者写入 {path}，用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <source>events are written as .xlsx, not {path}</source>
        <translation>活动表写成 .xlsx 文件，不能是 {path}</translation>
    </message>
    <message>
        <source>the range ends ({end}) before it starts ({start})</source>
        <translation>结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <source>Wrote {count} occurrence(s) from {start} to {end} to {path} in {seconds:.2f} s.</source>
        <translation>已把 {start} 至 {end} 的 {count} 场活动写入 {path}，用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <source>badges are written as a PDF: name a .pdf file, not {name}</source>
        <translation>胸牌导出为 PDF：请指定 .pdf 文件，而不是 {name}</translation>
    </message>
    <message>
        <source>nobody holds a seat at “{title}” on {day}: no badges to print</source>
        <translation>「{title}」（{day}）没有已报名的人：没有要打印的胸牌</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Wrote {count:,} badge(s) on {pages:,} page(s) to {path} in {seconds:.1f} s.</source>
        <translation>已将 {count:,} 个胸牌（{pages:,} 页）写入 {path}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>qunzhu: {count} problem(s) in {path}; nothing was imported</source>
        <translation>qunzhu：{path} 中有 {count} 处问题；未导入任何内容</translation>
    </message>
    <message>
        <source>qunzhu: {path}: {reason}; nothing was imported</source>
        <translation>qunzhu：{path}：{reason}；未导入任何内容</translation>
    </message>
    <message>
        <source>Imported {path} in {seconds:.1f} s: {messages:,} message(s) added ({shares:,} shares), {duplicates:,} already there; {invitations:,} invitation(s), {joins:,} join(s), {leaves:,} leave(s), {removals:,} removal(s), {referrers:,} referrer(s) set; {created:,} member(s) created.</source>
        <translation>已导入 {path}，用时 {seconds:.1f} 秒：新增 {messages:,} 条消息（其中分享 {shares:,} 条），{duplicates:,} 条已存在；邀请 {invitations:,} 次，入群 {joins:,} 次，退群 {leaves:,} 次，移出 {removals:,} 次，设置邀请人 {referrers:,} 位；新建成员 {created:,} 位。</translation>
    </message>
    <message>
        <source>{count:,} invitation(s) skipped: they would have made a referral circle (A invited B, B invited A); the first referrer was kept.</source>
        <translation>跳过 {count:,} 条邀请：它们会形成循环邀请（A 邀请 B，B 又邀请 A）；保留了最初的邀请人。</translation>
    </message>
    <message>
        <source>{count:,} message(s) of speakers left out were not imported.</source>
        <translation>未导入的发言人共有 {count:,} 条消息未导入。</translation>
    </message>
    <message>
        <source>Speakers whose name fits several members (left out; link them in File &gt; Import Chat Records…):</source>
        <translation>名字对应多位成员的发言人（未导入；请在“文件 &gt; 导入聊天记录…”中关联）：</translation>
    </message>
    <message>
        <source>  {name}: {count:,} message(s); members {ids}</source>
        <translation>  {name}：{count:,} 条消息；成员 {ids}</translation>
    </message>
    <message>
        <source>qunzhu: {path}: headers found in row {row}: {headers}; choose the columns in the window (File &gt; Import Chat Records…)</source>
        <translation>qunzhu：{path}：第 {row} 行的表头：{headers}；请在窗口中选择各列（文件 &gt; 导入聊天记录…）</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>该文件夹无法写入</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}. Nothing was written there; choose another folder (or free some space).</source>
        <translation>无法写入 {path}：{reason}。那里没有写入任何内容；请换一个文件夹（或腾出一些空间）。</translation>
    </message>
    <message>
        <source>qunzhu: cancelled; nothing was written</source>
        <extracomment>The headless commands; any other first word naming a file is ``qunzhu FILE``.</extracomment>
        <translation>qunzhu：已取消，没有写入任何内容</translation>
    </message>
    <message>
        <source>no community named {name!r}; the workspace has none yet: make it with qunzhu community add {name} (or in the window: File &gt; New Community)</source>
        <translation>没有名为 {name!r} 的社群；工作区还没有社群：用 qunzhu community add {name} 新建（或在窗口中：文件 &gt; 新建社群）</translation>
    </message>
    <message>
        <source>no community named {name!r}; the communities are: {names}</source>
        <translation>没有名为 {name!r} 的社群；现有社群：{names}</translation>
    </message>
    <message>
        <source>qunzhu: {reason}; nothing was imported</source>
        <translation>qunzhu：{reason}；未导入任何内容</translation>
    </message>
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
        <source>check this installation offscreen (window, import, exports, charts in Chinese) in a temporary folder; exit 0 when all works</source>
        <translation>在临时文件夹中以无界面方式检查本次安装（窗口、导入、导出、中文图表）；全部正常时退出码为 0</translation>
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
        <source>who to contact today (待跟进): members whose next contact day has come, the late ones first</source>
        <translation>今天该联系谁（待跟进）：下次联系日已到的成员，逾期的排在前面</translation>
    </message>
    <message>
        <source>only follow-ups about this community</source>
        <translation>只看关于这个社群的跟进</translation>
    </message>
    <message>
        <source>who is due on this day (default: today)</source>
        <translation>这一天该联系谁（默认：今天）</translation>
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
        <source>merge the records of one person that share a phone, WeChat id or email</source>
        <translation>合并同一个人的多条记录（手机号、微信号或邮箱相同）</translation>
    </message>
    <message>
        <source>what the records share</source>
        <translation>按哪一项相同来合并</translation>
    </message>
    <message>
        <source>print the groups and write nothing</source>
        <translation>只列出各组，不写入任何内容</translation>
    </message>
    <message>
        <source>leave out groups whose names read differently (a family may share one phone)</source>
        <translation>跳过名字读音不同的组（一家人可能共用一个手机号）</translation>
    </message>
    <message>
        <source>write workspace data to a file</source>
        <translation>把工作区数据写入文件</translation>
    </message>
    <message>
        <source>events as an iCalendar (.ics) file for Outlook, Google, Apple</source>
        <translation>活动导出为 iCalendar (.ics) 文件，供 Outlook、Google、Apple 日历使用</translation>
    </message>
    <message>
        <source>the .ics file to write</source>
        <translation>要写入的 .ics 文件</translation>
    </message>
    <message>
        <source>only this community&apos;s events</source>
        <translation>只导出该社群的活动</translation>
    </message>
    <message>
        <source>only events from this day on</source>
        <translation>只导出这一天及以后的活动</translation>
    </message>
    <message>
        <source>only events up to this day (included)</source>
        <translation>只导出这一天（含）以前的活动</translation>
    </message>
    <message>
        <source>material checklists as an Excel workbook (summary + one sheet per checklist), to edit and import back</source>
        <translation>物料清单导出为 Excel 工作簿（汇总 + 每份清单一个工作表），可修改后导回</translation>
    </message>
    <message>
        <source>the .xlsx file to write</source>
        <translation>要写入的 .xlsx 文件</translation>
    </message>
    <message>
        <source>only checklists of this community&apos;s events</source>
        <translation>只导出该社群活动的清单</translation>
    </message>
    <message>
        <source>only checklists of events from this day on</source>
        <translation>只导出从这一天起的活动的清单</translation>
    </message>
    <message>
        <source>only checklists of events up to this day (included)</source>
        <translation>只导出到这一天（含）为止的活动的清单</translation>
    </message>
    <message>
        <source>the material library: on hand, reserved and available</source>
        <translation>物料库：库存、预留与可用</translation>
    </message>
    <message>
        <source>a community&apos;s plan as an Excel workbook: sections, goals with progress, roles, risks and matrix, roadmap, rules, needs</source>
        <translation>把社群规划导出为 Excel 工作簿：各部分、目标与进度、分工、风险与矩阵、路线图、群规、需求</translation>
    </message>
    <message>
        <source>the community whose plan to write (needed when the workspace has several)</source>
        <translation>要导出规划的社群（工作区有多个社群时必填）</translation>
    </message>
    <message>
        <source>analytics as one Excel workbook: KPIs, data and native charts</source>
        <translation>把数据分析导出为一个 Excel 工作簿：关键指标、数据和原生图表</translation>
    </message>
    <message>
        <source>every analytics chart as an image file</source>
        <translation>把每张数据分析图表导出为图片文件</translation>
    </message>
    <message>
        <source>the .xlsx file (report) or folder (charts)</source>
        <translation>.xlsx 文件（report）或文件夹（charts）</translation>
    </message>
    <message>
        <source>chart file format (default: png)</source>
        <translation>图表文件格式（默认 png）</translation>
    </message>
    <message>
        <source>one community (default: all communities)</source>
        <translation>只看一个社群（默认全部社群）</translation>
    </message>
    <message>
        <source>the period to measure (default: last_30)</source>
        <translation>统计的时间段（默认 last_30）</translation>
    </message>
    <message>
        <source>first day of a custom period</source>
        <translation>自定义时间段的第一天</translation>
    </message>
    <message>
        <source>last day of a custom period (default: today)</source>
        <translation>自定义时间段的最后一天（默认今天）</translation>
    </message>
    <message>
        <source>the roster as an Excel workbook (id column for round trips)</source>
        <translation>将成员名单导出为 Excel 工作簿（含 ID 列，便于改完再导回）</translation>
    </message>
    <message>
        <source>only this community&apos;s members</source>
        <translation>只导出该社群的成员</translation>
    </message>
    <message>
        <source>mask phones (138****5678), names (张*), WeChat ids and emails, and phone and ID numbers typed into any other field; leave out notes and ids</source>
        <translation>手机号（138****5678）、姓名（张*）、微信号和邮箱打码，其他字段中填写的手机号和证件号也打码；不导出备注和 ID</translation>
    </message>
    <message>
        <source>name badges of an event&apos;s registered people as an A4 PDF (8 a page, cut lines), each with a QR code of their ticket code for check-in</source>
        <translation>把活动已报名者的胸牌导出为 A4 PDF（每页 8 个，带裁切线），每个胸牌带签到用的票码二维码</translation>
    </message>
    <message>
        <source>the event&apos;s id</source>
        <translation>活动的编号</translation>
    </message>
    <message>
        <source>the day of one occurrence, for an event that repeats</source>
        <translation>重复活动中某一场的日期</translation>
    </message>
    <message>
        <source>the .pdf file to write</source>
        <translation>要写入的 .pdf 文件</translation>
    </message>
    <message>
        <source>read a file into the workspace</source>
        <translation>把文件读入工作区</translation>
    </message>
    <message>
        <source>events from an .ics file; created or updated by UID</source>
        <translation>从 .ics 文件导入活动；按 UID 新建或更新</translation>
    </message>
    <message>
        <source>the community for events that name none</source>
        <translation>未注明社群的活动归入此社群</translation>
    </message>
    <message>
        <source>an exported checklist workbook, edited: items matched by ID, new rows added</source>
        <translation>导出后修改过的物料清单工作簿：按 ID 匹配物料，新行将被添加</translation>
    </message>
    <message>
        <source>members from CSV, XLSX, XLS or ODS; columns mapped by their headers</source>
        <translation>从 CSV、XLSX、XLS 或 ODS 导入成员；按表头自动对应列</translation>
    </message>
    <message>
        <source>add every imported member to this community</source>
        <translation>把导入的成员都加入该社群</translation>
    </message>
    <message>
        <source>import the valid rows and report the rest (default: any invalid row, nothing imported)</source>
        <translation>导入有效行并报告其余行（默认：只要有一行无效，就什么都不导入）</translation>
    </message>
    <message>
        <source>what to do with a member already there (same phone, WeChat id or email)</source>
        <translation>遇到已有成员（手机号、微信号或邮箱相同）时如何处理</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>要读取的工作表（默认：第一个）</translation>
    </message>
    <message>
        <source>a column mapping saved in the import wizard</source>
        <translation>在导入向导中保存的列对应方案</translation>
    </message>
    <message>
        <source>the encoding of a CSV (default: detected)</source>
        <translation>CSV 文件的编码（默认：自动识别）</translation>
    </message>
    <message>
        <source>a group chat&apos;s export (QQ .txt, WeChat CSV/xlsx/TXT, Telegram result.json, DiscordChatExporter, a sheet): messages, joins, invitations, removals and leaves</source>
        <translation>群聊天记录导出文件（QQ .txt、微信 CSV/xlsx/TXT、Telegram result.json、DiscordChatExporter、表格）：发言、入群、邀请、移出和退群</translation>
    </message>
    <message>
        <source>the community the chat is the group of</source>
        <translation>该聊天记录所属的社群</translation>
    </message>
    <message>
        <source>the export&apos;s format (default: told from the content)</source>
        <translation>导出文件的格式（默认：根据内容识别）</translation>
    </message>
    <message>
        <source>speakers matching no member: add them as new members (default) or leave them out</source>
        <translation>匹配不到成员的发言人：添加为新成员（默认）或不导入</translation>
    </message>
    <message>
        <source>keep the messages&apos; text (for keyword counts; by default only who, when and which kind)</source>
        <translation>保留消息正文（用于关键词统计；默认只记录谁、何时、哪类互动）</translation>
    </message>
    <message>
        <source>a shop&apos;s order export (有赞, 微店, 小鹅通, 淘宝, a spreadsheet): each paid order becomes a purchase</source>
        <translation>店铺的订单导出文件（有赞、微店、小鹅通、淘宝或表格）：每个已付款订单记为一次购买</translation>
    </message>
    <message>
        <source>the community the purchases belong to (default: none; counted under all communities)</source>
        <translation>购买记录所属的社群（默认不指定，计入“全部社群”）</translation>
    </message>
    <message>
        <source>buyers matching no member: list them and leave their orders out (skip, the default) or add them as members (new)</source>
        <translation>未匹配到成员的买家：列出并不导入其订单（skip，默认），或添加为新成员（new）</translation>
    </message>
    <message>
        <source>a column mapping saved in Import Orders</source>
        <translation>在“导入订单”中保存的列对应方案</translation>
    </message>
    <message>
        <source>make a community (社群) or list them</source>
        <translation>新建社群或列出社群</translation>
    </message>
    <message>
        <source>make a community, with its plan, as File &gt; New Community does</source>
        <translation>新建社群及其规划，与“文件 &gt; 新建社群”相同</translation>
    </message>
    <message>
        <source>the community&apos;s name</source>
        <translation>社群名称</translation>
    </message>
    <message>
        <source>where it gathers: wechat (default), wecom, qq, zhihu, weibo, douyin, discord, telegram, offline, other</source>
        <translation>社群所在平台：wechat（微信群，默认）、wecom（企业微信）、qq（QQ群）、zhihu（知乎圈子）、weibo（微博）、douyin（抖音）、discord、telegram、offline（线下）、other（其他）</translation>
    </message>
    <message>
        <source>the plan to start from (default: empty)</source>
        <translation>起始规划模板（默认：empty，空白规划）</translation>
    </message>
    <message>
        <source>the communities, one a line: name, platform, members, id</source>
        <translation>列出社群，每行一个：名称、平台、成员数、编号</translation>
    </message>
    <message>
        <source>one event&apos;s attendee list (.xlsx) or printable sign-in sheet (.pdf, A4)</source>
        <translation>一场活动的报名名单 (.xlsx) 或可打印的签到表 (.pdf, A4)</translation>
    </message>
    <message>
        <source>the event&apos;s id (export events lists them)</source>
        <translation>活动的 ID（export events 会列出）</translation>
    </message>
    <message>
        <source>which day of a repeating event</source>
        <translation>重复活动的哪一天</translation>
    </message>
    <message>
        <source>FILE.xlsx for the list, FILE.pdf for the sign-in sheet</source>
        <translation>FILE.xlsx 为报名名单，FILE.pdf 为签到表</translation>
    </message>
    <message>
        <source>what an .xlsx holds: the attendee list (default) or the sign-in sheet</source>
        <translation>.xlsx 里放什么：报名名单（默认）或签到表</translation>
    </message>
    <message>
        <source>mask names (张*) and phones, mask phone and ID numbers in notes, leave out ticket codes (a sign-in sheet always masks phones)</source>
        <translation>隐去姓名（张*）和手机号，隐去备注里的手机号和证件号，不导出票码（签到表总是隐去手机号）</translation>
    </message>
    <message>
        <source>one row per occurrence (a weekly series gives a row a week): registrations, attendance, cost against budget (.xlsx)</source>
        <translation>每场活动一行（每周重复的活动每周一行）：报名、到场、花费与预算对比 (.xlsx)</translation>
    </message>
    <message>
        <source>only occurrences from this day on (default: the first event)</source>
        <translation>只导出这天及以后的活动（默认：从第一场活动起）</translation>
    </message>
    <message>
        <source>only occurrences up to this day, included (default: 90 days past today or the last event)</source>
        <translation>只导出到这天为止的活动，含当天（默认：今天或最后一场活动之后 90 天）</translation>
    </message>
    <message>
        <source>expected a date like 2026-12-31, got {text!r}</source>
        <translation>应为 2026-12-31 这样的日期，收到的是 {text!r}</translation>
    </message>
    <message>
        <source>expected a whole number above 0, got {text!r}</source>
        <translation>应为大于 0 的整数，实际为 {text!r}</translation>
    </message>
    <message>
        <source>Wrote {path}: {events} (time zones: {zones}) in {seconds:.2f} s.</source>
        <translation>已写入 {path}：{events}（时区：{zones}），用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <source>qunzhu: nothing was imported</source>
        <translation>qunzhu：未导入任何内容</translation>
    </message>
    <message>
        <source>Imported {path}: {events}; {created} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>已导入 {path}：{events}；新增 {created}，更新 {updated}，{unchanged} 未变。</translation>
    </message>
    <message>
        <source>Wrote {rows:,} member(s) to {path} in {seconds:.1f} s.</source>
        <translation>已将 {rows:,} 名成员写入 {path}，用时 {seconds:.1f} 秒。</translation>
    </message>
    <message>
        <source>no import preset named {name!r}</source>
        <translation>没有名为 {name!r} 的导入方案</translation>
    </message>
    <message>
        <source>{path}: a role column needs the community the roles are held in (--community)</source>
        <translation>{path}：角色列需要指定角色所在的社群（--community）</translation>
    </message>
    <message>
        <source>qunzhu: {count} invalid row(s); nothing was imported (--skip-invalid imports the valid rows)</source>
        <translation>qunzhu：有 {count} 行无效，未导入任何数据（加 --skip-invalid 可只导入有效行）</translation>
    </message>
    <message>
        <source>Imported {path}: {added:,} added, {updated:,} updated, {skipped:,} skipped, {rejected:,} rejected.</source>
        <translation>已导入 {path}：新增 {added:,}，更新 {updated:,}，跳过 {skipped:,}，拒绝 {rejected:,}。</translation>
    </message>
    <message>
        <source>{count:,} row(s) were not members (totals, headings, notes, rows naming nobody) and were passed over.</source>
        <translation>{count:,} 行不是成员（合计、分组标题、备注、没有任何身份信息的行），已跳过。</translation>
    </message>
    <message>
        <source>{path}: row {row}: {reason}; not imported</source>
        <translation>{path}：第 {row} 行：{reason}；未导入</translation>
    </message>
    <message>
        <source>Demo workspace {path}: {communities} communities, {members:,} members, {activities:,} activities, {events} events, {registrations:,} registrations, {items} checklist items in {seconds:.1f} s ({rate:,.0f} rows/s).</source>
        <translation>演示工作区 {path}：{communities} 个社群，{members:,} 位成员，{activities:,} 条互动记录，{events} 场活动，{registrations:,} 条报名，{items} 项物料；用时 {seconds:.1f} 秒（每秒 {rate:,.0f} 行）。</translation>
    </message>
    <message>
        <source>Integrity: DAMAGED: {problems}</source>
        <translation>完整性：已损坏：{problems}</translation>
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
    <message>
        <source>Wrote {lists} checklist(s) with {items} item(s) to {path} in {seconds:.2f} s.</source>
        <translation>已将 {lists} 份清单共 {items} 项物料写入 {path}，用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <source>Wrote {materials} material(s) to {path}.</source>
        <translation>已将 {materials} 种物料写入 {path}。</translation>
    </message>
    <message>
        <source>{path}: row {row}, column {column}: {reason}</source>
        <translation>{path}：第 {row} 行，{column} 列：{reason}</translation>
    </message>
    <message>
        <source> (sheet {sheet})</source>
        <translation>（工作表 {sheet}）</translation>
    </message>
    <message>
        <source>Imported {path}: {updated} item(s) updated, {added} added.</source>
        <translation>已导入 {path}：更新 {updated} 项，新增 {added} 项。</translation>
    </message>
    <message>
        <source>the plan is written as .xlsx, got {path}</source>
        <translation>规划只能导出为 .xlsx，收到的是 {path}</translation>
    </message>
    <message>
        <source>name the community with --community (one of: {names})</source>
        <translation>请用 --community 指定社群（可选：{names}）</translation>
    </message>
    <message>
        <source>this community has no plan yet</source>
        <translation>这个社群还没有规划</translation>
    </message>
    <message>
        <source>Wrote the plan of {community} to {path} ({sheets} sheets) in {seconds:.2f} s.</source>
        <translation>已将{community}的规划写入 {path}（{sheets} 个工作表），用时 {seconds:.2f} 秒。</translation>
    </message>
    <message>
        <source>the report is an Excel file: give -o a name ending in .xlsx, not {path}</source>
        <translation>报告是 Excel 文件：-o 需要以 .xlsx 结尾，而不是 {path}</translation>
    </message>
    <message>
        <source>{path} is a file; charts go into a folder</source>
        <translation>{path} 是一个文件；图表需要保存到文件夹</translation>
    </message>
    <message>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>时间段的结束日期（{end}）早于开始日期（{start}）</translation>
    </message>
    <message>
        <source>Report for {scope}, {start} to {end}: {path}</source>
        <translation>{scope}（{start} 至 {end}）的报告：{path}</translation>
    </message>
    <message>
        <source>{count} charts for {scope}, {start} to {end}, in {path}</source>
        <translation>{scope}（{start} 至 {end}）的 {count} 张图表已保存到 {path}</translation>
    </message>
    <message>
        <source>{word!r} is not a platform; choose one of: {choices}</source>
        <translation>{word!r} 不是可选的平台；请从以下选择：{choices}</translation>
    </message>
    <message>
        <source>qunzhu: {reason}; nothing was changed (see the communities with: qunzhu community list)</source>
        <translation>qunzhu：{reason}；未做任何更改（用 qunzhu community list 查看已有社群）</translation>
    </message>
    <message>
        <source>Community {name} ({platform}) made, id {id}, its plan from the template {template}; import into it with --community {name}.</source>
        <translation>已新建社群 {name}（{platform}），编号 {id}，规划来自模板 {template}；导入时用 --community {name} 指定它。</translation>
    </message>
    <message>
        <source>The workspace has no community yet; make one with: qunzhu community add NAME [--platform wechat|qq|...]</source>
        <translation>工作区还没有社群；用以下命令新建：qunzhu community add 名称 [--platform wechat|qq|...]</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>qunzhu: an unexpected error stopped the command ({error}); the details are in {path}</source>
        <extracomment>One file of 1 MB and three older ones: a few weeks of trouble, never a full disk. Exit status of a command stopped by an error nobody expected (2 stays for refused input).</extracomment>
        <translation>qunzhu：命令因意外错误而中止（{error}）；详细信息见 {path}</translation>
    </message>
    <message>
        <source>Nobody to follow up on {day}.</source>
        <translation>{day} 没有需要跟进的成员。</translation>
    </message>
    <message>
        <source>{count} member(s) to contact on {day}, {late} of them late:</source>
        <translation>{day} 需联系 {count} 位成员，其中 {late} 位已逾期：</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>{days} day(s) late</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>{path}: column(s) not imported (no member field or custom field has that name): {columns}</source>
        <extracomment>The columns that tell a member from another (besides the roster&apos;s own id column).</extracomment>
        <translation>{path}：以下列未导入（没有同名的成员字段或自定义字段）：{columns}</translation>
    </message>
    <message>
        <source>{path}: no column for a phone, WeChat id or email: importing this file again adds its members again</source>
        <translation>{path}：没有手机号、微信号或邮箱列：再次导入此文件会再次新增其中的成员</translation>
    </message>
    <message>
        <source>qunzhu: {path}: no column for the name; headers found in row {row}: {headers}</source>
        <translation>qunzhu：{path}：找不到姓名列；第 {row} 行的表头为：{headers}</translation>
    </message>
    <message>
        <source>qunzhu: the workbook&apos;s sheets are: {sheets}; choose one with --sheet NAME</source>
        <translation>qunzhu：工作簿中的工作表：{sheets}；请用 --sheet 名称 选择一个</translation>
    </message>
    <message>
        <source>{count:,} row(s) are members already there, their details left as they were: --duplicates fill_empty fills in what they lack, --duplicates overwrite replaces it</source>
        <translation>{count:,} 行是已有成员，其资料保持原样：--duplicates fill_empty 补全其空缺，--duplicates overwrite 覆盖原有内容</translation>
    </message>
    <message>
        <source>Referrers (邀请人): {set:,} set, {warned:,} left empty (listed above).</source>
        <translation>邀请人：已设置 {set:,} 个，{warned:,} 个留空（见上方各行）。</translation>
    </message>
    <message>
        <source>Referrers (邀请人): {set:,} set.</source>
        <translation>邀请人：已设置 {set:,} 个。</translation>
    </message>
    <message>
        <source>qunzhu: warning: {path} is on a network share ({name}), where SQLite&apos;s locking and write-ahead log do not work and the file can be damaged; keep workspaces on a local disk</source>
        <translation>qunzhu: 警告：{path} 在网络共享上（{name}），SQLite 的文件锁和预写日志在那里无法正常工作，文件可能损坏；请把工作区放在本机磁盘上</translation>
    </message>
    <message>
        <source>qunzhu: warning: {path} is in a folder {name} syncs; sync clients copy the file mid-write and make conflicted copies; keep workspaces on a local disk</source>
        <translation>qunzhu: 警告：{path} 在 {name} 同步的文件夹里；同步软件会在写入中途复制文件并产生冲突副本；请把工作区放在本机磁盘上</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>city</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>WeChat id</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>referrer</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>兴趣</translation>
    </message>
    <message>
        <source>spending level</source>
        <translation>消费水平</translation>
    </message>
    <message>
        <source>lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>consent purpose</source>
        <translation>同意用途</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{value}: keep #{id} {name}</source>
        <translation>{value}：保留 #{id} {name}</translation>
    </message>
    <message>
        <source> (names differ: check they are one person)</source>
        <translation>（名字不同：请确认是同一人）</translation>
    </message>
    <message>
        <source>  merge #{id} {name} into it</source>
        <translation>  将 #{id} {name} 合并进来</translation>
    </message>
    <message>
        <source> (takes its {fields})</source>
        <translation>（采用其{fields}）</translation>
    </message>
    <message>
        <source>{count} group(s) left out: their names read differently (--same-names)</source>
        <translation>已跳过 {count} 组：名字读音不同（--same-names）</translation>
    </message>
    <message>
        <source>nothing to merge: no two records have the same {key}</source>
        <translation>无需合并：没有两条记录的{key}相同</translation>
    </message>
    <message>
        <source>{groups} group(s): {gone} record(s) would be merged into {kept}; nothing was written (--dry-run)</source>
        <translation>{groups} 组：将有 {gone} 条记录合并进 {kept} 条；未写入任何内容（--dry-run）</translation>
    </message>
    <message>
        <source>A copy from before the merge: {path}</source>
        <translation>合并前的副本：{path}</translation>
    </message>
    <message>
        <source>{groups} group(s): merged {gone} record(s) into {kept}; everything they had is kept</source>
        <translation>{groups} 组：已将 {gone} 条记录合并进 {kept} 条；原有的一切都已保留</translation>
    </message>
    <message>
        <source>qunzhu: {count} problem(s) in the file; nothing was imported</source>
        <translation>qunzhu：文件中有 {count} 个问题；未导入任何内容</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>qunzhu: {path}: headers found in row {row}: {headers}; name the columns like the shop&apos;s export does (订单号, 实付金额), or save a mapping in Import Orders and pass --preset NAME</source>
        <translation>qunzhu：{path}：第 {row} 行的表头：{headers}；请像店铺导出那样命名各列（订单号、实付金额），或在“导入订单”中保存列对应关系后加 --preset 名称</translation>
    </message>
    <message>
        <source>Imported orders from {path}{shop}: {orders:,} order(s) read, {added:,} purchase(s) added ({amount}), {already:,} already imported, {back:,} taken back ({back_amount}).</source>
        <translation>已从 {path}{shop} 导入订单：已读取 {orders:,} 个订单，添加 {added:,} 条购买记录（{amount}），{already:,} 个已导入过，撤回 {back:,} 个（{back_amount}）。</translation>
    </message>
    <message>
        <source> ({shop})</source>
        <translation>（{shop}）</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Imported refunds from {path}{shop}: {count:,} refund(s) read, {already:,} given back before, {back:,} purchase(s) taken back whole ({back_amount}).</source>
        <translation>已从 {path}{shop} 导入退款：已读取 {count:,} 笔退款，{already:,} 笔此前已退过，整笔撤回 {back:,} 条购买记录（{back_amount}）。</translation>
    </message>
    <message>
        <source>{count:,} purchase(s) imported before have a new amount (a partial refund): {change} in all.</source>
        <translation>{count:,} 笔此前导入的购买金额有变（部分退款）：合计 {change}。</translation>
    </message>
    <message>
        <source>{count:,} purchase(s) show a higher amount than imported before (an export older than a refund): kept as they were.</source>
        <translation>{count:,} 笔购买在文件中的金额高于此前导入的（文件早于退款）：保持原金额。</translation>
    </message>
    <message>
        <source>{count:,} order(s) shown as paid were refunded or closed in a file imported before: not added again.</source>
        <translation>{count:,} 个订单在此文件中是已付款，但在之前导入的文件里已退款或关闭：未再次添加。</translation>
    </message>
    <message>
        <source>Orders over several rows: the amounts of their rows were added up.</source>
        <translation>跨多行的订单：已把各行金额相加。</translation>
    </message>
    <message>
        <source>Not purchases, by status: {statuses}.</source>
        <translation>按状态计，不算购买的：{statuses}。</translation>
    </message>
    <message>
        <source>{count:,} order(s) had a masked phone (such as 138****0000): matched by WeChat id or name instead, where one was given.</source>
        <translation>{count:,} 个订单的手机号被打码（如 138****0000）：已改用微信号或姓名匹配（如有）。</translation>
    </message>
    <message>
        <source>Buyers matching no member:</source>
        <translation>未匹配到成员的买家：</translation>
    </message>
    <message>
        <source>Buyers whose name several members share (not imported):</source>
        <translation>名称对应多位成员的买家（未导入）：</translation>
    </message>
    <message>
        <source>  {buyer}: {orders:,} order(s), {amount}</source>
        <translation>  {buyer}：{orders:,} 个订单，{amount}</translation>
    </message>
    <message>
        <source>  … and {count:,} more</source>
        <translation>  …… 另有 {count:,} 位</translation>
    </message>
    <message>
        <source>{count:,} new member(s) created from unmatched buyers (source 订单).</source>
        <translation>已为未匹配的买家创建 {count:,} 位新成员（来源：订单）。</translation>
    </message>
    <message>
        <source>{orders:,} order(s) of unmatched buyers were not imported; --unmatched new adds those buyers as members.</source>
        <translation>未匹配买家的 {orders:,} 个订单未导入；使用 --unmatched new 可把这些买家添加为成员。</translation>
    </message>
</context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
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
    <name>AnalyticsCharts</name>
    <message>
      <source>Member growth</source>
      <translation>成员增长</translation>
    </message>
    <message>
      <source>New members</source>
      <translation>新增成员</translation>
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
      <translation>入群</translation>
    </message>
    <message>
      <source>Activated</source>
      <translation>激活</translation>
    </message>
    <message>
      <source>Retained (month 2)</source>
      <translation>留存（第 2 个月）</translation>
    </message>
    <message>
      <source>Referred someone</source>
      <translation>推荐了他人</translation>
    </message>
    <message>
      <source>Purchased</source>
      <translation>购买</translation>
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
      <source>Conversion</source>
      <translation>转化率</translation>
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
      <translation>开始时间</translation>
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
      <translation>推荐达人</translation>
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
      <translation>人数</translation>
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
      <source>{count} previously active member(s) have been silent for {low}-{high} days.</source>
      <translation>{count} 位曾经活跃的成员已沉默 {low}-{high} 天。</translation>
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
      <translation>新增成员</translation>
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
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
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
      <source>{count} member(s) to follow up</source>
      <translation>{count} 位成员待跟进</translation>
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
    <name>RosterView</name>
    <message>
      <source>No members here yet. Try File &gt; Fill with demo data to see a realistic roster.</source>
      <translation>这里还没有成员。可以先通过“文件 &gt; 填充演示数据”看看一个逼真的成员名册。</translation>
    </message>
    <message>
      <source>{count:,} member(s) in this scope. Browsing, searching (Chinese, pinyin, phone) and editing them here comes in the next update of this tab.</source>
      <translation>当前范围内共有 {count:,} 位成员。浏览、搜索（中文、拼音、手机号）和编辑成员，将在本页的下一次更新中提供。</translation>
    </message>
    <message>
      <source>Members</source>
      <translation>成员</translation>
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
      <source>write analytics as an Excel report or as chart files</source>
      <translation>把数据分析导出为 Excel 报告或图表文件</translation>
    </message>
    <message>
      <source>report: one xlsx workbook with KPIs, data and charts; charts: every chart as an image</source>
      <translation>report：一个包含关键指标、数据和图表的 xlsx 工作簿；charts：每张图表各存为一个文件</translation>
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
      <source>expected a date like 2026-11-23, got {text!r}</source>
      <translation>日期应形如 2026-11-23，收到的是 {text!r}</translation>
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
      <source>no community named {name!r}</source>
      <translation>没有名为 {name!r} 的社群</translation>
    </message>
    <message>
      <source>Report for {scope}, {start} to {end}: {path}</source>
      <translation>{scope}（{start} 至 {end}）的报告：{path}</translation>
    </message>
    <message>
      <source>{count} charts for {scope}, {start} to {end}, in {path}</source>
      <translation>{scope}（{start} 至 {end}）的 {count} 张图表已保存到 {path}</translation>
    </message>
  </context>
</TS>
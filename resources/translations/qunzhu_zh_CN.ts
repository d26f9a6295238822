<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore Qunzhu with a realistic, made-up workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the workspace into the backups folder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Qunzhu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsView</name>
    <message>
        <source>Growth, activity, retention cohorts, the AARRR funnel and event attendance, as charts you can export, come in the next update of this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>{total} event(s) in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {title} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month, week and agenda views, registrations and check-in come in the next update of this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>{lists} checklist(s) with {items} item(s) in this scope. Editing items, templates, stock and Excel lists for suppliers come in the next update of this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material checklists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunityPicker</name>
    <message>
        <source>Which community every tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; undoing what was written…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qunzhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file: everything is saved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: {count:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite found damage in this workspace: {problems}

Keep working only on a copy; restore the latest backup from the folder beside the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qunzhu workspace (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Open it instead? (Nothing in it is removed.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qunzhu workspace (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other workspaces yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data goes into an empty workspace, so nothing of yours is mixed with it. Create one with File &gt; New workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many members?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and their activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building indexes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data ready: {members:,} members in {communities} communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Qunzhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Qunzhu {version}&lt;/h3&gt;&lt;p&gt;Plan, run and measure your communities, offline.&lt;/p&gt;&lt;p&gt;Workspace: {path}&lt;br&gt;Workspace format: {format} (this version writes {latest})&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time you start Qunzhu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{path} was saved by a newer version of Qunzhu (workspace format {file}; this version reads up to {app}). Update Qunzhu to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already open in another Qunzhu window ({holder}). Close it there first, or open a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Qunzhu workspace ({reason}); it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened safely ({details}). Restore a backup from the folder beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading {path} to format {version} failed and was undone; the file is as it was. ({cause})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite database made by another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>This workspace has no community yet. Try File &gt; Fill with demo data to explore Qunzhu with a realistic workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plans} plan(s) with {goals} goal(s) in this scope. Editing positioning, goals bound to live numbers, roles, risks and the roadmap comes in the next update of this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>No members here yet. Try File &gt; Fill with demo data to see a realistic roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} member(s) in this scope. Browsing, searching (Chinese, pinyin, phone) and editing them here comes in the next update of this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>workspace file (default: the one in your app data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the window and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qunzhu (群主): plan, run and measure your communities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty workspace with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed; the same seed gives the same data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check integrity and report the schema version and row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the workspace safely, even while the app has it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write the copy (default: the backups folder beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number above 0, got {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qunzhu: cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace {path}: {communities} communities, {members:,} members, {activities:,} activities, {events} events, {registrations:,} registrations, {items} checklist items in {seconds:.1f} s ({rate:,.0f} rows/s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: {version} (this Qunzhu writes {latest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: DAMAGED: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok ({seconds:.1f} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup cannot replace the workspace itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up {path} to {backup}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

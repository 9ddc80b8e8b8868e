<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Small Steps</source>
        <translation>Ynglŷn â Small Steps</translation>
    </message>
    <message>
        <source>Write your own support plan, in your own words and pictures, one small step at a time.</source>
        <translation>Ysgrifennwch eich cynllun cymorth eich hun, yn eich geiriau a&apos;ch lluniau eich hun, un cam bach ar y tro.</translation>
    </message>
    <message>
        <source>Small Steps is free software (GNU GPL version 3 or later).</source>
        <translation>Meddalwedd rydd yw Small Steps (GNU GPL fersiwn 3 neu ddiweddarach).</translation>
    </message>
    <message>
        <source>What comes with Small Steps</source>
        <translation>Beth sy&apos;n dod gyda Small Steps</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Wedi&apos;i adeiladu gyda</translation>
    </message>
</context>
<context>
    <name>AboutMeCommands</name>
    <message>
        <source>Add an answer</source>
        <translation>Ychwanegu ateb</translation>
    </message>
    <message>
        <source>Change an answer</source>
        <translation>Newid ateb</translation>
    </message>
    <message>
        <source>Move an answer</source>
        <translation>Symud ateb</translation>
    </message>
    <message>
        <source>Remove an answer</source>
        <translation>Tynnu ateb</translation>
    </message>
</context>
<context>
    <name>AboutMePage</name>
    <message>
        <source>&amp;Helping someone (show tips for the helper)</source>
        <translation>&amp;Helpu rhywun (dangos awgrymiadau i&apos;r un sy&apos;n helpu)</translation>
    </message>
    <message>
        <source>Helping someone: show tips for whoever is helping</source>
        <translation>Helpu rhywun: dangos awgrymiadau i bwy bynnag sy&apos;n helpu</translation>
    </message>
    <message>
        <source>&amp;Walk through, one question at a time</source>
        <translation>&amp;Mynd drwyddo, un cwestiwn ar y tro</translation>
    </message>
    <message>
        <source>Walk through, one question at a time</source>
        <translation>Mynd drwyddo, un cwestiwn ar y tro</translation>
    </message>
    <message>
        <source>See all se&amp;ven areas</source>
        <translation>Gweld y &amp;saith maes i gyd</translation>
    </message>
    <message>
        <source>See all seven areas</source>
        <translation>Gweld y saith maes i gyd</translation>
    </message>
    <message>
        <source>&amp;Questions in Welsh (Cymraeg), the person&apos;s own language</source>
        <translation>&amp;Cwestiynau yn Gymraeg, iaith y person ei hun</translation>
    </message>
    <message>
        <source>&amp;Questions in English, the person&apos;s own language</source>
        <translation>&amp;Cwestiynau yn Saesneg, iaith y person ei hun</translation>
    </message>
    <message>
        <source>{title} ({other})</source>
        <translation>{title} ({other})</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Choices for: {name}</source>
        <translation>Dewisiadau ar gyfer: {name}</translation>
    </message>
    <message>
        <source>Clear what is typed</source>
        <translation>Clirio&apos;r hyn a deipiwyd</translation>
    </message>
</context>
<context>
    <name>AllocationBox</name>
    <message>
        <source>My allocation: the money for my support</source>
        <translation>Fy nyraniad: yr arian ar gyfer fy nghymorth</translation>
    </message>
    <message>
        <source>The allocation is the money the council expects your support to cost in a year (an indicative allocation, or personal budget). It can be worked out from points: your assessment gives points, and each point has a price. This is the council&apos;s resource allocation system (RAS).</source>
        <translation>Y dyraniad yw&apos;r arian mae&apos;r cyngor yn disgwyl i&apos;ch cymorth ei gostio mewn blwyddyn (dyraniad dangosol, neu gyllideb bersonol). Gellir ei gyfrifo o bwyntiau: mae eich asesiad yn rhoi pwyntiau, ac mae pris i bob pwynt. Dyma system dyrannu adnoddau&apos;r cyngor (RAS).</translation>
    </message>
    <message>
        <source>For example: 12600.00</source>
        <translation>Er enghraifft: 12600.00</translation>
    </message>
    <message>
        <source>For example: 56</source>
        <translation>Er enghraifft: 56</translation>
    </message>
    <message>
        <source>For example: 225.00</source>
        <translation>Er enghraifft: 225.00</translation>
    </message>
    <message>
        <source>Leave both empty for a year of 52 weeks. With dates, the year is as many weeks as the days in it: 1 September to 31 August is 365 days, 52 weeks and 1 day.</source>
        <translation>Gadewch y ddau&apos;n wag am flwyddyn o 52 wythnos. Gyda dyddiadau, mae&apos;r flwyddyn cyn hired â&apos;r dyddiau ynddi: mae 1 Medi i 31 Awst yn 365 diwrnod, 52 wythnos ac 1 diwrnod.</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>Support on a bank holiday is paid at the bank-holiday rate, if a line has one.</source>
        <translation>Telir cymorth ar ŵyl banc ar gyfradd gŵyl banc, os oes un gan y llinell.</translation>
    </message>
    <message>
        <source>How the allocation was worked out</source>
        <translation>Sut y cyfrifwyd y dyraniad</translation>
    </message>
    <message>
        <source>Allocation a year, in pounds</source>
        <translation>Dyraniad y flwyddyn, mewn punnoedd</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pwyntiau</translation>
    </message>
    <message>
        <source>Price of a point, in pounds</source>
        <translation>Pris pwynt, mewn punnoedd</translation>
    </message>
    <message>
        <source>How the money is held</source>
        <translation>Sut mae&apos;r arian yn cael ei ddal</translation>
    </message>
    <message>
        <source>First day of the budget year</source>
        <translation>Diwrnod cyntaf blwyddyn y gyllideb</translation>
    </message>
    <message>
        <source>Last day of the budget year</source>
        <translation>Diwrnod olaf blwyddyn y gyllideb</translation>
    </message>
    <message>
        <source>Bank holidays a year</source>
        <translation>Gwyliau banc y flwyddyn</translation>
    </message>
    <message>
        <source>Notes about the budget</source>
        <translation>Nodiadau am y gyllideb</translation>
    </message>
    <message>
        <source>Who can see the allocation</source>
        <translation>Pwy sy&apos;n gallu gweld y dyraniad</translation>
    </message>
    <message>
        <source>&amp;Worked out by</source>
        <translation>&amp;Wedi&apos;i gyfrifo drwy</translation>
    </message>
    <message>
        <source>&amp;Allocation a year (£)</source>
        <translation>&amp;Dyraniad y flwyddyn (£)</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Pwyntiau</translation>
    </message>
    <message>
        <source>P&amp;rice of a point (£)</source>
        <translation>P&amp;ris pwynt (£)</translation>
    </message>
    <message>
        <source>How the money is &amp;held</source>
        <translation>Sut mae&apos;r arian yn cael ei &amp;ddal</translation>
    </message>
    <message>
        <source>&amp;First day of the year</source>
        <translation>Diwrnod &amp;cyntaf y flwyddyn</translation>
    </message>
    <message>
        <source>&amp;Last day of the year</source>
        <translation>Diwrnod &amp;olaf y flwyddyn</translation>
    </message>
    <message>
        <source>&amp;Bank holidays a year</source>
        <translation>&amp;Gwyliau banc y flwyddyn</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nodiadau</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>No allocation written down yet.</source>
        <translation>Does dim dyraniad wedi&apos;i nodi eto.</translation>
    </message>
    <message>
        <source>Your allocation: {amount} a year ({points} points × {price}).</source>
        <translation>Eich dyraniad: {amount} y flwyddyn ({points} pwynt × {price}).</translation>
    </message>
    <message>
        <source>Your allocation: {amount} a year.</source>
        <translation>Eich dyraniad: {amount} y flwyddyn.</translation>
    </message>
</context>
<context>
    <name>AnswerBox</name>
    <message>
        <source>Your answer</source>
        <translation>Eich ateb</translation>
    </message>
    <message>
        <source>Write your answer here, in your own words.</source>
        <translation>Ysgrifennwch eich ateb yma, yn eich geiriau eich hun.</translation>
    </message>
    <message>
        <source>What kind of answer this is</source>
        <translation>Pa fath o ateb yw hwn</translation>
    </message>
    <message>
        <source>(Nothing chosen)</source>
        <translation>(Dim wedi&apos;i ddewis)</translation>
    </message>
    <message>
        <source>Who can see this answer</source>
        <translation>Pwy sy&apos;n gallu gweld yr ateb hwn</translation>
    </message>
    <message>
        <source>Add a &amp;picture…</source>
        <translation>Ychwanegu &amp;llun…</translation>
    </message>
    <message>
        <source>Add a picture to this answer</source>
        <translation>Ychwanegu llun at yr ateb hwn</translation>
    </message>
    <message>
        <source>Take the picture off</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <source>Take the picture off this answer</source>
        <translation>Tynnu&apos;r llun oddi ar yr ateb hwn</translation>
    </message>
    <message>
        <source>&amp;Your answer</source>
        <translation>&amp;Eich ateb</translation>
    </message>
    <message>
        <source>&amp;Kind of answer (if you like)</source>
        <translation>&amp;Math o ateb (os hoffech chi)</translation>
    </message>
    <message>
        <source>Who can s&amp;ee this</source>
        <translation>Pwy sy&apos;n gallu g&amp;weld hyn</translation>
    </message>
    <message>
        <source>Change the &amp;picture…</source>
        <translation>Newid y &amp;llun…</translation>
    </message>
    <message>
        <source>Picture: {words}</source>
        <translation>Llun: {words}</translation>
    </message>
</context>
<context>
    <name>AnswerCard</name>
    <message>
        <source>(A picture, no words)</source>
        <translation>(Llun, dim geiriau)</translation>
    </message>
    <message>
        <source>Answer {number}</source>
        <translation>Ateb {number}</translation>
    </message>
    <message>
        <source>This answer is longer: choose Change to see all of it.</source>
        <translation>Mae&apos;r ateb hwn yn hirach: dewiswch Newid i weld y cyfan.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Change answer {number}</source>
        <translation>Newid ateb {number}</translation>
    </message>
    <message>
        <source>Move answer {number} up</source>
        <translation>Symud ateb {number} i fyny</translation>
    </message>
    <message>
        <source>Move answer {number} down</source>
        <translation>Symud ateb {number} i lawr</translation>
    </message>
    <message>
        <source>Remove answer {number}</source>
        <translation>Tynnu ateb {number}</translation>
    </message>
    <message>
        <source>Read answer {number} aloud</source>
        <translation>Darllen ateb {number} yn uchel</translation>
    </message>
    <message>
        <source>Picture: {words}</source>
        <translation>Llun: {words}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside Small Steps. What you saved before is safe. If this keeps happening, please tell whoever supports you with Small Steps.</source>
        <translation>Aeth rhywbeth o&apos;i le y tu mewn i Small Steps. Mae&apos;r hyn a gadwoch chi o&apos;r blaen yn ddiogel. Os yw hyn yn dal i ddigwydd, dywedwch wrth bwy bynnag sy&apos;n eich cefnogi gyda Small Steps.</translation>
    </message>
    <message>
        <source>Small Steps is already open on these plans.</source>
        <translation>Mae Small Steps eisoes ar agor ar y cynlluniau hyn.</translation>
    </message>
    <message>
        <source>Small Steps is already open on these plans{where}. Only one copy can change them at a time, so nothing gets lost.

You can look at the plans here without changing them, or close this copy.</source>
        <translation>Mae Small Steps eisoes ar agor ar y cynlluniau hyn{where}. Dim ond un copi sy&apos;n gallu eu newid ar y tro, fel nad oes dim yn mynd ar goll.

Gallwch edrych ar y cynlluniau yma heb eu newid, neu gau&apos;r copi hwn.</translation>
    </message>
    <message>
        <source> (since {since})</source>
        <translation> (ers {since})</translation>
    </message>
    <message>
        <source>Look only</source>
        <translation>Edrych yn unig</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Adfer y copi wrth gefn</translation>
    </message>
    <message>
        <source>Close Small Steps</source>
        <translation>Cau Small Steps</translation>
    </message>
</context>
<context>
    <name>AreaCard</name>
    <message>
        <source>{n}. {title}</source>
        <translation>{n}. {title}</translation>
    </message>
    <message>
        <source>{n}. {title} ({other})</source>
        <translation>{n}. {title} ({other})</translation>
    </message>
    <message>
        <source>Open “{title}”</source>
        <translation>Agor “{title}”</translation>
    </message>
    <message>
        <source>Open the area {title}</source>
        <translation>Agor y maes {title}</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Does dim byd yma eto.</translation>
    </message>
    <message>
        <source>Picture: {words}</source>
        <translation>Llun: {words}</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Who helped write this</source>
        <translation>Pwy helpodd i ysgrifennu hwn</translation>
    </message>
    <message>
        <source>Their name (you can leave this empty)</source>
        <translation>Eu henw (gallwch adael hwn yn wag)</translation>
    </message>
    <message>
        <source>Part of the plan</source>
        <translation>Rhan o&apos;r cynllun</translation>
    </message>
    <message>
        <source>How it was written</source>
        <translation>Sut y cafodd ei ysgrifennu</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>&amp;Part of the plan</source>
        <translation>&amp;Rhan o&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;How it was written</source>
        <translation>&amp;Sut y cafodd ei ysgrifennu</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>Eu &amp;henw</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
</context>
<context>
    <name>AuthorsBox</name>
    <message>
        <source>Who wrote this</source>
        <translation>Pwy ysgrifennodd hwn</translation>
    </message>
    <message>
        <source>Who helped write each part</source>
        <translation>Pwy helpodd i ysgrifennu pob rhan</translation>
    </message>
    <message>
        <source>Add who &amp;helped write a part…</source>
        <translation>Ychwanegu pwy &amp;helpodd i ysgrifennu rhan…</translation>
    </message>
    <message>
        <source>Take &amp;them off</source>
        <translation>Tynnu &amp;nhw oddi yma</translation>
    </message>
    <message>
        <source>If someone sees something in the plan differently, write their view beside it. It stays with that item, and whoever may see the item sees the view too (if they may see it).</source>
        <translation>Os yw rhywun yn gweld rhywbeth yn y cynllun yn wahanol, ysgrifennwch eu barn wrth ei ochr. Mae&apos;n aros gyda&apos;r eitem honno, ac mae pwy bynnag sy&apos;n cael gweld yr eitem yn gweld y farn hefyd (os cân nhw ei gweld).</translation>
    </message>
    <message>
        <source>Different views</source>
        <translation>Barn wahanol</translation>
    </message>
    <message>
        <source>Write down a &amp;different view…</source>
        <translation>Ysgrifennu barn &amp;wahanol…</translation>
    </message>
    <message>
        <source>Take the &amp;view off</source>
        <translation>Tynnu&apos;r &amp;farn</translation>
    </message>
    <message>
        <source>Seen by: {who}</source>
        <translation>Yn cael ei weld gan: {who}</translation>
    </message>
    <message>
        <source>No one is listed yet. Add who helped write each part.</source>
        <translation>Does neb wedi&apos;i restru eto. Ychwanegwch pwy helpodd i ysgrifennu pob rhan.</translation>
    </message>
    <message>
        <source>About “{item}”: {who} ({role}) sees it differently: {text}</source>
        <translation>Am “{item}”: mae {who} ({role}) yn ei weld yn wahanol: {text}</translation>
    </message>
    <message>
        <source>No different views written down.</source>
        <translation>Does dim barn wahanol wedi&apos;i nodi.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copïau wrth gefn</translation>
    </message>
    <message>
        <source>Small Steps keeps copies of your plans: when it closes, every half hour while you work, and before anything big. Choose one to go back to it. What you have now is backed up first, so you can change your mind.</source>
        <translation>Mae Small Steps yn cadw copïau o&apos;ch cynlluniau: pan fydd yn cau, bob hanner awr wrth i chi weithio, a chyn unrhyw beth mawr. Dewiswch un i fynd yn ôl ato. Mae&apos;r hyn sydd gennych chi nawr yn cael ei gadw wrth gefn yn gyntaf, felly gallwch newid eich meddwl.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copïau wrth gefn, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Adfer y copi wrth gefn hwn…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Gwneud copi wrth gefn nawr</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Adfer y copi wrth gefn a ddewiswyd</translation>
    </message>
    <message>
        <source>A shared team database is backed up by its server.</source>
        <translation>Gweinydd y tîm sy&apos;n gwneud copïau wrth gefn o gronfa ddata a rennir.</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Does dim copïau wrth gefn eto.</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>wedi&apos;i wneud gennych chi</translation>
    </message>
    <message>
        <source>made while you worked</source>
        <translation>wedi&apos;i wneud wrth i chi weithio</translation>
    </message>
    <message>
        <source>made when Small Steps closed</source>
        <translation>wedi&apos;i wneud pan gaeodd Small Steps</translation>
    </message>
    <message>
        <source>made before a backup was restored</source>
        <translation>wedi&apos;i wneud cyn adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>made before Small Steps was updated</source>
        <translation>wedi&apos;i wneud cyn diweddaru Small Steps</translation>
    </message>
    <message>
        <source>made before plans were added</source>
        <translation>wedi&apos;i wneud cyn ychwanegu cynlluniau</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>Wedi&apos;i gadw wrth gefn.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Adfer y copi wrth gefn hwn?</translation>
    </message>
    <message>
        <source>Go back to the plans as they were on {when}? What you have now is backed up first.</source>
        <translation>Mynd yn ôl at y cynlluniau fel yr oedden nhw ar {when}? Mae&apos;r hyn sydd gennych chi nawr yn cael ei gadw wrth gefn yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Plans opened outside someone&apos;s access</source>
        <translation>Cynlluniau a agorwyd y tu allan i fynediad rhywun</translation>
    </message>
    <message>
        <source>Each time someone opened a plan that is not theirs, with their reason. Nothing here can be changed or removed.</source>
        <translation>Pob tro yr agorodd rhywun gynllun nad yw&apos;n eiddo iddyn nhw, gyda&apos;u rheswm. Does dim byd yma&apos;n gallu cael ei newid na&apos;i dynnu.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pam</translation>
    </message>
    <message>
        <source>Plan number to open</source>
        <translation>Rhif y cynllun i&apos;w agor</translation>
    </message>
    <message>
        <source>Why you need to open it</source>
        <translation>Pam mae angen i chi ei agor</translation>
    </message>
    <message>
        <source>Plan &amp;number:</source>
        <translation>&amp;Rhif y cynllun:</translation>
    </message>
    <message>
        <source>&amp;Why you need it:</source>
        <translation>&amp;Pam mae ei angen arnoch chi:</translation>
    </message>
    <message>
        <source>Open a plan that is not yours (read-only, for an hour). Your reason is kept for good, and your manager sees it.</source>
        <translation>Agor cynllun nad yw&apos;n eiddo i chi (i edrych arno yn unig, am awr). Mae eich rheswm yn cael ei gadw am byth, ac mae eich rheolwr yn ei weld.</translation>
    </message>
    <message>
        <source>&amp;Open with this reason</source>
        <translation>&amp;Agor gyda&apos;r rheswm hwn</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <source>Seen by: {who}</source>
        <translation>Yn cael ei weld gan: {who}</translation>
    </message>
    <message>
        <source>Paid by: {stream} · When: {when}</source>
        <translation>Yn cael ei dalu gan: {stream} · Pryd: {when}</translation>
    </message>
    <message>
        <source>all year</source>
        <translation>drwy&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>What this pays for: {goals}</source>
        <translation>Beth mae hyn yn talu amdano: {goals}</translation>
    </message>
    <message>
        <source>{week} in a usual week; {total} in all ({weeks})</source>
        <translation>{week} mewn wythnos arferol; {total} i gyd ({weeks})</translation>
    </message>
    <message>
        <source>carries {amount} a year</source>
        <translation>yn cario {amount} y flwyddyn</translation>
    </message>
    <message>
        <source>no amount written down yet</source>
        <translation>dim swm wedi&apos;i nodi eto</translation>
    </message>
    <message>
        <source>Spent: {spent}</source>
        <translation>Wedi&apos;i wario: {spent}</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>{left} ar ôl</translation>
    </message>
    <message>
        <source>{over} over</source>
        <translation>{over} dros ben</translation>
    </message>
    <message>
        <source>{name}: {first} to {last} ({weeks})</source>
        <translation>{name}: {first} i {last} ({weeks})</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>hyblyg</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>argyfwng</translation>
    </message>
    <message>
        <source>background</source>
        <translation>cefndir</translation>
    </message>
    <message>
        <source>{hours} hours a week</source>
        <translation>{hours} awr yr wythnos</translation>
    </message>
    <message>
        <source>{rate} an hour</source>
        <translation>{rate} yr awr</translation>
    </message>
    <message>
        <source>({rate} on bank holidays)</source>
        <translation>({rate} ar wyliau banc)</translation>
    </message>
    <message>
        <source>For: {what}</source>
        <translation>Ar gyfer: {what}</translation>
    </message>
    <message>
        <source>{what}: {miles} miles a week × {rate} a mile</source>
        <translation>{what}: {miles} milltir yr wythnos × {rate} y filltir</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>Hours due: {hours}</source>
        <translation>Oriau sy&apos;n ddyledus: {hours}</translation>
    </message>
    <message>
        <source>(worked out from the support)</source>
        <translation>(wedi&apos;i gyfrifo o&apos;r cymorth)</translation>
    </message>
    <message>
        <source>Had the hours? Yes</source>
        <translation>Wedi cael yr oriau? Do</translation>
    </message>
    <message>
        <source>Had the hours? No</source>
        <translation>Wedi cael yr oriau? Naddo</translation>
    </message>
    <message>
        <source>{title}: {first} to {last}</source>
        <translation>{title}: {first} i {last}</translation>
    </message>
    <message>
        <source>Used: {used} ({p} planned, {f} flexible, {c} crisis, {b} background)</source>
        <translation>Wedi&apos;u defnyddio: {used} ({p} wedi&apos;u cynllunio, {f} hyblyg, {c} argyfwng, {b} cefndir)</translation>
    </message>
    <message>
        <source>Two workers together: {two} · Banked: {banked} · Taken from the bank: {taken} · In the bank after: {after}</source>
        <translation>Dau weithiwr gyda&apos;i gilydd: {two} · Wedi&apos;u cadw yn y banc: {banked} · Wedi&apos;u cymryd o&apos;r banc: {taken} · Yn y banc wedyn: {after}</translation>
    </message>
    <message>
        <source>date not written down</source>
        <translation>dyddiad heb ei nodi</translation>
    </message>
    <message>
        <source>{when}: {hours} hours. {why}</source>
        <translation>{when}: {hours} awr. {why}</translation>
    </message>
</context>
<context>
    <name>BudgetFields</name>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Drwy&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>All year, or only in one phase (for example the first weeks home).</source>
        <translation>Drwy&apos;r flwyddyn, neu mewn un cyfnod yn unig (er enghraifft yr wythnosau cyntaf gartref).</translation>
    </message>
    <message>
        <source>&amp;Funding stream</source>
        <translation>&amp;Ffrwd ariannu</translation>
    </message>
    <message>
        <source>How much it &amp;carries a year (£)</source>
        <translation>Faint mae&apos;n ei &amp;gario y flwyddyn (£)</translation>
    </message>
    <message>
        <source>For example: 7700.00</source>
        <translation>Er enghraifft: 7700.00</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>&amp;Name of the phase</source>
        <translation>&amp;Enw&apos;r cyfnod</translation>
    </message>
    <message>
        <source>For example: My first 6 weeks home</source>
        <translation>Er enghraifft: Fy 6 wythnos gyntaf gartref</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Diwrnod &amp;cyntaf</translation>
    </message>
    <message>
        <source>For example: 2026-09-01</source>
        <translation>Er enghraifft: 2026-09-01</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Diwrnod &amp;olaf</translation>
    </message>
    <message>
        <source>For example: 2026-10-12</source>
        <translation>Er enghraifft: 2026-10-12</translation>
    </message>
    <message>
        <source>Both days count: 1 September to 12 October is 42 days, 6 weeks.</source>
        <translation>Mae&apos;r ddau ddiwrnod yn cyfrif: mae 1 Medi i 12 Hydref yn 42 diwrnod, 6 wythnos.</translation>
    </message>
    <message>
        <source>&amp;Why this phase</source>
        <translation>Pam y &amp;cyfnod hwn</translation>
    </message>
    <message>
        <source>&amp;Who gives the support</source>
        <translation>Pwy sy&apos;n rhoi&apos;r &amp;cymorth</translation>
    </message>
    <message>
        <source>A provider&apos;s or a person&apos;s name</source>
        <translation>Enw darparwr neu enw person</translation>
    </message>
    <message>
        <source>&amp;Kind of support</source>
        <translation>&amp;Math o gymorth</translation>
    </message>
    <message>
        <source>&amp;Hours a week</source>
        <translation>&amp;Oriau&apos;r wythnos</translation>
    </message>
    <message>
        <source>For example: 7.5</source>
        <translation>Er enghraifft: 7.5</translation>
    </message>
    <message>
        <source>At most 168 (the hours in a week), with up to two numbers after the point.</source>
        <translation>Dim mwy na 168 (yr oriau mewn wythnos), gyda hyd at ddau rif ar ôl y pwynt.</translation>
    </message>
    <message>
        <source>Of these, pla&amp;nned (proactive) hours</source>
        <translation>O&apos;r rhain, oriau wedi&apos;u &amp;cynllunio (rhagweithiol)</translation>
    </message>
    <message>
        <source>Leave empty for the rest</source>
        <translation>Gadewch yn wag ar gyfer y gweddill</translation>
    </message>
    <message>
        <source>Leave it empty and it is whatever is left of the hours a week.</source>
        <translation>Gadewch ef yn wag a bydd yn cynnwys beth bynnag sydd ar ôl o oriau&apos;r wythnos.</translation>
    </message>
    <message>
        <source>Of these, &amp;flexible hours</source>
        <translation>O&apos;r rhain, oriau &amp;hyblyg</translation>
    </message>
    <message>
        <source>Of these, &amp;crisis hours</source>
        <translation>O&apos;r rhain, oriau &amp;argyfwng</translation>
    </message>
    <message>
        <source>Of these, &amp;background hours</source>
        <translation>O&apos;r rhain, oriau &amp;cefndir</translation>
    </message>
    <message>
        <source>Hourly &amp;rate (£)</source>
        <translation>&amp;Cyfradd yr awr (£)</translation>
    </message>
    <message>
        <source>For example: 21.50</source>
        <translation>Er enghraifft: 21.50</translation>
    </message>
    <message>
        <source>Rate on bank holi&amp;days (£), if different</source>
        <translation>Cyfradd ar wyliau &amp;banc (£), os yw&apos;n wahanol</translation>
    </message>
    <message>
        <source>Leave empty if the same</source>
        <translation>Gadewch yn wag os yw&apos;r un fath</translation>
    </message>
    <message>
        <source>&amp;Paid by: each funding stream&apos;s share</source>
        <translation>&amp;Talu gan: cyfran pob ffrwd ariannu</translation>
    </message>
    <message>
        <source>Choose the streams that pay. One stream can pay it all (100 %), or several can share it: percentages that add up to 100 %, or a fixed amount a week from one stream and percentages of the rest.</source>
        <translation>Dewiswch y ffrydiau sy&apos;n talu. Gall un ffrwd dalu&apos;r cyfan (100 %), neu gall sawl un ei rannu: canrannau sy&apos;n dod i 100 %, neu swm penodol yr wythnos gan un ffrwd a chanrannau o&apos;r gweddill.</translation>
    </message>
    <message>
        <source>Choose the streams that pay. One stream can pay it all (100 %), or several can share it: percentages that add up to 100 %, or a fixed amount from one stream and percentages of the rest.</source>
        <translation>Dewiswch y ffrydiau sy&apos;n talu. Gall un ffrwd dalu&apos;r cyfan (100 %), neu gall sawl un ei rannu: canrannau sy&apos;n dod i 100 %, neu swm penodol gan un ffrwd a chanrannau o&apos;r gweddill.</translation>
    </message>
    <message>
        <source>Leave every stream at “Does not pay” if it is not decided yet.</source>
        <translation>Gadewch bob ffrwd ar “Ddim yn talu” os nad yw wedi&apos;i benderfynu eto.</translation>
    </message>
    <message>
        <source>What this pays for: the &amp;goals it serves</source>
        <translation>Beth mae hyn yn talu amdano: y &amp;nodau mae&apos;n eu gwasanaethu</translation>
    </message>
    <message>
        <source>Tick each goal this helps with (Space ticks the one chosen). The panel is told only about goals it may see.</source>
        <translation>Ticiwch bob nod mae hyn yn helpu gydag ef (mae&apos;r Bylchwr yn ticio&apos;r un a ddewiswyd). Dim ond am nodau y caiff y panel eu gweld y caiff wybod.</translation>
    </message>
    <message>
        <source>What it is f&amp;or, in words</source>
        <translation>&amp;Beth yw ei bwrpas, mewn geiriau</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Beth ydyw</translation>
    </message>
    <message>
        <source>For example: a greenhouse for the allotment</source>
        <translation>Er enghraifft: tŷ gwydr ar gyfer y rhandir</translation>
    </message>
    <message>
        <source>&amp;Cost (£)</source>
        <translation>&amp;Cost (£)</translation>
    </message>
    <message>
        <source>For example: 349.99</source>
        <translation>Er enghraifft: 349.99</translation>
    </message>
    <message>
        <source>&amp;What travel</source>
        <translation>&amp;Pa deithio</translation>
    </message>
    <message>
        <source>For example: the worker&apos;s car to the allotment</source>
        <translation>Er enghraifft: car y gweithiwr i&apos;r rhandir</translation>
    </message>
    <message>
        <source>&amp;Miles a week</source>
        <translation>&amp;Milltiroedd yr wythnos</translation>
    </message>
    <message>
        <source>For example: 12</source>
        <translation>Er enghraifft: 12</translation>
    </message>
    <message>
        <source>&amp;Rate a mile (£)</source>
        <translation>&amp;Cyfradd y filltir (£)</translation>
    </message>
    <message>
        <source>For example: 0.45</source>
        <translation>Er enghraifft: 0.45</translation>
    </message>
    <message>
        <source>&amp;Name of this review</source>
        <translation>&amp;Enw&apos;r adolygiad hwn</translation>
    </message>
    <message>
        <source>For example: First three months</source>
        <translation>Er enghraifft: Y tri mis cyntaf</translation>
    </message>
    <message>
        <source>For example: 2026-11-30</source>
        <translation>Er enghraifft: 2026-11-30</translation>
    </message>
    <message>
        <source>Hours &amp;due in this time</source>
        <translation>Oriau sy&apos;n &amp;ddyledus yn yr amser hwn</translation>
    </message>
    <message>
        <source>Leave empty to work it out</source>
        <translation>Gadewch yn wag i&apos;w gyfrifo</translation>
    </message>
    <message>
        <source>Hours used: &amp;planned (proactive)</source>
        <translation>Oriau a ddefnyddiwyd: wedi&apos;u &amp;cynllunio (rhagweithiol)</translation>
    </message>
    <message>
        <source>Hours used: fle&amp;xible</source>
        <translation>Oriau a ddefnyddiwyd: &amp;hyblyg</translation>
    </message>
    <message>
        <source>Hours used: &amp;crisis</source>
        <translation>Oriau a ddefnyddiwyd: &amp;argyfwng</translation>
    </message>
    <message>
        <source>Hours used: backgro&amp;und</source>
        <translation>Oriau a ddefnyddiwyd: c&amp;efndir</translation>
    </message>
    <message>
        <source>Work done for you when you weren&apos;t there.</source>
        <translation>Gwaith a wnaed ar eich rhan pan nad oeddech chi yno.</translation>
    </message>
    <message>
        <source>Of the hours used, given by &amp;two workers together</source>
        <translation>O&apos;r oriau a ddefnyddiwyd, a roddwyd gan &amp;ddau weithiwr gyda&apos;i gilydd</translation>
    </message>
    <message>
        <source>Hours &amp;banked (saved for later)</source>
        <translation>Oriau wedi&apos;u cadw yn y &amp;banc (ar gyfer nes ymlaen)</translation>
    </message>
    <message>
        <source>For example while you were in hospital or away, or to save up for an event.</source>
        <translation>Er enghraifft tra oeddech chi yn yr ysbyty neu i ffwrdd, neu i gynilo ar gyfer digwyddiad.</translation>
    </message>
    <message>
        <source>Of the hours used, taken from the ban&amp;k</source>
        <translation>O&apos;r oriau a ddefnyddiwyd, wedi&apos;u cymryd o&apos;r ban&amp;c</translation>
    </message>
    <message>
        <source>I need less support no&amp;w</source>
        <translation>Mae angen llai o gymorth arna i &amp;nawr</translation>
    </message>
    <message>
        <source>If this is so, the package should be looked at again.</source>
        <translation>Os felly, dylid edrych ar y pecyn eto.</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;odiadau</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>For example: 2026-10-02</source>
        <translation>Er enghraifft: 2026-10-02</translation>
    </message>
    <message>
        <source>&amp;Hours missed</source>
        <translation>&amp;Oriau a gollwyd</translation>
    </message>
    <message>
        <source>For example: 2</source>
        <translation>Er enghraifft: 2</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Pam</translation>
    </message>
</context>
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Choose a date</source>
        <translation>Dewis dyddiad</translation>
    </message>
    <message>
        <source>Calendar: arrow keys move a day, Page Up and Page Down a month</source>
        <translation>Calendr: mae&apos;r bysellau saeth yn symud diwrnod, a Page Up a Page Down yn symud mis</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Where the plan is up to</source>
        <translation>Ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>Working on now</source>
        <translation>Yn gweithio arno nawr</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cysylltiad diwethaf</translation>
    </message>
    <message>
        <source>Panel date</source>
        <translation>Dyddiad y panel</translation>
    </message>
    <message>
        <source>None noted yet</source>
        <translation>Dim wedi&apos;i nodi eto</translation>
    </message>
    <message>
        <source>{kind} due on {date}</source>
        <translation>{kind} yn ddyledus ar {date}</translation>
    </message>
</context>
<context>
    <name>CaseloadPage</name>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Reviews due (overdue or within 30 days)</source>
        <translation>Adolygiadau&apos;n ddyledus (yn hwyr neu o fewn 30 diwrnod)</translation>
    </message>
    <message>
        <source>Ready for the panel</source>
        <translation>Yn barod ar gyfer y panel</translation>
    </message>
    <message>
        <source>With the panel</source>
        <translation>Gyda&apos;r panel</translation>
    </message>
    <message>
        <source>Agreed by the panel</source>
        <translation>Wedi&apos;i gytuno gan y panel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>Chwilio yn ôl enw</translation>
    </message>
    <message>
        <source>Search people by name</source>
        <translation>Chwilio am bobl yn ôl enw</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Dangos</translation>
    </message>
    <message>
        <source>How many are shown</source>
        <translation>Faint sy&apos;n cael eu dangos</translation>
    </message>
    <message>
        <source>No one is here yet. Add a person to start their plan, or try the example plan to see how Small Steps works.</source>
        <translation>Does neb yma eto. Ychwanegwch berson i ddechrau ei gynllun, neu rhowch gynnig ar y cynllun enghreifftiol i weld sut mae Small Steps yn gweithio.</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>&amp;Open plan</source>
        <translation>&amp;Agor cynllun</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Ailenwi…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Tynnu…</translation>
    </message>
    <message>
        <source>Try an &amp;example plan</source>
        <translation>Rhoi cynnig ar gynllun &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Bring in a plan file…</source>
        <translation>Dod â ffeil &amp;cynllun i mewn…</translation>
    </message>
    <message>
        <source>&amp;Panel day…</source>
        <translation>Diwrnod y &amp;panel…</translation>
    </message>
    <message>
        <source>No one matches that search.</source>
        <translation>Does neb yn cyfateb i&apos;r chwiliad hwnnw.</translation>
    </message>
    <message>
        <source>Open {name}&apos;s plan</source>
        <translation>Agor cynllun {name}</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Ailenwi {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Tynnu {name}</translation>
    </message>
    <message>
        <source>Open the chosen person&apos;s plan</source>
        <translation>Agor cynllun y person a ddewiswyd</translation>
    </message>
    <message>
        <source>Rename the chosen person</source>
        <translation>Ailenwi&apos;r person a ddewiswyd</translation>
    </message>
    <message>
        <source>Remove the chosen person</source>
        <translation>Tynnu&apos;r person a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>PNG picture (*.png);;JPEG picture (*.jpg *.jpeg)</source>
        <translation>Llun PNG (*.png);;Llun JPEG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Who the chart is drawn for</source>
        <translation>Ar gyfer pwy mae&apos;r siart wedi&apos;i lunio</translation>
    </message>
    <message>
        <source>Me (everything)</source>
        <translation>Fi (popeth)</translation>
    </message>
    <message>
        <source>My support team</source>
        <translation>Fy nhîm cymorth</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Y panel</translation>
    </message>
    <message>
        <source>Save as a pi&amp;cture…</source>
        <translation>Cadw fel &amp;llun…</translation>
    </message>
    <message>
        <source>Save {what} as a picture</source>
        <translation>Cadw {what} fel llun</translation>
    </message>
    <message>
        <source>Show the chart &amp;large</source>
        <translation>Dangos y siart yn &amp;fawr</translation>
    </message>
    <message>
        <source>Show the chart large, without the list</source>
        <translation>Dangos y siart yn fawr, heb y rhestr</translation>
    </message>
    <message>
        <source>&amp;Drawn for:</source>
        <translation>Wedi&apos;i &amp;lunio ar gyfer:</translation>
    </message>
    <message>
        <source>What the chart shows: {words}</source>
        <translation>Beth mae&apos;r siart yn ei ddangos: {words}</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Cadw&apos;r siart fel llun</translation>
    </message>
</context>
<context>
    <name>ChartPartPage</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Move the chosen {what} up</source>
        <translation>Symud y {what} a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Move the chosen {what} down</source>
        <translation>Symud y {what} a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>Remove the chosen {what}</source>
        <translation>Tynnu&apos;r {what} a ddewiswyd</translation>
    </message>
    <message>
        <source>A new one</source>
        <translation>Un newydd</translation>
    </message>
    <message>
        <source>The chosen one</source>
        <translation>Yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>Please write a few words first.</source>
        <translation>Ysgrifennwch ychydig eiriau yn gyntaf, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>How did it go?</source>
        <translation>Sut aeth hi?</translation>
    </message>
    <message>
        <source>The goal as a whole</source>
        <translation>Y nod cyfan</translation>
    </message>
    <message>
        <source>Why not: {reason}</source>
        <translation>Pam ddim: {reason}</translation>
    </message>
    <message>
        <source>Which step</source>
        <translation>Pa gam</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Another reason, in my own words</source>
        <translation>Rheswm arall, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>If not, why not?</source>
        <translation>Os naddo, pam ddim?</translation>
    </message>
    <message>
        <source>&amp;Which step</source>
        <translation>&amp;Pa gam</translation>
    </message>
    <message>
        <source>Wh&amp;en</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>Did it happen?</source>
        <translation>Ddigwyddodd e?</translation>
    </message>
    <message>
        <source>A &amp;note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
</context>
<context>
    <name>CheckinListModel</name>
    <message>
        <source>the goal as a whole</source>
        <translation>y nod cyfan</translation>
    </message>
    <message>
        <source>Why not: {why}</source>
        <translation>Pam ddim: {why}</translation>
    </message>
</context>
<context>
    <name>CheckinsPanel</name>
    <message>
        <source>Which goal</source>
        <translation>Pa nod</translation>
    </message>
    <message>
        <source>Note when a step happened. If it didn&apos;t, say why not: it helps to see what gets in the way.</source>
        <translation>Nodwch pryd ddigwyddodd cam. Os na ddigwyddodd, dywedwch pam ddim: mae&apos;n helpu i weld beth sy&apos;n mynd yn y ffordd.</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Nod:</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{area}: {rating} out of 5</source>
        <translation>{area}: {rating} allan o 5</translation>
    </message>
    <message>
        <source>{who}: {what}</source>
        <translation>{who}: {what}</translation>
    </message>
    <message>
        <source>(by {date})</source>
        <translation>(erbyn {date})</translation>
    </message>
    <message>
        <source>(done)</source>
        <translation>(wedi'i wneud)</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Wedi newid yn y cyfamser</translation>
    </message>
    <message>
        <source>{who} changed this while you were working on it. Here is what they saved, and what you typed. Which do you want to keep?</source>
        <translation>Newidiodd {who} hwn tra oeddech chi&apos;n gweithio arno. Dyma beth gadwon nhw, a beth deipioch chi. Pa un ydych chi eisiau ei gadw?</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>&lt;b&gt;What they saved&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beth gadwon nhw&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What you typed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Beth deipioch chi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{field}: theirs</source>
        <translation>{field}: eu fersiwn nhw</translation>
    </message>
    <message>
        <source>{field}: yours</source>
        <translation>{field}: eich fersiwn chi</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Cadw fy un i</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Cymryd eu un nhw</translation>
    </message>
    <message>
        <source>Keep mine: save what I typed over theirs</source>
        <translation>Cadw fy un i: cadw beth deipiais i yn lle eu un nhw</translation>
    </message>
    <message>
        <source>Take theirs: leave what they saved</source>
        <translation>Cymryd eu un nhw: gadael beth gadwon nhw</translation>
    </message>
</context>
<context>
    <name>CopiesBox</name>
    <message>
        <source>Sent to the panel</source>
        <translation>Wedi&apos;i anfon at y panel</translation>
    </message>
    <message>
        <source>Sending the plan keeps a copy exactly as it was sent: the plan and the panel pack. A copy can never be changed, so you can always show what the panel saw.</source>
        <translation>Mae anfon y cynllun yn cadw copi yn union fel y cafodd ei anfon: y cynllun a phecyn y panel. Does dim modd newid copi byth, felly gallwch chi bob amser ddangos beth welodd y panel.</translation>
    </message>
    <message>
        <source>Copies sent to the panel</source>
        <translation>Copïau a anfonwyd at y panel</translation>
    </message>
    <message>
        <source>&amp;Send to the panel now…</source>
        <translation>&amp;Anfon at y panel nawr…</translation>
    </message>
    <message>
        <source>&amp;Open the pack</source>
        <translation>&amp;Agor y pecyn</translation>
    </message>
    <message>
        <source>Save the pac&amp;k…</source>
        <translation>Cadw&apos;r pe&amp;cyn…</translation>
    </message>
    <message>
        <source>Save the plan &amp;file…</source>
        <translation>Cadw&apos;r &amp;ffeil cynllun…</translation>
    </message>
    <message>
        <source>&amp;What changed since…</source>
        <translation>&amp;Beth sydd wedi newid ers…</translation>
    </message>
    <message>
        <source>Making the panel pack</source>
        <translation>Yn gwneud pecyn y panel</translation>
    </message>
    <message>
        <source>Sent {date} by {who}</source>
        <translation>Wedi&apos;i anfon {date} gan {who}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>, for the panel on {date}</source>
        <translation>, ar gyfer y panel ar {date}</translation>
    </message>
    <message>
        <source>✔ Checked: exactly as sent.</source>
        <translation>✔ Wedi&apos;i wirio: yn union fel y cafodd ei anfon.</translation>
    </message>
    <message>
        <source>⚠ This copy no longer matches what was sent.</source>
        <translation>⚠ Dydy&apos;r copi hwn ddim yn cyfateb mwyach i&apos;r hyn a anfonwyd.</translation>
    </message>
    <message>
        <source>Plan file SHA-256: {a}
Panel pack SHA-256: {b}</source>
        <translation>SHA-256 y ffeil cynllun: {a}
SHA-256 pecyn y panel: {b}</translation>
    </message>
    <message>
        <source>Send this plan to the panel on {date}?

A copy of the plan and its panel pack will be kept exactly as they are now. It can&apos;t be changed or taken back, and the plan will show as with the panel.</source>
        <translation>Anfon y cynllun hwn at y panel ar {date}?

Bydd copi o&apos;r cynllun a&apos;i becyn panel yn cael ei gadw yn union fel y maen nhw nawr. Does dim modd ei newid na&apos;i gymryd yn ôl, a bydd y cynllun yn dangos ei fod gyda&apos;r panel.</translation>
    </message>
    <message>
        <source>Send to the panel?</source>
        <translation>Anfon at y panel?</translation>
    </message>
    <message>
        <source>Save the copy sent to the panel</source>
        <translation>Cadw&apos;r copi a anfonwyd at y panel</translation>
    </message>
    <message>
        <source>sent-to-panel</source>
        <translation>anfonwyd-at-y-panel</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>For example: 14 May 1979, or 14/5/1979</source>
        <translation>Er enghraifft: 14 Mai 1979, neu 14/5/1979</translation>
    </message>
    <message>
        <source>Choose from a calendar (Ctrl+D)</source>
        <translation>Dewis o galendr (Ctrl+D)</translation>
    </message>
    <message>
        <source>Type the date any way you like, or press Ctrl+D for a calendar.</source>
        <translation>Teipiwch y dyddiad fel y mynnwch, neu pwyswch Ctrl+D i gael calendr.</translation>
    </message>
    <message>
        <source>Read as: {date}</source>
        <translation>Wedi&apos;i ddarllen fel: {date}</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>English</source>
        <translation>English (Saesneg)</translation>
    </message>
    <message>
        <source>Cymraeg (Welsh)</source>
        <translation>Cymraeg</translation>
    </message>
    <message>
        <source>Me and my plan</source>
        <translation>Fi a fy nghynllun</translation>
    </message>
    <message>
        <source>For example: she/her, he/him, they/them</source>
        <translation>Er enghraifft: hi/ei, fe/ei, nhw/eu</translation>
    </message>
    <message>
        <source>Easy read</source>
        <translation>Hawdd ei ddeall</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Testun mawr</translation>
    </message>
    <message>
        <source>Reading aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>For example: My plan for a better year</source>
        <translation>Er enghraifft: Fy nghynllun ar gyfer blwyddyn well</translation>
    </message>
    <message>
        <source>Add someone who helped…</source>
        <translation>Ychwanegu rhywun a helpodd…</translation>
    </message>
    <message>
        <source>Take them off</source>
        <translation>Eu tynnu oddi yma</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>What you like to be called</source>
        <translation>Beth rydych chi&apos;n hoffi cael eich galw</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Who can see these details</source>
        <translation>Pwy sy&apos;n gallu gweld y manylion hyn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Anything else that helps you take part</source>
        <translation>Unrhyw beth arall sy&apos;n eich helpu i gymryd rhan</translation>
    </message>
    <message>
        <source>Name of your plan</source>
        <translation>Enw eich cynllun</translation>
    </message>
    <message>
        <source>Date the plan started</source>
        <translation>Y dyddiad y dechreuodd y cynllun</translation>
    </message>
    <message>
        <source>People who helped write the plan</source>
        <translation>Pobl a helpodd i ysgrifennu&apos;r cynllun</translation>
    </message>
    <message>
        <source>Add someone who helped</source>
        <translation>Ychwanegu rhywun a helpodd</translation>
    </message>
    <message>
        <source>Take the chosen helper off</source>
        <translation>Tynnu&apos;r helpwr a ddewiswyd</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>Fy manylion</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>What you like to be &amp;called</source>
        <translation>Beth rydych chi&apos;n hoffi cael eich &amp;galw</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Rhagenwau</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Dyddiad geni</translation>
    </message>
    <message>
        <source>Who can &amp;see these details</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld y manylion hyn</translation>
    </message>
    <message>
        <source>What helps me read and take part</source>
        <translation>Beth sy&apos;n fy helpu i ddarllen a chymryd rhan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Anything &amp;else that helps</source>
        <translation>Unrhyw beth &amp;arall sy&apos;n helpu</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>Name of my &amp;plan</source>
        <translation>Enw fy &amp;nghynllun</translation>
    </message>
    <message>
        <source>Plan &amp;started</source>
        <translation>Dechreuodd y &amp;cynllun</translation>
    </message>
    <message>
        <source>Who &amp;helped write it</source>
        <translation>Pwy &amp;helpodd i&apos;w ysgrifennu</translation>
    </message>
    <message>
        <source>(seen by: {who})</source>
        <translation>(yn cael ei weld gan: {who})</translation>
    </message>
</context>
<context>
    <name>DisagreementDialog</name>
    <message>
        <source>A different view</source>
        <translation>Barn wahanol</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Am beth mae e</translation>
    </message>
    <message>
        <source>Whose view it is</source>
        <translation>Barn pwy yw hi</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Pwy ydyn nhw</translation>
    </message>
    <message>
        <source>Their view</source>
        <translation>Eu barn</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>What it is &amp;about</source>
        <translation>Am &amp;beth mae e</translation>
    </message>
    <message>
        <source>&amp;Whose view it is</source>
        <translation>&amp;Barn pwy yw hi</translation>
    </message>
    <message>
        <source>Who they &amp;are</source>
        <translation>Pwy &amp;ydyn nhw</translation>
    </message>
    <message>
        <source>Their &amp;view</source>
        <translation>Eu &amp;barn</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>There is nothing in the plan yet to write a view beside.</source>
        <translation>Does dim byd yn y cynllun eto i ysgrifennu barn wrth ei ochr.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>GoalCommands</name>
    <message>
        <source>Add a need</source>
        <translation>Ychwanegu angen</translation>
    </message>
    <message>
        <source>Change a need</source>
        <translation>Newid angen</translation>
    </message>
    <message>
        <source>Take a need off</source>
        <translation>Tynnu angen</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>Change a goal</source>
        <translation>Newid nod</translation>
    </message>
    <message>
        <source>Take a goal off</source>
        <translation>Tynnu nod</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Change a step</source>
        <translation>Newid cam</translation>
    </message>
    <message>
        <source>Take a step off</source>
        <translation>Tynnu cam</translation>
    </message>
    <message>
        <source>Tick a step off</source>
        <translation>Ticio cam</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Symud cam</translation>
    </message>
    <message>
        <source>Split a step</source>
        <translation>Rhannu cam</translation>
    </message>
</context>
<context>
    <name>GoalEditor</name>
    <message>
        <source>This is what I&apos;m working on now</source>
        <translation>Dyma beth rydw i&apos;n gweithio arno nawr</translation>
    </message>
    <message>
        <source>What might get in the way</source>
        <translation>Beth allai fynd yn y ffordd</translation>
    </message>
    <message>
        <source>Ideas to get round it</source>
        <translation>Syniadau i fynd o&apos;i gwmpas</translation>
    </message>
    <message>
        <source>Add something that might get in the way</source>
        <translation>Ychwanegu rhywbeth a allai fynd yn y ffordd</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Ei dynnu</translation>
    </message>
    <message>
        <source>You have not written any needs yet. You can add them in What I need.</source>
        <translation>Dydych chi ddim wedi ysgrifennu unrhyw anghenion eto. Gallwch eu hychwanegu yn Beth sydd ei angen arna i.</translation>
    </message>
    <message>
        <source>My goal, in my own words</source>
        <translation>Fy nod, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Why it matters to me</source>
        <translation>Pam mae&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>What will be different when I get there</source>
        <translation>Beth fydd yn wahanol pan fydda i wedi cyrraedd</translation>
    </message>
    <message>
        <source>What will help</source>
        <translation>Beth fydd yn helpu</translation>
    </message>
    <message>
        <source>Where this goal is up to</source>
        <translation>Ble mae&apos;r nod hwn arni</translation>
    </message>
    <message>
        <source>Who can see this goal</source>
        <translation>Pwy sy&apos;n gallu gweld y nod hwn</translation>
    </message>
    <message>
        <source>What might get in the way, and ideas to get round it</source>
        <translation>Beth allai fynd yn y ffordd, a syniadau i fynd o&apos;i gwmpas</translation>
    </message>
    <message>
        <source>Take the chosen row off</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd</translation>
    </message>
    <message>
        <source>Needs this goal answers</source>
        <translation>Anghenion mae&apos;r nod hwn yn eu hateb</translation>
    </message>
    <message>
        <source>Part of my life: {area}</source>
        <translation>Rhan o fy mywyd: {area}</translation>
    </message>
    <message>
        <source>My &amp;goal, in my own words</source>
        <translation>Fy &amp;nod, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>&amp;Why it matters to me</source>
        <translation>&amp;Pam mae&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>What will be &amp;different when I get there</source>
        <translation>Beth fydd yn &amp;wahanol pan fydda i wedi cyrraedd</translation>
    </message>
    <message>
        <source>What will &amp;help</source>
        <translation>Beth fydd yn &amp;helpu</translation>
    </message>
    <message>
        <source>Where it is &amp;up to</source>
        <translation>Ble mae &amp;arni</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>Think of what could stop you, and ideas to get round it. Write in the boxes.</source>
        <translation>Meddyliwch am beth allai eich rhwystro, a syniadau i fynd o&apos;i gwmpas. Ysgrifennwch yn y blychau.</translation>
    </message>
    <message>
        <source>What this goal is about</source>
        <translation>Am beth mae&apos;r nod hwn</translation>
    </message>
    <message>
        <source>Parts of my life:</source>
        <translation>Rhannau o fy mywyd:</translation>
    </message>
    <message>
        <source>Needs it answers (from What I need):</source>
        <translation>Anghenion mae&apos;n eu hateb (o Beth sydd ei angen arna i):</translation>
    </message>
    <message>
        <source>You made this goal on {date}.</source>
        <translation>Fe wnaethoch chi&apos;r nod hwn ar {date}.</translation>
    </message>
</context>
<context>
    <name>GoalIdeasDialog</name>
    <message>
        <source>Ideas to get started</source>
        <translation>Syniadau i ddechrau</translation>
    </message>
    <message>
        <source>Here are some goals other people have had. Pick one if it fits, and change the words and steps to make them yours. Untick any step you don&apos;t want. Nothing is added unless you press &quot;Use this idea&quot;.</source>
        <translation>Dyma rai nodau mae pobl eraill wedi&apos;u cael. Dewiswch un os yw&apos;n addas, a newidiwch y geiriau a&apos;r camau i&apos;w gwneud yn rhai chi. Dad-diciwch unrhyw gam nad ydych chi ei eisiau. Does dim byd yn cael ei ychwanegu oni bai eich bod yn pwyso &quot;Defnyddio&apos;r syniad hwn&quot;.</translation>
    </message>
    <message>
        <source>Ideas for goals</source>
        <translation>Syniadau am nodau</translation>
    </message>
    <message>
        <source>The goal, in your words</source>
        <translation>Y nod, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>Why it matters to you</source>
        <translation>Pam mae&apos;n bwysig i chi</translation>
    </message>
    <message>
        <source>Starter steps: tick the ones you want; press F2 to change the words</source>
        <translation>Camau cyntaf: ticiwch y rhai rydych chi eu heisiau; pwyswch F2 i newid y geiriau</translation>
    </message>
    <message>
        <source>The &amp;goal, in your words</source>
        <translation>Y &amp;nod, yn eich geiriau chi</translation>
    </message>
    <message>
        <source>&amp;Why it matters to you</source>
        <translation>&amp;Pam mae&apos;n bwysig i chi</translation>
    </message>
    <message>
        <source>&amp;Starter steps (tick the ones you want; F2 changes the words)</source>
        <translation>&amp;Camau cyntaf (ticiwch y rhai rydych chi eu heisiau; mae F2 yn newid y geiriau)</translation>
    </message>
    <message>
        <source>Use this idea</source>
        <translation>Defnyddio&apos;r syniad hwn</translation>
    </message>
</context>
<context>
    <name>GoalListModel</name>
    <message>
        <source>What I&apos;m working on now</source>
        <translation>Beth rydw i&apos;n gweithio arno nawr</translation>
    </message>
</context>
<context>
    <name>GoalModels</name>
    <message>
        <source>Seen by: {who}</source>
        <translation>Yn cael ei weld gan: {who}</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>My goals</source>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <source>What do you want to do? Write it in your own words. It is fine to change your mind.</source>
        <translation>Beth hoffech chi ei wneud? Ysgrifennwch ef yn eich geiriau eich hun. Mae&apos;n iawn newid eich meddwl.</translation>
    </message>
    <message>
        <source>A new goal, for example: Cook for myself</source>
        <translation>Nod newydd, er enghraifft: Coginio i mi fy hun</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>Ideas to get started…</source>
        <translation>Syniadau i ddechrau…</translation>
    </message>
    <message>
        <source>Take this goal off</source>
        <translation>Tynnu&apos;r nod hwn</translation>
    </message>
    <message>
        <source>A new goal, in my own words</source>
        <translation>Nod newydd, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Add the new goal</source>
        <translation>Ychwanegu&apos;r nod newydd</translation>
    </message>
    <message>
        <source>Ideas to get started</source>
        <translation>Syniadau i ddechrau</translation>
    </message>
    <message>
        <source>Take the chosen goal off</source>
        <translation>Tynnu&apos;r nod a ddewiswyd</translation>
    </message>
    <message>
        <source>About this goal</source>
        <translation>Am y nod hwn</translation>
    </message>
    <message>
        <source>Small steps</source>
        <translation>Camau bach</translation>
    </message>
    <message>
        <source>The chosen goal</source>
        <translation>Y nod a ddewiswyd</translation>
    </message>
    <message>
        <source>Take this goal off?</source>
        <translation>Tynnu&apos;r nod hwn?</translation>
    </message>
    <message>
        <source>Take &quot;{title}&quot; off your plan, with all its steps?

If you have changed your mind, you can keep it instead: choose &quot;I changed my mind&quot; in Where it is up to. Undo (Ctrl+Z) brings a goal back.</source>
        <translation>Tynnu &quot;{title}&quot; oddi ar eich cynllun, gyda&apos;i holl gamau?

Os ydych chi wedi newid eich meddwl, gallwch ei gadw yn lle hynny: dewiswch &quot;Rydw i wedi newid fy meddwl&quot; yn Ble mae arni. Mae Dadwneud (Ctrl+Z) yn dod â nod yn ôl.</translation>
    </message>
</context>
<context>
    <name>HelperDialog</name>
    <message>
        <source>Someone who helped</source>
        <translation>Rhywun a helpodd</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Eu henw</translation>
    </message>
    <message>
        <source>How they helped</source>
        <translation>Sut y gwnaethon nhw helpu</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>Their &amp;name</source>
        <translation>Eu &amp;henw</translation>
    </message>
    <message>
        <source>&amp;How they helped</source>
        <translation>&amp;Sut y gwnaethon nhw helpu</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of this plan</source>
        <translation>Hanes y cynllun hwn</translation>
    </message>
    <message>
        <source>Show changes to</source>
        <translation>Dangos newidiadau i</translation>
    </message>
    <message>
        <source>Every part</source>
        <translation>Pob rhan</translation>
    </message>
    <message>
        <source>Show changes made by</source>
        <translation>Dangos newidiadau a wnaed gan</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(dim enw wedi&apos;i roi)</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Newidiadau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Show changes &amp;to</source>
        <translation>Dangos newidiadau &amp;i</translation>
    </message>
    <message>
        <source>Made &amp;by</source>
        <translation>Wedi&apos;u gwneud &amp;gan</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>No changes to show.</source>
        <translation>Does dim newidiadau i&apos;w dangos.</translation>
    </message>
</context>
<context>
    <name>HowItsGoing</name>
    <message>
        <source>What happened, newest first</source>
        <translation>Beth ddigwyddodd, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Note how it went…</source>
        <translation>Nodi sut aeth hi…</translation>
    </message>
    <message>
        <source>Change the note…</source>
        <translation>Newid y nodyn…</translation>
    </message>
    <message>
        <source>Take the note off</source>
        <translation>Tynnu&apos;r nodyn</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Add a review…</source>
        <translation>Ychwanegu adolygiad…</translation>
    </message>
    <message>
        <source>Change the review…</source>
        <translation>Newid yr adolygiad…</translation>
    </message>
    <message>
        <source>Take the review off</source>
        <translation>Tynnu&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Planning meetings</source>
        <translation>Cyfarfodydd cynllunio</translation>
    </message>
    <message>
        <source>Add a meeting…</source>
        <translation>Ychwanegu cyfarfod…</translation>
    </message>
    <message>
        <source>Change the meeting…</source>
        <translation>Newid y cyfarfod…</translation>
    </message>
    <message>
        <source>Take the meeting off</source>
        <translation>Tynnu&apos;r cyfarfod</translation>
    </message>
</context>
<context>
    <name>HowItsGoingCommands</name>
    <message>
        <source>Add a note on how it went</source>
        <translation>Ychwanegu nodyn ar sut aeth hi</translation>
    </message>
    <message>
        <source>Change a note on how it went</source>
        <translation>Newid nodyn ar sut aeth hi</translation>
    </message>
    <message>
        <source>Take a note off</source>
        <translation>Tynnu nodyn</translation>
    </message>
    <message>
        <source>Add a review</source>
        <translation>Ychwanegu adolygiad</translation>
    </message>
    <message>
        <source>Change a review</source>
        <translation>Newid adolygiad</translation>
    </message>
    <message>
        <source>Take a review off</source>
        <translation>Tynnu adolygiad</translation>
    </message>
    <message>
        <source>Add a planning meeting</source>
        <translation>Ychwanegu cyfarfod cynllunio</translation>
    </message>
    <message>
        <source>Change a planning meeting</source>
        <translation>Newid cyfarfod cynllunio</translation>
    </message>
    <message>
        <source>Take a meeting off</source>
        <translation>Tynnu cyfarfod</translation>
    </message>
</context>
<context>
    <name>HowItsGoingPage</name>
    <message>
        <source>How it&apos;s going</source>
        <translation>Sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>Did it happen?</source>
        <translation>Ddigwyddodd e?</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Planning meetings</source>
        <translation>Cyfarfodydd cynllunio</translation>
    </message>
    <message>
        <source>Next look at my goals</source>
        <translation>Yr edrychiad nesaf ar fy nodau</translation>
    </message>
    <message>
        <source>Next look at my whole plan</source>
        <translation>Yr edrychiad nesaf ar fy nghynllun cyfan</translation>
    </message>
    <message>
        <source>{what}: it was due on {date} ({when}).</source>
        <translation>{what}: roedd yn ddyledus ar {date} ({when}).</translation>
    </message>
    <message>
        <source>{what}: {date} ({when}).</source>
        <translation>{what}: {date} ({when}).</translation>
    </message>
    <message>
        <source>This plan has ended, so no reviews are due.</source>
        <translation>Mae&apos;r cynllun hwn wedi dod i ben, felly does dim adolygiadau&apos;n ddyledus.</translation>
    </message>
    <message>
        <source>Give your plan a start date to see when reviews are due.</source>
        <translation>Rhowch ddyddiad dechrau i&apos;ch cynllun i weld pryd mae adolygiadau&apos;n ddyledus.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>That passphrase isn&apos;t right.</source>
        <translation>Dydy&apos;r cyfrinymadrodd yna ddim yn iawn.</translation>
    </message>
</context>
<context>
    <name>ItemCommands</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Change the budget</source>
        <translation>Newid y gyllideb</translation>
    </message>
</context>
<context>
    <name>ItemListEditor</name>
    <message>
        <source>Nothing here yet.</source>
        <translation>Does dim byd yma eto.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ychwanegu…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>Take off</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Add to: {list}</source>
        <translation>Ychwanegu at: {list}</translation>
    </message>
    <message>
        <source>Change the chosen item in: {list}</source>
        <translation>Newid yr eitem a ddewiswyd yn: {list}</translation>
    </message>
    <message>
        <source>Take the chosen item off: {list}</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd o: {list}</translation>
    </message>
    <message>
        <source>Move the chosen item up in: {list}</source>
        <translation>Symud yr eitem a ddewiswyd i fyny yn: {list}</translation>
    </message>
    <message>
        <source>Move the chosen item down in: {list}</source>
        <translation>Symud yr eitem a ddewiswyd i lawr yn: {list}</translation>
    </message>
    <message>
        <source>Write a new item for: {list}</source>
        <translation>Ysgrifennu eitem newydd ar gyfer: {list}</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Arrow keys move between boxes. Enter or F2 changes the words; Escape leaves them as they were. Tab moves on.</source>
        <translation>Mae&apos;r bysellau saeth yn symud rhwng y blychau. Mae Enter neu F2 yn newid y geiriau; mae Escape yn eu gadael fel yr oedden nhw. Mae Tab yn symud ymlaen.</translation>
    </message>
</context>
<context>
    <name>JustMe</name>
    <message>
        <source>Just for the person?</source>
        <translation>Dim ond ar gyfer y person?</translation>
    </message>
    <message>
        <source>On a team database, &quot;just me&quot; means taking this out of the team&apos;s copy: it stays only in the person&apos;s own plan file. Take it out now? (Undo puts it back.)</source>
        <translation>Ar gronfa ddata tîm, mae &quot;dim ond fi&quot; yn golygu tynnu hwn allan o gopi&apos;r tîm: mae&apos;n aros yn ffeil cynllun y person ei hun yn unig. Ei dynnu allan nawr? (Mae Dadwneud yn ei roi&apos;n ôl.)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ni newidiwyd dim byd.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>The computer&apos;s language ({name})</source>
        <translation>Iaith y cyfrifiadur ({name})</translation>
    </message>
</context>
<context>
    <name>LifeChartCommands</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Put the moments in date order</source>
        <translation>Rhoi&apos;r digwyddiadau yn nhrefn dyddiad</translation>
    </message>
    <message>
        <source>The moments are already in date order.</source>
        <translation>Mae&apos;r digwyddiadau eisoes yn nhrefn dyddiad.</translation>
    </message>
    <message>
        <source>Change how close</source>
        <translation>Newid pa mor agos</translation>
    </message>
    <message>
        <source>That is already in this circle.</source>
        <translation>Mae hwnnw eisoes yn y cylch hwn.</translation>
    </message>
</context>
<context>
    <name>LifeStoryPage</name>
    <message>
        <source>My life story</source>
        <translation>Stori fy mywyd</translation>
    </message>
    <message>
        <source>The important moments of your whole life, the good times and the hard ones: home, family, work, things you are proud of, not only times in hospital. Add them in any order. A moment with a date goes in date order; you can move any moment up or down.</source>
        <translation>Digwyddiadau pwysig eich bywyd cyfan, yr amseroedd da a&apos;r rhai anodd: cartref, teulu, gwaith, pethau rydych chi&apos;n falch ohonyn nhw, nid dim ond amseroedd yn yr ysbyty. Ychwanegwch nhw mewn unrhyw drefn. Mae digwyddiad gyda dyddiad yn mynd yn nhrefn dyddiad; gallwch symud unrhyw ddigwyddiad i fyny neu i lawr.</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>digwyddiad</translation>
    </message>
    <message>
        <source>&amp;Add a moment</source>
        <translation>&amp;Ychwanegu digwyddiad</translation>
    </message>
    <message>
        <source>Add a moment</source>
        <translation>Ychwanegu digwyddiad</translation>
    </message>
    <message>
        <source>Moments of my life, in order</source>
        <translation>Digwyddiadau fy mywyd, mewn trefn</translation>
    </message>
    <message>
        <source>Put in date &amp;order</source>
        <translation>Rhoi yn nhrefn &amp;dyddiad</translation>
    </message>
    <message>
        <source>Put the moments in date order</source>
        <translation>Rhoi&apos;r digwyddiadau yn nhrefn dyddiad</translation>
    </message>
    <message>
        <source>What &amp;happened, in a few words</source>
        <translation>Beth &amp;ddigwyddodd, mewn ychydig eiriau</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>For example: My first job, at the garden centre</source>
        <translation>Er enghraifft: Fy swydd gyntaf, yn y ganolfan arddio</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Pryd</translation>
    </message>
    <message>
        <source>How you want to say when it happened</source>
        <translation>Sut rydych chi eisiau dweud pryd y digwyddodd</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Blwyddyn</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>For example: 1998</source>
        <translation>Er enghraifft: 1998</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mis</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>How &amp;old you were</source>
        <translation>Pa mor &amp;hen oeddech chi</translation>
    </message>
    <message>
        <source>How old you were</source>
        <translation>Pa mor hen oeddech chi</translation>
    </message>
    <message>
        <source>For example: 12</source>
        <translation>Er enghraifft: 12</translation>
    </message>
    <message>
        <source>&amp;Not sure exactly</source>
        <translation>&amp;Ddim yn siŵr yn union</translation>
    </message>
    <message>
        <source>Not sure exactly: around then</source>
        <translation>Ddim yn siŵr yn union: tua&apos;r adeg honno</translation>
    </message>
    <message>
        <source>A &amp;good or a hard time?</source>
        <translation>Amser &amp;da neu amser anodd?</translation>
    </message>
    <message>
        <source>A good or a hard time</source>
        <translation>Amser da neu amser anodd</translation>
    </message>
    <message>
        <source>&amp;Kind of moment</source>
        <translation>&amp;Math o ddigwyddiad</translation>
    </message>
    <message>
        <source>Kind of moment</source>
        <translation>Math o ddigwyddiad</translation>
    </message>
    <message>
        <source>More about it, if you like</source>
        <translation>Mwy amdano, os hoffech chi</translation>
    </message>
    <message>
        <source>More about this moment</source>
        <translation>Mwy am y digwyddiad hwn</translation>
    </message>
    <message>
        <source>Your own words</source>
        <translation>Eich geiriau eich hun</translation>
    </message>
    <message>
        <source>Who can s&amp;ee this</source>
        <translation>Pwy sy&apos;n gallu g&amp;weld hyn</translation>
    </message>
    <message>
        <source>Who can see this moment</source>
        <translation>Pwy sy&apos;n gallu gweld y digwyddiad hwn</translation>
    </message>
    <message>
        <source>{when}: {title}. {feeling}. Seen by: {who}</source>
        <translation>{when}: {title}. {feeling}. Yn cael ei weld gan: {who}</translation>
    </message>
    <message>
        <source>A new moment</source>
        <translation>Digwyddiad newydd</translation>
    </message>
    <message>
        <source>The chosen moment</source>
        <translation>Y digwyddiad a ddewiswyd</translation>
    </message>
    <message>
        <source>Write what happened, and the moment is kept. Then say when, and whether it was a good or a hard time.</source>
        <translation>Ysgrifennwch beth ddigwyddodd, ac mae&apos;r digwyddiad yn cael ei gadw. Yna dywedwch pryd, ac a oedd yn amser da neu&apos;n amser anodd.</translation>
    </message>
    <message>
        <source>Please write a few words saying what happened.</source>
        <translation>Ysgrifennwch ychydig eiriau yn dweud beth ddigwyddodd, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Change a moment</source>
        <translation>Newid digwyddiad</translation>
    </message>
    <message>
        <source>Move a moment</source>
        <translation>Symud digwyddiad</translation>
    </message>
    <message>
        <source>Remove a moment</source>
        <translation>Tynnu digwyddiad</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Small Steps is locked</source>
        <translation>Mae Small Steps wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>It locked because no one used it for a while. Type your passphrase (or recovery key) to go on.</source>
        <translation>Cafodd ei gloi am nad oedd neb wedi&apos;i ddefnyddio ers tro. Teipiwch eich cyfrinymadrodd (neu&apos;ch allwedd adfer) i fynd ymlaen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Small Steps plan files (*.smallsteps);;All files (*)</source>
        <translation>Ffeiliau cynllun Small Steps (*.smallsteps);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Small Steps plan files (*.smallsteps);;FHIR bundles from other systems (*.json);;All files (*)</source>
        <translation>Ffeiliau cynllun Small Steps (*.smallsteps);;Bwndeli FHIR o systemau eraill (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Small Steps</source>
        <translation>Small Steps</translation>
    </message>
    <message>
        <source>Opening your plans…</source>
        <translation>Yn agor eich cynlluniau…</translation>
    </message>
    <message>
        <source>Everything you write is saved as you go.</source>
        <translation>Mae popeth rydych chi&apos;n ei ysgrifennu yn cael ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>What happened to your last change</source>
        <translation>Beth ddigwyddodd i&apos;ch newid diwethaf</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>Try an &amp;example plan</source>
        <translation>Rhoi cynnig ar gynllun &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>&amp;Bring in a plan file…</source>
        <translation>Dod â ffeil &amp;cynllun i mewn…</translation>
    </message>
    <message>
        <source>&amp;Save this plan as a file…</source>
        <translation>&amp;Cadw&apos;r cynllun hwn fel ffeil…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>Copïau wrth &amp;gefn…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;Check my plans are healthy</source>
        <translation>&amp;Gwirio bod fy nghynlluniau&apos;n iach</translation>
    </message>
    <message>
        <source>Plans opened outside &amp;access…</source>
        <translation>Cynlluniau a agorwyd y tu allan i &amp;fynediad…</translation>
    </message>
    <message>
        <source>&amp;About Small Steps</source>
        <translation>&amp;Ynglŷn â Small Steps</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>Small Steps (looking only)</source>
        <translation>Small Steps (edrych yn unig)</translation>
    </message>
    <message>
        <source>Looking only: another copy of Small Steps has these plans open.</source>
        <translation>Edrych yn unig: mae gan gopi arall o Small Steps y cynlluniau hyn ar agor.</translation>
    </message>
    <message>
        <source>⚠ Your plans are in a network folder, where they can be damaged. Choose a folder on this computer in Settings.</source>
        <translation>⚠ Mae eich cynlluniau mewn ffolder rhwydwaith, lle gallan nhw gael eu difrodi. Dewiswch ffolder ar y cyfrifiadur hwn yn y Gosodiadau.</translation>
    </message>
    <message>
        <source>{who} changed this plan from elsewhere: their changes are shown.</source>
        <translation>Newidiodd {who} y cynllun hwn o rywle arall: mae eu newidiadau i&apos;w gweld.</translation>
    </message>
    <message>
        <source>Backup not made: {why}</source>
        <translation>Ni wnaed copi wrth gefn: {why}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Wedi&apos;i gadw am {time}</translation>
    </message>
    <message>
        <source>Not saved: {why}</source>
        <translation>Heb ei gadw: {why}</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>What is their name?</source>
        <translation>Beth yw eu henw?</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Ailenwi</translation>
    </message>
    <message>
        <source>What should their name be?</source>
        <translation>Beth ddylai eu henw fod?</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>Tynnu {name}?</translation>
    </message>
    <message>
        <source>Remove {name} and their plan from Small Steps?

You can bring them back with Undo until you close Small Steps.</source>
        <translation>Tynnu {name} a&apos;u cynllun o Small Steps?

Gallwch ddod â nhw yn ôl gyda Dadwneud nes i chi gau Small Steps.</translation>
    </message>
    <message>
        <source>Bring in a plan file</source>
        <translation>Dod â ffeil cynllun i mewn</translation>
    </message>
    <message>
        <source>Brought in</source>
        <translation>Wedi&apos;i ddod i mewn</translation>
    </message>
    <message>
        <source>Save this plan as a file</source>
        <translation>Cadw&apos;r cynllun hwn fel ffeil</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>cynllun</translation>
    </message>
    <message>
        <source>Saved the plan to {path}</source>
        <translation>Wedi cadw&apos;r cynllun yn {path}</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>Mae&apos;r copi wrth gefn yn ôl yn ei le.</translation>
    </message>
    <message>
        <source>Check my plans</source>
        <translation>Gwirio fy nghynlluniau</translation>
    </message>
    <message>
        <source>Small Steps found a problem:</source>
        <translation>Daeth Small Steps o hyd i broblem:</translation>
    </message>
    <message>
        <source>Nothing has been changed. You can go back to a backup from File, Backups.</source>
        <translation>Does dim byd wedi&apos;i newid. Gallwch fynd yn ôl at gopi wrth gefn o Ffeil, Copïau wrth gefn.</translation>
    </message>
    <message>
        <source>All is well: your plans are healthy.</source>
        <translation>Mae popeth yn iawn: mae eich cynlluniau&apos;n iach.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>A planning meeting</source>
        <translation>Cyfarfod cynllunio</translation>
    </message>
    <message>
        <source>Somewhere safe and familiar, for example: the health centre</source>
        <translation>Rhywle diogel a chyfarwydd, er enghraifft: y ganolfan iechyd</translation>
    </message>
    <message>
        <source>(one name on each line)</source>
        <translation>(un enw ar bob llinell)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Agreed to do what</source>
        <translation>Wedi cytuno i wneud beth</translation>
    </message>
    <message>
        <source>Done?</source>
        <translation>Wedi&apos;i wneud?</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Add something someone agreed to do</source>
        <translation>Ychwanegu rhywbeth mae rhywun wedi cytuno i&apos;w wneud</translation>
    </message>
    <message>
        <source>Take the row off</source>
        <translation>Tynnu&apos;r rhes</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What the meeting is for</source>
        <translation>Beth yw diben y cyfarfod</translation>
    </message>
    <message>
        <source>Who agreed to do what, by when</source>
        <translation>Pwy gytunodd i wneud beth, erbyn pryd</translation>
    </message>
    <message>
        <source>Take the chosen row off</source>
        <translation>Tynnu&apos;r rhes a ddewiswyd</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Y cyfarfod nesaf</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>What it is &amp;for</source>
        <translation>Beth yw ei &amp;ddiben</translation>
    </message>
    <message>
        <source>People (one name on each line)</source>
        <translation>Pobl (un enw ar bob llinell)</translation>
    </message>
    <message>
        <source>Who agreed to do what</source>
        <translation>Pwy gytunodd i wneud beth</translation>
    </message>
    <message>
        <source>Write each thing down, so everyone can have a copy.</source>
        <translation>Ysgrifennwch bob peth, fel bod pawb yn gallu cael copi.</translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation>Y cyfarfod &amp;nesaf</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>A planning meeting brings together the people who can help, somewhere that feels safe. Write down who agreed to do what.</source>
        <translation>Mae cyfarfod cynllunio yn dod â&apos;r bobl sy&apos;n gallu helpu at ei gilydd, rhywle sy&apos;n teimlo&apos;n ddiogel. Ysgrifennwch pwy gytunodd i wneud beth.</translation>
    </message>
    <message>
        <source>The chosen meeting</source>
        <translation>Y cyfarfod a ddewiswyd</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Dim cyfarfodydd eto.</translation>
    </message>
    <message>
        <source>What it was for: {purpose}</source>
        <translation>Beth oedd ei ddiben: {purpose}</translation>
    </message>
    <message>
        <source>Who came: {names}</source>
        <translation>Pwy ddaeth: {names}</translation>
    </message>
    <message>
        <source>Said sorry, couldn&apos;t come: {names}</source>
        <translation>Wedi ymddiheuro, methu dod: {names}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>heb ei wneud eto</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>erbyn {date}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>Next meeting: {date}</source>
        <translation>Y cyfarfod nesaf: {date}</translation>
    </message>
</context>
<context>
    <name>NeedDialog</name>
    <message>
        <source>Something I need</source>
        <translation>Rhywbeth sydd ei angen arna i</translation>
    </message>
    <message>
        <source>What do you need help with? Say it your way.</source>
        <translation>Gyda beth mae angen help arnoch chi? Dywedwch e yn eich ffordd eich hun.</translation>
    </message>
    <message>
        <source>What I need, in my own words</source>
        <translation>Beth sydd ei angen arna i, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Which part of life it is about</source>
        <translation>Am ba ran o fywyd mae e</translation>
    </message>
    <message>
        <source>Which budget pays (your broker fills this in)</source>
        <translation>Pa gyllideb sy&apos;n talu (eich brocer sy&apos;n llenwi hyn)</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>What I &amp;need, in my own words</source>
        <translation>Beth sydd ei &amp;angen arna i, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Which &amp;part of life it is about</source>
        <translation>Am ba &amp;ran o fywyd mae e</translation>
    </message>
    <message>
        <source>Which &amp;budget pays (your broker fills this in)</source>
        <translation>Pa &amp;gyllideb sy&apos;n talu (eich brocer sy&apos;n llenwi hyn)</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
</context>
<context>
    <name>NeedListModel</name>
    <message>
        <source>Paid for by: {stream}</source>
        <translation>Yn cael ei dalu gan: {stream}</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>What I need</source>
        <translation>Beth sydd ei angen arna i</translation>
    </message>
    <message>
        <source>Write what you need help with, in your own words. Each need goes under a part of life, so a panel can find it. Your broker chooses which budget pays.</source>
        <translation>Ysgrifennwch gyda beth mae angen help arnoch chi, yn eich geiriau eich hun. Mae pob angen yn mynd o dan ran o fywyd, fel bod panel yn gallu dod o hyd iddo. Eich brocer sy&apos;n dewis pa gyllideb sy&apos;n talu.</translation>
    </message>
    <message>
        <source>Add something I need…</source>
        <translation>Ychwanegu rhywbeth sydd ei angen arna i…</translation>
    </message>
    <message>
        <source>Take it off</source>
        <translation>Ei dynnu</translation>
    </message>
    <message>
        <source>Add something I need</source>
        <translation>Ychwanegu rhywbeth sydd ei angen arna i</translation>
    </message>
    <message>
        <source>Take the chosen need off</source>
        <translation>Tynnu&apos;r angen a ddewiswyd</translation>
    </message>
    <message>
        <source>What I need, in my own words</source>
        <translation>Beth sydd ei angen arna i, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Which part of life it is about</source>
        <translation>Am ba ran o fywyd mae e</translation>
    </message>
    <message>
        <source>Which budget pays (your broker fills this in)</source>
        <translation>Pa gyllideb sy&apos;n talu (eich brocer sy&apos;n llenwi hyn)</translation>
    </message>
    <message>
        <source>Who can see this need</source>
        <translation>Pwy sy&apos;n gallu gweld yr angen hwn</translation>
    </message>
    <message>
        <source>The chosen need</source>
        <translation>Yr angen a ddewiswyd</translation>
    </message>
    <message>
        <source>What I &amp;need, in my own words</source>
        <translation>Beth sydd ei &amp;angen arna i, yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Which &amp;part of life it is about</source>
        <translation>Am ba &amp;ran o fywyd mae e</translation>
    </message>
    <message>
        <source>Which &amp;budget pays (your broker fills this in)</source>
        <translation>Pa &amp;gyllideb sy&apos;n talu (eich brocer sy&apos;n llenwi hyn)</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Start with the first question</source>
        <translation>Dechrau gyda&apos;r cwestiwn cyntaf</translation>
    </message>
    <message>
        <source>Go through the questions one at a time</source>
        <translation>Mynd drwy&apos;r cwestiynau un ar y tro</translation>
    </message>
    <message>
        <source>Carry on where you left off</source>
        <translation>Mynd ymlaen o&apos;r lle y gwnaethoch chi stopio</translation>
    </message>
</context>
<context>
    <name>PanelCommands</name>
    <message>
        <source>Change where the plan is up to</source>
        <translation>Newid ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>Change the date of the last assessment</source>
        <translation>Newid dyddiad yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>Add who helped write a part</source>
        <translation>Ychwanegu pwy helpodd i ysgrifennu rhan</translation>
    </message>
    <message>
        <source>Take off who helped write a part</source>
        <translation>Tynnu pwy helpodd i ysgrifennu rhan</translation>
    </message>
    <message>
        <source>Write down a different view</source>
        <translation>Ysgrifennu barn wahanol</translation>
    </message>
    <message>
        <source>Take off a different view</source>
        <translation>Tynnu barn wahanol</translation>
    </message>
</context>
<context>
    <name>PanelDayDialog</name>
    <message>
        <source>Panel day</source>
        <translation>Diwrnod y panel</translation>
    </message>
    <message>
        <source>Date of the panel</source>
        <translation>Dyddiad y panel</translation>
    </message>
    <message>
        <source>Folder to save the packs in</source>
        <translation>Ffolder i gadw&apos;r pecynnau ynddo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Dewis ffolder</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>&amp;Make the packs</source>
        <translation>&amp;Gwneud y pecynnau</translation>
    </message>
    <message>
        <source>Make the packs</source>
        <translation>Gwneud y pecynnau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>&amp;Date of the panel</source>
        <translation>&amp;Dyddiad y panel</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ffolder</translation>
    </message>
    <message>
        <source>Every plan ready for this panel gets a panel pack, and the folder gets an index listing them with their cost and allocation. Each plan is sent: a copy is kept exactly as it is, and the plan shows as with the panel.</source>
        <translation>Mae pob cynllun sy&apos;n barod ar gyfer y panel hwn yn cael pecyn panel, ac mae&apos;r ffolder yn cael mynegai sy&apos;n eu rhestru gyda&apos;u cost a&apos;u dyraniad. Mae pob cynllun yn cael ei anfon: mae copi&apos;n cael ei gadw yn union fel y mae, ac mae&apos;r cynllun yn dangos ei fod gyda&apos;r panel.</translation>
    </message>
    <message>
        <source>Write the date like 3 December 2026, or press Ctrl+D for a calendar.</source>
        <translation>Ysgrifennwch y dyddiad fel 3 Rhagfyr 2026, neu pwyswch Ctrl+D i gael calendr.</translation>
    </message>
    <message>
        <source>No plans are ready for the panel on {date}.</source>
        <translation>Does dim cynlluniau&apos;n barod ar gyfer y panel ar {date}.</translation>
    </message>
    <message>
        <source>For the panel on {date}: {names}.</source>
        <translation>Ar gyfer y panel ar {date}: {names}.</translation>
    </message>
    <message>
        <source>Folder for the panel packs</source>
        <translation>Ffolder ar gyfer pecynnau&apos;r panel</translation>
    </message>
    <message>
        <source>Please choose a folder for the packs.</source>
        <translation>Dewiswch ffolder ar gyfer y pecynnau, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>The panel date has passed</source>
        <translation>Mae dyddiad y panel wedi mynd heibio</translation>
    </message>
    <message>
        <source>{passed}

Make the packs for that date anyway?</source>
        <translation>{passed}

Gwneud y pecynnau ar gyfer y dyddiad hwnnw beth bynnag?</translation>
    </message>
    <message>
        <source>Some costs are not shared</source>
        <translation>Dydy rhai costau ddim yn cael eu rhannu</translation>
    </message>
    <message>
        <source>The panel will not see some costed support in these plans, and their totals leave it out:

{names}

Make the packs anyway?</source>
        <translation>Fydd y panel ddim yn gweld rhywfaint o&apos;r cymorth sydd wedi&apos;i gostio yn y cynlluniau hyn, ac mae eu cyfansymiau&apos;n ei adael allan:

{names}

Gwneud y pecynnau beth bynnag?</translation>
    </message>
    <message>
        <source>Making: {what}</source>
        <translation>Yn gwneud: {what}</translation>
    </message>
    <message>
        <source>Not sent (the index lists them too):
{names}</source>
        <translation>Heb eu hanfon (mae&apos;r mynegai yn eu rhestru hefyd):
{names}</translation>
    </message>
    <message>
        <source>Some plans could not be sent. They are listed below.</source>
        <translation>Doedd dim modd anfon rhai cynlluniau. Maen nhw wedi&apos;u rhestru isod.</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Reviews and the panel</source>
        <translation>Adolygiadau a&apos;r panel</translation>
    </message>
    <message>
        <source>Date of the last assessment</source>
        <translation>Dyddiad yr asesiad diwethaf</translation>
    </message>
    <message>
        <source>When reviews are due</source>
        <translation>Pryd mae adolygiadau&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Last &amp;assessment</source>
        <translation>Yr &amp;asesiad diwethaf</translation>
    </message>
    <message>
        <source>A &amp;note</source>
        <translation>&amp;Nodyn</translation>
    </message>
    <message>
        <source>&amp;Change where the plan is up to</source>
        <translation>&amp;Newid ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>Every change of where the plan is up to</source>
        <translation>Pob newid i ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>Where the plan is up to</source>
        <translation>Ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>Date of the panel</source>
        <translation>Dyddiad y panel</translation>
    </message>
    <message>
        <source>Conditions, reasons or a note</source>
        <translation>Amodau, rhesymau neu nodyn</translation>
    </message>
    <message>
        <source>Change where the plan is up to</source>
        <translation>Newid ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>&amp;Up to</source>
        <translation>Ble mae &amp;arni</translation>
    </message>
    <message>
        <source>&amp;Panel date</source>
        <translation>Dyddiad y &amp;panel</translation>
    </message>
    <message>
        <source>Every change, with when and who:</source>
        <translation>Pob newid, gyda phryd a phwy:</translation>
    </message>
    <message>
        <source>Not due: the plan needs a start date, or it has ended.</source>
        <translation>Ddim yn ddyledus: mae angen dyddiad dechrau ar y cynllun, neu mae wedi dod i ben.</translation>
    </message>
    <message>
        <source>Goals are reviewed every {g} months, the plan every {p} and reassessment every {r} (change these in Settings).</source>
        <translation>Mae nodau&apos;n cael eu hadolygu bob {g} mis, y cynllun bob {p} ac ailasesiad bob {r} (newidiwch y rhain yn y Gosodiadau).</translation>
    </message>
    <message>
        <source>Now: {status}</source>
        <translation>Nawr: {status}</translation>
    </message>
    <message>
        <source> (panel on {date})</source>
        <translation> (panel ar {date})</translation>
    </message>
    <message>
        <source>{when}, {who}: {status}</source>
        <translation>{when}, {who}: {status}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protect your plans</source>
        <translation>Diogelu eich cynlluniau</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Choose a passphrase: a few words you will remember. You will need it to open Small Steps. You will also get a recovery key, in case you forget it.</source>
        <translation>Dewiswch gyfrinymadrodd: ychydig eiriau y byddwch chi&apos;n eu cofio. Bydd ei angen arnoch chi i agor Small Steps. Byddwch chi hefyd yn cael allwedd adfer, rhag ofn i chi ei anghofio.</translation>
    </message>
    <message>
        <source>These plans are protected. Type your passphrase (or your recovery key) to open them.</source>
        <translation>Mae&apos;r cynlluniau hyn wedi&apos;u diogelu. Teipiwch eich cyfrinymadrodd (neu&apos;ch allwedd adfer) i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The same &amp;again</source>
        <translation>Yr un peth &amp;eto</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Add {name}</source>
        <translation>Ychwanegu {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Tynnu {name}</translation>
    </message>
    <message>
        <source>Change details</source>
        <translation>Newid manylion</translation>
    </message>
    <message>
        <source>Change the plan</source>
        <translation>Newid y cynllun</translation>
    </message>
    <message>
        <source>Add a helper</source>
        <translation>Ychwanegu helpwr</translation>
    </message>
    <message>
        <source>Remove a helper</source>
        <translation>Tynnu helpwr</translation>
    </message>
    <message>
        <source>Change a helper</source>
        <translation>Newid helpwr</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Where the plan is up to</source>
        <translation>Ble mae&apos;r cynllun arni</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(dim teitl eto)</translation>
    </message>
</context>
<context>
    <name>PeoplePlacesPage</name>
    <message>
        <source>My people and places</source>
        <translation>Fy mhobl a&apos;m llefydd</translation>
    </message>
    <message>
        <source>The people, places, services, groups and pets in your life, and how close they are to you: very close, close, or around you. Change how close by dragging a shape on the map to another circle, or with Move closer and Move further out.</source>
        <translation>Y bobl, y llefydd, y gwasanaethau, y grwpiau a&apos;r anifeiliaid anwes yn eich bywyd, a pha mor agos ydyn nhw atoch chi: agos iawn, agos, neu o&apos;ch cwmpas. Newidiwch pa mor agos drwy lusgo siâp ar y map i gylch arall, neu gyda Symud yn nes a Symud ymhellach allan.</translation>
    </message>
    <message>
        <source>person or place</source>
        <translation>person neu le</translation>
    </message>
    <message>
        <source>&amp;Add someone or somewhere</source>
        <translation>&amp;Ychwanegu rhywun neu rywle</translation>
    </message>
    <message>
        <source>Add a person, place, service, group or pet</source>
        <translation>Ychwanegu person, lle, gwasanaeth, grŵp neu anifail anwes</translation>
    </message>
    <message>
        <source>Move c&amp;loser</source>
        <translation>Symud yn &amp;nes</translation>
    </message>
    <message>
        <source>Move the chosen one a circle closer to me</source>
        <translation>Symud yr un a ddewiswyd un cylch yn nes ataf i</translation>
    </message>
    <message>
        <source>Move &amp;further out</source>
        <translation>Symud ymhellach &amp;allan</translation>
    </message>
    <message>
        <source>Move the chosen one a circle further out</source>
        <translation>Symud yr un a ddewiswyd un cylch ymhellach allan</translation>
    </message>
    <message>
        <source>Map of my people and places</source>
        <translation>Map o fy mhobl a&apos;m llefydd</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>For example: Anwen, or the library</source>
        <translation>Er enghraifft: Anwen, neu&apos;r llyfrgell</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Beth ydyw</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <source>What they are &amp;to you</source>
        <translation>Beth ydyn nhw &amp;i chi</translation>
    </message>
    <message>
        <source>What they are to you</source>
        <translation>Beth ydyn nhw i chi</translation>
    </message>
    <message>
        <source>For example: My sister</source>
        <translation>Er enghraifft: Fy chwaer</translation>
    </message>
    <message>
        <source>How c&amp;lose</source>
        <translation>Pa mor a&amp;gos</translation>
    </message>
    <message>
        <source>How close they are to you</source>
        <translation>Pa mor agos ydyn nhw atoch chi</translation>
    </message>
    <message>
        <source>What they &amp;help with</source>
        <translation>Gyda beth maen nhw&apos;n &amp;helpu</translation>
    </message>
    <message>
        <source>What they help with</source>
        <translation>Gyda beth maen nhw&apos;n helpu</translation>
    </message>
    <message>
        <source>Who can s&amp;ee this</source>
        <translation>Pwy sy&apos;n gallu g&amp;weld hyn</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>C&amp;ontact details, if you like</source>
        <translation>Manylion &amp;cyswllt, os hoffech chi</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Manylion cyswllt</translation>
    </message>
    <message>
        <source>A phone number or an address</source>
        <translation>Rhif ffôn neu gyfeiriad</translation>
    </message>
    <message>
        <source>Who can see the contact &amp;details</source>
        <translation>Pwy sy&apos;n gallu gweld y manylion &amp;cyswllt</translation>
    </message>
    <message>
        <source>Who can see the contact details</source>
        <translation>Pwy sy&apos;n gallu gweld y manylion cyswllt</translation>
    </message>
    <message>
        <source>{name} ({kind}){what}. {closeness}. Seen by: {who}</source>
        <translation>{name} ({kind}){what}. {closeness}. Yn cael ei weld gan: {who}</translation>
    </message>
    <message>
        <source>Someone or somewhere new</source>
        <translation>Rhywun neu rywle newydd</translation>
    </message>
    <message>
        <source>The chosen one</source>
        <translation>Yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>Write a name, and it is kept. Contact details are for you only, unless you choose otherwise, whoever can see the rest.</source>
        <translation>Ysgrifennwch enw, ac mae&apos;n cael ei gadw. Mae manylion cyswllt i chi yn unig, oni bai eich bod yn dewis yn wahanol, pwy bynnag sy&apos;n gallu gweld y gweddill.</translation>
    </message>
    <message>
        <source>Please write a name, like Anwen or the library.</source>
        <translation>Ysgrifennwch enw, fel Anwen neu&apos;r llyfrgell, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Add to my map</source>
        <translation>Ychwanegu at fy map</translation>
    </message>
    <message>
        <source>Change someone or somewhere</source>
        <translation>Newid rhywun neu rywle</translation>
    </message>
    <message>
        <source>Move in the list</source>
        <translation>Symud yn y rhestr</translation>
    </message>
    <message>
        <source>Take off my map</source>
        <translation>Tynnu oddi ar fy map</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <source>Small Steps can&apos;t open this as a picture. Please choose a photo (JPEG, PNG, WebP, GIF or BMP).</source>
        <translation>Dydy Small Steps ddim yn gallu agor hwn fel llun. Dewiswch lun (JPEG, PNG, WebP, GIF neu BMP), os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>PictureCommands</name>
    <message>
        <source>Add a picture</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>Change a picture</source>
        <translation>Newid llun</translation>
    </message>
    <message>
        <source>Remove a picture</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Change my photo</source>
        <translation>Newid fy llun</translation>
    </message>
</context>
<context>
    <name>PicturePicker</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.JPG *.JPEG *.PNG);;All files (*)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.JPG *.JPEG *.PNG);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>PicturePickerDialog</name>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Where the picture comes from</source>
        <translation>O ble mae&apos;r llun yn dod</translation>
    </message>
    <message>
        <source>Type a word, like tea, dog or garden</source>
        <translation>Teipiwch air, fel te, ci neu gardd</translation>
    </message>
    <message>
        <source>Find a symbol by a word</source>
        <translation>Dod o hyd i symbol drwy air</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>Symbolau</translation>
    </message>
    <message>
        <source>No symbol matches that word. Try another word.</source>
        <translation>Does dim symbol yn cyfateb i&apos;r gair hwnnw. Rhowch gynnig ar air arall.</translation>
    </message>
    <message>
        <source>&amp;Find a symbol:</source>
        <translation>&amp;Dod o hyd i symbol:</translation>
    </message>
    <message>
        <source>Pictures already in your plan</source>
        <translation>Lluniau sydd eisoes yn eich cynllun</translation>
    </message>
    <message>
        <source>There are no pictures in your plan yet.</source>
        <translation>Does dim lluniau yn eich cynllun eto.</translation>
    </message>
    <message>
        <source>My pictures</source>
        <translation>Fy lluniau</translation>
    </message>
    <message>
        <source>&amp;Choose a photo from this computer…</source>
        <translation>&amp;Dewis llun o&apos;r cyfrifiadur hwn…</translation>
    </message>
    <message>
        <source>Choose a photo from this computer</source>
        <translation>Dewis llun o&apos;r cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>You can use a JPEG, PNG, WebP, GIF or BMP photo. Small Steps keeps only the picture: where and when it was taken, and the camera, are left out.</source>
        <translation>Gallwch ddefnyddio llun JPEG, PNG, WebP, GIF neu BMP. Dim ond y llun mae Small Steps yn ei gadw: mae ble a phryd y cafodd ei dynnu, a&apos;r camera, yn cael eu gadael allan.</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>What the picture shows, in a few words</source>
        <translation>Beth mae&apos;r llun yn ei ddangos, mewn ychydig eiriau</translation>
    </message>
    <message>
        <source>For example: my dog Mot</source>
        <translation>Er enghraifft: fy nghi Mot</translation>
    </message>
    <message>
        <source>Who can see this picture</source>
        <translation>Pwy sy&apos;n gallu gweld y llun hwn</translation>
    </message>
    <message>
        <source>Also use it as &amp;my own photo</source>
        <translation>Ei ddefnyddio hefyd fel &amp;fy llun fy hun</translation>
    </message>
    <message>
        <source>Also use this picture as my own photo</source>
        <translation>Defnyddio&apos;r llun hwn hefyd fel fy llun fy hun</translation>
    </message>
    <message>
        <source>No picture chosen yet.</source>
        <translation>Does dim llun wedi&apos;i ddewis eto.</translation>
    </message>
    <message>
        <source>What does it &amp;show?</source>
        <translation>Beth mae&apos;n ei &amp;ddangos?</translation>
    </message>
    <message>
        <source>Who can s&amp;ee it?</source>
        <translation>Pwy sy&apos;n gallu ei &amp;weld?</translation>
    </message>
    <message>
        <source>Use this picture</source>
        <translation>Defnyddio&apos;r llun hwn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Chosen: the symbol “{name}”.</source>
        <translation>Wedi dewis: y symbol “{name}”.</translation>
    </message>
    <message>
        <source>Chosen: a picture already in your plan.</source>
        <translation>Wedi dewis: llun sydd eisoes yn eich cynllun.</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Getting your photo ready…</source>
        <translation>Yn paratoi eich llun…</translation>
    </message>
    <message>
        <source>Your photo is ready. Where and when it was taken, and the camera, have been left out.</source>
        <translation>Mae eich llun yn barod. Mae ble a phryd y cafodd ei dynnu, a&apos;r camera, wedi&apos;u gadael allan.</translation>
    </message>
    <message>
        <source>The photo you chose</source>
        <translation>Y llun a ddewisoch chi</translation>
    </message>
    <message>
        <source>Chosen: your photo.</source>
        <translation>Wedi dewis: eich llun.</translation>
    </message>
    <message>
        <source>That photo could not be used.</source>
        <translation>Doedd dim modd defnyddio&apos;r llun yna.</translation>
    </message>
    <message>
        <source>Please choose a picture first.</source>
        <translation>Dewiswch lun yn gyntaf, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>PictureRow</name>
    <message>
        <source>Add a &amp;picture…</source>
        <translation>Ychwanegu &amp;llun…</translation>
    </message>
    <message>
        <source>Add a picture to this {what}</source>
        <translation>Ychwanegu llun at y {what} hwn</translation>
    </message>
    <message>
        <source>Take the picture off</source>
        <translation>Tynnu&apos;r llun</translation>
    </message>
    <message>
        <source>Take the picture off this {what}</source>
        <translation>Tynnu&apos;r llun oddi ar y {what} hwn</translation>
    </message>
    <message>
        <source>Change the &amp;picture…</source>
        <translation>Newid y &amp;llun…</translation>
    </message>
    <message>
        <source>Picture: {words}</source>
        <translation>Llun: {words}</translation>
    </message>
</context>
<context>
    <name>PlanParts</name>
    <message>
        <source>Me and my plan</source>
        <translation>Fi a fy nghynllun</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Amdanaf i</translation>
    </message>
    <message>
        <source>My life story</source>
        <translation>Stori fy mywyd</translation>
    </message>
    <message>
        <source>My people and places</source>
        <translation>Fy mhobl a&apos;m llefydd</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Fy wythnos</translation>
    </message>
    <message>
        <source>What I need</source>
        <translation>Beth sydd ei angen arna i</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <source>Staying well</source>
        <translation>Cadw&apos;n iach</translation>
    </message>
    <message>
        <source>My support and budget</source>
        <translation>Fy nghymorth a&apos;m cyllideb</translation>
    </message>
    <message>
        <source>How it&apos;s going</source>
        <translation>Sut mae pethau&apos;n mynd</translation>
    </message>
    <message>
        <source>Reviews and the panel</source>
        <translation>Adolygiadau a&apos;r panel</translation>
    </message>
    <message>
        <source>Sharing and exports</source>
        <translation>Rhannu ac allforio</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>← Back to people</source>
        <translation>← Yn ôl at y bobl</translation>
    </message>
    <message>
        <source>Back to the list of people</source>
        <translation>Yn ôl at y rhestr o bobl</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <source>History of this plan</source>
        <translation>Hanes y cynllun hwn</translation>
    </message>
    <message>
        <source>Parts of the plan</source>
        <translation>Rhannau&apos;r cynllun</translation>
    </message>
    <message>
        <source>{name}&apos;s plan</source>
        <translation>Cynllun {name}</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>This computer has no Welsh voice, so Small Steps can&apos;t read this aloud in Welsh. A Welsh voice can be added to the computer (for example espeak-ng&apos;s Welsh voice).</source>
        <translation>Does dim llais Cymraeg ar y cyfrifiadur hwn, felly dydy Small Steps ddim yn gallu darllen hwn yn uchel yn Gymraeg. Gellir ychwanegu llais Cymraeg at y cyfrifiadur (er enghraifft llais Cymraeg espeak-ng).</translation>
    </message>
    <message>
        <source>Read the English aloud</source>
        <translation>Darllen y Saesneg yn uchel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
    <message>
        <source>Read this aloud</source>
        <translation>Darllen hwn yn uchel</translation>
    </message>
    <message>
        <source>No voice on this computer</source>
        <translation>Dim llais ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>This computer has no voice for reading aloud. A screen reader, or a voice added to the computer, can read Small Steps to you.</source>
        <translation>Does gan y cyfrifiadur hwn ddim llais ar gyfer darllen yn uchel. Gall darllenydd sgrin, neu lais sydd wedi&apos;i ychwanegu at y cyfrifiadur, ddarllen Small Steps i chi.</translation>
    </message>
    <message>
        <source>Reading aloud: this computer has no voice</source>
        <translation>Darllen yn uchel: does gan y cyfrifiadur hwn ddim llais</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>Your plans are now protected. This is your recovery key. Write it down and keep it somewhere safe, away from this computer. If you forget your passphrase, it is the only way back into your plans. It will not be shown again.</source>
        <translation>Mae eich cynlluniau wedi&apos;u diogelu nawr. Dyma eich allwedd adfer. Ysgrifennwch hi a&apos;i chadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn. Os byddwch chi&apos;n anghofio eich cyfrinymadrodd, dyma&apos;r unig ffordd yn ôl i mewn i&apos;ch cynlluniau. Fydd hi ddim yn cael ei dangos eto.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Rydw i wedi&apos;i hysgrifennu</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>A review</source>
        <translation>Adolygiad</translation>
    </message>
    <message>
        <source>What&apos;s working for me</source>
        <translation>Beth sy&apos;n gweithio i mi</translation>
    </message>
    <message>
        <source>What&apos;s not working for me</source>
        <translation>Beth sydd ddim yn gweithio i mi</translation>
    </message>
    <message>
        <source>What&apos;s working, for others (family, workers)</source>
        <translation>Beth sy&apos;n gweithio, i eraill (teulu, gweithwyr)</translation>
    </message>
    <message>
        <source>What&apos;s not working, for others</source>
        <translation>Beth sydd ddim yn gweithio, i eraill</translation>
    </message>
    <message>
        <source>What we decided</source>
        <translation>Beth wnaethon ni ei benderfynu</translation>
    </message>
    <message>
        <source>No rating (that&apos;s fine)</source>
        <translation>Dim sgôr (mae hynny&apos;n iawn)</translation>
    </message>
    <message>
        <source>How things are: {area}</source>
        <translation>Sut mae pethau: {area}</translation>
    </message>
    <message>
        <source>Date of the review</source>
        <translation>Dyddiad yr adolygiad</translation>
    </message>
    <message>
        <source>What we looked at</source>
        <translation>Beth wnaethon ni edrych arno</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Pwy gymerodd ran</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dyddiad</translation>
    </message>
    <message>
        <source>What we &amp;looked at</source>
        <translation>Beth wnaethon ni &amp;edrych arno</translation>
    </message>
    <message>
        <source>Who took &amp;part</source>
        <translation>Pwy gymerodd &amp;ran</translation>
    </message>
    <message>
        <source>How are things? (only if you want to say)</source>
        <translation>Sut mae pethau? (dim ond os ydych chi eisiau dweud)</translation>
    </message>
    <message>
        <source>Choose a face for each part of your life. There is no score, and you can leave any of them out.</source>
        <translation>Dewiswch wyneb ar gyfer pob rhan o&apos;ch bywyd. Does dim sgôr, a gallwch adael unrhyw un ohonyn nhw allan.</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>Yr &amp;adolygiad nesaf</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <source>Next one: {date}</source>
        <translation>Yr un nesaf: {date}</translation>
    </message>
</context>
<context>
    <name>ReviewsBox</name>
    <message>
        <source>At a review: the hours used</source>
        <translation>Mewn adolygiad: yr oriau a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Support doesn&apos;t always happen as planned, and that can be fine. For each review period, write down the hours used by kind, visits missed and why, and hours banked for later. Small Steps then answers: have you had your hours?</source>
        <translation>Dydy cymorth ddim bob amser yn digwydd fel y cafodd ei gynllunio, a gall hynny fod yn iawn. Ar gyfer pob cyfnod adolygu, ysgrifennwch yr oriau a ddefnyddiwyd fesul math, yr ymweliadau a gollwyd a pham, a&apos;r oriau a gadwyd yn y banc ar gyfer nes ymlaen. Yna mae Small Steps yn ateb: ydych chi wedi cael eich oriau?</translation>
    </message>
    <message>
        <source>Review periods</source>
        <translation>Cyfnodau adolygu</translation>
    </message>
    <message>
        <source>No review periods yet.</source>
        <translation>Dim cyfnodau adolygu eto.</translation>
    </message>
    <message>
        <source>Have you had your hours?</source>
        <translation>Ydych chi wedi cael eich oriau?</translation>
    </message>
    <message>
        <source>Missed visits in this period</source>
        <translation>Ymweliadau a gollwyd yn y cyfnod hwn</translation>
    </message>
    <message>
        <source>No missed visits written down.</source>
        <translation>Does dim ymweliadau a gollwyd wedi&apos;u nodi.</translation>
    </message>
    <message>
        <source>Have you had your hours? ({period})</source>
        <translation>Ydych chi wedi cael eich oriau? ({period})</translation>
    </message>
    <message>
        <source>Bank of hours: {before} at the start of this period, {after} at the end.</source>
        <translation>Banc oriau: {before} ar ddechrau&apos;r cyfnod hwn, {after} ar y diwedd.</translation>
    </message>
    <message>
        <source>Leave it empty and it is worked out from the support lines: {hours} hours for this period.</source>
        <translation>Gadewch ef yn wag a bydd yn cael ei gyfrifo o&apos;r llinellau cymorth: {hours} awr ar gyfer y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Leave it empty and it is worked out from the support lines and the dates of the period.</source>
        <translation>Gadewch ef yn wag a bydd yn cael ei gyfrifo o&apos;r llinellau cymorth a dyddiadau&apos;r cyfnod.</translation>
    </message>
    <message>
        <source>A review period</source>
        <translation>Cyfnod adolygu</translation>
    </message>
    <message>
        <source>A missed visit</source>
        <translation>Ymweliad a gollwyd</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>Type your passphrase to take the protection off.</source>
        <translation>Teipiwch eich cyfrinymadrodd i dynnu&apos;r diogelwch.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>These plans are open for looking only, because Small Steps is already open on them. Close the other copy to make changes here.</source>
        <translation>Mae&apos;r cynlluniau hyn ar agor i edrych arnyn nhw yn unig, oherwydd bod Small Steps eisoes ar agor arnyn nhw. Caewch y copi arall i wneud newidiadau yma.</translation>
    </message>
    <message>
        <source>The team database cannot be reached just now. What you typed is kept here, and Small Steps saves it as soon as the database is back.</source>
        <translation>Does dim modd cyrraedd cronfa ddata&apos;r tîm ar hyn o bryd. Mae&apos;r hyn a deipiwyd gennych yn cael ei gadw yma, ac mae Small Steps yn ei gadw cyn gynted ag y bydd y gronfa ddata yn ôl.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Make the words bigger or smaller. You will see the change straight away.</source>
        <translation>Gwneud y geiriau&apos;n fwy neu&apos;n llai. Byddwch chi&apos;n gweld y newid yn syth.</translation>
    </message>
    <message>
        <source>Look at my goals again every</source>
        <translation>Edrych ar fy nodau eto bob</translation>
    </message>
    <message>
        <source>Look at my whole plan again every</source>
        <translation>Edrych ar fy nghynllun cyfan eto bob</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Maint y &amp;testun</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>Lli&amp;wiau</translation>
    </message>
    <message>
        <source>&amp;Larger check boxes, buttons and handles</source>
        <translation>Blychau ticio, botymau a dolenni &amp;mwy</translation>
    </message>
    <message>
        <source>Larger check boxes, buttons and handles</source>
        <translation>Blychau ticio, botymau a dolenni mwy</translation>
    </message>
    <message>
        <source>Look at my &amp;goals again every</source>
        <translation>Edrych ar fy &amp;nodau eto bob</translation>
    </message>
    <message>
        <source>Look at my whole &amp;plan again every</source>
        <translation>Edrych ar fy &amp;nghynllun cyfan eto bob</translation>
    </message>
    <message>
        <source>Your name, kept with the changes you make</source>
        <translation>Eich enw, wedi&apos;i gadw gyda&apos;r newidiadau rydych chi&apos;n eu gwneud</translation>
    </message>
    <message>
        <source>Your &amp;name (kept with the changes you make)</source>
        <translation>Eich &amp;enw (wedi&apos;i gadw gyda&apos;r newidiadau rydych chi&apos;n eu gwneud)</translation>
    </message>
    <message>
        <source>A shared team database</source>
        <translation>Cronfa ddata a rennir gan dîm</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Dewis &amp;ffolder arall…</translation>
    </message>
    <message>
        <source>Choose another folder for your plans</source>
        <translation>Dewis ffolder arall ar gyfer eich cynlluniau</translation>
    </message>
    <message>
        <source>Your plans are kept in</source>
        <translation>Mae eich cynlluniau&apos;n cael eu cadw yn</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Iaith y ffenestr</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the window</source>
        <translation>&amp;Iaith y ffenestr</translation>
    </message>
    <message>
        <source>The window changes to it when you press OK. Each plan&apos;s own language is chosen in Me and my plan.</source>
        <translation>Mae&apos;r ffenestr yn newid iddi pan fyddwch chi&apos;n pwyso Iawn. Mae iaith pob cynllun ei hun yn cael ei dewis yn Fi a fy nghynllun.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>Your plans are protected by a passphrase.</source>
        <translation>Mae eich cynlluniau wedi&apos;u diogelu gan gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Take the &amp;protection off…</source>
        <translation>Tynnu&apos;r &amp;diogelwch…</translation>
    </message>
    <message>
        <source>Your plans are not protected by a passphrase. They are only as safe as this computer&apos;s own disk encryption.</source>
        <translation>Dydy eich cynlluniau ddim wedi&apos;u diogelu gan gyfrinymadrodd. Maen nhw cyn ddiogeled ag amgryptio disg y cyfrifiadur hwn yn unig.</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase…</source>
        <translation>&amp;Diogelu gyda chyfrinymadrodd…</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> munud</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Cloi ar ôl hyn o funudau heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Preifatrwydd</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for</source>
        <translation>&amp;Cloi pan na chaiff ei ddefnyddio am</translation>
    </message>
    <message>
        <source>&amp;Reassess every</source>
        <translation>&amp;Ailasesu bob</translation>
    </message>
    <message>
        <source>Months between reassessments</source>
        <translation>Misoedd rhwng ailasesiadau</translation>
    </message>
    <message>
        <source>Open your plans first: these are kept with them.</source>
        <translation>Agorwch eich cynlluniau yn gyntaf: mae&apos;r rhain yn cael eu cadw gyda nhw.</translation>
    </message>
    <message>
        <source>This looks like a network folder. Plans kept there can be damaged if two computers open them. Please choose a folder on this computer.</source>
        <translation>Mae hwn yn edrych fel ffolder rhwydwaith. Gall cynlluniau sy&apos;n cael eu cadw yno gael eu difrodi os bydd dau gyfrifiadur yn eu hagor. Dewiswch ffolder ar y cyfrifiadur hwn, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Choose a folder for your plans</source>
        <translation>Dewis ffolder ar gyfer eich cynlluniau</translation>
    </message>
    <message>
        <source>(used the next time Small Steps opens)</source>
        <translation>(yn cael ei ddefnyddio y tro nesaf y bydd Small Steps yn agor)</translation>
    </message>
</context>
<context>
    <name>SharesEditor</name>
    <message>
        <source>A fixed amount a week (£)</source>
        <translation>Swm penodol yr wythnos (£)</translation>
    </message>
    <message>
        <source>A fixed amount (£)</source>
        <translation>Swm penodol (£)</translation>
    </message>
    <message>
        <source>Does not pay</source>
        <translation>Ddim yn talu</translation>
    </message>
    <message>
        <source>A percentage (%)</source>
        <translation>Canran (%)</translation>
    </message>
    <message>
        <source>{stream}: how it pays</source>
        <translation>{stream}: sut mae&apos;n talu</translation>
    </message>
    <message>
        <source>{stream}: how much</source>
        <translation>{stream}: faint</translation>
    </message>
    <message>
        <source>For example: 50</source>
        <translation>Er enghraifft: 50</translation>
    </message>
    <message>
        <source>For example: 40.00</source>
        <translation>Er enghraifft: 40.00</translation>
    </message>
</context>
<context>
    <name>SharingCommands</name>
    <message>
        <source>Change who can see a part</source>
        <translation>Newid pwy sy&apos;n gallu gweld rhan</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>My support team</source>
        <translation>Fy nhîm cymorth</translation>
    </message>
    <message>
        <source>The panel</source>
        <translation>Y panel</translation>
    </message>
    <message>
        <source>The plan&apos;s own language</source>
        <translation>Iaith y cynllun ei hun</translation>
    </message>
    <message>
        <source>Cymraeg and English (Welsh first)</source>
        <translation>Cymraeg a Saesneg (y Gymraeg yn gyntaf)</translation>
    </message>
    <message>
        <source>Me and my plan</source>
        <translation>Fi a fy nghynllun</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Amdanaf i</translation>
    </message>
    <message>
        <source>Sharing and exports</source>
        <translation>Rhannu ac allforio</translation>
    </message>
    <message>
        <source>Choose who it is for. You will see exactly what they will see before anything leaves this computer.</source>
        <translation>Dewiswch ar gyfer pwy mae e. Byddwch chi&apos;n gweld yn union beth fyddan nhw&apos;n ei weld cyn i unrhyw beth adael y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Ar gyfer pwy mae e</translation>
    </message>
    <message>
        <source>What to make</source>
        <translation>Beth i&apos;w wneud</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>&amp;Show what they will see</source>
        <translation>&amp;Dangos beth fyddan nhw&apos;n ei weld</translation>
    </message>
    <message>
        <source>Sa&amp;ve to a file…</source>
        <translation>&amp;Cadw i ffeil…</translation>
    </message>
    <message>
        <source>Making it</source>
        <translation>Yn ei wneud</translation>
    </message>
    <message>
        <source>Preview of what they will see</source>
        <translation>Rhagolwg o beth fyddan nhw&apos;n ei weld</translation>
    </message>
    <message>
        <source>&amp;Who it is for</source>
        <translation>Ar gyfer &amp;pwy mae e</translation>
    </message>
    <message>
        <source>What to &amp;make</source>
        <translation>Beth i&apos;w &amp;wneud</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>Who can see each part</source>
        <translation>Pwy sy&apos;n gallu gweld pob rhan</translation>
    </message>
    <message>
        <source>All: {who}</source>
        <translation>Y cyfan: {who}</translation>
    </message>
    <message>
        <source>Let {who} see all of {part}</source>
        <translation>Gadael i {who} weld y cyfan o {part}</translation>
    </message>
    <message>
        <source>{part} ({counts})</source>
        <translation>{part} ({counts})</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Does dim byd wedi newid.</translation>
    </message>
    <message>
        <source>Nothing to change: they can already.</source>
        <translation>Dim byd i&apos;w newid: maen nhw&apos;n gallu&apos;n barod.</translation>
    </message>
    <message>
        <source>• {item} (seen by {before} until now)</source>
        <translation>• {item} (i&apos;w weld gan {before} tan nawr)</translation>
    </message>
    <message>
        <source>…and {n} more.</source>
        <translation>…a {n} arall.</translation>
    </message>
    <message>
        <source>Let more people see this?</source>
        <translation>Gadael i fwy o bobl weld hyn?</translation>
    </message>
    <message>
        <source>Share them</source>
        <translation>Eu rhannu</translation>
    </message>
    <message>
        <source>Don&apos;t share</source>
        <translation>Peidio â rhannu</translation>
    </message>
    <message>
        <source>Making it…</source>
        <translation>Yn ei wneud…</translation>
    </message>
    <message>
        <source>Save to a file</source>
        <translation>Cadw i ffeil</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>cynllun</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Wedi&apos;i gadw yn {path}</translation>
    </message>
    <message>
        <source>Ready to save.</source>
        <translation>Yn barod i&apos;w gadw.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Add one more to the list you are in (a moment, a goal, a step, a need, a person)</source>
        <translation>Ychwanegu un arall at y rhestr rydych chi ynddi (digwyddiad, nod, cam, angen, person)</translation>
    </message>
    <message>
        <source>Take the chosen item off the list you are in (Undo brings it back)</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd oddi ar y rhestr rydych chi ynddi (mae Dadwneud yn dod â hi&apos;n ôl)</translation>
    </message>
    <message>
        <source>Move the chosen item up the list</source>
        <translation>Symud yr eitem a ddewiswyd i fyny&apos;r rhestr</translation>
    </message>
    <message>
        <source>Move the chosen item down the list</source>
        <translation>Symud yr eitem a ddewiswyd i lawr y rhestr</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Dadwneud y newid diwethaf</translation>
    </message>
    <message>
        <source>Redo what was undone (Ctrl+Shift+Z does the same)</source>
        <translation>Ail-wneud yr hyn a ddadwnaed (mae Ctrl+Shift+Z yn gwneud yr un peth)</translation>
    </message>
    <message>
        <source>Go to the next part of the plan</source>
        <translation>Mynd i ran nesaf y cynllun</translation>
    </message>
    <message>
        <source>Go to the part of the plan before</source>
        <translation>Mynd i&apos;r rhan o&apos;r cynllun cyn hon</translation>
    </message>
    <message>
        <source>In a date: choose the date from a calendar</source>
        <translation>Mewn dyddiad: dewis y dyddiad o galendr</translation>
    </message>
    <message>
        <source>Go to the next thing you can use (Shift+Tab: the one before). Tab always leaves a table</source>
        <translation>Mynd i&apos;r peth nesaf y gallwch ei ddefnyddio (Shift+Tab: yr un cynt). Mae Tab bob amser yn gadael tabl</translation>
    </message>
    <message>
        <source>In a table: change the words in a box (Escape leaves them as they were)</source>
        <translation>Mewn tabl: newid y geiriau mewn blwch (mae Escape yn eu gadael fel yr oedden nhw)</translation>
    </message>
    <message>
        <source>In About me, one question at a time: go on to the next question</source>
        <translation>Yn Amdanaf i, un cwestiwn ar y tro: mynd ymlaen i&apos;r cwestiwn nesaf</translation>
    </message>
    <message>
        <source>With the underlined letter of a button or a field: go straight to it</source>
        <translation>Gyda&apos;r llythyren sydd wedi&apos;i thanlinellu ar fotwm neu faes: mynd yn syth ato</translation>
    </message>
    <message>
        <source>Settings: text size, colours, larger controls</source>
        <translation>Gosodiadau: maint y testun, lliwiau, rheolyddion mwy</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Y rhestr hon o lwybrau byr y bysellfwrdd</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Everything in Small Steps can be done with the keyboard. These keys help.</source>
        <translation>Gallwch wneud popeth yn Small Steps gyda&apos;r bysellfwrdd. Mae&apos;r bysellau hyn yn help.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Bysellau</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
</context>
<context>
    <name>SplitStepDialog</name>
    <message>
        <source>Split into smaller steps</source>
        <translation>Rhannu&apos;n gamau llai</translation>
    </message>
    <message>
        <source>Does this step feel too big? Write smaller steps, one on each line. The first line takes the place of the step.</source>
        <translation>Ydy&apos;r cam hwn yn teimlo&apos;n rhy fawr? Ysgrifennwch gamau llai, un ar bob llinell. Mae&apos;r llinell gyntaf yn cymryd lle&apos;r cam.</translation>
    </message>
    <message>
        <source>Smaller steps, one on each line</source>
        <translation>Camau llai, un ar bob llinell</translation>
    </message>
    <message>
        <source>Split it</source>
        <translation>Ei rannu</translation>
    </message>
</context>
<context>
    <name>StayingWellContent</name>
    <message>
        <source>Staying well</source>
        <translation>Cadw&apos;n iach</translation>
    </message>
    <message>
        <source>This is your plan for staying well, and for what should happen if you start to become unwell. It is best written when you feel well, with someone you trust. Everything you write is seen by you alone unless you choose otherwise. Tick “on my crisis card” for what you would want to carry in your wallet.</source>
        <translation>Dyma eich cynllun ar gyfer cadw&apos;n iach, ac ar gyfer beth ddylai ddigwydd os byddwch chi&apos;n dechrau mynd yn sâl. Mae&apos;n well ei ysgrifennu pan fyddwch chi&apos;n teimlo&apos;n dda, gyda rhywun rydych chi&apos;n ymddiried ynddo. Dim ond chi sy&apos;n gweld popeth rydych chi&apos;n ei ysgrifennu oni bai eich bod yn dewis yn wahanol. Ticiwch “ar fy ngherdyn argyfwng” ar gyfer beth hoffech chi ei gario yn eich waled.</translation>
    </message>
    <message>
        <source>Write one thing, then press Enter</source>
        <translation>Ysgrifennwch un peth, yna pwyswch Enter</translation>
    </message>
    <message>
        <source>On my crisis card</source>
        <translation>Ar fy ngherdyn argyfwng</translation>
    </message>
    <message>
        <source>Seen by: {who}</source>
        <translation>Yn cael ei weld gan: {who}</translation>
    </message>
    <message>
        <source>How: {how}</source>
        <translation>Sut: {how}</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Pryd: {when}</translation>
    </message>
    <message>
        <source>Put this on my &amp;crisis card</source>
        <translation>Rhoi hwn ar fy ngherdyn &amp;argyfwng</translation>
    </message>
    <message>
        <source>The crisis card is a small card for your wallet or bag.</source>
        <translation>Cerdyn bach ar gyfer eich waled neu&apos;ch bag yw&apos;r cerdyn argyfwng.</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>&amp;In a few words</source>
        <translation>&amp;Mewn ychydig eiriau</translation>
    </message>
    <message>
        <source>One short line: this is what goes on the card.</source>
        <translation>Un llinell fer: dyma beth sy&apos;n mynd ar y cerdyn.</translation>
    </message>
    <message>
        <source>What it is &amp;about</source>
        <translation>Am &amp;beth mae e</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(heb ei ddewis)</translation>
    </message>
    <message>
        <source>&amp;More about it (if you like)</source>
        <translation>&amp;Mwy amdano (os hoffech chi)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Who they are to me</source>
        <translation>&amp;Pwy ydyn nhw i mi</translation>
    </message>
    <message>
        <source>For example: my sister, my nurse</source>
        <translation>Er enghraifft: fy chwaer, fy nyrs</translation>
    </message>
    <message>
        <source>&amp;How to reach them</source>
        <translation>&amp;Sut i gysylltu â nhw</translation>
    </message>
    <message>
        <source>For example: a phone number</source>
        <translation>Er enghraifft: rhif ffôn</translation>
    </message>
    <message>
        <source>When &amp;to contact them</source>
        <translation>Pryd &amp;i gysylltu â nhw</translation>
    </message>
    <message>
        <source>For example: any time, or weekdays 9 to 5</source>
        <translation>Er enghraifft: unrhyw bryd, neu ddyddiau&apos;r wythnos 9 tan 5</translation>
    </message>
    <message>
        <source>What they &amp;may do for me</source>
        <translation>Beth &amp;gân nhw ei wneud i mi</translation>
    </message>
    <message>
        <source>For example: may ring my nurse</source>
        <translation>Er enghraifft: cân nhw ffonio fy nyrs</translation>
    </message>
    <message>
        <source>Add to “{list}”</source>
        <translation>Ychwanegu at “{list}”</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>Done on {date}</source>
        <translation>Wedi&apos;i wneud ar {date}</translation>
    </message>
    <message>
        <source>with {who}</source>
        <translation>gyda {who}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>erbyn {date}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Break your goal into very small steps, so you can see yourself getting there. Tick each step off when it is done.</source>
        <translation>Rhannwch eich nod yn gamau bach iawn, fel eich bod yn gallu gweld eich hun yn cyrraedd. Ticiwch bob cam pan fydd wedi&apos;i wneud.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Split into smaller steps…</source>
        <translation>Rhannu&apos;n gamau llai…</translation>
    </message>
    <message>
        <source>Take this step off</source>
        <translation>Tynnu&apos;r cam hwn</translation>
    </message>
    <message>
        <source>A new small step, for example: Ring the allotment society</source>
        <translation>Cam bach newydd, er enghraifft: Ffonio&apos;r gymdeithas rhandiroedd</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Someone from my people, or type a name</source>
        <translation>Rhywun o fy mhobl, neu teipiwch enw</translation>
    </message>
    <message>
        <source>For example: £12.50 (leave empty if it costs nothing)</source>
        <translation>Er enghraifft: £12.50 (gadewch yn wag os nad yw&apos;n costio dim)</translation>
    </message>
    <message>
        <source>✓ Done!</source>
        <translation>✓ Wedi&apos;i wneud!</translation>
    </message>
    <message>
        <source>Small steps, first step at the top</source>
        <translation>Camau bach, y cam cyntaf ar y brig</translation>
    </message>
    <message>
        <source>Move the chosen step up</source>
        <translation>Symud y cam a ddewiswyd i fyny</translation>
    </message>
    <message>
        <source>Move the chosen step down</source>
        <translation>Symud y cam a ddewiswyd i lawr</translation>
    </message>
    <message>
        <source>Split the chosen step into smaller steps</source>
        <translation>Rhannu&apos;r cam a ddewiswyd yn gamau llai</translation>
    </message>
    <message>
        <source>Take the chosen step off</source>
        <translation>Tynnu&apos;r cam a ddewiswyd</translation>
    </message>
    <message>
        <source>A new small step</source>
        <translation>Cam bach newydd</translation>
    </message>
    <message>
        <source>Add the new step</source>
        <translation>Ychwanegu&apos;r cam newydd</translation>
    </message>
    <message>
        <source>What the step is</source>
        <translation>Beth yw&apos;r cam</translation>
    </message>
    <message>
        <source>Who helps</source>
        <translation>Pwy sy&apos;n helpu</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Beth mae&apos;n ei gostio</translation>
    </message>
    <message>
        <source>Where the step is up to</source>
        <translation>Ble mae&apos;r cam arni</translation>
    </message>
    <message>
        <source>Tick the step off as done today</source>
        <translation>Ticio&apos;r cam fel wedi&apos;i wneud heddiw</translation>
    </message>
    <message>
        <source>The day it was done</source>
        <translation>Y diwrnod y cafodd ei wneud</translation>
    </message>
    <message>
        <source>Who can see this step</source>
        <translation>Pwy sy&apos;n gallu gweld y cam hwn</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation>Y cam a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Beth</translation>
    </message>
    <message>
        <source>Who &amp;helps</source>
        <translation>Pwy sy&apos;n &amp;helpu</translation>
    </message>
    <message>
        <source>&amp;By when</source>
        <translation>&amp;Erbyn pryd</translation>
    </message>
    <message>
        <source>What it &amp;costs</source>
        <translation>Beth mae&apos;n ei &amp;gostio</translation>
    </message>
    <message>
        <source>Where it is &amp;up to</source>
        <translation>Ble mae &amp;arni</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Wedi&apos;i wneud &amp;ar</translation>
    </message>
    <message>
        <source>Who can &amp;see this</source>
        <translation>Pwy sy&apos;n gallu &amp;gweld hyn</translation>
    </message>
    <message>
        <source>Is this right?</source>
        <translation>Ydy hyn yn iawn?</translation>
    </message>
</context>
<context>
    <name>SupportBudgetContent</name>
    <message>
        <source>My support and budget</source>
        <translation>Fy nghymorth a&apos;m cyllideb</translation>
    </message>
    <message>
        <source>What support you will have, who gives it, and what it costs, against the money agreed. Your broker usually fills this in with you. Each thing says who can see it.</source>
        <translation>Pa gymorth fydd gennych chi, pwy sy&apos;n ei roi, a beth mae&apos;n ei gostio, o&apos;i gymharu â&apos;r arian a gytunwyd. Eich brocer sydd fel arfer yn llenwi hyn gyda chi. Mae pob peth yn dweud pwy sy&apos;n gallu ei weld.</translation>
    </message>
    <message>
        <source>Funding streams: where the money comes from</source>
        <translation>Ffrydiau ariannu: o ble mae&apos;r arian yn dod</translation>
    </message>
    <message>
        <source>How much of the allocation each funder carries.</source>
        <translation>Faint o&apos;r dyraniad mae pob cyllidwr yn ei gario.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Cyfnodau</translation>
    </message>
    <message>
        <source>Stretches of the year with support of their own: for example more support in the first weeks home from hospital, less later.</source>
        <translation>Adegau o&apos;r flwyddyn gyda&apos;u cymorth eu hunain: er enghraifft mwy o gymorth yn yr wythnosau cyntaf gartref o&apos;r ysbyty, llai wedyn.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <source>Who gives support, how many hours a week, and what it costs. Hours are split the way support really happens: planned (proactive) work, and flexible, crisis and background hours.</source>
        <translation>Pwy sy&apos;n rhoi cymorth, faint o oriau&apos;r wythnos, a beth mae&apos;n ei gostio. Mae oriau&apos;n cael eu rhannu fel mae cymorth yn digwydd go iawn: gwaith wedi&apos;i gynllunio (rhagweithiol), ac oriau hyblyg, argyfwng a chefndir.</translation>
    </message>
    <message>
        <source>One-off purchases</source>
        <translation>Pryniannau untro</translation>
    </message>
    <message>
        <source>Things bought once, like tools or a greenhouse.</source>
        <translation>Pethau sy&apos;n cael eu prynu unwaith, fel offer neu dŷ gwydr.</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Teithio</translation>
    </message>
    <message>
        <source>Travel paid by the mile: miles a week × a rate a mile.</source>
        <translation>Teithio sy&apos;n cael ei dalu fesul milltir: milltiroedd yr wythnos × cyfradd y filltir.</translation>
    </message>
    <message>
        <source>A funding stream</source>
        <translation>Ffrwd ariannu</translation>
    </message>
    <message>
        <source>A phase</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>A one-off purchase</source>
        <translation>Pryniant untro</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Standard (dark words on light)</source>
        <translation>Safonol (geiriau tywyll ar olau)</translation>
    </message>
    <message>
        <source>High contrast (white words on black)</source>
        <translation>Cyferbyniad uchel (geiriau gwyn ar ddu)</translation>
    </message>
</context>
<context>
    <name>TipsPanel</name>
    <message>
        <source>For this part</source>
        <translation>Ar gyfer y rhan hon</translation>
    </message>
    <message>
        <source>At any time</source>
        <translation>Unrhyw bryd</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Support paid by several funding streams is shared out by its shares: fixed amounts first, then percentages of the rest. Each stream&apos;s part is rounded down to the penny and the pennies left go to the parts that lost the most (on a tie, to the stream first in the list), so the streams always add up to the total, to the penny.</source>
        <translation>Mae cymorth sy&apos;n cael ei dalu gan sawl ffrwd ariannu yn cael ei rannu yn ôl ei gyfrannau: symiau penodol yn gyntaf, yna canrannau o&apos;r gweddill. Mae rhan pob ffrwd yn cael ei thalgrynnu i lawr i&apos;r geiniog ac mae&apos;r ceiniogau sydd ar ôl yn mynd i&apos;r rhannau a gollodd fwyaf (os yw&apos;n gyfartal, i&apos;r ffrwd gyntaf yn y rhestr), felly mae&apos;r ffrydiau bob amser yn dod i&apos;r cyfanswm, i&apos;r geiniog.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Fesul cyfnod</translation>
    </message>
    <message>
        <source>By funding stream</source>
        <translation>Fesul ffrwd ariannu</translation>
    </message>
    <message>
        <source>How this is worked out: a year is 52 weeks unless the budget gives its dates. A phase is as many weeks as its days (both ends counted) ÷ 7. Bank holidays: the number a year is shared out by weeks, and each carries a seventh of a line&apos;s weekly hours at the bank-holiday rate. Amounts are exact until shown, then rounded once to the penny, so a total can differ by a penny from adding up the lines.</source>
        <translation>Sut mae hyn yn cael ei gyfrifo: mae blwyddyn yn 52 wythnos oni bai bod y gyllideb yn rhoi ei dyddiadau. Mae cyfnod cyn hired mewn wythnosau â&apos;i ddyddiau (gan gyfrif y ddau ben) ÷ 7. Gwyliau banc: mae&apos;r nifer y flwyddyn yn cael ei rannu yn ôl wythnosau, ac mae pob un yn cario seithfed ran o oriau wythnosol llinell ar gyfradd gŵyl banc. Mae symiau&apos;n union nes iddyn nhw gael eu dangos, yna&apos;n cael eu talgrynnu unwaith i&apos;r geiniog, felly gall cyfanswm fod geiniog yn wahanol i adio&apos;r llinellau.</translation>
    </message>
    <message>
        <source>A year: {amount}</source>
        <translation>Blwyddyn: {amount}</translation>
    </message>
    <message>
        <source>An average week: {amount} (the year ÷ {weeks}).</source>
        <translation>Wythnos gyfartalog: {amount} (y flwyddyn ÷ {weeks}).</translation>
    </message>
    <message>
        <source>Support: {amount}</source>
        <translation>Cymorth: {amount}</translation>
    </message>
    <message>
        <source>Travel: {amount}</source>
        <translation>Teithio: {amount}</translation>
    </message>
    <message>
        <source>One-off purchases: {amount}</source>
        <translation>Pryniannau untro: {amount}</translation>
    </message>
    <message>
        <source>The rest of the year</source>
        <translation>Gweddill y flwyddyn</translation>
    </message>
    <message>
        <source>All year</source>
        <translation>Drwy&apos;r flwyddyn</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>wedi&apos;u cynllunio</translation>
    </message>
    <message>
        <source>flexible</source>
        <translation>hyblyg</translation>
    </message>
    <message>
        <source>crisis</source>
        <translation>argyfwng</translation>
    </message>
    <message>
        <source>background</source>
        <translation>cefndir</translation>
    </message>
    <message>
        <source>{name} ({weeks}): {week} in a usual week; {total} in all. {hours} hours a week</source>
        <translation>{name} ({weeks}): {week} mewn wythnos arferol; {total} i gyd. {hours} awr yr wythnos</translation>
    </message>
    <message>
        <source>, and {amount} of one-off purchases</source>
        <translation>, a {amount} o bryniannau untro</translation>
    </message>
    <message>
        <source>One-off purchases not in a phase: {amount}.</source>
        <translation>Pryniannau untro nad ydyn nhw mewn cyfnod: {amount}.</translation>
    </message>
    <message>
        <source>Not given a stream yet</source>
        <translation>Heb gael ffrwd eto</translation>
    </message>
    <message>
        <source>{name}: {spent}</source>
        <translation>{name}: {spent}</translation>
    </message>
    <message>
        <source>of {carries}</source>
        <translation>o {carries}</translation>
    </message>
    <message>
        <source>(⚠ {over} over)</source>
        <translation>(⚠ {over} dros ben)</translation>
    </message>
    <message>
        <source>({left} left)</source>
        <translation>({left} ar ôl)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Dim byd eto.</translation>
    </message>
</context>
<context>
    <name>VisibilityBadge</name>
    <message>
        <source>Who can see this: {who}</source>
        <translation>Pwy sy&apos;n gallu gweld hyn: {who}</translation>
    </message>
</context>
<context>
    <name>VisibilityCombo</name>
    <message>
        <source>Just me (not kept in the team&apos;s database)</source>
        <translation>Dim ond fi (heb ei gadw yng nghronfa ddata&apos;r tîm)</translation>
    </message>
    <message>
        <source>This is the team&apos;s database: new things start as seen by the person&apos;s support team. &quot;Just me&quot; takes a thing out of the team&apos;s copy (it stays only in the person&apos;s own plan file), and Small Steps asks first.</source>
        <translation>Cronfa ddata&apos;r tîm yw hon: mae pethau newydd yn dechrau i&apos;w gweld gan dîm cymorth y person. Mae &quot;Dim ond fi&quot; yn tynnu peth allan o gopi&apos;r tîm (mae&apos;n aros yn ffeil cynllun y person ei hun yn unig), ac mae Small Steps yn gofyn yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>WalkThroughView</name>
    <message>
        <source>Read &amp;aloud</source>
        <translation>Darllen yn &amp;uchel</translation>
    </message>
    <message>
        <source>Read the question aloud</source>
        <translation>Darllen y cwestiwn yn uchel</translation>
    </message>
    <message>
        <source>Your answers so far:</source>
        <translation>Eich atebion hyd yma:</translation>
    </message>
    <message>
        <source>Add an&amp;other answer</source>
        <translation>Ychwanegu ateb a&amp;rall</translation>
    </message>
    <message>
        <source>Add another answer to this question</source>
        <translation>Ychwanegu ateb arall i&apos;r cwestiwn hwn</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back to the question before</source>
        <translation>Yn ôl i&apos;r cwestiwn cynt</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Hepgor am nawr</translation>
    </message>
    <message>
        <source>Skip this question for now</source>
        <translation>Hepgor y cwestiwn hwn am nawr</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>&amp;Nesaf →</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Y cwestiwn nesaf</translation>
    </message>
    <message>
        <source>You have been through all seven areas. Well done.</source>
        <translation>Rydych chi wedi mynd drwy&apos;r saith maes i gyd. Da iawn.</translation>
    </message>
    <message>
        <source>You can go back to any area at any time, to add to it or change it. Nothing is shared unless you say so.</source>
        <translation>Gallwch fynd yn ôl at unrhyw faes unrhyw bryd, i ychwanegu ato neu ei newid. Does dim byd yn cael ei rannu oni bai eich bod yn dweud.</translation>
    </message>
    <message>
        <source>See all seven areas</source>
        <translation>Gweld y saith maes i gyd</translation>
    </message>
    <message>
        <source>Start again from the first question</source>
        <translation>Dechrau eto o&apos;r cwestiwn cyntaf</translation>
    </message>
    <message>
        <source>Area {n} of 7: {title}</source>
        <translation>Maes {n} o 7: {title}</translation>
    </message>
    <message>
        <source>Question {n} of {count}</source>
        <translation>Cwestiwn {n} o {count}</translation>
    </message>
    <message>
        <source>In Welsh: {question}</source>
        <translation>Yn Gymraeg: {question}</translation>
    </message>
    <message>
        <source>In English: {question}</source>
        <translation>Yn Saesneg: {question}</translation>
    </message>
</context>
<context>
    <name>WeekPage</name>
    <message>
        <source>My week</source>
        <translation>Fy wythnos</translation>
    </message>
    <message>
        <source>What you do in a usual week, morning, afternoon, evening and night: where, who with, and how you feel about it. Weekends too.</source>
        <translation>Beth rydych chi&apos;n ei wneud mewn wythnos arferol, yn y bore, y prynhawn, gyda&apos;r nos a&apos;r nos: ble, gyda phwy, a sut rydych chi&apos;n teimlo amdano. Penwythnosau hefyd.</translation>
    </message>
    <message>
        <source>thing in my week</source>
        <translation>peth yn fy wythnos</translation>
    </message>
    <message>
        <source>&amp;Add something I do</source>
        <translation>&amp;Ychwanegu rhywbeth rydw i&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Add something I do in my week</source>
        <translation>Ychwanegu rhywbeth rydw i&apos;n ei wneud yn fy wythnos</translation>
    </message>
    <message>
        <source>My week, from Monday morning</source>
        <translation>Fy wythnos, o fore Llun</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Diwrnod</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>&amp;Time of day</source>
        <translation>&amp;Adeg o&apos;r dydd</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Adeg o&apos;r dydd</translation>
    </message>
    <message>
        <source>What you &amp;do</source>
        <translation>Beth rydych chi&apos;n ei &amp;wneud</translation>
    </message>
    <message>
        <source>What you do</source>
        <translation>Beth rydych chi&apos;n ei wneud</translation>
    </message>
    <message>
        <source>For example: Walk Mot</source>
        <translation>Er enghraifft: Mynd â Mot am dro</translation>
    </message>
    <message>
        <source>W&amp;here</source>
        <translation>&amp;Ble</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>For example: The park</source>
        <translation>Er enghraifft: Y parc</translation>
    </message>
    <message>
        <source>Who &amp;with</source>
        <translation>Gyda &amp;phwy</translation>
    </message>
    <message>
        <source>Who with</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>For example: On my own, or with Anwen</source>
        <translation>Er enghraifft: Ar fy mhen fy hun, neu gydag Anwen</translation>
    </message>
    <message>
        <source>How you &amp;feel about it</source>
        <translation>Sut rydych chi&apos;n &amp;teimlo amdano</translation>
    </message>
    <message>
        <source>How you feel about it</source>
        <translation>Sut rydych chi&apos;n teimlo amdano</translation>
    </message>
    <message>
        <source>(Not said)</source>
        <translation>(Heb ddweud)</translation>
    </message>
    <message>
        <source>Who can s&amp;ee this</source>
        <translation>Pwy sy&apos;n gallu g&amp;weld hyn</translation>
    </message>
    <message>
        <source>Who can see this</source>
        <translation>Pwy sy&apos;n gallu gweld hyn</translation>
    </message>
    <message>
        <source>{day} {time}: {title}{where}.{feeling} Seen by: {who}</source>
        <translation>{day} {time}: {title}{where}.{feeling} Yn cael ei weld gan: {who}</translation>
    </message>
    <message>
        <source>Something new in my week</source>
        <translation>Rhywbeth newydd yn fy wythnos</translation>
    </message>
    <message>
        <source>The chosen time</source>
        <translation>Yr adeg a ddewiswyd</translation>
    </message>
    <message>
        <source>Choose the day and time, then write what you do, and it is kept.</source>
        <translation>Dewiswch y diwrnod a&apos;r adeg, yna ysgrifennwch beth rydych chi&apos;n ei wneud, ac mae&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>Please write a few words saying what you do, like walk Mot.</source>
        <translation>Ysgrifennwch ychydig eiriau yn dweud beth rydych chi&apos;n ei wneud, fel mynd â Mot am dro, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Add to my week</source>
        <translation>Ychwanegu at fy wythnos</translation>
    </message>
    <message>
        <source>Change my week</source>
        <translation>Newid fy wythnos</translation>
    </message>
    <message>
        <source>Move in my week</source>
        <translation>Symud yn fy wythnos</translation>
    </message>
    <message>
        <source>Take out of my week</source>
        <translation>Tynnu allan o fy wythnos</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <source>Everything (as I see it)</source>
        <translation>Popeth (fel rydw i&apos;n ei weld)</translation>
    </message>
    <message>
        <source>As my support team sees it</source>
        <translation>Fel mae fy nhîm cymorth yn ei weld</translation>
    </message>
    <message>
        <source>As the panel sees it</source>
        <translation>Fel mae&apos;r panel yn ei weld</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth sydd wedi newid</translation>
    </message>
    <message>
        <source>Sent {date}</source>
        <translation>Wedi&apos;i anfon {date}</translation>
    </message>
    <message>
        <source> (panel on {date})</source>
        <translation> (panel ar {date})</translation>
    </message>
    <message>
        <source>The plan today</source>
        <translation>Y cynllun heddiw</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cynt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <source>Seen as</source>
        <translation>Wedi&apos;i weld fel</translation>
    </message>
    <message>
        <source>What changed, part by part</source>
        <translation>Beth sydd wedi newid, fesul rhan</translation>
    </message>
    <message>
        <source>&amp;Before</source>
        <translation>&amp;Cynt</translation>
    </message>
    <message>
        <source>&amp;After</source>
        <translation>&amp;Wedyn</translation>
    </message>
    <message>
        <source>&amp;Seen as</source>
        <translation>Wedi&apos;i &amp;weld fel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Nothing has been sent to the panel yet, so there is nothing to compare with.</source>
        <translation>Does dim byd wedi&apos;i anfon at y panel eto, felly does dim byd i gymharu ag ef.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Does dim byd wedi newid.</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <source>Something went wrong while making it ({what}).</source>
        <translation>Aeth rhywbeth o&apos;i le wrth ei wneud ({what}).</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Take off: {what}</source>
        <translation>Tynnu: {what}</translation>
    </message>
    <message>
        <source>Move: {what}</source>
        <translation>Symud: {what}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Add: {what}</source>
        <translation>Ychwanegu: {what}</translation>
    </message>
    <message>
        <source>Change: {what}</source>
        <translation>Newid: {what}</translation>
    </message>
</context>
</TS>

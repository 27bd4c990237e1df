<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Show the &amp;licence texts</source>
        <translation>عرض نصوص التراخيص</translation>
    </message>
    <message>
        <source>Rules version {version} of {updated} ({origin}).</source>
        <translation>إصدار القواعد {version} بتاريخ {updated} ({origin}).</translation>
    </message>
    <message>
        <source>The rules in use could not be read.</source>
        <translation>تعذّرت قراءة القواعد المستخدمة.</translation>
    </message>
    <message>
        <source>An offline advisor for international medical graduates on their way to ECFMG Certification. Guidance, not an official decision: only ECFMG decides.</source>
        <translation>مستشار يعمل دون اتصال بالإنترنت لخريجي الطب الدوليين في طريقهم إلى شهادة ECFMG. إرشاد وليس قرارًا رسميًا: القرار لـ ECFMG وحدها.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <source>IMG Readiness: MIT licence.</source>
        <translation>IMG Readiness: رخصة MIT.</translation>
    </message>
    <message>
        <source>Fonts in the printable checklist: Noto Sans (SIL Open Font License 1.1) and WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>الخطوط المستخدمة في قائمة التحقق القابلة للطباعة: Noto Sans (SIL Open Font License 1.1) وWenQuanYi Micro Hei (Apache License 2.0).</translation>
    </message>
    <message>
        <source>School list: from the Research Organization Registry (ROR), CC0 1.0. It is not the World Directory of Medical Schools.</source>
        <translation>قائمة الكليات: مأخوذة من Research Organization Registry (ROR) بترخيص CC0 1.0. وهي ليست World Directory of Medical Schools.</translation>
    </message>
    <message>
        <source>Qt {qt} and PySide6: GNU Lesser General Public License v3 (LGPL-3.0); you may replace them with your own build.</source>
        <translation>Qt {qt} وPySide6: رخصة GNU Lesser General Public License v3 (LGPL-3.0)؛ ويمكنك استبدالهما بنسخة تبنيها بنفسك.</translation>
    </message>
    <message>
        <source>No log file is written this time: the data folder cannot take one.</source>
        <translation>لن يُكتب ملف سجل هذه المرة: تعذّرت الكتابة في مجلد البيانات.</translation>
    </message>
    <message>
        <source>The log file, to attach to a bug report (it never holds your answers): {path}</source>
        <translation>ملف السجل، لإرفاقه ببلاغ عن خطأ (لا يحتوي إجاباتك أبدًا): {path}</translation>
    </message>
    <message>
        <source>The licence texts are in {folder}.</source>
        <translation>نصوص التراخيص موجودة في {folder}.</translation>
    </message>
</context>
<context>
    <name>AdvisorActions</name>
    <message>
        <source>Import every profile in a folder</source>
        <translation>استيراد كل الملفات الموجودة في مجلد</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>توقّف الاستيراد.</translation>
    </message>
    <message>
        <source>{imported} imported, {refused} refused.</source>
        <translation>المستورَد: {imported}، المرفوض: {refused}.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>The import stopped: {why}</source>
        <translation>توقّف الاستيراد: {why}</translation>
    </message>
    <message>
        <source>Stopped: {why}.</source>
        <translation>توقّف: {why}.</translation>
    </message>
    <message>
        <source>Not imported (nothing of these was saved):</source>
        <translation>لم يُستورد ما يلي (ولم يُحفظ منه شيء):</translation>
    </message>
    <message>
        <source>Export the profiles into a folder</source>
        <translation>تصدير الملفات إلى مجلد</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} profiles to {folder}.</source>
        <translation><numerusform>عدد الملفات المُصدَّرة إلى {folder}: {count}.</numerusform><numerusform>عدد الملفات المُصدَّرة إلى {folder}: {count}.</numerusform><numerusform>عدد الملفات المُصدَّرة إلى {folder}: {count}.</numerusform><numerusform>صُدِّرت {count} ملفات إلى {folder}.</numerusform><numerusform>صُدِّر {count} ملفًا إلى {folder}.</numerusform><numerusform>صُدِّر {count} ملف إلى {folder}.</numerusform></translation>
    </message>
    <message>
        <source>Note kept on “{name}”.</source>
        <translation>حُفظت الملاحظة على «{name}».</translation>
    </message>
    <message>
        <source>Note removed from “{name}”.</source>
        <translation>أُزيلت الملاحظة من «{name}».</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>This wizard checks your path to ECFMG Certification step by step. Every answer is saved as you go; you can stop and come back at any time.</source>
        <translation>يتحقق هذا المساعد من طريقك إلى شهادة ECFMG خطوة بخطوة. تُحفظ كل إجابة فور إدخالها؛ ويمكنك التوقف والعودة في أي وقت.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance, not an official decision.&lt;/b&gt; Verdicts follow the published rules of ECFMG, USMLE and OET as of &lt;b&gt;{updated}&lt;/b&gt; (rules version {version}). Only ECFMG decides; confirm each point with the official source shown beside it.</source>
        <translation>&lt;b&gt;إرشاد وليس قرارًا رسميًا.&lt;/b&gt; تستند التقييمات إلى القواعد المنشورة من ECFMG وUSMLE وOET حتى تاريخ &lt;b&gt;{updated}&lt;/b&gt; (إصدار القواعد {version}). القرار لـ ECFMG وحدها؛ فتحقّق من كل نقطة لدى المصدر الرسمي المبيَّن بجانبها.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Exactly as on your passport, in any script. Needed to go on.</source>
        <translation>كما هو في جواز سفرك تمامًا، بأي أبجدية. مطلوب للمتابعة.</translation>
    </message>
    <message>
        <source>&amp;USMLE ID</source>
        <translation>معرّف USMLE</translation>
    </message>
    <message>
        <source>e.g. 5-123-456-7</source>
        <translation>مثل 5-123-456-7</translation>
    </message>
    <message>
        <source>8 digits, as on your score reports. Leave empty if you have none.</source>
        <translation>8 أرقام، كما في تقارير درجاتك. اتركه فارغًا إن لم يكن لديك معرّف.</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Target &amp;Match year</source>
        <translation>سنة المطابقة المستهدفة</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>مثل {year}</translation>
    </message>
    <message>
        <source>The residency Match you aim for.</source>
        <translation>مطابقة الإقامة الطبية التي تسعى إليها.</translation>
    </message>
</context>
<context>
    <name>ClinicalPage</name>
    <message>
        <source>Clinical and communication skills</source>
        <translation>المهارات السريرية ومهارات التواصل</translation>
    </message>
    <message>
        <source>Clinical skills</source>
        <translation>المهارات السريرية</translation>
    </message>
    <message>
        <source>Without a Step 2 CS pass, you meet this requirement through one of the Pathways and an OET Medicine result.</source>
        <translation>إن لم تكن ناجحًا في Step 2 CS، فإنك تستوفي هذا المتطلب عبر أحد مسارات Pathway مع نتيجة في OET Medicine.</translation>
    </message>
    <message>
        <source>OET Medicine sittings</source>
        <translation>جلسات اختبار OET Medicine</translation>
    </message>
    <message>
        <source>Your Pathway</source>
        <translation>مسار Pathway الخاص بك</translation>
    </message>
    <message>
        <source>Pathway &amp;{n}</source>
        <translation>Pathway {n}</translation>
    </message>
    <message>
        <source>Application &amp;status</source>
        <translation>حالة الطلب</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>لم تتقدّم بطلب بعد</translation>
    </message>
    <message>
        <source>Applied, waiting for a decision</source>
        <translation>قُدِّم الطلب، بانتظار القرار</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Pathways c&amp;ycle (Match year)</source>
        <translation>دورة Pathways (سنة المطابقة)</translation>
    </message>
    <message>
        <source>Needed: the Match year of the Pathways cycle ECFMG approved you for, as on your approval.</source>
        <translation>مطلوب: سنة المطابقة لدورة Pathways التي وافقت عليها ECFMG لك، كما تظهر في الموافقة.</translation>
    </message>
    <message>
        <source>Leave empty to use your target Match year. Once ECFMG approves your Pathway, this is needed.</source>
        <translation>اتركه فارغًا لاستخدام سنة المطابقة المستهدفة. وبعد موافقة ECFMG على مسار Pathway الخاص بك يصبح هذا الحقل مطلوبًا.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>التفاصيل التقنية</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste into a report</source>
        <translation>نسخ التفاصيل التقنية للصقها في بلاغ</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>عرض التفاصيل</translation>
    </message>
    <message>
        <source>Show the &amp;log file</source>
        <translation>عرض ملف السجل</translation>
    </message>
    <message>
        <source>IMG Readiness ran into a problem it did not expect.</source>
        <translation>واجه IMG Readiness مشكلة غير متوقعة.</translation>
    </message>
    <message>
        <source>Your answers are saved up to the last one you typed. You can go on; if the window does not behave, close IMG Readiness and open it again: it opens where you left off.</source>
        <translation>إجاباتك محفوظة حتى آخر ما كتبته. يمكنك المتابعة؛ وإن لم تعمل النافذة كما ينبغي، فأغلق IMG Readiness ثم افتحه من جديد: سيفتح حيث توقفت.</translation>
    </message>
    <message>
        <source>To report it, send the log file. It records what the app was doing, never your answers:</source>
        <translation>للإبلاغ عن المشكلة، أرسل ملف السجل. فهو يسجّل ما كان التطبيق يفعله، ولا يسجّل إجاباتك أبدًا:</translation>
    </message>
    <message>
        <source>No log file could be written. To report it, use Copy details and paste them into your message.</source>
        <translation>تعذّرت كتابة ملف السجل. للإبلاغ عن المشكلة، استخدم «نسخ التفاصيل» والصقها في رسالتك.</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Medical education credentials</source>
        <translation>مؤهلات التعليم الطبي</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>المؤهلات</translation>
    </message>
    <message>
        <source>ECFMG verifies your diploma and final transcript with your school.</source>
        <translation>تتحقق ECFMG من شهادة التخرج وكشف الدرجات النهائي لدى كليتك.</translation>
    </message>
    <message>
        <source>Your studies and diploma</source>
        <translation>دراستك وشهادة التخرج</translation>
    </message>
    <message>
        <source>&amp;Credit years</source>
        <translation>السنوات الدراسية المعتمدة</translation>
    </message>
    <message>
        <source>Years of medical school credit on your transcript, e.g. 6.</source>
        <translation>عدد سنوات الدراسة المعتمدة في كلية الطب كما في كشف درجاتك، مثل 6.</translation>
    </message>
    <message>
        <source>&amp;Transferred credit years</source>
        <translation>السنوات الدراسية المعتمدة المنقولة</translation>
    </message>
    <message>
        <source>Credit earned at another school and transferred; 0 if none.</source>
        <translation>سنوات دراسية معتمدة أتممتها في كلية أخرى ثم نُقلت؛ 0 إن لم يوجد.</translation>
    </message>
    <message>
        <source>&amp;Diploma title</source>
        <translation>عنوان شهادة التخرج</translation>
    </message>
    <message>
        <source>Type the title exactly as printed on the diploma, in its original language (for example “Médico Cirujano”): ECFMG compares it word for word.</source>
        <translation>اكتب العنوان تمامًا كما هو مطبوع على شهادة التخرج، بلغته الأصلية (مثل «Médico Cirujano»): فـ ECFMG تقارنه كلمةً بكلمة.</translation>
    </message>
    <message>
        <source>Diploma in &amp;hand</source>
        <translation>شهادة التخرج بحوزتك</translation>
    </message>
    <message>
        <source>Final t&amp;ranscript in hand</source>
        <translation>كشف الدرجات النهائي بحوزتك</translation>
    </message>
    <message>
        <source>Documents in &amp;English</source>
        <translation>الوثائق باللغة الإنجليزية</translation>
    </message>
    <message>
        <source>Certified trans&amp;lations ready</source>
        <translation>الترجمات المعتمدة جاهزة</translation>
    </message>
    <message>
        <source>Only needed when a document is not in English.</source>
        <translation>مطلوبة فقط إذا كانت إحدى الوثائق بغير الإنجليزية.</translation>
    </message>
    <message>
        <source>Your ECFMG application</source>
        <translation>طلبك لدى ECFMG</translation>
    </message>
    <message>
        <source>Application &amp;submitted</source>
        <translation>تم تقديم الطلب</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Every requirement for ECFMG Certification is met, as far as your answers and the published rules show.</source>
        <translation>جميع متطلبات شهادة ECFMG مستوفاة، بحسب إجاباتك والقواعد المنشورة.</translation>
    </message>
    <message>
        <source>A requirement cannot be met, whatever you do next: the item marked below says which, and why.</source>
        <translation>هناك متطلب لا يمكن استيفاؤه مهما فعلت لاحقًا: البند المعلَّم أدناه يبيّن أيّه، ولماذا.</translation>
    </message>
    <message>
        <source>A requirement is not met yet. Each one below says what would meet it.</source>
        <translation>هناك متطلب غير مستوفى بعد. ويبيّن كل بند أدناه ما الذي يستوفيه.</translation>
    </message>
    <message>
        <source>Some answers are still missing, or steps are still under way.</source>
        <translation>لا تزال بعض الإجابات ناقصة، أو بعض الخطوات قيد الانتظار.</translation>
    </message>
    <message>
        <source>Everything ECFMG has published is met, but some rules for your Match are not published yet.</source>
        <translation>كل ما نشرته ECFMG مستوفى، لكن بعض قواعد مطابقتك لم تُنشر بعد.</translation>
    </message>
    <message>
        <source>Go to the field for the next step</source>
        <translation>الانتقال إلى الحقل الخاص بالخطوة التالية</translation>
    </message>
    <message>
        <source>ECFMG Certification is not your route</source>
        <translation>شهادة ECFMG ليست الطريق المناسب لك</translation>
    </message>
    <message>
        <source>Look again when ECFMG publishes the rules for your Match: the items marked “Estimate” below say which.</source>
        <translation>راجع مرة أخرى عندما تنشر ECFMG قواعد مطابقتك: البنود المعلَّمة بـ«تقدير» أدناه تبيّن أيّها.</translation>
    </message>
    <message>
        <source>Nothing is left to do on this checklist. Export it and keep it with your documents.</source>
        <translation>لم يتبقَّ شيء لفعله في قائمة التحقق هذه. صدّرها واحتفظ بها مع وثائقك.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>الخطوة التالية:</translation>
    </message>
    <message>
        <source>Go to {field} →</source>
        <translation>انتقل إلى {field} ←</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>ما عليك فعله الآن</translation>
    </message>
    <message>
        <source>Nothing is left to do.</source>
        <translation>لم يتبقَّ شيء لفعله.</translation>
    </message>
    <message>
        <source>{met} of {total} met</source>
        <translation>{met} من {total} مستوفاة</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Import a school list</source>
        <translation>استيراد قائمة كليات</translation>
    </message>
    <message>
        <source>If your advising office holds a licensed export of the World Directory of Medical Schools (or keeps its own list), import its CSV file here, and the school search will find those schools. The app itself does not contain the World Directory.</source>
        <translation>إذا كان لدى مكتب الإرشاد الذي تتعامل معه نسخة مُصدَّرة مرخّصة من World Directory of Medical Schools (أو قائمة خاصة به)، فاستورد ملف CSV الخاص بها هنا، وسيعثر البحث على تلك الكليات. التطبيق نفسه لا يتضمن World Directory.</translation>
    </message>
    <message>
        <source>Its first line names the columns, in any order: {required} are required; {optional} are optional (other names separated by |). The file is UTF-8 text, with commas, semicolons or tabs between values.</source>
        <translation>يحمل السطر الأول أسماء الأعمدة بأي ترتيب: {required} إلزامية؛ و{optional} اختيارية (وتُفصل الأسماء الأخرى بالرمز |). الملف نص بترميز UTF-8، وتُفصل القيم بفواصل أو فواصل منقوطة أو علامات جدولة.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>Choose a school list file to import</source>
        <translation>اختر ملف قائمة كليات لاستيراده</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Skipped rows:</source>
        <translation>الصفوف المتخطّاة:</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>الصفوف المتخطّاة</translation>
    </message>
    <message>
        <source>Checking what is already imported…</source>
        <translation>جارٍ التحقق مما استُورد سابقًا…</translation>
    </message>
    <message numerus="yes">
        <source>{count} imported schools are stored now. A new import replaces all of them (the schools you recorded yourself stay).</source>
        <translation><numerusform>عدد الكليات المستورَدة المحفوظة حاليًا: {count}. أي استيراد جديد يحلّ محلها (وتبقى الكليات التي أضفتها بنفسك).</numerusform><numerusform>عدد الكليات المستورَدة المحفوظة حاليًا: {count}. أي استيراد جديد يحلّ محلها (وتبقى الكليات التي أضفتها بنفسك).</numerusform><numerusform>عدد الكليات المستورَدة المحفوظة حاليًا: {count}. أي استيراد جديد يحلّ محلها (وتبقى الكليات التي أضفتها بنفسك).</numerusform><numerusform>توجد حاليًا {count} كليات مستورَدة محفوظة. أي استيراد جديد يحلّ محلها جميعًا (وتبقى الكليات التي أضفتها بنفسك).</numerusform><numerusform>توجد حاليًا {count} كليةً مستورَدة محفوظة. أي استيراد جديد يحلّ محلها جميعًا (وتبقى الكليات التي أضفتها بنفسك).</numerusform><numerusform>توجد حاليًا {count} كلية مستورَدة محفوظة. أي استيراد جديد يحلّ محلها جميعًا (وتبقى الكليات التي أضفتها بنفسك).</numerusform></translation>
    </message>
    <message>
        <source>Choose a school list file</source>
        <translation>اختيار ملف قائمة كليات</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ملفات CSV (*.csv *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{done} of {total} rows checked</source>
        <translation>الصفوف المفحوصة: {done} من {total}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>جارٍ استيراد {file}…</translation>
    </message>
    <message>
        <source>{imported} of {read} rows imported from {file}.</source>
        <translation>الصفوف المستورَدة من {file}: {imported} من {read}.</translation>
    </message>
    <message numerus="yes">
        <source>They replace the {count} schools imported before.</source>
        <translation><numerusform>وهي تحلّ محل الكليات المستورَدة سابقًا (عددها: {count}).</numerusform><numerusform>وهي تحلّ محل الكليات المستورَدة سابقًا (عددها: {count}).</numerusform><numerusform>وهي تحلّ محل الكليات المستورَدة سابقًا (عددها: {count}).</numerusform><numerusform>وهي تحلّ محل {count} كليات مستورَدة سابقًا.</numerusform><numerusform>وهي تحلّ محل {count} كليةً مستورَدة سابقًا.</numerusform><numerusform>وهي تحلّ محل {count} كلية مستورَدة سابقًا.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: {count} (listed below); fix them in the file and import it again.</source>
        <translation><numerusform>الصفوف المتخطّاة: {count} (مدرجة أدناه)؛ صحّحها في الملف ثم استورده مرة أخرى.</numerusform><numerusform>الصفوف المتخطّاة: {count} (مدرجة أدناه)؛ صحّحها في الملف ثم استورده مرة أخرى.</numerusform><numerusform>الصفوف المتخطّاة: {count} (مدرجة أدناه)؛ صحّحها في الملف ثم استورده مرة أخرى.</numerusform><numerusform>تم تخطّي {count} صفوف (مدرجة أدناه)؛ صحّحها في الملف ثم استورده مرة أخرى.</numerusform><numerusform>تم تخطّي {count} صفًا (مدرجة أدناه)؛ صحّحها في الملف ثم استورده مرة أخرى.</numerusform><numerusform>تم تخطّي {count} صف (مدرجة أدناه)؛ صحّحها في الملف ثم استورده مرة أخرى.</numerusform></translation>
    </message>
    <message>
        <source>Columns not used: {names}.</source>
        <translation>أعمدة لم تُستخدم: {names}.</translation>
    </message>
    <message>
        <source>Updating the school search…</source>
        <translation>جارٍ تحديث البحث عن الكليات…</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more skipped rows (not listed).</source>
        <translation><numerusform>… وصفوف متخطّاة أخرى غير مدرجة (عددها: {count}).</numerusform><numerusform>… وصفوف متخطّاة أخرى غير مدرجة (عددها: {count}).</numerusform><numerusform>… وصفوف متخطّاة أخرى غير مدرجة (عددها: {count}).</numerusform><numerusform>… و{count} صفوف متخطّاة أخرى غير مدرجة.</numerusform><numerusform>… و{count} صفًا متخطًّى آخر غير مدرج.</numerusform><numerusform>… و{count} صف متخطًّى آخر غير مدرج.</numerusform></translation>
    </message>
    <message>
        <source>The school search now finds the imported schools.</source>
        <translation>أصبح البحث يعثر الآن على الكليات المستورَدة.</translation>
    </message>
    <message>
        <source>The school search could not be updated ({why}); the imported schools are kept and will be found after the app is restarted.</source>
        <translation>تعذّر تحديث البحث عن الكليات ({why})؛ الكليات المستورَدة محفوظة وسيعثر عليها البحث بعد إعادة تشغيل التطبيق.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file could not be used.</source>
        <translation>لم يُستورد شيء: تعذّر استخدام الملف.</translation>
    </message>
    <message>
        <source>Nothing was imported: the import did not finish.</source>
        <translation>لم يُستورد شيء: لم يكتمل الاستيراد.</translation>
    </message>
    <message>
        <source>The school list is unchanged: what was imported before is still there.</source>
        <translation>لم تتغير قائمة الكليات: ما استُورد سابقًا لا يزال موجودًا.</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <source>The chosen document</source>
        <translation>الوثيقة المحددة</translation>
    </message>
    <message>
        <source>Its status history</source>
        <translation>سجل حالاتها</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>وثائقك</translation>
    </message>
    <message>
        <source>No document entered yet. Add your passport first, then your diploma, transcript and their translations.</source>
        <translation>لم تُدخل أي وثيقة بعد. أضف جواز سفرك أولًا، ثم شهادة التخرج وكشف الدرجات وترجماتها.</translation>
    </message>
    <message>
        <source>Kind of &amp;document to add</source>
        <translation>نوع الوثيقة المراد إضافتها</translation>
    </message>
    <message>
        <source>Kind of document to add</source>
        <translation>نوع الوثيقة المراد إضافتها</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>إضافة وثيقة</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>إزالة الوثيقة</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>لم تُجب بعد</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Name a&amp;s printed</source>
        <translation>الاسم كما هو مطبوع</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Proof o&amp;f name</source>
        <translation>إثبات الاسم</translation>
    </message>
    <message>
        <source>Your name exactly as printed on it, in its own script and word order.</source>
        <translation>اسمك تمامًا كما هو مطبوع عليها، بأبجديتها وترتيب كلماتها.</translation>
    </message>
    <message>
        <source>The language it is written in, e.g. Arabic.</source>
        <translation>اللغة التي كُتبت بها، مثل العربية.</translation>
    </message>
    <message>
        <source>Its EPIC or ECFMG case number, as ECFMG gives it.</source>
        <translation>رقم الحالة الخاص بها في EPIC أو لدى ECFMG، كما تعطيه ECFMG.</translation>
    </message>
    <message>
        <source>Only if the name differs from yours: the document that proves it is (or was) your name, e.g. marriage certificate.</source>
        <translation>فقط إذا اختلف الاسم عن اسمك: الوثيقة التي تثبت أنه اسمك (أو كان اسمك)، مثل عقد الزواج.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>Remove this stat&amp;us</source>
        <translation>إزالة هذه الحالة</translation>
    </message>
    <message>
        <source>New s&amp;tatus</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Reached &amp;on</source>
        <translation>بتاريخ</translation>
    </message>
    <message>
        <source>The assessment date is proposed; change it to the day it happened.</source>
        <translation>يُقترح تاريخ التقييم تلقائيًا؛ غيّره إلى اليوم الذي حدث فيه ذلك فعلًا.</translation>
    </message>
    <message>
        <source>For a rejection: the reason ECFMG gave</source>
        <translation>عند الرفض: السبب الذي ذكرته ECFMG</translation>
    </message>
    <message>
        <source>Reason &amp;given</source>
        <translation>السبب المذكور</translation>
    </message>
    <message>
        <source>For a rejection: the reason ECFMG gave, as written.</source>
        <translation>عند الرفض: السبب الذي ذكرته ECFMG، بنصّه كما كُتب.</translation>
    </message>
    <message>
        <source>Add t&amp;his status</source>
        <translation>إضافة هذه الحالة</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>للمراجعة:</translation>
    </message>
    <message>
        <source>The name of record: every other name is compared with this one.</source>
        <translation>الاسم المعتمد: تُقارن به جميع الأسماء الأخرى.</translation>
    </message>
    <message>
        <source>Type the name to compare it with yours.</source>
        <translation>اكتب الاسم لمقارنته باسمك.</translation>
    </message>
    <message>
        <source>Type your own name on the first page to compare it.</source>
        <translation>اكتب اسمك في الصفحة الأولى لتتم المقارنة.</translation>
    </message>
    <message>
        <source>Compared with {name}:</source>
        <translation>بالمقارنة مع {name}:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>(after the assessment date)</source>
        <translation>(بعد تاريخ التقييم)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents and IDs</source>
        <translation>الوثائق والمعرّفات</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Keep each document's case number and status here, dated as ECFMG tells you. ECFMG matches names exactly: type each one as printed.</source>
        <translation>سجّل هنا رقم الحالة لكل وثيقة وتطوّر حالتها، بالتواريخ التي تبلغك بها ECFMG. تطابق ECFMG الأسماء حرفيًا: اكتب كل اسم كما هو مطبوع.</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>وثائقك</translation>
    </message>
    <message>
        <source>Your IDs</source>
        <translation>معرّفاتك</translation>
    </message>
    <message>
        <source>My&amp;Intealth ID</source>
        <translation>معرّف MyIntealth</translation>
    </message>
    <message>
        <source>&amp;EPIC ID</source>
        <translation>معرّف EPIC</translation>
    </message>
    <message>
        <source>AA&amp;MC ID</source>
        <translation>معرّف AAMC</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 أرقام</translation>
    </message>
    <message>
        <source>N&amp;RMP ID</source>
        <translation>معرّف NRMP</translation>
    </message>
    <message>
        <source>Your ERAS / AAMC ID has 8 digits. No format is published for the MyIntealth, EPIC and NRMP IDs: type them as shown to you.</source>
        <translation>يتكوّن معرّف ERAS / AAMC من 8 أرقام. لا توجد صيغة منشورة لمعرّفات MyIntealth وEPIC وNRMP: اكتبها كما تظهر لك.</translation>
    </message>
    <message>
        <source>USMLE ID: {usmle_id} (asked on the first page).</source>
        <translation>معرّف USMLE: {usmle_id} (يُطلب في الصفحة الأولى).</translation>
    </message>
    <message>
        <source>Your USMLE ID is asked on the first page.</source>
        <translation>يُطلب معرّف USMLE في الصفحة الأولى.</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>USMLE examinations</source>
        <translation>اختبارات USMLE</translation>
    </message>
    <message>
        <source>USMLE</source>
        <translation>USMLE</translation>
    </message>
    <message>
        <source>Step 1 and Step 2 CK, as on your USMLE transcript. Leave unknowns empty.</source>
        <translation>نتائج Step 1 وStep 2 CK كما تظهر في كشف درجات USMLE الخاص بك. اترك فارغًا ما لا تعرفه.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>راسب</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>لم يُؤدَّ</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Step 1</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Test &amp;date</source>
        <translation>تاريخ الاختبار</translation>
    </message>
    <message>
        <source>Atte&amp;mpts, counting a booked one</source>
        <translation>عدد المحاولات، بما فيها المحجوزة</translation>
    </message>
    <message>
        <source>Step 2 CK</source>
        <translation>Step 2 CK</translation>
    </message>
    <message>
        <source>Resu&amp;lt</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>T&amp;est date</source>
        <translation>تاريخ الاختبار</translation>
    </message>
    <message>
        <source>&amp;Attempts, counting a booked one</source>
        <translation>عدد المحاولات، بما فيها المحجوزة</translation>
    </message>
    <message>
        <source>Step 2 CS (discontinued in 2021)</source>
        <translation>Step 2 CS (أُوقف في 2021)</translation>
    </message>
    <message>
        <source>Step &amp;2 CS result</source>
        <translation>نتيجة Step 2 CS</translation>
    </message>
    <message>
        <source>Never taken</source>
        <translation>لم يُؤدَّ قط</translation>
    </message>
    <message>
        <source>Date of Step 2 &amp;CS</source>
        <translation>تاريخ Step 2 CS</translation>
    </message>
    <message>
        <source>Every sitting taken, passed or failed, plus the one you are booked for: two taken and one booked make 3.</source>
        <translation>كل محاولة أدّيتها، ناجحة كانت أو راسبة، إضافة إلى المحاولة المحجوزة: محاولتان مؤدّاتان ومحاولة محجوزة تساوي 3.</translation>
    </message>
    <message>
        <source>Enter the test date to see the passing score that applied to it.</source>
        <translation>أدخل تاريخ الاختبار لترى درجة النجاح التي كانت سارية عليه.</translation>
    </message>
    <message>
        <source>The rules hold no passing score for a test on {date}: the result you give is what is judged.</source>
        <translation>لا تتضمن القواعد درجة نجاح لاختبار بتاريخ {date}: لذا يُعتمد على النتيجة التي تدخلها.</translation>
    </message>
    <message>
        <source>Passing score for a test on {date}: {minimum}.</source>
        <translation>درجة النجاح لاختبار بتاريخ {date}: {minimum}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>حفظ قائمة التحقق بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>طباعة قائمة التحقق</translation>
    </message>
    <message>
        <source>Sending the checklist to the printer…</source>
        <translation>جارٍ إرسال قائمة التحقق إلى الطابعة…</translation>
    </message>
    <message>
        <source>The file could not be written: {why}</source>
        <translation>تعذّرت كتابة الملف: {why}</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>طُبعت إلى {path}.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>أُرسلت إلى {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>The print service did not answer: {why}</source>
        <translation>لم تستجب خدمة الطباعة: {why}</translation>
    </message>
    <message>
        <source>The printer refused the checklist: {why}</source>
        <translation>رفضت الطابعة قائمة التحقق: {why}</translation>
    </message>
    <message>
        <source>The checklist file could not be read.</source>
        <translation>تعذّرت قراءة ملف قائمة التحقق.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>تعذّر تشغيل الطابعة.</translation>
    </message>
    <message>
        <source>Printing page {n}…</source>
        <translation>جارٍ طباعة الصفحة {n}…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>لم تُجب بعد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Target Match year</source>
        <extracomment>Optional fields are offered only when they have a problem, or the item waits for an answer (an approved Pathway's cycle), never merely for being empty.</extracomment>
        <translation>سنة المطابقة المستهدفة</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>USMLE ID</source>
        <translation>معرّف USMLE</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>MyIntealth ID</source>
        <translation>معرّف MyIntealth</translation>
    </message>
    <message>
        <source>EPIC ID</source>
        <translation>معرّف EPIC</translation>
    </message>
    <message>
        <source>AAMC ID</source>
        <translation>معرّف AAMC</translation>
    </message>
    <message>
        <source>NRMP ID</source>
        <translation>معرّف NRMP</translation>
    </message>
    <message>
        <source>Medical school</source>
        <translation>كلية الطب</translation>
    </message>
    <message>
        <source>Country of your school</source>
        <translation>بلد كليتك</translation>
    </message>
    <message>
        <source>City of your school</source>
        <translation>مدينة كليتك</translation>
    </message>
    <message>
        <source>World Directory ID</source>
        <translation>معرّف World Directory</translation>
    </message>
    <message>
        <source>School in Canada</source>
        <translation>كلية في كندا</translation>
    </message>
    <message>
        <source>ECFMG note</source>
        <translation>ملاحظة ECFMG</translation>
    </message>
    <message>
        <source>Student or graduate</source>
        <translation>طالب أو خرّيج</translation>
    </message>
    <message>
        <source>Graduation date</source>
        <translation>تاريخ التخرج</translation>
    </message>
    <message>
        <source>Credit years</source>
        <translation>السنوات الدراسية المعتمدة</translation>
    </message>
    <message>
        <source>Transferred credit years</source>
        <translation>السنوات الدراسية المعتمدة المنقولة</translation>
    </message>
    <message>
        <source>Diploma title</source>
        <translation>عنوان شهادة التخرج</translation>
    </message>
    <message>
        <source>Diploma in hand</source>
        <translation>شهادة التخرج بحوزتك</translation>
    </message>
    <message>
        <source>Final transcript in hand</source>
        <translation>كشف الدرجات النهائي بحوزتك</translation>
    </message>
    <message>
        <source>Documents in English</source>
        <translation>الوثائق باللغة الإنجليزية</translation>
    </message>
    <message>
        <source>Certified translations ready</source>
        <translation>الترجمات المعتمدة جاهزة</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Step 1</translation>
    </message>
    <message>
        <source>Step 1 result</source>
        <translation>نتيجة Step 1</translation>
    </message>
    <message>
        <source>Step 1 test date</source>
        <translation>تاريخ اختبار Step 1</translation>
    </message>
    <message>
        <source>Step 1 attempts</source>
        <translation>محاولات Step 1</translation>
    </message>
    <message>
        <source>Step 2 CK</source>
        <translation>Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK result</source>
        <translation>نتيجة Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK score</source>
        <translation>درجة Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK test date</source>
        <translation>تاريخ اختبار Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK attempts</source>
        <translation>محاولات Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CS</source>
        <translation>Step 2 CS</translation>
    </message>
    <message>
        <source>Step 2 CS result</source>
        <translation>نتيجة Step 2 CS</translation>
    </message>
    <message>
        <source>Date of Step 2 CS</source>
        <translation>تاريخ Step 2 CS</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Pathway application status</source>
        <translation>حالة طلب Pathway</translation>
    </message>
    <message>
        <source>Pathways cycle</source>
        <translation>دورة Pathways</translation>
    </message>
    <message>
        <source>OET Medicine sittings</source>
        <translation>جلسات اختبار OET Medicine</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>تم تقديم الطلب</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>name as printed</source>
        <translation>الاسم كما هو مطبوع</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>proof of name</source>
        <translation>إثبات الاسم</translation>
    </message>
    <message>
        <source>status history</source>
        <translation>سجل الحالات</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>test date</source>
        <translation>تاريخ الاختبار</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Document {n}</source>
        <translation>الوثيقة {n}</translation>
    </message>
    <message>
        <source>status {n}</source>
        <translation>الحالة {n}</translation>
    </message>
    <message>
        <source>OET sitting {n}</source>
        <translation>جلسة OET رقم {n}</translation>
    </message>
    <message>
        <source>OET sitting {n}, {part}</source>
        <translation>جلسة OET رقم {n}، {part}</translation>
    </message>
</context>
<context>
    <name>GroupReportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (‎.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (.csv)</source>
        <translation>CSV، لأي برنامج جداول بيانات (‎.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF: summary, then each checklist (.pdf)</source>
        <translation>PDF: ملخص، ثم قائمة التحقق لكل متقدّم (‎.pdf)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for scripts (.json)</source>
        <translation>JSON، للبرامج النصية (‎.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>تقرير جماعي</translation>
    </message>
    <message>
        <source>One row per applicant: the overall verdict, each item's status, what holds them back with its next step, the next deadline and your note.</source>
        <translation>صف واحد لكل متقدّم: الحكم العام، وحالة كل بند، وما يعيقه مع الخطوة التالية، والموعد النهائي التالي، وملاحظتك.</translation>
    </message>
    <message>
        <source>Which profiles</source>
        <translation>الملفات المشمولة</translation>
    </message>
    <message>
        <source>Every saved profile</source>
        <translation>كل الملفات المحفوظة</translation>
    </message>
    <message numerus="yes">
        <source>The {count} profiles chosen</source>
        <translation><numerusform>الملفات المحددة ({count})</numerusform><numerusform>الملفات المحددة ({count})</numerusform><numerusform>الملفات المحددة ({count})</numerusform><numerusform>الملفات المحددة ({count})</numerusform><numerusform>الملفات المحددة ({count})</numerusform><numerusform>الملفات المحددة ({count})</numerusform></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>الملفات:</translation>
    </message>
    <message>
        <source>Only the profiles whose verdict is</source>
        <translation>الملفات ذات الحكم التالي فقط</translation>
    </message>
    <message>
        <source>All, whatever their verdict</source>
        <translation>الكل، أيًّا كان حكمها</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>فقط:</translation>
    </message>
    <message>
        <source>Format of the report</source>
        <translation>صيغة التقرير</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>كتابة التقرير</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>كتابة التقرير…</translation>
    </message>
    <message>
        <source>Open &amp;it</source>
        <translation>فتح التقرير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Write the group report</source>
        <translation>كتابة التقرير الجماعي</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>جارٍ كتابة التقرير…</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>كُتب التقرير في {path}.</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>أُلغيت العملية: لم يُكتب أي تقرير.</translation>
    </message>
    <message>
        <source>Not written: {why}.</source>
        <translation>لم يُكتب التقرير: {why}.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>اختيار ملف…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation><numerusform>…ولا شيء غيرها.</numerusform><numerusform>…وملف واحد آخر.</numerusform><numerusform>…وملفان آخران.</numerusform><numerusform>…و%n ملفات أخرى.</numerusform><numerusform>…و%n ملفًا آخر.</numerusform><numerusform>…و%n ملف آخر.</numerusform></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language of the app</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>اللغة: {name}</translation>
    </message>
    <message>
        <source>IMG Readiness will speak {language} from its next start. Your answers are saved.</source>
        <translation>سيعرض IMG Readiness واجهته باللغة {language} عند تشغيله في المرة القادمة. إجاباتك محفوظة.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>أعِد التشغيل الآن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Your saved profiles could not be opened: {why}</source>
        <translation>تعذّر فتح ملفاتك المحفوظة: {why}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>لم تتم الاستعادة</translation>
    </message>
    <message>
        <source>The copy was not restored: {why}</source>
        <translation>لم تُستعد النسخة: {why}</translation>
    </message>
    <message>
        <source>Restored the copy from {when}: {count}.</source>
        <translation>استُعيدت النسخة العائدة إلى {when}: {count}.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>وقت غير معروف</translation>
    </message>
    <message>
        <source>1 profile</source>
        <translation>ملف واحد</translation>
    </message>
    <message>
        <source>{count} profiles</source>
        <translation>عدد الملفات {count}</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Advisor's note</source>
        <translation>ملاحظة المستشار</translation>
    </message>
    <message>
        <source>&amp;Note on “{name}”:</source>
        <translation>ملاحظة على «{name}»:</translation>
    </message>
    <message>
        <source>Last written {dated}. </source>
        <translation>آخر تعديل: {dated}. </translation>
    </message>
    <message>
        <source>Kept with the profile and in its export; not part of its answers. </source>
        <translation>تُحفظ مع الملف وفي النسخة المُصدَّرة منه، وليست جزءًا من إجاباته. </translation>
    </message>
    <message>
        <source>An empty note removes it.</source>
        <translation>ترك الملاحظة فارغة يزيلها.</translation>
    </message>
</context>
<context>
    <name>OetSittingsEditor</name>
    <message>
        <source>Listening</source>
        <translation>الاستماع</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>تاريخ الاختبار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Sitting {n}</source>
        <translation>الجلسة {n}</translation>
    </message>
    <message>
        <source>Sitting {n} test date</source>
        <translation>تاريخ اختبار الجلسة {n}</translation>
    </message>
    <message>
        <source>Sitting {n} {subtest} score</source>
        <translation>درجة {subtest} في الجلسة {n}</translation>
    </message>
    <message>
        <source>Remove sitting {n}</source>
        <translation>إزالة الجلسة {n}</translation>
    </message>
    <message>
        <source>No OET sitting recorded yet.</source>
        <translation>لم تُسجَّل أي جلسة اختبار OET بعد.</translation>
    </message>
    <message>
        <source>&amp;Add an OET sitting</source>
        <translation>إضافة جلسة اختبار OET</translation>
    </message>
    <message>
        <source>Enter the test date to check this sitting against its minimums.</source>
        <translation>أدخل تاريخ الاختبار لمقارنة هذه الجلسة بحدودها الدنيا.</translation>
    </message>
    <message>
        <source>Minimums for this date: {minimums}.</source>
        <translation>الحدود الدنيا لهذا التاريخ: {minimums}.</translation>
    </message>
    <message>
        <source>Best qualifying sitting</source>
        <translation>أفضل جلسة مؤهِّلة</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Steps of your plan, by date</source>
        <translation>خطوات خطتك، حسب التاريخ</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>إضافة إلى التقويم…</translation>
    </message>
    <message>
        <source>Save the open deadlines as a calendar file (.ics) for your calendar program</source>
        <translation>حفظ المواعيد النهائية القادمة في ملف تقويم (‎.ics) لبرنامج التقويم لديك</translation>
    </message>
    <message>
        <source>What if I aim for the next Match?</source>
        <translation>ماذا لو استهدفتُ المطابقة التالية؟</translation>
    </message>
    <message>
        <source>Steps toward the next Match</source>
        <translation>الخطوات نحو المطابقة التالية</translation>
    </message>
    <message>
        <source>Your plan to the {year} Match</source>
        <translation>خطتك إلى مطابقة {year}</translation>
    </message>
    <message>
        <source>Your plan to the Match</source>
        <translation>خطتك إلى المطابقة</translation>
    </message>
    <message>
        <source>What if I aim for the {year} Match? (these rules do not cover it)</source>
        <translation>ماذا لو استهدفتُ مطابقة {year}؟ (لا تشملها هذه القواعد)</translation>
    </message>
    <message>
        <source>What if I aim for the {year} Match?</source>
        <translation>ماذا لو استهدفتُ مطابقة {year}؟</translation>
    </message>
    <message>
        <source>If you aim for the {year} Match</source>
        <translation>إذا استهدفتَ مطابقة {year}</translation>
    </message>
    <message>
        <source>(your saved profile is not changed)</source>
        <translation>(لن يتغير ملفك المحفوظ)</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>إضافة إلى التقويم</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be written: {why}</source>
        <translation>تعذّرت كتابة ملف التقويم: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} deadlines to {name}. Open it with your calendar program; saving it again later updates the same events.</source>
        <translation><numerusform>حُفظت المواعيد النهائية في {name} (عددها: {count}). افتحه ببرنامج التقويم لديك؛ وإذا حفظته مجددًا لاحقًا فستُحدَّث الأحداث نفسها.</numerusform><numerusform>حُفظت المواعيد النهائية في {name} (عددها: {count}). افتحه ببرنامج التقويم لديك؛ وإذا حفظته مجددًا لاحقًا فستُحدَّث الأحداث نفسها.</numerusform><numerusform>حُفظت المواعيد النهائية في {name} (عددها: {count}). افتحه ببرنامج التقويم لديك؛ وإذا حفظته مجددًا لاحقًا فستُحدَّث الأحداث نفسها.</numerusform><numerusform>حُفظت {count} مواعيد نهائية في {name}. افتحه ببرنامج التقويم لديك؛ وإذا حفظته مجددًا لاحقًا فستُحدَّث الأحداث نفسها.</numerusform><numerusform>حُفظ {count} موعدًا نهائيًا في {name}. افتحه ببرنامج التقويم لديك؛ وإذا حفظته مجددًا لاحقًا فستُحدَّث الأحداث نفسها.</numerusform><numerusform>حُفظ {count} موعد نهائي في {name}. افتحه ببرنامج التقويم لديك؛ وإذا حفظته مجددًا لاحقًا فستُحدَّث الأحداث نفسها.</numerusform></translation>
    </message>
    <message>
        <source>{problem} The next Match you can still make: {year}.</source>
        <translation>{problem} أقرب مطابقة لا يزال بإمكانك اللحاق بها: {year}.</translation>
    </message>
    <message>
        <source>Late: {steps}. The next Match you can still make: {year}.</source>
        <translation>متأخر: {steps}. أقرب مطابقة لا يزال بإمكانك اللحاق بها: {year}.</translation>
    </message>
    <message>
        <source>Late: {steps}.</source>
        <translation>متأخر: {steps}.</translation>
    </message>
    <message>
        <source>Next: {step}, {date}.</source>
        <translation>التالي: {step}، {date}.</translation>
    </message>
    <message>
        <source>Nothing dated is left before residency starts.</source>
        <translation>لا توجد خطوات مؤرّخة متبقية قبل بدء الإقامة الطبية.</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <source>IMG Readiness</source>
        <translation>IMG Readiness</translation>
    </message>
    <message>
        <source>&lt;h2&gt;IMG Readiness&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;IMG Readiness&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Opening your saved profiles…</source>
        <translation>جارٍ فتح ملفاتك المحفوظة…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>جارٍ الفتح</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Not&amp;e…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>&amp;Group report…</source>
        <translation>تقرير جماعي…</translation>
    </message>
    <message>
        <source>Import a school &amp;list…</source>
        <translation>استيراد قائمة كليات…</translation>
    </message>
    <message>
        <source>Import a school list file, e.g. from an advising office</source>
        <translation>استيراد ملف قائمة كليات، من مكتب إرشاد مثلًا</translation>
    </message>
    <message>
        <source>Import rule&amp;s…</source>
        <translation>استيراد القواعد…</translation>
    </message>
    <message>
        <source>Import a newer rules file, without a new app version</source>
        <translation>استيراد ملف قواعد أحدث، دون الحاجة إلى إصدار جديد من التطبيق</translation>
    </message>
    <message>
        <source>Go back to the &amp;bundled rules</source>
        <translation>العودة إلى القواعد المرفقة بالتطبيق</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Version, rules and licences</source>
        <translation>الإصدار والقواعد والتراخيص</translation>
    </message>
    <message>
        <source>Your note on this applicant, dated</source>
        <translation>ملاحظتك المؤرّخة على هذا المتقدّم</translation>
    </message>
    <message>
        <source>One row per applicant as a spreadsheet, PDF or JSON file</source>
        <translation>صف واحد لكل متقدّم، في جدول بيانات أو ملف PDF أو JSON</translation>
    </message>
    <message>
        <source>Profile files or a &amp;roster (CSV)…</source>
        <translation>ملفات شخصية أو قائمة أسماء (CSV)…</translation>
    </message>
    <message>
        <source>Every profile in a &amp;folder…</source>
        <translation>كل الملفات في مجلد…</translation>
    </message>
    <message>
        <source>Choose a profile to continue, or start a new one.</source>
        <translation>اختر ملفًا للمتابعة، أو ابدأ ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>No saved profile yet: start a new one.</source>
        <translation>لا توجد ملفات محفوظة بعد: ابدأ ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>“{name}” was made as a copy.</source>
        <translation>أُنشئت نسخة باسم «{name}».</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>أُعيدت التسمية إلى «{name}».</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>حُذف «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>{count} profiles were deleted.</source>
        <translation><numerusform>حُذفت الملفات المحددة (عددها: {count}).</numerusform><numerusform>حُذفت الملفات المحددة (عددها: {count}).</numerusform><numerusform>حُذفت الملفات المحددة (عددها: {count}).</numerusform><numerusform>حُذفت {count} ملفات.</numerusform><numerusform>حُذف {count} ملفًا.</numerusform><numerusform>حُذف {count} ملف.</numerusform></translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>أُعيد «{name}».</translation>
    </message>
    <message numerus="yes">
        <source>{count} profiles are back.</source>
        <translation><numerusform>أُعيدت الملفات (عددها: {count}).</numerusform><numerusform>أُعيدت الملفات (عددها: {count}).</numerusform><numerusform>أُعيدت الملفات (عددها: {count}).</numerusform><numerusform>أُعيدت {count} ملفات.</numerusform><numerusform>أُعيد {count} ملفًا.</numerusform><numerusform>أُعيد {count} ملف.</numerusform></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Profiles and rosters (*.json *.csv);;Profiles (*.json);;Rosters (*.csv)</source>
        <translation>الملفات الشخصية وقوائم الأسماء (*.json *.csv);;الملفات الشخصية (*.json);;قوائم الأسماء (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>استُورد «{name}» من {file}.</translation>
    </message>
    <message>
        <source>A profile of this name exists</source>
        <translation>يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>A profile with the name in {file} is already saved. Keep both (the imported one gets a number after its name), or cancel the import?</source>
        <translation>يوجد ملف محفوظ بالاسم الوارد في {file}. هل تريد الاحتفاظ بالاثنين (ويُضاف رقم بعد اسم الملف المستورَد)، أم إلغاء الاستيراد؟</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>الاحتفاظ بالاثنين</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>لم يُستورد الملف</translation>
    </message>
    <message>
        <source>{file} was not imported:</source>
        <translation>لم يُستورد {file}:</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>تصدير الملف</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>الملفات الشخصية (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>صُدِّر إلى {path}.</translation>
    </message>
    <message>
        <source>Rules in use: version {version}, {origin}. Import a newer rules file.</source>
        <translation>القواعد المستخدمة: الإصدار {version}، {origin}. استورد ملف قواعد أحدث.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>المرفقة بالتطبيق</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <source>{verdict} · last changed {updated}</source>
        <translation>{verdict} · آخر تعديل {updated}</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Name, Match year or words of a note</source>
        <translation>الاسم أو سنة المطابقة أو كلمات من ملاحظة</translation>
    </message>
    <message>
        <source>Filter the profiles</source>
        <translation>تصفية الملفات</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>تصفية:</translation>
    </message>
    <message>
        <source>Show profiles whose verdict is</source>
        <translation>عرض الملفات ذات الحكم</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>عرض:</translation>
    </message>
    <message numerus="yes">
        <source>{total} profiles</source>
        <translation><numerusform>الملفات: {total}</numerusform><numerusform>الملفات: {total}</numerusform><numerusform>الملفات: {total}</numerusform><numerusform>{total} ملفات</numerusform><numerusform>{total} ملفًا</numerusform><numerusform>{total} ملف</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} من {total}</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message numerus="yes">
        <source>{n} more</source>
        <translation><numerusform>{n} أخرى</numerusform><numerusform>{n} أخرى</numerusform><numerusform>{n} أخرى</numerusform><numerusform>{n} إجابات أخرى</numerusform><numerusform>{n} إجابةً أخرى</numerusform><numerusform>{n} إجابة أخرى</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{count} saved answer(s) could not be read ({fields}) and are shown as not answered; answer them again to replace them.</source>
        <translation><numerusform>تعذّرت قراءة بعض الإجابات المحفوظة (عددها: {count}؛ {fields})، لذا تظهر دون إجابة؛ أجب عنها مجددًا لتحلّ إجاباتك الجديدة محلها.</numerusform><numerusform>تعذّرت قراءة بعض الإجابات المحفوظة (عددها: {count}؛ {fields})، لذا تظهر دون إجابة؛ أجب عنها مجددًا لتحلّ إجاباتك الجديدة محلها.</numerusform><numerusform>تعذّرت قراءة بعض الإجابات المحفوظة (عددها: {count}؛ {fields})، لذا تظهر دون إجابة؛ أجب عنها مجددًا لتحلّ إجاباتك الجديدة محلها.</numerusform><numerusform>تعذّرت قراءة {count} إجابات محفوظة ({fields})، لذا تظهر دون إجابة؛ أجب عنها مجددًا لتحلّ إجاباتك الجديدة محلها.</numerusform><numerusform>تعذّرت قراءة {count} إجابةً محفوظة ({fields})، لذا تظهر دون إجابة؛ أجب عنها مجددًا لتحلّ إجاباتك الجديدة محلها.</numerusform><numerusform>تعذّرت قراءة {count} إجابة محفوظة ({fields})، لذا تظهر دون إجابة؛ أجب عنها مجددًا لتحلّ إجاباتك الجديدة محلها.</numerusform></translation>
    </message>
    <message>
        <source>The answers could not be saved yet.</source>
        <translation>تعذّر حفظ الإجابات حتى الآن.</translation>
    </message>
    <message>
        <source>The answer could not be saved.</source>
        <translation>تعذّر حفظ الإجابة.</translation>
    </message>
</context>
<context>
    <name>ProfileTable</name>
    <message>
        <source>Saved profiles</source>
        <translation>الملفات المحفوظة</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Elig.</source>
        <translation>الأهلية</translation>
    </message>
    <message>
        <source>School</source>
        <translation>الكلية</translation>
    </message>
    <message>
        <source>USMLE</source>
        <translation>USMLE</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>السريرية</translation>
    </message>
    <message>
        <source>Creds</source>
        <translation>المؤهلات</translation>
    </message>
    <message>
        <source>Appl.</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Target Match year</source>
        <translation>سنة المطابقة المستهدفة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الحكم العام</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>الموعد النهائي التالي</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Advisor's note</source>
        <translation>ملاحظة المستشار</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>{area}: being worked out</source>
        <translation>{area}: جارٍ التقييم</translation>
    </message>
    <message>
        <source>Advisor's note of {day}: {note}</source>
        <translation>ملاحظة المستشار بتاريخ {day}: {note}</translation>
    </message>
    <message>
        <source>No dated step ahead</source>
        <translation>لا توجد خطوة مؤرّخة قادمة</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <source>&amp;Profiles…</source>
        <translation>الملفات…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>About IMG Readiness (F1)</source>
        <translation>حول IMG Readiness (F1)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>the daily copy</source>
        <translation>النسخة اليومية</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>أُنشئت قبل استعادة</translation>
    </message>
    <message>
        <source>made before an upgrade</source>
        <translation>أُنشئت قبل ترقية</translation>
    </message>
    <message>
        <source>Your saved profiles were empty</source>
        <translation>كانت ملفاتك المحفوظة فارغة</translation>
    </message>
    <message>
        <source>Your saved profiles were set aside</source>
        <translation>نُقلت ملفاتك المحفوظة جانبًا</translation>
    </message>
    <message>
        <source>Your saved-profiles file was empty, so the app started a new one.</source>
        <translation>كان ملف الملفات المحفوظة فارغًا، فبدأ التطبيق ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>Nothing was set aside: there was nothing in the file to keep.</source>
        <translation>لم يُنقل شيء جانبًا: لم يكن في الملف ما يستحق الاحتفاظ به.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be opened, so the app started afresh.</source>
        <translation>تعذّر فتح ملفاتك المحفوظة، فبدأ التطبيق من جديد.</translation>
    </message>
    <message>
        <source>The file was damaged ({reason}).</source>
        <translation>كان الملف تالفًا ({reason}).</translation>
    </message>
    <message>
        <source>The file was damaged.</source>
        <translation>كان الملف تالفًا.</translation>
    </message>
    <message>
        <source>It was not deleted: it was moved aside, where you can keep it or send it to someone who can help.</source>
        <translation>لم يُحذف: بل نُقل جانبًا، حيث يمكنك الاحتفاظ به أو إرساله إلى من يستطيع المساعدة.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>استعادة هذه النسخة</translation>
    </message>
    <message>
        <source>&amp;Keep the empty list</source>
        <translation>الإبقاء على القائمة الفارغة</translation>
    </message>
    <message>
        <source>Where it is now:</source>
        <translation>مكانه الآن:</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>المجلد:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>&amp;Show the folder</source>
        <translation>عرض المجلد</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <source>There is no backup to bring them back. Start a new profile, or import one you exported.</source>
        <translation>لا توجد نسخة احتياطية لاستعادتها. ابدأ ملفًا جديدًا، أو استورد ملفًا سبق أن صدّرته.</translation>
    </message>
    <message>
        <source>A backup can bring your profiles back: {copy}.</source>
        <translation>يمكن استعادة ملفاتك من نسخة احتياطية: {copy}.</translation>
    </message>
    <message>
        <source>A backup can bring your profiles back. Choose the copy to restore:</source>
        <translation>يمكن استعادة ملفاتك من نسخة احتياطية. اختر النسخة المراد استعادتها:</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename profile</source>
        <translation>إعادة تسمية الملف</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>الاسم الجديد لـ «{name}»:</translation>
    </message>
    <message>
        <source>Leave it empty to name the profile after the applicant again.</source>
        <translation>اتركه فارغًا ليعود اسم الملف إلى اسم المتقدّم.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Your readiness</source>
        <translation>جاهزيتك</translation>
    </message>
    <message>
        <source>Where you stand today, and what is left to do.</source>
        <translation>أين تقف اليوم، وما الذي بقي عليك فعله.</translation>
    </message>
    <message>
        <source>Guidance, not an official decision: only ECFMG decides. {rules}; assessed on {as_of}.</source>
        <translation>إرشاد وليس قرارًا رسميًا: القرار لـ ECFMG وحدها. {rules}؛ تاريخ التقييم {as_of}.</translation>
    </message>
    <message>
        <source>Not needed with your answers: {areas}.</source>
        <translation>غير مطلوب بناءً على إجاباتك: {areas}.</translation>
    </message>
    <message>
        <source>Printable checklist</source>
        <translation>قائمة التحقق القابلة للطباعة</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>Paper size of the printable checklist</source>
        <translation>حجم ورق قائمة التحقق القابلة للطباعة</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>حجم الورق:</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Progress of the printable checklist</source>
        <translation>تقدّم إعداد قائمة التحقق القابلة للطباعة</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>معاينة الصفحة 1</translation>
    </message>
    <message>
        <source>Writing the checklist…</source>
        <translation>جارٍ كتابة قائمة التحقق…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>حُفظت في {path}</translation>
    </message>
    <message>
        <source>The checklist could not be written: {message}</source>
        <translation>تعذّرت كتابة قائمة التحقق: {message}</translation>
    </message>
    <message>
        <source>No program to show PDF files was found on this computer. The checklist is saved at {path}: open it with a PDF viewer, or print it with Print….</source>
        <translation>لم يُعثر على هذا الحاسوب على برنامج لعرض ملفات PDF. قائمة التحقق محفوظة في {path}: افتحها بأي عارض PDF، أو اطبعها عبر «طباعة…».</translation>
    </message>
    <message>
        <source>Sending the checklist to the printer…</source>
        <translation>جارٍ إرسال قائمة التحقق إلى الطابعة…</translation>
    </message>
    <message>
        <source>Not printed: {why}</source>
        <translation>لم تُطبع: {why}</translation>
    </message>
</context>
<context>
    <name>RulesImportDialog</name>
    <message>
        <source>Import rules</source>
        <translation>استيراد القواعد</translation>
    </message>
    <message>
        <source>When ECFMG, USMLE or OET change a rule, a newer rules file (one .toml file holding every rule, with a higher version) can be imported here, without a new version of the app. The file is checked in full first: a file that cannot be used changes nothing.</source>
        <translation>عندما تغيّر ECFMG أو USMLE أو OET قاعدةً ما، يمكن استيراد ملف قواعد أحدث هنا (ملف ‎.toml واحد يضم كل القواعد، بإصدار أعلى)، دون الحاجة إلى إصدار جديد من التطبيق. يُفحص الملف كاملًا أولًا: والملف الذي لا يمكن استخدامه لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>Choose a rules file to import</source>
        <translation>اختر ملف قواعد لاستيراده</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>The rules in use cannot be read: {why}</source>
        <translation>تتعذّر قراءة القواعد المستخدمة: {why}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورَدة</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>المرفقة بالتطبيق</translation>
    </message>
    <message>
        <source>Rules in use: version {version} (updated {updated}), {origin}, for the {years} Matches.</source>
        <translation>القواعد المستخدمة: الإصدار {version} (حُدّثت في {updated})، {origin}، لمطابقات {years}.</translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation>اختيار ملف قواعد</translation>
    </message>
    <message>
        <source>Rules files (*.toml);;All files (*)</source>
        <translation>ملفات القواعد (*.toml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>جارٍ فحص {file}…</translation>
    </message>
    <message>
        <source>Go back to the bundled rules</source>
        <translation>العودة إلى القواعد المرفقة بالتطبيق</translation>
    </message>
    <message>
        <source>Going back to the bundled rules…</source>
        <translation>جارٍ العودة إلى القواعد المرفقة بالتطبيق…</translation>
    </message>
    <message>
        <source>No imported rules to go back from: nothing was changed.</source>
        <translation>لا توجد قواعد مستورَدة للعودة عنها: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Imported: rules version {old} → {new}.</source>
        <translation>تم الاستيراد: إصدار القواعد {old} ← {new}.</translation>
    </message>
    <message>
        <source>Back to the bundled rules: version {old} → {new}.</source>
        <translation>تمت العودة إلى القواعد المرفقة بالتطبيق: الإصدار {old} ← {new}.</translation>
    </message>
    <message>
        <source>Before: {rules}</source>
        <translation>قبل: {rules}</translation>
    </message>
    <message>
        <source>Now: {rules}</source>
        <translation>الآن: {rules}</translation>
    </message>
    <message>
        <source>{added} rules added, {ended} ended, {changed} changed.</source>
        <translation>القواعد المضافة: {added}، المنتهية: {ended}، المعدّلة: {changed}.</translation>
    </message>
    <message numerus="yes">
        <source>{count} saved profiles change their overall verdict (listed below).</source>
        <translation><numerusform>عدد الملفات المحفوظة التي يتغير حكمها العام: {count} (مدرجة أدناه).</numerusform><numerusform>عدد الملفات المحفوظة التي يتغير حكمها العام: {count} (مدرجة أدناه).</numerusform><numerusform>عدد الملفات المحفوظة التي يتغير حكمها العام: {count} (مدرجة أدناه).</numerusform><numerusform>يتغير التقييم العام لـ{count} ملفات محفوظة (مدرجة أدناه).</numerusform><numerusform>يتغير التقييم العام لـ{count} ملفًا محفوظًا (مدرجة أدناه).</numerusform><numerusform>يتغير التقييم العام لـ{count} ملف محفوظ (مدرجة أدناه).</numerusform></translation>
    </message>
    <message>
        <source>No saved profile changes its overall verdict.</source>
        <translation>لا يتغير الحكم العام لأي ملف محفوظ.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>المنتهية</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>المعدّلة</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  لا شيء</translation>
    </message>
    <message>
        <source>Saved profiles whose overall verdict changes (as of {date})</source>
        <translation>الملفات المحفوظة التي يتغير حكمها العام (حتى تاريخ {date})</translation>
    </message>
    <message>
        <source>Nothing was imported: the file could not be used.</source>
        <translation>لم يُستورد شيء: تعذّر استخدام الملف.</translation>
    </message>
    <message>
        <source>The imported rules could not be removed.</source>
        <translation>تعذّرت إزالة القواعد المستورَدة.</translation>
    </message>
    <message>
        <source>The rules in use are unchanged.</source>
        <translation>لم تتغير القواعد المستخدمة.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>إعادة محاولة الحفظ</translation>
    </message>
    <message>
        <source>Saved answers that could not be read</source>
        <translation>إجابات محفوظة تعذّرت قراءتها</translation>
    </message>
    <message>
        <source>Your latest answers are not saved yet ({detail}). They are kept in this window and saving is retried every few seconds.</source>
        <translation>لم تُحفظ إجاباتك الأخيرة بعد ({detail}). وهي باقية في هذه النافذة، وتُعاد محاولة الحفظ كل بضع ثوانٍ.</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>Also known as: {names}</source>
        <translation>تُعرف أيضًا باسم: {names}</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your medical school</source>
        <translation>كليتك الطبية</translation>
    </message>
    <message>
        <source>Medical school</source>
        <translation>كلية الطب</translation>
    </message>
    <message>
        <source>Find your school, then tell us where you are in your studies.</source>
        <translation>ابحث عن كليتك، ثم أخبرنا أين وصلت في دراستك.</translation>
    </message>
    <message>
        <source>Find your school</source>
        <translation>ابحث عن كليتك</translation>
    </message>
    <message>
        <source>&amp;Search by name, former name, initials or city:</source>
        <translation>البحث بالاسم أو الاسم السابق أو الأحرف الأولى أو المدينة:</translation>
    </message>
    <message>
        <source>e.g. Cairo, AIIMS, São Paulo</source>
        <translation>مثل Cairo أو AIIMS أو São Paulo</translation>
    </message>
    <message>
        <source>Search for your school</source>
        <translation>البحث عن كليتك</translation>
    </message>
    <message>
        <source>Loading the school list…</source>
        <translation>جارٍ تحميل قائمة الكليات…</translation>
    </message>
    <message>
        <source>Schools found</source>
        <translation>الكليات التي عُثر عليها</translation>
    </message>
    <message>
        <source>&amp;City of your school</source>
        <translation>مدينة كليتك</translation>
    </message>
    <message>
        <source>Filled in from the list when it knows the city; type it if not.</source>
        <translation>تُملأ من القائمة إن كانت المدينة معروفة فيها؛ وإلا فاكتبها.</translation>
    </message>
    <message>
        <source>&amp;My school isn't listed</source>
        <translation>كليتي غير مدرجة</translation>
    </message>
    <message>
        <source>New school's name</source>
        <translation>اسم الكلية الجديدة</translation>
    </message>
    <message>
        <source>New school's city</source>
        <translation>مدينة الكلية الجديدة</translation>
    </message>
    <message>
        <source>New school's country</source>
        <translation>بلد الكلية الجديدة</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>اختر بلدًا</translation>
    </message>
    <message>
        <source>Sc&amp;hool name</source>
        <translation>اسم الكلية</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Add and select this school</source>
        <translation>إضافة هذه الكلية واختيارها</translation>
    </message>
    <message>
        <source>The school list could not be loaded ({why}). Use “My school isn't listed” to enter your school.</source>
        <translation>تعذّر تحميل قائمة الكليات ({why}). استخدم «كليتي غير مدرجة» لإدخال كليتك.</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>اكتب حرفين على الأقل.</translation>
    </message>
    <message>
        <source>Choose your school below (Enter picks the first). Not there? Use “My school isn't listed”.</source>
        <translation>اختر كليتك أدناه (مفتاح Enter يختار أولها). ليست موجودة؟ استخدم «كليتي غير مدرجة».</translation>
    </message>
    <message>
        <source>No school matches. Check the spelling, or use “My school isn't listed”.</source>
        <translation>لا توجد كلية مطابقة. تحقّق من الإملاء، أو استخدم «كليتي غير مدرجة».</translation>
    </message>
    <message>
        <source>Give the school's name and choose its country.</source>
        <translation>أدخل اسم الكلية واختر بلدها.</translation>
    </message>
    <message>
        <source>No school chosen yet.</source>
        <translation>لم تختر كلية بعد.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your school:&lt;/b&gt; {name}{place}</source>
        <translation>&lt;b&gt;كليتك:&lt;/b&gt; {name}{place}</translation>
    </message>
    <message>
        <source>Your studies</source>
        <translation>دراستك</translation>
    </message>
    <message>
        <source>&amp;You are a</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>خريج</translation>
    </message>
    <message>
        <source>&amp;Graduation date</source>
        <translation>تاريخ التخرج</translation>
    </message>
    <message>
        <source>The date you expect to graduate.</source>
        <translation>التاريخ الذي تتوقع أن تتخرج فيه.</translation>
    </message>
    <message>
        <source>The date on your diploma.</source>
        <translation>التاريخ المدوّن على شهادة التخرج.</translation>
    </message>
    <message>
        <source>Students: the date you expect to graduate.</source>
        <translation>للطلاب: التاريخ المتوقع للتخرج.</translation>
    </message>
    <message>
        <source>The World Directory's ECFMG note</source>
        <translation>ملاحظة ECFMG في World Directory</translation>
    </message>
    <message>
        <source>World &amp;Directory ID</source>
        <translation>معرّف World Directory</translation>
    </message>
    <message>
        <source>e.g. F0000315</source>
        <translation>مثل F0000315</translation>
    </message>
    <message>
        <source>Paste the ECFMG note here, e.g. “Graduation Year: 1980 - Current”</source>
        <translation>الصق ملاحظة ECFMG هنا، مثل «Graduation Year: 1980 - Current»</translation>
    </message>
    <message>
        <source>ECFMG note from the World Directory</source>
        <translation>ملاحظة ECFMG من World Directory</translation>
    </message>
    <message>
        <source>&amp;ECFMG note</source>
        <translation>ملاحظة ECFMG</translation>
    </message>
    <message>
        <source>The listing shows n&amp;o ECFMG note</source>
        <translation>لا تظهر في صفحة الكلية أي ملاحظة ECFMG</translation>
    </message>
    <message>
        <source>ECFMG accepts only schools whose World Directory listing carries an ECFMG note covering your graduation year. Open &lt;a href="{url}"&gt;{url}&lt;/a&gt;, find your school, open its &lt;i&gt;Sponsor Notes&lt;/i&gt; tab and paste the ECFMG note below.</source>
        <translation>لا تقبل ECFMG إلا الكليات التي تحمل صفحتها في World Directory ملاحظة ECFMG تشمل سنة تخرجك. افتح &lt;a href="{url}"&gt;{url}&lt;/a&gt;، وابحث عن كليتك، وافتح تبويب &lt;i&gt;Sponsor Notes&lt;/i&gt; فيها، ثم الصق ملاحظة ECFMG أدناه.</translation>
    </message>
    <message>
        <source>Your school's page: &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
        <translation>صفحة كليتك: &lt;a href="{url}"&gt;{url}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>not needed with your answers</source>
        <translation>غير مطلوب بناءً على إجاباتك</translation>
    </message>
    <message>
        <source>Match cycle</source>
        <translation>دورة المطابقة</translation>
    </message>
    <message>
        <source>Your step</source>
        <translation>خطوتك</translation>
    </message>
</context>
<context>
    <name>StoreProblemBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Try opening the saved profiles again</source>
        <translation>محاولة فتح الملفات المحفوظة مرة أخرى</translation>
    </message>
    <message>
        <source>Nothing was changed. Once the problem above is fixed, try again.</source>
        <translation>لم يتغير شيء. بعد حل المشكلة المذكورة أعلاه، حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of your plan</source>
        <translation>الخط الزمني لخطتك</translation>
    </message>
    <message>
        <source>No dated steps</source>
        <translation>لا توجد خطوات مؤرّخة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Estimate: not yet published</source>
        <translation>تقدير: لم يُنشر بعد</translation>
    </message>
    <message>
        <source>Third-party sources</source>
        <translation>مصادر غير رسمية</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>الخطوة التالية:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
</context>
</TS>
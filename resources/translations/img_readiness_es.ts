<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Show the &amp;licence texts</source>
        <translation>Ver los textos de &amp;licencia</translation>
    </message>
    <message>
        <source>Rules version {version} of {updated} ({origin}).</source>
        <translation>Reglas: versión {version} del {updated} ({origin}).</translation>
    </message>
    <message>
        <source>The rules in use could not be read.</source>
        <translation>No se pudieron leer las reglas en uso.</translation>
    </message>
    <message>
        <source>An offline advisor for international medical graduates on their way to ECFMG Certification. Guidance, not an official decision: only ECFMG decides.</source>
        <translation>Un asesor sin conexión para graduados internacionales en medicina que se preparan para la certificación del ECFMG. Es orientación, no una decisión oficial: solo el ECFMG decide.</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>IMG Readiness: MIT licence.</source>
        <translation>IMG Readiness: licencia MIT.</translation>
    </message>
    <message>
        <source>Fonts in the printable checklist: Noto Sans (SIL Open Font License 1.1) and WenQuanYi Micro Hei (Apache License 2.0).</source>
        <translation>Fuentes de la lista de verificación imprimible: Noto Sans (SIL Open Font License 1.1) y WenQuanYi Micro Hei (Apache License 2.0).</translation>
    </message>
    <message>
        <source>School list: from the Research Organization Registry (ROR), CC0 1.0. It is not the World Directory of Medical Schools.</source>
        <translation>Lista de facultades: del Research Organization Registry (ROR), CC0 1.0. No es el World Directory of Medical Schools.</translation>
    </message>
    <message>
        <source>Qt {qt} and PySide6: GNU Lesser General Public License v3 (LGPL-3.0); you may replace them with your own build.</source>
        <translation>Qt {qt} y PySide6: GNU Lesser General Public License v3 (LGPL-3.0); puede sustituirlos por su propia compilación.</translation>
    </message>
    <message>
        <source>No log file is written this time: the data folder cannot take one.</source>
        <translation>Esta vez no se escribe ningún archivo de registro: la carpeta de datos no lo admite.</translation>
    </message>
    <message>
        <source>The log file, to attach to a bug report (it never holds your answers): {path}</source>
        <translation>El archivo de registro, para adjuntarlo a un informe de error (nunca contiene sus respuestas): {path}</translation>
    </message>
    <message>
        <source>The licence texts are in {folder}.</source>
        <translation>Los textos de las licencias están en {folder}.</translation>
    </message>
</context>
<context>
    <name>AdvisorActions</name>
    <message>
        <source>Import every profile in a folder</source>
        <translation>Importar todos los perfiles de una carpeta</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The import stopped.</source>
        <translation>La importación se detuvo.</translation>
    </message>
    <message>
        <source>{imported} imported, {refused} refused.</source>
        <translation>{imported} importados, {refused} rechazados.</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>The import stopped: {why}</source>
        <translation>La importación se detuvo: {why}</translation>
    </message>
    <message>
        <source>Stopped: {why}.</source>
        <translation>Detenida: {why}.</translation>
    </message>
    <message>
        <source>Not imported (nothing of these was saved):</source>
        <translation>No importados (no se guardó nada de ellos):</translation>
    </message>
    <message>
        <source>Export the profiles into a folder</source>
        <translation>Exportar los perfiles a una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Exported {count} profiles to {folder}.</source>
        <translation><numerusform>Se exportó {count} perfil a {folder}.</numerusform><numerusform>Se exportaron {count} perfiles a {folder}.</numerusform></translation>
    </message>
    <message>
        <source>Note kept on “{name}”.</source>
        <translation>Nota guardada en “{name}”.</translation>
    </message>
    <message>
        <source>Note removed from “{name}”.</source>
        <translation>Nota eliminada de “{name}”.</translation>
    </message>
</context>
<context>
    <name>ApplicantPage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>This wizard checks your path to ECFMG Certification step by step. Every answer is saved as you go; you can stop and come back at any time.</source>
        <translation>Este asistente revisa paso a paso su camino hacia la certificación del ECFMG. Cada respuesta se guarda sobre la marcha; puede detenerse y volver en cualquier momento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guidance, not an official decision.&lt;/b&gt; Verdicts follow the published rules of ECFMG, USMLE and OET as of &lt;b&gt;{updated}&lt;/b&gt; (rules version {version}). Only ECFMG decides; confirm each point with the official source shown beside it.</source>
        <translation>&lt;b&gt;Orientación, no una decisión oficial.&lt;/b&gt; Las valoraciones siguen las reglas publicadas por ECFMG, USMLE y OET a fecha de &lt;b&gt;{updated}&lt;/b&gt; (versión {version} de las reglas). Solo el ECFMG decide; confirme cada punto con la fuente oficial que se indica a su lado.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>Exactly as on your passport, in any script. Needed to go on.</source>
        <translation>Exactamente como en su pasaporte, en cualquier alfabeto. Necesario para continuar.</translation>
    </message>
    <message>
        <source>&amp;USMLE ID</source>
        <translation>ID de &amp;USMLE</translation>
    </message>
    <message>
        <source>e.g. 5-123-456-7</source>
        <translation>p. ej., 5-123-456-7</translation>
    </message>
    <message>
        <source>8 digits, as on your score reports. Leave empty if you have none.</source>
        <translation>8 dígitos, como en sus informes de puntuación. Déjelo vacío si no tiene.</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation>Ciu&amp;dadanía</translation>
    </message>
    <message>
        <source>Target &amp;Match year</source>
        <translation>Año del &amp;Match previsto</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>p. ej., {year}</translation>
    </message>
    <message>
        <source>The residency Match you aim for.</source>
        <translation>El Match de residencia al que aspira.</translation>
    </message>
</context>
<context>
    <name>ClinicalPage</name>
    <message>
        <source>Clinical and communication skills</source>
        <translation>Habilidades clínicas y de comunicación</translation>
    </message>
    <message>
        <source>Clinical skills</source>
        <translation>Habilidades clínicas</translation>
    </message>
    <message>
        <source>Without a Step 2 CS pass, you meet this requirement through one of the Pathways and an OET Medicine result.</source>
        <translation>Sin un Step 2 CS aprobado, usted cumple este requisito mediante uno de los Pathways y un resultado de OET Medicine.</translation>
    </message>
    <message>
        <source>OET Medicine sittings</source>
        <translation>Convocatorias de OET Medicine</translation>
    </message>
    <message>
        <source>Your Pathway</source>
        <translation>Su Pathway</translation>
    </message>
    <message>
        <source>Pathway &amp;{n}</source>
        <translation>Pathway &amp;{n}</translation>
    </message>
    <message>
        <source>Application &amp;status</source>
        <translation>E&amp;stado de la solicitud</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Aún no presentada</translation>
    </message>
    <message>
        <source>Applied, waiting for a decision</source>
        <translation>Presentada, en espera de decisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Pathways c&amp;ycle (Match year)</source>
        <translation>Ciclo de Pathwa&amp;ys (año del Match)</translation>
    </message>
    <message>
        <source>Needed: the Match year of the Pathways cycle ECFMG approved you for, as on your approval.</source>
        <translation>Necesario: el año del Match del ciclo de Pathways para el que el ECFMG le aprobó, tal como figura en su aprobación.</translation>
    </message>
    <message>
        <source>Leave empty to use your target Match year. Once ECFMG approves your Pathway, this is needed.</source>
        <translation>Déjelo vacío para usar el año del Match previsto. Cuando el ECFMG apruebe su Pathway, este dato será necesario.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste into a report</source>
        <translation>Copiar los detalles técnicos para pegarlos en un informe</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Mostrar &amp;detalles</translation>
    </message>
    <message>
        <source>Show the &amp;log file</source>
        <translation>Mostrar el archivo de &amp;registro</translation>
    </message>
    <message>
        <source>IMG Readiness ran into a problem it did not expect.</source>
        <translation>IMG Readiness se encontró con un problema inesperado.</translation>
    </message>
    <message>
        <source>Your answers are saved up to the last one you typed. You can go on; if the window does not behave, close IMG Readiness and open it again: it opens where you left off.</source>
        <translation>Sus respuestas están guardadas hasta la última que escribió. Puede continuar; si la ventana no responde bien, cierre IMG Readiness y vuelva a abrirlo: se abrirá donde lo dejó.</translation>
    </message>
    <message>
        <source>To report it, send the log file. It records what the app was doing, never your answers:</source>
        <translation>Para informar del problema, envíe el archivo de registro. Recoge lo que hacía la aplicación, nunca sus respuestas:</translation>
    </message>
    <message>
        <source>No log file could be written. To report it, use Copy details and paste them into your message.</source>
        <translation>No se pudo escribir ningún archivo de registro. Para informar del problema, use Copiar detalles y péguelos en su mensaje.</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>&amp;Copiado</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Medical education credentials</source>
        <translation>Credenciales de formación médica</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>ECFMG verifies your diploma and final transcript with your school.</source>
        <translation>El ECFMG verifica su diploma y su expediente académico final con su facultad.</translation>
    </message>
    <message>
        <source>Your studies and diploma</source>
        <translation>Sus estudios y su diploma</translation>
    </message>
    <message>
        <source>&amp;Credit years</source>
        <translation>&amp;Años de créditos</translation>
    </message>
    <message>
        <source>Years of medical school credit on your transcript, e.g. 6.</source>
        <translation>Años de estudios de medicina acreditados en su expediente académico, p. ej., 6.</translation>
    </message>
    <message>
        <source>&amp;Transferred credit years</source>
        <translation>Años de créditos &amp;transferidos</translation>
    </message>
    <message>
        <source>Credit earned at another school and transferred; 0 if none.</source>
        <translation>Créditos obtenidos en otra facultad y transferidos; 0 si no hay.</translation>
    </message>
    <message>
        <source>&amp;Diploma title</source>
        <translation>Título del &amp;diploma</translation>
    </message>
    <message>
        <source>Type the title exactly as printed on the diploma, in its original language (for example “Médico Cirujano”): ECFMG compares it word for word.</source>
        <translation>Escriba el título exactamente como aparece en el diploma, en su idioma original (por ejemplo, “Médico Cirujano”): el ECFMG lo compara palabra por palabra.</translation>
    </message>
    <message>
        <source>Diploma in &amp;hand</source>
        <translation>Diploma &amp;recibido</translation>
    </message>
    <message>
        <source>Final t&amp;ranscript in hand</source>
        <translation>E&amp;xpediente académico final recibido</translation>
    </message>
    <message>
        <source>Documents in &amp;English</source>
        <translation>Documentos en &amp;inglés</translation>
    </message>
    <message>
        <source>Certified trans&amp;lations ready</source>
        <translation>Traducciones certificadas &amp;listas</translation>
    </message>
    <message>
        <source>Only needed when a document is not in English.</source>
        <translation>Solo es necesario si un documento no está en inglés.</translation>
    </message>
    <message>
        <source>Your ECFMG application</source>
        <translation>Su solicitud al ECFMG</translation>
    </message>
    <message>
        <source>Application &amp;submitted</source>
        <translation>&amp;Solicitud enviada</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Every requirement for ECFMG Certification is met, as far as your answers and the published rules show.</source>
        <translation>Se cumplen todos los requisitos para la certificación del ECFMG, según sus respuestas y las reglas publicadas.</translation>
    </message>
    <message>
        <source>A requirement cannot be met, whatever you do next: the item marked below says which, and why.</source>
        <translation>Hay un requisito que no se puede cumplir, haga lo que haga: el punto marcado abajo indica cuál y por qué.</translation>
    </message>
    <message>
        <source>A requirement is not met yet. Each one below says what would meet it.</source>
        <translation>Aún hay un requisito sin cumplir. Cada uno de los de abajo indica qué permitiría cumplirlo.</translation>
    </message>
    <message>
        <source>Some answers are still missing, or steps are still under way.</source>
        <translation>Aún faltan algunas respuestas o hay pasos en curso.</translation>
    </message>
    <message>
        <source>Everything ECFMG has published is met, but some rules for your Match are not published yet.</source>
        <translation>Se cumple todo lo que el ECFMG ha publicado, pero algunas reglas para su Match aún no se han publicado.</translation>
    </message>
    <message>
        <source>Go to the field for the next step</source>
        <translation>Ir al campo del siguiente paso</translation>
    </message>
    <message>
        <source>ECFMG Certification is not your route</source>
        <translation>La certificación del ECFMG no es su vía</translation>
    </message>
    <message>
        <source>Look again when ECFMG publishes the rules for your Match: the items marked “Estimate” below say which.</source>
        <translation>Vuelva a consultar cuando el ECFMG publique las reglas para su Match: los puntos marcados abajo como “Estimación” indican cuáles.</translation>
    </message>
    <message>
        <source>Nothing is left to do on this checklist. Export it and keep it with your documents.</source>
        <translation>No queda nada por hacer en esta lista de verificación. Expórtela y guárdela con sus documentos.</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Siguiente:</translation>
    </message>
    <message>
        <source>Go to {field} →</source>
        <translation>Ir a {field} →</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Nothing is left to do.</source>
        <translation>No queda nada por hacer.</translation>
    </message>
    <message>
        <source>{met} of {total} met</source>
        <translation>{met} de {total} cumplidos</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Import a school list</source>
        <translation>Importar una lista de facultades</translation>
    </message>
    <message>
        <source>If your advising office holds a licensed export of the World Directory of Medical Schools (or keeps its own list), import its CSV file here, and the school search will find those schools. The app itself does not contain the World Directory.</source>
        <translation>Si su oficina de asesoría dispone de una exportación con licencia del World Directory of Medical Schools (o mantiene su propia lista), importe aquí su archivo CSV y la búsqueda de facultades encontrará esas facultades. La aplicación en sí no contiene el World Directory.</translation>
    </message>
    <message>
        <source>Its first line names the columns, in any order: {required} are required; {optional} are optional (other names separated by |). The file is UTF-8 text, with commas, semicolons or tabs between values.</source>
        <translation>Su primera línea nombra las columnas, en cualquier orden: {required} son obligatorias; {optional} son opcionales (otros nombres separados por |). El archivo es texto UTF-8, con comas, punto y coma o tabuladores entre los valores.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Choose a school list file to import</source>
        <translation>Elija un archivo de lista de facultades para importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Skipped rows:</source>
        <translation>Filas &amp;omitidas:</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Checking what is already imported…</source>
        <translation>Comprobando lo que ya está importado…</translation>
    </message>
    <message numerus="yes">
        <source>{count} imported schools are stored now. A new import replaces all of them (the schools you recorded yourself stay).</source>
        <translation><numerusform>Ahora hay {count} facultad importada guardada. Una nueva importación la reemplaza (las facultades que usted registró se conservan).</numerusform><numerusform>Ahora hay {count} facultades importadas guardadas. Una nueva importación las reemplaza todas (las facultades que usted registró se conservan).</numerusform></translation>
    </message>
    <message>
        <source>Choose a school list file</source>
        <translation>Elija un archivo de lista de facultades</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{done} of {total} rows checked</source>
        <translation>{done} de {total} filas comprobadas</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>{imported} of {read} rows imported from {file}.</source>
        <translation>{imported} de {read} filas importadas de {file}.</translation>
    </message>
    <message numerus="yes">
        <source>They replace the {count} schools imported before.</source>
        <translation><numerusform>Reemplazan la {count} facultad importada anteriormente.</numerusform><numerusform>Reemplazan las {count} facultades importadas anteriormente.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rows skipped: {count} (listed below); fix them in the file and import it again.</source>
        <translation><numerusform>Fila omitida: {count} (se indica abajo); corríjala en el archivo y vuelva a importarlo.</numerusform><numerusform>Filas omitidas: {count} (se enumeran abajo); corríjalas en el archivo y vuelva a importarlo.</numerusform></translation>
    </message>
    <message>
        <source>Columns not used: {names}.</source>
        <translation>Columnas no utilizadas: {names}.</translation>
    </message>
    <message>
        <source>Updating the school search…</source>
        <translation>Actualizando la búsqueda de facultades…</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Línea {line}: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more skipped rows (not listed).</source>
        <translation><numerusform>… y {count} fila omitida más (no se muestra).</numerusform><numerusform>… y {count} filas omitidas más (no se enumeran).</numerusform></translation>
    </message>
    <message>
        <source>The school search now finds the imported schools.</source>
        <translation>La búsqueda de facultades ya encuentra las facultades importadas.</translation>
    </message>
    <message>
        <source>The school search could not be updated ({why}); the imported schools are kept and will be found after the app is restarted.</source>
        <translation>No se pudo actualizar la búsqueda de facultades ({why}); las facultades importadas se conservan y aparecerán cuando reinicie la aplicación.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file could not be used.</source>
        <translation>No se importó nada: el archivo no se pudo usar.</translation>
    </message>
    <message>
        <source>Nothing was imported: the import did not finish.</source>
        <translation>No se importó nada: la importación no terminó.</translation>
    </message>
    <message>
        <source>The school list is unchanged: what was imported before is still there.</source>
        <translation>La lista de facultades no ha cambiado: lo importado anteriormente sigue ahí.</translation>
    </message>
</context>
<context>
    <name>DocumentsEditor</name>
    <message>
        <source>The chosen document</source>
        <translation>Documento seleccionado</translation>
    </message>
    <message>
        <source>Its status history</source>
        <translation>Su historial de estados</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Sus documentos</translation>
    </message>
    <message>
        <source>No document entered yet. Add your passport first, then your diploma, transcript and their translations.</source>
        <translation>Aún no ha introducido ningún documento. Añada primero su pasaporte y después su diploma, su expediente académico y sus traducciones.</translation>
    </message>
    <message>
        <source>Kind of &amp;document to add</source>
        <translation>Tipo de &amp;documento para añadir</translation>
    </message>
    <message>
        <source>Kind of document to add</source>
        <translation>Tipo de documento para añadir</translation>
    </message>
    <message>
        <source>&amp;Add document</source>
        <translation>&amp;Añadir documento</translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation>&amp;Quitar documento</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Name a&amp;s printed</source>
        <translation>&amp;Nombre como figura</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Case number</source>
        <translation>Número de &amp;caso</translation>
    </message>
    <message>
        <source>Proof o&amp;f name</source>
        <translation>&amp;Prueba del nombre</translation>
    </message>
    <message>
        <source>Your name exactly as printed on it, in its own script and word order.</source>
        <translation>Su nombre exactamente como figura en el documento, en su propio alfabeto y orden de palabras.</translation>
    </message>
    <message>
        <source>The language it is written in, e.g. Arabic.</source>
        <translation>El idioma en que está escrito, p. ej., árabe.</translation>
    </message>
    <message>
        <source>Its EPIC or ECFMG case number, as ECFMG gives it.</source>
        <translation>Su número de caso de EPIC o del ECFMG, tal como lo indica el ECFMG.</translation>
    </message>
    <message>
        <source>Only if the name differs from yours: the document that proves it is (or was) your name, e.g. marriage certificate.</source>
        <translation>Solo si el nombre difiere del suyo: el documento que prueba que es (o fue) su nombre, p. ej., el certificado de matrimonio.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Remove this stat&amp;us</source>
        <translation>Q&amp;uitar este estado</translation>
    </message>
    <message>
        <source>New s&amp;tatus</source>
        <translation>Nuevo e&amp;stado</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Reached &amp;on</source>
        <translation>Fec&amp;ha</translation>
    </message>
    <message>
        <source>The assessment date is proposed; change it to the day it happened.</source>
        <translation>Se propone la fecha de evaluación; cámbiela por el día en que ocurrió.</translation>
    </message>
    <message>
        <source>For a rejection: the reason ECFMG gave</source>
        <translation>En caso de rechazo: el motivo que dio el ECFMG</translation>
    </message>
    <message>
        <source>Reason &amp;given</source>
        <translation>Moti&amp;vo indicado</translation>
    </message>
    <message>
        <source>For a rejection: the reason ECFMG gave, as written.</source>
        <translation>En caso de rechazo: el motivo que dio el ECFMG, tal como está escrito.</translation>
    </message>
    <message>
        <source>Add t&amp;his status</source>
        <translation>Añadir este estad&amp;o</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>Revisar:</translation>
    </message>
    <message>
        <source>The name of record: every other name is compared with this one.</source>
        <translation>El nombre de referencia: todos los demás nombres se comparan con este.</translation>
    </message>
    <message>
        <source>Type the name to compare it with yours.</source>
        <translation>Escriba el nombre para compararlo con el suyo.</translation>
    </message>
    <message>
        <source>Type your own name on the first page to compare it.</source>
        <translation>Escriba su propio nombre en la primera página para poder compararlo.</translation>
    </message>
    <message>
        <source>Compared with {name}:</source>
        <translation>Comparado con {name}:</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>(after the assessment date)</source>
        <translation>(posterior a la fecha de evaluación)</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents and IDs</source>
        <translation>Documentos e identificadores</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Keep each document's case number and status here, dated as ECFMG tells you. ECFMG matches names exactly: type each one as printed.</source>
        <translation>Anote aquí el número de caso y el estado de cada documento, con la fecha que le indique el ECFMG. El ECFMG compara los nombres de forma exacta: escriba cada uno tal como figura impreso.</translation>
    </message>
    <message>
        <source>Your documents</source>
        <translation>Sus documentos</translation>
    </message>
    <message>
        <source>Your IDs</source>
        <translation>Sus identificadores</translation>
    </message>
    <message>
        <source>My&amp;Intealth ID</source>
        <translation>ID de M&amp;yIntealth</translation>
    </message>
    <message>
        <source>&amp;EPIC ID</source>
        <translation>ID de &amp;EPIC</translation>
    </message>
    <message>
        <source>AA&amp;MC ID</source>
        <translation>ID de AA&amp;MC</translation>
    </message>
    <message>
        <source>8 digits</source>
        <translation>8 dígitos</translation>
    </message>
    <message>
        <source>N&amp;RMP ID</source>
        <translation>ID de N&amp;RMP</translation>
    </message>
    <message>
        <source>Your ERAS / AAMC ID has 8 digits. No format is published for the MyIntealth, EPIC and NRMP IDs: type them as shown to you.</source>
        <translation>Su ID de ERAS / AAMC tiene 8 dígitos. No hay un formato publicado para los ID de MyIntealth, EPIC y NRMP: escríbalos tal como se los mostraron.</translation>
    </message>
    <message>
        <source>USMLE ID: {usmle_id} (asked on the first page).</source>
        <translation>ID de USMLE: {usmle_id} (se pide en la primera página).</translation>
    </message>
    <message>
        <source>Your USMLE ID is asked on the first page.</source>
        <translation>Su ID de USMLE se pide en la primera página.</translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>USMLE examinations</source>
        <translation>Exámenes USMLE</translation>
    </message>
    <message>
        <source>USMLE</source>
        <translation>USMLE</translation>
    </message>
    <message>
        <source>Step 1 and Step 2 CK, as on your USMLE transcript. Leave unknowns empty.</source>
        <translation>Step 1 y Step 2 CK, como en su expediente del USMLE (USMLE transcript). Deje vacío lo que no sepa.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Reprobado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Step 1</translation>
    </message>
    <message>
        <source>Res&amp;ult</source>
        <translation>Res&amp;ultado</translation>
    </message>
    <message>
        <source>Test &amp;date</source>
        <translation>&amp;Fecha del examen</translation>
    </message>
    <message>
        <source>Atte&amp;mpts, counting a booked one</source>
        <translation>&amp;Intentos, incluido uno programado</translation>
    </message>
    <message>
        <source>Step 2 CK</source>
        <translation>Step 2 CK</translation>
    </message>
    <message>
        <source>Resu&amp;lt</source>
        <translation>Resu&amp;ltado</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>Pu&amp;ntuación</translation>
    </message>
    <message>
        <source>T&amp;est date</source>
        <translation>Fec&amp;ha del examen</translation>
    </message>
    <message>
        <source>&amp;Attempts, counting a booked one</source>
        <translation>Inten&amp;tos, incluido uno programado</translation>
    </message>
    <message>
        <source>Step 2 CS (discontinued in 2021)</source>
        <translation>Step 2 CS (retirado en 2021)</translation>
    </message>
    <message>
        <source>Step &amp;2 CS result</source>
        <translation>Resultado de Step &amp;2 CS</translation>
    </message>
    <message>
        <source>Never taken</source>
        <translation>Nunca presentado</translation>
    </message>
    <message>
        <source>Date of Step 2 &amp;CS</source>
        <translation>Fecha de Step 2 C&amp;S</translation>
    </message>
    <message>
        <source>Every sitting taken, passed or failed, plus the one you are booked for: two taken and one booked make 3.</source>
        <translation>Cada intento realizado, aprobado o reprobado, más el que tenga programado: dos realizados y uno programado suman 3.</translation>
    </message>
    <message>
        <source>Enter the test date to see the passing score that applied to it.</source>
        <translation>Introduzca la fecha del examen para ver la puntuación mínima de aprobado que se aplicaba.</translation>
    </message>
    <message>
        <source>The rules hold no passing score for a test on {date}: the result you give is what is judged.</source>
        <translation>Las reglas no recogen una puntuación mínima de aprobado para un examen del {date}: se valora el resultado que usted indique.</translation>
    </message>
    <message>
        <source>Passing score for a test on {date}: {minimum}.</source>
        <translation>Puntuación mínima de aprobado para un examen del {date}: {minimum}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>Guardar la lista de verificación como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>Imprimir la lista de verificación</translation>
    </message>
    <message>
        <source>Sending the checklist to the printer…</source>
        <translation>Enviando la lista de verificación a la impresora…</translation>
    </message>
    <message>
        <source>The file could not be written: {why}</source>
        <translation>No se pudo escribir el archivo: {why}</translation>
    </message>
    <message>
        <source>Printed to {path}.</source>
        <translation>Impreso en {path}.</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Enviado a {printer}.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>The print service did not answer: {why}</source>
        <translation>El servicio de impresión no respondió: {why}</translation>
    </message>
    <message>
        <source>The printer refused the checklist: {why}</source>
        <translation>La impresora rechazó la lista de verificación: {why}</translation>
    </message>
    <message>
        <source>The checklist file could not be read.</source>
        <translation>No se pudo leer el archivo de la lista de verificación.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo poner en marcha la impresora.</translation>
    </message>
    <message>
        <source>Printing page {n}…</source>
        <translation>Imprimiendo la página {n}…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Aún sin responder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Target Match year</source>
        <extracomment>Optional fields are offered only when they have a problem, or the item waits for an answer (an approved Pathway's cycle), never merely for being empty.</extracomment>
        <translation>Año del Match objetivo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>USMLE ID</source>
        <translation>ID de USMLE</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>MyIntealth ID</source>
        <translation>ID de MyIntealth</translation>
    </message>
    <message>
        <source>EPIC ID</source>
        <translation>ID de EPIC</translation>
    </message>
    <message>
        <source>AAMC ID</source>
        <translation>ID de AAMC</translation>
    </message>
    <message>
        <source>NRMP ID</source>
        <translation>ID de NRMP</translation>
    </message>
    <message>
        <source>Medical school</source>
        <translation>Facultad de medicina</translation>
    </message>
    <message>
        <source>Country of your school</source>
        <translation>País de su facultad</translation>
    </message>
    <message>
        <source>City of your school</source>
        <translation>Ciudad de su facultad</translation>
    </message>
    <message>
        <source>World Directory ID</source>
        <translation>ID del World Directory</translation>
    </message>
    <message>
        <source>School in Canada</source>
        <translation>Facultad en Canadá</translation>
    </message>
    <message>
        <source>ECFMG note</source>
        <translation>Nota del ECFMG</translation>
    </message>
    <message>
        <source>Student or graduate</source>
        <translation>Estudiante o graduado</translation>
    </message>
    <message>
        <source>Graduation date</source>
        <translation>Fecha de graduación</translation>
    </message>
    <message>
        <source>Credit years</source>
        <translation>Años de créditos</translation>
    </message>
    <message>
        <source>Transferred credit years</source>
        <translation>Años de créditos transferidos</translation>
    </message>
    <message>
        <source>Diploma title</source>
        <translation>Título del diploma</translation>
    </message>
    <message>
        <source>Diploma in hand</source>
        <translation>Diploma recibido</translation>
    </message>
    <message>
        <source>Final transcript in hand</source>
        <translation>Expediente académico final recibido</translation>
    </message>
    <message>
        <source>Documents in English</source>
        <translation>Documentos en inglés</translation>
    </message>
    <message>
        <source>Certified translations ready</source>
        <translation>Traducciones certificadas listas</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>Step 1</translation>
    </message>
    <message>
        <source>Step 1 result</source>
        <translation>Resultado de Step 1</translation>
    </message>
    <message>
        <source>Step 1 test date</source>
        <translation>Fecha del examen de Step 1</translation>
    </message>
    <message>
        <source>Step 1 attempts</source>
        <translation>Intentos de Step 1</translation>
    </message>
    <message>
        <source>Step 2 CK</source>
        <translation>Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK result</source>
        <translation>Resultado de Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK score</source>
        <translation>Puntuación de Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK test date</source>
        <translation>Fecha del examen de Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CK attempts</source>
        <translation>Intentos de Step 2 CK</translation>
    </message>
    <message>
        <source>Step 2 CS</source>
        <translation>Step 2 CS</translation>
    </message>
    <message>
        <source>Step 2 CS result</source>
        <translation>Resultado de Step 2 CS</translation>
    </message>
    <message>
        <source>Date of Step 2 CS</source>
        <translation>Fecha de Step 2 CS</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Pathway application status</source>
        <translation>Estado de la solicitud de Pathway</translation>
    </message>
    <message>
        <source>Pathways cycle</source>
        <translation>Ciclo de Pathways</translation>
    </message>
    <message>
        <source>OET Medicine sittings</source>
        <translation>Convocatorias de OET Medicine</translation>
    </message>
    <message>
        <source>Application submitted</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>name as printed</source>
        <translation>nombre tal como aparece</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>proof of name</source>
        <translation>prueba del nombre</translation>
    </message>
    <message>
        <source>status history</source>
        <translation>historial de estados</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>test date</source>
        <translation>fecha del examen</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <source>Document {n}</source>
        <translation>Documento {n}</translation>
    </message>
    <message>
        <source>status {n}</source>
        <translation>estado {n}</translation>
    </message>
    <message>
        <source>OET sitting {n}</source>
        <translation>Convocatoria de OET {n}</translation>
    </message>
    <message>
        <source>OET sitting {n}, {part}</source>
        <translation>Convocatoria de OET {n}, {part}</translation>
    </message>
</context>
<context>
    <name>GroupReportDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, for any spreadsheet (.csv)</source>
        <translation>CSV, para cualquier hoja de cálculo (.csv)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF: summary, then each checklist (.pdf)</source>
        <translation>PDF: resumen y después cada lista de verificación (.pdf)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON, for scripts (.json)</source>
        <translation>JSON, para scripts (.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Group report</source>
        <translation>Informe de grupo</translation>
    </message>
    <message>
        <source>One row per applicant: the overall verdict, each item's status, what holds them back with its next step, the next deadline and your note.</source>
        <translation>Una fila por solicitante: el resultado general, el estado de cada punto, lo que lo frena con su siguiente paso, la próxima fecha límite y su nota.</translation>
    </message>
    <message>
        <source>Which profiles</source>
        <translation>Qué perfiles</translation>
    </message>
    <message>
        <source>Every saved profile</source>
        <translation>Todos los perfiles guardados</translation>
    </message>
    <message numerus="yes">
        <source>The {count} profiles chosen</source>
        <translation><numerusform>El perfil seleccionado</numerusform><numerusform>Los {count} perfiles seleccionados</numerusform></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>Only the profiles whose verdict is</source>
        <translation>Solo los perfiles cuyo resultado es</translation>
    </message>
    <message>
        <source>All, whatever their verdict</source>
        <translation>Todos, sea cual sea su resultado</translation>
    </message>
    <message>
        <source>&amp;Only:</source>
        <translation>&amp;Solo:</translation>
    </message>
    <message>
        <source>Format of the report</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>&amp;Write the report…</source>
        <translation>&amp;Generar el informe…</translation>
    </message>
    <message>
        <source>Open &amp;it</source>
        <translation>&amp;Abrirlo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Write the group report</source>
        <translation>Guardar el informe de grupo</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Generando el informe…</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Cancelado: no se generó ningún informe.</translation>
    </message>
    <message>
        <source>Not written: {why}.</source>
        <translation>No se generó: {why}.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation><numerusform>…y %n más.</numerusform><numerusform>…y %n más.</numerusform></translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <source>Language of the app</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Language: {name}</source>
        <translation>Idioma: {name}</translation>
    </message>
    <message>
        <source>IMG Readiness will speak {language} from its next start. Your answers are saved.</source>
        <translation>IMG Readiness se mostrará en {language} la próxima vez que se inicie. Sus respuestas están guardadas.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Your saved profiles could not be opened: {why}</source>
        <translation>No se pudieron abrir sus perfiles guardados: {why}</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>The copy was not restored: {why}</source>
        <translation>La copia no se restauró: {why}</translation>
    </message>
    <message>
        <source>Restored the copy from {when}: {count}.</source>
        <translation>Se restauró la copia ({when}): {count}.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>fecha desconocida</translation>
    </message>
    <message>
        <source>1 profile</source>
        <translation>1 perfil</translation>
    </message>
    <message>
        <source>{count} profiles</source>
        <translation>{count} perfiles</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Advisor's note</source>
        <translation>Nota del asesor</translation>
    </message>
    <message>
        <source>&amp;Note on “{name}”:</source>
        <translation>&amp;Nota sobre “{name}”:</translation>
    </message>
    <message>
        <source>Last written {dated}. </source>
        <translation>Última modificación: {dated}. </translation>
    </message>
    <message>
        <source>Kept with the profile and in its export; not part of its answers. </source>
        <translation>Se guarda con el perfil y en su exportación; no forma parte de sus respuestas. </translation>
    </message>
    <message>
        <source>An empty note removes it.</source>
        <translation>Una nota vacía la elimina.</translation>
    </message>
</context>
<context>
    <name>OetSittingsEditor</name>
    <message>
        <source>Listening</source>
        <translation>Listening</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Speaking</translation>
    </message>
    <message>
        <source>Test date</source>
        <translation>Fecha del examen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Sitting {n}</source>
        <translation>Convocatoria {n}</translation>
    </message>
    <message>
        <source>Sitting {n} test date</source>
        <translation>Convocatoria {n}: fecha del examen</translation>
    </message>
    <message>
        <source>Sitting {n} {subtest} score</source>
        <translation>Convocatoria {n}: puntuación de {subtest}</translation>
    </message>
    <message>
        <source>Remove sitting {n}</source>
        <translation>Quitar la convocatoria {n}</translation>
    </message>
    <message>
        <source>No OET sitting recorded yet.</source>
        <translation>Aún no hay ninguna convocatoria de OET registrada.</translation>
    </message>
    <message>
        <source>&amp;Add an OET sitting</source>
        <translation>&amp;Añadir una convocatoria de OET</translation>
    </message>
    <message>
        <source>Enter the test date to check this sitting against its minimums.</source>
        <translation>Introduzca la fecha del examen para comparar esta convocatoria con sus mínimos.</translation>
    </message>
    <message>
        <source>Minimums for this date: {minimums}.</source>
        <translation>Mínimos para esta fecha: {minimums}.</translation>
    </message>
    <message>
        <source>Best qualifying sitting</source>
        <translation>Mejor convocatoria válida</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Steps of your plan, by date</source>
        <translation>Pasos de su plan, por fecha</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Añadir al &amp;calendario…</translation>
    </message>
    <message>
        <source>Save the open deadlines as a calendar file (.ics) for your calendar program</source>
        <translation>Guardar las fechas límite pendientes como archivo de calendario (.ics) para su programa de calendario</translation>
    </message>
    <message>
        <source>What if I aim for the next Match?</source>
        <translation>¿Y si aspiro al siguiente Match?</translation>
    </message>
    <message>
        <source>Steps toward the next Match</source>
        <translation>Pasos hacia el siguiente Match</translation>
    </message>
    <message>
        <source>Your plan to the {year} Match</source>
        <translation>Su plan para el Match de {year}</translation>
    </message>
    <message>
        <source>Your plan to the Match</source>
        <translation>Su plan para el Match</translation>
    </message>
    <message>
        <source>What if I aim for the {year} Match? (these rules do not cover it)</source>
        <translation>¿Y si aspiro al Match de {year}? (estas reglas no lo cubren)</translation>
    </message>
    <message>
        <source>What if I aim for the {year} Match?</source>
        <translation>¿Y si aspiro al Match de {year}?</translation>
    </message>
    <message>
        <source>If you aim for the {year} Match</source>
        <translation>Si aspira al Match de {year}</translation>
    </message>
    <message>
        <source>(your saved profile is not changed)</source>
        <translation>(su perfil guardado no cambia)</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Añadir al calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar file could not be written: {why}</source>
        <translation>No se pudo escribir el archivo de calendario: {why}</translation>
    </message>
    <message numerus="yes">
        <source>Saved {count} deadlines to {name}. Open it with your calendar program; saving it again later updates the same events.</source>
        <translation><numerusform>Se guardó {count} fecha límite en {name}. Ábralo con su programa de calendario; si lo vuelve a guardar más adelante, se actualizarán los mismos eventos.</numerusform><numerusform>Se guardaron {count} fechas límite en {name}. Ábralo con su programa de calendario; si lo vuelve a guardar más adelante, se actualizarán los mismos eventos.</numerusform></translation>
    </message>
    <message>
        <source>{problem} The next Match you can still make: {year}.</source>
        <translation>{problem} El próximo Match al que aún puede llegar: {year}.</translation>
    </message>
    <message>
        <source>Late: {steps}. The next Match you can still make: {year}.</source>
        <translation>Con retraso: {steps}. El próximo Match al que aún puede llegar: {year}.</translation>
    </message>
    <message>
        <source>Late: {steps}.</source>
        <translation>Con retraso: {steps}.</translation>
    </message>
    <message>
        <source>Next: {step}, {date}.</source>
        <translation>Siguiente: {step}, {date}.</translation>
    </message>
    <message>
        <source>Nothing dated is left before residency starts.</source>
        <translation>No queda nada con fecha antes del inicio de la residencia.</translation>
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
        <translation>Abriendo sus perfiles guardados…</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Abriendo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>Du&amp;plicar</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Not&amp;e…</source>
        <translation>No&amp;ta…</translation>
    </message>
    <message>
        <source>&amp;Group report…</source>
        <translation>Informe de &amp;grupo…</translation>
    </message>
    <message>
        <source>Import a school &amp;list…</source>
        <translation>Importar &amp;lista de facultades…</translation>
    </message>
    <message>
        <source>Import a school list file, e.g. from an advising office</source>
        <translation>Importar un archivo de lista de facultades, p. ej., de una oficina de asesoría</translation>
    </message>
    <message>
        <source>Import rule&amp;s…</source>
        <translation>Importar regla&amp;s…</translation>
    </message>
    <message>
        <source>Import a newer rules file, without a new app version</source>
        <translation>Importar un archivo de reglas más reciente, sin una nueva versión de la aplicación</translation>
    </message>
    <message>
        <source>Go back to the &amp;bundled rules</source>
        <translation>&amp;Volver a las reglas incluidas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Version, rules and licences</source>
        <translation>Versión, reglas y licencias</translation>
    </message>
    <message>
        <source>Your note on this applicant, dated</source>
        <translation>Su nota sobre este solicitante, con fecha</translation>
    </message>
    <message>
        <source>One row per applicant as a spreadsheet, PDF or JSON file</source>
        <translation>Una fila por solicitante, como hoja de cálculo, PDF o archivo JSON</translation>
    </message>
    <message>
        <source>Profile files or a &amp;roster (CSV)…</source>
        <translation>Archivos de perfil o &amp;lista de solicitantes (CSV)…</translation>
    </message>
    <message>
        <source>Every profile in a &amp;folder…</source>
        <translation>Todos los perfiles de una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose a profile to continue, or start a new one.</source>
        <translation>Elija un perfil para continuar o cree uno nuevo.</translation>
    </message>
    <message>
        <source>No saved profile yet: start a new one.</source>
        <translation>Aún no hay perfiles guardados: cree uno nuevo.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>“{name}” was made as a copy.</source>
        <translation>Se creó “{name}” como copia.</translation>
    </message>
    <message>
        <source>Renamed to “{name}”.</source>
        <translation>Se cambió el nombre a “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” was deleted.</source>
        <translation>Se eliminó “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>{count} profiles were deleted.</source>
        <translation><numerusform>Se eliminó {count} perfil.</numerusform><numerusform>Se eliminaron {count} perfiles.</numerusform></translation>
    </message>
    <message>
        <source>“{name}” is back.</source>
        <translation>Se recuperó “{name}”.</translation>
    </message>
    <message numerus="yes">
        <source>{count} profiles are back.</source>
        <translation><numerusform>Se recuperó {count} perfil.</numerusform><numerusform>Se recuperaron {count} perfiles.</numerusform></translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <source>Profiles and rosters (*.json *.csv);;Profiles (*.json);;Rosters (*.csv)</source>
        <translation>Perfiles y listas de solicitantes (*.json *.csv);;Perfiles (*.json);;Listas de solicitantes (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}.</source>
        <translation>Se importó “{name}” de {file}.</translation>
    </message>
    <message>
        <source>A profile of this name exists</source>
        <translation>Ya existe un perfil con este nombre</translation>
    </message>
    <message>
        <source>A profile with the name in {file} is already saved. Keep both (the imported one gets a number after its name), or cancel the import?</source>
        <translation>Ya hay un perfil guardado con el nombre que figura en {file}. ¿Desea conservar ambos (el importado llevará un número tras su nombre) o cancelar la importación?</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambos</translation>
    </message>
    <message>
        <source>Profile not imported</source>
        <translation>Perfil no importado</translation>
    </message>
    <message>
        <source>{file} was not imported:</source>
        <translation>{file} no se importó:</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Perfiles (*.json)</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exportado a {path}.</translation>
    </message>
    <message>
        <source>Rules in use: version {version}, {origin}. Import a newer rules file.</source>
        <translation>Reglas en uso: versión {version}, {origin}. Importe un archivo de reglas más reciente.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importadas</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>incluidas en la aplicación</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se pudo completar</translation>
    </message>
    <message>
        <source>{verdict} · last changed {updated}</source>
        <translation>{verdict} · último cambio: {updated}</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Name, Match year or words of a note</source>
        <translation>Nombre, año del Match o palabras de una nota</translation>
    </message>
    <message>
        <source>Filter the profiles</source>
        <translation>Filtrar los perfiles</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrar:</translation>
    </message>
    <message>
        <source>Show profiles whose verdict is</source>
        <translation>Mostrar los perfiles cuyo resultado es</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message numerus="yes">
        <source>{total} profiles</source>
        <translation><numerusform>{total} perfil</numerusform><numerusform>{total} perfiles</numerusform></translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
</context>
<context>
    <name>ProfileSession</name>
    <message numerus="yes">
        <source>{n} more</source>
        <translation><numerusform>{n} más</numerusform><numerusform>{n} más</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{count} saved answer(s) could not be read ({fields}) and are shown as not answered; answer them again to replace them.</source>
        <translation><numerusform>No se pudo leer {count} respuesta guardada ({fields}); se muestra sin responder. Vuelva a responderla para reemplazarla.</numerusform><numerusform>No se pudieron leer {count} respuestas guardadas ({fields}); se muestran sin responder. Vuelva a responderlas para reemplazarlas.</numerusform></translation>
    </message>
    <message>
        <source>The answers could not be saved yet.</source>
        <translation>Aún no se pudieron guardar las respuestas.</translation>
    </message>
    <message>
        <source>The answer could not be saved.</source>
        <translation>No se pudo guardar la respuesta.</translation>
    </message>
</context>
<context>
    <name>ProfileTable</name>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Elig.</source>
        <translation>Eleg.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Facultad</translation>
    </message>
    <message>
        <source>USMLE</source>
        <translation>USMLE</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Creds</source>
        <translation>Cred.</translation>
    </message>
    <message>
        <source>Appl.</source>
        <translation>Solic.</translation>
    </message>
    <message>
        <source>Target Match year</source>
        <translation>Año del Match objetivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Resultado general</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próxima fecha límite</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Advisor's note</source>
        <translation>Nota del asesor</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>{area}: being worked out</source>
        <translation>{area}: se está calculando</translation>
    </message>
    <message>
        <source>Advisor's note of {day}: {note}</source>
        <translation>Nota del asesor del {day}: {note}</translation>
    </message>
    <message>
        <source>No dated step ahead</source>
        <translation>Ningún paso con fecha por delante</translation>
    </message>
</context>
<context>
    <name>ReadinessWizard</name>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>About IMG Readiness (F1)</source>
        <translation>Acerca de IMG Readiness (F1)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>the daily copy</source>
        <translation>la copia diaria</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>hecha antes de una restauración</translation>
    </message>
    <message>
        <source>made before an upgrade</source>
        <translation>hecha antes de una actualización</translation>
    </message>
    <message>
        <source>Your saved profiles were empty</source>
        <translation>Sus perfiles guardados estaban vacíos</translation>
    </message>
    <message>
        <source>Your saved profiles were set aside</source>
        <translation>Sus perfiles guardados se han apartado</translation>
    </message>
    <message>
        <source>Your saved-profiles file was empty, so the app started a new one.</source>
        <translation>Su archivo de perfiles estaba vacío, así que la aplicación creó uno nuevo.</translation>
    </message>
    <message>
        <source>Nothing was set aside: there was nothing in the file to keep.</source>
        <translation>No se apartó nada: el archivo no contenía nada que conservar.</translation>
    </message>
    <message>
        <source>Your saved profiles could not be opened, so the app started afresh.</source>
        <translation>No se pudieron abrir sus perfiles guardados, así que la aplicación empezó de cero.</translation>
    </message>
    <message>
        <source>The file was damaged ({reason}).</source>
        <translation>El archivo estaba dañado ({reason}).</translation>
    </message>
    <message>
        <source>The file was damaged.</source>
        <translation>El archivo estaba dañado.</translation>
    </message>
    <message>
        <source>It was not deleted: it was moved aside, where you can keep it or send it to someone who can help.</source>
        <translation>No se eliminó: se movió a otro lugar, donde puede conservarlo o enviarlo a alguien que pueda ayudarle.</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>&amp;Restore this copy</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>&amp;Keep the empty list</source>
        <translation>&amp;Mantener la lista vacía</translation>
    </message>
    <message>
        <source>Where it is now:</source>
        <translation>Dónde está ahora:</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Show the folder</source>
        <translation>Mostrar la &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>Co&amp;piar la ruta</translation>
    </message>
    <message>
        <source>There is no backup to bring them back. Start a new profile, or import one you exported.</source>
        <translation>No hay ninguna copia de seguridad para recuperarlos. Cree un perfil nuevo o importe uno que haya exportado.</translation>
    </message>
    <message>
        <source>A backup can bring your profiles back: {copy}.</source>
        <translation>Una copia de seguridad puede recuperar sus perfiles: {copy}.</translation>
    </message>
    <message>
        <source>A backup can bring your profiles back. Choose the copy to restore:</source>
        <translation>Una copia de seguridad puede recuperar sus perfiles. Elija la copia que desea restaurar:</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>Co&amp;piado</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>&amp;New name for “{name}”:</source>
        <translation>&amp;Nuevo nombre para “{name}”:</translation>
    </message>
    <message>
        <source>Leave it empty to name the profile after the applicant again.</source>
        <translation>Déjelo vacío para que el perfil vuelva a llevar el nombre del solicitante.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Your readiness</source>
        <translation>Su preparación</translation>
    </message>
    <message>
        <source>Where you stand today, and what is left to do.</source>
        <translation>Dónde se encuentra hoy y qué le queda por hacer.</translation>
    </message>
    <message>
        <source>Guidance, not an official decision: only ECFMG decides. {rules}; assessed on {as_of}.</source>
        <translation>Orientación, no una decisión oficial: solo el ECFMG decide. {rules}; fecha de evaluación: {as_of}.</translation>
    </message>
    <message>
        <source>Not needed with your answers: {areas}.</source>
        <translation>No es necesario según sus respuestas: {areas}.</translation>
    </message>
    <message>
        <source>Printable checklist</source>
        <translation>Lista de verificación imprimible</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Paper size of the printable checklist</source>
        <translation>Tamaño del papel de la lista de verificación imprimible</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Progress of the printable checklist</source>
        <translation>Progreso de la lista de verificación imprimible</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Vista previa de la página 1</translation>
    </message>
    <message>
        <source>Writing the checklist…</source>
        <translation>Generando la lista de verificación…</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardada en {path}</translation>
    </message>
    <message>
        <source>The checklist could not be written: {message}</source>
        <translation>No se pudo generar la lista de verificación: {message}</translation>
    </message>
    <message>
        <source>No program to show PDF files was found on this computer. The checklist is saved at {path}: open it with a PDF viewer, or print it with Print….</source>
        <translation>No se encontró en este equipo ningún programa para ver archivos PDF. La lista de verificación está guardada en {path}: ábrala con un visor de PDF o imprímala con Imprimir….</translation>
    </message>
    <message>
        <source>Sending the checklist to the printer…</source>
        <translation>Enviando la lista de verificación a la impresora…</translation>
    </message>
    <message>
        <source>Not printed: {why}</source>
        <translation>No se imprimió: {why}</translation>
    </message>
</context>
<context>
    <name>RulesImportDialog</name>
    <message>
        <source>Import rules</source>
        <translation>Importar reglas</translation>
    </message>
    <message>
        <source>When ECFMG, USMLE or OET change a rule, a newer rules file (one .toml file holding every rule, with a higher version) can be imported here, without a new version of the app. The file is checked in full first: a file that cannot be used changes nothing.</source>
        <translation>Cuando ECFMG, USMLE u OET cambian una regla, aquí se puede importar un archivo de reglas más reciente (un único archivo .toml con todas las reglas y una versión superior), sin necesidad de una nueva versión de la aplicación. Primero se comprueba el archivo completo: un archivo que no se pueda usar no cambia nada.</translation>
    </message>
    <message>
        <source>Choose a rules file to import</source>
        <translation>Elija un archivo de reglas para importar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>The rules in use cannot be read: {why}</source>
        <translation>No se pueden leer las reglas en uso: {why}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importadas</translation>
    </message>
    <message>
        <source>bundled with the app</source>
        <translation>incluidas en la aplicación</translation>
    </message>
    <message>
        <source>Rules in use: version {version} (updated {updated}), {origin}, for the {years} Matches.</source>
        <translation>Reglas en uso: versión {version} (actualizadas el {updated}), {origin}, para los Matches de {years}.</translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation>Elija un archivo de reglas</translation>
    </message>
    <message>
        <source>Rules files (*.toml);;All files (*)</source>
        <translation>Archivos de reglas (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Comprobando {file}…</translation>
    </message>
    <message>
        <source>Go back to the bundled rules</source>
        <translation>Volver a las reglas incluidas</translation>
    </message>
    <message>
        <source>Going back to the bundled rules…</source>
        <translation>Volviendo a las reglas incluidas…</translation>
    </message>
    <message>
        <source>No imported rules to go back from: nothing was changed.</source>
        <translation>No hay reglas importadas que deshacer: no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported: rules version {old} → {new}.</source>
        <translation>Importado: versión de las reglas {old} → {new}.</translation>
    </message>
    <message>
        <source>Back to the bundled rules: version {old} → {new}.</source>
        <translation>De vuelta a las reglas incluidas: versión {old} → {new}.</translation>
    </message>
    <message>
        <source>Before: {rules}</source>
        <translation>Antes: {rules}</translation>
    </message>
    <message>
        <source>Now: {rules}</source>
        <translation>Ahora: {rules}</translation>
    </message>
    <message>
        <source>{added} rules added, {ended} ended, {changed} changed.</source>
        <translation>Reglas: {added} añadidas, {ended} finalizadas, {changed} modificadas.</translation>
    </message>
    <message numerus="yes">
        <source>{count} saved profiles change their overall verdict (listed below).</source>
        <translation><numerusform>{count} perfil guardado cambia su resultado general (se indica abajo).</numerusform><numerusform>{count} perfiles guardados cambian su resultado general (se enumeran abajo).</numerusform></translation>
    </message>
    <message>
        <source>No saved profile changes its overall verdict.</source>
        <translation>Ningún perfil guardado cambia su resultado general.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidas</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizadas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificadas</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  ninguna</translation>
    </message>
    <message>
        <source>Saved profiles whose overall verdict changes (as of {date})</source>
        <translation>Perfiles guardados cuyo resultado general cambia (a fecha de {date})</translation>
    </message>
    <message>
        <source>Nothing was imported: the file could not be used.</source>
        <translation>No se importó nada: el archivo no se pudo usar.</translation>
    </message>
    <message>
        <source>The imported rules could not be removed.</source>
        <translation>No se pudieron quitar las reglas importadas.</translation>
    </message>
    <message>
        <source>The rules in use are unchanged.</source>
        <translation>Las reglas en uso no han cambiado.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry saving</source>
        <translation>Reintentar el guardado</translation>
    </message>
    <message>
        <source>Saved answers that could not be read</source>
        <translation>Respuestas guardadas que no se pudieron leer</translation>
    </message>
    <message>
        <source>Your latest answers are not saved yet ({detail}). They are kept in this window and saving is retried every few seconds.</source>
        <translation>Sus últimas respuestas aún no están guardadas ({detail}). Se conservan en esta ventana y el guardado se reintenta cada pocos segundos.</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>Also known as: {names}</source>
        <translation>También conocida como: {names}</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>Your medical school</source>
        <translation>Su facultad de medicina</translation>
    </message>
    <message>
        <source>Medical school</source>
        <translation>Facultad de medicina</translation>
    </message>
    <message>
        <source>Find your school, then tell us where you are in your studies.</source>
        <translation>Busque su facultad y luego indíquenos en qué punto de sus estudios se encuentra.</translation>
    </message>
    <message>
        <source>Find your school</source>
        <translation>Busque su facultad</translation>
    </message>
    <message>
        <source>&amp;Search by name, former name, initials or city:</source>
        <translation>&amp;Buscar por nombre, nombre anterior, siglas o ciudad:</translation>
    </message>
    <message>
        <source>e.g. Cairo, AIIMS, São Paulo</source>
        <translation>p. ej., El Cairo, AIIMS, São Paulo</translation>
    </message>
    <message>
        <source>Search for your school</source>
        <translation>Buscar su facultad</translation>
    </message>
    <message>
        <source>Loading the school list…</source>
        <translation>Cargando la lista de facultades…</translation>
    </message>
    <message>
        <source>Schools found</source>
        <translation>Facultades encontradas</translation>
    </message>
    <message>
        <source>&amp;City of your school</source>
        <translation>Ciudad de su &amp;facultad</translation>
    </message>
    <message>
        <source>Filled in from the list when it knows the city; type it if not.</source>
        <translation>Se completa desde la lista si esta conoce la ciudad; si no, escríbala.</translation>
    </message>
    <message>
        <source>&amp;My school isn't listed</source>
        <translation>&amp;Mi facultad no aparece</translation>
    </message>
    <message>
        <source>New school's name</source>
        <translation>Nombre de la nueva facultad</translation>
    </message>
    <message>
        <source>New school's city</source>
        <translation>Ciudad de la nueva facultad</translation>
    </message>
    <message>
        <source>New school's country</source>
        <translation>País de la nueva facultad</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <source>Sc&amp;hool name</source>
        <translation>&amp;Nombre de la facultad</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>Ci&amp;udad</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Pa&amp;ís</translation>
    </message>
    <message>
        <source>&amp;Add and select this school</source>
        <translation>&amp;Añadir y seleccionar esta facultad</translation>
    </message>
    <message>
        <source>The school list could not be loaded ({why}). Use “My school isn't listed” to enter your school.</source>
        <translation>No se pudo cargar la lista de facultades ({why}). Use “Mi facultad no aparece” para introducir su facultad.</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Escriba al menos dos letras.</translation>
    </message>
    <message>
        <source>Choose your school below (Enter picks the first). Not there? Use “My school isn't listed”.</source>
        <translation>Elija su facultad abajo (Intro elige la primera). ¿No aparece? Use “Mi facultad no aparece”.</translation>
    </message>
    <message>
        <source>No school matches. Check the spelling, or use “My school isn't listed”.</source>
        <translation>Ninguna facultad coincide. Revise la ortografía o use “Mi facultad no aparece”.</translation>
    </message>
    <message>
        <source>Give the school's name and choose its country.</source>
        <translation>Indique el nombre de la facultad y elija su país.</translation>
    </message>
    <message>
        <source>No school chosen yet.</source>
        <translation>Aún no ha elegido ninguna facultad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your school:&lt;/b&gt; {name}{place}</source>
        <translation>&lt;b&gt;Su facultad:&lt;/b&gt; {name}{place}</translation>
    </message>
    <message>
        <source>Your studies</source>
        <translation>Sus estudios</translation>
    </message>
    <message>
        <source>&amp;You are a</source>
        <translation>U&amp;sted es</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Graduate</source>
        <translation>Graduado/a</translation>
    </message>
    <message>
        <source>&amp;Graduation date</source>
        <translation>Fecha de &amp;graduación</translation>
    </message>
    <message>
        <source>The date you expect to graduate.</source>
        <translation>La fecha en que prevé graduarse.</translation>
    </message>
    <message>
        <source>The date on your diploma.</source>
        <translation>La fecha que figura en su diploma.</translation>
    </message>
    <message>
        <source>Students: the date you expect to graduate.</source>
        <translation>Estudiantes: la fecha en que prevé graduarse.</translation>
    </message>
    <message>
        <source>The World Directory's ECFMG note</source>
        <translation>La nota del ECFMG en el World Directory</translation>
    </message>
    <message>
        <source>World &amp;Directory ID</source>
        <translation>ID del World &amp;Directory</translation>
    </message>
    <message>
        <source>e.g. F0000315</source>
        <translation>p. ej., F0000315</translation>
    </message>
    <message>
        <source>Paste the ECFMG note here, e.g. “Graduation Year: 1980 - Current”</source>
        <translation>Pegue aquí la nota del ECFMG, p. ej., “Graduation Year: 1980 - Current”</translation>
    </message>
    <message>
        <source>ECFMG note from the World Directory</source>
        <translation>Nota del ECFMG del World Directory</translation>
    </message>
    <message>
        <source>&amp;ECFMG note</source>
        <translation>Nota del &amp;ECFMG</translation>
    </message>
    <message>
        <source>The listing shows n&amp;o ECFMG note</source>
        <translation>La ficha n&amp;o muestra ninguna nota del ECFMG</translation>
    </message>
    <message>
        <source>ECFMG accepts only schools whose World Directory listing carries an ECFMG note covering your graduation year. Open &lt;a href="{url}"&gt;{url}&lt;/a&gt;, find your school, open its &lt;i&gt;Sponsor Notes&lt;/i&gt; tab and paste the ECFMG note below.</source>
        <translation>El ECFMG solo acepta facultades cuya ficha en el World Directory incluya una nota del ECFMG que cubra su año de graduación. Abra &lt;a href="{url}"&gt;{url}&lt;/a&gt;, busque su facultad, abra su pestaña &lt;i&gt;Sponsor Notes&lt;/i&gt; y pegue abajo la nota del ECFMG.</translation>
    </message>
    <message>
        <source>Your school's page: &lt;a href="{url}"&gt;{url}&lt;/a&gt;</source>
        <translation>Página de su facultad: &lt;a href="{url}"&gt;{url}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>not needed with your answers</source>
        <translation>no es necesario según sus respuestas</translation>
    </message>
    <message>
        <source>Match cycle</source>
        <translation>Ciclo del Match</translation>
    </message>
    <message>
        <source>Your step</source>
        <translation>Su paso</translation>
    </message>
</context>
<context>
    <name>StoreProblemBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Try opening the saved profiles again</source>
        <translation>Intentar abrir de nuevo los perfiles guardados</translation>
    </message>
    <message>
        <source>Nothing was changed. Once the problem above is fixed, try again.</source>
        <translation>No se cambió nada. Cuando se haya resuelto el problema indicado arriba, vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of your plan</source>
        <translation>Cronología de su plan</translation>
    </message>
    <message>
        <source>No dated steps</source>
        <translation>No hay pasos con fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Estimate: not yet published</source>
        <translation>Estimación: aún no publicada</translation>
    </message>
    <message>
        <source>Third-party sources</source>
        <translation>Fuentes de terceros (no oficiales)</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Siguiente paso:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
</context>
</TS>
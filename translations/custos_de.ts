<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdministrationService</name>
    <message>
        <source>There is no user named %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Benutzer namens %1.</translation>
    </message>
    <message>
        <source>The user %1 has been revoked.</source>
        <translation>Der Benutzer %1 wurde gesperrt.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Ein Benutzer namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The name %1 belonged to a revoked user and cannot be reused, so that the audit trail stays unambiguous. Choose another name.</source>
        <translation>Der Name %1 gehörte einem gesperrten Benutzer und kann nicht wiederverwendet werden, damit das Prüfprotokoll eindeutig bleibt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is the last administrator. Make another user an administrator first.</source>
        <translation>%1 ist der letzte Administrator. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>You cannot revoke yourself. Ask another administrator to do it.</source>
        <translation>Sie können sich nicht selbst sperren. Bitten Sie einen anderen Administrator darum.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the passphrase was not changed.</source>
        <translation>Die aktuelle Passphrase ist falsch; die Passphrase wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The idle time before locking must be between 1 and %1 minutes.</source>
        <translation>Die Leerlaufzeit bis zur Sperre muss zwischen 1 und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>The access of %1 was revoked.</source>
        <translation>Der Zugang von %1 wurde entzogen.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Writing the audit entry failed because the disk is full; the change was not made. Free some space and try again.</source>
        <translation>Der Prüfprotokolleintrag konnte nicht geschrieben werden, weil der Datenträger voll ist; die Änderung wurde nicht vorgenommen. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The audit log&apos;s state is damaged; nothing can be recorded. Verify the audit log and restore the workspace from a backup.</source>
        <translation>Der Zustand des Prüfprotokolls ist beschädigt; es kann nichts aufgezeichnet werden. Prüfen Sie das Protokoll und stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The audit log&apos;s state is damaged.</source>
        <translation>Der Zustand des Prüfprotokolls ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the export.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen oder leeren Ordner für den Export.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Checking the file of &quot;%1&quot;…</source>
        <translation>Prüfe die Datei von „%1“ …</translation>
    </message>
    <message>
        <source>Verifying the audit log&apos;s signatures and checkpoints…</source>
        <translation>Prüfe die Signaturen und Kontrollpunkte des Prüfprotokolls …</translation>
    </message>
    <message>
        <source>The content does not match the signed log: %1</source>
        <translation>Der Inhalt passt nicht zum signierten Protokoll: %1</translation>
    </message>
    <message>
        <source>The deep verification reads posts and flags, which needs the key of &quot;%1&quot;; your role does not hold it. Verify without --deep, or ask a compliance officer.</source>
        <translation>Die Tiefenprüfung liest Beiträge und Markierungen und braucht dafür den Schlüssel von „%1“; Ihre Rolle hat ihn nicht. Prüfen Sie ohne --deep, oder bitten Sie einen Compliance-Beauftragten.</translation>
    </message>
    <message>
        <source>Checking every post, flag and decision against the entries that signed them…</source>
        <translation>Prüfe jeden Beitrag, jede Markierung und jede Entscheidung gegen die Einträge, die sie signiert haben …</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Record %1 cannot be read: %2.</source>
        <translation>Datensatz %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Entry %1: its signature is not a valid signature of %2 (key %3) over the entry.</source>
        <translation>Eintrag %1: Seine Signatur ist keine gültige Signatur von %2 (Schlüssel %3) über den Eintrag.</translation>
    </message>
    <message>
        <source>Entry %1 registers a key whose identifier does not match the key.</source>
        <translation>Eintrag %1 registriert einen Schlüssel, dessen Kennung nicht zum Schlüssel passt.</translation>
    </message>
    <message>
        <source>Entry %1 registers key %2 a second time.</source>
        <translation>Eintrag %1 registriert den Schlüssel %2 ein zweites Mal.</translation>
    </message>
    <message>
        <source>Entry %1 starts the log but is not signed by the key it registers.</source>
        <translation>Eintrag %1 beginnt das Protokoll, ist aber nicht mit dem Schlüssel signiert, den er registriert.</translation>
    </message>
    <message>
        <source>Entries %1 and %2 are out of order: entry %2 comes before entry %1.</source>
        <translation>Die Einträge %1 und %2 sind vertauscht: Eintrag %2 steht vor Eintrag %1.</translation>
    </message>
    <message>
        <source>Entry %1 is missing (the log jumps from %2 to %3).</source>
        <translation>Eintrag %1 fehlt (das Protokoll springt von %2 zu %3).</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing.</source>
        <translation>Die Einträge %1 bis %2 fehlen.</translation>
    </message>
    <message>
        <source>Entry %1 appears after entry %2: entries were reordered or repeated.</source>
        <translation>Eintrag %1 steht nach Eintrag %2: Einträge wurden umgestellt oder wiederholt.</translation>
    </message>
    <message>
        <source>Entry %1: its hash does not match its content, so a field was altered.</source>
        <translation>Eintrag %1: Sein Hash passt nicht zu seinem Inhalt, ein Feld wurde also verändert.</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain: its previous-entry hash is not the hash of entry %2.</source>
        <translation>Eintrag %1 setzt die Kette nicht fort: Sein Vorgänger-Hash ist nicht der Hash von Eintrag %2.</translation>
    </message>
    <message>
        <source>Entry 0 does not start the log with an administrator&apos;s self-registered key.</source>
        <translation>Eintrag 0 beginnt das Protokoll nicht mit dem selbst registrierten Schlüssel eines Administrators.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which no administrator registered.</source>
        <translation>Eintrag %1 ist mit dem Schlüssel %2 signiert, den kein Administrator registriert hat.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2 of %3, which was revoked in entry %4.</source>
        <translation>Eintrag %1 ist mit dem Schlüssel %2 von %3 signiert, der in Eintrag %4 widerrufen wurde.</translation>
    </message>
    <message>
        <source>Entry %1 names user %2 as its actor but is signed with the key of %3.</source>
        <translation>Eintrag %1 nennt Benutzer %2 als Handelnden, ist aber mit dem Schlüssel von %3 signiert.</translation>
    </message>
    <message>
        <source>Entry %1 claims to start the log, but the log started at entry 0.</source>
        <translation>Eintrag %1 gibt vor, das Protokoll zu beginnen, aber es begann mit Eintrag 0.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was signed by %3, who is not an administrator at that point.</source>
        <translation>Eintrag %1 (%2) wurde von %3 signiert, der zu diesem Zeitpunkt kein Administrator ist.</translation>
    </message>
    <message>
        <source>Entry %1 revokes key %2, which was never registered.</source>
        <translation>Eintrag %1 widerruft den Schlüssel %2, der nie registriert wurde.</translation>
    </message>
    <message>
        <source>The checkpoint at tree size %1 is out of order or repeated.</source>
        <translation>Der Kontrollpunkt bei Baumgröße %1 ist außer der Reihe oder wiederholt.</translation>
    </message>
    <message>
        <source>The checkpoint at tree size %1 does not match the entries: one of entries 0 to %2 was changed, removed or replaced after it was signed.</source>
        <translation>Der Kontrollpunkt bei Baumgröße %1 passt nicht zu den Einträgen: Einer der Einträge 0 bis %2 wurde nach der Signatur geändert, entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>The checkpoint at tree size %1 is not validly signed by a registered key.</source>
        <translation>Der Kontrollpunkt bei Baumgröße %1 ist nicht gültig mit einem registrierten Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The log ends after %1 entries, but a signed checkpoint covers %2: entries from %3 on were removed.</source>
        <translation>Das Protokoll endet nach %1 Einträgen, ein signierter Kontrollpunkt umfasst aber %2: Einträge ab %3 wurden entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries and %1 checkpoint(s) verified.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag und %1 Kontrollpunkt(e) geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge und %1 Kontrollpunkt(e) geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditedTransaction</name>
    <message>
        <source>A change was refused because it had no audit entry.</source>
        <translation>Eine Änderung wurde abgelehnt, weil sie keinen Prüfprotokolleintrag hatte.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>same respondent</source>
        <translation>gleiche beschuldigte Person</translation>
    </message>
    <message>
        <source>same complainant</source>
        <translation>gleiche meldende Person</translation>
    </message>
    <message>
        <source>shared post</source>
        <translation>gemeinsamer Beitrag</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>verknüpft</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>There is no allegation %1.</source>
        <translation>Es gibt keinen Vorwurf %1.</translation>
    </message>
    <message>
        <source>There is no open task %1.</source>
        <translation>Es gibt keine offene Aufgabe %1.</translation>
    </message>
    <message>
        <source>Interview %1 does not exist or is already agreed.</source>
        <translation>Die Befragung %1 existiert nicht oder ist bereits bestätigt.</translation>
    </message>
    <message>
        <source>There is no outcome %1.</source>
        <translation>Es gibt kein Ergebnis %1.</translation>
    </message>
    <message>
        <source>Appeal %1 does not exist or is already decided.</source>
        <translation>Der Widerspruch %1 existiert nicht oder ist bereits entschieden.</translation>
    </message>
    <message>
        <source>There is no interview template %1.</source>
        <translation>Es gibt keine Befragungsvorlage %1.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>Eine Beweismitteldatei braucht einen Namen.</translation>
    </message>
    <message>
        <source>The file %1 is empty; there is nothing to attach.</source>
        <translation>Die Datei %1 ist leer; es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB and cannot be attached. Attach a smaller copy or keep it outside and note where.</source>
        <translation>Die Datei %1 ist größer als %2 MiB und kann nicht angehängt werden. Hängen Sie eine kleinere Kopie an oder bewahren Sie sie außerhalb auf und vermerken Sie, wo.</translation>
    </message>
    <message>
        <source>There is no evidence file %1.</source>
        <translation>Es gibt keine Beweismitteldatei %1.</translation>
    </message>
    <message>
        <source>The evidence file %1 no longer matches the SHA-256 taken when it was attached: it was changed inside the workspace. Run custos-cli check and tell your administrator.</source>
        <translation>Die Beweismitteldatei %1 stimmt nicht mehr mit dem SHA-256 überein, der beim Anhängen ermittelt wurde: Sie wurde innerhalb des Arbeitsbereichs verändert. Führen Sie custos-cli check aus und informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Eine Aufgabe braucht einen Titel.</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>Das Fälligkeitsdatum „%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>Task %1 is already done.</source>
        <translation>Die Aufgabe %1 ist bereits erledigt.</translation>
    </message>
    <message>
        <source>Please describe in your own words what happened.</source>
        <translation>Bitte beschreiben Sie mit eigenen Worten, was passiert ist.</translation>
    </message>
    <message>
        <source>When and where did it happen? Who else was there?</source>
        <translation>Wann und wo ist es passiert? Wer war sonst noch anwesend?</translation>
    </message>
    <message>
        <source>Is there anyone else we should speak to, or anything you can show us (messages, screenshots)?</source>
        <translation>Gibt es noch jemanden, mit dem wir sprechen sollten, oder etwas, das Sie uns zeigen können (Nachrichten, Screenshots)?</translation>
    </message>
    <message>
        <source>Is there anything else you would like to add?</source>
        <translation>Möchten Sie noch etwas hinzufügen?</translation>
    </message>
    <message>
        <source>Bullying: complainant or witness</source>
        <translation>Mobbing: meldende Person oder Zeuge</translation>
    </message>
    <message>
        <source>How often has this happened, and over what period?</source>
        <translation>Wie oft ist das vorgekommen, und über welchen Zeitraum?</translation>
    </message>
    <message>
        <source>How has it affected your work or your well-being?</source>
        <translation>Wie hat es sich auf Ihre Arbeit oder Ihr Wohlbefinden ausgewirkt?</translation>
    </message>
    <message>
        <source>Harassment: complainant or witness</source>
        <translation>Belästigung: meldende Person oder Zeuge</translation>
    </message>
    <message>
        <source>What exactly was said or written? Do you still have the messages?</source>
        <translation>Was genau wurde gesagt oder geschrieben? Haben Sie die Nachrichten noch?</translation>
    </message>
    <message>
        <source>Did you tell the person the behaviour was unwelcome? How did they react?</source>
        <translation>Haben Sie der Person gesagt, dass das Verhalten unerwünscht war? Wie hat sie reagiert?</translation>
    </message>
    <message>
        <source>Sexual harassment: complainant</source>
        <translation>Sexuelle Belästigung: meldende Person</translation>
    </message>
    <message>
        <source>What was said, written or done? Was there any physical contact?</source>
        <translation>Was wurde gesagt, geschrieben oder getan? Gab es körperlichen Kontakt?</translation>
    </message>
    <message>
        <source>Were you offered anything, or threatened with anything, in connection with it?</source>
        <translation>Wurde Ihnen im Zusammenhang damit etwas angeboten oder mit etwas gedroht?</translation>
    </message>
    <message>
        <source>Would you like support (employee assistance, a change of team) while we investigate?</source>
        <translation>Möchten Sie Unterstützung (Mitarbeiterberatung, einen Teamwechsel), während wir ermitteln?</translation>
    </message>
    <message>
        <source>Discrimination: complainant or witness</source>
        <translation>Diskriminierung: meldende Person oder Zeuge</translation>
    </message>
    <message>
        <source>Which characteristic do you believe the treatment was about?</source>
        <translation>Auf welches Merkmal bezog sich die Behandlung Ihrer Meinung nach?</translation>
    </message>
    <message>
        <source>Were others in a similar position treated differently?</source>
        <translation>Wurden andere in einer ähnlichen Lage anders behandelt?</translation>
    </message>
    <message>
        <source>Threat or violence: complainant or witness</source>
        <translation>Drohung oder Gewalt: meldende Person oder Zeuge</translation>
    </message>
    <message>
        <source>Do you feel safe at work now? Do we need to take steps today?</source>
        <translation>Fühlen Sie sich jetzt bei der Arbeit sicher? Müssen wir heute Maßnahmen ergreifen?</translation>
    </message>
    <message>
        <source>Was the threat repeated, or made to anyone else?</source>
        <translation>Wurde die Drohung wiederholt oder auch gegenüber anderen ausgesprochen?</translation>
    </message>
    <message>
        <source>Retaliation: complainant</source>
        <translation>Repressalien: meldende Person</translation>
    </message>
    <message>
        <source>What did you report or take part in, and when?</source>
        <translation>Was haben Sie gemeldet oder woran haben Sie teilgenommen, und wann?</translation>
    </message>
    <message>
        <source>What changed for you afterwards, and who decided it?</source>
        <translation>Was hat sich danach für Sie geändert, und wer hat das entschieden?</translation>
    </message>
    <message>
        <source>Confidential leak: respondent</source>
        <translation>Weitergabe vertraulicher Informationen: beschuldigte Person</translation>
    </message>
    <message>
        <source>Where did the information come from, and who else had it?</source>
        <translation>Woher stammten die Informationen, und wer hatte sie sonst noch?</translation>
    </message>
    <message>
        <source>Who did you share it with, and why?</source>
        <translation>Mit wem haben Sie sie geteilt, und warum?</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Beschuldigte Person</translation>
    </message>
    <message>
        <source>You have heard what is alleged. What is your account of it?</source>
        <translation>Sie haben gehört, was Ihnen vorgeworfen wird. Wie stellen Sie es dar?</translation>
    </message>
    <message>
        <source>Is there anything that would help us understand the context?</source>
        <translation>Gibt es etwas, das uns hilft, den Zusammenhang zu verstehen?</translation>
    </message>
    <message>
        <source>An interview template needs a name and at least one question.</source>
        <translation>Eine Befragungsvorlage braucht einen Namen und mindestens eine Frage.</translation>
    </message>
    <message>
        <source>The interview&apos;s date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>Das Datum der Befragung „%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no interview template %1.</source>
        <translation>Es gibt keine Befragungsvorlage %1.</translation>
    </message>
    <message>
        <source>An interview needs its questions and answers, or notes.</source>
        <translation>Eine Befragung braucht ihre Fragen und Antworten oder Notizen.</translation>
    </message>
    <message>
        <source>The interview has more answers than questions.</source>
        <translation>Die Befragung hat mehr Antworten als Fragen.</translation>
    </message>
    <message>
        <source>There is no interview %1.</source>
        <translation>Es gibt keine Befragung %1.</translation>
    </message>
    <message>
        <source>There is no allegation %1.</source>
        <translation>Es gibt keinen Vorwurf %1.</translation>
    </message>
    <message>
        <source>A finding needs its reasoning.</source>
        <translation>Eine Feststellung braucht ihre Begründung.</translation>
    </message>
    <message>
        <source>Findings are recorded when case %1 is at %2; it is at %3.</source>
        <translation>Feststellungen werden erfasst, wenn Fall %1 im Status „%2“ ist; er ist im Status „%3“.</translation>
    </message>
    <message>
        <source>Outcomes are recorded when case %1 is at %2; it is at %3.</source>
        <translation>Ergebnisse werden erfasst, wenn Fall %1 im Status „%2“ ist; er ist im Status „%3“.</translation>
    </message>
    <message>
        <source>An outcome is for a respondent of this case; party %1 is not one.</source>
        <translation>Ein Ergebnis gilt einer beschuldigten Person dieses Falls; die beteiligte Person %1 ist keine.</translation>
    </message>
    <message>
        <source>An outcome needs its reasoning.</source>
        <translation>Ein Ergebnis braucht seine Begründung.</translation>
    </message>
    <message>
        <source>Party %1 is not a party to this case.</source>
        <translation>%1 ist keine beteiligte Person dieses Falls.</translation>
    </message>
    <message>
        <source>There is no outcome %1.</source>
        <translation>Es gibt kein Ergebnis %1.</translation>
    </message>
    <message>
        <source>An appeal needs its grounds.</source>
        <translation>Ein Widerspruch braucht seine Gründe.</translation>
    </message>
    <message>
        <source>An appeal against this outcome is already waiting for a decision.</source>
        <translation>Ein Widerspruch gegen dieses Ergebnis wartet bereits auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>There is no appeal %1.</source>
        <translation>Es gibt keinen Widerspruch %1.</translation>
    </message>
    <message>
        <source>Appeal %1 is already decided.</source>
        <translation>Über den Widerspruch %1 ist bereits entschieden.</translation>
    </message>
    <message>
        <source>You decided the outcome under appeal; someone else must decide the appeal.</source>
        <translation>Sie haben das angefochtene Ergebnis entschieden; über den Widerspruch muss jemand anderes entscheiden.</translation>
    </message>
    <message>
        <source>An appeal decision needs its reasoning.</source>
        <translation>Eine Entscheidung über einen Widerspruch braucht ihre Begründung.</translation>
    </message>
    <message>
        <source>Case %1 has no allegation to make findings on; add one first.</source>
        <translation>Fall %1 hat keinen Vorwurf, zu dem Feststellungen getroffen werden können; fügen Sie zuerst einen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>Record a finding on every allegation of case %1 first (%n without one).</source>
        <translation>
            <numerusform>Erfassen Sie zuerst zu jedem Vorwurf von Fall %1 eine Feststellung (%n ohne Feststellung).</numerusform>
            <numerusform>Erfassen Sie zuerst zu jedem Vorwurf von Fall %1 eine Feststellung (%n ohne Feststellung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record an outcome for every respondent of case %1 before closing it (%n without one).</source>
        <translation>
            <numerusform>Erfassen Sie für jede beschuldigte Person von Fall %1 ein Ergebnis, bevor Sie ihn abschließen (%n ohne Ergebnis).</numerusform>
            <numerusform>Erfassen Sie für jede beschuldigte Person von Fall %1 ein Ergebnis, bevor Sie ihn abschließen (%n ohne Ergebnis).</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is already at %2.</source>
        <translation>Fall %1 ist bereits im Status „%2“.</translation>
    </message>
    <message>
        <source>Case %1 cannot go back from %2 to %3.</source>
        <translation>Fall %1 kann nicht von „%2“ zurück zu „%3“.</translation>
    </message>
    <message>
        <source>Case %1 cannot skip from %2 to %3.</source>
        <translation>Fall %1 kann nicht von „%2“ direkt zu „%3“ springen.</translation>
    </message>
    <message>
        <source>From %1 it can move to: %2.</source>
        <translation>Von „%1“ aus kann er wechseln zu: %2.</translation>
    </message>
    <message>
        <source>Say why case %1 is reopened.</source>
        <translation>Geben Sie an, warum Fall %1 wieder eröffnet wird.</translation>
    </message>
    <message>
        <source>There is no person %1 in the imports.</source>
        <translation>In den Importen gibt es keine Person %1.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht Text.</translation>
    </message>
    <message>
        <source>The note&apos;s date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>Das Datum der Notiz „%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A message needs some text.</source>
        <translation>Eine Nachricht braucht Text.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Ein Fall kann nicht mit sich selbst verknüpft werden.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Case report. Names of people from the imports are pseudonyms unless they were revealed in the session that printed it. Every step names the audit entry that records it (sequence number and entry hash), to be checked against an exported audit log.</source>
        <translation>Fallbericht. Namen von Personen aus den Importen sind Pseudonyme, sofern sie nicht in der Sitzung aufgedeckt wurden, in der er gedruckt wurde. Jeder Schritt nennt den Prüfprotokolleintrag, der ihn festhält (Sequenznummer und Eintrags-Hash), zum Abgleich mit einem exportierten Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(überfällig)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Ermittler</translation>
    </message>
    <message>
        <source>Opened in</source>
        <translation>Eröffnet in</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Prüfprotokolleintrag</translation>
    </message>
    <message>
        <source>Allegations and findings</source>
        <translation>Vorwürfe und Feststellungen</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Vorwurf</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Prüfprotokolleinträge</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Gegen %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Befragungen</translation>
    </message>
    <message>
        <source>no party named</source>
        <translation>keine beteiligte Person angegeben</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>Read back and agreed on %1.</source>
        <translation>Am %1 vorgelesen und bestätigt.</translation>
    </message>
    <message>
        <source>Not yet read back and agreed.</source>
        <translation>Noch nicht vorgelesen und bestätigt.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Kein Ergebnis erfasst.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Counts until</source>
        <translation>Gilt bis</translation>
    </message>
    <message>
        <source>(set aside on appeal)</source>
        <translation>(im Widerspruch aufgehoben)</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Beweismitteldateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 bei Eingang</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by %1 on %2; recorded as audit entry %3.</source>
        <translation>Gedruckt von %1 am %2; festgehalten als Prüfprotokolleintrag %3.</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from a read-only session (not recorded).</source>
        <translation>Gedruckt von %1 am %2 aus einer schreibgeschützten Sitzung (nicht festgehalten).</translation>
    </message>
    <message>
        <source>You are a party to case %1, so you may not see or work on it, whatever your role. Another investigator must handle it.</source>
        <translation>Sie sind an Fall %1 beteiligt und dürfen ihn daher unabhängig von Ihrer Rolle weder sehen noch bearbeiten. Ein anderer Ermittler muss ihn übernehmen.</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to you; a compliance officer can assign you to it.</source>
        <translation>Fall %1 ist Ihnen nicht zugewiesen; ein Compliance-Beauftragter kann Sie ihm zuweisen.</translation>
    </message>
    <message>
        <source>There is no flag %1.</source>
        <translation>Es gibt keinen Treffer %1.</translation>
    </message>
    <message>
        <source>There is no post %1.</source>
        <translation>Es gibt keinen Beitrag %1.</translation>
    </message>
    <message>
        <source>You would be a party to this case, so you may not open it. Another investigator must handle it.</source>
        <translation>Sie wären an diesem Fall beteiligt und dürfen ihn daher nicht eröffnen. Ein anderer Ermittler muss ihn übernehmen.</translation>
    </message>
    <message>
        <source>Choose the flagged posts to add to the case.</source>
        <translation>Wählen Sie die markierten Beiträge, die dem Fall hinzugefügt werden sollen.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it to add posts.</source>
        <translation>Fall %1 ist abgeschlossen; eröffnen Sie ihn wieder, um Beiträge hinzuzufügen.</translation>
    </message>
    <message>
        <source>You wrote one of these posts, so you may not add it to a case. Another investigator must do it.</source>
        <translation>Sie haben einen dieser Beiträge selbst geschrieben und dürfen ihn daher keinem Fall hinzufügen. Ein anderer Ermittler muss das tun.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; cannot be run: %2</source>
        <translation>Die Suche „%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Anonymous reporter</source>
        <translation>Anonyme meldende Person</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Feststellung: %1</translation>
    </message>
    <message>
        <source>Outcome for %1: %2</source>
        <translation>Ergebnis für %1: %2</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Widerspruch eingelegt</translation>
    </message>
    <message>
        <source>Appeal decided: %1</source>
        <translation>Widerspruch entschieden: %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Message to %1 (recorded, not sent)</source>
        <translation>Nachricht an %1 (festgehalten, nicht versendet)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beweismittel: %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Aufgabe erledigt: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Befragung von %1</translation>
    </message>
    <message>
        <source>Case due</source>
        <translation>Fall fällig</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Aufgabe fällig: %1</translation>
    </message>
    <message>
        <source>Investigator assigned: %1</source>
        <translation>Ermittler zugewiesen: %1</translation>
    </message>
    <message>
        <source>Investigator removed: %1</source>
        <translation>Ermittler entfernt: %1</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Allegation: %1</source>
        <translation>Vorwurf: %1</translation>
    </message>
    <message>
        <source>Case opened (%1)</source>
        <translation>Fall eröffnet (%1)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Reading a case is recorded in the audit log, which this read-only session cannot write. Open the workspace for work to read it.</source>
        <translation>Das Lesen eines Falls wird im Prüfprotokoll festgehalten, in das diese schreibgeschützte Sitzung nicht schreiben kann. Öffnen Sie den Arbeitsbereich zur Bearbeitung, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Ein Fall braucht einen Titel.</translation>
    </message>
    <message>
        <source>The incident date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>Das Datum des Vorfalls „%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The report date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>Das Meldedatum „%1“ ist kein Datum; schreiben Sie es als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An anonymous reporter has no name and no person record.</source>
        <translation>Eine anonyme meldende Person hat keinen Namen und keinen Personendatensatz.</translation>
    </message>
    <message>
        <source>Only a complainant can be anonymous.</source>
        <translation>Nur eine meldende Person kann anonym sein.</translation>
    </message>
    <message>
        <source>A party needs a person from the imports, a name, or to be an anonymous reporter.</source>
        <translation>Eine beteiligte Person braucht eine Person aus den Importen, einen Namen oder muss eine anonyme meldende Person sein.</translation>
    </message>
    <message>
        <source>%1 cannot be assigned to a case: their role does not work cases.</source>
        <translation>%1 kann keinem Fall zugewiesen werden: Die Rolle dieses Benutzers bearbeitet keine Fälle.</translation>
    </message>
    <message>
        <source>%1 is a party to this case and cannot investigate it.</source>
        <translation>%1 ist an diesem Fall beteiligt und kann ihn nicht untersuchen.</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>The policy %1 is not valid JSON at byte %2: %3.</source>
        <translation>Die Richtlinie %1 ist bei Byte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>Rule %1 of the policy %2 has no id or an unknown category %3.</source>
        <translation>Regel %1 der Richtlinie %2 hat keine Kennung oder eine unbekannte Kategorie %3.</translation>
    </message>
    <message>
        <source>Rule %1 names an unknown detector %2.</source>
        <translation>Regel %1 nennt einen unbekannten Detektor %2.</translation>
    </message>
    <message>
        <source>The built-in policy is missing from this build.</source>
        <translation>Die eingebaute Richtlinie fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The policy %1 has two rules named %2.</source>
        <translation>Die Richtlinie %1 hat zwei Regeln namens %2.</translation>
    </message>
    <message>
        <source>Rule %1 has an empty keyword.</source>
        <translation>Regel %1 hat ein leeres Schlüsselwort.</translation>
    </message>
    <message>
        <source>Rule %1 has a proximity condition without terms or with a negative distance.</source>
        <translation>Regel %1 hat eine Nähe-Bedingung ohne Begriffe oder mit negativem Abstand.</translation>
    </message>
    <message>
        <source>Rule %1 must have exactly one of keywords, regex, detector or entities.</source>
        <translation>Regel %1 muss genau eines haben: keywords, regex, detector oder entities.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Expected %1, got %2 argument(s).</source>
        <translation>Erwartet: %1, erhalten: %2 Argument(e).</translation>
    </message>
    <message>
        <source>Run &apos;custos-cli --help&apos; for usage.</source>
        <translation>Mit „custos-cli --help“ erhalten Sie eine Übersicht.</translation>
    </message>
    <message>
        <source>Sign in as NAME.</source>
        <translation>Als NAME anmelden.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else CUSTOS_PASSPHRASE, else a prompt).</source>
        <translation>Die Passphrase aus der ersten Zeile von DATEI lesen (sonst CUSTOS_PASSPHRASE, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Passphrase von %1</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weiterer.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1, written by the import batch of entry %2, is missing.</source>
        <translation>Beitrag %1, geschrieben vom Importstapel des Eintrags %2, fehlt.</translation>
    </message>
    <message>
        <source>Flag %1, raised by the scan batch of entry %2, is missing.</source>
        <translation>Markierung %1, gesetzt vom Prüfstapel des Eintrags %2, fehlt.</translation>
    </message>
    <message>
        <source>Post %1 claims to come from the import batch of entry %2, which did not write it.</source>
        <translation>Beitrag %1 gibt an, aus dem Importstapel des Eintrags %2 zu stammen, der ihn nicht geschrieben hat.</translation>
    </message>
    <message>
        <source>Flag %1 claims to come from the scan batch of entry %2, which did not raise it.</source>
        <translation>Markierung %1 gibt an, aus dem Prüfstapel des Eintrags %2 zu stammen, der sie nicht gesetzt hat.</translation>
    </message>
    <message>
        <source>One of posts %1 differs from what the import batch of entry %2 signed.</source>
        <translation>Einer der Beiträge %1 weicht von dem ab, was der Importstapel des Eintrags %2 signiert hat.</translation>
    </message>
    <message>
        <source>One of flags %1 differs from what the scan batch of entry %2 signed.</source>
        <translation>Eine der Markierungen %1 weicht von dem ab, was der Prüfstapel des Eintrags %2 signiert hat.</translation>
    </message>
    <message>
        <source>An earlier version of post %1 (version %2) does not match its content hash: its text or what the hash covers was changed.</source>
        <translation>Eine frühere Fassung von Beitrag %1 (Fassung %2) passt nicht zu ihrem Inhalts-Hash: Ihr Text oder etwas, das der Hash abdeckt, wurde geändert.</translation>
    </message>
    <message>
        <source>Post %1 does not match its content hash: its text, author, time or channel was changed.</source>
        <translation>Beitrag %1 passt nicht zu seinem Inhalts-Hash: Text, Autor, Zeit oder Kanal wurden geändert.</translation>
    </message>
    <message>
        <source>Post %1 names entry %2 as the import batch that wrote it, but that entry signed no posts.</source>
        <translation>Beitrag %1 nennt Eintrag %2 als den Importstapel, der ihn schrieb, aber dieser Eintrag hat keine Beiträge signiert.</translation>
    </message>
    <message>
        <source>Flag %1 is &quot;%2&quot; in the database, but the signed decisions leave it &quot;%3&quot;.</source>
        <translation>Markierung %1 ist in der Datenbank „%2“, nach den signierten Entscheidungen aber „%3“.</translation>
    </message>
    <message>
        <source>Flag %1 has %2 decision(s) in the database, but the signed log records %3.</source>
        <translation>Markierung %1 hat in der Datenbank %2 Entscheidung(en), das signierte Protokoll verzeichnet aber %3.</translation>
    </message>
    <message>
        <source>Flag %1 names entry %2 as the scan batch that raised it, but that entry signed no flags.</source>
        <translation>Markierung %1 nennt Eintrag %2 als den Prüfstapel, der sie setzte, aber dieser Eintrag hat keine Markierungen signiert.</translation>
    </message>
    <message>
        <source>The tombstone of %1 %2 is not one the purge batch of entry %3 signed.</source>
        <translation>Der Löschnachweis für %1 %2 ist keiner, den der Löschstapel des Eintrags %3 signiert hat.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>--map takes FIELD=COLUMN pairs separated by commas, e.g. author=user,text=message.</source>
        <translation>--map nimmt durch Kommas getrennte Paare FELD=SPALTE, z. B. author=user,text=message.</translation>
    </message>
    <message>
        <source>Unknown field %1 in --map; use author, channel, time, text, id and thread.</source>
        <translation>Unbekanntes Feld %1 in --map; verwenden Sie author, channel, time, text, id und thread.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, Zeile %2: %3.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3). Map the columns with --map.</source>
        <translation>%1 hat keine Spalte %2 (seine Spalten: %3). Ordnen Sie die Spalten mit --map zu.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>kein Kanal</translation>
    </message>
    <message>
        <source>no message id</source>
        <translation>keine Nachrichtenkennung</translation>
    </message>
    <message>
        <source>the time column holds no date and time (the value is not repeated here: it may be message text)</source>
        <translation>die Zeitspalte enthält kein Datum mit Uhrzeit (der Wert wird hier nicht wiederholt: er könnte Nachrichtentext sein)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace database %1 is missing. Restore it from a backup.</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 fehlt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>Unter %1 existiert bereits eine Datenbank.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>keying %1</source>
        <translation>Verschlüsseln von %1</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or does not belong to this keyring. Restore the workspace from a backup.</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 ist beschädigt oder gehört nicht zu diesem Schlüsselbund. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace database %1 is busy in another connection. Try again in a moment.</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 wird von einer anderen Verbindung verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be written (%2). Check the file permissions.</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 kann nicht geschrieben werden (%2). Prüfen Sie die Dateiberechtigungen.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Check the disk.</source>
        <translation>Lesen oder Schreiben von %1 ist fehlgeschlagen (%2). Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>Die Änderung widerspricht vorhandenen Daten (%1).</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (%3).</source>
        <translation>Datenbankfehler beim %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The workspace file %1 is empty (0 bytes): it was cut short, for example by a full disk or an interrupted copy. Restore the workspace from a backup.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist leer (0 Byte): Sie wurde abgeschnitten, etwa durch eine volle Festplatte oder eine abgebrochene Kopie. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace file %1 is cut short (%2 bytes, not a whole number of pages). Restore the workspace from a backup.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist abgeschnitten (%2 Byte, keine ganze Zahl von Seiten). Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custos workspace file.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, keine Arbeitsbereichsdatei von Custos.</translation>
    </message>
    <message>
        <source>The workspace file %1 is missing. Restore the workspace from a backup.</source>
        <translation>Die Arbeitsbereichsdatei %1 fehlt. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged or does not belong to this keyring. Restore the workspace from a backup.</source>
        <translation>Die Arbeitsbereichsdatei %1 ist beschädigt oder gehört nicht zu diesem Schlüsselbund. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the change being written was not made (nothing of it is half-written). Free some space and try again.</source>
        <translation>Die Festplatte mit %1 ist voll: Die gerade geschriebene Änderung wurde nicht vorgenommen (nichts davon ist halb geschrieben). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a page cannot be read: it does not decrypt or its authentication code does not match</source>
        <translation>eine Seite ist nicht lesbar: Sie lässt sich nicht entschlüsseln oder ihr Authentifizierungscode stimmt nicht</translation>
    </message>
    <message>
        <source>%1 could not be put in place of %2: %3. Both files were left as they are; opening the workspace again finishes the change.</source>
        <translation>%1 konnte nicht an die Stelle von %2 gesetzt werden: %3. Beide Dateien blieben, wie sie sind; wenn Sie den Arbeitsbereich erneut öffnen, wird die Änderung abgeschlossen.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>Die Datei %1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Neither %1 nor the copy %2 left by an interrupted rekey opens with the key granted. Restore the workspace from a backup.</source>
        <translation>Weder %1 noch die Kopie %2, die eine unterbrochene Neuverschlüsselung hinterlassen hat, lässt sich mit dem erteilten Schlüssel öffnen. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The copy of table %1 does not match it: the rekey was not made and nothing changed.</source>
        <translation>Die Kopie der Tabelle %1 stimmt nicht mit ihr überein: Die Neuverschlüsselung wurde nicht vorgenommen, nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>There is no active user %1.</source>
        <translation>Es gibt keinen aktiven Benutzer %1.</translation>
    </message>
    <message>
        <source>%1 does not review flags; choose a compliance officer or an HR investigator.</source>
        <translation>%1 prüft keine Treffer; wählen Sie eine Compliance-Beauftragte oder einen HR-Ermittler.</translation>
    </message>
    <message>
        <source>No flag is selected.</source>
        <translation>Kein Treffer ausgewählt.</translation>
    </message>
    <message>
        <source>A selected flag no longer exists. Refresh the queue and try again.</source>
        <translation>Ein ausgewählter Treffer existiert nicht mehr. Aktualisieren Sie die Warteschlange und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>A tag is 1 to 40 letters, digits, spaces, - or _.</source>
        <translation>Ein Schlagwort hat 1 bis 40 Buchstaben, Ziffern, Leerzeichen, - oder _.</translation>
    </message>
    <message>
        <source>Say why you escalate: the note is what the next reviewer reads first.</source>
        <translation>Geben Sie an, warum Sie eskalieren: Die Notiz liest die nächste Prüferin zuerst.</translation>
    </message>
    <message>
        <source>Hello,

your message in #{channel} on {date} was reviewed under our workplace communication policy, {clause}.

What happened: {what}

What to do: {todo}

If you think this is a mistake, reply to the compliance team.</source>
        <translation>Hallo,

Ihre Nachricht in #{channel} vom {date} wurde nach unserer Richtlinie für die Kommunikation am Arbeitsplatz geprüft, {clause}.

Was geschah: {what}

Was zu tun ist: {todo}

Wenn Sie das für einen Irrtum halten, antworten Sie dem Compliance-Team.</translation>
    </message>
    <message>
        <source>The template must contain {clause}, {what} and {todo}.</source>
        <translation>Die Vorlage muss {clause}, {what} und {todo} enthalten.</translation>
    </message>
    <message>
        <source>A notification needs the policy clause and what the author should do.</source>
        <translation>Eine Benachrichtigung braucht die Richtlinienklausel und was der Autor tun soll.</translation>
    </message>
    <message>
        <source>Post %1 has no flags; there is nothing to notify its author about.</source>
        <translation>Beitrag %1 hat keine Treffer; es gibt nichts, worüber der Autor zu benachrichtigen wäre.</translation>
    </message>
    <message>
        <source>Post %1 no longer exists.</source>
        <translation>Beitrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>it was flagged as %1.</source>
        <translation>sie wurde markiert als %1.</translation>
    </message>
</context>
<context>
    <name>DemoCorpus</name>
    <message>
        <source>The number of posts must be between 1 and 100,000,000.</source>
        <translation>Die Anzahl der Beiträge muss zwischen 1 und 100.000.000 liegen.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Writing the export to %1 failed. Check the free disk space.</source>
        <translation>Das Schreiben des Exports nach %1 ist fehlgeschlagen. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>No temporary folder can be created for the demo corpus. Check the free disk space.</source>
        <translation>Für den Demo-Korpus kann kein temporärer Ordner angelegt werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>Disposition</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This is not a certificate of disposition (format &quot;%1&quot; expected).</source>
        <translation>Dies ist kein Löschzertifikat (Format „%1“ erwartet).</translation>
    </message>
    <message>
        <source>The audit export does not verify, so it cannot confirm the certificate: %1</source>
        <translation>Das exportierte Prüfprotokoll besteht die Prüfung nicht und kann das Zertifikat daher nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>Entry %1, which the certificate names as the start of purge %2, is not in the log as that purge&apos;s start.</source>
        <translation>Eintrag %1, den das Zertifikat als Beginn von Löschlauf %2 nennt, steht im Protokoll nicht als Beginn dieses Löschlaufs.</translation>
    </message>
    <message>
        <source>Rule %1 was not in force when purge %2 started.</source>
        <translation>Regel %1 war nicht in Kraft, als Löschlauf %2 begann.</translation>
    </message>
    <message>
        <source>Rule %1&apos;s %2 in the certificate differs from what the purge signed.</source>
        <translation>Das Feld %2 der Regel %1 im Zertifikat weicht von dem ab, was der Löschlauf signiert hat.</translation>
    </message>
    <message>
        <source>%1 names rule %2, which the certificate does not list.</source>
        <translation>%1 nennt Regel %2, die das Zertifikat nicht aufführt.</translation>
    </message>
    <message>
        <source>%1 was deleted under rule %2, which keeps indefinitely.</source>
        <translation>%1 wurde nach Regel %2 gelöscht, die unbefristet aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 was deleted before rule %2&apos;s period had ended (it counts from %3).</source>
        <translation>%1 wurde gelöscht, bevor die Frist der Regel %2 abgelaufen war (gerechnet ab %3).</translation>
    </message>
    <message>
        <source>%1 is not among the tombstones entry %2 signed.</source>
        <translation>%1 gehört nicht zu den Löschnachweisen, die Eintrag %2 signiert hat.</translation>
    </message>
    <message>
        <source>%1 differs from what entry %2 signed: its ids, hashes, rule or times were changed.</source>
        <translation>%1 weicht von dem ab, was Eintrag %2 signiert hat: IDs, Hashes, Regel oder Zeitpunkte wurden geändert.</translation>
    </message>
    <message>
        <source>Entry %1 signed %2 tombstones, but the certificate lists %3 of them: %4 left out.</source>
        <translation>Eintrag %1 hat %2 Löschnachweise signiert, das Zertifikat führt aber nur %3 davon auf: %4 fehlen.</translation>
    </message>
    <message>
        <source>The tombstones of batch %1 do not add up to the root it signed.</source>
        <translation>Die Löschnachweise von Stapel %1 ergeben nicht die Wurzel, die er signiert hat.</translation>
    </message>
    <message>
        <source>The log has batch %1 of purge %2 (%3 tombstones), which the certificate leaves out.</source>
        <translation>Das Protokoll enthält Stapel %1 von Löschlauf %2 (%3 Löschnachweise), den das Zertifikat auslässt.</translation>
    </message>
    <message>
        <source>Entry %1, which the certificate names as the end of purge %2, is not in the log as that purge&apos;s end.</source>
        <translation>Eintrag %1, den das Zertifikat als Ende von Löschlauf %2 nennt, steht im Protokoll nicht als Ende dieses Löschlaufs.</translation>
    </message>
    <message>
        <source>The certificate says purge %1 ended &quot;%2&quot;; the log says &quot;%3&quot;.</source>
        <translation>Laut Zertifikat endete Löschlauf %1 mit „%2“, laut Protokoll mit „%3“.</translation>
    </message>
    <message>
        <source>The batches of the certificate do not add up to the root purge %1&apos;s last entry signed.</source>
        <translation>Die Stapel des Zertifikats ergeben nicht die Wurzel, die der letzte Eintrag von Löschlauf %1 signiert hat.</translation>
    </message>
    <message>
        <source>Entry %1, which %3 tombstones of the certificate name as their batch, is not a batch of purge %2 in the log.</source>
        <translation>Eintrag %1, den %3 Löschnachweise des Zertifikats als ihren Stapel nennen, ist im Protokoll kein Stapel von Löschlauf %2.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Beweismittel: %1</translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 at intake %1 · checked now · %n byte(s)</source>
        <translation>
            <numerusform>SHA-256 bei Eingang %1 · jetzt geprüft · %n Byte</numerusform>
            <numerusform>SHA-256 bei Eingang %1 · jetzt geprüft · %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No private folder for a temporary copy can be made in %1. Save a copy where you choose instead.</source>
        <translation>In %1 kann kein privater Ordner für eine temporäre Kopie angelegt werden. Speichern Sie stattdessen eine Kopie an einem Ort Ihrer Wahl.</translation>
    </message>
    <message>
        <source>The temporary copy could not be written (%1). Check the free space; nothing was left behind.</source>
        <translation>Die temporäre Kopie konnte nicht geschrieben werden (%1). Prüfen Sie den freien Speicherplatz; es wurde nichts zurückgelassen.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files. Save a copy where you choose and open it there.</source>
        <translation>Kein Programm auf diesem Computer öffnet %1-Dateien. Speichern Sie eine Kopie an einem Ort Ihrer Wahl und öffnen Sie sie dort.</translation>
    </message>
    <message>
        <source>Opened in another program</source>
        <translation>In einem anderen Programm geöffnet</translation>
    </message>
    <message>
        <source>%1 is open in another program from a temporary copy. Close it there, then close this message: the copy is overwritten and removed.</source>
        <translation>%1 ist aus einer temporären Kopie in einem anderen Programm geöffnet. Schließen Sie es dort und schließen Sie dann diese Meldung: Die Kopie wird überschrieben und entfernt.</translation>
    </message>
</context>
<context>
    <name>ExportArchive</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a readable .zip file.</source>
        <translation>%1 ist weder ein Ordner noch eine lesbare .zip-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a .zip file.</source>
        <translation>%1 kann nicht als .zip-Datei geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it is refused.</source>
        <translation>%1 ist größer als %2 MiB und wird abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not in the export.</source>
        <translation>%1 ist nicht im Export.</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged.</source>
        <translation>%1 in %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be unpacked.</source>
        <translation>%1 in %2 kann nicht entpackt werden.</translation>
    </message>
    <message>
        <source>%1 in %2 is truncated or damaged.</source>
        <translation>%1 in %2 ist abgeschnitten oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>The report cannot be written to %1: %2. Choose another folder.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The report could not be written completely to %1: %2. Nothing was saved; check the free disk space and try again.</source>
        <translation>Der Bericht konnte nicht vollständig nach %1 geschrieben werden: %2. Es wurde nichts gespeichert; prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>IdentityService</name>
    <message>
        <source>Unknown author</source>
        <translation>Unbekannter Autor</translation>
    </message>
    <message>
        <source>Say why you reveal this person&apos;s identity; the reason is recorded.</source>
        <translation>Geben Sie an, warum Sie die Identität dieser Person aufdecken; der Grund wird protokolliert.</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Es gibt keine Person %1.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>ImportRepository</name>
    <message>
        <source>Message %1 was stored twice in one channel. The import was stopped; nothing of this batch was kept.</source>
        <translation>Nachricht %1 wurde in einem Kanal zweimal gespeichert. Der Import wurde angehalten; von diesem Stapel wurde nichts übernommen.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>post in a channel the export does not list</source>
        <translation>Beitrag in einem Kanal, den der Export nicht aufführt</translation>
    </message>
    <message>
        <source>deletion of a message that is not in the archive</source>
        <translation>Löschung einer Nachricht, die nicht im Archiv ist</translation>
    </message>
    <message>
        <source>Unknown format %1; use slack, mattermost, teams or csv.</source>
        <translation>Unbekanntes Format %1; verwenden Sie slack, mattermost, teams oder csv.</translation>
    </message>
    <message>
        <source>its time is missing or out of range (years 1 to 9999)</source>
        <translation>die Zeit fehlt oder liegt außerhalb des gültigen Bereichs (Jahre 1 bis 9999)</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there: the %n posts of the batches before are kept, and running the same import again continues after them.</source>
        <translation>
            <numerusform>%1 Der Import hat dort angehalten: Der %n Beitrag der vorherigen Stapel bleibt erhalten, und derselbe Import setzt beim nächsten Mal danach fort.</numerusform>
            <numerusform>%1 Der Import hat dort angehalten: Die %n Beiträge der vorherigen Stapel bleiben erhalten, und derselbe Import setzt beim nächsten Mal danach fort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>The key slot of %1 does not carry the public key registered for them. Restore the keyring from a backup.</source>
        <translation>Der Schlüsselplatz von %1 trägt nicht den für diese Person registrierten öffentlichen Schlüssel. Stellen Sie den Schlüsselbund aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot for %1 that the signed log does not give them.</source>
        <translation>Der Schlüsselbund enthält einen Schlüsselplatz für %1, den das signierte Protokoll nicht vergibt.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot of someone the signed log does not register.</source>
        <translation>Der Schlüsselbund enthält einen Schlüsselplatz einer Person, die das signierte Protokoll nicht registriert.</translation>
    </message>
    <message>
        <source>The keyring grants the %1 key to %2, but no signed entry handed it to them.</source>
        <translation>Der Schlüsselbund gewährt %2 den Schlüssel „%1“, aber kein signierter Eintrag hat ihn übergeben.</translation>
    </message>
    <message>
        <source>The log compartment is not rekeyed: every user holds its key, and it holds no message content.</source>
        <translation>Der Protokollbereich wird nicht neu verschlüsselt: Jeder Benutzer hält seinen Schlüssel, und er enthält keine Nachrichteninhalte.</translation>
    </message>
    <message>
        <source>Rekeying the %1 compartment needs its key, which your key slot does not hold.</source>
        <translation>Die Neuverschlüsselung des Bereichs %1 braucht dessen Schlüssel, den Ihr Schlüsselplatz nicht hält.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The user name or passphrase is wrong. Check both and try again.</source>
        <translation>Benutzername oder Passphrase ist falsch. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation>Die Schlüsselableitung aus der Passphrase ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The key slot of %1 is damaged. Ask an administrator to reset your passphrase.</source>
        <translation>Der Schlüsselplatz von %1 ist beschädigt. Bitten Sie einen Administrator, Ihre Passphrase zurückzusetzen.</translation>
    </message>
    <message>
        <source>The keyring has been altered outside Custos: its authentication code does not match. Restore the keyring from a backup.</source>
        <translation>Der Schlüsselbund wurde außerhalb von Custos verändert: sein Authentifizierungscode stimmt nicht. Stellen Sie den Schlüsselbund aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a Custos keyring.</source>
        <translation>%1 ist kein Custos-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged (its checksum does not match). Restore it from a backup.</source>
        <translation>Der Schlüsselbund %1 ist beschädigt (seine Prüfsumme stimmt nicht). Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer Custos. Open it with a newer Custos.</source>
        <translation>Der Schlüsselbund %1 wurde von einer neueren Custos-Version geschrieben. Öffnen Sie ihn mit einer neueren Version.</translation>
    </message>
    <message>
        <source>The keyring %1 holds a malformed key slot. Restore it from a backup.</source>
        <translation>Der Schlüsselbund %1 enthält einen fehlerhaften Schlüsselplatz. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 holds no key slots. Restore it from a backup.</source>
        <translation>Der Schlüsselbund %1 enthält keine Schlüsselplätze. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 is missing. Restore it from a backup.</source>
        <translation>Der Schlüsselbund %1 fehlt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read: %2.</source>
        <translation>Der Schlüsselbund %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be written: %2.</source>
        <translation>Der Schlüsselbund %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Writing the keyring %1 failed (%2); the previous keyring is unchanged. Check the free disk space and try again.</source>
        <translation>Das Schreiben des Schlüsselbunds %1 ist fehlgeschlagen (%2); der bisherige Schlüsselbund ist unverändert. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring has no key slot for %1.</source>
        <translation>Der Schlüsselbund hat keinen Schlüsselplatz für %1.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds a malformed public key. Ask an administrator to reset the passphrase.</source>
        <translation>Der Schlüsselplatz von %1 enthält einen fehlerhaften öffentlichen Schlüssel. Bitten Sie einen Administrator, die Passphrase zurückzusetzen.</translation>
    </message>
    <message>
        <source>The key of %1 granted to %2 does not open: the keyring is damaged or was altered. Restore it from a backup.</source>
        <translation>Der an %2 übergebene Schlüssel für „%1“ lässt sich nicht öffnen: Der Schlüsselbund ist beschädigt oder wurde verändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring holds no key of the audit log for %1. Restore the keyring from a backup.</source>
        <translation>Der Schlüsselbund enthält für %1 keinen Schlüssel des Prüfprotokolls. Stellen Sie den Schlüsselbund aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The keyring %1 comes from an earlier Custos that gave every user one key for everything. This Custos keeps posts and cases under a key only reviewers hold and cannot open it; the files are unchanged. Import the workspace&apos;s exports into a new workspace, and keep the old one with the Custos that wrote it.</source>
        <translation>Der Schlüsselbund %1 stammt von einem früheren Custos, das jedem Benutzer einen Schlüssel für alles gab. Dieses Custos hält Beiträge und Fälle unter einem Schlüssel, den nur Prüfende besitzen, und kann ihn nicht öffnen; die Dateien bleiben unverändert. Importieren Sie die Exporte des Arbeitsbereichs in einen neuen Arbeitsbereich und behalten Sie den alten mit dem Custos, das ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>The keyring %1 holds a malformed key grant. Restore it from a backup.</source>
        <translation>Der Schlüsselbund %1 enthält eine fehlerhafte Schlüsselfreigabe. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>MattermostReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Mattermost bulk export: its first line is not a version line.</source>
        <translation>%1 ist kein Mattermost-Massenexport: Seine erste Zeile ist keine Versionszeile.</translation>
    </message>
    <message>
        <source>post without create_at or message</source>
        <translation>Beitrag ohne create_at oder message</translation>
    </message>
    <message>
        <source>%1, line %2, is longer than 16 MiB; no single record of an export is that long. Check the file.</source>
        <translation>%1, Zeile %2, ist länger als 16 MiB; kein einzelner Datensatz eines Exports ist so lang. Prüfen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1, line %2, is not valid JSON (at byte %3 of the line: %4).</source>
        <translation>%1, Zeile %2, ist kein gültiges JSON (bei Byte %3 der Zeile: %4).</translation>
    </message>
    <message>
        <source>user without a username</source>
        <translation>Benutzer ohne Benutzernamen</translation>
    </message>
    <message>
        <source>unknown line type %1</source>
        <translation>unbekannter Zeilentyp %1</translation>
    </message>
    <message>
        <source>post in a channel the export does not list</source>
        <translation>Beitrag in einem Kanal, den der Export nicht aufführt</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This workspace uses schema version %1, but this Custos knows versions up to %2. Open it with a newer Custos.</source>
        <translation>Dieser Arbeitsbereich verwendet Schemaversion %1, diese Custos-Version kennt Versionen bis %2. Öffnen Sie ihn mit einer neueren Version.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>Die Aktualisierung des Arbeitsbereichs auf Schemaversion %1 (%2) ist fehlgeschlagen; er bleibt auf Version %3. %4</translation>
    </message>
    <message>
        <source>This workspace must be upgraded by a user who holds every key: ask an administrator to sign in first.</source>
        <translation>Dieser Arbeitsbereich muss von einem Benutzer aktualisiert werden, der alle Schlüssel besitzt: Bitten Sie zuerst einen Administrator, sich anzumelden.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2.</source>
        <translation>Die Passphrase-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Die Passphrase-Datei %1 ist leer.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask on. Use --passphrase-file FILE or set CUSTOS_PASSPHRASE.</source>
        <translation>Keine Passphrase angegeben und kein Terminal für eine Abfrage. Verwenden Sie --passphrase-file DATEI oder setzen Sie CUSTOS_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>CUSTOS_PASSPHRASE is set but empty.</source>
        <translation>CUSTOS_PASSPHRASE ist gesetzt, aber leer.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Good: this passphrase protects the case data well.</source>
        <translation>Gut: Diese Passphrase schützt die Falldaten gut.</translation>
    </message>
    <message>
        <source>Add words or characters: four or five unrelated words make a strong passphrase.</source>
        <translation>Fügen Sie Wörter oder Zeichen hinzu: vier oder fünf unzusammenhängende Wörter ergeben eine starke Passphrase.</translation>
    </message>
</context>
<context>
    <name>PatternSet</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The pattern of rule %1 does not compile: %2.</source>
        <translation>Das Muster der Regel %1 lässt sich nicht übersetzen: %2.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>the new policy</source>
        <translation>die neue Richtlinie</translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation>Es gibt keine Richtlinienversion %1.</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>The built-in policy is missing from this build.</source>
        <translation>Die eingebaute Richtlinie fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The policy just published cannot be read back.</source>
        <translation>Die soeben veröffentlichte Richtlinie kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Post %1 no longer exists.</source>
        <translation>Beitrag %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>A saved filter needs a name of 1 to 80 characters.</source>
        <translation>Ein gespeicherter Filter braucht einen Namen mit 1 bis 80 Zeichen.</translation>
    </message>
    <message>
        <source>There is no saved filter %1.</source>
        <translation>Es gibt keinen gespeicherten Filter %1.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Workspace default: %1</source>
        <translation>Standard des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>The default period chosen when the workspace was created.</source>
        <translation>Die beim Anlegen des Arbeitsbereichs gewählte Standardfrist.</translation>
    </message>
    <message>
        <source>A retention rule needs a name.</source>
        <translation>Eine Aufbewahrungsregel braucht einen Namen.</translation>
    </message>
    <message>
        <source>Say which regulation or reason the rule serves (for example &quot;HGB §257: 6 years&quot;); a regulator will ask.</source>
        <translation>Geben Sie an, welcher Vorschrift oder welchem Zweck die Regel dient (zum Beispiel „§ 257 HGB: 6 Jahre“); eine Aufsichtsbehörde wird danach fragen.</translation>
    </message>
    <message>
        <source>A retention period is at least one day.</source>
        <translation>Eine Aufbewahrungsfrist beträgt mindestens einen Tag.</translation>
    </message>
    <message>
        <source>Rules for %1 cover all of them: they take no channel or category.</source>
        <translation>Regeln für „%1“ gelten immer für alle Datensätze: Kanal und Kategorie lassen sich dafür nicht angeben.</translation>
    </message>
    <message>
        <source>There is no channel %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Kanal %1.</translation>
    </message>
    <message>
        <source>Say why the rule no longer applies.</source>
        <translation>Geben Sie an, warum die Regel nicht mehr gilt.</translation>
    </message>
    <message>
        <source>There is no retention rule %1 in force.</source>
        <translation>Es gibt keine geltende Aufbewahrungsregel %1.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Es gibt keinen Fall %1.</translation>
    </message>
    <message>
        <source>A legal hold names its matter (the lawsuit, inquiry or audit).</source>
        <translation>Ein Legal Hold nennt seine Angelegenheit (den Rechtsstreit, die Untersuchung oder die Prüfung).</translation>
    </message>
    <message>
        <source>A legal hold names who asked for it (for example outside counsel).</source>
        <translation>Ein Legal Hold nennt, wer ihn veranlasst hat (zum Beispiel die externe Rechtsberatung).</translation>
    </message>
    <message>
        <source>A legal hold needs at least one of: a custodian, a channel, a case, a date range or a search.</source>
        <translation>Ein Legal Hold braucht mindestens eines davon: eine betroffene Person, einen Kanal, einen Fall, einen Zeitraum oder eine Suche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Tag; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The hold&apos;s range ends (%1) before it starts (%2).</source>
        <translation>Der Zeitraum des Legal Holds endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>There is no person %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Person %1.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; is not one the full-text index takes: %2</source>
        <translation>Die Suche „%1“ wird vom Volltextindex nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Say why the hold is released (for example &quot;matter settled&quot;).</source>
        <translation>Geben Sie an, warum der Legal Hold aufgehoben wird (zum Beispiel „Rechtsstreit beigelegt“).</translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation>Es gibt keinen Legal Hold %1.</translation>
    </message>
    <message>
        <source>Legal hold %1 was released on %2.</source>
        <translation>Legal Hold %1 wurde am %2 aufgehoben.</translation>
    </message>
    <message>
        <source>messages in the channel %1</source>
        <translation>Nachrichten im Kanal %1</translation>
    </message>
    <message>
        <source>messages that are part of case %1</source>
        <translation>Nachrichten, die zu Fall %1 gehören</translation>
    </message>
    <message>
        <source>messages from %1 to %2</source>
        <translation>Nachrichten aus der Zeit von %1 bis %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>messages about &quot;%1&quot;</source>
        <translation>Nachrichten zu „%1“</translation>
    </message>
    <message>
        <source>all your messages on the company&apos;s internal platforms</source>
        <translation>alle Ihre Nachrichten auf den internen Plattformen des Unternehmens</translation>
    </message>
    <message>
        <source>Legal hold notice: %1

Dear %2,

%3 has asked the company to preserve records for the matter &quot;%1&quot;. From today until you are told in writing that the hold is released, do not delete, edit or move %4, and keep any related documents you hold elsewhere. This duty overrides every usual deletion period.

Please confirm that you have received and understood this notice by replying to the compliance team. Questions: contact the compliance team, not the other people involved.

Hold %5, placed on %6.</source>
        <translation>Legal-Hold-Mitteilung: %1

Guten Tag %2,

%3 hat das Unternehmen aufgefordert, Unterlagen zur Angelegenheit „%1“ aufzubewahren. Ab heute und bis Ihnen schriftlich mitgeteilt wird, dass der Legal Hold aufgehoben ist, dürfen Sie %4 nicht löschen, bearbeiten oder verschieben; bewahren Sie außerdem alle zugehörigen Unterlagen auf, die Sie an anderer Stelle haben. Diese Pflicht hat Vorrang vor allen üblichen Löschfristen.

Bitte bestätigen Sie mit einer Antwort an das Compliance-Team, dass Sie diese Mitteilung erhalten und verstanden haben. Bei Fragen wenden Sie sich an das Compliance-Team, nicht an die anderen Beteiligten.

Legal Hold %5, angeordnet am %6.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> sowie </translation>
    </message>
    <message>
        <source>Person %1 is not a custodian of legal hold %2.</source>
        <translation>Person %1 ist keine betroffene Person des Legal Holds %2.</translation>
    </message>
    <message>
        <source>The records were purged and the purge recorded, but giving the freed space back failed: %1 Run the purge again to finish it.</source>
        <translation>Die Datensätze wurden gelöscht und die Löschung festgehalten, aber die Freigabe des Speicherplatzes ist fehlgeschlagen: %1 Führen Sie den Löschlauf erneut aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>There is no purge %1.</source>
        <translation>Es gibt keinen Löschlauf %1.</translation>
    </message>
    <message>
        <source>Purge %1 is still running; its certificate can be exported once it has ended.</source>
        <translation>Löschlauf %1 läuft noch; sein Zertifikat kann exportiert werden, sobald er beendet ist.</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>The audit log has no entries.</source>
        <translation>Das Prüfprotokoll hat keine Einträge.</translation>
    </message>
    <message>
        <source>The audit log has no entry %1.</source>
        <translation>Das Prüfprotokoll hat keinen Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with FIELD one of %2.</source>
        <translation>„%1“ hat nicht die Form FIELD=COLUMN mit FIELD aus %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 has no header row: it is not a CSV export.</source>
        <translation>%1 hat keine Kopfzeile: Es ist kein CSV-Export.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; or &quot;%3&quot; (its columns: %4). Map them, for example --map employee_id=Personalnummer,name=Name.</source>
        <translation>%1 hat keine Spalte „%2“ oder „%3“ (seine Spalten: %4). Ordnen Sie sie zu, zum Beispiel mit --map employee_id=Personalnummer,name=Name.</translation>
    </message>
    <message>
        <source>no employee id or no name</source>
        <translation>keine Personalnummer oder kein Name</translation>
    </message>
    <message>
        <source>a start or leave date that is not a date</source>
        <translation>ein Eintritts- oder Austrittsdatum, das kein Datum ist</translation>
    </message>
    <message>
        <source>employee id %1 appears twice</source>
        <translation>Personalnummer %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1, line %2: %3. Nothing was imported.</source>
        <translation>%1, Zeile %2: %3. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>There is no employee %1 on the roster.</source>
        <translation>Im Mitarbeiterverzeichnis gibt es keine beschäftigte Person %1.</translation>
    </message>
    <message>
        <source>There is no person %1 in the imports.</source>
        <translation>In den Importen gibt es keine Person %1.</translation>
    </message>
    <message>
        <source>A training module needs a name.</source>
        <translation>Ein Schulungsmodul braucht einen Namen.</translation>
    </message>
    <message>
        <source>The recurrence and the days to complete are zero or more.</source>
        <translation>Wiederholungsintervall und Frist in Tagen müssen null oder größer sein.</translation>
    </message>
    <message>
        <source>There is already a training module &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Schulungsmodul „%1“.</translation>
    </message>
    <message>
        <source>Assign a module to a department or to one employee.</source>
        <translation>Weisen Sie ein Modul einer Abteilung oder einer einzelnen beschäftigten Person zu.</translation>
    </message>
    <message>
        <source>There is no training module &quot;%1&quot;.</source>
        <translation>Es gibt kein Schulungsmodul „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Tag; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>A training cannot be completed in the future (%1).</source>
        <translation>Eine Schulung kann nicht in der Zukunft abgeschlossen werden (%1).</translation>
    </message>
    <message>
        <source>%1 needs the columns &quot;%2&quot;, &quot;%3&quot; and &quot;%4&quot; (its columns: %5). Map them, for example --map employee=User,module=Course,completed=Completion date.</source>
        <translation>%1 braucht die Spalten „%2“, „%3“ und „%4“ (seine Spalten: %5). Ordnen Sie sie zu, zum Beispiel mit --map employee=User,module=Course,completed=Completion date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the roster</source>
        <translation>„%1“ steht nicht im Mitarbeiterverzeichnis</translation>
    </message>
    <message>
        <source>no training module &quot;%1&quot;</source>
        <translation>kein Schulungsmodul „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a completion date</source>
        <translation>„%1“ ist kein Abschlussdatum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day up to today; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Tag bis einschließlich heute; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation>Es gibt keine Richtlinienversion %1.</translation>
    </message>
    <message>
        <source>Policy version %1 was published on %2: it cannot have been acknowledged on %3.</source>
        <translation>Richtlinienversion %1 wurde am %2 veröffentlicht: Die Kenntnisnahme der Richtlinie kann nicht am %3 erfolgt sein.</translation>
    </message>
    <message>
        <source>Dear %1,

your training &quot;%2&quot; was due on %3 and is not recorded as completed. Please complete it now; if you already have, send the certificate to HR.

Thank you.</source>
        <translation>Guten Tag %1,

Ihre Schulung „%2“ war am %3 fällig und ist nicht als abgeschlossen erfasst. Bitte absolvieren Sie sie jetzt; falls Sie das bereits getan haben, senden Sie die Teilnahmebescheinigung an die Personalabteilung.

Vielen Dank.</translation>
    </message>
    <message>
        <source>Dear %1,

your training &quot;%2&quot; (last completed on %3) had to be renewed by %4. Please complete it again now; if you already have, send the certificate to HR.

Thank you.</source>
        <translation>Guten Tag %1,

Ihre Schulung „%2“ (zuletzt abgeschlossen am %3) hätte bis %4 erneuert werden müssen. Bitte absolvieren Sie sie jetzt erneut; falls Sie das bereits getan haben, senden Sie die Teilnahmebescheinigung an die Personalabteilung.

Vielen Dank.</translation>
    </message>
    <message>
        <source>An assignment cannot count from a day in the future (%1).</source>
        <translation>Eine Zuweisung kann nicht ab einem künftigen Tag zählen (%1).</translation>
    </message>
</context>
<context>
    <name>ScanService</name>
    <message>
        <source>policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 The scan stopped there: the %n posts of the batches before are scanned and kept, and scanning again continues after them.</source>
        <translation>
            <numerusform>%1 Die Prüfung hat dort angehalten: Der %n Beitrag der Stapel davor ist geprüft und bleibt erhalten, eine erneute Prüfung macht danach weiter.</numerusform>
            <numerusform>%1 Die Prüfung hat dort angehalten: Die %n Beiträge der Stapel davor sind geprüft und bleiben erhalten, eine erneute Prüfung macht danach weiter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The %1 self-test failed: this build of Custos or its cryptographic library computes wrong results. No workspace will be opened; reinstall Custos and its libraries.</source>
        <translation>Der Selbsttest von %1 ist fehlgeschlagen: Diese Custos-Version oder ihre Kryptobibliothek rechnet falsch. Es wird kein Arbeitsbereich geöffnet; installieren Sie Custos und seine Bibliotheken neu.</translation>
    </message>
    <message>
        <source>cryptographic library</source>
        <translation>Kryptobibliothek</translation>
    </message>
</context>
<context>
    <name>SlackReader</name>
    <message>
        <source>%1 is not a Slack export: it has no users.json and channels.json.</source>
        <translation>%1 ist kein Slack-Export: Er hat keine users.json und channels.json.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation>%1 ist bei Byte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>%1 should hold a JSON array.</source>
        <translation>%1 sollte ein JSON-Array enthalten.</translation>
    </message>
    <message>
        <source>user without an id</source>
        <translation>Benutzer ohne Kennung</translation>
    </message>
    <message>
        <source>conversation without an id</source>
        <translation>Unterhaltung ohne Kennung</translation>
    </message>
    <message>
        <source>not a message object</source>
        <translation>kein Nachrichtenobjekt</translation>
    </message>
    <message>
        <source>message without a valid ts</source>
        <translation>Nachricht ohne gültiges ts</translation>
    </message>
    <message>
        <source>message_changed without the changed message</source>
        <translation>message_changed ohne die geänderte Nachricht</translation>
    </message>
    <message>
        <source>message_deleted without deleted_ts</source>
        <translation>message_deleted ohne deleted_ts</translation>
    </message>
    <message>
        <source>unknown message subtype %1</source>
        <translation>unbekannter Nachrichtenuntertyp %1</translation>
    </message>
    <message>
        <source>text is not a string</source>
        <translation>text ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>folder %1 is not a conversation listed in the export</source>
        <translation>Ordner %1 ist keine im Export aufgeführte Unterhaltung</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message>
        <source>had acknowledged policy version %1 (on %2)</source>
        <translation>hatte Richtlinienversion %1 zur Kenntnis genommen (am %2)</translation>
    </message>
    <message>
        <source>had not acknowledged policy version %1, then in force</source>
        <translation>hatte die damals geltende Richtlinienversion %1 nicht zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1: abgeschlossen</translation>
    </message>
    <message>
        <source>%1: not complete</source>
        <translation>%1: nicht abgeschlossen</translation>
    </message>
    <message>
        <source>When they posted, the author</source>
        <translation>Beim Verfassen des Beitrags:</translation>
    </message>
    <message>
        <source>At the time of the incident, the respondent</source>
        <translation>Zum Zeitpunkt des Vorfalls:</translation>
    </message>
</context>
<context>
    <name>StateReplay</name>
    <message>
        <source>Entry %1 (%2) is not where a log starts.</source>
        <translation>Eintrag %1 (%2) steht nicht am Anfang eines Protokolls.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which no administrator registered.</source>
        <translation>Eintrag %1 ist mit dem Schlüssel %2 signiert, den kein Administrator registriert hat.</translation>
    </message>
    <message>
        <source>Entry %1 names user %2 as its actor but is signed with the key of %3.</source>
        <translation>Eintrag %1 nennt Benutzer %2 als Handelnden, ist aber mit dem Schlüssel von %3 signiert.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2 of %3, which was revoked in entry %4.</source>
        <translation>Eintrag %1 ist mit dem Schlüssel %2 von %3 signiert, der in Eintrag %4 widerrufen wurde.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was signed by %3, who is not an administrator at that point.</source>
        <translation>Eintrag %1 (%2) wurde von %3 signiert, der zu diesem Zeitpunkt kein Administrator ist.</translation>
    </message>
    <message>
        <source>Entry %1: its hash does not match its content, so a field was altered.</source>
        <translation>Eintrag %1: Sein Hash passt nicht zu seinem Inhalt, ein Feld wurde also verändert.</translation>
    </message>
    <message>
        <source>Entry %1: its signature is not a valid signature over the entry.</source>
        <translation>Eintrag %1: Seine Signatur ist keine gültige Signatur über den Eintrag.</translation>
    </message>
    <message>
        <source>User %1 (id %2) is in the database, but no signed entry registers them.</source>
        <translation>Benutzer %1 (ID %2) steht in der Datenbank, aber kein signierter Eintrag registriert ihn.</translation>
    </message>
    <message>
        <source>User %1 is named %2 in the database, %1 in the signed log.</source>
        <translation>Benutzer %1 heißt in der Datenbank %2, im signierten Protokoll %1.</translation>
    </message>
    <message>
        <source>User %1 has role %2 in the database, %3 in the signed log.</source>
        <translation>Benutzer %1 hat in der Datenbank die Rolle %2, im signierten Protokoll %3.</translation>
    </message>
    <message>
        <source>The signing key of user %1 in the database is not the one the signed log registers.</source>
        <translation>Der Signaturschlüssel von Benutzer %1 in der Datenbank ist nicht der, den das signierte Protokoll registriert.</translation>
    </message>
    <message>
        <source>The key-agreement key of user %1 in the database is not the one the signed log registers.</source>
        <translation>Der Schlüsselvereinbarungs-Schlüssel von Benutzer %1 in der Datenbank ist nicht der, den das signierte Protokoll registriert.</translation>
    </message>
    <message>
        <source>User %1 is active in the database, revoked in the signed log (entry %2).</source>
        <translation>Benutzer %1 ist in der Datenbank aktiv, im signierten Protokoll gesperrt (Eintrag %2).</translation>
    </message>
    <message>
        <source>User %1 is revoked in the database, active in the signed log.</source>
        <translation>Benutzer %1 ist in der Datenbank gesperrt, im signierten Protokoll aktiv.</translation>
    </message>
    <message>
        <source>User %1, registered in the signed log, is missing from the database.</source>
        <translation>Benutzer %1, im signierten Protokoll registriert, fehlt in der Datenbank.</translation>
    </message>
    <message>
        <source>The setting %1 is missing from the database, though the signed log sets it.</source>
        <translation>Die Einstellung %1 fehlt in der Datenbank, obwohl das signierte Protokoll sie setzt.</translation>
    </message>
    <message>
        <source>The setting %1 in the database is not the value the signed log sets.</source>
        <translation>Die Einstellung %1 in der Datenbank hat nicht den Wert, den das signierte Protokoll setzt.</translation>
    </message>
    <message>
        <source>The setting %1 is in the database, but no signed entry sets it.</source>
        <translation>Die Einstellung %1 steht in der Datenbank, aber kein signierter Eintrag setzt sie.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was signed by %3, who does not hold that key at that point.</source>
        <translation>Eintrag %1 (%2) wurde von %3 signiert, der/die diesen Schlüssel zu diesem Zeitpunkt nicht hält.</translation>
    </message>
</context>
<context>
    <name>TakedownService</name>
    <message>
        <source>A takedown request needs a reason and the policy clause it rests on.</source>
        <translation>Ein Löschantrag braucht einen Grund und die Richtlinienklausel, auf der er beruht.</translation>
    </message>
    <message>
        <source>Post %1 has no flags; only flagged posts can be taken down.</source>
        <translation>Beitrag %1 hat keine Treffer; nur markierte Beiträge können gelöscht werden.</translation>
    </message>
    <message>
        <source>A takedown of this post is already waiting for approval (request %1).</source>
        <translation>Eine Löschung dieses Beitrags wartet bereits auf Freigabe (Antrag %1).</translation>
    </message>
    <message>
        <source>There is no takedown request %1.</source>
        <translation>Es gibt keinen Löschantrag %1.</translation>
    </message>
    <message>
        <source>You requested this takedown; another compliance officer must approve or reject it.</source>
        <translation>Sie haben diese Löschung beantragt; eine andere Compliance-Beauftragte muss sie freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>Takedown request %1 is already decided.</source>
        <translation>Über Löschantrag %1 ist bereits entschieden.</translation>
    </message>
    <message>
        <source>Add a comment to your decision.</source>
        <translation>Fügen Sie Ihrer Entscheidung einen Kommentar hinzu.</translation>
    </message>
    <message>
        <source>Only an approved takedown can be marked done.</source>
        <translation>Nur eine freigegebene Löschung kann als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>Takedown request %1 is not approved; there is no order to export.</source>
        <translation>Löschantrag %1 ist nicht freigegeben; es gibt keinen Auftrag zu exportieren.</translation>
    </message>
    <message>
        <source>The post of takedown request %1 no longer exists.</source>
        <translation>Der Beitrag des Löschantrags %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TeamsReader</name>
    <message>
        <source>message without an id</source>
        <translation>Nachricht ohne Kennung</translation>
    </message>
    <message>
        <source>message with neither a channel nor a chat</source>
        <translation>Nachricht ohne Kanal und ohne Chat</translation>
    </message>
    <message>
        <source>message without a valid createdDateTime</source>
        <translation>Nachricht ohne gültiges createdDateTime</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation>%1 ist bei Byte %2 kein gültiges JSON: %3.</translation>
    </message>
    <message>
        <source>%1 holds neither an array of messages nor a page with &quot;value&quot;.</source>
        <translation>%1 enthält weder ein Nachrichten-Array noch eine Seite mit „value“.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Verification was cancelled after %1 entries.</source>
        <translation>Die Prüfung wurde nach %1 Einträgen abgebrochen.</translation>
    </message>
    <message>
        <source>The log holds %1 entries, but its head records %2: entries were removed.</source>
        <translation>Das Protokoll enthält %1 Einträge, sein Kopf verzeichnet aber %2: Einträge wurden entfernt.</translation>
    </message>
    <message>
        <source>%1, line %2, is not valid JSON.</source>
        <translation>%1, Zeile %2, ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 has no %2: it is not an exported audit log.</source>
        <translation>%1 enthält keine Datei %2: Es ist kein exportiertes Prüfprotokoll.</translation>
    </message>
    <message>
        <source>line %1 of %2 is not a complete entry</source>
        <translation>Zeile %1 von %2 ist kein vollständiger Eintrag</translation>
    </message>
    <message>
        <source>Writing the public key %1 failed: %2.</source>
        <translation>Das Schreiben des öffentlichen Schlüssels %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2). Check the free disk space.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (%2). Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2).</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Writing VERIFY.md failed: %1.</source>
        <translation>Das Schreiben von VERIFY.md ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>Es gibt keinen Prüfprotokolleintrag %1.</translation>
    </message>
    <message>
        <source>A consistency proof needs 0 &lt; size1 ≤ size2 ≤ the log&apos;s size.</source>
        <translation>Ein Konsistenzbeweis braucht 0 &lt; size1 ≤ size2 ≤ Größe des Protokolls.</translation>
    </message>
    <message>
        <source>The log holds %1 entries, fewer than the %2 seen before: entries from %1 on were removed (or an older copy was put back).</source>
        <translation>Das Protokoll enthält %1 Einträge, weniger als die zuvor gesehenen %2: Einträge ab %1 wurden entfernt (oder eine ältere Kopie wurde zurückgespielt).</translation>
    </message>
    <message>
        <source>The first %1 entries do not have the root %2 seen before: the log was rewritten.</source>
        <translation>Die ersten %1 Einträge haben nicht die zuvor gesehene Wurzel %2: Das Protokoll wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>%1 has no %2. An export always carries the signed checkpoints; without them, removed entries at the end cannot be told. Export the log again.</source>
        <translation>%1 hat keine %2. Ein Export enthält immer die signierten Kontrollpunkte; ohne sie lassen sich am Ende entfernte Einträge nicht erkennen. Exportieren Sie das Protokoll erneut.</translation>
    </message>
    <message>
        <source>%1 holds no checkpoint. An export ends with a signed checkpoint over every entry; without one, removed entries at the end cannot be told.</source>
        <translation>%1 enthält keinen Kontrollpunkt. Ein Export endet mit einem signierten Kontrollpunkt über alle Einträge; ohne ihn lassen sich am Ende entfernte Einträge nicht erkennen.</translation>
    </message>
    <message>
        <source>%1 holds no entries: an exported log has at least its first entry.</source>
        <translation>%1 enthält keine Einträge: Ein exportiertes Protokoll hat mindestens seinen ersten Eintrag.</translation>
    </message>
    <message>
        <source>The last checkpoint covers %1 entries, but the export holds %2: entries from %1 on are not sealed by a signed checkpoint.</source>
        <translation>Der letzte Kontrollpunkt deckt %1 Einträge ab, der Export enthält aber %2: Einträge ab %1 sind durch keinen signierten Kontrollpunkt versiegelt.</translation>
    </message>
    <message>
        <source>%1 is missing: the key of %2, registered in entry %3.</source>
        <translation>%1 fehlt: der Schlüssel von %2, registriert in Eintrag %3.</translation>
    </message>
    <message>
        <source>%1 does not hold the public key of %2 registered in entry %3: the key file was replaced.</source>
        <translation>%1 enthält nicht den in Eintrag %3 registrierten öffentlichen Schlüssel von %2: Die Schlüsseldatei wurde ersetzt.</translation>
    </message>
    <message>
        <source>keys/%1 is not a key registered in the log.</source>
        <translation>keys/%1 ist kein im Protokoll registrierter Schlüssel.</translation>
    </message>
    <message>
        <source>The audit log of this workspace holds %1 entries, but this computer saw it sealed at %2 entries (checkpoint %3): entries were removed, or an older copy of the workspace was put back. Nothing was opened or changed. Restore the newest backup.</source>
        <translation>Das Prüfprotokoll dieses Arbeitsbereichs enthält %1 Einträge, dieser Computer hat es aber mit %2 Einträgen versiegelt gesehen (Kontrollpunkt %3): Einträge wurden entfernt, oder eine ältere Kopie des Arbeitsbereichs wurde zurückgespielt. Es wurde nichts geöffnet oder verändert. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The first %1 entries of this workspace&apos;s audit log are not the ones this computer saw sealed (checkpoint %2): the log was rewritten. Nothing was opened or changed. Restore the newest backup.</source>
        <translation>Die ersten %1 Einträge des Prüfprotokolls dieses Arbeitsbereichs sind nicht die, die dieser Computer versiegelt gesehen hat (Kontrollpunkt %2): Das Protokoll wurde umgeschrieben. Es wurde nichts geöffnet oder verändert. Stellen Sie die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The tables do not match the signed log: %1</source>
        <translation>Die Tabellen passen nicht zum signierten Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>The folder %1 for what this computer has seen of audit logs cannot be created.</source>
        <translation>Der Ordner %1 für das, was dieser Computer von Prüfprotokollen gesehen hat, lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>What this computer has seen of the audit log cannot be written to %1 (%2).</source>
        <translation>Was dieser Computer vom Prüfprotokoll gesehen hat, lässt sich nicht nach %1 schreiben (%2).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit; &quot;%1&quot; does not.</source>
        <translation>Ein Benutzername hat 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche, Unterstriche oder @ und beginnt mit einem Buchstaben oder einer Ziffer; „%1“ erfüllt das nicht.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters. Use a few unrelated words.</source>
        <translation>Eine Passphrase braucht mindestens %1 Zeichen. Verwenden Sie einige unzusammenhängende Wörter.</translation>
    </message>
    <message>
        <source>The key derivation parameters are too weak.</source>
        <translation>Die Parameter der Schlüsselableitung sind zu schwach.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace. Choose an empty folder.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich. Wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the workspace.</source>
        <translation>Der Ordner %1 ist nicht leer. Wählen Sie einen neuen oder leeren Ordner für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its parent&apos;s permissions.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen des übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The keyring of the workspace %1 is missing. Restore it from a backup.</source>
        <translation>Der Schlüsselbund des Arbeitsbereichs %1 fehlt. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a Custos workspace (it has no keyring).</source>
        <translation>%1 ist kein Custos-Arbeitsbereich (er hat keinen Schlüsselbund).</translation>
    </message>
    <message>
        <source>The database of the workspace %1 is missing. Restore it from a backup.</source>
        <translation>Die Datenbank des Arbeitsbereichs %1 fehlt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database and the keyring in %1 belong to different workspaces. Restore the matching pair from a backup.</source>
        <translation>Datenbank und Schlüsselbund in %1 gehören zu verschiedenen Arbeitsbereichen. Stellen Sie das passende Paar aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The user %1 has been revoked in this workspace. Ask an administrator.</source>
        <translation>Der Benutzer %1 wurde in diesem Arbeitsbereich gesperrt. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>The signing key of %1 in the keyring does not match the workspace&apos;s record. Restore the workspace from a backup.</source>
        <translation>Der Signaturschlüssel von %1 im Schlüsselbund stimmt nicht mit dem Eintrag des Arbeitsbereichs überein. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an earlier Custos and needs an upgrade, which changes it; this command only reads. Open it once in the console (or with a command that changes it), then run this again.</source>
        <translation>Der Arbeitsbereich %1 wurde von einem früheren Custos geschrieben und braucht eine Aktualisierung, die ihn verändert; dieser Befehl liest nur. Öffnen Sie ihn einmal in der Konsole (oder mit einem Befehl, der ihn verändert) und führen Sie diesen dann erneut aus.</translation>
    </message>
    <message>
        <source>The audit log of the workspace %1 cannot be trusted: %2 Ask an auditor to run custos-cli audit verify, and restore the workspace from a backup.</source>
        <translation>Dem Prüfprotokoll des Arbeitsbereichs %1 ist nicht zu trauen: %2 Bitten Sie einen Prüfer, custos-cli audit verify auszuführen, und stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 was changed outside Custos: its tables do not match the signed audit log. %2%3 Restore the workspace from a backup; custos-cli audit verify lists every difference.</source>
        <translation>Der Arbeitsbereich %1 wurde außerhalb von Custos geändert: Seine Tabellen passen nicht zum signierten Prüfprotokoll. %2%3 Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her; custos-cli audit verify listet jede Abweichung auf.</translation>
    </message>
    <message numerus="yes">
        <source> (%n more)</source>
        <translation>
            <numerusform> (%n weitere)</numerusform>
            <numerusform> (%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; in %2 is damaged; the first problem found: %3. Run custos-cli check for the whole picture, and restore the workspace from a backup.</source>
        <translation>Die Datei von „%1“ in %2 ist beschädigt; das erste gefundene Problem: %3. Führen Sie custos-cli check für das ganze Bild aus, und stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>A rekey of the workspace %1 was interrupted. Open the workspace in Custos (or run any command that changes it) to finish it, then try again.</source>
        <translation>Eine Neuverschlüsselung des Arbeitsbereichs %1 wurde unterbrochen. Öffnen Sie den Arbeitsbereich in Custos (oder führen Sie einen Befehl aus, der ihn ändert), um sie abzuschließen, und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>The workspace %1 is already open by %2 (process %3 on %4). Close it there first, then try again.</source>
        <translation>Der Arbeitsbereich %1 ist bereits geöffnet von %2 (Prozess %3 auf %4). Schließen Sie ihn dort zuerst und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full: not even its lock file can be written. Free some space and try again; nothing was changed.</source>
        <translation>Die Festplatte mit dem Arbeitsbereich %1 ist voll: Nicht einmal seine Sperrdatei lässt sich schreiben. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The workspace %1 is on a read-only disk. Copy it to a writable disk to open it.</source>
        <translation>Der Arbeitsbereich %1 liegt auf einem schreibgeschützten Datenträger. Kopieren Sie ihn auf einen beschreibbaren Datenträger, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked for use: %2. Check the folder&apos;s permissions.</source>
        <translation>Der Arbeitsbereich %1 lässt sich nicht zur Benutzung sperren: %2. Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked for use: %2.</source>
        <translation>Der Arbeitsbereich %1 lässt sich nicht zur Benutzung sperren: %2.</translation>
    </message>
    <message>
        <source>The workspace %1 is already open by %2. Close it there first, then try again.</source>
        <translation>Der Arbeitsbereich %1 ist bereits von %2 geöffnet. Schließen Sie ihn dort zuerst und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>custos::cli</name>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>Name of the new user.</source>
        <translation>Name des neuen Benutzers.</translation>
    </message>
    <message>
        <source>Full name shown in the console.</source>
        <translation>Vollständiger Name, der in der Konsole angezeigt wird.</translation>
    </message>
    <message>
        <source>administrator, compliance, investigator, manager or auditor.</source>
        <translation>administrator, compliance, investigator, manager oder auditor.</translation>
    </message>
    <message>
        <source>Read the new user&apos;s first passphrase from FILE.</source>
        <translation>Die erste Passphrase des neuen Benutzers aus DATEI lesen.</translation>
    </message>
    <message>
        <source>--role must be one of administrator, compliance, investigator, manager, auditor.</source>
        <translation>--role muss administrator, compliance, investigator, manager oder auditor sein.</translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation>--name NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>--new-passphrase-file FILE is required.</source>
        <translation>--new-passphrase-file DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>The user to change.</source>
        <translation>Der zu ändernde Benutzer.</translation>
    </message>
    <message>
        <source>The new role.</source>
        <translation>Die neue Rolle.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>Die neue Passphrase aus DATEI lesen.</translation>
    </message>
    <message>
        <source>Current passphrase of %1</source>
        <translation>Aktuelle Passphrase von %1</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation>Name des ersten Administrators.</translation>
    </message>
    <message>
        <source>Full name of the administrator.</source>
        <translation>Vollständiger Name des Administrators.</translation>
    </message>
    <message>
        <source>--admin NAME is required.</source>
        <translation>--admin NAME ist erforderlich.</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Passphrase für %1</translation>
    </message>
    <message>
        <source>custos-cli user needs a subcommand: add, list, role, revoke or passwd.</source>
        <translation>custos-cli user braucht einen Unterbefehl: add, list, role, revoke oder passwd.</translation>
    </message>
    <message>
        <source>Unknown user subcommand &apos;%1&apos;.</source>
        <translation>Unbekannter Unterbefehl „%1“ für user.</translation>
    </message>
    <message>
        <source>custos-cli selftest takes no arguments.</source>
        <translation>custos-cli selftest nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Self-tests passed: SHA-256, AES-256-GCM, Argon2id, Ed25519.</source>
        <translation>Selbsttests bestanden: SHA-256, AES-256-GCM, Argon2id, Ed25519.</translation>
    </message>
    <message>
        <source>custos-cli audit needs a subcommand: verify or export.</source>
        <translation>custos-cli audit braucht einen Unterbefehl: verify oder export.</translation>
    </message>
    <message>
        <source>Check signatures on N threads (default: all cores).</source>
        <translation>Signaturen auf N Threads prüfen (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Verify the exported bundle in DIR instead of a workspace.</source>
        <translation>Das exportierte Paket in DIR statt eines Arbeitsbereichs prüfen.</translation>
    </message>
    <message>
        <source>Unknown audit subcommand &apos;%1&apos;.</source>
        <translation>Unbekannter Unterbefehl „%1“ für audit.</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 256.</source>
        <translation>--threads nimmt eine Zahl von 1 bis 256.</translation>
    </message>
    <message>
        <source>Give either WORKSPACE or --export DIR, not both.</source>
        <translation>Geben Sie entweder WORKSPACE oder --export DIR an, nicht beides.</translation>
    </message>
    <message>
        <source>Expected WORKSPACE or --export DIR.</source>
        <translation>Erwartet: WORKSPACE oder --export DIR.</translation>
    </message>
    <message>
        <source>slack, mattermost, teams or csv (default: detected).</source>
        <translation>slack, mattermost, teams oder csv (Standard: erkannt).</translation>
    </message>
    <message>
        <source>CSV columns: author=COL,channel=COL,time=COL,text=COL[,id=COL][,thread=COL].</source>
        <translation>CSV-Spalten: author=SPALTE,channel=SPALTE,time=SPALTE,text=SPALTE[,id=SPALTE][,thread=SPALTE].</translation>
    </message>
    <message>
        <source>The format of %1 cannot be recognised; give it with --format.</source>
        <translation>Das Format von %1 ist nicht erkennbar; geben Sie es mit --format an.</translation>
    </message>
    <message>
        <source>--format must be slack, mattermost, teams or csv.</source>
        <translation>--format muss slack, mattermost, teams oder csv sein.</translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 1000000.</source>
        <translation>--batch nimmt eine Zahl von 1 bis 1000000.</translation>
    </message>
    <message>
        <source>%1 posts added, %2 edited, %3 unchanged, %4 events, %5 skipped</source>
        <translation>%1 Beiträge hinzugefügt, %2 bearbeitet, %3 unverändert, %4 Ereignisse, %5 übersprungen</translation>
    </message>
    <message>
        <source>Write the export into the new or empty folder DIR.</source>
        <translation>Den Export in den neuen oder leeren Ordner DIR schreiben.</translation>
    </message>
    <message>
        <source>How many posts (default 10000).</source>
        <translation>Wie viele Beiträge (Standard 10000).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1); the same seed gives the same corpus.</source>
        <translation>Startwert des Generators (Standard 1); derselbe Startwert ergibt denselben Korpus.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR ist erforderlich.</translation>
    </message>
    <message>
        <source>--posts takes a number.</source>
        <translation>--posts nimmt eine Zahl.</translation>
    </message>
    <message>
        <source>--seed takes a number.</source>
        <translation>--seed nimmt eine Zahl.</translation>
    </message>
    <message>
        <source>Use the policy in FILE (JSON) instead of the built-in one.</source>
        <translation>Die Richtlinie in DATEI (JSON) statt der eingebauten verwenden.</translation>
    </message>
    <message>
        <source>Watched names for reputation rules, separated by commas.</source>
        <translation>Beobachtete Namen für Reputationsregeln, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>text (one text per line, the default) or jsonl ({&quot;id&quot;, &quot;text&quot;} per line).</source>
        <translation>text (ein Text pro Zeile, Standard) oder jsonl ({&quot;id&quot;, &quot;text&quot;} pro Zeile).</translation>
    </message>
    <message>
        <source>--format must be text or jsonl.</source>
        <translation>--format muss text oder jsonl sein.</translation>
    </message>
    <message>
        <source>The policy file %1 cannot be read: %2.</source>
        <translation>Die Richtliniendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1 is not an object with a &quot;text&quot; string</source>
        <translation>Zeile %1 ist kein Objekt mit einer Zeichenkette &quot;text&quot;</translation>
    </message>
    <message>
        <source>Scan with policy version V (default: the newest).</source>
        <translation>Mit Richtlinienversion V durchsuchen (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Classify on N threads (default: all cores).</source>
        <translation>Auf N Threads klassifizieren (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>--policy-version takes a version number.</source>
        <translation>--policy-version nimmt eine Versionsnummer.</translation>
    </message>
    <message>
        <source>custos-cli policy needs a subcommand: publish.</source>
        <translation>custos-cli policy braucht einen Unterbefehl: publish.</translation>
    </message>
    <message>
        <source>%1 of %2 posts scanned</source>
        <translation>%1 von %2 Beiträgen geprüft</translation>
    </message>
    <message>
        <source>Scan interrupted; what was scanned is kept, and scanning again continues from there.</source>
        <translation>Prüfung unterbrochen; Geprüftes bleibt erhalten, eine erneute Prüfung macht dort weiter.</translation>
    </message>
    <message>
        <source>Import interrupted; what was imported is kept, and importing the same export again resumes.</source>
        <translation>Import unterbrochen; Importiertes bleibt erhalten, ein erneuter Import desselben Exports setzt fort.</translation>
    </message>
    <message>
        <source>Only flags with status S (new, in_review, dismissed, escalated, takedown_requested, takedown_approved, takedown_rejected, resolved).</source>
        <translation>Nur Treffer mit Status S (new, in_review, dismissed, escalated, takedown_requested, takedown_approved, takedown_rejected, resolved).</translation>
    </message>
    <message>
        <source>Only flags of category C.</source>
        <translation>Nur Treffer der Kategorie C.</translation>
    </message>
    <message>
        <source>Only flags of severity low, medium, high or critical.</source>
        <translation>Nur Treffer des Schweregrads low, medium, high oder critical.</translation>
    </message>
    <message>
        <source>Only flags of posts matching the full-text query Q.</source>
        <translation>Nur Treffer von Beiträgen, die zur Volltextsuche Q passen.</translation>
    </message>
    <message>
        <source>At most N flags (default 1000).</source>
        <translation>Höchstens N Treffer (Standard 1000).</translation>
    </message>
    <message>
        <source>text (default) or jsonl.</source>
        <translation>text (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--category takes one of: %1.</source>
        <translation>--category nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--severity takes one of: %1.</source>
        <translation>--severity nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--format takes text or jsonl.</source>
        <translation>--format nimmt text oder jsonl.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit nimmt eine positive Zahl.</translation>
    </message>
    <message>
        <source>Demo posts in the workspace (default 10000).</source>
        <translation>Demo-Beiträge im Arbeitsbereich (Standard 10000).</translation>
    </message>
    <message>
        <source>The workspace to build or reuse (default: in the cache folder).</source>
        <translation>Der zu bauende oder wiederzuverwendende Arbeitsbereich (Standard: im Cache-Ordner).</translation>
    </message>
    <message>
        <source>--posts takes a number from 100 to 100000000.</source>
        <translation>--posts nimmt eine Zahl von 100 bis 100000000.</translation>
    </message>
    <message>
        <source>The built-in policy is missing from this build.</source>
        <translation>Die eingebaute Richtlinie fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Read the workspace file into the system&apos;s file cache first, as the console does when a workspace opens.</source>
        <translation>Die Arbeitsbereichsdatei zuerst in den Dateicache des Systems lesen, wie es die Konsole beim Öffnen eines Arbeitsbereichs tut.</translation>
    </message>
    <message>
        <source>Only flags raised by rule R.</source>
        <translation>Nur Markierungen der Regel R.</translation>
    </message>
    <message>
        <source>Only flags raised by policy version V.</source>
        <translation>Nur Markierungen der Richtlinienversion V.</translation>
    </message>
    <message>
        <source>Only flags of posts in the channel named NAME.</source>
        <translation>Nur Markierungen von Beiträgen im Kanal NAME.</translation>
    </message>
    <message>
        <source>Only flags assigned to the user NAME.</source>
        <translation>Nur Markierungen, die dem Benutzer NAME zugewiesen sind.</translation>
    </message>
    <message>
        <source>Only flags of posts from this day on (YYYY-MM-DD, UTC).</source>
        <translation>Nur Markierungen von Beiträgen ab diesem Tag (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>Only flags of posts up to and including this day (YYYY-MM-DD, UTC).</source>
        <translation>Nur Markierungen von Beiträgen bis einschließlich diesem Tag (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>--policy-version takes a version number (1, 2, ...).</source>
        <translation>--policy-version erwartet eine Versionsnummer (1, 2, ...).</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, for example 2024-01-31.</source>
        <translation>--%1 erwartet einen Tag als YYYY-MM-DD, zum Beispiel 2024-01-31.</translation>
    </message>
    <message>
        <source>Refuse a log with fewer than N entries (a checkpoint seen before).</source>
        <translation>Ein Protokoll mit weniger als N Einträgen ablehnen (ein zuvor gesehener Kontrollpunkt).</translation>
    </message>
    <message>
        <source>With --expect-size: the root hash (hex) the first N entries must have.</source>
        <translation>Mit --expect-size: der Wurzel-Hash (hex), den die ersten N Einträge haben müssen.</translation>
    </message>
    <message>
        <source>--expect-size N and --expect-root HEX go together: a number of entries and the 64 hex digits of a checkpoint&apos;s root.</source>
        <translation>--expect-size N und --expect-root HEX gehören zusammen: eine Anzahl Einträge und die 64 Hex-Ziffern der Wurzel eines Kontrollpunkts.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is damaged; the first problem SQLite found: %2. Restore the workspace from a backup.</source>
        <translation>Die Datei von „%1“ ist beschädigt; das erste Problem, das SQLite fand: %2. Stellen Sie den Arbeitsbereich aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Also check every post, version, flag and decision against the entries that signed them (needs the content key).</source>
        <translation>Auch jeden Beitrag, jede Fassung, Markierung und Entscheidung gegen die Einträge prüfen, die sie signiert haben (braucht den Inhaltsschlüssel).</translation>
    </message>
    <message>
        <source>--deep checks a workspace&apos;s content; an exported bundle holds none.</source>
        <translation>--deep prüft den Inhalt eines Arbeitsbereichs; ein exportiertes Bündel enthält keinen.</translation>
    </message>
    <message>
        <source>Records per transaction (default 25000).</source>
        <translation>Datensätze pro Transaktion (Standard 25000).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) (%1) held the key of the %2 compartment and no longer do; a copy they kept still opens it. To re-encrypt it for its current holders only, run: custos-cli keys rekey %3 --user %4 --compartment %5</source>
        <translation>
            <numerusform>%n Benutzer (%1) hielt den Schlüssel des Bereichs %2 und hält ihn nicht mehr; eine behaltene Kopie öffnet ihn noch. Um ihn nur für seine jetzigen Inhaber neu zu verschlüsseln, führen Sie aus: custos-cli keys rekey %3 --user %4 --compartment %5</numerusform>
            <numerusform>%n Benutzer (%1) hielten den Schlüssel des Bereichs %2 und halten ihn nicht mehr; eine behaltene Kopie öffnet ihn noch. Um ihn nur für seine jetzigen Inhaber neu zu verschlüsseln, führen Sie aus: custos-cli keys rekey %3 --user %4 --compartment %5</numerusform>
        </translation>
    </message>
    <message>
        <source>The compartment to rekey: content or aggregates.</source>
        <translation>Der neu zu verschlüsselnde Bereich: content oder aggregates.</translation>
    </message>
    <message>
        <source>--compartment must be content or aggregates.</source>
        <translation>--compartment muss content oder aggregates sein.</translation>
    </message>
    <message>
        <source>custos-cli keys needs a subcommand: rekey.</source>
        <translation>custos-cli keys braucht einen Unterbefehl: rekey.</translation>
    </message>
    <message>
        <source>There is no active user %1 who works cases.</source>
        <translation>Es gibt keinen aktiven Benutzer %1, der Fälle bearbeitet.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>Der Titel des Falls.</translation>
    </message>
    <message>
        <source>What was reported, in a few sentences.</source>
        <translation>Was gemeldet wurde, in wenigen Sätzen.</translation>
    </message>
    <message>
        <source>critical, high, moderate (default) or low.</source>
        <translation>critical, high, moderate (Standard) oder low.</translation>
    </message>
    <message>
        <source>How it reached you: %1.</source>
        <translation>Wie er Sie erreicht hat: %1.</translation>
    </message>
    <message>
        <source>Flagged posts the case starts from (flag ids, comma-separated).</source>
        <translation>Markierte Beiträge, von denen der Fall ausgeht (Treffer-IDs, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Posts the case starts from (post ids, comma-separated).</source>
        <translation>Beiträge, von denen der Fall ausgeht (Beitrags-IDs, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>An allegation (%1), optionally with its policy clause after a colon; repeatable.</source>
        <translation>Ein Vorwurf (%1), optional mit seiner Richtlinienklausel nach einem Doppelpunkt; wiederholbar.</translation>
    </message>
    <message>
        <source>The complainant&apos;s name, entered by hand.</source>
        <translation>Der Name der meldenden Person, von Hand eingegeben.</translation>
    </message>
    <message>
        <source>The report came from someone who gave no name; none is stored.</source>
        <translation>Die Meldung kam von jemandem, der keinen Namen angegeben hat; es wird keiner gespeichert.</translation>
    </message>
    <message>
        <source>Assign the investigator NAME; repeatable.</source>
        <translation>Den Ermittler NAME zuweisen; wiederholbar.</translation>
    </message>
    <message>
        <source>When it happened (YYYY-MM-DD).</source>
        <translation>Wann es passiert ist (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>When it was reported (YYYY-MM-DD).</source>
        <translation>Wann es gemeldet wurde (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>When the investigation is due (YYYY-MM-DD).</source>
        <translation>Wann die Ermittlung fällig ist (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--title TEXT is required.</source>
        <translation>--title TEXT ist erforderlich.</translation>
    </message>
    <message>
        <source>--priority takes one of: %1.</source>
        <translation>--priority nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--intake takes one of: %1.</source>
        <translation>--intake nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--flags and --posts take ids separated by commas, for example 12,17.</source>
        <translation>--flags und --posts nehmen durch Kommas getrennte IDs, zum Beispiel 12,17.</translation>
    </message>
    <message>
        <source>--allegation takes one of: %1.</source>
        <translation>--allegation nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--complainant and --anonymous-reporter exclude each other.</source>
        <translation>--complainant und --anonymous-reporter schließen einander aus.</translation>
    </message>
    <message>
        <source>Only cases with status S (%1).</source>
        <translation>Nur Fälle mit Status S (%1).</translation>
    </message>
    <message>
        <source>Only cases still being worked.</source>
        <translation>Nur Fälle, die noch bearbeitet werden.</translation>
    </message>
    <message>
        <source>Only cases of priority P (%1).</source>
        <translation>Nur Fälle mit Priorität P (%1).</translation>
    </message>
    <message>
        <source>Only cases with an allegation of type T (%1).</source>
        <translation>Nur Fälle mit einem Vorwurf vom Typ T (%1).</translation>
    </message>
    <message>
        <source>Only cases assigned to the user NAME.</source>
        <translation>Nur Fälle, die dem Benutzer NAME zugewiesen sind.</translation>
    </message>
    <message>
        <source>Only cases assigned to you.</source>
        <translation>Nur Fälle, die Ihnen zugewiesen sind.</translation>
    </message>
    <message>
        <source>Only cases past their due date or with an overdue task.</source>
        <translation>Nur Fälle, deren Fälligkeitsdatum überschritten ist oder die eine überfällige Aufgabe haben.</translation>
    </message>
    <message>
        <source>Only cases whose number or title contains TEXT.</source>
        <translation>Nur Fälle, deren Nummer oder Titel TEXT enthält.</translation>
    </message>
    <message>
        <source>Sort by %1 (default opened, newest first).</source>
        <translation>Nach %1 sortieren (Standard opened, neueste zuerst).</translation>
    </message>
    <message>
        <source>Sort in ascending order.</source>
        <translation>Aufsteigend sortieren.</translation>
    </message>
    <message>
        <source>At most N cases (default 200).</source>
        <translation>Höchstens N Fälle (Standard 200).</translation>
    </message>
    <message>
        <source>--sort takes one of: %1.</source>
        <translation>--sort nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--mine and --assignee exclude each other.</source>
        <translation>--mine und --assignee schließen einander aus.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>Read the note from FILE (UTF-8).</source>
        <translation>Die Notiz aus FILE lesen (UTF-8).</translation>
    </message>
    <message>
        <source>When it happened (YYYY-MM-DD; default now).</source>
        <translation>Wann es passiert ist (YYYY-MM-DD; Standard: jetzt).</translation>
    </message>
    <message>
        <source>--text and --text-file exclude each other.</source>
        <translation>--text und --text-file schließen einander aus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>--text TEXT or --text-file FILE is required.</source>
        <translation>--text TEXT oder --text-file FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>Why (required to reopen a closed case).</source>
        <translation>Warum (erforderlich, um einen abgeschlossenen Fall wieder zu eröffnen).</translation>
    </message>
    <message>
        <source>STATUS is one of: %1.</source>
        <translation>STATUS ist eines von: %1.</translation>
    </message>
    <message>
        <source>custos-cli case evidence needs a subcommand: add.</source>
        <translation>custos-cli case evidence braucht einen Unterbefehl: add.</translation>
    </message>
    <message>
        <source>What the file shows.</source>
        <translation>Was die Datei zeigt.</translation>
    </message>
    <message>
        <source>The file&apos;s media type (default: from its name and content).</source>
        <translation>Der Medientyp der Datei (Standard: aus Name und Inhalt ermittelt).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and cannot be attached.</source>
        <translation>%1 ist größer als %2 MiB und kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Write the report to FILE (.pdf, or .html for HTML).</source>
        <translation>Den Bericht nach FILE schreiben (.pdf oder .html für HTML).</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>custos-cli case needs a subcommand: open, list, show, note, status, evidence add, report.</source>
        <translation>custos-cli case braucht einen Unterbefehl: open, list, show, note, status, evidence add, report.</translation>
    </message>
    <message>
        <source>The workspace to build (default: a new one in the cache folder).</source>
        <translation>Der zu bauende Arbeitsbereich (Standard: ein neuer im Cache-Ordner).</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; bench cases builds its own. Remove it or choose another --dir.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich; bench cases baut einen eigenen. Entfernen Sie ihn oder wählen Sie ein anderes --dir.</translation>
    </message>
    <message>
        <source>The benchmark corpus has too few posts.</source>
        <translation>Der Benchmark-Korpus hat zu wenige Beiträge.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Posts in the workspace, half of them expired (default 1000000).</source>
        <translation>Beiträge im Arbeitsbereich, die Hälfte davon abgelaufen (Standard 1000000).</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; the benchmark purges, so it needs a new folder.</source>
        <translation>%1 enthält bereits einen Arbeitsbereich; der Benchmark löscht Daten und braucht daher einen neuen Ordner.</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>Der Name der Regel.</translation>
    </message>
    <message>
        <source>What it covers: %1.</source>
        <translation>Was sie umfasst: %1.</translation>
    </message>
    <message>
        <source>How long to keep: a number of days, or &quot;indefinite&quot;.</source>
        <translation>Wie lange aufbewahrt wird: eine Anzahl Tage oder „indefinite“.</translation>
    </message>
    <message>
        <source>The regulation or reason the rule serves.</source>
        <translation>Die Vorschrift oder der Zweck, dem die Regel dient.</translation>
    </message>
    <message>
        <source>Only channels of this kind: %1.</source>
        <translation>Nur Kanäle dieser Art: %1.</translation>
    </message>
    <message>
        <source>Only the channel with this id.</source>
        <translation>Nur der Kanal mit dieser ID.</translation>
    </message>
    <message>
        <source>Only posts flagged in (or flags of) this category: %1.</source>
        <translation>Nur in dieser Kategorie markierte Beiträge (bzw. Treffer dieser Kategorie): %1.</translation>
    </message>
    <message>
        <source>--class is one of: %1.</source>
        <translation>--class ist eines von: %1.</translation>
    </message>
    <message>
        <source>--period takes a number of days (at least 1) or &quot;indefinite&quot;.</source>
        <translation>--period nimmt eine Anzahl Tage (mindestens 1) oder „indefinite“.</translation>
    </message>
    <message>
        <source>--channel-kind is one of: %1.</source>
        <translation>--channel-kind ist eines von: %1.</translation>
    </message>
    <message>
        <source>--channel takes a channel id.</source>
        <translation>--channel nimmt eine Kanal-ID.</translation>
    </message>
    <message>
        <source>--category is one of: %1.</source>
        <translation>--category ist eines von: %1.</translation>
    </message>
    <message>
        <source>Why the rule no longer applies.</source>
        <translation>Warum die Regel nicht mehr gilt.</translation>
    </message>
    <message>
        <source>RULE is a rule id (see custos-cli retention rules).</source>
        <translation>RULE ist eine Regel-ID (siehe custos-cli retention rules).</translation>
    </message>
    <message>
        <source>Retired rules too.</source>
        <translation>Auch außer Kraft gesetzte Regeln.</translation>
    </message>
    <message>
        <source>Samples per rule and reason (default 5).</source>
        <translation>Beispiele je Regel und Grund (Standard 5).</translation>
    </message>
    <message>
        <source>No progress on stderr (for cron).</source>
        <translation>Kein Fortschritt auf stderr (für cron).</translation>
    </message>
    <message>
        <source>Purging: %1 of %2 records</source>
        <translation>Löschen: %1 von %2 Datensätzen</translation>
    </message>
    <message>
        <source>Stopped: the batches purged so far stand, and are recorded. Run the purge again to finish.</source>
        <translation>Angehalten: Die bisher gelöschten Stapel bleiben gelöscht und sind festgehalten. Führen Sie den Löschlauf erneut aus, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>The lawsuit, inquiry or audit the hold serves.</source>
        <translation>Der Rechtsstreit, die Untersuchung oder die Prüfung, der der Legal Hold dient.</translation>
    </message>
    <message>
        <source>Who asked for it (for example outside counsel).</source>
        <translation>Wer ihn veranlasst hat (zum Beispiel die externe Rechtsberatung).</translation>
    </message>
    <message>
        <source>A note on the hold.</source>
        <translation>Eine Notiz zum Legal Hold.</translation>
    </message>
    <message>
        <source>Keep what this person (person id) wrote.</source>
        <translation>Aufbewahren, was diese Person (Personen-ID) geschrieben hat.</translation>
    </message>
    <message>
        <source>Keep what was posted in this channel (channel id).</source>
        <translation>Aufbewahren, was in diesem Kanal (Kanal-ID) gepostet wurde.</translation>
    </message>
    <message>
        <source>Keep a case and its posts (number or id).</source>
        <translation>Einen Fall und seine Beiträge aufbewahren (Nummer oder ID).</translation>
    </message>
    <message>
        <source>Posted on or after this day (YYYY-MM-DD).</source>
        <translation>Gepostet ab diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Posted on or before this day (YYYY-MM-DD).</source>
        <translation>Gepostet bis einschließlich diesem Tag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A full-text search; it keeps catching new matches as imports arrive.</source>
        <translation>Eine Volltextsuche; sie erfasst laufend neue Übereinstimmungen, wenn Importe eintreffen.</translation>
    </message>
    <message>
        <source>--%1 takes an id.</source>
        <translation>--%1 nimmt eine ID.</translation>
    </message>
    <message>
        <source>Why the hold ends (for example &quot;matter settled&quot;).</source>
        <translation>Warum der Legal Hold endet (zum Beispiel „Rechtsstreit beigelegt“).</translation>
    </message>
    <message>
        <source>HOLD is a hold id (see custos-cli hold list).</source>
        <translation>HOLD ist eine Legal-Hold-ID (siehe custos-cli hold list).</translation>
    </message>
    <message>
        <source>Released holds too.</source>
        <translation>Auch aufgehobene Legal Holds.</translation>
    </message>
    <message>
        <source>Write one text file per custodian into this folder.</source>
        <translation>Eine Textdatei je betroffener Person in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the folder and the free space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The day they acknowledged it (default today).</source>
        <translation>Der Tag, an dem die Person den Empfang bestätigt hat (Standard: heute).</translation>
    </message>
    <message>
        <source>HOLD and PERSON are ids (see custos-cli hold notices).</source>
        <translation>HOLD und PERSON sind IDs (siehe custos-cli hold notices).</translation>
    </message>
    <message>
        <source>The certificate file to write (JSON).</source>
        <translation>Die zu schreibende Zertifikatsdatei (JSON).</translation>
    </message>
    <message>
        <source>PURGE is a purge id (see custos-cli retention purges).</source>
        <translation>PURGE ist eine Löschlauf-ID (siehe custos-cli retention purges).</translation>
    </message>
    <message>
        <source>Check it with: custos-cli disposition verify %1 AUDIT_EXPORT (from custos-cli audit export, written after this).</source>
        <translation>Prüfen Sie es mit: custos-cli disposition verify %1 AUDIT_EXPORT (aus custos-cli audit export, danach erstellt).</translation>
    </message>
    <message>
        <source>%1 is not a certificate of disposition: %2.</source>
        <translation>%1 ist kein Löschzertifikat: %2.</translation>
    </message>
    <message>
        <source>custos-cli retention rule needs a subcommand: add, retire.</source>
        <translation>custos-cli retention rule braucht einen Unterbefehl: add, retire.</translation>
    </message>
    <message>
        <source>custos-cli retention needs a subcommand: rules, rule add, rule retire, preview, purge, purges.</source>
        <translation>custos-cli retention braucht einen Unterbefehl: rules, rule add, rule retire, preview, purge, purges.</translation>
    </message>
    <message>
        <source>custos-cli hold needs a subcommand: add, release, list, notices, ack.</source>
        <translation>custos-cli hold braucht einen Unterbefehl: add, release, list, notices, ack.</translation>
    </message>
    <message>
        <source>custos-cli disposition needs a subcommand: export, verify.</source>
        <translation>custos-cli disposition braucht einen Unterbefehl: export, verify.</translation>
    </message>
    <message>
        <source>custos-cli bench needs a subcommand: queue, cases or retention.</source>
        <translation>custos-cli bench braucht einen Unterbefehl: queue, cases oder retention.</translation>
    </message>
    <message>
        <source>The default retention period: a number of days (14 is common) or &quot;indefinite&quot;. Without it the workspace keeps everything until an administrator writes retention rules.</source>
        <translation>Die Standard-Aufbewahrungsfrist: eine Anzahl Tage (14 ist üblich) oder „indefinite“. Ohne sie bewahrt der Arbeitsbereich alles auf, bis ein Administrator Aufbewahrungsregeln anlegt.</translation>
    </message>
    <message>
        <source>--retention takes a number of days (at least 1) or &quot;indefinite&quot;.</source>
        <translation>--retention nimmt eine Anzahl Tage (mindestens 1) oder „indefinite“.</translation>
    </message>
    <message>
        <source>No retention period was chosen: the workspace keeps everything until retention rules are written (custos-cli retention rule add).</source>
        <translation>Es wurde keine Aufbewahrungsfrist gewählt: Der Arbeitsbereich bewahrt alles auf, bis Aufbewahrungsregeln angelegt werden (custos-cli retention rule add).</translation>
    </message>
    <message>
        <source>Posts per audited purge batch (default 10000).</source>
        <translation>Beiträge pro protokolliertem Löschstapel (Standard 10000).</translation>
    </message>
    <message>
        <source>Posts per audited batch (default 10000).</source>
        <translation>Beiträge pro protokolliertem Stapel (Standard 10000).</translation>
    </message>
    <message>
        <source>Which column holds what: employee_id=COL,name=COL,email=COL,handles=COL,department=COL,manager=COL,start=COL,leave=COL.</source>
        <translation>Welche Spalte was enthält: employee_id=COL,name=COL,email=COL,handles=COL,department=COL,manager=COL,start=COL,leave=COL.</translation>
    </message>
    <message>
        <source>PERSON is a person id (see custos-cli roster unmatched).</source>
        <translation>PERSON ist eine Personen-ID (siehe custos-cli roster unmatched).</translation>
    </message>
    <message>
        <source>POLICY_VERSION is a published policy version, a number.</source>
        <translation>POLICY_VERSION ist eine veröffentlichte Richtlinienversion, eine Zahl.</translation>
    </message>
    <message>
        <source>custos-cli training module needs a subcommand: add.</source>
        <translation>custos-cli training module braucht einen Unterbefehl: add.</translation>
    </message>
    <message>
        <source>The module&apos;s name.</source>
        <translation>Der Name des Moduls.</translation>
    </message>
    <message>
        <source>Repeat every N months (0 or absent: once).</source>
        <translation>Alle N Monate wiederholen (0 oder nicht angegeben: einmalig).</translation>
    </message>
    <message>
        <source>Days to complete it the first time (default 30).</source>
        <translation>Frist in Tagen für den ersten Abschluss (Standard 30).</translation>
    </message>
    <message>
        <source>Assign it to everyone in this department.</source>
        <translation>Das Modul allen Beschäftigten dieser Abteilung zuweisen.</translation>
    </message>
    <message>
        <source>Assign it to this employee.</source>
        <translation>Das Modul dieser beschäftigten Person zuweisen.</translation>
    </message>
    <message>
        <source>The day it was completed (default today).</source>
        <translation>Der Tag des Abschlusses (Standard: heute).</translation>
    </message>
    <message>
        <source>Which column holds what: employee=COL (an employee id or e-mail),module=COL,completed=COL.</source>
        <translation>Welche Spalte was enthält: employee=COL (eine Personalnummer oder E-Mail-Adresse),module=COL,completed=COL.</translation>
    </message>
    <message>
        <source>The day to measure against (default today).</source>
        <translation>Der Stichtag (Standard: heute).</translation>
    </message>
    <message>
        <source>Only this department.</source>
        <translation>Nur diese Abteilung.</translation>
    </message>
    <message>
        <source>Only what is overdue.</source>
        <translation>Nur Überfälliges.</translation>
    </message>
    <message>
        <source>Write one text file per reminder into this folder.</source>
        <translation>Eine Textdatei je Erinnerung in diesen Ordner schreiben.</translation>
    </message>
    <message>
        <source>custos-cli roster needs a subcommand: import, list, unmatched, link, acknowledge.</source>
        <translation>custos-cli roster braucht einen Unterbefehl: import, list, unmatched, link, acknowledge.</translation>
    </message>
    <message>
        <source>custos-cli training needs a subcommand: module add, assign, complete, import, status, reminders.</source>
        <translation>custos-cli training braucht einen Unterbefehl: module add, assign, complete, import, status, reminders.</translation>
    </message>
    <message>
        <source>Only flags of posts by people of this department (the roster&apos;s for a linked person).</source>
        <translation>Nur Markierungen von Beiträgen von Personen dieser Abteilung (laut Mitarbeiterverzeichnis für verknüpfte Personen).</translation>
    </message>
    <message>
        <source>Count it from this day (YYYY-MM-DD; default: today).</source>
        <translation>Ab diesem Tag zählen (JJJJ-MM-TT; Standard: heute).</translation>
    </message>
</context>
<context>
    <name>custos::cli::main</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: custos-cli COMMAND [ARGS]

Commands:
  init WORKSPACE --admin NAME [--display-name TEXT] [--retention DAYS|indefinite]
      Create a workspace folder with NAME as its first administrator and the default retention period.
  user add WORKSPACE --user ADMIN --name NAME --role ROLE --new-passphrase-file FILE [--display-name TEXT]
  user list WORKSPACE --user NAME
  user role WORKSPACE --user ADMIN --name NAME --role ROLE
  user revoke WORKSPACE --user ADMIN --name NAME
  user passwd WORKSPACE --user NAME [--new-passphrase-file FILE]
  keys rekey WORKSPACE --user NAME --compartment content|aggregates
      Re-encrypt a compartment under a new key for its current holders (after someone left it).
  info WORKSPACE --user NAME
      Print the workspace&apos;s schema version, users and table counts as JSON.
  import WORKSPACE PATH --user NAME [--format slack|mattermost|teams|csv] [--map FIELD=COLUMN,...]
      Import a platform export (folder, .zip, .jsonl, .json or .csv); prints a JSON summary.
  demo-corpus --out DIR [--posts N] [--seed S]
      Write a synthetic company as a Slack export, with labels.jsonl recording what was planted.
  audit verify WORKSPACE --user NAME [--threads N] [--expect-size N --expect-root HEX] [--deep]
  audit verify --export DIR [--threads N] [--expect-size N --expect-root HEX]
      Check the signed audit log; exit 4 naming the first bad entry.
  check WORKSPACE --user NAME [--threads N]
      Check every file you hold the key of (SQLite&apos;s integrity check) and the audit log; read-only.
  audit export WORKSPACE DIR --user NAME
      Write the audit log, its checkpoints and public keys for verification elsewhere.
  classify [--policy FILE] [--watch &quot;Name One,Name Two&quot;] [--format text|jsonl]
      Classify texts from stdin (one per line); print one JSON object per line.
  scan WORKSPACE --user NAME [--policy-version V] [--threads N]
      Scan the posts not yet scanned with the policy version; prints a JSON summary.
  policy publish WORKSPACE FILE --user NAME
      Publish FILE (JSON) as the next policy version after checking that it compiles.
  flags WORKSPACE --user NAME [--status S] [--category C] [--severity S] [--search Q] [--rule R] [--policy-version V]
        [--channel NAME] [--assignee NAME] [--from DAY] [--to DAY] [--limit N] [--format text|jsonl]
      List flagged posts, newest first, authors as pseudonyms (compliance officers, HR investigators).
  case open WORKSPACE --user NAME --title TEXT [--flags IDS] [--posts IDS] [--allegation TYPE[:CLAUSE]]...
        [--complainant NAME | --anonymous-reporter] [--assign NAME]... [--priority P] [--intake C] [--due DAY]
      Open an investigation case, from flagged posts or from a report; prints its number as JSON.
  case list WORKSPACE --user NAME [--status S] [--open] [--priority P] [--allegation T] [--mine | --assignee NAME]
        [--overdue] [--search TEXT] [--sort KEY] [--ascending] [--limit N] [--format text|jsonl]
  case show WORKSPACE CASE --user NAME
      The case (number or id) with its parties, allegations, tasks, outcomes and timeline as JSON; recorded as read.
  case note WORKSPACE CASE --user NAME (--text TEXT | --text-file FILE) [--at DAY]
  case status WORKSPACE CASE STATUS --user NAME [--reason TEXT]
  case evidence add WORKSPACE CASE FILE --user NAME [--description TEXT] [--media-type TYPE]
      Attach FILE into the encrypted workspace with its SHA-256.
  case report WORKSPACE CASE --user NAME --out FILE.pdf
      Write the case report as PDF (or HTML for FILE.html), each step with its audit entry.
  retention rules WORKSPACE --user NAME [--all]
  retention rule add WORKSPACE --user NAME --name TEXT --class CLASS --period DAYS|indefinite --reason TEXT
        [--channel-kind KIND] [--channel ID] [--category C]
  retention rule retire WORKSPACE RULE --user NAME --reason TEXT
  retention preview WORKSPACE --user NAME [--samples N]
      What a purge now would delete per rule, and what is kept and why, as JSON.
  retention purge WORKSPACE --user NAME [--batch N] [--quiet]
      Delete what has expired, in audited batches that sign a tombstone for each record (for cron: --quiet).
  retention purges WORKSPACE --user NAME
  hold add WORKSPACE --user NAME --matter TEXT --requested-by TEXT [--custodian ID] [--channel ID] [--case CASE]
        [--from DAY] [--to DAY] [--query TEXT] [--note TEXT]
  hold release WORKSPACE HOLD --user NAME --reason TEXT
  hold list WORKSPACE --user NAME [--all]
  hold notices WORKSPACE HOLD --user NAME [--out DIR]
      The notice for each custodian (written, never sent).
  hold ack WORKSPACE HOLD PERSON --user NAME [--on DAY]
  disposition export WORKSPACE PURGE --user NAME --out FILE
      The certificate of disposition of a purge: its tombstones and the entries that signed them.
  disposition verify CERTIFICATE AUDIT_EXPORT
      Check a certificate with an audit export alone; exit 4 naming each item that does not match.
  roster import WORKSPACE FILE --user NAME [--map employee_id=COL,name=COL,email=COL,handles=COL,...]
      Import the employee roster (CSV) and match it to the imports&apos; people by e-mail or handle.
  roster list|unmatched WORKSPACE --user NAME
  roster link WORKSPACE EMPLOYEE PERSON --user NAME
  roster acknowledge WORKSPACE EMPLOYEE POLICY_VERSION --user NAME [--on DAY]
  training module add WORKSPACE --user NAME --name TEXT [--every MONTHS] [--due-days N]
  training assign WORKSPACE MODULE --user NAME (--department NAME | --employee ID)
  training complete WORKSPACE EMPLOYEE MODULE --user NAME [--on DAY]
  training import WORKSPACE FILE --user NAME [--map employee=COL,module=COL,completed=COL]
  training status|reminders WORKSPACE --user NAME [--on DAY] [--department NAME] [--overdue | --out DIR]
  bench queue [--posts N] [--dir DIR] [--warm-up]
      Build or reuse a workspace of N demo posts; print JSON timings of the review queue.
  selftest
      Run the cryptographic known-answer tests.

ROLE is administrator, compliance, investigator, manager or auditor.
The passphrase comes from --passphrase-file FILE, else CUSTOS_PASSPHRASE, else a prompt.
Exit codes: 0 success, 2 usage, 3 authentication, 4 bad input or data, 5 workspace locked, 130 interrupted, 1 other.</source>
        <translation>Aufruf: custos-cli BEFEHL [ARGUMENTE]

Befehle:
  init WORKSPACE --admin NAME [--display-name TEXT] [--retention DAYS|indefinite]
      Einen Arbeitsbereichsordner mit NAME als erstem Administrator und der Standard-Aufbewahrungsfrist anlegen.
  user add WORKSPACE --user ADMIN --name NAME --role ROLE --new-passphrase-file FILE [--display-name TEXT]
  user list WORKSPACE --user NAME
  user role WORKSPACE --user ADMIN --name NAME --role ROLE
  user revoke WORKSPACE --user ADMIN --name NAME
  user passwd WORKSPACE --user NAME [--new-passphrase-file FILE]
  keys rekey WORKSPACE --user NAME --compartment content|aggregates
      Einen Bereich unter einem neuen Schlüssel für seine jetzigen Inhaber neu verschlüsseln (nachdem jemand ihn verlassen hat).
  info WORKSPACE --user NAME
      Schemaversion, Benutzer und Tabellengrößen des Arbeitsbereichs als JSON ausgeben.
  import WORKSPACE PATH --user NAME [--format slack|mattermost|teams|csv] [--map FIELD=COLUMN,...]
      Einen Plattformexport importieren (Ordner, .zip, .jsonl, .json oder .csv); gibt eine JSON-Zusammenfassung aus.
  demo-corpus --out DIR [--posts N] [--seed S]
      Ein synthetisches Unternehmen als Slack-Export schreiben, mit labels.jsonl, das festhält, was eingebaut wurde.
  audit verify WORKSPACE --user NAME [--threads N] [--expect-size N --expect-root HEX] [--deep]
  audit verify --export DIR [--threads N] [--expect-size N --expect-root HEX]
      Das signierte Prüfprotokoll prüfen; beendet sich mit 4 und nennt den ersten fehlerhaften Eintrag.
  check WORKSPACE --user NAME [--threads N]
      Jede Datei, deren Schlüssel Sie besitzen (Integritätsprüfung von SQLite), und das Prüfprotokoll prüfen; nur lesend.
  audit export WORKSPACE DIR --user NAME
      Das Prüfprotokoll, seine Kontrollpunkte und öffentlichen Schlüssel zur Prüfung an anderer Stelle schreiben.
  classify [--policy FILE] [--watch &quot;Name One,Name Two&quot;] [--format text|jsonl]
      Texte von stdin klassifizieren (einer pro Zeile); ein JSON-Objekt pro Zeile ausgeben.
  scan WORKSPACE --user NAME [--policy-version V] [--threads N]
      Die noch nicht geprüften Beiträge mit der Richtlinienversion prüfen; gibt eine JSON-Zusammenfassung aus.
  policy publish WORKSPACE FILE --user NAME
      FILE (JSON) als nächste Richtlinienversion veröffentlichen, nachdem geprüft wurde, dass sie kompiliert.
  flags WORKSPACE --user NAME [--status S] [--category C] [--severity S] [--search Q] [--rule R] [--policy-version V]
        [--channel NAME] [--assignee NAME] [--from DAY] [--to DAY] [--limit N] [--format text|jsonl]
      Markierte Beiträge auflisten, neueste zuerst, Autoren als Pseudonyme (Compliance-Beauftragte, HR-Ermittler).
  case open WORKSPACE --user NAME --title TEXT [--flags IDS] [--posts IDS] [--allegation TYPE[:CLAUSE]]...
        [--complainant NAME | --anonymous-reporter] [--assign NAME]... [--priority P] [--intake C] [--due DAY]
      Einen Ermittlungsfall aus markierten Beiträgen oder einer Meldung eröffnen; gibt seine Nummer als JSON aus.
  case list WORKSPACE --user NAME [--status S] [--open] [--priority P] [--allegation T] [--mine | --assignee NAME]
        [--overdue] [--search TEXT] [--sort KEY] [--ascending] [--limit N] [--format text|jsonl]
  case show WORKSPACE CASE --user NAME
      Den Fall (Nummer oder ID) mit Beteiligten, Vorwürfen, Aufgaben, Ergebnissen und Zeitleiste als JSON; wird als gelesen festgehalten.
  case note WORKSPACE CASE --user NAME (--text TEXT | --text-file FILE) [--at DAY]
  case status WORKSPACE CASE STATUS --user NAME [--reason TEXT]
  case evidence add WORKSPACE CASE FILE --user NAME [--description TEXT] [--media-type TYPE]
      FILE mit ihrem SHA-256 in den verschlüsselten Arbeitsbereich aufnehmen.
  case report WORKSPACE CASE --user NAME --out FILE.pdf
      Den Fallbericht als PDF (oder HTML bei FILE.html) schreiben, jeden Schritt mit seinem Prüfprotokolleintrag.
  retention rules WORKSPACE --user NAME [--all]
  retention rule add WORKSPACE --user NAME --name TEXT --class CLASS --period DAYS|indefinite --reason TEXT
        [--channel-kind KIND] [--channel ID] [--category C]
  retention rule retire WORKSPACE RULE --user NAME --reason TEXT
  retention preview WORKSPACE --user NAME [--samples N]
      Was ein Löschlauf jetzt je Regel löschen würde und was warum aufbewahrt wird, als JSON.
  retention purge WORKSPACE --user NAME [--batch N] [--quiet]
      Abgelaufenes löschen, in protokollierten Stapeln, die für jeden Datensatz einen Löschnachweis signieren (für cron: --quiet).
  retention purges WORKSPACE --user NAME
  hold add WORKSPACE --user NAME --matter TEXT --requested-by TEXT [--custodian ID] [--channel ID] [--case CASE]
        [--from DAY] [--to DAY] [--query TEXT] [--note TEXT]
  hold release WORKSPACE HOLD --user NAME --reason TEXT
  hold list WORKSPACE --user NAME [--all]
  hold notices WORKSPACE HOLD --user NAME [--out DIR]
      Die Mitteilung für jede betroffene Person (geschrieben, nie versendet).
  hold ack WORKSPACE HOLD PERSON --user NAME [--on DAY]
  disposition export WORKSPACE PURGE --user NAME --out FILE
      Das Löschzertifikat eines Löschlaufs: seine Löschnachweise und die Einträge, die sie signiert haben.
  disposition verify CERTIFICATE AUDIT_EXPORT
      Ein Zertifikat allein mit einem exportierten Prüfprotokoll prüfen; beendet sich mit 4 und nennt jeden abweichenden Punkt.
  roster import WORKSPACE FILE --user NAME [--map employee_id=COL,name=COL,email=COL,handles=COL,...]
      Das Mitarbeiterverzeichnis (CSV) importieren und per E-Mail oder Handle den Personen aus den Importen zuordnen.
  roster list|unmatched WORKSPACE --user NAME
  roster link WORKSPACE EMPLOYEE PERSON --user NAME
  roster acknowledge WORKSPACE EMPLOYEE POLICY_VERSION --user NAME [--on DAY]
  training module add WORKSPACE --user NAME --name TEXT [--every MONTHS] [--due-days N]
  training assign WORKSPACE MODULE --user NAME (--department NAME | --employee ID)
  training complete WORKSPACE EMPLOYEE MODULE --user NAME [--on DAY]
  training import WORKSPACE FILE --user NAME [--map employee=COL,module=COL,completed=COL]
  training status|reminders WORKSPACE --user NAME [--on DAY] [--department NAME] [--overdue | --out DIR]
  bench queue [--posts N] [--dir DIR] [--warm-up]
      Einen Arbeitsbereich mit N Demo-Beiträgen bauen oder wiederverwenden; JSON-Zeitmessungen der Prüfwarteschlange ausgeben.
  selftest
      Die kryptografischen Known-Answer-Tests ausführen.

ROLE ist administrator, compliance, investigator, manager oder auditor.
Die Passphrase kommt aus --passphrase-file FILE, sonst aus CUSTOS_PASSPHRASE, sonst aus einer Abfrage.
Exit-Codes: 0 Erfolg, 2 Aufruf, 3 Authentifizierung, 4 fehlerhafte Eingabe oder Daten, 5 Arbeitsbereich gesperrt, 130 unterbrochen, 1 Sonstiges.</translation>
    </message>
</context>
<context>
    <name>custos::demo</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>custos::demo::DemoCases</name>
    <message>
        <source>The demo corpus has too few planted harassment flags for the demo cases.</source>
        <translation>Der Demo-Korpus hat für die Demo-Fälle zu wenige eingebaute Belästigungstreffer.</translation>
    </message>
    <message>
        <source>Demeaning remark in a channel</source>
        <translation>Herabwürdigende Bemerkung in einem Kanal</translation>
    </message>
    <message>
        <source>A team lead reported a demeaning remark about a colleague in a public channel.</source>
        <translation>Eine Teamleitung meldete eine herabwürdigende Bemerkung über einen Kollegen in einem öffentlichen Kanal.</translation>
    </message>
    <message>
        <source>Opened as a case.</source>
        <translation>Als Fall eröffnet.</translation>
    </message>
    <message>
        <source>The post is unambiguous and the author admitted it in the interview.</source>
        <translation>Der Beitrag ist eindeutig, und der Autor hat ihn in der Befragung eingeräumt.</translation>
    </message>
    <message>
        <source>Repeated insults towards a new colleague</source>
        <translation>Wiederholte Beleidigungen gegenüber einem neuen Kollegen</translation>
    </message>
    <message>
        <source>Several posts insulting a colleague who joined the team recently; the colleague asked HR for help.</source>
        <translation>Mehrere Beiträge, die einen kürzlich ins Team gekommenen Kollegen beleidigen; der Kollege hat die Personalabteilung um Hilfe gebeten.</translation>
    </message>
    <message>
        <source>Joined the team in September.</source>
        <translation>Seit September im Team.</translation>
    </message>
    <message>
        <source>Sits next to the complainant.</source>
        <translation>Sitzt neben der meldenden Person.</translation>
    </message>
    <message>
        <source>Spoke with the complainant&apos;s manager; she confirms the posts upset the team and asks for a quick resolution.</source>
        <translation>Mit der Führungskraft der meldenden Person gesprochen; sie bestätigt, dass die Beiträge das Team belastet haben, und bittet um eine rasche Klärung.</translation>
    </message>
    <message>
        <source>Statement of Jordan Lee

The remarks started in my second week. I have kept screenshots of the direct messages.
</source>
        <translation>Aussage von Jordan Lee

Die Bemerkungen begannen in meiner zweiten Woche. Ich habe Screenshots der Direktnachrichten aufbewahrt.
</translation>
    </message>
    <message>
        <source>Written statement of the complainant</source>
        <translation>Schriftliche Aussage der meldenden Person</translation>
    </message>
    <message>
        <source>Interview the witness</source>
        <translation>Den Zeugen befragen</translation>
    </message>
    <message>
        <source>Interview the respondents</source>
        <translation>Die beschuldigten Personen befragen</translation>
    </message>
    <message>
        <source>Henri Investigator, Jordan Lee, a works council member</source>
        <translation>Henri Investigator, Jordan Lee, ein Mitglied des Betriebsrats</translation>
    </message>
    <message>
        <source>In the team channel and in direct messages, over three weeks.</source>
        <translation>Im Teamkanal und in Direktnachrichten, über drei Wochen.</translation>
    </message>
    <message>
        <source>See the written statement.</source>
        <translation>Siehe schriftliche Aussage.</translation>
    </message>
    <message>
        <source>Calm and precise; brought printed screenshots.</source>
        <translation>Ruhig und präzise; brachte ausgedruckte Screenshots mit.</translation>
    </message>
    <message>
        <source>Anonymous report: quarterly figures shared before release</source>
        <translation>Anonyme Meldung: Quartalszahlen vor der Veröffentlichung geteilt</translation>
    </message>
    <message>
        <source>A hotline report says unreleased quarterly figures were posted in a channel with external guests.</source>
        <translation>Eine Meldung über die Hinweisgeber-Hotline besagt, dass unveröffentlichte Quartalszahlen in einem Kanal mit externen Gästen gepostet wurden.</translation>
    </message>
    <message>
        <source>Unreleased financial figures shared outside the finance team.</source>
        <translation>Unveröffentlichte Finanzzahlen außerhalb des Finanzteams geteilt.</translation>
    </message>
    <message>
        <source>Threatening message after a project review</source>
        <translation>Drohende Nachricht nach einem Projekt-Review</translation>
    </message>
    <message>
        <source>A direct message threatening a colleague after a tense project review.</source>
        <translation>Eine Direktnachricht, die einem Kollegen nach einem angespannten Projekt-Review droht.</translation>
    </message>
    <message>
        <source>A threat against a colleague is serious misconduct under clause 3.4.</source>
        <translation>Eine Drohung gegen einen Kollegen ist nach Klausel 3.4 ein schweres Fehlverhalten.</translation>
    </message>
    <message>
        <source>The respondent says the message was a joke between friends and asks for the context to be considered.</source>
        <translation>Die beschuldigte Person sagt, die Nachricht sei ein Scherz unter Freunden gewesen, und bittet darum, den Zusammenhang zu berücksichtigen.</translation>
    </message>
</context>
<context>
    <name>custos::demo::DemoPeople</name>
    <message>
        <source>The demo export has no users.json.</source>
        <translation>Der Demo-Export enthält keine users.json.</translation>
    </message>
    <message>
        <source>No temporary folder can be created for the demo roster. Check the free disk space.</source>
        <translation>Für das Demo-Mitarbeiterverzeichnis kann kein temporärer Ordner angelegt werden. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Harassment and bullying prevention</source>
        <translation>Prävention von Belästigung und Mobbing</translation>
    </message>
    <message>
        <source>Data protection and confidentiality</source>
        <translation>Datenschutz und Vertraulichkeit</translation>
    </message>
    <message>
        <source>Social media policy</source>
        <translation>Social-Media-Richtlinie</translation>
    </message>
</context>
<context>
    <name>custos::demo::DemoRecords</name>
    <message>
        <source>Business chat: six years</source>
        <translation>Geschäftlicher Chat: sechs Jahre</translation>
    </message>
    <message>
        <source>Commercial letters and tax records: HGB §257, AO §147 (six years)</source>
        <translation>Handelsbriefe und steuerlich relevante Unterlagen: § 257 HGB, § 147 AO (sechs Jahre)</translation>
    </message>
    <message>
        <source>Direct messages: three years</source>
        <translation>Direktnachrichten: drei Jahre</translation>
    </message>
    <message>
        <source>Works agreement on chat records, §4: direct messages three years, then deleted</source>
        <translation>Betriebsvereinbarung zu Chat-Aufzeichnungen, § 4: Direktnachrichten drei Jahre, danach Löschung</translation>
    </message>
    <message>
        <source>Confidential matters: ten years</source>
        <translation>Vertrauliche Angelegenheiten: zehn Jahre</translation>
    </message>
    <message>
        <source>Trade secret and disclosure matters: kept for the limitation period (GeschGehG, BGB §199)</source>
        <translation>Geschäftsgeheimnisse und Offenlegungen: für die Dauer der Verjährungsfrist aufbewahrt (GeschGehG, § 199 BGB)</translation>
    </message>
    <message>
        <source>Decisions on flags: six years</source>
        <translation>Entscheidungen über Treffer: sechs Jahre</translation>
    </message>
    <message>
        <source>Evidence of how reports were handled, for employment claims (HinSchG §11)</source>
        <translation>Nachweis der Bearbeitung von Meldungen, für arbeitsrechtliche Ansprüche (§ 11 HinSchG)</translation>
    </message>
    <message>
        <source>Closed cases: six years</source>
        <translation>Abgeschlossene Fälle: sechs Jahre</translation>
    </message>
    <message>
        <source>HR investigation files: six years after closing, then deleted</source>
        <translation>HR-Ermittlungsakten: sechs Jahre nach Abschluss, danach Löschung</translation>
    </message>
    <message>
        <source>Import manifests: one year</source>
        <translation>Importmanifeste: ein Jahr</translation>
    </message>
    <message>
        <source>Operational records of imports; the signed log keeps their summary</source>
        <translation>Betriebliche Aufzeichnungen der Importe; das signierte Protokoll bewahrt ihre Zusammenfassung</translation>
    </message>
    <message>
        <source>#random: two years</source>
        <translation>#random: zwei Jahre</translation>
    </message>
    <message>
        <source>Rivera v. Northwind GmbH (Labour Court Munich)</source>
        <translation>Rivera ./. Northwind GmbH (Arbeitsgericht München)</translation>
    </message>
    <message>
        <source>Keller &amp; Partner, outside counsel</source>
        <translation>Keller &amp; Partner, externe Kanzlei</translation>
    </message>
    <message>
        <source>Claim of unfair dismissal; preserve everything the respondent wrote.</source>
        <translation>Kündigungsschutzklage; alles aufbewahren, was die beschuldigte Person geschrieben hat.</translation>
    </message>
    <message>
        <source>Regulator&apos;s inquiry: Project Falcon disclosure</source>
        <translation>Anfrage der Aufsichtsbehörde: Offenlegung zu Projekt Falcon</translation>
    </message>
    <message>
        <source>Dr. Anna Weber, General Counsel</source>
        <translation>Dr. Anna Weber, Leiterin der Rechtsabteilung</translation>
    </message>
    <message>
        <source>Social chat serves no business purpose: storage limitation (GDPR Art. 5(1)(e))</source>
        <translation>Privater Austausch dient keinem geschäftlichen Zweck: Speicherbegrenzung (DSGVO Art. 5 Abs. 1 lit. e)</translation>
    </message>
</context>
<context>
    <name>custos::domain::AllegationType</name>
    <message>
        <source>Bullying</source>
        <translation>Mobbing</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Belästigung</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Sexuelle Belästigung</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Diskriminierung</translation>
    </message>
    <message>
        <source>Threat or violence</source>
        <translation>Drohung oder Gewalt</translation>
    </message>
    <message>
        <source>Retaliation</source>
        <translation>Repressalien</translation>
    </message>
    <message>
        <source>Confidential leak</source>
        <translation>Weitergabe vertraulicher Informationen</translation>
    </message>
    <message>
        <source>Misuse of systems</source>
        <translation>Missbrauch von Systemen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>custos::domain::AppealStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Aufgehoben</translation>
    </message>
</context>
<context>
    <name>custos::domain::CasePriority</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
</context>
<context>
    <name>custos::domain::CaseSort</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>custos::domain::CaseStatus</name>
    <message>
        <source>Triage</source>
        <translation>Ersteinschätzung</translation>
    </message>
    <message>
        <source>No investigation required</source>
        <translation>Keine Ermittlung erforderlich</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Anderweitig weitergeleitet</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Ermittlung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>custos::domain::Category</name>
    <message>
        <source>Harassment</source>
        <translation>Belästigung</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Drohung</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>Hass</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Sexuelle Belästigung</translation>
    </message>
    <message>
        <source>Profanity</source>
        <translation>Vulgärsprache</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
</context>
<context>
    <name>custos::domain::ChannelKind</name>
    <message>
        <source>Public channel</source>
        <translation>Öffentlicher Kanal</translation>
    </message>
    <message>
        <source>Private channel</source>
        <translation>Privater Kanal</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>Group message</source>
        <translation>Gruppennachricht</translation>
    </message>
</context>
<context>
    <name>custos::domain::Compartment</name>
    <message>
        <source>Users, policies and the audit log</source>
        <translation>Benutzer, Richtlinien und Prüfprotokoll</translation>
    </message>
    <message>
        <source>Posts, people, flags and cases</source>
        <translation>Beiträge, Personen, Markierungen und Fälle</translation>
    </message>
    <message>
        <source>Figures for dashboards</source>
        <translation>Kennzahlen für Dashboards</translation>
    </message>
</context>
<context>
    <name>custos::domain::CompletionSource</name>
    <message>
        <source>Entered</source>
        <translation>Von Hand erfasst</translation>
    </message>
    <message>
        <source>Imported from the learning system</source>
        <translation>Aus dem Lernmanagementsystem importiert</translation>
    </message>
</context>
<context>
    <name>custos::domain::DataClass</name>
    <message>
        <source>Posts and their versions</source>
        <translation>Beiträge und ihre Fassungen</translation>
    </message>
    <message>
        <source>Flags and decisions</source>
        <translation>Treffer und Entscheidungen</translation>
    </message>
    <message>
        <source>Cases and their evidence</source>
        <translation>Fälle und ihre Beweismittel</translation>
    </message>
    <message>
        <source>Imported files&apos; manifests</source>
        <translation>Manifeste importierter Dateien</translation>
    </message>
</context>
<context>
    <name>custos::domain::DecisionKind</name>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Kommentiert</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Author notified</source>
        <translation>Verfasser benachrichtigt</translation>
    </message>
    <message>
        <source>Takedown requested</source>
        <translation>Löschung beantragt</translation>
    </message>
    <message>
        <source>Takedown approved</source>
        <translation>Löschung freigegeben</translation>
    </message>
    <message>
        <source>Takedown rejected</source>
        <translation>Löschung abgelehnt</translation>
    </message>
</context>
<context>
    <name>custos::domain::DismissReason</name>
    <message>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <source>Acceptable in context</source>
        <translation>Im Kontext akzeptabel</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
</context>
<context>
    <name>custos::domain::Finding</name>
    <message>
        <source>Substantiated</source>
        <translation>Begründet</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Unbegründet</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
</context>
<context>
    <name>custos::domain::FlagStatus</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Takedown requested</source>
        <translation>Löschung beantragt</translation>
    </message>
    <message>
        <source>Takedown approved</source>
        <translation>Löschung freigegeben</translation>
    </message>
    <message>
        <source>Takedown rejected</source>
        <translation>Löschung abgelehnt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>custos::domain::IntakeChannel</name>
    <message>
        <source>Flag in the queue</source>
        <translation>Treffer in der Warteschlange</translation>
    </message>
    <message>
        <source>Report by an employee</source>
        <translation>Meldung durch Beschäftigte</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Hinweisgeber-Hotline</translation>
    </message>
    <message>
        <source>Manager referral</source>
        <translation>Weiterleitung durch Führungskraft</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>Anonyme Meldung</translation>
    </message>
</context>
<context>
    <name>custos::domain::KeepReason</name>
    <message>
        <source>Under a legal hold</source>
        <translation>Unter Legal Hold</translation>
    </message>
    <message>
        <source>Part of an open case</source>
        <translation>Teil eines offenen Falls</translation>
    </message>
    <message>
        <source>Part of a closed case still kept</source>
        <translation>Teil eines noch aufbewahrten abgeschlossenen Falls</translation>
    </message>
    <message>
        <source>Flagged and not yet decided</source>
        <translation>Markiert, noch nicht entschieden</translation>
    </message>
    <message>
        <source>Its decisions are kept longer</source>
        <translation>Seine Entscheidungen werden länger aufbewahrt</translation>
    </message>
    <message>
        <source>Younger than its rule</source>
        <translation>Frist seiner Regel noch nicht abgelaufen</translation>
    </message>
    <message>
        <source>Kept indefinitely</source>
        <translation>Unbefristet aufbewahrt</translation>
    </message>
</context>
<context>
    <name>custos::domain::MatchMethod</name>
    <message>
        <source>By e-mail</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>By platform handle</source>
        <translation>Per Plattform-Handle</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
</context>
<context>
    <name>custos::domain::Operation</name>
    <message>
        <source>Seeing the users</source>
        <translation>Das Ansehen der Benutzer</translation>
    </message>
    <message>
        <source>Adding users, changing roles and revoking access</source>
        <translation>Das Hinzufügen von Benutzern, Ändern von Rollen und Entziehen von Zugängen</translation>
    </message>
    <message>
        <source>Changing workspace settings</source>
        <translation>Das Ändern der Arbeitsbereich-Einstellungen</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Das Ändern Ihrer Passphrase</translation>
    </message>
    <message>
        <source>Seeing the workspace&apos;s figures</source>
        <translation>Das Ansehen der Kennzahlen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Importing exports</source>
        <translation>Das Importieren von Exporten</translation>
    </message>
    <message>
        <source>Seeing the detection policies</source>
        <translation>Das Ansehen der Erkennungsrichtlinien</translation>
    </message>
    <message>
        <source>Publishing a policy version</source>
        <translation>Das Veröffentlichen einer Richtlinienversion</translation>
    </message>
    <message>
        <source>Scanning the workspace</source>
        <translation>Das Prüfen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Reviewing flagged posts</source>
        <translation>Das Prüfen markierter Beiträge</translation>
    </message>
    <message>
        <source>Deciding on flags</source>
        <translation>Das Entscheiden über Treffer</translation>
    </message>
    <message>
        <source>Saving queue filters</source>
        <translation>Das Speichern von Warteschlangenfiltern</translation>
    </message>
    <message>
        <source>Revealing an author&apos;s identity</source>
        <translation>Das Aufdecken der Identität eines Verfassers</translation>
    </message>
    <message>
        <source>Requesting a takedown</source>
        <translation>Das Beantragen einer Entfernung</translation>
    </message>
    <message>
        <source>Approving, rejecting or completing takedowns</source>
        <translation>Das Genehmigen, Ablehnen oder Abschließen von Entfernungen</translation>
    </message>
    <message>
        <source>Seeing takedown requests</source>
        <translation>Das Ansehen von Entfernungsanträgen</translation>
    </message>
    <message>
        <source>Exporting a takedown order</source>
        <translation>Das Exportieren einer Entfernungsanordnung</translation>
    </message>
    <message>
        <source>Changing the notification template</source>
        <translation>Das Ändern der Benachrichtigungsvorlage</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Das Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Das Verifizieren des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Das Exportieren des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Checking the workspace&apos;s integrity</source>
        <translation>Das Prüfen der Unversehrtheit des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Rekeying a compartment</source>
        <translation>Einen Bereich neu verschlüsseln</translation>
    </message>
    <message>
        <source>Seeing cases</source>
        <translation>Das Ansehen von Fällen</translation>
    </message>
    <message>
        <source>Opening and working cases</source>
        <translation>Das Eröffnen und Bearbeiten von Fällen</translation>
    </message>
    <message>
        <source>Assigning investigators to cases</source>
        <translation>Das Zuweisen von Ermittlern zu Fällen</translation>
    </message>
    <message>
        <source>Deciding appeals</source>
        <translation>Das Entscheiden über Widersprüche</translation>
    </message>
    <message>
        <source>Changing interview templates</source>
        <translation>Das Ändern von Befragungsvorlagen</translation>
    </message>
    <message>
        <source>Viewing retention rules, legal holds and purges</source>
        <translation>Das Ansehen von Aufbewahrungsregeln, Legal Holds und Löschläufen</translation>
    </message>
    <message>
        <source>Changing retention rules and legal holds</source>
        <translation>Das Ändern von Aufbewahrungsregeln und Legal Holds</translation>
    </message>
    <message>
        <source>Purging expired records</source>
        <translation>Das Löschen abgelaufener Datensätze</translation>
    </message>
    <message>
        <source>Viewing the roster, training and policy acknowledgements</source>
        <translation>Das Ansehen des Mitarbeiterverzeichnisses, der Schulungen und der Kenntnisnahmen von Richtlinien</translation>
    </message>
    <message>
        <source>Changing the roster, training and policy acknowledgements</source>
        <translation>Das Ändern des Mitarbeiterverzeichnisses, der Schulungen und der Kenntnisnahmen von Richtlinien</translation>
    </message>
</context>
<context>
    <name>custos::domain::PartyRole</name>
    <message>
        <source>Complainant</source>
        <translation>Meldende Person</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Beschuldigte Person</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Sonstige beteiligte Person</translation>
    </message>
</context>
<context>
    <name>custos::domain::Permissions</name>
    <message>
        <source>%1 is not allowed for your role (%2); it needs one of these roles: %3.</source>
        <translation>%1 ist für Ihre Rolle (%2) nicht erlaubt; dafür ist eine dieser Rollen nötig: %3.</translation>
    </message>
</context>
<context>
    <name>custos::domain::PurgeStatus</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>custos::domain::Retention</name>
    <message>
        <source>Keep indefinitely</source>
        <translation>Unbefristet aufbewahren</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>custos::domain::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Compliance-Beauftragte(r)</translation>
    </message>
    <message>
        <source>HR investigator</source>
        <translation>HR-Ermittler(in)</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Prüfer(in)</translation>
    </message>
    <message>
        <source>Manages users, roles and workspace settings.</source>
        <translation>Verwaltet Benutzer, Rollen und Arbeitsbereichseinstellungen.</translation>
    </message>
    <message>
        <source>Reviews flagged posts and approves takedowns.</source>
        <translation>Prüft markierte Beiträge und genehmigt Löschungen.</translation>
    </message>
    <message>
        <source>Triages harassment reports and runs cases.</source>
        <translation>Sichtet Belästigungsmeldungen und führt Fälle.</translation>
    </message>
    <message>
        <source>Sees aggregate sentiment and risk dashboards only.</source>
        <translation>Sieht nur zusammengefasste Stimmungs- und Risikoübersichten.</translation>
    </message>
    <message>
        <source>Reads and verifies the audit log.</source>
        <translation>Liest und prüft das Prüfprotokoll.</translation>
    </message>
</context>
<context>
    <name>custos::domain::Sanction</name>
    <message>
        <source>No action</source>
        <translation>Keine Maßnahme</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>Abmahnung</translation>
    </message>
    <message>
        <source>Final warning</source>
        <translation>Letzte Abmahnung</translation>
    </message>
    <message>
        <source>Mandatory training</source>
        <translation>Pflichtschulung</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspendierung</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Kündigung</translation>
    </message>
</context>
<context>
    <name>custos::domain::Severity</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>custos::domain::TakedownStatus</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>custos::domain::TimelineKind</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Vorwurf</translation>
    </message>
</context>
<context>
    <name>custos::domain::TombstoneKind</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Frühere Fassung</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Import manifest</source>
        <translation>Importmanifest</translation>
    </message>
</context>
<context>
    <name>custos::domain::TrainingState</name>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>custos::models::AuditEntriesModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Handelnde(r)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>custos::models::CaseListModel</name>
    <message numerus="yes">
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n überfällige Aufgabe</numerusform>
            <numerusform>%n überfällige Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 überfällig</translation>
    </message>
    <message>
        <source>⚠ task overdue</source>
        <translation>⚠ Aufgabe überfällig</translation>
    </message>
    <message>
        <source>%1 ⚠ task overdue</source>
        <translation>%1 ⚠ Aufgabe überfällig</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Beschuldigte Personen</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Ermittler</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>custos::models::FlagQueueModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>%1: confirmed %2 times, dismissed as a false positive %3 times</source>
        <translation>%1: %2-mal bestätigt, %3-mal als Fehlalarm verworfen</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>DM %1</source>
        <translation>DM %1</translation>
    </message>
    <message>
        <source>Group DM %1</source>
        <translation>Gruppen-DM %1</translation>
    </message>
</context>
<context>
    <name>custos::models::TimelineModel</name>
    <message>
        <source>Audit entry %1, hash %2</source>
        <translation>Prüfprotokolleintrag %1, Hash %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who recorded a timeline entry</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Entry</source>
        <comment>the audit entry that records a timeline entry</comment>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>custos::models::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Gesperrt %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>custos::ui::AccountPage</name>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Meine &amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;User name&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Role&lt;/td&gt;&lt;td&gt;%3 — %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signing key&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Workspace&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Benutzername&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rolle&lt;/td&gt;&lt;td&gt;%3 — %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signaturschlüssel&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arbeitsbereich&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Re-sealing your key slot…</source>
        <translation>Ihr Schlüsselplatz wird neu versiegelt…</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation>Ihre Passphrase wurde geändert. Verwenden Sie ab jetzt die neue.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>First passphrase (tell it to the user in person; they should change it):</source>
        <translation>Erste Passphrase (teilen Sie sie dem Benutzer persönlich mit; er sollte sie ändern):</translation>
    </message>
</context>
<context>
    <name>custos::ui::AdministrationPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>&amp;Rolle ändern</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Zugang &amp;sperren…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation>Benutzer filtern…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Arbeitsbereichseinstellungen</translation>
    </message>
    <message>
        <source>Lock the console after</source>
        <translation>Die Konsole sperren nach</translation>
    </message>
    <message>
        <source>without activity.</source>
        <translation>ohne Aktivität.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Selected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Ausgewählt: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Wählen Sie einen Benutzer.</translation>
    </message>
    <message>
        <source>Adding %1 and sealing their keys…</source>
        <translation>%1 wird hinzugefügt, Schlüssel werden versiegelt…</translation>
    </message>
    <message>
        <source>%1 has been added. They can sign in with the first passphrase you gave them.</source>
        <translation>%1 wurde hinzugefügt und kann sich mit der ersten Passphrase anmelden, die Sie ihm gegeben haben.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Zugang sperren</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access? Their key slot is removed at once and they can no longer unlock this workspace. Their past actions stay on record.</source>
        <translation>Den Zugang von %1 sperren? Der Schlüsselplatz wird sofort entfernt, der Arbeitsbereich kann nicht mehr entsperrt werden. Frühere Aktionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>%1 wird gesperrt…</translation>
    </message>
    <message>
        <source>%1&apos;s access has been revoked.</source>
        <translation>Der Zugang von %1 wurde gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>The console now locks after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Die Konsole sperrt jetzt nach %n Minute ohne Aktivität.</numerusform>
            <numerusform>Die Konsole sperrt jetzt nach %n Minuten ohne Aktivität.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rekey “%1”?</source>
        <translation>„%1“ neu verschlüsseln?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) (%1) held the key to “%2” and no longer do. A copy of the key they kept still opens the file outside Custos. Rekeying encrypts it under a new key that only its current holders receive; it takes a moment and is recorded in the audit log.</source>
        <translation>
            <numerusform>%n Benutzer (%1) hielt den Schlüssel zu „%2“ und hält ihn nicht mehr. Eine Kopie des Schlüssels, die er/sie behalten hat, öffnet die Datei außerhalb von Custos noch. Die Neuverschlüsselung verschlüsselt sie unter einem neuen Schlüssel, den nur die jetzigen Inhaber erhalten; sie dauert einen Moment und wird im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>%n Benutzer (%1) hielten den Schlüssel zu „%2“ und halten ihn nicht mehr. Eine Kopie des Schlüssels, die sie behalten haben, öffnet die Datei außerhalb von Custos noch. Die Neuverschlüsselung verschlüsselt sie unter einem neuen Schlüssel, den nur die jetzigen Inhaber erhalten; sie dauert einen Moment und wird im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rekey now</source>
        <translation>Jetzt neu verschlüsseln</translation>
    </message>
    <message>
        <source>Rekeying “%1”…</source>
        <translation>„%1“ wird neu verschlüsselt …</translation>
    </message>
    <message>
        <source>“%1” is encrypted under a new key now; the key anyone kept opens nothing.</source>
        <translation>„%1“ ist jetzt unter einem neuen Schlüssel verschlüsselt; ein behaltener Schlüssel öffnet nichts mehr.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AppController</name>
    <message>
        <source>The workspace is locked and its keys are forgotten. Enter your passphrase to continue.</source>
        <translation>Der Arbeitsbereich ist gesperrt und seine Schlüssel sind vergessen. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Verify the whole log</source>
        <translation>Gesamtes Protokoll &amp;prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export for verification…</source>
        <translation>Zur Prüfung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Alle Handelnden</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Objektkennung</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Select an entry to see all its fields and its inclusion proof.</source>
        <translation>Wählen Sie einen Eintrag, um alle Felder und seinen Inklusionsbeweis zu sehen.</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>In dieser Sitzung noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n passender Eintrag</numerusform>
            <numerusform>%n passende Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1
</source>
        <translation>Eintrag %1
</translation>
    </message>
    <message>
        <source>Time:        %1
</source>
        <translation>Zeit:        %1
</translation>
    </message>
    <message>
        <source>Actor:       %1 (user %2, key %3)
</source>
        <translation>Handelnd:    %1 (Benutzer %2, Schlüssel %3)
</translation>
    </message>
    <message>
        <source>Action:      %1
</source>
        <translation>Aktion:      %1
</translation>
    </message>
    <message>
        <source>Object:      %1 %2
</source>
        <translation>Objekt:      %1 %2
</translation>
    </message>
    <message>
        <source>Details:     %1
</source>
        <translation>Details:     %1
</translation>
    </message>
    <message>
        <source>Prev. hash:  %1
</source>
        <translation>Vorg.-Hash:  %1
</translation>
    </message>
    <message>
        <source>Entry hash:  %1
</source>
        <translation>Eintr.-Hash: %1
</translation>
    </message>
    <message>
        <source>Signature:   %1
</source>
        <translation>Signatur:    %1
</translation>
    </message>
    <message>
        <source>
Inclusion proof in the tree of %1 entries (root %2): %3
</source>
        <translation>
Inklusionsbeweis im Baum aus %1 Einträgen (Wurzel %2): %3
</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>DOES NOT HOLD</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Prüfprotokoll wird geprüft…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>✔ %1 Root %2.</source>
        <translation>✔ %1 Wurzel %2.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Export the audit log to an empty folder</source>
        <translation>Prüfprotokoll in einen leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Prüfprotokoll wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1. VERIFY.md there explains how anyone can check it.</source>
        <translation>Nach %1 exportiert. Die dortige VERIFY.md erklärt, wie jeder es prüfen kann.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CaseView</name>
    <message>
        <source>&amp;Move…</source>
        <translation>Status &amp;wechseln…</translation>
    </message>
    <message>
        <source>Move the case to its next status (M)</source>
        <translation>Den Fall in seinen nächsten Status bringen (M)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <source>Add a note to the timeline (N)</source>
        <translation>Der Zeitleiste eine Notiz hinzufügen (N)</translation>
    </message>
    <message>
        <source>&amp;Party…</source>
        <translation>&amp;Beteiligte…</translation>
    </message>
    <message>
        <source>Add a complainant, respondent, witness or other party (P)</source>
        <translation>Eine meldende Person, beschuldigte Person, einen Zeugen oder eine sonstige beteiligte Person hinzufügen (P)</translation>
    </message>
    <message>
        <source>Alle&amp;gation…</source>
        <translation>&amp;Vorwurf…</translation>
    </message>
    <message>
        <source>Add an allegation (G)</source>
        <translation>Einen Vorwurf hinzufügen (G)</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>Beweis&amp;mittel…</translation>
    </message>
    <message>
        <source>Attach a file into the encrypted workspace (E)</source>
        <translation>Eine Datei in den verschlüsselten Arbeitsbereich aufnehmen (E)</translation>
    </message>
    <message>
        <source>&amp;Task…</source>
        <translation>&amp;Aufgabe…</translation>
    </message>
    <message>
        <source>Add a task with an owner and a due date (T)</source>
        <translation>Eine Aufgabe mit verantwortlicher Person und Fälligkeitsdatum hinzufügen (T)</translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation>Befra&amp;gung…</translation>
    </message>
    <message>
        <source>Record an interview from a template (I)</source>
        <translation>Eine Befragung anhand einer Vorlage erfassen (I)</translation>
    </message>
    <message>
        <source>&amp;Finding…</source>
        <translation>&amp;Feststellung…</translation>
    </message>
    <message>
        <source>Record the finding on an allegation (F)</source>
        <translation>Die Feststellung zu einem Vorwurf erfassen (F)</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Ergebnis…</translation>
    </message>
    <message>
        <source>Record the outcome for a respondent, with their repeat history (O)</source>
        <translation>Das Ergebnis für eine beschuldigte Person erfassen, mit ihrer Vorgeschichte (O)</translation>
    </message>
    <message>
        <source>Appea&amp;l…</source>
        <translation>Wider&amp;spruch…</translation>
    </message>
    <message>
        <source>Record an appeal against an outcome (L)</source>
        <translation>Einen Widerspruch gegen ein Ergebnis erfassen (L)</translation>
    </message>
    <message>
        <source>&amp;Decide appeal…</source>
        <translation>Widerspruch entschei&amp;den…</translation>
    </message>
    <message>
        <source>Decide a pending appeal (compliance officers)</source>
        <translation>Über einen offenen Widerspruch entscheiden (Compliance-Beauftragte)</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Assign or remove an investigator</source>
        <translation>Einen Ermittler zuweisen oder entfernen</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>Ver&amp;knüpfen…</translation>
    </message>
    <message>
        <source>Link a related case</source>
        <translation>Einen verwandten Fall verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Report PDF…</source>
        <translation>Bericht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the case report as PDF, every step with its audit entry (R)</source>
        <translation>Den Fallbericht als PDF speichern, jeden Schritt mit seinem Prüfprotokolleintrag (R)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print the case report</source>
        <translation>Den Fallbericht drucken</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Jump to YYYY-MM-DD</source>
        <translation>Zu YYYY-MM-DD springen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Parties and decisions</source>
        <translation>Beteiligte und Entscheidungen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Read back and agreed…</source>
        <translation>Vorgelesen und bestätigt…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Befragungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 bei Eingang</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a case in the list, or open a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Fall in der Liste oder eröffnen Sie einen neuen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n Aufgabe überfällig</numerusform>
            <numerusform>%n Aufgaben überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · priority %2 · %3 · incident %4 · reported %5 · opened %6 · due %7 · investigators: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Priorität %2 · %3 · Vorfall %4 · gemeldet %5 · eröffnet %6 · fällig %7 · Ermittler: %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Every party</source>
        <translation>Alle Beteiligten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every allegation</source>
        <translation>Alle Vorwürfe</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 überfällig</translation>
    </message>
    <message>
        <source>Interview with %1 on %2</source>
        <translation>Befragung von %1 am %2</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Anwesende: %1</translation>
    </message>
    <message>
        <source>read back and agreed on %1</source>
        <translation>am %1 vorgelesen und bestätigt</translation>
    </message>
    <message>
        <source>not yet read back</source>
        <translation>noch nicht vorgelesen</translation>
    </message>
    <message>
        <source>No interview recorded yet.</source>
        <translation>Noch keine Befragung erfasst.</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation>Befragungen (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Beweismittel (%1)</translation>
    </message>
    <message>
        <source>No earlier case, sanction or confirmed flag.</source>
        <translation>Kein früherer Fall, keine Maßnahme und kein bestätigter Treffer.</translation>
    </message>
    <message>
        <source>Case %1 (%2), opened %3: %4</source>
        <translation>Fall %1 (%2), eröffnet am %3: %4</translation>
    </message>
    <message>
        <source>no finding yet</source>
        <translation>noch keine Feststellung</translation>
    </message>
    <message>
        <source>In force: %1 from case %2, decided %3, %4</source>
        <translation>In Kraft: %1 aus Fall %2, entschieden am %3, %4</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed flag(s): %1</source>
        <translation>
            <numerusform>%n bestätigter Treffer: %1</numerusform>
            <numerusform>%n bestätigte Treffer: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>Allegations and findings</source>
        <translation>Vorwürfe und Feststellungen</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Kein Ergebnis erfasst.</translation>
    </message>
    <message>
        <source>set aside on appeal</source>
        <translation>im Widerspruch aufgehoben</translation>
    </message>
    <message>
        <source>, counts until %1</source>
        <translation>, gilt bis %1</translation>
    </message>
    <message>
        <source>Appeal of %1: %2</source>
        <translation>Widerspruch vom %1: %2</translation>
    </message>
    <message>
        <source>Repeat history of the respondents</source>
        <translation>Vorgeschichte der beschuldigten Personen</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Verwandte Fälle</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD to jump to it.</source>
        <translation>Geben Sie ein Datum als YYYY-MM-DD ein, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Recorded in audit entry %1 (%2)</source>
        <translation>Festgehalten in Prüfprotokolleintrag %1 (%2)</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>Der Fall wurde nicht geändert</translation>
    </message>
    <message>
        <source>This case has no further status.</source>
        <translation>Dieser Fall hat keinen weiteren Status.</translation>
    </message>
    <message>
        <source>Move case %1</source>
        <translation>Status von Fall %1 wechseln</translation>
    </message>
    <message>
        <source>The case is at %1. Steps cannot be skipped; reopening a closed case needs a reason.</source>
        <translation>Der Fall ist im Status „%1“. Schritte können nicht übersprungen werden; ein abgeschlossener Fall kann nur mit Begründung wieder eröffnet werden.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>In den Status „%1“ gewechselt.</translation>
    </message>
    <message>
        <source>Note on case %1</source>
        <translation>Notiz zu Fall %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Party to case %1</source>
        <translation>Beteiligte Person in Fall %1</translation>
    </message>
    <message>
        <source>A person not in any export is entered by name. An anonymous reporter has no name at all.</source>
        <translation>Eine Person, die in keinem Export vorkommt, wird mit Namen eingegeben. Eine anonyme meldende Person hat überhaupt keinen Namen.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Anonymous reporter (no name is stored)</source>
        <translation>Anonyme meldende Person (es wird kein Name gespeichert)</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Allegation in case %1</source>
        <translation>Vorwurf in Fall %1</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Richtlinienklausel</translation>
    </message>
    <message>
        <source>What is alleged</source>
        <translation>Was vorgeworfen wird</translation>
    </message>
    <message>
        <source>The case&apos;s respondents</source>
        <translation>Die beschuldigten Personen des Falls</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Gegen</translation>
    </message>
    <message>
        <source>Allegation added.</source>
        <translation>Vorwurf hinzugefügt.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Beweismittel anhängen</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and cannot be attached.</source>
        <translation>%1 ist größer als %2 MiB und kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>%1 anhängen</translation>
    </message>
    <message>
        <source>The file goes into the encrypted workspace with its SHA-256; nothing is kept outside it.</source>
        <translation>Die Datei kommt mit ihrem SHA-256 in den verschlüsselten Arbeitsbereich; außerhalb davon wird nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Was sie zeigt</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 angehängt.</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 viewed; recorded in the audit log.</source>
        <translation>%1 angesehen; im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>The file cannot be saved</source>
        <translation>Die Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Eine Kopie von %1 speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A copy of %1 was saved to %2; it is outside the encrypted workspace now.</source>
        <translation>Eine Kopie von %1 wurde in %2 gespeichert; sie liegt jetzt außerhalb des verschlüsselten Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Task in case %1</source>
        <translation>Aufgabe in Fall %1</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Aufgabe hinzugefügt.</translation>
    </message>
    <message>
        <source>Task done.</source>
        <translation>Aufgabe erledigt.</translation>
    </message>
    <message>
        <source>Interview in case %1</source>
        <translation>Befragung in Fall %1</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Interview: %1</source>
        <translation>Befragung: %1</translation>
    </message>
    <message>
        <source>Write the answers as given. Mark the interview as agreed once it was read back.</source>
        <translation>Schreiben Sie die Antworten so auf, wie sie gegeben wurden. Markieren Sie die Befragung als bestätigt, sobald sie vorgelesen wurde.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Read back to the interviewee and agreed</source>
        <translation>Der befragten Person vorgelesen und von ihr bestätigt</translation>
    </message>
    <message>
        <source>Interview recorded, read back and agreed.</source>
        <translation>Befragung erfasst, vorgelesen und bestätigt.</translation>
    </message>
    <message>
        <source>Interview recorded.</source>
        <translation>Befragung erfasst.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Every interview is read back and agreed.</source>
        <translation>Jede Befragung ist vorgelesen und bestätigt.</translation>
    </message>
    <message>
        <source>Interview read back and agreed</source>
        <translation>Befragung vorgelesen und bestätigt</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Befragung</translation>
    </message>
    <message>
        <source>Interview agreed.</source>
        <translation>Befragung bestätigt.</translation>
    </message>
    <message>
        <source>%1, clause %2</source>
        <translation>%1, Klausel %2</translation>
    </message>
    <message>
        <source>Finding in case %1</source>
        <translation>Feststellung in Fall %1</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Vorwurf</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Finding recorded: %1.</source>
        <translation>Feststellung erfasst: %1.</translation>
    </message>
    <message>
        <source>The case has no respondent to decide an outcome for.</source>
        <translation>Der Fall hat keine beschuldigte Person, für die ein Ergebnis entschieden werden könnte.</translation>
    </message>
    <message>
        <source>Outcome in case %1</source>
        <translation>Ergebnis in Fall %1</translation>
    </message>
    <message>
        <source>Decide from the consequence ladder. The respondent&apos;s repeat history is shown below.</source>
        <translation>Entscheiden Sie anhand der Maßnahmenstufen. Die Vorgeschichte der beschuldigten Person steht unten.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Beschuldigte Person</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Repeat history of %1</source>
        <translation>Vorgeschichte von %1</translation>
    </message>
    <message>
        <source>Outcome recorded: %1.</source>
        <translation>Ergebnis erfasst: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no outcome to appeal against.</source>
        <translation>Es gibt kein Ergebnis, gegen das Widerspruch eingelegt werden könnte.</translation>
    </message>
    <message>
        <source>Appeal in case %1</source>
        <translation>Widerspruch in Fall %1</translation>
    </message>
    <message>
        <source>Someone other than who decided the outcome decides the appeal.</source>
        <translation>Über den Widerspruch entscheidet jemand anderes als die Person, die das Ergebnis entschieden hat.</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Appeal recorded; it waits for a decision.</source>
        <translation>Widerspruch erfasst; er wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>No appeal is waiting for a decision.</source>
        <translation>Kein Widerspruch wartet auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>Decide an appeal in case %1</source>
        <translation>Über einen Widerspruch in Fall %1 entscheiden</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Appeal decided: %1.</source>
        <translation>Widerspruch entschieden: %1.</translation>
    </message>
    <message>
        <source>Investigators of case %1</source>
        <translation>Ermittler von Fall %1</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Ermittler</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Remove from the case</source>
        <translation>Aus dem Fall entfernen</translation>
    </message>
    <message>
        <source>Investigators changed.</source>
        <translation>Ermittler geändert.</translation>
    </message>
    <message>
        <source>Link case %1</source>
        <translation>Fall %1 verknüpfen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Or the case number</source>
        <translation>Oder die Fallnummer</translation>
    </message>
    <message>
        <source>Linked with %1.</source>
        <translation>Verknüpft mit %1.</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Fallbericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Report saved to %1; recorded in the audit log.</source>
        <translation>Bericht in %1 gespeichert; im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Report sent to the printer; recorded in the audit log.</source>
        <translation>Bericht an den Drucker gesendet; im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>This is recorded when the case is at %1; it is at %2. Move it there first (M).</source>
        <translation>Das wird erfasst, wenn der Fall im Status %1 ist; er ist im Status %2. Wechseln Sie zuerst dorthin (M).</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ände&amp;rn…</translation>
    </message>
    <message>
        <source>Change the title, summary, priority, intake or dates (H)</source>
        <translation>Titel, Zusammenfassung, Priorität, Eingang oder Daten ändern (H)</translation>
    </message>
    <message>
        <source>Mess&amp;age…</source>
        <translation>Nachric&amp;ht…</translation>
    </message>
    <message>
        <source>Record a message to a party; Custos sends nothing (S)</source>
        <translation>Eine Nachricht an eine beteiligte Person festhalten; Custos versendet nichts (S)</translation>
    </message>
    <message>
        <source>Interview templates…</source>
        <translation>Befragungsvorlagen…</translation>
    </message>
    <message>
        <source>Edit the questions of the interview templates (compliance officers)</source>
        <translation>Die Fragen der Befragungsvorlagen bearbeiten (Compliance-Beauftragte)</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Fall %1 bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Reached us by</source>
        <translation>Eingegangen über</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Datum des Vorfalls</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Case changed.</source>
        <translation>Fall geändert.</translation>
    </message>
    <message>
        <source>The case has no party to write to.</source>
        <translation>Der Fall hat keine beteiligte Person, an die geschrieben werden könnte.</translation>
    </message>
    <message>
        <source>Message in case %1</source>
        <translation>Nachricht in Fall %1</translation>
    </message>
    <message>
        <source>The message is recorded on the timeline as sent by you; Custos itself sends nothing.</source>
        <translation>Die Nachricht wird in der Zeitleiste als von Ihnen gesendet festgehalten; Custos selbst versendet nichts.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Message recorded.</source>
        <translation>Nachricht festgehalten.</translation>
    </message>
    <message>
        <source>Interview templates</source>
        <translation>Befragungsvorlagen</translation>
    </message>
    <message>
        <source>Interview template: %1</source>
        <translation>Befragungsvorlage: %1</translation>
    </message>
    <message>
        <source>One question per line. Interviews already recorded keep the questions they were asked.</source>
        <translation>Eine Frage pro Zeile. Bereits erfasste Befragungen behalten die Fragen, die gestellt wurden.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Die Vorlage wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Template %1 saved; new interviews ask its questions.</source>
        <translation>Vorlage %1 gespeichert; neue Befragungen stellen ihre Fragen.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CasesPage</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>Ü&amp;berfällig</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Offene Fälle</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Jede Priorität</translation>
    </message>
    <message>
        <source>Any allegation</source>
        <translation>Jeder Vorwurf</translation>
    </message>
    <message>
        <source>Search number or title ( / )</source>
        <translation>Nummer oder Titel durchsuchen ( / )</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Neuer Fall…</translation>
    </message>
    <message>
        <source>Open a case from an employee&apos;s report, a hotline call or a referral (Ctrl+N)</source>
        <translation>Einen Fall aus einer Meldung von Beschäftigten, einem Anruf bei der Hinweisgeber-Hotline oder einer Weiterleitung eröffnen (Strg+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>For a report by an employee, a hotline call or a manager&apos;s referral. Cases from flagged posts are opened in the Queue (O).</source>
        <translation>Für eine Meldung von Beschäftigten, einen Anruf bei der Hinweisgeber-Hotline oder die Weiterleitung durch eine Führungskraft. Fälle aus markierten Beiträgen werden in der Warteschlange eröffnet (O).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reached us by</source>
        <translation>Eingegangen über</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Anonymous: no name is stored</source>
        <translation>Anonym: Es wird kein Name gespeichert</translation>
    </message>
    <message>
        <source>About (respondent)</source>
        <translation>Betrifft (beschuldigte Person)</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Vorwurf</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Richtlinienklausel</translation>
    </message>
    <message>
        <source>What, when and where</source>
        <translation>Was, wann und wo</translation>
    </message>
    <message>
        <source>Posts it is about (search words)</source>
        <translation>Betroffene Beiträge (Suchbegriffe)</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Datum des Vorfalls</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>The posts were not found</source>
        <translation>Die Beiträge wurden nicht gefunden</translation>
    </message>
    <message>
        <source>No post matches &quot;%1&quot;; the case is opened without posts.</source>
        <translation>Kein Beitrag passt zu „%1“; der Fall wird ohne Beiträge eröffnet.</translation>
    </message>
    <message>
        <source>Posts for the case</source>
        <translation>Beiträge für den Fall</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match; choose those the report is about.</source>
        <translation>
            <numerusform>%n Beitrag passt; wählen Sie die, um die es in der Meldung geht.</numerusform>
            <numerusform>%n Beiträge passen; wählen Sie die, um die es in der Meldung geht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · #%2 · %3: %4</source>
        <translation>%1 · #%2 · %3: %4</translation>
    </message>
    <message>
        <source>Add the chosen posts</source>
        <translation>Gewählte Beiträge hinzufügen</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Der Fall wurde nicht eröffnet</translation>
    </message>
</context>
<context>
    <name>custos::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Meine Passphrase ändern</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Akt&amp;uelle Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
</context>
<context>
    <name>custos::ui::CreateWorkspaceWizard</name>
    <message>
        <source>Create a workspace</source>
        <translation>Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Wählen Sie einen Ordner für den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose a new or empty folder.</source>
        <translation>Der Ordner ist nicht leer. Wählen Sie einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>Where should the workspace live?</source>
        <translation>Wo soll der Arbeitsbereich liegen?</translation>
    </message>
    <message>
        <source>A workspace is a folder holding the encrypted case database and its keyring. Choose a new or empty folder on a disk that is backed up.</source>
        <translation>Ein Arbeitsbereich ist ein Ordner mit der verschlüsselten Falldatenbank und ihrem Schlüsselbund. Wählen Sie einen neuen oder leeren Ordner auf einem gesicherten Datenträger.</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>Arbeitsbereichs&amp;ordner:</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Geben Sie den Benutzernamen des Administrators ein.</translation>
    </message>
    <message>
        <source>Who administers it?</source>
        <translation>Wer verwaltet ihn?</translation>
    </message>
    <message>
        <source>The first administrator adds the other users and gives them their roles.</source>
        <translation>Der erste Administrator fügt die anderen Benutzer hinzu und vergibt ihre Rollen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s passphrase</source>
        <translation>Passphrase des Administrators wählen</translation>
    </message>
    <message>
        <source>It unlocks the workspace. Nobody can recover it: if every administrator forgets theirs, the case data cannot be read.</source>
        <translation>Sie entsperrt den Arbeitsbereich. Niemand kann sie wiederherstellen: Vergessen alle Administratoren ihre, sind die Falldaten nicht mehr lesbar.</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>Arbeitsbereich &amp;anlegen</translation>
    </message>
    <message>
        <source>Default retention period</source>
        <translation>Standard-Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>Frist wählen…</translation>
    </message>
    <message>
        <source>Choose how long records are kept.</source>
        <translation>Wählen Sie, wie lange Daten aufbewahrt werden.</translation>
    </message>
    <message>
        <source>How long are records kept?</source>
        <translation>Wie lange werden Daten aufbewahrt?</translation>
    </message>
    <message>
        <source>&amp;Keep records for:</source>
        <translation>Daten &amp;aufbewahren für:</translation>
    </message>
    <message>
        <source>Records are deleted when this period has passed, unless a legal hold, a case or an undecided flag keeps them.</source>
        <translation>Daten werden nach Ablauf dieser Frist gelöscht, sofern kein Legal Hold, kein Fall und kein unentschiedener Treffer sie hält.</translation>
    </message>
    <message>
        <source>This covers posts, decisions on flags, closed cases and import manifests. Rules per channel or category can be added later on the Records page. 14 days is a common default for chat; your regulations may require years.</source>
        <translation>Das gilt für Beiträge, Entscheidungen zu Treffern, abgeschlossene Fälle und Import-Manifeste. Regeln je Kanal oder Kategorie lassen sich später auf der Seite „Aufbewahrung“ hinzufügen. 14 Tage sind für Chats üblich; Ihre Vorschriften verlangen womöglich Jahre.</translation>
    </message>
</context>
<context>
    <name>custos::ui::FormDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>%1 muss ein Datum im Format YYYY-MM-DD sein, zum Beispiel 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ImportDialog</name>
    <message>
        <source>CSV columns</source>
        <translation>CSV-Spalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Export importieren</translation>
    </message>
    <message>
        <source>A Slack export (.zip or folder), Mattermost .jsonl, Teams .json or a .csv file</source>
        <translation>Ein Slack-Export (.zip oder Ordner), Mattermost-.jsonl, Teams-.json oder eine .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Datei…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Mattermost</source>
        <translation>Mattermost</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser(in)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichtenkennung</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Preview of the first posts:</source>
        <translation>Vorschau der ersten Beiträge:</translation>
    </message>
    <message>
        <source>Choose an export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <source>Exports (*.zip *.jsonl *.json *.csv);;All files (*)</source>
        <translation>Exporte (*.zip *.jsonl *.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an unpacked export folder</source>
        <translation>Entpackten Exportordner wählen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The export holds no posts.</source>
        <translation>Der Export enthält keine Beiträge.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 posts added, %2 edited, %3 unchanged, %4 events, %5 skipped</source>
        <translation>%1 Beiträge hinzugefügt, %2 bearbeitet, %3 unverändert, %4 Ereignisse, %5 übersprungen</translation>
    </message>
    <message>
        <source>The import stopped: %1 What was imported before stays, and importing the same export again resumes where it stopped.</source>
        <translation>Der Import wurde angehalten: %1 Bereits Importiertes bleibt erhalten; ein erneuter Import desselben Exports setzt dort fort, wo er anhielt.</translation>
    </message>
    <message>
        <source>Import cancelled; import the same export again to resume.</source>
        <translation>Import abgebrochen; importieren Sie denselben Export erneut, um fortzusetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n post(s) added</source>
        <translation>
            <numerusform>Import abgeschlossen: %n Beitrag hinzugefügt</numerusform>
            <numerusform>Import abgeschlossen: %n Beiträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 people and %2 channels.</source>
        <translation>, %1 Personen und %2 Kanäle.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n Datensatz übersprungen:</numerusform>
            <numerusform>%n Datensätze übersprungen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>%1 — Custos</source>
        <translation>%1 — Custos</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the workspace and forget its keys (Ctrl+L)</source>
        <translation>Arbeitsbereich sperren und Schlüssel vergessen (Strg+L)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <source>Workspace unlocked · schema version %1 · locks after %2 minutes without activity</source>
        <translation>Arbeitsbereich entsperrt · Schemaversion %1 · sperrt nach %2 Minuten ohne Aktivität</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a Slack, Mattermost, Teams or CSV export (Ctrl+I)</source>
        <translation>Einen Slack-, Mattermost-, Teams- oder CSV-Export importieren (Strg+I)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Beschäftigte</translation>
    </message>
</context>
<context>
    <name>custos::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PeoplePage</name>
    <message>
        <source>&lt;h2&gt;People&lt;/h2&gt;Who works here, what training they have done, and which policy they acknowledged.</source>
        <translation>&lt;h2&gt;Beschäftigte&lt;/h2&gt;Wer hier arbeitet, welche Schulungen absolviert wurden und welche Richtlinie zur Kenntnis genommen wurde.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Mitarbeiterverzeichnis</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Schulungen</translation>
    </message>
    <message>
        <source>Policy &amp;acknowledgements</source>
        <translation>&amp;Kenntnisnahmen von Richtlinien</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Eintritt</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>Matched people</source>
        <translation>Zugeordnete Personen</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Mitarbeiterverzeichnis</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Roster entries that match no one in the imports</source>
        <translation>Einträge im Mitarbeiterverzeichnis, denen niemand aus den Importen zugeordnet ist</translation>
    </message>
    <message>
        <source>People of the imports on no roster entry</source>
        <translation>Personen aus den Importen ohne Eintrag im Mitarbeiterverzeichnis</translation>
    </message>
    <message>
        <source>Roster entries no one in the imports matches:</source>
        <translation>Einträge im Mitarbeiterverzeichnis, denen niemand aus den Importen zugeordnet ist:</translation>
    </message>
    <message>
        <source>People of the imports on no entry (by pseudonym):</source>
        <translation>Personen aus den Importen ohne Eintrag (nach Pseudonym):</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>Mitarbeiterverzeichnis &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected</source>
        <translation>Die beiden Ausgewählten &amp;verknüpfen</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Days to complete</source>
        <translation>Frist in Tagen</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Schulungsmodule</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Neues Modul…</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Record &amp;completion…</source>
        <translation>&amp;Abschluss erfassen…</translation>
    </message>
    <message>
        <source>Import &amp;completions…</source>
        <translation>Abschlüsse im&amp;portieren…</translation>
    </message>
    <message>
        <source>Write &amp;reminders…</source>
        <translation>&amp;Erinnerungen schreiben…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur über&amp;fällige</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Beschäftigte Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Zuletzt abgeschlossen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Schulungsstand</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <source>Text (SHA-256)</source>
        <translation>Text (SHA-256)</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Kenntnis genommen am</translation>
    </message>
    <message>
        <source>Policy acknowledgements</source>
        <translation>Kenntnisnahmen von Richtlinien</translation>
    </message>
    <message>
        <source>&amp;Record acknowledgement…</source>
        <translation>Kenntnisnahme &amp;erfassen…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>%1 overdue of %2 assignments</source>
        <translation>%1 von %2 Zuweisungen überfällig</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Mitarbeiterverzeichnis importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <source>The names of the columns in %1, as its header row spells them. Only the employee id and the name are required.</source>
        <translation>Die Namen der Spalten in %1, so wie sie in der Kopfzeile stehen. Nur Personalnummer und Name sind erforderlich.</translation>
    </message>
    <message>
        <source>Employee &amp;id</source>
        <translation>&amp;Personalnummer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Platform &amp;handles</source>
        <translation>Plattform-&amp;Handles</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Abteilung</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Führungskraft</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Ein&amp;trittsdatum</translation>
    </message>
    <message>
        <source>&amp;Leave date</source>
        <translation>Au&amp;strittsdatum</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Roster imported: %1 added, %2 updated, %3 unchanged, %4 skipped; %5 people matched. Not matched: %6 entries, %7 people (below).</source>
        <translation>Mitarbeiterverzeichnis importiert: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 übersprungen; %5 Personen zugeordnet. Nicht zugeordnet: %6 Einträge, %7 Personen (unten).</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Zeile %1: %2.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>%1 is now linked to employee %2.</source>
        <translation>%1 ist jetzt mit der beschäftigten Person %2 verknüpft.</translation>
    </message>
    <message>
        <source>New training module</source>
        <translation>Neues Schulungsmodul</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>Alle 3 Monate</translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation>Alle 6 Monate</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Every 2 years</source>
        <translation>Alle 2 Jahre</translation>
    </message>
    <message>
        <source>&amp;Days to complete</source>
        <translation>&amp;Frist in Tagen</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>Modul hinzufügen</translation>
    </message>
    <message>
        <source>The days to complete are a number, 0 or more.</source>
        <translation>Die Frist in Tagen ist eine Zahl, 0 oder größer.</translation>
    </message>
    <message>
        <source>Module “%1” added; assign it to a department or an employee.</source>
        <translation>Modul „%1“ hinzugefügt; weisen Sie es einer Abteilung oder einer beschäftigten Person zu.</translation>
    </message>
    <message>
        <source>Assign a module</source>
        <translation>Modul zuweisen</translation>
    </message>
    <message>
        <source>Add a training module first.</source>
        <translation>Legen Sie zuerst ein Schulungsmodul an.</translation>
    </message>
    <message>
        <source>One employee (below)</source>
        <translation>Eine beschäftigte Person (unten)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <source>&amp;Employee id</source>
        <translation>&amp;Personalnummer</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Zugewiesen.</translation>
    </message>
    <message>
        <source>Record a completion</source>
        <translation>Abschluss erfassen</translation>
    </message>
    <message>
        <source>Completed &amp;on</source>
        <translation>Abgeschlossen &amp;am</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Completion recorded.</source>
        <translation>Abschluss erfasst.</translation>
    </message>
    <message>
        <source>Import completions</source>
        <translation>Abschlüsse importieren</translation>
    </message>
    <message>
        <source>The learning system&apos;s export: who (an employee id or an e-mail), which module, and when.</source>
        <translation>Der Export des Lernmanagementsystems: wer (eine Personalnummer oder E-Mail-Adresse), welches Modul und wann.</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Beschäftigte Person</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Abgeschlossen</translation>
    </message>
    <message>
        <source>Completions imported: %1 new, %2 known already, %3 skipped.</source>
        <translation>Abschlüsse importiert: %1 neu, %2 bereits bekannt, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Folder for the reminders</source>
        <translation>Ordner für die Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>1 reminder written to %1; it is not sent.</source>
        <translation>1 Erinnerung nach %1 geschrieben; sie wird nicht versendet.</translation>
    </message>
    <message>
        <source>%1 reminders written to %2; they are not sent.</source>
        <translation>%1 Erinnerungen nach %2 geschrieben; sie werden nicht versendet.</translation>
    </message>
    <message>
        <source>Record a policy acknowledgement</source>
        <translation>Kenntnisnahme einer Richtlinie erfassen</translation>
    </message>
    <message>
        <source>The acknowledgement is bound to the SHA-256 of the version&apos;s published text.</source>
        <translation>Die Kenntnisnahme ist an den SHA-256 des veröffentlichten Textes dieser Version gebunden.</translation>
    </message>
    <message>
        <source>Policy &amp;version</source>
        <translation>Richtlinien&amp;version</translation>
    </message>
    <message>
        <source>Acknowledged &amp;on</source>
        <translation>Kenntnis genommen &amp;am</translation>
    </message>
    <message>
        <source>The policy version is a number.</source>
        <translation>Die Richtlinienversion ist eine Zahl.</translation>
    </message>
    <message>
        <source>Acknowledgement recorded.</source>
        <translation>Kenntnisnahme erfasst.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PoliciesPage</name>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>watched names, sentiment ≤ %1</source>
        <translation>beobachtete Namen, Stimmung ≤ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s), sentiment ≤ %1</source>
        <translation>
            <numerusform>%n Name, Stimmung ≤ %1</numerusform>
            <numerusform>%n Namen, Stimmung ≤ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>detector %1</source>
        <translation>Detektor %1</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s)</source>
        <translation>
            <numerusform>%n Schlüsselwort</numerusform>
            <numerusform>%n Schlüsselwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n word(s) of a context term</source>
        <translation>
            <numerusform>höchstens %n Wort von einem Kontextbegriff entfernt</numerusform>
            <numerusform>höchstens %n Wörter von einem Kontextbegriff entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>only when aimed at someone</source>
        <translation>nur wenn gegen jemanden gerichtet</translation>
    </message>
    <message>
        <source>&amp;Publish a new version…</source>
        <translation>Neue Version &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;Save as JSON…</source>
        <translation>Als JSON &amp;speichern…</translation>
    </message>
    <message>
        <source>S&amp;can the workspace</source>
        <translation>Arbeitsbereich &amp;prüfen</translation>
    </message>
    <message>
        <source>Detection policies</source>
        <translation>Erkennungsrichtlinien</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Posts scanned</source>
        <translation>Geprüfte Beiträge</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type or paste a message to see what the selected version flags…</source>
        <translation>Nachricht eingeben oder einfügen, um zu sehen, was die gewählte Version markiert…</translation>
    </message>
    <message>
        <source>Add a version from a policy JSON file; it must compile, and the version in force stays until it does</source>
        <translation>Eine Version aus einer Richtlinien-JSON-Datei hinzufügen; sie muss kompilieren, bis dahin bleibt die geltende Version in Kraft</translation>
    </message>
    <message>
        <source>Classify the posts not yet scanned with the newest version, on all cores</source>
        <translation>Die noch nicht mit der neuesten Version geprüften Beiträge auf allen Kernen klassifizieren</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <source>Rules of the selected version</source>
        <translation>Regeln der gewählten Version</translation>
    </message>
    <message>
        <source>Test bench</source>
        <translation>Prüfstand</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Version %1 is in force. Posts not yet scanned with it: %2.</source>
        <translation>Version %1 ist in Kraft. Noch nicht damit geprüfte Beiträge: %2.</translation>
    </message>
    <message>
        <source>Version %1 is in force. Every post is scanned with it.</source>
        <translation>Version %1 ist in Kraft. Jeder Beitrag ist damit geprüft.</translation>
    </message>
    <message>
        <source>Compiling version %1 for the test bench…</source>
        <translation>Version %1 wird für den Prüfstand kompiliert…</translation>
    </message>
    <message>
        <source>Nothing to test yet.</source>
        <translation>Noch nichts zu prüfen.</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Sentiment %1 (from −1, negative, to +1, positive)</source>
        <translation>Stimmung %1 (von −1, negativ, bis +1, positiv)</translation>
    </message>
    <message>
        <source>Publish a policy version</source>
        <translation>Richtlinienversion veröffentlichen</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Publishing a policy version…</source>
        <translation>Richtlinienversion wird veröffentlicht…</translation>
    </message>
    <message>
        <source>The policy was not published</source>
        <translation>Die Richtlinie wurde nicht veröffentlicht</translation>
    </message>
    <message>
        <source>%1

The version in force stays. Correct the file and publish it again.</source>
        <translation>%1

Die geltende Version bleibt in Kraft. Korrigieren Sie die Datei und veröffentlichen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Version %1 published from %2. Scan the workspace to apply it.</source>
        <translation>Version %1 aus %2 veröffentlicht. Prüfen Sie den Arbeitsbereich, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>Save policy version %1</source>
        <translation>Richtlinienversion %1 speichern</translation>
    </message>
    <message>
        <source>Policies (*.json)</source>
        <translation>Richtlinien (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Version %1 saved to %2. Edit it and publish it as a new version.</source>
        <translation>Version %1 in %2 gespeichert. Bearbeiten Sie sie und veröffentlichen Sie sie als neue Version.</translation>
    </message>
    <message>
        <source>Scanning the workspace…</source>
        <translation>Arbeitsbereich wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Scanning the workspace… %1 of %2 posts</source>
        <translation>Arbeitsbereich wird geprüft… %1 von %2 Beiträgen</translation>
    </message>
    <message>
        <source>The scan stopped</source>
        <translation>Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1

Posts scanned before the error keep their flags; scanning again continues from there.</source>
        <translation>%1

Vor dem Fehler geprüfte Beiträge behalten ihre Treffer; eine erneute Prüfung macht dort weiter.</translation>
    </message>
    <message>
        <source>Scan cancelled after %1 posts; scanning again continues from there.</source>
        <translation>Prüfung nach %1 Beiträgen abgebrochen; eine erneute Prüfung macht dort weiter.</translation>
    </message>
    <message>
        <source>Scan finished with version %1: %2 posts scanned, %3 flagged, %4 flags.</source>
        <translation>Prüfung mit Version %1 beendet: %2 Beiträge geprüft, %3 markiert, %4 Treffer.</translation>
    </message>
    <message>
        <source>Record keeping</source>
        <translation>Aufbewahrung von Unterlagen</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Datenabfluss</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Harassment and bullying</source>
        <translation>Belästigung und Mobbing</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Rechtsstreitigkeiten</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>not visible to your role</source>
        <translation>für Ihre Rolle nicht sichtbar</translation>
    </message>
    <message>
        <source>No policy version is published yet. The first scan publishes the built-in policy as version 1; below are its rules.</source>
        <translation>Noch ist keine Richtlinienversion veröffentlicht. Der erste Scan veröffentlicht die eingebaute Richtlinie als Version 1; unten stehen ihre Regeln.</translation>
    </message>
    <message>
        <source>Posts in the workspace: %1.</source>
        <translation>Beiträge im Arbeitsbereich: %1.</translation>
    </message>
    <message>
        <source>Version %1 is in force.</source>
        <translation>Version %1 ist in Kraft.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PostDetailView</name>
    <message>
        <source>Flags</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Frühere Fassungen</translation>
    </message>
    <message>
        <source>The thread</source>
        <translation>Der Thread</translation>
    </message>
    <message>
        <source>Around it in the channel</source>
        <translation>Davor und danach im Kanal</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>custos::ui::QueueFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Search the posts (/)</source>
        <translation>Beiträge durchsuchen (/)</translation>
    </message>
    <message>
        <source>Your saved filters</source>
        <translation>Ihre gespeicherten Filter</translation>
    </message>
    <message>
        <source>Save &amp;filter…</source>
        <translation>&amp;Filter speichern…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Die aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Any start</source>
        <translation>Beliebiger Beginn</translation>
    </message>
    <message>
        <source>Any end</source>
        <translation>Beliebiges Ende</translation>
    </message>
    <message>
        <source>Posted on or after this day (UTC)</source>
        <translation>Gepostet an oder nach diesem Tag (UTC)</translation>
    </message>
    <message>
        <source>Posted on or before this day (UTC)</source>
        <translation>Gepostet an oder vor diesem Tag (UTC)</translation>
    </message>
    <message>
        <source>Posts by this author (as the queue shows them: a pseudonym unless revealed)</source>
        <translation>Beiträge dieser Person (wie die Warteschlange sie zeigt: ein Pseudonym, sofern nicht aufgedeckt)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 Beiträge</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Save the filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name for the current filters:</source>
        <translation>Name für die aktuellen Filter:</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filter „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Beliebige Regel</translation>
    </message>
    <message>
        <source>Any policy version</source>
        <translation>Beliebige Richtlinienversion</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Richtlinienversion %1</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Beliebiger Kanal</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Beliebige Person</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Beliebige Zuweisung</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Posts by people of this department (the roster&apos;s, for people linked to it)</source>
        <translation>Beiträge von Personen dieser Abteilung (laut Mitarbeiterverzeichnis, für damit verknüpfte Personen)</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Jede Abteilung</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 Beitrag</translation>
    </message>
</context>
<context>
    <name>custos::ui::QueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Mir &amp;zuweisen</translation>
    </message>
    <message>
        <source>Take the selected posts (a)</source>
        <translation>Die gewählten Beiträge übernehmen (a)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Dismiss the selected flags with a reason (d)</source>
        <translation>Die gewählten Treffer mit Grund verwerfen (d)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the flags as right and settle them (c)</source>
        <translation>Die Treffer als zutreffend bestätigen und abschließen (c)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Hand the selected posts to another reviewer with a note (e)</source>
        <translation>Die gewählten Beiträge mit Notiz an eine andere Prüferin übergeben (e)</translation>
    </message>
    <message>
        <source>Request &amp;takedown…</source>
        <translation>&amp;Löschung beantragen…</translation>
    </message>
    <message>
        <source>Ask a compliance officer to approve removing this post (t)</source>
        <translation>Eine Compliance-Beauftragte um Freigabe der Löschung bitten (t)</translation>
    </message>
    <message>
        <source>&amp;Reveal author…</source>
        <translation>Autor &amp;aufdecken…</translation>
    </message>
    <message>
        <source>Show the real identity behind the pseudonym, for this session, with a reason</source>
        <translation>Die echte Identität hinter dem Pseudonym für diese Sitzung zeigen, mit Grund</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>Die Entscheidung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Ihnen zugewiesen.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Why are these flags dismissed?</source>
        <translation>Warum werden diese Treffer verworfen?</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) dismissed: %1.</source>
        <translation>
            <numerusform>%n Treffer verworfen: %1.</numerusform>
            <numerusform>%n Treffer verworfen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) confirmed.</source>
        <translation>
            <numerusform>%n Treffer bestätigt.</numerusform>
            <numerusform>%n Treffer bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other reviewer to escalate to. An administrator can add one.</source>
        <translation>Es gibt keine andere Prüferin für eine Eskalation. Eine Administratorin kann eine anlegen.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation>Eskalieren an:</translation>
    </message>
    <message>
        <source>Note for %1 (why it needs them):</source>
        <translation>Notiz für %1 (warum es sie braucht):</translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation>An %1 eskaliert.</translation>
    </message>
    <message>
        <source>Request a takedown</source>
        <translation>Löschung beantragen</translation>
    </message>
    <message>
        <source>Why must this post be removed?</source>
        <translation>Warum muss dieser Beitrag entfernt werden?</translation>
    </message>
    <message>
        <source>Which policy clause does it break?</source>
        <translation>Gegen welche Richtlinienklausel verstößt er?</translation>
    </message>
    <message>
        <source>Takedown request %1 sent; another compliance officer decides it.</source>
        <translation>Löschantrag %1 gestellt; eine andere Compliance-Beauftragte entscheidet darüber.</translation>
    </message>
    <message>
        <source>Reveal the author</source>
        <translation>Autor aufdecken</translation>
    </message>
    <message>
        <source>Why do you need to know who %1 is? The reason is recorded in the audit log.</source>
        <translation>Warum müssen Sie wissen, wer %1 ist? Der Grund wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>%1 is %2 (for this session).</source>
        <translation>%1 ist %2 (für diese Sitzung).</translation>
    </message>
    <message>
        <source>Select si&amp;milar</source>
        <translation>Ä&amp;hnliche wählen</translation>
    </message>
    <message>
        <source>Add the near-identical flags (same rules, same words) to the next decision (s)</source>
        <translation>Die nahezu gleichen Treffer (gleiche Regeln, gleiche Wörter) in die nächste Entscheidung aufnehmen (s)</translation>
    </message>
    <message numerus="yes">
        <source>%n near-identical flag(s) selected, on posts with the same words and rules; the next decision covers them all.</source>
        <translation>
            <numerusform>%n nahezu gleicher Treffer gewählt, auf Beiträgen mit gleichen Wörtern und Regeln; die nächste Entscheidung gilt für alle.</numerusform>
            <numerusform>%n nahezu gleiche Treffer gewählt, auf Beiträgen mit gleichen Wörtern und Regeln; die nächste Entscheidung gilt für alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta&amp;g…</source>
        <translation>Schlag&amp;wort…</translation>
    </message>
    <message>
        <source>Put a short label on the selected flags</source>
        <translation>Die gewählten Treffer mit einem kurzen Schlagwort versehen</translation>
    </message>
    <message>
        <source>&amp;Notify author…</source>
        <translation>Autor be&amp;nachrichtigen…</translation>
    </message>
    <message>
        <source>Write the message to the author from the template and save it for sending</source>
        <translation>Die Nachricht an den Autor aus der Vorlage schreiben und zum Versand speichern</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Tag for the selected flags:</source>
        <translation>Schlagwort für die gewählten Treffer:</translation>
    </message>
    <message>
        <source>Tagged &quot;%1&quot;.</source>
        <translation>Mit „%1“ versehen.</translation>
    </message>
    <message>
        <source>Notify the author</source>
        <translation>Autor benachrichtigen</translation>
    </message>
    <message>
        <source>Which policy clause applies?</source>
        <translation>Welche Richtlinienklausel gilt?</translation>
    </message>
    <message>
        <source>What should the author do?</source>
        <translation>Was soll der Autor tun?</translation>
    </message>
    <message>
        <source>Save the message to the author</source>
        <translation>Nachricht an den Autor speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>The message is recorded but the file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Die Nachricht ist festgehalten, aber die Datei %1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Message to the author recorded and saved to %1; Custos sends nothing.</source>
        <translation>Nachricht an den Autor festgehalten und in %1 gespeichert; Custos versendet nichts.</translation>
    </message>
    <message>
        <source>Notification &amp;template…</source>
        <translation>Benachrichtigungs&amp;vorlage…</translation>
    </message>
    <message>
        <source>Edit the message authors are sent when they are notified</source>
        <translation>Die Nachricht bearbeiten, die Autoren bei einer Benachrichtigung erhalten</translation>
    </message>
    <message>
        <source>Notification template</source>
        <translation>Benachrichtigungsvorlage</translation>
    </message>
    <message>
        <source>The message to authors. {clause}, {what} and {todo} are required; {channel} and {date} are filled in too.</source>
        <translation>Die Nachricht an Autoren. {clause}, {what} und {todo} sind Pflicht; {channel} und {date} werden ebenfalls ausgefüllt.</translation>
    </message>
    <message>
        <source>Notification template saved.</source>
        <translation>Benachrichtigungsvorlage gespeichert.</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Fall eröffnen…</translation>
    </message>
    <message>
        <source>Open an investigation case from the selected posts (o)</source>
        <translation>Einen Ermittlungsfall aus den gewählten Beiträgen eröffnen (o)</translation>
    </message>
    <message>
        <source>Add to case…</source>
        <translation>Zu Fall hinzufügen…</translation>
    </message>
    <message>
        <source>Add the selected posts to an open case (Shift+O)</source>
        <translation>Die gewählten Beiträge einem offenen Fall hinzufügen (Umschalt+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier confirmed flag(s) (%1)</source>
        <translation>
            <numerusform>%n früher bestätigter Treffer (%1)</numerusform>
            <numerusform>%n früher bestätigte Treffer (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in force from case %2</source>
        <translation>%1 in Kraft aus Fall %2</translation>
    </message>
    <message numerus="yes">
        <source>open case(s): %1</source>
        <translation>
            <numerusform>offener Fall: %1</numerusform>
            <numerusform>offene Fälle: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Author&apos;s record:</source>
        <translation>Vorgeschichte des Autors:</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall eröffnen</translation>
    </message>
    <message>
        <source>The selected posts join the case&apos;s timeline, their authors as respondents and the flags&apos; categories as allegations; you are assigned to it.</source>
        <translation>Die gewählten Beiträge kommen in die Zeitleiste des Falls, ihre Autoren als beschuldigte Personen und die Kategorien der Treffer als Vorwürfe; Sie werden dem Fall zugewiesen.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Der Fall wurde nicht eröffnet</translation>
    </message>
    <message numerus="yes">
        <source>Case opened from %n flag(s).</source>
        <translation>
            <numerusform>Fall aus %n Treffer eröffnet.</numerusform>
            <numerusform>Fall aus %n Treffern eröffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no open case to add to; open one with O.</source>
        <translation>Es gibt keinen offenen Fall, dem etwas hinzugefügt werden kann; eröffnen Sie einen mit O.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Zu Fall hinzufügen</translation>
    </message>
    <message>
        <source>The selected posts join the case&apos;s timeline; new authors become respondents.</source>
        <translation>Die gewählten Beiträge kommen in die Zeitleiste des Falls; neue Autoren werden beschuldigte Personen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>The posts were not added</source>
        <translation>Die Beiträge wurden nicht hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) added to %1.</source>
        <translation>
            <numerusform>%n Treffer zu %1 hinzugefügt.</numerusform>
            <numerusform>%n Treffer zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::RecordsPage</name>
    <message>
        <source>channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>custodian %1</source>
        <translation>betroffene Person %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>Suche „%1“</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Records&lt;/h2&gt;What is kept how long and why, what a lawsuit freezes, and proof of what was deleted.</source>
        <translation>&lt;h2&gt;Aufbewahrung&lt;/h2&gt;Was wie lange und warum aufbewahrt wird, was ein Rechtsstreit einfriert, und der Nachweis dessen, was gelöscht wurde.</translation>
    </message>
    <message>
        <source>&amp;Retention rules</source>
        <translation>&amp;Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>Legal &amp;holds</source>
        <translation>Legal &amp;Holds</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Löschung</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>No retention rule is in force, so nothing is ever deleted. Add a rule for each kind of record (posts, flags and decisions, cases, import manifests) with the regulation it serves. A rule for a channel overrides the rule for its kind, which overrides the workspace&apos;s; a rule for a flag category keeps what was flagged in it at least that long.</source>
        <translation>Keine Aufbewahrungsregel ist in Kraft, daher wird nie etwas gelöscht. Legen Sie für jede Art von Datensatz (Beiträge, Treffer und Entscheidungen, Fälle, Importmanifeste) eine Regel mit der Vorschrift an, der sie dient. Eine Regel für einen Kanal hat Vorrang vor der Regel für seine Art, diese vor der des Arbeitsbereichs; eine Regel für eine Trefferkategorie bewahrt, was darin markiert wurde, mindestens so lange auf.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Umfasst</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Aufbewahrungsdauer</translation>
    </message>
    <message>
        <source>Regulation or reason</source>
        <translation>Rechtsgrundlage oder Grund</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Neue Regel…</translation>
    </message>
    <message>
        <source>Re&amp;tire rule…</source>
        <translation>Regel außer &amp;Kraft setzen…</translation>
    </message>
    <message>
        <source>Take the selected rule out of force</source>
        <translation>Die gewählte Regel außer Kraft setzen</translation>
    </message>
    <message>
        <source>A legal hold keeps everything it matches, whatever the retention rules say, until it is released. A hold by search keeps catching new matches as imports arrive.</source>
        <translation>Ein Legal Hold bewahrt alles auf, was er erfasst, unabhängig von den Aufbewahrungsregeln, bis er aufgehoben wird. Ein Legal Hold per Suche erfasst laufend neue Übereinstimmungen, wenn Importe eintreffen.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Angelegenheit</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Bewahrt auf</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Angeordnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Legal Holds</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>Legal Hold an&amp;ordnen…</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Legal Hold anordnen</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Au&amp;fheben…</translation>
    </message>
    <message>
        <source>Release the selected hold</source>
        <translation>Den gewählten Legal Hold aufheben</translation>
    </message>
    <message>
        <source>Custodian &amp;notices…</source>
        <translation>&amp;Mitteilungen an Betroffene…</translation>
    </message>
    <message>
        <source>Write the notice for each custodian into a folder (they are not sent)</source>
        <translation>Die Mitteilung für jede betroffene Person in einen Ordner schreiben (sie werden nicht versendet)</translation>
    </message>
    <message>
        <source>Record &amp;acknowledgement…</source>
        <translation>&amp;Bestätigung erfassen…</translation>
    </message>
    <message>
        <source>Record that a custodian acknowledged the notice</source>
        <translation>Erfassen, dass eine betroffene Person die Mitteilung bestätigt hat</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Vor&amp;schau</translation>
    </message>
    <message>
        <source>What a purge now would delete, and what stays</source>
        <translation>Was eine Löschung jetzt entfernen würde, und was bleibt</translation>
    </message>
    <message>
        <source>P&amp;urge now…</source>
        <translation>Jetzt lösch&amp;en…</translation>
    </message>
    <message>
        <source>Delete what has expired, in audited batches that each sign a tombstone per record</source>
        <translation>Abgelaufenes löschen, in protokollierten Stapeln, die je Datensatz einen Löschnachweis signieren</translation>
    </message>
    <message>
        <source>Preview first: nothing is deleted until you purge.</source>
        <translation>Zuerst die Vorschau: Nichts wird gelöscht, bevor Sie die Löschung starten.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Beweismitteldateien</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>What would be deleted, per rule</source>
        <translation>Was gelöscht würde, je Regel</translation>
    </message>
    <message>
        <source>What stays, and why:</source>
        <translation>Was bleibt, und warum:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Why it stays</source>
        <translation>Grund des Verbleibs</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>What stays, and why</source>
        <translation>Was bleibt, und warum</translation>
    </message>
    <message>
        <source>Examples of what stays</source>
        <translation>Beispiele für das, was bleibt</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Löschlauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Purges</source>
        <translation>Löschläufe</translation>
    </message>
    <message>
        <source>Export &amp;certificate…</source>
        <translation>&amp;Zertifikat exportieren…</translation>
    </message>
    <message>
        <source>The certificate of disposition: each record&apos;s tombstone and the signed entries behind it</source>
        <translation>Das Löschzertifikat: der Löschnachweis jedes Datensatzes und die signierten Einträge dahinter</translation>
    </message>
    <message>
        <source>A third party checks it with an audit export: custos-cli disposition verify CERTIFICATE EXPORT.</source>
        <translation>Dritte prüfen es mit einem exportierten Prüfprotokoll: custos-cli disposition verify CERTIFICATE EXPORT.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Released on %1: %2</source>
        <translation>Aufgehoben am %1: %2</translation>
    </message>
    <message>
        <source>New retention rule</source>
        <translation>Neue Aufbewahrungsregel</translation>
    </message>
    <message>
        <source>A rule for a channel overrides the rule for its kind, which overrides the workspace&apos;s; a rule for a flag category keeps what was flagged in it at least that long. A legal hold, a case or an undecided flag keeps a record whatever the rules say.</source>
        <translation>Eine Regel für einen Kanal hat Vorrang vor der Regel für seine Art, diese vor der des Arbeitsbereichs; eine Regel für eine Trefferkategorie bewahrt, was darin markiert wurde, mindestens so lange auf. Ein Legal Hold, ein Fall oder ein nicht entschiedener Treffer bewahrt einen Datensatz unabhängig von den Regeln auf.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Umfasst</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Channel &amp;kind</source>
        <translation>&amp;Kanalart</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Beliebiger Kanal</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Kan&amp;al</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Flagged as</source>
        <translation>Markiert als</translation>
    </message>
    <message>
        <source>Other (days below)</source>
        <translation>Andere (Tage unten)</translation>
    </message>
    <message>
        <source>&amp;Keep for</source>
        <translation>Aufbewahren &amp;für</translation>
    </message>
    <message>
        <source>&amp;Regulation or reason</source>
        <translation>&amp;Rechtsgrundlage oder Grund</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Write the period as a number of days, at least 1.</source>
        <translation>Geben Sie die Frist als Anzahl Tage an, mindestens 1.</translation>
    </message>
    <message>
        <source>Rule “%1” is in force: %2 for %3.</source>
        <translation>Regel „%1“ ist in Kraft: %2 für %3.</translation>
    </message>
    <message>
        <source>Retire rule</source>
        <translation>Regel außer Kraft setzen</translation>
    </message>
    <message>
        <source>Why does the rule no longer apply?</source>
        <translation>Warum gilt die Regel nicht mehr?</translation>
    </message>
    <message>
        <source>The rule is retired; what it covered now follows the other rules.</source>
        <translation>Die Regel ist außer Kraft; was sie umfasste, folgt nun den anderen Regeln.</translation>
    </message>
    <message>
        <source>Every criterion you set must match. Leave the others empty.</source>
        <translation>Jedes gesetzte Kriterium muss zutreffen. Lassen Sie die übrigen leer.</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>An&amp;gelegenheit</translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation>Bean&amp;tragt von</translation>
    </message>
    <message>
        <source>C&amp;ustodian (person id)</source>
        <translation>&amp;Betroffene Person (Personen-ID)</translation>
    </message>
    <message>
        <source>C&amp;ase (number)</source>
        <translation>&amp;Fall (Nummer)</translation>
    </message>
    <message>
        <source>Posted &amp;from</source>
        <translation>Gep&amp;ostet ab</translation>
    </message>
    <message>
        <source>Posted &amp;to</source>
        <translation>Gepostet b&amp;is</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Legal Hold anordnen</translation>
    </message>
    <message>
        <source>The custodian is a person id, a number.</source>
        <translation>Die betroffene Person wird als Personen-ID angegeben, also als Zahl.</translation>
    </message>
    <message>
        <source>The hold for “%1” is in force: nothing it keeps can be purged until it is released.</source>
        <translation>Der Legal Hold für „%1“ ist in Kraft: Nichts, was er aufbewahrt, kann gelöscht werden, bis er aufgehoben wird.</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Legal Hold aufheben</translation>
    </message>
    <message>
        <source>Why does the hold end (for example “matter settled”)?</source>
        <translation>Warum endet der Legal Hold (zum Beispiel „Rechtsstreit beigelegt“)?</translation>
    </message>
    <message>
        <source>The hold is released; what it kept follows the retention rules again.</source>
        <translation>Der Legal Hold ist aufgehoben; was er aufbewahrt hat, folgt wieder den Aufbewahrungsregeln.</translation>
    </message>
    <message>
        <source>Folder for the custodian notices</source>
        <translation>Ordner für die Mitteilungen an Betroffene</translation>
    </message>
    <message>
        <source>Custodian notices</source>
        <translation>Mitteilungen an Betroffene</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Bestätigung erfassen</translation>
    </message>
    <message>
        <source>%1 (acknowledged %2)</source>
        <translation>%1 (bestätigt am %2)</translation>
    </message>
    <message>
        <source>This hold has no custodian yet: nothing it keeps has an author.</source>
        <translation>Dieser Legal Hold hat noch keine betroffene Person: Nichts, was er aufbewahrt, hat einen Verfasser.</translation>
    </message>
    <message>
        <source>Hold: %1</source>
        <translation>Legal Hold: %1</translation>
    </message>
    <message>
        <source>&amp;Custodian</source>
        <translation>&amp;Betroffene Person</translation>
    </message>
    <message>
        <source>Acknowledged &amp;on</source>
        <translation>Bestätigt &amp;am</translation>
    </message>
    <message>
        <source>The acknowledgement is recorded in the audit log.</source>
        <translation>Die Bestätigung ist im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Computing what a purge would delete…</source>
        <translation>Berechne, was eine Löschung entfernen würde…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing expired is being kept.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nichts Abgelaufenes wird aufbewahrt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples of what stays:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Beispiele für das, was bleibt:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>A purge now would delete %1 posts, %2 cases and %3 import manifests, out of %4 posts considered.</source>
        <translation>Eine Löschung würde jetzt %1 Beiträge, %2 Fälle und %3 Importmanifeste entfernen, von %4 betrachteten Beiträgen.</translation>
    </message>
    <message>
        <source>Nothing has expired: a purge now would delete nothing.</source>
        <translation>Nichts ist abgelaufen: Eine Löschung würde jetzt nichts entfernen.</translation>
    </message>
    <message>
        <source>Purge expired records</source>
        <translation>Abgelaufene Datensätze löschen</translation>
    </message>
    <message>
        <source>%1

The deleted records cannot be recovered. Each batch is recorded in the audit log with a signed tombstone per record; a cancelled purge keeps the batches already done.</source>
        <translation>%1

Die gelöschten Datensätze lassen sich nicht wiederherstellen. Jeder Stapel wird im Prüfprotokoll mit einem signierten Löschnachweis je Datensatz festgehalten; bei einem abgebrochenen Löschlauf bleiben die bereits erledigten Stapel bestehen.</translation>
    </message>
    <message>
        <source>Purging expired records…</source>
        <translation>Abgelaufene Datensätze werden gelöscht…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Purging expired records… %1 of %2</source>
        <translation>Abgelaufene Datensätze werden gelöscht… %1 von %2</translation>
    </message>
    <message>
        <source>The purge stopped</source>
        <translation>Der Löschlauf wurde angehalten</translation>
    </message>
    <message>
        <source>%1

The batches purged before the error stand and are recorded; purging again finishes the work.</source>
        <translation>%1

Die vor dem Fehler gelöschten Stapel bleiben gelöscht und sind festgehalten; ein erneuter Löschlauf schließt die Arbeit ab.</translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Öffnen Sie die Vorschau erneut, um zu sehen, was noch übrig ist.</translation>
    </message>
    <message>
        <source>%1 posts, %2 earlier versions, %3 flags, %4 cases and %5 import manifests</source>
        <translation>%1 Beiträge, %2 frühere Fassungen, %3 Treffer, %4 Fälle und %5 Importmanifeste</translation>
    </message>
    <message>
        <source>Purge cancelled after %1; the rest stays until the next purge.</source>
        <translation>Löschlauf abgebrochen nach %1; der Rest bleibt bis zum nächsten Löschlauf erhalten.</translation>
    </message>
    <message>
        <source>Purged %1. Export the certificate from the History tab.</source>
        <translation>Gelöscht: %1. Exportieren Sie das Zertifikat im Reiter „Verlauf“.</translation>
    </message>
    <message>
        <source>Certificate of disposition</source>
        <translation>Löschzertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.json)</source>
        <translation>Zertifikate (*.json)</translation>
    </message>
    <message>
        <source>Save acknowledgement</source>
        <translation>Bestätigung speichern</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Jetzt löschen</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>A purge now would delete nothing: the %1 expired records stay, for the reasons below.</source>
        <translation>Ein Löschlauf würde jetzt nichts löschen: Die %1 abgelaufenen Datensätze bleiben aus den unten genannten Gründen erhalten.</translation>
    </message>
    <message>
        <source>&amp;Days (with “Other”)</source>
        <translation>&amp;Tage (bei „Andere“)</translation>
    </message>
    <message>
        <source>1 notice written to %1. It is not sent: hand it to the custodian and record the acknowledgement here.</source>
        <translation>1 Mitteilung nach %1 geschrieben. Sie wird nicht versendet: Übergeben Sie sie der betroffenen Person und erfassen Sie hier die Bestätigung.</translation>
    </message>
    <message>
        <source>%1 notices written to %2. They are not sent: hand them to the custodians and record each acknowledgement here.</source>
        <translation>%1 Mitteilungen nach %2 geschrieben. Sie werden nicht versendet: Übergeben Sie sie den betroffenen Personen und erfassen Sie hier jede Bestätigung.</translation>
    </message>
    <message>
        <source>Certificate of purge %1 saved to %2, with %3 tombstones. Export the audit log too: the two together let anyone check what was deleted, when and under which rule.</source>
        <translation>Zertifikat von Löschlauf %1 mit %3 Löschnachweisen in %2 gespeichert. Exportieren Sie auch das Prüfprotokoll: Mit beiden zusammen kann jeder prüfen, was wann und nach welcher Regel gelöscht wurde.</translation>
    </message>
    <message>
        <source>Write a retention rule</source>
        <translation>Eine Aufbewahrungsregel anlegen</translation>
    </message>
</context>
<context>
    <name>custos::ui::StartScreen</name>
    <message>
        <source>&amp;Open workspace folder…</source>
        <translation>Arbeitsbereichsordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Create workspace…</source>
        <translation>Arbeitsbereich &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Keeps your company&apos;s internal social media safe and lawful.</source>
        <translation>Hält die interne Kommunikation Ihres Unternehmens sicher und rechtskonform.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>This folder no longer holds a workspace.</source>
        <translation>Dieser Ordner enthält keinen Arbeitsbereich mehr.</translation>
    </message>
    <message>
        <source>No workspace chosen: open a folder or create a workspace.</source>
        <translation>Kein Arbeitsbereich gewählt: Öffnen Sie einen Ordner oder legen Sie einen Arbeitsbereich an.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Arbeitsbereichsordner öffnen</translation>
    </message>
    <message>
        <source>%1 is not a Custos workspace: it holds no keyring. Choose the folder you created the workspace in.</source>
        <translation>%1 ist kein Custos-Arbeitsbereich: Er enthält keinen Schlüsselbund. Wählen Sie den Ordner, in dem Sie den Arbeitsbereich angelegt haben.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Creating the workspace and deriving its keys…</source>
        <translation>Arbeitsbereich wird angelegt, Schlüssel werden abgeleitet…</translation>
    </message>
</context>
<context>
    <name>custos::ui::TakedownPanel</name>
    <message>
        <source>Takedown requests</source>
        <translation>Löschanträge</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Approve the selected request (not one you made yourself)</source>
        <translation>Den gewählten Antrag freigeben (nicht einen eigenen)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Reject the selected request (not one you made yourself)</source>
        <translation>Den gewählten Antrag ablehnen (nicht einen eigenen)</translation>
    </message>
    <message>
        <source>Export &amp;order…</source>
        <translation>Auftrag e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the takedown order of an approved request as JSON for the platform administrator</source>
        <translation>Den Löschauftrag eines freigegebenen Antrags als JSON für die Plattformadministration speichern</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Beantragt von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Richtlinienklausel</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Approve the takedown</source>
        <translation>Löschung freigeben</translation>
    </message>
    <message>
        <source>Your comment on request %1:</source>
        <translation>Ihr Kommentar zu Antrag %1:</translation>
    </message>
    <message>
        <source>Takedown request %1 approved.</source>
        <translation>Löschantrag %1 freigegeben.</translation>
    </message>
    <message>
        <source>Reject the takedown</source>
        <translation>Löschung ablehnen</translation>
    </message>
    <message>
        <source>Takedown request %1 rejected.</source>
        <translation>Löschantrag %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Export the takedown order</source>
        <translation>Löschauftrag exportieren</translation>
    </message>
    <message>
        <source>Takedown orders (*.json)</source>
        <translation>Löschaufträge (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Die Datei %1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Takedown order %1 saved to %2 for the platform administrator.</source>
        <translation>Löschauftrag %1 in %2 für die Plattformadministration gespeichert.</translation>
    </message>
</context>
<context>
    <name>custos::workspace::Session</name>
    <message>
        <source>Your role may do this, but the key of &quot;%1&quot; has not reached your key slot yet. It is handed over when a user who holds it (an administrator or compliance officer) next signs in.</source>
        <translation>Ihre Rolle darf das, aber der Schlüssel für „%1“ hat Ihren Schlüsselplatz noch nicht erreicht. Er wird übergeben, sobald sich ein Benutzer, der ihn besitzt (ein Administrator oder Compliance-Beauftragter), das nächste Mal anmeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos console</source>
        <translation>Custos-Konsole</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first run).</source>
        <translation>Den Demo-Arbeitsbereich öffnen (beim ersten Start angelegt).</translation>
    </message>
    <message>
        <source>Preselect the workspace folder DIR.</source>
        <translation>Den Arbeitsbereichsordner DIR vorauswählen.</translation>
    </message>
    <message>
        <source>Prefill the user name.</source>
        <translation>Den Benutzernamen vorbelegen.</translation>
    </message>
    <message>
        <source>Custos cannot start</source>
        <translation>Custos kann nicht starten</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2). Sign in as:</source>
        <translation>Demo-Arbeitsbereich %1 (%2). Anmelden als:</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>soeben angelegt</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits vorhanden</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdministrationService</name>
    <message>
        <source>There is no user named %1 in this workspace.</source>
        <translation>Aucun utilisateur nommé %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The user %1 has been revoked.</source>
        <translation>L’utilisateur %1 a été révoqué.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Un utilisateur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>The name %1 belonged to a revoked user and cannot be reused, so that the audit trail stays unambiguous. Choose another name.</source>
        <translation>Le nom %1 appartenait à un utilisateur révoqué et ne peut pas être réutilisé, afin que la piste d’audit reste sans ambiguïté. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 is the last administrator. Make another user an administrator first.</source>
        <translation>%1 est le dernier administrateur. Nommez d’abord un autre administrateur.</translation>
    </message>
    <message>
        <source>You cannot revoke yourself. Ask another administrator to do it.</source>
        <translation>Vous ne pouvez pas vous révoquer vous-même. Demandez-le à un autre administrateur.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong; the passphrase was not changed.</source>
        <translation>La phrase secrète actuelle est incorrecte ; la phrase secrète n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The idle time before locking must be between 1 and %1 minutes.</source>
        <translation>Le délai d’inactivité avant verrouillage doit être compris entre 1 et %1 minutes.</translation>
    </message>
    <message>
        <source>The access of %1 was revoked.</source>
        <translation>L’accès de %1 a été révoqué.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Writing the audit entry failed because the disk is full; the change was not made. Free some space and try again.</source>
        <translation>L’écriture de l’entrée du journal d’audit a échoué car le disque est plein ; la modification n’a pas été effectuée. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>The audit log&apos;s state is damaged; nothing can be recorded. Verify the audit log and restore the workspace from a backup.</source>
        <translation>L’état du journal d’audit est endommagé ; rien ne peut être enregistré. Vérifiez le journal et restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit log&apos;s state is damaged.</source>
        <translation>L’état du journal d’audit est endommagé.</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the export.</source>
        <translation>Le dossier %1 n’est pas vide. Choisissez un dossier nouveau ou vide pour l’export.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Checking the file of &quot;%1&quot;…</source>
        <translation>Vérification du fichier de « %1 »…</translation>
    </message>
    <message>
        <source>Verifying the audit log&apos;s signatures and checkpoints…</source>
        <translation>Vérification des signatures et des points de contrôle du journal d’audit…</translation>
    </message>
    <message>
        <source>The content does not match the signed log: %1</source>
        <translation>Le contenu ne correspond pas au journal signé : %1</translation>
    </message>
    <message>
        <source>The deep verification reads posts and flags, which needs the key of &quot;%1&quot;; your role does not hold it. Verify without --deep, or ask a compliance officer.</source>
        <translation>La vérification approfondie lit les messages et les signalements, ce qui demande la clé de « %1 » ; votre rôle ne la détient pas. Vérifiez sans --deep, ou demandez à un responsable conformité.</translation>
    </message>
    <message>
        <source>Checking every post, flag and decision against the entries that signed them…</source>
        <translation>Vérification de chaque message, signalement et décision par rapport aux entrées qui les ont signés…</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Record %1 cannot be read: %2.</source>
        <translation>L’enregistrement %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Entry %1: its signature is not a valid signature of %2 (key %3) over the entry.</source>
        <translation>Entrée %1 : sa signature n’est pas une signature valide de %2 (clé %3) sur l’entrée.</translation>
    </message>
    <message>
        <source>Entry %1 registers a key whose identifier does not match the key.</source>
        <translation>L’entrée %1 enregistre une clé dont l’identifiant ne correspond pas à la clé.</translation>
    </message>
    <message>
        <source>Entry %1 registers key %2 a second time.</source>
        <translation>L’entrée %1 enregistre la clé %2 une seconde fois.</translation>
    </message>
    <message>
        <source>Entry %1 starts the log but is not signed by the key it registers.</source>
        <translation>L’entrée %1 ouvre le journal mais n’est pas signée par la clé qu’elle enregistre.</translation>
    </message>
    <message>
        <source>Entries %1 and %2 are out of order: entry %2 comes before entry %1.</source>
        <translation>Les entrées %1 et %2 sont dans le désordre : l’entrée %2 précède l’entrée %1.</translation>
    </message>
    <message>
        <source>Entry %1 is missing (the log jumps from %2 to %3).</source>
        <translation>L’entrée %1 manque (le journal passe de %2 à %3).</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing.</source>
        <translation>Les entrées %1 à %2 manquent.</translation>
    </message>
    <message>
        <source>Entry %1 appears after entry %2: entries were reordered or repeated.</source>
        <translation>L’entrée %1 apparaît après l’entrée %2 : des entrées ont été réordonnées ou répétées.</translation>
    </message>
    <message>
        <source>Entry %1: its hash does not match its content, so a field was altered.</source>
        <translation>Entrée %1 : son empreinte ne correspond pas à son contenu, un champ a donc été modifié.</translation>
    </message>
    <message>
        <source>Entry %1 does not continue the chain: its previous-entry hash is not the hash of entry %2.</source>
        <translation>L’entrée %1 ne prolonge pas la chaîne : son empreinte précédente n’est pas celle de l’entrée %2.</translation>
    </message>
    <message>
        <source>Entry 0 does not start the log with an administrator&apos;s self-registered key.</source>
        <translation>L’entrée 0 n’ouvre pas le journal avec la clé auto-enregistrée d’un administrateur.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which no administrator registered.</source>
        <translation>L’entrée %1 est signée avec la clé %2, qu’aucun administrateur n’a enregistrée.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2 of %3, which was revoked in entry %4.</source>
        <translation>L’entrée %1 est signée avec la clé %2 de %3, révoquée à l’entrée %4.</translation>
    </message>
    <message>
        <source>Entry %1 names user %2 as its actor but is signed with the key of %3.</source>
        <translation>L’entrée %1 désigne l’utilisateur %2 comme acteur mais est signée avec la clé de %3.</translation>
    </message>
    <message>
        <source>Entry %1 claims to start the log, but the log started at entry 0.</source>
        <translation>L’entrée %1 prétend ouvrir le journal, mais celui-ci a commencé à l’entrée 0.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was signed by %3, who is not an administrator at that point.</source>
        <translation>L’entrée %1 (%2) a été signée par %3, qui n’est pas administrateur à ce moment.</translation>
    </message>
    <message>
        <source>Entry %1 revokes key %2, which was never registered.</source>
        <translation>L’entrée %1 révoque la clé %2, qui n’a jamais été enregistrée.</translation>
    </message>
    <message>
        <source>The checkpoint at tree size %1 is out of order or repeated.</source>
        <translation>Le point de contrôle à la taille d’arbre %1 est hors d’ordre ou répété.</translation>
    </message>
    <message>
        <source>The checkpoint at tree size %1 does not match the entries: one of entries 0 to %2 was changed, removed or replaced after it was signed.</source>
        <translation>Le point de contrôle à la taille d’arbre %1 ne correspond pas aux entrées : l’une des entrées 0 à %2 a été modifiée, supprimée ou remplacée après sa signature.</translation>
    </message>
    <message>
        <source>The checkpoint at tree size %1 is not validly signed by a registered key.</source>
        <translation>Le point de contrôle à la taille d’arbre %1 n’est pas valablement signé par une clé enregistrée.</translation>
    </message>
    <message>
        <source>The log ends after %1 entries, but a signed checkpoint covers %2: entries from %3 on were removed.</source>
        <translation>Le journal s’arrête après %1 entrées, mais un point de contrôle signé en couvre %2 : les entrées à partir de %3 ont été supprimées.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries and %1 checkpoint(s) verified.</source>
        <translation>
            <numerusform>Le journal d’audit est intact : %n entrée et %1 point(s) de contrôle vérifiés.</numerusform>
            <numerusform>Le journal d’audit est intact : %n entrées et %1 point(s) de contrôle vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditedTransaction</name>
    <message>
        <source>A change was refused because it had no audit entry.</source>
        <translation>Une modification a été refusée car elle n’avait pas d’entrée d’audit.</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>same respondent</source>
        <translation>même personne mise en cause</translation>
    </message>
    <message>
        <source>same complainant</source>
        <translation>même plaignant</translation>
    </message>
    <message>
        <source>shared post</source>
        <translation>message commun</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>lié</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il n’y a pas de dossier %1.</translation>
    </message>
    <message>
        <source>There is no allegation %1.</source>
        <translation>Il n’y a pas d’allégation %1.</translation>
    </message>
    <message>
        <source>There is no open task %1.</source>
        <translation>Il n’y a pas de tâche ouverte %1.</translation>
    </message>
    <message>
        <source>Interview %1 does not exist or is already agreed.</source>
        <translation>L’entretien %1 n’existe pas ou est déjà approuvé.</translation>
    </message>
    <message>
        <source>There is no outcome %1.</source>
        <translation>Il n’y a pas de décision %1.</translation>
    </message>
    <message>
        <source>Appeal %1 does not exist or is already decided.</source>
        <translation>Le recours %1 n’existe pas ou a déjà été tranché.</translation>
    </message>
    <message>
        <source>There is no interview template %1.</source>
        <translation>Il n’y a pas de modèle d’entretien %1.</translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>An evidence file needs a name.</source>
        <translation>Une pièce justificative a besoin d’un nom.</translation>
    </message>
    <message>
        <source>The file %1 is empty; there is nothing to attach.</source>
        <translation>Le fichier %1 est vide ; il n’y a rien à joindre.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB and cannot be attached. Attach a smaller copy or keep it outside and note where.</source>
        <translation>Le fichier %1 dépasse %2 Mio et ne peut pas être joint. Joignez une copie plus petite ou conservez-le à l’extérieur en notant où.</translation>
    </message>
    <message>
        <source>There is no evidence file %1.</source>
        <translation>Il n’y a pas de pièce justificative %1.</translation>
    </message>
    <message>
        <source>The evidence file %1 no longer matches the SHA-256 taken when it was attached: it was changed inside the workspace. Run custos-cli check and tell your administrator.</source>
        <translation>La pièce justificative %1 ne correspond plus au SHA-256 relevé lors de son dépôt : elle a été modifiée dans l’espace de travail. Lancez custos-cli check et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>Une tâche a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The due date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>L’échéance « %1 » n’est pas une date ; écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Il n’y a pas de tâche %1.</translation>
    </message>
    <message>
        <source>Task %1 is already done.</source>
        <translation>La tâche %1 est déjà terminée.</translation>
    </message>
    <message>
        <source>Please describe in your own words what happened.</source>
        <translation>Décrivez avec vos propres mots ce qui s’est passé.</translation>
    </message>
    <message>
        <source>When and where did it happen? Who else was there?</source>
        <translation>Quand et où cela s’est-il passé ? Qui d’autre était présent ?</translation>
    </message>
    <message>
        <source>Is there anyone else we should speak to, or anything you can show us (messages, screenshots)?</source>
        <translation>Y a-t-il quelqu’un d’autre à qui nous devrions parler, ou quelque chose que vous pouvez nous montrer (messages, captures d’écran) ?</translation>
    </message>
    <message>
        <source>Is there anything else you would like to add?</source>
        <translation>Souhaitez-vous ajouter autre chose ?</translation>
    </message>
    <message>
        <source>Bullying: complainant or witness</source>
        <translation>Intimidation : plaignant ou témoin</translation>
    </message>
    <message>
        <source>How often has this happened, and over what period?</source>
        <translation>À quelle fréquence cela s’est-il produit, et sur quelle période ?</translation>
    </message>
    <message>
        <source>How has it affected your work or your well-being?</source>
        <translation>Quel effet cela a-t-il eu sur votre travail ou votre bien-être ?</translation>
    </message>
    <message>
        <source>Harassment: complainant or witness</source>
        <translation>Harcèlement : plaignant ou témoin</translation>
    </message>
    <message>
        <source>What exactly was said or written? Do you still have the messages?</source>
        <translation>Qu’est-ce qui a été dit ou écrit exactement ? Avez-vous encore les messages ?</translation>
    </message>
    <message>
        <source>Did you tell the person the behaviour was unwelcome? How did they react?</source>
        <translation>Avez-vous fait savoir à la personne que ce comportement était importun ? Comment a-t-elle réagi ?</translation>
    </message>
    <message>
        <source>Sexual harassment: complainant</source>
        <translation>Harcèlement sexuel : plaignant</translation>
    </message>
    <message>
        <source>What was said, written or done? Was there any physical contact?</source>
        <translation>Qu’est-ce qui a été dit, écrit ou fait ? Y a-t-il eu un contact physique ?</translation>
    </message>
    <message>
        <source>Were you offered anything, or threatened with anything, in connection with it?</source>
        <translation>Vous a-t-on offert quelque chose, ou menacé de quelque chose, en lien avec cela ?</translation>
    </message>
    <message>
        <source>Would you like support (employee assistance, a change of team) while we investigate?</source>
        <translation>Souhaitez-vous un soutien (aide aux salariés, changement d’équipe) pendant l’enquête ?</translation>
    </message>
    <message>
        <source>Discrimination: complainant or witness</source>
        <translation>Discrimination : plaignant ou témoin</translation>
    </message>
    <message>
        <source>Which characteristic do you believe the treatment was about?</source>
        <translation>Sur quelle caractéristique pensez-vous que ce traitement reposait ?</translation>
    </message>
    <message>
        <source>Were others in a similar position treated differently?</source>
        <translation>D’autres personnes dans une situation semblable ont-elles été traitées différemment ?</translation>
    </message>
    <message>
        <source>Threat or violence: complainant or witness</source>
        <translation>Menace ou violence : plaignant ou témoin</translation>
    </message>
    <message>
        <source>Do you feel safe at work now? Do we need to take steps today?</source>
        <translation>Vous sentez-vous en sécurité au travail maintenant ? Devons-nous prendre des mesures dès aujourd’hui ?</translation>
    </message>
    <message>
        <source>Was the threat repeated, or made to anyone else?</source>
        <translation>La menace a-t-elle été répétée, ou adressée à quelqu’un d’autre ?</translation>
    </message>
    <message>
        <source>Retaliation: complainant</source>
        <translation>Représailles : plaignant</translation>
    </message>
    <message>
        <source>What did you report or take part in, and when?</source>
        <translation>Qu’avez-vous signalé ou à quoi avez-vous participé, et quand ?</translation>
    </message>
    <message>
        <source>What changed for you afterwards, and who decided it?</source>
        <translation>Qu’est-ce qui a changé pour vous ensuite, et qui l’a décidé ?</translation>
    </message>
    <message>
        <source>Confidential leak: respondent</source>
        <translation>Fuite d’informations confidentielles : personne mise en cause</translation>
    </message>
    <message>
        <source>Where did the information come from, and who else had it?</source>
        <translation>D’où venait l’information, et qui d’autre la détenait ?</translation>
    </message>
    <message>
        <source>Who did you share it with, and why?</source>
        <translation>Avec qui l’avez-vous partagée, et pourquoi ?</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Personne mise en cause</translation>
    </message>
    <message>
        <source>You have heard what is alleged. What is your account of it?</source>
        <translation>Vous avez entendu ce qui est allégué. Quelle est votre version des faits ?</translation>
    </message>
    <message>
        <source>Is there anything that would help us understand the context?</source>
        <translation>Y a-t-il quelque chose qui nous aiderait à comprendre le contexte ?</translation>
    </message>
    <message>
        <source>An interview template needs a name and at least one question.</source>
        <translation>Un modèle d’entretien a besoin d’un nom et d’au moins une question.</translation>
    </message>
    <message>
        <source>The interview&apos;s date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La date de l’entretien « %1 » n’est pas une date ; écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>There is no interview template %1.</source>
        <translation>Il n’y a pas de modèle d’entretien %1.</translation>
    </message>
    <message>
        <source>An interview needs its questions and answers, or notes.</source>
        <translation>Un entretien a besoin de ses questions et réponses, ou de notes.</translation>
    </message>
    <message>
        <source>The interview has more answers than questions.</source>
        <translation>L’entretien compte plus de réponses que de questions.</translation>
    </message>
    <message>
        <source>There is no interview %1.</source>
        <translation>Il n’y a pas d’entretien %1.</translation>
    </message>
    <message>
        <source>There is no allegation %1.</source>
        <translation>Il n’y a pas d’allégation %1.</translation>
    </message>
    <message>
        <source>A finding needs its reasoning.</source>
        <translation>Une conclusion a besoin de sa motivation.</translation>
    </message>
    <message>
        <source>Findings are recorded when case %1 is at %2; it is at %3.</source>
        <translation>Les conclusions s’enregistrent quand le dossier %1 est à l’étape « %2 » ; il est à l’étape « %3 ».</translation>
    </message>
    <message>
        <source>Outcomes are recorded when case %1 is at %2; it is at %3.</source>
        <translation>Les décisions s’enregistrent quand le dossier %1 est à l’étape « %2 » ; il est à l’étape « %3 ».</translation>
    </message>
    <message>
        <source>An outcome is for a respondent of this case; party %1 is not one.</source>
        <translation>Une décision concerne une personne mise en cause dans ce dossier ; la partie %1 n’en est pas une.</translation>
    </message>
    <message>
        <source>An outcome needs its reasoning.</source>
        <translation>Une décision a besoin de sa motivation.</translation>
    </message>
    <message>
        <source>Party %1 is not a party to this case.</source>
        <translation>La partie %1 n’appartient pas à ce dossier.</translation>
    </message>
    <message>
        <source>There is no outcome %1.</source>
        <translation>Il n’y a pas de décision %1.</translation>
    </message>
    <message>
        <source>An appeal needs its grounds.</source>
        <translation>Un recours a besoin de ses motifs.</translation>
    </message>
    <message>
        <source>An appeal against this outcome is already waiting for a decision.</source>
        <translation>Un recours contre cette décision attend déjà d’être tranché.</translation>
    </message>
    <message>
        <source>There is no appeal %1.</source>
        <translation>Il n’y a pas de recours %1.</translation>
    </message>
    <message>
        <source>Appeal %1 is already decided.</source>
        <translation>Le recours %1 a déjà été tranché.</translation>
    </message>
    <message>
        <source>You decided the outcome under appeal; someone else must decide the appeal.</source>
        <translation>Vous avez pris la décision faisant l’objet du recours ; quelqu’un d’autre doit trancher le recours.</translation>
    </message>
    <message>
        <source>An appeal decision needs its reasoning.</source>
        <translation>Une décision sur recours a besoin de sa motivation.</translation>
    </message>
    <message>
        <source>Case %1 has no allegation to make findings on; add one first.</source>
        <translation>Le dossier %1 n’a aucune allégation sur laquelle conclure ; ajoutez-en une d’abord.</translation>
    </message>
    <message numerus="yes">
        <source>Record a finding on every allegation of case %1 first (%n without one).</source>
        <translation>
            <numerusform>Enregistrez d’abord une conclusion pour chaque allégation du dossier %1 (%n sans conclusion).</numerusform>
            <numerusform>Enregistrez d’abord une conclusion pour chaque allégation du dossier %1 (%n sans conclusion).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record an outcome for every respondent of case %1 before closing it (%n without one).</source>
        <translation>
            <numerusform>Enregistrez une décision pour chaque personne mise en cause du dossier %1 avant de le clore (%n sans décision).</numerusform>
            <numerusform>Enregistrez une décision pour chaque personne mise en cause du dossier %1 avant de le clore (%n sans décision).</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 is already at %2.</source>
        <translation>Le dossier %1 est déjà à l’étape « %2 ».</translation>
    </message>
    <message>
        <source>Case %1 cannot go back from %2 to %3.</source>
        <translation>Le dossier %1 ne peut pas revenir de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>Case %1 cannot skip from %2 to %3.</source>
        <translation>Le dossier %1 ne peut pas passer directement de « %2 » à « %3 ».</translation>
    </message>
    <message>
        <source>From %1 it can move to: %2.</source>
        <translation>Depuis « %1 », il peut passer à : %2.</translation>
    </message>
    <message>
        <source>Say why case %1 is reopened.</source>
        <translation>Indiquez pourquoi le dossier %1 est rouvert.</translation>
    </message>
    <message>
        <source>There is no person %1 in the imports.</source>
        <translation>Il n’y a pas de personne %1 dans les imports.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Une note a besoin de texte.</translation>
    </message>
    <message>
        <source>The note&apos;s date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La date de la note « %1 » n’est pas une date ; écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>A message needs some text.</source>
        <translation>Un message a besoin de texte.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Un dossier ne peut pas être lié à lui-même.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>Case report. Names of people from the imports are pseudonyms unless they were revealed in the session that printed it. Every step names the audit entry that records it (sequence number and entry hash), to be checked against an exported audit log.</source>
        <translation>Rapport de dossier. Les noms des personnes issues des imports sont des pseudonymes, sauf s’ils ont été révélés dans la session qui l’a imprimé. Chaque étape indique l’entrée d’audit qui l’enregistre (numéro de séquence et empreinte de l’entrée), à vérifier par rapport à un journal d’audit exporté.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>(overdue)</source>
        <translation>(en retard)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Enquêteurs</translation>
    </message>
    <message>
        <source>Opened in</source>
        <translation>Ouvert dans</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Audit entry</source>
        <translation>Entrée d’audit</translation>
    </message>
    <message>
        <source>Allegations and findings</source>
        <translation>Allégations et conclusions</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>Visant %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>no party named</source>
        <translation>aucune partie désignée</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Read back and agreed on %1.</source>
        <translation>Relu et approuvé le %1.</translation>
    </message>
    <message>
        <source>Not yet read back and agreed.</source>
        <translation>Pas encore relu ni approuvé.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Counts until</source>
        <translation>Prise en compte jusqu’au</translation>
    </message>
    <message>
        <source>(set aside on appeal)</source>
        <translation>(annulée sur recours)</translation>
    </message>
    <message>
        <source>Appeals</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 au dépôt</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed by %1 on %2; recorded as audit entry %3.</source>
        <translation>Imprimé par %1 le %2 ; enregistré comme entrée d’audit %3.</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 from a read-only session (not recorded).</source>
        <translation>Imprimé par %1 le %2 depuis une session en lecture seule (non enregistré).</translation>
    </message>
    <message>
        <source>You are a party to case %1, so you may not see or work on it, whatever your role. Another investigator must handle it.</source>
        <translation>Vous êtes partie au dossier %1 ; vous ne pouvez donc ni le voir ni y travailler, quel que soit votre rôle. Un autre enquêteur doit s’en charger.</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to you; a compliance officer can assign you to it.</source>
        <translation>Le dossier %1 ne vous est pas attribué ; un responsable conformité peut vous l’attribuer.</translation>
    </message>
    <message>
        <source>There is no flag %1.</source>
        <translation>Il n’y a pas de signalement %1.</translation>
    </message>
    <message>
        <source>There is no post %1.</source>
        <translation>Il n’y a pas de message %1.</translation>
    </message>
    <message>
        <source>You would be a party to this case, so you may not open it. Another investigator must handle it.</source>
        <translation>Vous seriez partie à ce dossier ; vous ne pouvez donc pas l’ouvrir. Un autre enquêteur doit s’en charger.</translation>
    </message>
    <message>
        <source>Choose the flagged posts to add to the case.</source>
        <translation>Choisissez les messages signalés à ajouter au dossier.</translation>
    </message>
    <message>
        <source>Case %1 is closed; reopen it to add posts.</source>
        <translation>Le dossier %1 est clos ; rouvrez-le pour ajouter des messages.</translation>
    </message>
    <message>
        <source>You wrote one of these posts, so you may not add it to a case. Another investigator must do it.</source>
        <translation>Vous avez écrit l’un de ces messages ; vous ne pouvez donc pas l’ajouter à un dossier. Un autre enquêteur doit le faire.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; cannot be run: %2</source>
        <translation>La recherche « %1 » ne peut pas être lancée : %2</translation>
    </message>
    <message>
        <source>Anonymous reporter</source>
        <translation>Lanceur d’alerte anonyme</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Conclusion : %1</translation>
    </message>
    <message>
        <source>Outcome for %1: %2</source>
        <translation>Décision pour %1 : %2</translation>
    </message>
    <message>
        <source>Appeal lodged</source>
        <translation>Recours déposé</translation>
    </message>
    <message>
        <source>Appeal decided: %1</source>
        <translation>Recours tranché : %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message publié</translation>
    </message>
    <message>
        <source>Message to %1 (recorded, not sent)</source>
        <translation>Message à %1 (enregistré, non envoyé)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Pièce : %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Tâche terminée : %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Tâche : %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Interview with %1</source>
        <translation>Entretien avec %1</translation>
    </message>
    <message>
        <source>Case due</source>
        <translation>Échéance du dossier</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Échéance de tâche : %1</translation>
    </message>
    <message>
        <source>Investigator assigned: %1</source>
        <translation>Enquêteur attribué : %1</translation>
    </message>
    <message>
        <source>Investigator removed: %1</source>
        <translation>Enquêteur retiré : %1</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>Partie ajoutée (%1) : %2</translation>
    </message>
    <message>
        <source>Allegation: %1</source>
        <translation>Allégation : %1</translation>
    </message>
    <message>
        <source>Case opened (%1)</source>
        <translation>Dossier ouvert (%1)</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Reading a case is recorded in the audit log, which this read-only session cannot write. Open the workspace for work to read it.</source>
        <translation>La lecture d’un dossier est consignée dans le journal d’audit, que cette session en lecture seule ne peut pas écrire. Ouvrez l’espace de travail en mode travail pour le lire.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il n’y a pas de dossier %1.</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Un dossier a besoin d’un titre.</translation>
    </message>
    <message>
        <source>The incident date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La date de l’incident « %1 » n’est pas une date ; écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The report date &quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>La date du signalement « %1 » n’est pas une date ; écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An anonymous reporter has no name and no person record.</source>
        <translation>Un lanceur d’alerte anonyme n’a ni nom ni fiche de personne.</translation>
    </message>
    <message>
        <source>Only a complainant can be anonymous.</source>
        <translation>Seul un plaignant peut être anonyme.</translation>
    </message>
    <message>
        <source>A party needs a person from the imports, a name, or to be an anonymous reporter.</source>
        <translation>Une partie a besoin d’une personne issue des imports, d’un nom, ou d’être un lanceur d’alerte anonyme.</translation>
    </message>
    <message>
        <source>%1 cannot be assigned to a case: their role does not work cases.</source>
        <translation>%1 ne peut pas être attribué à un dossier : son rôle ne traite pas de dossiers.</translation>
    </message>
    <message>
        <source>%1 is a party to this case and cannot investigate it.</source>
        <translation>%1 est partie à ce dossier et ne peut pas enquêter dessus.</translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>The policy %1 is not valid JSON at byte %2: %3.</source>
        <translation>La politique %1 n’est pas du JSON valide à l’octet %2 : %3.</translation>
    </message>
    <message>
        <source>Rule %1 of the policy %2 has no id or an unknown category %3.</source>
        <translation>La règle %1 de la politique %2 n’a pas d’identifiant ou a une catégorie inconnue %3.</translation>
    </message>
    <message>
        <source>Rule %1 names an unknown detector %2.</source>
        <translation>La règle %1 désigne un détecteur inconnu %2.</translation>
    </message>
    <message>
        <source>The built-in policy is missing from this build.</source>
        <translation>La politique intégrée manque à cette version.</translation>
    </message>
    <message>
        <source>The policy %1 has two rules named %2.</source>
        <translation>La politique %1 a deux règles nommées %2.</translation>
    </message>
    <message>
        <source>Rule %1 has an empty keyword.</source>
        <translation>La règle %1 a un mot-clé vide.</translation>
    </message>
    <message>
        <source>Rule %1 has a proximity condition without terms or with a negative distance.</source>
        <translation>La règle %1 a une condition de proximité sans termes ou avec une distance négative.</translation>
    </message>
    <message>
        <source>Rule %1 must have exactly one of keywords, regex, detector or entities.</source>
        <translation>La règle %1 doit avoir exactement un élément parmi keywords, regex, detector ou entities.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Expected %1, got %2 argument(s).</source>
        <translation>Attendu : %1, reçu : %2 argument(s).</translation>
    </message>
    <message>
        <source>Run &apos;custos-cli --help&apos; for usage.</source>
        <translation>Lancez « custos-cli --help » pour l’aide.</translation>
    </message>
    <message>
        <source>Sign in as NAME.</source>
        <translation>Se connecter en tant que NOM.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else CUSTOS_PASSPHRASE, else a prompt).</source>
        <translation>Lire la phrase secrète sur la première ligne de FICHIER (sinon CUSTOS_PASSPHRASE, sinon une invite).</translation>
    </message>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NOM est obligatoire.</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Phrase secrète de %1</translation>
    </message>
</context>
<context>
    <name>ContentCheck</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Post %1, written by the import batch of entry %2, is missing.</source>
        <translation>Le message %1, écrit par le lot d’import de l’entrée %2, est manquant.</translation>
    </message>
    <message>
        <source>Flag %1, raised by the scan batch of entry %2, is missing.</source>
        <translation>Le signalement %1, levé par le lot d’analyse de l’entrée %2, est manquant.</translation>
    </message>
    <message>
        <source>Post %1 claims to come from the import batch of entry %2, which did not write it.</source>
        <translation>Le message %1 prétend venir du lot d’import de l’entrée %2, qui ne l’a pas écrit.</translation>
    </message>
    <message>
        <source>Flag %1 claims to come from the scan batch of entry %2, which did not raise it.</source>
        <translation>Le signalement %1 prétend venir du lot d’analyse de l’entrée %2, qui ne l’a pas levé.</translation>
    </message>
    <message>
        <source>One of posts %1 differs from what the import batch of entry %2 signed.</source>
        <translation>L’un des messages %1 diffère de ce que le lot d’import de l’entrée %2 a signé.</translation>
    </message>
    <message>
        <source>One of flags %1 differs from what the scan batch of entry %2 signed.</source>
        <translation>L’un des signalements %1 diffère de ce que le lot d’analyse de l’entrée %2 a signé.</translation>
    </message>
    <message>
        <source>An earlier version of post %1 (version %2) does not match its content hash: its text or what the hash covers was changed.</source>
        <translation>Une version antérieure du message %1 (version %2) ne correspond pas à son empreinte : son texte ou ce que couvre l’empreinte a été modifié.</translation>
    </message>
    <message>
        <source>Post %1 does not match its content hash: its text, author, time or channel was changed.</source>
        <translation>Le message %1 ne correspond pas à son empreinte : son texte, son auteur, son heure ou son canal a été modifié.</translation>
    </message>
    <message>
        <source>Post %1 names entry %2 as the import batch that wrote it, but that entry signed no posts.</source>
        <translation>Le message %1 désigne l’entrée %2 comme le lot d’import qui l’a écrit, mais cette entrée n’a signé aucun message.</translation>
    </message>
    <message>
        <source>Flag %1 is &quot;%2&quot; in the database, but the signed decisions leave it &quot;%3&quot;.</source>
        <translation>Le signalement %1 est « %2 » dans la base, mais les décisions signées le laissent « %3 ».</translation>
    </message>
    <message>
        <source>Flag %1 has %2 decision(s) in the database, but the signed log records %3.</source>
        <translation>Le signalement %1 a %2 décision(s) dans la base, mais le journal signé en enregistre %3.</translation>
    </message>
    <message>
        <source>Flag %1 names entry %2 as the scan batch that raised it, but that entry signed no flags.</source>
        <translation>Le signalement %1 désigne l’entrée %2 comme le lot d’analyse qui l’a levé, mais cette entrée n’a signé aucun signalement.</translation>
    </message>
    <message>
        <source>The tombstone of %1 %2 is not one the purge batch of entry %3 signed.</source>
        <translation>La trace de suppression de %1 %2 ne fait pas partie de celles que le lot de purge de l’entrée %3 a signées.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>--map takes FIELD=COLUMN pairs separated by commas, e.g. author=user,text=message.</source>
        <translation>--map prend des paires CHAMP=COLONNE séparées par des virgules, p. ex. author=user,text=message.</translation>
    </message>
    <message>
        <source>Unknown field %1 in --map; use author, channel, time, text, id and thread.</source>
        <translation>Champ %1 inconnu dans --map ; utilisez author, channel, time, text, id et thread.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3.</source>
        <translation>%1, ligne %2 : %3.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>%1 has no column %2 (its columns: %3). Map the columns with --map.</source>
        <translation>%1 n’a pas de colonne %2 (ses colonnes : %3). Associez les colonnes avec --map.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs là où l’en-tête en a %2</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>pas de canal</translation>
    </message>
    <message>
        <source>no message id</source>
        <translation>pas d’identifiant de message</translation>
    </message>
    <message>
        <source>the time column holds no date and time (the value is not repeated here: it may be message text)</source>
        <translation>la colonne de l’heure ne contient ni date ni heure (la valeur n’est pas reprise ici : elle peut être du texte de message)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace database %1 is missing. Restore it from a backup.</source>
        <translation>La base de données de l’espace de travail %1 est manquante. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A database already exists at %1.</source>
        <translation>Une base de données existe déjà à l’emplacement %1.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>l’ouverture de %1</translation>
    </message>
    <message>
        <source>keying %1</source>
        <translation>le chiffrement de %1</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged or does not belong to this keyring. Restore the workspace from a backup.</source>
        <translation>La base de données de l’espace de travail %1 est endommagée ou n’appartient pas à ce trousseau. Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lecture de %1</translation>
    </message>
    <message>
        <source>The workspace database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>La base de données de l’espace de travail %1 est endommagée (%2). Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace database %1 is busy in another connection. Try again in a moment.</source>
        <translation>La base de données de l’espace de travail %1 est occupée par une autre connexion. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The workspace database %1 cannot be written (%2). Check the file permissions.</source>
        <translation>La base de données de l’espace de travail %1 ne peut pas être écrite (%2). Vérifiez les droits du fichier.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (%2). Check the disk.</source>
        <translation>La lecture ou l’écriture de %1 a échoué (%2). Vérifiez le disque.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation>La modification entre en conflit avec des données existantes (%1).</translation>
    </message>
    <message>
        <source>Database error while %1: %2 (%3).</source>
        <translation>Erreur de base de données pendant %1 : %2 (%3).</translation>
    </message>
    <message>
        <source>The workspace file %1 is empty (0 bytes): it was cut short, for example by a full disk or an interrupted copy. Restore the workspace from a backup.</source>
        <translation>Le fichier d’espace de travail %1 est vide (0 octet) : il a été tronqué, par exemple par un disque plein ou une copie interrompue. Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace file %1 is cut short (%2 bytes, not a whole number of pages). Restore the workspace from a backup.</source>
        <translation>Le fichier d’espace de travail %1 est tronqué (%2 octets, pas un nombre entier de pages). Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Custos workspace file.</source>
        <translation>%1 est une base SQLite non chiffrée, pas un fichier d’espace de travail Custos.</translation>
    </message>
    <message>
        <source>The workspace file %1 is missing. Restore the workspace from a backup.</source>
        <translation>Le fichier d’espace de travail %1 est manquant. Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace file %1 is damaged or does not belong to this keyring. Restore the workspace from a backup.</source>
        <translation>Le fichier d’espace de travail %1 est endommagé ou n’appartient pas à ce trousseau. Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full: the change being written was not made (nothing of it is half-written). Free some space and try again.</source>
        <translation>Le disque contenant %1 est plein : la modification en cours d’écriture n’a pas été faite (rien n’en est écrit à moitié). Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>a page cannot be read: it does not decrypt or its authentication code does not match</source>
        <translation>une page est illisible : elle ne se déchiffre pas ou son code d’authentification ne correspond pas</translation>
    </message>
    <message>
        <source>%1 could not be put in place of %2: %3. Both files were left as they are; opening the workspace again finishes the change.</source>
        <translation>%1 n’a pas pu remplacer %2 : %3. Les deux fichiers sont restés tels quels ; rouvrir l’espace de travail termine la modification.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2.</source>
        <translation>Le fichier %1 ne peut pas être créé : %2.</translation>
    </message>
    <message>
        <source>Neither %1 nor the copy %2 left by an interrupted rekey opens with the key granted. Restore the workspace from a backup.</source>
        <translation>Ni %1 ni la copie %2 laissée par un rechiffrement interrompu ne s’ouvrent avec la clé accordée. Restaurez l’espace de travail à partir d’une sauvegarde.</translation>
    </message>
    <message>
        <source>The copy of table %1 does not match it: the rekey was not made and nothing changed.</source>
        <translation>La copie de la table %1 ne lui correspond pas : le rechiffrement n’a pas été fait et rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>There is no active user %1.</source>
        <translation>Il n’y a pas d’utilisateur actif %1.</translation>
    </message>
    <message>
        <source>%1 does not review flags; choose a compliance officer or an HR investigator.</source>
        <translation>%1 n’examine pas les signalements ; choisissez un responsable conformité ou un enquêteur RH.</translation>
    </message>
    <message>
        <source>No flag is selected.</source>
        <translation>Aucun signalement n’est sélectionné.</translation>
    </message>
    <message>
        <source>A selected flag no longer exists. Refresh the queue and try again.</source>
        <translation>Un signalement sélectionné n’existe plus. Actualisez la file et réessayez.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Un commentaire a besoin de texte.</translation>
    </message>
    <message>
        <source>A tag is 1 to 40 letters, digits, spaces, - or _.</source>
        <translation>Une étiquette compte de 1 à 40 lettres, chiffres, espaces, - ou _.</translation>
    </message>
    <message>
        <source>Say why you escalate: the note is what the next reviewer reads first.</source>
        <translation>Indiquez pourquoi vous transmettez : la note est ce que le prochain relecteur lit en premier.</translation>
    </message>
    <message>
        <source>Hello,

your message in #{channel} on {date} was reviewed under our workplace communication policy, {clause}.

What happened: {what}

What to do: {todo}

If you think this is a mistake, reply to the compliance team.</source>
        <translation>Bonjour,

votre message dans #{channel} du {date} a été examiné selon notre politique de communication au travail, {clause}.

Ce qui s’est passé : {what}

Ce qu’il faut faire : {todo}

Si vous pensez qu’il s’agit d’une erreur, répondez à l’équipe conformité.</translation>
    </message>
    <message>
        <source>The template must contain {clause}, {what} and {todo}.</source>
        <translation>Le modèle doit contenir {clause}, {what} et {todo}.</translation>
    </message>
    <message>
        <source>A notification needs the policy clause and what the author should do.</source>
        <translation>Une notification a besoin de la clause de politique et de ce que l’auteur doit faire.</translation>
    </message>
    <message>
        <source>Post %1 has no flags; there is nothing to notify its author about.</source>
        <translation>Le message %1 n’a aucun signalement ; il n’y a rien à notifier à son auteur.</translation>
    </message>
    <message>
        <source>Post %1 no longer exists.</source>
        <translation>Le message %1 n’existe plus.</translation>
    </message>
    <message>
        <source>it was flagged as %1.</source>
        <translation>il a été signalé comme %1.</translation>
    </message>
</context>
<context>
    <name>DemoCorpus</name>
    <message>
        <source>The number of posts must be between 1 and 100,000,000.</source>
        <translation>Le nombre de publications doit être compris entre 1 et 100 000 000.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder.</source>
        <translation>Le dossier %1 n’est pas vide. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>Writing the export to %1 failed. Check the free disk space.</source>
        <translation>L’écriture de l’export dans %1 a échoué. Vérifiez l’espace disque libre.</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>No temporary folder can be created for the demo corpus. Check the free disk space.</source>
        <translation>Aucun dossier temporaire ne peut être créé pour le corpus de démonstration. Vérifiez l’espace disque libre.</translation>
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
        <translation>Ceci n’est pas un certificat de destruction (format « %1 » attendu).</translation>
    </message>
    <message>
        <source>The audit export does not verify, so it cannot confirm the certificate: %1</source>
        <translation>La vérification de l’export du journal d’audit échoue ; il ne peut donc pas confirmer le certificat : %1</translation>
    </message>
    <message>
        <source>Entry %1, which the certificate names as the start of purge %2, is not in the log as that purge&apos;s start.</source>
        <translation>L’entrée %1, que le certificat désigne comme le début de la purge %2, ne figure pas dans le journal comme début de cette purge.</translation>
    </message>
    <message>
        <source>Rule %1 was not in force when purge %2 started.</source>
        <translation>La règle %1 n’était pas en vigueur au début de la purge %2.</translation>
    </message>
    <message>
        <source>Rule %1&apos;s %2 in the certificate differs from what the purge signed.</source>
        <translation>Le champ %2 de la règle %1 dans le certificat diffère de ce que la purge a signé.</translation>
    </message>
    <message>
        <source>%1 names rule %2, which the certificate does not list.</source>
        <translation>%1 désigne la règle %2, que le certificat ne mentionne pas.</translation>
    </message>
    <message>
        <source>%1 was deleted under rule %2, which keeps indefinitely.</source>
        <translation>%1 : suppression au titre de la règle %2, qui conserve indéfiniment.</translation>
    </message>
    <message>
        <source>%1 was deleted before rule %2&apos;s period had ended (it counts from %3).</source>
        <translation>%1 : suppression avant la fin du délai de la règle %2 (calculé à partir de %3).</translation>
    </message>
    <message>
        <source>%1 is not among the tombstones entry %2 signed.</source>
        <translation>%1 ne figure pas parmi les traces de suppression signées par l’entrée %2.</translation>
    </message>
    <message>
        <source>%1 differs from what entry %2 signed: its ids, hashes, rule or times were changed.</source>
        <translation>%1 diffère de ce que l’entrée %2 a signé : ses identifiants, empreintes, règle ou horodatages ont été modifiés.</translation>
    </message>
    <message>
        <source>Entry %1 signed %2 tombstones, but the certificate lists %3 of them: %4 left out.</source>
        <translation>L’entrée %1 a signé %2 traces de suppression, mais le certificat n’en liste que %3 : il en manque %4.</translation>
    </message>
    <message>
        <source>The tombstones of batch %1 do not add up to the root it signed.</source>
        <translation>Les traces de suppression du lot %1 ne donnent pas la racine qu’il a signée.</translation>
    </message>
    <message>
        <source>The log has batch %1 of purge %2 (%3 tombstones), which the certificate leaves out.</source>
        <translation>Le journal contient le lot %1 de la purge %2 (%3 traces de suppression), que le certificat omet.</translation>
    </message>
    <message>
        <source>Entry %1, which the certificate names as the end of purge %2, is not in the log as that purge&apos;s end.</source>
        <translation>L’entrée %1, que le certificat désigne comme la fin de la purge %2, ne figure pas dans le journal comme fin de cette purge.</translation>
    </message>
    <message>
        <source>The certificate says purge %1 ended &quot;%2&quot;; the log says &quot;%3&quot;.</source>
        <translation>Selon le certificat, la purge %1 s’est terminée avec le statut « %2 » ; selon le journal, « %3 ».</translation>
    </message>
    <message>
        <source>The batches of the certificate do not add up to the root purge %1&apos;s last entry signed.</source>
        <translation>Les lots du certificat ne donnent pas la racine signée par la dernière entrée de la purge %1.</translation>
    </message>
    <message>
        <source>Entry %1, which %3 tombstones of the certificate name as their batch, is not a batch of purge %2 in the log.</source>
        <translation>L’entrée %1, que %3 traces de suppression du certificat désignent comme leur lot, n’est pas un lot de la purge %2 dans le journal.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Evidence: %1</source>
        <translation>Pièce : %1</translation>
    </message>
    <message numerus="yes">
        <source>SHA-256 at intake %1 · checked now · %n byte(s)</source>
        <translation>
            <numerusform>SHA-256 au dépôt %1 · vérifié à l’instant · %n octet</numerusform>
            <numerusform>SHA-256 au dépôt %1 · vérifié à l’instant · %n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>No private folder for a temporary copy can be made in %1. Save a copy where you choose instead.</source>
        <translation>Aucun dossier privé pour une copie temporaire ne peut être créé dans %1. Enregistrez plutôt une copie à l’emplacement de votre choix.</translation>
    </message>
    <message>
        <source>The temporary copy could not be written (%1). Check the free space; nothing was left behind.</source>
        <translation>La copie temporaire n’a pas pu être écrite (%1). Vérifiez l’espace libre ; rien n’a été laissé derrière.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 files. Save a copy where you choose and open it there.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre les fichiers %1. Enregistrez une copie à l’emplacement de votre choix et ouvrez-la là.</translation>
    </message>
    <message>
        <source>Opened in another program</source>
        <translation>Ouvert dans un autre programme</translation>
    </message>
    <message>
        <source>%1 is open in another program from a temporary copy. Close it there, then close this message: the copy is overwritten and removed.</source>
        <translation>%1 est ouvert dans un autre programme à partir d’une copie temporaire. Fermez-le là-bas, puis fermez ce message : la copie est écrasée et supprimée.</translation>
    </message>
</context>
<context>
    <name>ExportArchive</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a readable .zip file.</source>
        <translation>%1 n’est ni un dossier ni un fichier .zip lisible.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a .zip file.</source>
        <translation>%1 ne peut pas être ouvert comme fichier .zip.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; it is refused.</source>
        <translation>%1 dépasse %2 Mio ; il est refusé.</translation>
    </message>
    <message>
        <source>%1 is not in the export.</source>
        <translation>%1 ne figure pas dans l’export.</translation>
    </message>
    <message>
        <source>%1 in %2 is damaged.</source>
        <translation>%1 dans %2 est endommagé.</translation>
    </message>
    <message>
        <source>%1 in %2 cannot be unpacked.</source>
        <translation>%1 dans %2 ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>%1 in %2 is truncated or damaged.</source>
        <translation>%1 dans %2 est tronqué ou endommagé.</translation>
    </message>
</context>
<context>
    <name>HtmlPdf</name>
    <message>
        <source>The report cannot be written to %1: %2. Choose another folder.</source>
        <translation>Le rapport ne peut pas être écrit dans %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The report could not be written completely to %1: %2. Nothing was saved; check the free disk space and try again.</source>
        <translation>Le rapport n’a pas pu être écrit entièrement dans %1 : %2. Rien n’a été enregistré ; vérifiez l’espace disque libre et réessayez.</translation>
    </message>
</context>
<context>
    <name>IdentityService</name>
    <message>
        <source>Unknown author</source>
        <translation>Auteur inconnu</translation>
    </message>
    <message>
        <source>Say why you reveal this person&apos;s identity; the reason is recorded.</source>
        <translation>Indiquez pourquoi vous révélez l’identité de cette personne ; la raison est enregistrée.</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>Il n’y a pas de personne %1.</translation>
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
        <translation>Le message %1 a été enregistré deux fois dans un même canal. L’import a été arrêté ; rien de ce lot n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>post in a channel the export does not list</source>
        <translation>publication dans un canal que l’export ne liste pas</translation>
    </message>
    <message>
        <source>deletion of a message that is not in the archive</source>
        <translation>suppression d’un message absent de l’archive</translation>
    </message>
    <message>
        <source>Unknown format %1; use slack, mattermost, teams or csv.</source>
        <translation>Format %1 inconnu ; utilisez slack, mattermost, teams ou csv.</translation>
    </message>
    <message>
        <source>its time is missing or out of range (years 1 to 9999)</source>
        <translation>son heure manque ou est hors limites (années 1 à 9999)</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there: the %n posts of the batches before are kept, and running the same import again continues after them.</source>
        <translation>
            <numerusform>%1 L’import s’est arrêté là : la %n publication des lots précédents est conservée, et relancer le même import reprend après elle.</numerusform>
            <numerusform>%1 L’import s’est arrêté là : les %n publications des lots précédents sont conservées, et relancer le même import reprend après elles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyCustody</name>
    <message>
        <source>The key slot of %1 does not carry the public key registered for them. Restore the keyring from a backup.</source>
        <translation>L’emplacement de clé de %1 ne porte pas la clé publique enregistrée pour cette personne. Restaurez le trousseau depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot for %1 that the signed log does not give them.</source>
        <translation>Le trousseau contient un emplacement de clé pour %1 que le journal signé ne lui donne pas.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot of someone the signed log does not register.</source>
        <translation>Le trousseau contient un emplacement de clé d’une personne que le journal signé n’enregistre pas.</translation>
    </message>
    <message>
        <source>The keyring grants the %1 key to %2, but no signed entry handed it to them.</source>
        <translation>Le trousseau accorde la clé « %1 » à %2, mais aucune entrée signée ne la lui a remise.</translation>
    </message>
    <message>
        <source>The log compartment is not rekeyed: every user holds its key, and it holds no message content.</source>
        <translation>Le compartiment du journal n’est pas rechiffré : chaque utilisateur en détient la clé, et il ne contient aucun contenu de message.</translation>
    </message>
    <message>
        <source>Rekeying the %1 compartment needs its key, which your key slot does not hold.</source>
        <translation>Rechiffrer le compartiment %1 demande sa clé, que votre emplacement de clé ne détient pas.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The user name or passphrase is wrong. Check both and try again.</source>
        <translation>Le nom d’utilisateur ou la phrase secrète est incorrect. Vérifiez les deux et réessayez.</translation>
    </message>
    <message>
        <source>Deriving the key from the passphrase failed.</source>
        <translation>La dérivation de la clé à partir de la phrase secrète a échoué.</translation>
    </message>
    <message>
        <source>The key slot of %1 is damaged. Ask an administrator to reset your passphrase.</source>
        <translation>L’emplacement de clé de %1 est endommagé. Demandez à un administrateur de réinitialiser votre phrase secrète.</translation>
    </message>
    <message>
        <source>The keyring has been altered outside Custos: its authentication code does not match. Restore the keyring from a backup.</source>
        <translation>Le trousseau a été modifié en dehors de Custos : son code d’authentification ne correspond pas. Restaurez le trousseau depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not a Custos keyring.</source>
        <translation>%1 n’est pas un trousseau Custos.</translation>
    </message>
    <message>
        <source>The keyring %1 is damaged (its checksum does not match). Restore it from a backup.</source>
        <translation>Le trousseau %1 est endommagé (sa somme de contrôle ne correspond pas). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring %1 was written by a newer Custos. Open it with a newer Custos.</source>
        <translation>Le trousseau %1 a été écrit par une version plus récente de Custos. Ouvrez-le avec une version plus récente.</translation>
    </message>
    <message>
        <source>The keyring %1 holds a malformed key slot. Restore it from a backup.</source>
        <translation>Le trousseau %1 contient un emplacement de clé mal formé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring %1 holds no key slots. Restore it from a backup.</source>
        <translation>Le trousseau %1 ne contient aucun emplacement de clé. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring %1 is missing. Restore it from a backup.</source>
        <translation>Le trousseau %1 est manquant. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be read: %2.</source>
        <translation>Le trousseau %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The keyring %1 cannot be written: %2.</source>
        <translation>Le trousseau %1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>Writing the keyring %1 failed (%2); the previous keyring is unchanged. Check the free disk space and try again.</source>
        <translation>L’écriture du trousseau %1 a échoué (%2) ; le trousseau précédent est inchangé. Vérifiez l’espace disque libre et réessayez.</translation>
    </message>
    <message>
        <source>The keyring has no key slot for %1.</source>
        <translation>Le trousseau n’a pas d’emplacement de clé pour %1.</translation>
    </message>
    <message>
        <source>The key slot of %1 holds a malformed public key. Ask an administrator to reset the passphrase.</source>
        <translation>L’emplacement de clé de %1 contient une clé publique mal formée. Demandez à un administrateur de réinitialiser la phrase secrète.</translation>
    </message>
    <message>
        <source>The key of %1 granted to %2 does not open: the keyring is damaged or was altered. Restore it from a backup.</source>
        <translation>La clé de « %1 » remise à %2 ne s’ouvre pas : le trousseau est endommagé ou a été modifié. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring holds no key of the audit log for %1. Restore the keyring from a backup.</source>
        <translation>Le trousseau ne contient aucune clé du journal d’audit pour %1. Restaurez le trousseau depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The keyring %1 comes from an earlier Custos that gave every user one key for everything. This Custos keeps posts and cases under a key only reviewers hold and cannot open it; the files are unchanged. Import the workspace&apos;s exports into a new workspace, and keep the old one with the Custos that wrote it.</source>
        <translation>Le trousseau %1 vient d’un Custos antérieur qui donnait à chaque utilisateur une seule clé pour tout. Ce Custos garde les publications et les dossiers sous une clé que seuls les examinateurs détiennent et ne peut pas l’ouvrir ; les fichiers sont inchangés. Importez les exports de l’espace de travail dans un nouvel espace de travail et gardez l’ancien avec le Custos qui l’a écrit.</translation>
    </message>
    <message>
        <source>The keyring %1 holds a malformed key grant. Restore it from a backup.</source>
        <translation>Le trousseau %1 contient une remise de clé mal formée. Restaurez-le depuis une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>MattermostReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is not a Mattermost bulk export: its first line is not a version line.</source>
        <translation>%1 n’est pas un export massif Mattermost : sa première ligne n’est pas une ligne de version.</translation>
    </message>
    <message>
        <source>post without create_at or message</source>
        <translation>publication sans create_at ni message</translation>
    </message>
    <message>
        <source>%1, line %2, is longer than 16 MiB; no single record of an export is that long. Check the file.</source>
        <translation>%1, ligne %2, dépasse 16 Mio ; aucun enregistrement d’export n’est aussi long. Vérifiez le fichier.</translation>
    </message>
    <message>
        <source>%1, line %2, is not valid JSON (at byte %3 of the line: %4).</source>
        <translation>%1, ligne %2, n’est pas du JSON valide (à l’octet %3 de la ligne : %4).</translation>
    </message>
    <message>
        <source>user without a username</source>
        <translation>utilisateur sans nom d’utilisateur</translation>
    </message>
    <message>
        <source>unknown line type %1</source>
        <translation>type de ligne inconnu %1</translation>
    </message>
    <message>
        <source>post in a channel the export does not list</source>
        <translation>publication dans un canal que l’export ne liste pas</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>This workspace uses schema version %1, but this Custos knows versions up to %2. Open it with a newer Custos.</source>
        <translation>Cet espace de travail utilise la version de schéma %1, mais ce Custos connaît les versions jusqu’à %2. Ouvrez-le avec une version plus récente.</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema version %1 (%2) failed; it stays at version %3. %4</source>
        <translation>La mise à niveau de l’espace de travail vers la version de schéma %1 (%2) a échoué ; il reste en version %3. %4</translation>
    </message>
    <message>
        <source>This workspace must be upgraded by a user who holds every key: ask an administrator to sign in first.</source>
        <translation>Cet espace de travail doit être mis à niveau par un utilisateur qui détient toutes les clés : demandez d’abord à un administrateur de se connecter.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase file %1 cannot be read: %2.</source>
        <translation>Le fichier de phrase secrète %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <translation>Le fichier de phrase secrète %1 est vide.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask on. Use --passphrase-file FILE or set CUSTOS_PASSPHRASE.</source>
        <translation>Aucune phrase secrète fournie et aucun terminal pour la demander. Utilisez --passphrase-file FICHIER ou définissez CUSTOS_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète : </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>CUSTOS_PASSPHRASE is set but empty.</source>
        <translation>CUSTOS_PASSPHRASE est définie mais vide.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Good: this passphrase protects the case data well.</source>
        <translation>Bien : cette phrase secrète protège bien les données des dossiers.</translation>
    </message>
    <message>
        <source>Add words or characters: four or five unrelated words make a strong passphrase.</source>
        <translation>Ajoutez des mots ou des caractères : quatre ou cinq mots sans rapport font une phrase secrète forte.</translation>
    </message>
</context>
<context>
    <name>PatternSet</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>The pattern of rule %1 does not compile: %2.</source>
        <translation>Le motif de la règle %1 ne se compile pas : %2.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>the new policy</source>
        <translation>la nouvelle politique</translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation>Il n’y a pas de version %1 de la politique.</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>version %1 de la politique</translation>
    </message>
    <message>
        <source>The built-in policy is missing from this build.</source>
        <translation>La politique intégrée manque à cette version.</translation>
    </message>
    <message>
        <source>The policy just published cannot be read back.</source>
        <translation>La politique tout juste publiée ne peut pas être relue.</translation>
    </message>
</context>
<context>
    <name>Pseudonyms</name>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
</context>
<context>
    <name>QueueService</name>
    <message>
        <source>Post %1 no longer exists.</source>
        <translation>Le message %1 n’existe plus.</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>A saved filter needs a name of 1 to 80 characters.</source>
        <translation>Un filtre enregistré a besoin d’un nom de 1 à 80 caractères.</translation>
    </message>
    <message>
        <source>There is no saved filter %1.</source>
        <translation>Il n’y a pas de filtre enregistré %1.</translation>
    </message>
</context>
<context>
    <name>RetentionService</name>
    <message>
        <source>Workspace default: %1</source>
        <translation>Règle par défaut de l’espace de travail : %1</translation>
    </message>
    <message>
        <source>The default period chosen when the workspace was created.</source>
        <translation>La durée par défaut choisie à la création de l’espace de travail.</translation>
    </message>
    <message>
        <source>A retention rule needs a name.</source>
        <translation>Une règle de conservation doit avoir un nom.</translation>
    </message>
    <message>
        <source>Say which regulation or reason the rule serves (for example &quot;HGB §257: 6 years&quot;); a regulator will ask.</source>
        <translation>Indiquez à quelle réglementation ou à quel motif répond la règle (par exemple « § 257 HGB : 6 ans ») ; une autorité de contrôle le demandera.</translation>
    </message>
    <message>
        <source>A retention period is at least one day.</source>
        <translation>Une durée de conservation est d’au moins un jour.</translation>
    </message>
    <message>
        <source>Rules for %1 cover all of them: they take no channel or category.</source>
        <translation>Les règles « %1 » s’appliquent à l’ensemble : elles ne prennent ni canal ni catégorie.</translation>
    </message>
    <message>
        <source>There is no channel %1 in this workspace.</source>
        <translation>Il n’y a pas de canal %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Say why the rule no longer applies.</source>
        <translation>Indiquez pourquoi la règle ne s’applique plus.</translation>
    </message>
    <message>
        <source>There is no retention rule %1 in force.</source>
        <translation>Il n’y a pas de règle de conservation %1 en vigueur.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>Il n’y a pas de dossier %1.</translation>
    </message>
    <message>
        <source>A legal hold names its matter (the lawsuit, inquiry or audit).</source>
        <translation>Une conservation légale indique son affaire (le litige, l’enquête ou l’audit).</translation>
    </message>
    <message>
        <source>A legal hold names who asked for it (for example outside counsel).</source>
        <translation>Une conservation légale indique qui l’a demandée (par exemple le conseil externe).</translation>
    </message>
    <message>
        <source>A legal hold needs at least one of: a custodian, a channel, a case, a date range or a search.</source>
        <translation>Une conservation légale doit avoir au moins l’un de ces critères : un dépositaire, un canal, un dossier, une période ou une recherche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas un jour ; écrivez-le au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The hold&apos;s range ends (%1) before it starts (%2).</source>
        <translation>La période de la conservation légale se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>There is no person %1 in this workspace.</source>
        <translation>Il n’y a pas de personne %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The search &quot;%1&quot; is not one the full-text index takes: %2</source>
        <translation>La recherche « %1 » n’est pas acceptée par l’index plein texte : %2</translation>
    </message>
    <message>
        <source>Say why the hold is released (for example &quot;matter settled&quot;).</source>
        <translation>Indiquez pourquoi la conservation légale est levée (par exemple « affaire réglée »).</translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation>Il n’y a pas de conservation légale %1.</translation>
    </message>
    <message>
        <source>Legal hold %1 was released on %2.</source>
        <translation>La conservation légale %1 a été levée le %2.</translation>
    </message>
    <message>
        <source>messages in the channel %1</source>
        <translation>les messages du canal %1</translation>
    </message>
    <message>
        <source>messages that are part of case %1</source>
        <translation>les messages qui font partie du dossier %1</translation>
    </message>
    <message>
        <source>messages from %1 to %2</source>
        <translation>les messages envoyés entre %1 et %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>messages about &quot;%1&quot;</source>
        <translation>les messages portant sur « %1 »</translation>
    </message>
    <message>
        <source>all your messages on the company&apos;s internal platforms</source>
        <translation>tous vos messages sur les plateformes internes de l’entreprise</translation>
    </message>
    <message>
        <source>Legal hold notice: %1

Dear %2,

%3 has asked the company to preserve records for the matter &quot;%1&quot;. From today until you are told in writing that the hold is released, do not delete, edit or move %4, and keep any related documents you hold elsewhere. This duty overrides every usual deletion period.

Please confirm that you have received and understood this notice by replying to the compliance team. Questions: contact the compliance team, not the other people involved.

Hold %5, placed on %6.</source>
        <translation>Avis de conservation légale : %1

Bonjour %2,

%3 a demandé à l’entreprise de conserver les documents relatifs à l’affaire « %1 ». À compter d’aujourd’hui et jusqu’à ce que l’on vous informe par écrit de la levée de la conservation, ne supprimez, ne modifiez et ne déplacez pas %4, et conservez tout document connexe que vous détenez ailleurs. Cette obligation prime sur tous les délais de suppression habituels.

Veuillez confirmer que vous avez reçu et compris cet avis en répondant à l’équipe conformité. Pour toute question, adressez-vous à l’équipe conformité, et non aux autres personnes concernées.

Conservation légale %5, mise en place le %6.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Person %1 is not a custodian of legal hold %2.</source>
        <translation>La personne %1 n’est pas dépositaire de la conservation légale %2.</translation>
    </message>
    <message>
        <source>The records were purged and the purge recorded, but giving the freed space back failed: %1 Run the purge again to finish it.</source>
        <translation>Les enregistrements ont été purgés et la purge consignée, mais la libération de l’espace a échoué : %1 Relancez la purge pour la terminer.</translation>
    </message>
    <message>
        <source>There is no purge %1.</source>
        <translation>Il n’y a pas de purge %1.</translation>
    </message>
    <message>
        <source>Purge %1 is still running; its certificate can be exported once it has ended.</source>
        <translation>La purge %1 est encore en cours ; son certificat pourra être exporté une fois qu’elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>The audit log has no entries.</source>
        <translation>Le journal d’audit n’a aucune entrée.</translation>
    </message>
    <message>
        <source>The audit log has no entry %1.</source>
        <translation>Le journal d’audit n’a pas d’entrée %1.</translation>
    </message>
</context>
<context>
    <name>RosterService</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with FIELD one of %2.</source>
        <translation>« %1 » n’est pas de la forme FIELD=COLUMN, FIELD étant l’un de %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 has no header row: it is not a CSV export.</source>
        <translation>%1 n’a pas de ligne d’en-tête : ce n’est pas un export CSV.</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; or &quot;%3&quot; (its columns: %4). Map them, for example --map employee_id=Personalnummer,name=Name.</source>
        <translation>%1 n’a pas de colonne « %2 » ou « %3 » (ses colonnes : %4). Associez-les, par exemple avec --map employee_id=Matricule,name=Nom.</translation>
    </message>
    <message>
        <source>no employee id or no name</source>
        <translation>matricule ou nom manquant</translation>
    </message>
    <message>
        <source>a start or leave date that is not a date</source>
        <translation>une date d’entrée ou de sortie qui n’est pas une date</translation>
    </message>
    <message>
        <source>employee id %1 appears twice</source>
        <translation>le matricule %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>%1, line %2: %3. Nothing was imported.</source>
        <translation>%1, ligne %2 : %3. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>There is no employee %1 on the roster.</source>
        <translation>Il n’y a pas de salarié %1 dans le registre du personnel.</translation>
    </message>
    <message>
        <source>There is no person %1 in the imports.</source>
        <translation>Il n’y a pas de personne %1 dans les imports.</translation>
    </message>
    <message>
        <source>A training module needs a name.</source>
        <translation>Un module de formation doit avoir un nom.</translation>
    </message>
    <message>
        <source>The recurrence and the days to complete are zero or more.</source>
        <translation>La périodicité et le délai de réalisation en jours doivent être supérieurs ou égaux à zéro.</translation>
    </message>
    <message>
        <source>There is already a training module &quot;%1&quot;.</source>
        <translation>Il existe déjà un module de formation « %1 ».</translation>
    </message>
    <message>
        <source>Assign a module to a department or to one employee.</source>
        <translation>Attribuez un module à un service ou à un seul salarié.</translation>
    </message>
    <message>
        <source>There is no training module &quot;%1&quot;.</source>
        <translation>Il n’y a pas de module de formation « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas un jour ; écrivez-le au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>A training cannot be completed in the future (%1).</source>
        <translation>Une formation ne peut pas être réalisée à une date future (%1).</translation>
    </message>
    <message>
        <source>%1 needs the columns &quot;%2&quot;, &quot;%3&quot; and &quot;%4&quot; (its columns: %5). Map them, for example --map employee=User,module=Course,completed=Completion date.</source>
        <translation>%1 doit contenir les colonnes « %2 », « %3 » et « %4 » (ses colonnes : %5). Associez-les, par exemple avec --map employee=User,module=Course,completed=Completion date.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not on the roster</source>
        <translation>« %1 » ne figure pas dans le registre du personnel</translation>
    </message>
    <message>
        <source>no training module &quot;%1&quot;</source>
        <translation>pas de module de formation « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a completion date</source>
        <translation>« %1 » n’est pas une date d’achèvement</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day up to today; write it as YYYY-MM-DD.</source>
        <translation>« %1 » n’est pas un jour antérieur ou égal à aujourd’hui ; écrivez-le au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>There is no policy version %1.</source>
        <translation>Il n’y a pas de version %1 de la politique.</translation>
    </message>
    <message>
        <source>Policy version %1 was published on %2: it cannot have been acknowledged on %3.</source>
        <translation>La version %1 de la politique a été publiée le %2 : elle ne peut pas avoir fait l’objet d’un accusé de lecture le %3.</translation>
    </message>
    <message>
        <source>Dear %1,

your training &quot;%2&quot; was due on %3 and is not recorded as completed. Please complete it now; if you already have, send the certificate to HR.

Thank you.</source>
        <translation>Bonjour %1,

Votre formation « %2 » devait être suivie au plus tard le %3 et n’est pas enregistrée comme terminée. Veuillez la suivre dès maintenant ; si c’est déjà fait, envoyez l’attestation aux RH.

Merci.</translation>
    </message>
    <message>
        <source>Dear %1,

your training &quot;%2&quot; (last completed on %3) had to be renewed by %4. Please complete it again now; if you already have, send the certificate to HR.

Thank you.</source>
        <translation>Bonjour %1,

Votre formation « %2 » (suivie pour la dernière fois le %3) devait être renouvelée au plus tard le %4. Veuillez la suivre à nouveau dès maintenant ; si c’est déjà fait, envoyez l’attestation aux RH.

Merci.</translation>
    </message>
    <message>
        <source>An assignment cannot count from a day in the future (%1).</source>
        <translation>Une attribution ne peut pas compter à partir d’un jour à venir (%1).</translation>
    </message>
</context>
<context>
    <name>ScanService</name>
    <message>
        <source>policy version %1</source>
        <translation>version %1 de la politique</translation>
    </message>
    <message numerus="yes">
        <source>%1 The scan stopped there: the %n posts of the batches before are scanned and kept, and scanning again continues after them.</source>
        <translation>
            <numerusform>%1 L’analyse s’est arrêtée là : le %n message des lots précédents est analysé et conservé, et relancer l’analyse reprend après lui.</numerusform>
            <numerusform>%1 L’analyse s’est arrêtée là : les %n messages des lots précédents sont analysés et conservés, et relancer l’analyse reprend après eux.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>The %1 self-test failed: this build of Custos or its cryptographic library computes wrong results. No workspace will be opened; reinstall Custos and its libraries.</source>
        <translation>L’autotest %1 a échoué : cette version de Custos ou sa bibliothèque cryptographique calcule des résultats faux. Aucun espace de travail ne sera ouvert ; réinstallez Custos et ses bibliothèques.</translation>
    </message>
    <message>
        <source>cryptographic library</source>
        <translation>de la bibliothèque cryptographique</translation>
    </message>
</context>
<context>
    <name>SlackReader</name>
    <message>
        <source>%1 is not a Slack export: it has no users.json and channels.json.</source>
        <translation>%1 n’est pas un export Slack : il n’a ni users.json ni channels.json.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation>%1 n’est pas du JSON valide à l’octet %2 : %3.</translation>
    </message>
    <message>
        <source>%1 should hold a JSON array.</source>
        <translation>%1 devrait contenir un tableau JSON.</translation>
    </message>
    <message>
        <source>user without an id</source>
        <translation>utilisateur sans identifiant</translation>
    </message>
    <message>
        <source>conversation without an id</source>
        <translation>conversation sans identifiant</translation>
    </message>
    <message>
        <source>not a message object</source>
        <translation>pas un objet message</translation>
    </message>
    <message>
        <source>message without a valid ts</source>
        <translation>message sans ts valide</translation>
    </message>
    <message>
        <source>message_changed without the changed message</source>
        <translation>message_changed sans le message modifié</translation>
    </message>
    <message>
        <source>message_deleted without deleted_ts</source>
        <translation>message_deleted sans deleted_ts</translation>
    </message>
    <message>
        <source>unknown message subtype %1</source>
        <translation>sous-type de message inconnu %1</translation>
    </message>
    <message>
        <source>text is not a string</source>
        <translation>text n’est pas une chaîne</translation>
    </message>
    <message>
        <source>folder %1 is not a conversation listed in the export</source>
        <translation>le dossier %1 n’est pas une conversation listée dans l’export</translation>
    </message>
</context>
<context>
    <name>Standing</name>
    <message>
        <source>had acknowledged policy version %1 (on %2)</source>
        <translation>avait pris connaissance de la version %1 de la politique (le %2)</translation>
    </message>
    <message>
        <source>had not acknowledged policy version %1, then in force</source>
        <translation>n’avait pas pris connaissance de la version %1 de la politique, alors en vigueur</translation>
    </message>
    <message>
        <source>%1: complete</source>
        <translation>%1 : terminée</translation>
    </message>
    <message>
        <source>%1: not complete</source>
        <translation>%1 : non terminée</translation>
    </message>
    <message>
        <source>When they posted, the author</source>
        <translation>Au moment de la publication, l’auteur :</translation>
    </message>
    <message>
        <source>At the time of the incident, the respondent</source>
        <translation>Au moment de l’incident, la personne mise en cause :</translation>
    </message>
</context>
<context>
    <name>StateReplay</name>
    <message>
        <source>Entry %1 (%2) is not where a log starts.</source>
        <translation>L’entrée %1 (%2) n’est pas là où commence un journal.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2, which no administrator registered.</source>
        <translation>L’entrée %1 est signée avec la clé %2, qu’aucun administrateur n’a enregistrée.</translation>
    </message>
    <message>
        <source>Entry %1 names user %2 as its actor but is signed with the key of %3.</source>
        <translation>L’entrée %1 désigne l’utilisateur %2 comme auteur mais est signée avec la clé de %3.</translation>
    </message>
    <message>
        <source>Entry %1 is signed with key %2 of %3, which was revoked in entry %4.</source>
        <translation>L’entrée %1 est signée avec la clé %2 de %3, révoquée à l’entrée %4.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was signed by %3, who is not an administrator at that point.</source>
        <translation>L’entrée %1 (%2) a été signée par %3, qui n’est pas administrateur à ce moment-là.</translation>
    </message>
    <message>
        <source>Entry %1: its hash does not match its content, so a field was altered.</source>
        <translation>Entrée %1 : son empreinte ne correspond pas à son contenu, un champ a donc été modifié.</translation>
    </message>
    <message>
        <source>Entry %1: its signature is not a valid signature over the entry.</source>
        <translation>Entrée %1 : sa signature n’est pas une signature valide de l’entrée.</translation>
    </message>
    <message>
        <source>User %1 (id %2) is in the database, but no signed entry registers them.</source>
        <translation>L’utilisateur %1 (id %2) est dans la base, mais aucune entrée signée ne l’enregistre.</translation>
    </message>
    <message>
        <source>User %1 is named %2 in the database, %1 in the signed log.</source>
        <translation>L’utilisateur %1 s’appelle %2 dans la base, %1 dans le journal signé.</translation>
    </message>
    <message>
        <source>User %1 has role %2 in the database, %3 in the signed log.</source>
        <translation>L’utilisateur %1 a le rôle %2 dans la base, %3 dans le journal signé.</translation>
    </message>
    <message>
        <source>The signing key of user %1 in the database is not the one the signed log registers.</source>
        <translation>La clé de signature de l’utilisateur %1 dans la base n’est pas celle qu’enregistre le journal signé.</translation>
    </message>
    <message>
        <source>The key-agreement key of user %1 in the database is not the one the signed log registers.</source>
        <translation>La clé d’échange de l’utilisateur %1 dans la base n’est pas celle qu’enregistre le journal signé.</translation>
    </message>
    <message>
        <source>User %1 is active in the database, revoked in the signed log (entry %2).</source>
        <translation>L’utilisateur %1 est actif dans la base, révoqué dans le journal signé (entrée %2).</translation>
    </message>
    <message>
        <source>User %1 is revoked in the database, active in the signed log.</source>
        <translation>L’utilisateur %1 est révoqué dans la base, actif dans le journal signé.</translation>
    </message>
    <message>
        <source>User %1, registered in the signed log, is missing from the database.</source>
        <translation>L’utilisateur %1, enregistré dans le journal signé, est absent de la base.</translation>
    </message>
    <message>
        <source>The setting %1 is missing from the database, though the signed log sets it.</source>
        <translation>Le paramètre %1 est absent de la base, alors que le journal signé le définit.</translation>
    </message>
    <message>
        <source>The setting %1 in the database is not the value the signed log sets.</source>
        <translation>Le paramètre %1 dans la base n’a pas la valeur que définit le journal signé.</translation>
    </message>
    <message>
        <source>The setting %1 is in the database, but no signed entry sets it.</source>
        <translation>Le paramètre %1 est dans la base, mais aucune entrée signée ne le définit.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was signed by %3, who does not hold that key at that point.</source>
        <translation>L’entrée %1 (%2) a été signée par %3, qui ne détient pas cette clé à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>TakedownService</name>
    <message>
        <source>A takedown request needs a reason and the policy clause it rests on.</source>
        <translation>Une demande de retrait a besoin d’une raison et de la clause de politique sur laquelle elle repose.</translation>
    </message>
    <message>
        <source>Post %1 has no flags; only flagged posts can be taken down.</source>
        <translation>Le message %1 n’a aucun signalement ; seuls les messages signalés peuvent être retirés.</translation>
    </message>
    <message>
        <source>A takedown of this post is already waiting for approval (request %1).</source>
        <translation>Un retrait de ce message attend déjà une approbation (demande %1).</translation>
    </message>
    <message>
        <source>There is no takedown request %1.</source>
        <translation>Il n’y a pas de demande de retrait %1.</translation>
    </message>
    <message>
        <source>You requested this takedown; another compliance officer must approve or reject it.</source>
        <translation>Vous avez demandé ce retrait ; un autre responsable conformité doit l’approuver ou le rejeter.</translation>
    </message>
    <message>
        <source>Takedown request %1 is already decided.</source>
        <translation>La demande de retrait %1 est déjà tranchée.</translation>
    </message>
    <message>
        <source>Add a comment to your decision.</source>
        <translation>Ajoutez un commentaire à votre décision.</translation>
    </message>
    <message>
        <source>Only an approved takedown can be marked done.</source>
        <translation>Seul un retrait approuvé peut être marqué comme effectué.</translation>
    </message>
    <message>
        <source>Takedown request %1 is not approved; there is no order to export.</source>
        <translation>La demande de retrait %1 n’est pas approuvée ; il n’y a pas d’ordre à exporter.</translation>
    </message>
    <message>
        <source>The post of takedown request %1 no longer exists.</source>
        <translation>Le message de la demande de retrait %1 n’existe plus.</translation>
    </message>
</context>
<context>
    <name>TeamsReader</name>
    <message>
        <source>message without an id</source>
        <translation>message sans identifiant</translation>
    </message>
    <message>
        <source>message with neither a channel nor a chat</source>
        <translation>message sans canal ni discussion</translation>
    </message>
    <message>
        <source>message without a valid createdDateTime</source>
        <translation>message sans createdDateTime valide</translation>
    </message>
    <message>
        <source>%1 is not valid JSON at byte %2: %3.</source>
        <translation>%1 n’est pas du JSON valide à l’octet %2 : %3.</translation>
    </message>
    <message>
        <source>%1 holds neither an array of messages nor a page with &quot;value&quot;.</source>
        <translation>%1 ne contient ni tableau de messages ni page avec « value ».</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Verification was cancelled after %1 entries.</source>
        <translation>La vérification a été annulée après %1 entrées.</translation>
    </message>
    <message>
        <source>The log holds %1 entries, but its head records %2: entries were removed.</source>
        <translation>Le journal contient %1 entrées, mais sa tête en indique %2 : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>%1, line %2, is not valid JSON.</source>
        <translation>%1, ligne %2, n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>%1 has no %2: it is not an exported audit log.</source>
        <translation>%1 ne contient pas %2 : ce n’est pas un journal d’audit exporté.</translation>
    </message>
    <message>
        <source>line %1 of %2 is not a complete entry</source>
        <translation>la ligne %1 de %2 n’est pas une entrée complète</translation>
    </message>
    <message>
        <source>Writing the public key %1 failed: %2.</source>
        <translation>L’écriture de la clé publique %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2). Check the free disk space.</source>
        <translation>L’écriture de %1 a échoué (%2). Vérifiez l’espace disque libre.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2).</source>
        <translation>L’écriture de %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>Writing VERIFY.md failed: %1.</source>
        <translation>L’écriture de VERIFY.md a échoué : %1.</translation>
    </message>
    <message>
        <source>There is no audit entry %1.</source>
        <translation>Il n’y a pas d’entrée d’audit %1.</translation>
    </message>
    <message>
        <source>A consistency proof needs 0 &lt; size1 ≤ size2 ≤ the log&apos;s size.</source>
        <translation>Une preuve de cohérence exige 0 &lt; size1 ≤ size2 ≤ la taille du journal.</translation>
    </message>
    <message>
        <source>The log holds %1 entries, fewer than the %2 seen before: entries from %1 on were removed (or an older copy was put back).</source>
        <translation>Le journal contient %1 entrées, moins que les %2 vues auparavant : les entrées à partir de %1 ont été supprimées (ou une copie plus ancienne a été remise).</translation>
    </message>
    <message>
        <source>The first %1 entries do not have the root %2 seen before: the log was rewritten.</source>
        <translation>Les %1 premières entrées n’ont pas la racine %2 vue auparavant : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>%1 has no %2. An export always carries the signed checkpoints; without them, removed entries at the end cannot be told. Export the log again.</source>
        <translation>%1 n’a pas de %2. Un export porte toujours les points de contrôle signés ; sans eux, des entrées supprimées à la fin sont indétectables. Exportez à nouveau le journal.</translation>
    </message>
    <message>
        <source>%1 holds no checkpoint. An export ends with a signed checkpoint over every entry; without one, removed entries at the end cannot be told.</source>
        <translation>%1 ne contient aucun point de contrôle. Un export se termine par un point de contrôle signé couvrant toutes les entrées ; sans lui, des entrées supprimées à la fin sont indétectables.</translation>
    </message>
    <message>
        <source>%1 holds no entries: an exported log has at least its first entry.</source>
        <translation>%1 ne contient aucune entrée : un journal exporté a au moins sa première entrée.</translation>
    </message>
    <message>
        <source>The last checkpoint covers %1 entries, but the export holds %2: entries from %1 on are not sealed by a signed checkpoint.</source>
        <translation>Le dernier point de contrôle couvre %1 entrées, mais l’export en contient %2 : les entrées à partir de %1 ne sont scellées par aucun point de contrôle signé.</translation>
    </message>
    <message>
        <source>%1 is missing: the key of %2, registered in entry %3.</source>
        <translation>%1 est manquant : la clé de %2, enregistrée dans l’entrée %3.</translation>
    </message>
    <message>
        <source>%1 does not hold the public key of %2 registered in entry %3: the key file was replaced.</source>
        <translation>%1 ne contient pas la clé publique de %2 enregistrée dans l’entrée %3 : le fichier de clé a été remplacé.</translation>
    </message>
    <message>
        <source>keys/%1 is not a key registered in the log.</source>
        <translation>keys/%1 n’est pas une clé enregistrée dans le journal.</translation>
    </message>
    <message>
        <source>The audit log of this workspace holds %1 entries, but this computer saw it sealed at %2 entries (checkpoint %3): entries were removed, or an older copy of the workspace was put back. Nothing was opened or changed. Restore the newest backup.</source>
        <translation>Le journal d’audit de cet espace de travail contient %1 entrées, mais cet ordinateur l’a vu scellé à %2 entrées (point de contrôle %3) : des entrées ont été supprimées, ou une copie plus ancienne de l’espace de travail a été remise. Rien n’a été ouvert ni modifié. Restaurez la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>The first %1 entries of this workspace&apos;s audit log are not the ones this computer saw sealed (checkpoint %2): the log was rewritten. Nothing was opened or changed. Restore the newest backup.</source>
        <translation>Les %1 premières entrées du journal d’audit de cet espace de travail ne sont pas celles que cet ordinateur a vues scellées (point de contrôle %2) : le journal a été réécrit. Rien n’a été ouvert ni modifié. Restaurez la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>The tables do not match the signed log: %1</source>
        <translation>Les tables ne correspondent pas au journal signé : %1</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>The folder %1 for what this computer has seen of audit logs cannot be created.</source>
        <translation>Le dossier %1 où cet ordinateur garde ce qu’il a vu des journaux d’audit ne peut pas être créé.</translation>
    </message>
    <message>
        <source>What this computer has seen of the audit log cannot be written to %1 (%2).</source>
        <translation>Ce que cet ordinateur a vu du journal d’audit ne peut pas être écrit dans %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>A user name has 1 to 64 letters, digits, dots, dashes, underscores or @, and starts with a letter or digit; &quot;%1&quot; does not.</source>
        <translation>Un nom d’utilisateur comporte de 1 à 64 lettres, chiffres, points, tirets, traits de soulignement ou @, et commence par une lettre ou un chiffre ; « %1 » ne convient pas.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters. Use a few unrelated words.</source>
        <translation>Une phrase secrète doit comporter au moins %1 caractères. Utilisez quelques mots sans rapport.</translation>
    </message>
    <message>
        <source>The key derivation parameters are too weak.</source>
        <translation>Les paramètres de dérivation de clé sont trop faibles.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace. Choose an empty folder.</source>
        <translation>%1 contient déjà un espace de travail. Choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the workspace.</source>
        <translation>Le dossier %1 n’est pas vide. Choisissez un dossier nouveau ou vide pour l’espace de travail.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check its parent&apos;s permissions.</source>
        <translation>Le dossier %1 ne peut pas être créé. Vérifiez les droits du dossier parent.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Aucun espace de travail à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The keyring of the workspace %1 is missing. Restore it from a backup.</source>
        <translation>Le trousseau de l’espace de travail %1 est manquant. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not a Custos workspace (it has no keyring).</source>
        <translation>%1 n’est pas un espace de travail Custos (il n’a pas de trousseau).</translation>
    </message>
    <message>
        <source>The database of the workspace %1 is missing. Restore it from a backup.</source>
        <translation>La base de données de l’espace de travail %1 est manquante. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The database and the keyring in %1 belong to different workspaces. Restore the matching pair from a backup.</source>
        <translation>La base de données et le trousseau de %1 appartiennent à des espaces de travail différents. Restaurez la bonne paire depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The user %1 has been revoked in this workspace. Ask an administrator.</source>
        <translation>L’utilisateur %1 a été révoqué dans cet espace de travail. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>The signing key of %1 in the keyring does not match the workspace&apos;s record. Restore the workspace from a backup.</source>
        <translation>La clé de signature de %1 dans le trousseau ne correspond pas à l’enregistrement de l’espace de travail. Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by an earlier Custos and needs an upgrade, which changes it; this command only reads. Open it once in the console (or with a command that changes it), then run this again.</source>
        <translation>L’espace de travail %1 a été écrit par un Custos antérieur et doit être mis à niveau, ce qui le modifie ; cette commande ne fait que lire. Ouvrez-le une fois dans la console (ou avec une commande qui le modifie), puis relancez celle-ci.</translation>
    </message>
    <message>
        <source>The audit log of the workspace %1 cannot be trusted: %2 Ask an auditor to run custos-cli audit verify, and restore the workspace from a backup.</source>
        <translation>Le journal d’audit de l’espace de travail %1 n’est pas digne de confiance : %2 Demandez à un auditeur d’exécuter custos-cli audit verify, et restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>The workspace %1 was changed outside Custos: its tables do not match the signed audit log. %2%3 Restore the workspace from a backup; custos-cli audit verify lists every difference.</source>
        <translation>L’espace de travail %1 a été modifié hors de Custos : ses tables ne correspondent pas au journal d’audit signé. %2%3 Restaurez l’espace de travail depuis une sauvegarde ; custos-cli audit verify liste chaque différence.</translation>
    </message>
    <message numerus="yes">
        <source> (%n more)</source>
        <translation>
            <numerusform> (%n autre)</numerusform>
            <numerusform> (%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; in %2 is damaged; the first problem found: %3. Run custos-cli check for the whole picture, and restore the workspace from a backup.</source>
        <translation>Le fichier « %1 » de %2 est endommagé ; premier problème trouvé : %3. Lancez custos-cli check pour une vue complète, et restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>A rekey of the workspace %1 was interrupted. Open the workspace in Custos (or run any command that changes it) to finish it, then try again.</source>
        <translation>Un rechiffrement de l’espace de travail %1 a été interrompu. Ouvrez l’espace de travail dans Custos (ou lancez une commande qui le modifie) pour le terminer, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>The workspace %1 is already open by %2 (process %3 on %4). Close it there first, then try again.</source>
        <translation>L’espace de travail %1 est déjà ouvert par %2 (processus %3 sur %4). Fermez-le d’abord, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk holding the workspace %1 is full: not even its lock file can be written. Free some space and try again; nothing was changed.</source>
        <translation>Le disque contenant l’espace de travail %1 est plein : même son fichier de verrou ne peut être écrit. Libérez de l’espace et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workspace %1 is on a read-only disk. Copy it to a writable disk to open it.</source>
        <translation>L’espace de travail %1 est sur un disque en lecture seule. Copiez-le sur un disque inscriptible pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked for use: %2. Check the folder&apos;s permissions.</source>
        <translation>L’espace de travail %1 ne peut pas être verrouillé pour utilisation : %2. Vérifiez les droits du dossier.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be locked for use: %2.</source>
        <translation>L’espace de travail %1 ne peut pas être verrouillé pour utilisation : %2.</translation>
    </message>
    <message>
        <source>The workspace %1 is already open by %2. Close it there first, then try again.</source>
        <translation>L’espace de travail %1 est déjà ouvert par %2. Fermez-le d’abord là-bas, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>custos::cli</name>
    <message>
        <source>--user NAME is required.</source>
        <translation>--user NOM est obligatoire.</translation>
    </message>
    <message>
        <source>Name of the new user.</source>
        <translation>Nom du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>Full name shown in the console.</source>
        <translation>Nom complet affiché dans la console.</translation>
    </message>
    <message>
        <source>administrator, compliance, investigator, manager or auditor.</source>
        <translation>administrator, compliance, investigator, manager ou auditor.</translation>
    </message>
    <message>
        <source>Read the new user&apos;s first passphrase from FILE.</source>
        <translation>Lire la première phrase secrète du nouvel utilisateur dans FICHIER.</translation>
    </message>
    <message>
        <source>--role must be one of administrator, compliance, investigator, manager, auditor.</source>
        <translation>--role doit valoir administrator, compliance, investigator, manager ou auditor.</translation>
    </message>
    <message>
        <source>--name NAME is required.</source>
        <translation>--name NOM est obligatoire.</translation>
    </message>
    <message>
        <source>--new-passphrase-file FILE is required.</source>
        <translation>--new-passphrase-file FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>The user to change.</source>
        <translation>L’utilisateur à modifier.</translation>
    </message>
    <message>
        <source>The new role.</source>
        <translation>Le nouveau rôle.</translation>
    </message>
    <message>
        <source>Read the new passphrase from FILE.</source>
        <translation>Lire la nouvelle phrase secrète dans FICHIER.</translation>
    </message>
    <message>
        <source>Current passphrase of %1</source>
        <translation>Phrase secrète actuelle de %1</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation>Nom du premier administrateur.</translation>
    </message>
    <message>
        <source>Full name of the administrator.</source>
        <translation>Nom complet de l’administrateur.</translation>
    </message>
    <message>
        <source>--admin NAME is required.</source>
        <translation>--admin NOM est obligatoire.</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Phrase secrète pour %1</translation>
    </message>
    <message>
        <source>custos-cli user needs a subcommand: add, list, role, revoke or passwd.</source>
        <translation>custos-cli user attend une sous-commande : add, list, role, revoke ou passwd.</translation>
    </message>
    <message>
        <source>Unknown user subcommand &apos;%1&apos;.</source>
        <translation>Sous-commande user inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>custos-cli selftest takes no arguments.</source>
        <translation>custos-cli selftest ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>Self-tests passed: SHA-256, AES-256-GCM, Argon2id, Ed25519.</source>
        <translation>Autotests réussis : SHA-256, AES-256-GCM, Argon2id, Ed25519.</translation>
    </message>
    <message>
        <source>custos-cli audit needs a subcommand: verify or export.</source>
        <translation>custos-cli audit attend une sous-commande : verify ou export.</translation>
    </message>
    <message>
        <source>Check signatures on N threads (default: all cores).</source>
        <translation>Vérifier les signatures sur N fils (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>Verify the exported bundle in DIR instead of a workspace.</source>
        <translation>Vérifier le paquet exporté dans DIR au lieu d’un espace de travail.</translation>
    </message>
    <message>
        <source>Unknown audit subcommand &apos;%1&apos;.</source>
        <translation>Sous-commande audit inconnue : « %1 ».</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 256.</source>
        <translation>--threads prend un nombre de 1 à 256.</translation>
    </message>
    <message>
        <source>Give either WORKSPACE or --export DIR, not both.</source>
        <translation>Indiquez WORKSPACE ou --export DIR, pas les deux.</translation>
    </message>
    <message>
        <source>Expected WORKSPACE or --export DIR.</source>
        <translation>Attendu : WORKSPACE ou --export DIR.</translation>
    </message>
    <message>
        <source>slack, mattermost, teams or csv (default: detected).</source>
        <translation>slack, mattermost, teams ou csv (par défaut : détecté).</translation>
    </message>
    <message>
        <source>CSV columns: author=COL,channel=COL,time=COL,text=COL[,id=COL][,thread=COL].</source>
        <translation>Colonnes CSV : author=COL,channel=COL,time=COL,text=COL[,id=COL][,thread=COL].</translation>
    </message>
    <message>
        <source>The format of %1 cannot be recognised; give it with --format.</source>
        <translation>Le format de %1 n’est pas reconnu ; indiquez-le avec --format.</translation>
    </message>
    <message>
        <source>--format must be slack, mattermost, teams or csv.</source>
        <translation>--format doit valoir slack, mattermost, teams ou csv.</translation>
    </message>
    <message>
        <source>--batch takes a number from 1 to 1000000.</source>
        <translation>--batch prend un nombre de 1 à 1000000.</translation>
    </message>
    <message>
        <source>%1 posts added, %2 edited, %3 unchanged, %4 events, %5 skipped</source>
        <translation>%1 publications ajoutées, %2 modifiées, %3 inchangées, %4 événements, %5 ignorés</translation>
    </message>
    <message>
        <source>Write the export into the new or empty folder DIR.</source>
        <translation>Écrire l’export dans le dossier nouveau ou vide DIR.</translation>
    </message>
    <message>
        <source>How many posts (default 10000).</source>
        <translation>Nombre de publications (par défaut 10000).</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1); the same seed gives the same corpus.</source>
        <translation>Graine du générateur (par défaut 1) ; la même graine donne le même corpus.</translation>
    </message>
    <message>
        <source>--out DIR is required.</source>
        <translation>--out DIR est obligatoire.</translation>
    </message>
    <message>
        <source>--posts takes a number.</source>
        <translation>--posts prend un nombre.</translation>
    </message>
    <message>
        <source>--seed takes a number.</source>
        <translation>--seed prend un nombre.</translation>
    </message>
    <message>
        <source>Use the policy in FILE (JSON) instead of the built-in one.</source>
        <translation>Utiliser la politique de FICHIER (JSON) au lieu de la politique intégrée.</translation>
    </message>
    <message>
        <source>Watched names for reputation rules, separated by commas.</source>
        <translation>Noms surveillés pour les règles de réputation, séparés par des virgules.</translation>
    </message>
    <message>
        <source>text (one text per line, the default) or jsonl ({&quot;id&quot;, &quot;text&quot;} per line).</source>
        <translation>text (un texte par ligne, par défaut) ou jsonl ({&quot;id&quot;, &quot;text&quot;} par ligne).</translation>
    </message>
    <message>
        <source>--format must be text or jsonl.</source>
        <translation>--format doit valoir text ou jsonl.</translation>
    </message>
    <message>
        <source>The policy file %1 cannot be read: %2.</source>
        <translation>Le fichier de politique %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>L’entrée standard ne peut pas être lue.</translation>
    </message>
    <message>
        <source>line %1 is not an object with a &quot;text&quot; string</source>
        <translation>la ligne %1 n’est pas un objet avec une chaîne &quot;text&quot;</translation>
    </message>
    <message>
        <source>Scan with policy version V (default: the newest).</source>
        <translation>Analyser avec la version V de la politique (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>Classify on N threads (default: all cores).</source>
        <translation>Classer sur N fils (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>--policy-version takes a version number.</source>
        <translation>--policy-version prend un numéro de version.</translation>
    </message>
    <message>
        <source>custos-cli policy needs a subcommand: publish.</source>
        <translation>custos-cli policy attend une sous-commande : publish.</translation>
    </message>
    <message>
        <source>%1 of %2 posts scanned</source>
        <translation>%1 messages analysés sur %2</translation>
    </message>
    <message>
        <source>Scan interrupted; what was scanned is kept, and scanning again continues from there.</source>
        <translation>Analyse interrompue ; ce qui a été analysé est conservé, et une nouvelle analyse reprend à partir de là.</translation>
    </message>
    <message>
        <source>Import interrupted; what was imported is kept, and importing the same export again resumes.</source>
        <translation>Import interrompu ; ce qui a été importé est conservé, et importer à nouveau le même export reprend.</translation>
    </message>
    <message>
        <source>Only flags with status S (new, in_review, dismissed, escalated, takedown_requested, takedown_approved, takedown_rejected, resolved).</source>
        <translation>Seulement les signalements au statut S (new, in_review, dismissed, escalated, takedown_requested, takedown_approved, takedown_rejected, resolved).</translation>
    </message>
    <message>
        <source>Only flags of category C.</source>
        <translation>Seulement les signalements de catégorie C.</translation>
    </message>
    <message>
        <source>Only flags of severity low, medium, high or critical.</source>
        <translation>Seulement les signalements de gravité low, medium, high ou critical.</translation>
    </message>
    <message>
        <source>Only flags of posts matching the full-text query Q.</source>
        <translation>Seulement les signalements des messages correspondant à la recherche plein texte Q.</translation>
    </message>
    <message>
        <source>At most N flags (default 1000).</source>
        <translation>Au plus N signalements (1000 par défaut).</translation>
    </message>
    <message>
        <source>text (default) or jsonl.</source>
        <translation>text (par défaut) ou jsonl.</translation>
    </message>
    <message>
        <source>--status takes one of: %1.</source>
        <translation>--status prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--category takes one of: %1.</source>
        <translation>--category prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--severity takes one of: %1.</source>
        <translation>--severity prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--format takes text or jsonl.</source>
        <translation>--format prend text ou jsonl.</translation>
    </message>
    <message>
        <source>--limit takes a positive number.</source>
        <translation>--limit prend un nombre positif.</translation>
    </message>
    <message>
        <source>Demo posts in the workspace (default 10000).</source>
        <translation>Messages de démonstration dans l’espace de travail (10000 par défaut).</translation>
    </message>
    <message>
        <source>The workspace to build or reuse (default: in the cache folder).</source>
        <translation>L’espace de travail à construire ou réutiliser (par défaut : dans le dossier de cache).</translation>
    </message>
    <message>
        <source>--posts takes a number from 100 to 100000000.</source>
        <translation>--posts prend un nombre de 100 à 100000000.</translation>
    </message>
    <message>
        <source>The built-in policy is missing from this build.</source>
        <translation>La politique intégrée manque à cette version.</translation>
    </message>
    <message>
        <source>Read the workspace file into the system&apos;s file cache first, as the console does when a workspace opens.</source>
        <translation>Lire d&apos;abord le fichier de l&apos;espace de travail dans le cache de fichiers du système, comme le fait la console à l&apos;ouverture d&apos;un espace de travail.</translation>
    </message>
    <message>
        <source>Only flags raised by rule R.</source>
        <translation>Seulement les signalements de la règle R.</translation>
    </message>
    <message>
        <source>Only flags raised by policy version V.</source>
        <translation>Seulement les signalements de la version de politique V.</translation>
    </message>
    <message>
        <source>Only flags of posts in the channel named NAME.</source>
        <translation>Seulement les signalements des publications du canal NAME.</translation>
    </message>
    <message>
        <source>Only flags assigned to the user NAME.</source>
        <translation>Seulement les signalements attribués à l&apos;utilisateur NAME.</translation>
    </message>
    <message>
        <source>Only flags of posts from this day on (YYYY-MM-DD, UTC).</source>
        <translation>Seulement les signalements des publications à partir de ce jour (AAAA-MM-JJ, UTC).</translation>
    </message>
    <message>
        <source>Only flags of posts up to and including this day (YYYY-MM-DD, UTC).</source>
        <translation>Seulement les signalements des publications jusqu&apos;à ce jour inclus (AAAA-MM-JJ, UTC).</translation>
    </message>
    <message>
        <source>--policy-version takes a version number (1, 2, ...).</source>
        <translation>--policy-version attend un numéro de version (1, 2, ...).</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, for example 2024-01-31.</source>
        <translation>--%1 attend un jour au format YYYY-MM-DD, par exemple 2024-01-31.</translation>
    </message>
    <message>
        <source>Refuse a log with fewer than N entries (a checkpoint seen before).</source>
        <translation>Refuser un journal de moins de N entrées (un point de contrôle vu auparavant).</translation>
    </message>
    <message>
        <source>With --expect-size: the root hash (hex) the first N entries must have.</source>
        <translation>Avec --expect-size : le hachage racine (hex) que doivent avoir les N premières entrées.</translation>
    </message>
    <message>
        <source>--expect-size N and --expect-root HEX go together: a number of entries and the 64 hex digits of a checkpoint&apos;s root.</source>
        <translation>--expect-size N et --expect-root HEX vont ensemble : un nombre d’entrées et les 64 chiffres hexadécimaux de la racine d’un point de contrôle.</translation>
    </message>
    <message>
        <source>The file of &quot;%1&quot; is damaged; the first problem SQLite found: %2. Restore the workspace from a backup.</source>
        <translation>Le fichier de « %1 » est endommagé ; le premier problème trouvé par SQLite : %2. Restaurez l’espace de travail depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Also check every post, version, flag and decision against the entries that signed them (needs the content key).</source>
        <translation>Vérifier aussi chaque message, version, signalement et décision par rapport aux entrées qui les ont signés (demande la clé du contenu).</translation>
    </message>
    <message>
        <source>--deep checks a workspace&apos;s content; an exported bundle holds none.</source>
        <translation>--deep vérifie le contenu d’un espace de travail ; un lot exporté n’en contient pas.</translation>
    </message>
    <message>
        <source>Records per transaction (default 25000).</source>
        <translation>Enregistrements par transaction (25000 par défaut).</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) (%1) held the key of the %2 compartment and no longer do; a copy they kept still opens it. To re-encrypt it for its current holders only, run: custos-cli keys rekey %3 --user %4 --compartment %5</source>
        <translation>
            <numerusform>%n utilisateur (%1) détenait la clé du compartiment %2 et ne la détient plus ; une copie conservée l’ouvre encore. Pour le rechiffrer pour ses seuls détenteurs actuels, lancez : custos-cli keys rekey %3 --user %4 --compartment %5</numerusform>
            <numerusform>%n utilisateurs (%1) détenaient la clé du compartiment %2 et ne la détiennent plus ; une copie conservée l’ouvre encore. Pour le rechiffrer pour ses seuls détenteurs actuels, lancez : custos-cli keys rekey %3 --user %4 --compartment %5</numerusform>
        </translation>
    </message>
    <message>
        <source>The compartment to rekey: content or aggregates.</source>
        <translation>Le compartiment à rechiffrer : content ou aggregates.</translation>
    </message>
    <message>
        <source>--compartment must be content or aggregates.</source>
        <translation>--compartment doit valoir content ou aggregates.</translation>
    </message>
    <message>
        <source>custos-cli keys needs a subcommand: rekey.</source>
        <translation>custos-cli keys demande une sous-commande : rekey.</translation>
    </message>
    <message>
        <source>There is no active user %1 who works cases.</source>
        <translation>Il n’y a pas d’utilisateur actif %1 qui traite des dossiers.</translation>
    </message>
    <message>
        <source>The case&apos;s title.</source>
        <translation>Le titre du dossier.</translation>
    </message>
    <message>
        <source>What was reported, in a few sentences.</source>
        <translation>Ce qui a été signalé, en quelques phrases.</translation>
    </message>
    <message>
        <source>critical, high, moderate (default) or low.</source>
        <translation>critical, high, moderate (par défaut) ou low.</translation>
    </message>
    <message>
        <source>How it reached you: %1.</source>
        <translation>Comment il vous est parvenu : %1.</translation>
    </message>
    <message>
        <source>Flagged posts the case starts from (flag ids, comma-separated).</source>
        <translation>Messages signalés d’où part le dossier (identifiants de signalement, séparés par des virgules).</translation>
    </message>
    <message>
        <source>Posts the case starts from (post ids, comma-separated).</source>
        <translation>Messages d’où part le dossier (identifiants de message, séparés par des virgules).</translation>
    </message>
    <message>
        <source>An allegation (%1), optionally with its policy clause after a colon; repeatable.</source>
        <translation>Une allégation (%1), éventuellement suivie de sa clause de politique après un deux-points ; répétable.</translation>
    </message>
    <message>
        <source>The complainant&apos;s name, entered by hand.</source>
        <translation>Le nom du plaignant, saisi à la main.</translation>
    </message>
    <message>
        <source>The report came from someone who gave no name; none is stored.</source>
        <translation>Le signalement vient d’une personne qui n’a pas donné son nom ; aucun nom n’est enregistré.</translation>
    </message>
    <message>
        <source>Assign the investigator NAME; repeatable.</source>
        <translation>Attribuer l’enquêteur NAME ; répétable.</translation>
    </message>
    <message>
        <source>When it happened (YYYY-MM-DD).</source>
        <translation>Date des faits (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>When it was reported (YYYY-MM-DD).</source>
        <translation>Date du signalement (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>When the investigation is due (YYYY-MM-DD).</source>
        <translation>Échéance de l’enquête (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--title TEXT is required.</source>
        <translation>--title TEXT est obligatoire.</translation>
    </message>
    <message>
        <source>--priority takes one of: %1.</source>
        <translation>--priority prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--intake takes one of: %1.</source>
        <translation>--intake prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--flags and --posts take ids separated by commas, for example 12,17.</source>
        <translation>--flags et --posts prennent des identifiants séparés par des virgules, par exemple 12,17.</translation>
    </message>
    <message>
        <source>--allegation takes one of: %1.</source>
        <translation>--allegation prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--complainant and --anonymous-reporter exclude each other.</source>
        <translation>--complainant et --anonymous-reporter s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>Only cases with status S (%1).</source>
        <translation>Seulement les dossiers au statut S (%1).</translation>
    </message>
    <message>
        <source>Only cases still being worked.</source>
        <translation>Seulement les dossiers encore en cours de traitement.</translation>
    </message>
    <message>
        <source>Only cases of priority P (%1).</source>
        <translation>Seulement les dossiers de priorité P (%1).</translation>
    </message>
    <message>
        <source>Only cases with an allegation of type T (%1).</source>
        <translation>Seulement les dossiers comportant une allégation de type T (%1).</translation>
    </message>
    <message>
        <source>Only cases assigned to the user NAME.</source>
        <translation>Seulement les dossiers attribués à l’utilisateur NAME.</translation>
    </message>
    <message>
        <source>Only cases assigned to you.</source>
        <translation>Seulement les dossiers qui vous sont attribués.</translation>
    </message>
    <message>
        <source>Only cases past their due date or with an overdue task.</source>
        <translation>Seulement les dossiers dont l’échéance est dépassée ou qui ont une tâche en retard.</translation>
    </message>
    <message>
        <source>Only cases whose number or title contains TEXT.</source>
        <translation>Seulement les dossiers dont le numéro ou le titre contient TEXT.</translation>
    </message>
    <message>
        <source>Sort by %1 (default opened, newest first).</source>
        <translation>Trier par %1 (par défaut opened, le plus récent en premier).</translation>
    </message>
    <message>
        <source>Sort in ascending order.</source>
        <translation>Trier par ordre croissant.</translation>
    </message>
    <message>
        <source>At most N cases (default 200).</source>
        <translation>Au plus N dossiers (200 par défaut).</translation>
    </message>
    <message>
        <source>--sort takes one of: %1.</source>
        <translation>--sort prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--mine and --assignee exclude each other.</source>
        <translation>--mine et --assignee s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La note.</translation>
    </message>
    <message>
        <source>Read the note from FILE (UTF-8).</source>
        <translation>Lire la note dans FILE (UTF-8).</translation>
    </message>
    <message>
        <source>When it happened (YYYY-MM-DD; default now).</source>
        <translation>Date des faits (YYYY-MM-DD ; par défaut maintenant).</translation>
    </message>
    <message>
        <source>--text and --text-file exclude each other.</source>
        <translation>--text et --text-file s’excluent mutuellement.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>--text TEXT or --text-file FILE is required.</source>
        <translation>--text TEXT ou --text-file FILE est obligatoire.</translation>
    </message>
    <message>
        <source>Why (required to reopen a closed case).</source>
        <translation>Pourquoi (obligatoire pour rouvrir un dossier clos).</translation>
    </message>
    <message>
        <source>STATUS is one of: %1.</source>
        <translation>STATUS prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>custos-cli case evidence needs a subcommand: add.</source>
        <translation>custos-cli case evidence attend une sous-commande : add.</translation>
    </message>
    <message>
        <source>What the file shows.</source>
        <translation>Ce que montre le fichier.</translation>
    </message>
    <message>
        <source>The file&apos;s media type (default: from its name and content).</source>
        <translation>Le type de média du fichier (par défaut : d’après son nom et son contenu).</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and cannot be attached.</source>
        <translation>%1 dépasse %2 Mio et ne peut pas être joint.</translation>
    </message>
    <message>
        <source>Write the report to FILE (.pdf, or .html for HTML).</source>
        <translation>Écrire le rapport dans FILE (.pdf, ou .html pour du HTML).</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FILE est obligatoire.</translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2.</source>
        <translation>Le rapport ne peut pas être écrit dans %1 : %2.</translation>
    </message>
    <message>
        <source>custos-cli case needs a subcommand: open, list, show, note, status, evidence add, report.</source>
        <translation>custos-cli case attend une sous-commande : open, list, show, note, status, evidence add, report.</translation>
    </message>
    <message>
        <source>The workspace to build (default: a new one in the cache folder).</source>
        <translation>L’espace de travail à construire (par défaut : un nouveau dans le dossier de cache).</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; bench cases builds its own. Remove it or choose another --dir.</source>
        <translation>%1 contient déjà un espace de travail ; bench cases construit le sien. Supprimez-le ou choisissez un autre --dir.</translation>
    </message>
    <message>
        <source>The benchmark corpus has too few posts.</source>
        <translation>Le corpus de référence contient trop peu de messages.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 ne peut pas être écrit : %2.</translation>
    </message>
    <message>
        <source>Posts in the workspace, half of them expired (default 1000000).</source>
        <translation>Messages dans l’espace de travail, dont la moitié expirés (par défaut 1000000).</translation>
    </message>
    <message>
        <source>%1 already holds a workspace; the benchmark purges, so it needs a new folder.</source>
        <translation>%1 contient déjà un espace de travail ; le banc d’essai purge des données, il lui faut donc un nouveau dossier.</translation>
    </message>
    <message>
        <source>The rule&apos;s name.</source>
        <translation>Le nom de la règle.</translation>
    </message>
    <message>
        <source>What it covers: %1.</source>
        <translation>Ce qu’elle couvre : %1.</translation>
    </message>
    <message>
        <source>How long to keep: a number of days, or &quot;indefinite&quot;.</source>
        <translation>Durée de conservation : un nombre de jours, ou « indefinite ».</translation>
    </message>
    <message>
        <source>The regulation or reason the rule serves.</source>
        <translation>La réglementation ou le motif auquel répond la règle.</translation>
    </message>
    <message>
        <source>Only channels of this kind: %1.</source>
        <translation>Seulement les canaux de ce type : %1.</translation>
    </message>
    <message>
        <source>Only the channel with this id.</source>
        <translation>Seulement le canal portant cet identifiant.</translation>
    </message>
    <message>
        <source>Only posts flagged in (or flags of) this category: %1.</source>
        <translation>Seulement les messages signalés dans cette catégorie (ou les signalements de cette catégorie) : %1.</translation>
    </message>
    <message>
        <source>--class is one of: %1.</source>
        <translation>--class prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--period takes a number of days (at least 1) or &quot;indefinite&quot;.</source>
        <translation>--period prend un nombre de jours (au moins 1) ou « indefinite ».</translation>
    </message>
    <message>
        <source>--channel-kind is one of: %1.</source>
        <translation>--channel-kind prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>--channel takes a channel id.</source>
        <translation>--channel prend un identifiant de canal.</translation>
    </message>
    <message>
        <source>--category is one of: %1.</source>
        <translation>--category prend l’une des valeurs : %1.</translation>
    </message>
    <message>
        <source>Why the rule no longer applies.</source>
        <translation>Pourquoi la règle ne s’applique plus.</translation>
    </message>
    <message>
        <source>RULE is a rule id (see custos-cli retention rules).</source>
        <translation>RULE est un identifiant de règle (voir custos-cli retention rules).</translation>
    </message>
    <message>
        <source>Retired rules too.</source>
        <translation>Y compris les règles retirées.</translation>
    </message>
    <message>
        <source>Samples per rule and reason (default 5).</source>
        <translation>Exemples par règle et par motif (par défaut 5).</translation>
    </message>
    <message>
        <source>No progress on stderr (for cron).</source>
        <translation>Pas de progression sur stderr (pour cron).</translation>
    </message>
    <message>
        <source>Purging: %1 of %2 records</source>
        <translation>Purge : %1 enregistrements sur %2</translation>
    </message>
    <message>
        <source>Stopped: the batches purged so far stand, and are recorded. Run the purge again to finish.</source>
        <translation>Arrêt : les lots déjà purgés le restent et sont consignés. Relancez la purge pour la terminer.</translation>
    </message>
    <message>
        <source>The lawsuit, inquiry or audit the hold serves.</source>
        <translation>Le litige, l’enquête ou l’audit auquel se rapporte la conservation légale.</translation>
    </message>
    <message>
        <source>Who asked for it (for example outside counsel).</source>
        <translation>Qui l’a demandée (par exemple le conseil externe).</translation>
    </message>
    <message>
        <source>A note on the hold.</source>
        <translation>Une note sur la conservation légale.</translation>
    </message>
    <message>
        <source>Keep what this person (person id) wrote.</source>
        <translation>Conserver ce que cette personne (identifiant de personne) a écrit.</translation>
    </message>
    <message>
        <source>Keep what was posted in this channel (channel id).</source>
        <translation>Conserver ce qui a été publié dans ce canal (identifiant de canal).</translation>
    </message>
    <message>
        <source>Keep a case and its posts (number or id).</source>
        <translation>Conserver un dossier et ses messages (numéro ou identifiant).</translation>
    </message>
    <message>
        <source>Posted on or after this day (YYYY-MM-DD).</source>
        <translation>Publié à partir de ce jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Posted on or before this day (YYYY-MM-DD).</source>
        <translation>Publié jusqu’à ce jour inclus (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>A full-text search; it keeps catching new matches as imports arrive.</source>
        <translation>Une recherche plein texte ; elle continue de capter les nouvelles correspondances à mesure que des imports arrivent.</translation>
    </message>
    <message>
        <source>--%1 takes an id.</source>
        <translation>--%1 prend un identifiant.</translation>
    </message>
    <message>
        <source>Why the hold ends (for example &quot;matter settled&quot;).</source>
        <translation>Pourquoi la conservation légale prend fin (par exemple « affaire réglée »).</translation>
    </message>
    <message>
        <source>HOLD is a hold id (see custos-cli hold list).</source>
        <translation>HOLD est un identifiant de conservation légale (voir custos-cli hold list).</translation>
    </message>
    <message>
        <source>Released holds too.</source>
        <translation>Y compris les conservations légales levées.</translation>
    </message>
    <message>
        <source>Write one text file per custodian into this folder.</source>
        <translation>Écrire un fichier texte par dépositaire dans ce dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Check the folder and the free space.</source>
        <translation>%1 ne peut pas être écrit : %2. Vérifiez le dossier et l’espace disponible.</translation>
    </message>
    <message>
        <source>The day they acknowledged it (default today).</source>
        <translation>Le jour de l’accusé de réception (par défaut aujourd’hui).</translation>
    </message>
    <message>
        <source>HOLD and PERSON are ids (see custos-cli hold notices).</source>
        <translation>HOLD et PERSON sont des identifiants (voir custos-cli hold notices).</translation>
    </message>
    <message>
        <source>The certificate file to write (JSON).</source>
        <translation>Le fichier de certificat à écrire (JSON).</translation>
    </message>
    <message>
        <source>PURGE is a purge id (see custos-cli retention purges).</source>
        <translation>PURGE est un identifiant de purge (voir custos-cli retention purges).</translation>
    </message>
    <message>
        <source>Check it with: custos-cli disposition verify %1 AUDIT_EXPORT (from custos-cli audit export, written after this).</source>
        <translation>Vérifiez-le avec : custos-cli disposition verify %1 AUDIT_EXPORT (issu de custos-cli audit export, exécuté après celui-ci).</translation>
    </message>
    <message>
        <source>%1 is not a certificate of disposition: %2.</source>
        <translation>%1 n’est pas un certificat de destruction : %2.</translation>
    </message>
    <message>
        <source>custos-cli retention rule needs a subcommand: add, retire.</source>
        <translation>custos-cli retention rule attend une sous-commande : add, retire.</translation>
    </message>
    <message>
        <source>custos-cli retention needs a subcommand: rules, rule add, rule retire, preview, purge, purges.</source>
        <translation>custos-cli retention attend une sous-commande : rules, rule add, rule retire, preview, purge, purges.</translation>
    </message>
    <message>
        <source>custos-cli hold needs a subcommand: add, release, list, notices, ack.</source>
        <translation>custos-cli hold attend une sous-commande : add, release, list, notices, ack.</translation>
    </message>
    <message>
        <source>custos-cli disposition needs a subcommand: export, verify.</source>
        <translation>custos-cli disposition attend une sous-commande : export, verify.</translation>
    </message>
    <message>
        <source>custos-cli bench needs a subcommand: queue, cases or retention.</source>
        <translation>custos-cli bench attend une sous-commande : queue, cases ou retention.</translation>
    </message>
    <message>
        <source>The default retention period: a number of days (14 is common) or &quot;indefinite&quot;. Without it the workspace keeps everything until an administrator writes retention rules.</source>
        <translation>La durée de conservation par défaut : un nombre de jours (14 est courant) ou « indefinite ». Sans elle, l’espace de travail conserve tout jusqu’à ce qu’un administrateur rédige des règles de conservation.</translation>
    </message>
    <message>
        <source>--retention takes a number of days (at least 1) or &quot;indefinite&quot;.</source>
        <translation>--retention prend un nombre de jours (au moins 1) ou « indefinite ».</translation>
    </message>
    <message>
        <source>No retention period was chosen: the workspace keeps everything until retention rules are written (custos-cli retention rule add).</source>
        <translation>Aucune durée de conservation n’a été choisie : l’espace de travail conserve tout jusqu’à ce que des règles de conservation soient rédigées (custos-cli retention rule add).</translation>
    </message>
    <message>
        <source>Posts per audited purge batch (default 10000).</source>
        <translation>Messages par lot de purge journalisé (10000 par défaut).</translation>
    </message>
    <message>
        <source>Posts per audited batch (default 10000).</source>
        <translation>Messages par lot journalisé (10000 par défaut).</translation>
    </message>
    <message>
        <source>Which column holds what: employee_id=COL,name=COL,email=COL,handles=COL,department=COL,manager=COL,start=COL,leave=COL.</source>
        <translation>Quelle colonne contient quoi : employee_id=COL,name=COL,email=COL,handles=COL,department=COL,manager=COL,start=COL,leave=COL.</translation>
    </message>
    <message>
        <source>PERSON is a person id (see custos-cli roster unmatched).</source>
        <translation>PERSON est un identifiant de personne (voir custos-cli roster unmatched).</translation>
    </message>
    <message>
        <source>POLICY_VERSION is a published policy version, a number.</source>
        <translation>POLICY_VERSION est une version publiée de la politique, un nombre.</translation>
    </message>
    <message>
        <source>custos-cli training module needs a subcommand: add.</source>
        <translation>custos-cli training module attend une sous-commande : add.</translation>
    </message>
    <message>
        <source>The module&apos;s name.</source>
        <translation>Le nom du module.</translation>
    </message>
    <message>
        <source>Repeat every N months (0 or absent: once).</source>
        <translation>Répéter tous les N mois (0 ou absent : une seule fois).</translation>
    </message>
    <message>
        <source>Days to complete it the first time (default 30).</source>
        <translation>Délai en jours pour la première réalisation (30 par défaut).</translation>
    </message>
    <message>
        <source>Assign it to everyone in this department.</source>
        <translation>L’attribuer à tous les salariés de ce service.</translation>
    </message>
    <message>
        <source>Assign it to this employee.</source>
        <translation>L’attribuer à ce salarié.</translation>
    </message>
    <message>
        <source>The day it was completed (default today).</source>
        <translation>Le jour de l’achèvement (par défaut aujourd’hui).</translation>
    </message>
    <message>
        <source>Which column holds what: employee=COL (an employee id or e-mail),module=COL,completed=COL.</source>
        <translation>Quelle colonne contient quoi : employee=COL (un matricule ou une adresse e-mail),module=COL,completed=COL.</translation>
    </message>
    <message>
        <source>The day to measure against (default today).</source>
        <translation>Le jour de référence (par défaut aujourd’hui).</translation>
    </message>
    <message>
        <source>Only this department.</source>
        <translation>Seulement ce service.</translation>
    </message>
    <message>
        <source>Only what is overdue.</source>
        <translation>Seulement ce qui est en retard.</translation>
    </message>
    <message>
        <source>Write one text file per reminder into this folder.</source>
        <translation>Écrire un fichier texte par rappel dans ce dossier.</translation>
    </message>
    <message>
        <source>custos-cli roster needs a subcommand: import, list, unmatched, link, acknowledge.</source>
        <translation>custos-cli roster attend une sous-commande : import, list, unmatched, link, acknowledge.</translation>
    </message>
    <message>
        <source>custos-cli training needs a subcommand: module add, assign, complete, import, status, reminders.</source>
        <translation>custos-cli training attend une sous-commande : module add, assign, complete, import, status, reminders.</translation>
    </message>
    <message>
        <source>Only flags of posts by people of this department (the roster&apos;s for a linked person).</source>
        <translation>Seulement les signalements de messages de personnes de ce service (celui du registre du personnel pour une personne liée).</translation>
    </message>
    <message>
        <source>Count it from this day (YYYY-MM-DD; default: today).</source>
        <translation>La compter à partir de ce jour (AAAA-MM-JJ ; par défaut : aujourd’hui).</translation>
    </message>
</context>
<context>
    <name>custos::cli::main</name>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Commande inconnue : « %1 ».</translation>
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
        <translation>Utilisation : custos-cli COMMANDE [ARGUMENTS]

Commandes :
  init WORKSPACE --admin NAME [--display-name TEXT] [--retention DAYS|indefinite]
      Créer un dossier d’espace de travail avec NAME comme premier administrateur et la durée de conservation par défaut.
  user add WORKSPACE --user ADMIN --name NAME --role ROLE --new-passphrase-file FILE [--display-name TEXT]
  user list WORKSPACE --user NAME
  user role WORKSPACE --user ADMIN --name NAME --role ROLE
  user revoke WORKSPACE --user ADMIN --name NAME
  user passwd WORKSPACE --user NAME [--new-passphrase-file FILE]
  keys rekey WORKSPACE --user NAME --compartment content|aggregates
      Rechiffrer un compartiment sous une nouvelle clé pour ses détenteurs actuels (après le départ de quelqu’un).
  info WORKSPACE --user NAME
      Afficher en JSON la version de schéma de l’espace de travail, ses utilisateurs et le nombre de lignes des tables.
  import WORKSPACE PATH --user NAME [--format slack|mattermost|teams|csv] [--map FIELD=COLUMN,...]
      Importer un export de plateforme (dossier, .zip, .jsonl, .json ou .csv) ; affiche un résumé JSON.
  demo-corpus --out DIR [--posts N] [--seed S]
      Écrire une entreprise synthétique sous forme d’export Slack, avec labels.jsonl qui consigne ce qui a été placé.
  audit verify WORKSPACE --user NAME [--threads N] [--expect-size N --expect-root HEX] [--deep]
  audit verify --export DIR [--threads N] [--expect-size N --expect-root HEX]
      Vérifier le journal d’audit signé ; code de sortie 4 en nommant la première entrée défectueuse.
  check WORKSPACE --user NAME [--threads N]
      Vérifier chaque fichier dont vous détenez la clé (contrôle d’intégrité de SQLite) et le journal d’audit ; lecture seule.
  audit export WORKSPACE DIR --user NAME
      Écrire le journal d’audit, ses points de contrôle et les clés publiques pour une vérification ailleurs.
  classify [--policy FILE] [--watch &quot;Name One,Name Two&quot;] [--format text|jsonl]
      Classer des textes lus sur stdin (un par ligne) ; affiche un objet JSON par ligne.
  scan WORKSPACE --user NAME [--policy-version V] [--threads N]
      Analyser les messages pas encore analysés avec la version de politique ; affiche un résumé JSON.
  policy publish WORKSPACE FILE --user NAME
      Publier FILE (JSON) comme prochaine version de politique après avoir vérifié qu’il compile.
  flags WORKSPACE --user NAME [--status S] [--category C] [--severity S] [--search Q] [--rule R] [--policy-version V]
        [--channel NAME] [--assignee NAME] [--from DAY] [--to DAY] [--limit N] [--format text|jsonl]
      Lister les messages signalés, les plus récents en premier, auteurs sous pseudonyme (responsables conformité, enquêteurs RH).
  case open WORKSPACE --user NAME --title TEXT [--flags IDS] [--posts IDS] [--allegation TYPE[:CLAUSE]]...
        [--complainant NAME | --anonymous-reporter] [--assign NAME]... [--priority P] [--intake C] [--due DAY]
      Ouvrir un dossier d’enquête, à partir de messages signalés ou d’un signalement ; affiche son numéro en JSON.
  case list WORKSPACE --user NAME [--status S] [--open] [--priority P] [--allegation T] [--mine | --assignee NAME]
        [--overdue] [--search TEXT] [--sort KEY] [--ascending] [--limit N] [--format text|jsonl]
  case show WORKSPACE CASE --user NAME
      Le dossier (numéro ou identifiant) avec ses parties, allégations, tâches, décisions et sa chronologie en JSON ; consigné comme lu.
  case note WORKSPACE CASE --user NAME (--text TEXT | --text-file FILE) [--at DAY]
  case status WORKSPACE CASE STATUS --user NAME [--reason TEXT]
  case evidence add WORKSPACE CASE FILE --user NAME [--description TEXT] [--media-type TYPE]
      Joindre FILE à l’espace de travail chiffré avec son SHA-256.
  case report WORKSPACE CASE --user NAME --out FILE.pdf
      Écrire le rapport du dossier en PDF (ou en HTML pour FILE.html), chaque étape avec son entrée d’audit.
  retention rules WORKSPACE --user NAME [--all]
  retention rule add WORKSPACE --user NAME --name TEXT --class CLASS --period DAYS|indefinite --reason TEXT
        [--channel-kind KIND] [--channel ID] [--category C]
  retention rule retire WORKSPACE RULE --user NAME --reason TEXT
  retention preview WORKSPACE --user NAME [--samples N]
      Ce qu’une purge supprimerait maintenant par règle, et ce qui est conservé et pourquoi, en JSON.
  retention purge WORKSPACE --user NAME [--batch N] [--quiet]
      Supprimer ce qui a expiré, par lots audités qui signent une trace de suppression pour chaque enregistrement (pour cron : --quiet).
  retention purges WORKSPACE --user NAME
  hold add WORKSPACE --user NAME --matter TEXT --requested-by TEXT [--custodian ID] [--channel ID] [--case CASE]
        [--from DAY] [--to DAY] [--query TEXT] [--note TEXT]
  hold release WORKSPACE HOLD --user NAME --reason TEXT
  hold list WORKSPACE --user NAME [--all]
  hold notices WORKSPACE HOLD --user NAME [--out DIR]
      L’avis pour chaque dépositaire (écrit, jamais envoyé).
  hold ack WORKSPACE HOLD PERSON --user NAME [--on DAY]
  disposition export WORKSPACE PURGE --user NAME --out FILE
      Le certificat de destruction d’une purge : ses traces de suppression et les entrées qui les ont signées.
  disposition verify CERTIFICATE AUDIT_EXPORT
      Vérifier un certificat avec un seul export du journal d’audit ; code de sortie 4 en nommant chaque élément qui ne correspond pas.
  roster import WORKSPACE FILE --user NAME [--map employee_id=COL,name=COL,email=COL,handles=COL,...]
      Importer le registre du personnel (CSV) et le rapprocher des personnes issues des imports par e-mail ou identifiant de plateforme.
  roster list|unmatched WORKSPACE --user NAME
  roster link WORKSPACE EMPLOYEE PERSON --user NAME
  roster acknowledge WORKSPACE EMPLOYEE POLICY_VERSION --user NAME [--on DAY]
  training module add WORKSPACE --user NAME --name TEXT [--every MONTHS] [--due-days N]
  training assign WORKSPACE MODULE --user NAME (--department NAME | --employee ID)
  training complete WORKSPACE EMPLOYEE MODULE --user NAME [--on DAY]
  training import WORKSPACE FILE --user NAME [--map employee=COL,module=COL,completed=COL]
  training status|reminders WORKSPACE --user NAME [--on DAY] [--department NAME] [--overdue | --out DIR]
  bench queue [--posts N] [--dir DIR] [--warm-up]
      Construire ou réutiliser un espace de travail de N messages de démonstration ; affiche en JSON les temps de la file d’examen.
  selftest
      Exécuter les tests cryptographiques à réponses connues.

ROLE vaut administrator, compliance, investigator, manager ou auditor.
La phrase secrète vient de --passphrase-file FILE, sinon de CUSTOS_PASSPHRASE, sinon d’une invite.
Codes de sortie : 0 succès, 2 utilisation, 3 authentification, 4 entrée ou données incorrectes, 5 espace de travail verrouillé, 130 interrompu, 1 autre.</translation>
    </message>
</context>
<context>
    <name>custos::demo</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
</context>
<context>
    <name>custos::demo::DemoCases</name>
    <message>
        <source>The demo corpus has too few planted harassment flags for the demo cases.</source>
        <translation>Le corpus de démonstration contient trop peu de signalements de harcèlement placés pour les dossiers de démonstration.</translation>
    </message>
    <message>
        <source>Demeaning remark in a channel</source>
        <translation>Remarque dégradante dans un canal</translation>
    </message>
    <message>
        <source>A team lead reported a demeaning remark about a colleague in a public channel.</source>
        <translation>Un chef d’équipe a signalé une remarque dégradante sur un collègue dans un canal public.</translation>
    </message>
    <message>
        <source>Opened as a case.</source>
        <translation>Ouvert en dossier.</translation>
    </message>
    <message>
        <source>The post is unambiguous and the author admitted it in the interview.</source>
        <translation>Le message est sans ambiguïté et l’auteur l’a reconnu lors de l’entretien.</translation>
    </message>
    <message>
        <source>Repeated insults towards a new colleague</source>
        <translation>Insultes répétées envers un nouveau collègue</translation>
    </message>
    <message>
        <source>Several posts insulting a colleague who joined the team recently; the colleague asked HR for help.</source>
        <translation>Plusieurs messages insultant un collègue arrivé récemment dans l’équipe ; le collègue a demandé de l’aide aux RH.</translation>
    </message>
    <message>
        <source>Joined the team in September.</source>
        <translation>A rejoint l’équipe en septembre.</translation>
    </message>
    <message>
        <source>Sits next to the complainant.</source>
        <translation>Est assis à côté du plaignant.</translation>
    </message>
    <message>
        <source>Spoke with the complainant&apos;s manager; she confirms the posts upset the team and asks for a quick resolution.</source>
        <translation>Échange avec la manager du plaignant ; elle confirme que les messages ont perturbé l’équipe et demande une résolution rapide.</translation>
    </message>
    <message>
        <source>Statement of Jordan Lee

The remarks started in my second week. I have kept screenshots of the direct messages.
</source>
        <translation>Déclaration de Jordan Lee

Les remarques ont commencé dès ma deuxième semaine. J’ai conservé des captures d’écran des messages directs.
</translation>
    </message>
    <message>
        <source>Written statement of the complainant</source>
        <translation>Déclaration écrite du plaignant</translation>
    </message>
    <message>
        <source>Interview the witness</source>
        <translation>Entendre le témoin</translation>
    </message>
    <message>
        <source>Interview the respondents</source>
        <translation>Entendre les personnes mises en cause</translation>
    </message>
    <message>
        <source>Henri Investigator, Jordan Lee, a works council member</source>
        <translation>Henri Investigator, Jordan Lee, un membre du CSE</translation>
    </message>
    <message>
        <source>In the team channel and in direct messages, over three weeks.</source>
        <translation>Dans le canal de l’équipe et en messages directs, pendant trois semaines.</translation>
    </message>
    <message>
        <source>See the written statement.</source>
        <translation>Voir la déclaration écrite.</translation>
    </message>
    <message>
        <source>Calm and precise; brought printed screenshots.</source>
        <translation>Calme et précis ; a apporté des captures d’écran imprimées.</translation>
    </message>
    <message>
        <source>Anonymous report: quarterly figures shared before release</source>
        <translation>Signalement anonyme : chiffres trimestriels diffusés avant publication</translation>
    </message>
    <message>
        <source>A hotline report says unreleased quarterly figures were posted in a channel with external guests.</source>
        <translation>Un signalement via la ligne d’alerte indique que des chiffres trimestriels non publiés ont été postés dans un canal comptant des invités externes.</translation>
    </message>
    <message>
        <source>Unreleased financial figures shared outside the finance team.</source>
        <translation>Chiffres financiers non publiés diffusés hors de l’équipe financière.</translation>
    </message>
    <message>
        <source>Threatening message after a project review</source>
        <translation>Message menaçant après une revue de projet</translation>
    </message>
    <message>
        <source>A direct message threatening a colleague after a tense project review.</source>
        <translation>Un message direct menaçant un collègue après une revue de projet tendue.</translation>
    </message>
    <message>
        <source>A threat against a colleague is serious misconduct under clause 3.4.</source>
        <translation>Une menace envers un collègue constitue une faute grave au sens de la clause 3.4.</translation>
    </message>
    <message>
        <source>The respondent says the message was a joke between friends and asks for the context to be considered.</source>
        <translation>La personne mise en cause affirme que le message était une plaisanterie entre amis et demande que le contexte soit pris en compte.</translation>
    </message>
</context>
<context>
    <name>custos::demo::DemoPeople</name>
    <message>
        <source>The demo export has no users.json.</source>
        <translation>L’export de démonstration ne contient pas de users.json.</translation>
    </message>
    <message>
        <source>No temporary folder can be created for the demo roster. Check the free disk space.</source>
        <translation>Impossible de créer un dossier temporaire pour le registre du personnel de démonstration. Vérifiez l’espace disque disponible.</translation>
    </message>
    <message>
        <source>Harassment and bullying prevention</source>
        <translation>Prévention du harcèlement</translation>
    </message>
    <message>
        <source>Data protection and confidentiality</source>
        <translation>Protection des données et confidentialité</translation>
    </message>
    <message>
        <source>Social media policy</source>
        <translation>Politique relative aux réseaux sociaux</translation>
    </message>
</context>
<context>
    <name>custos::demo::DemoRecords</name>
    <message>
        <source>Business chat: six years</source>
        <translation>Messagerie professionnelle : six ans</translation>
    </message>
    <message>
        <source>Commercial letters and tax records: HGB §257, AO §147 (six years)</source>
        <translation>Correspondance commerciale et documents fiscaux : § 257 HGB, § 147 AO (six ans)</translation>
    </message>
    <message>
        <source>Direct messages: three years</source>
        <translation>Messages directs : trois ans</translation>
    </message>
    <message>
        <source>Works agreement on chat records, §4: direct messages three years, then deleted</source>
        <translation>Accord d’entreprise sur les échanges de messagerie, article 4 : messages directs trois ans, puis suppression</translation>
    </message>
    <message>
        <source>Confidential matters: ten years</source>
        <translation>Affaires confidentielles : dix ans</translation>
    </message>
    <message>
        <source>Trade secret and disclosure matters: kept for the limitation period (GeschGehG, BGB §199)</source>
        <translation>Secrets d’affaires et divulgations : conservés pendant le délai de prescription (GeschGehG, § 199 BGB)</translation>
    </message>
    <message>
        <source>Decisions on flags: six years</source>
        <translation>Décisions sur les signalements : six ans</translation>
    </message>
    <message>
        <source>Evidence of how reports were handled, for employment claims (HinSchG §11)</source>
        <translation>Preuve du traitement des signalements, pour les litiges du travail (§ 11 HinSchG)</translation>
    </message>
    <message>
        <source>Closed cases: six years</source>
        <translation>Dossiers clos : six ans</translation>
    </message>
    <message>
        <source>HR investigation files: six years after closing, then deleted</source>
        <translation>Dossiers d’enquête RH : six ans après la clôture, puis suppression</translation>
    </message>
    <message>
        <source>Import manifests: one year</source>
        <translation>Manifestes d’import : un an</translation>
    </message>
    <message>
        <source>Operational records of imports; the signed log keeps their summary</source>
        <translation>Traces d’exploitation des imports ; le journal signé en conserve le résumé</translation>
    </message>
    <message>
        <source>#random: two years</source>
        <translation>#random : deux ans</translation>
    </message>
    <message>
        <source>Rivera v. Northwind GmbH (Labour Court Munich)</source>
        <translation>Rivera c. Northwind GmbH (tribunal du travail de Munich)</translation>
    </message>
    <message>
        <source>Keller &amp; Partner, outside counsel</source>
        <translation>Keller &amp; Partner, avocats externes</translation>
    </message>
    <message>
        <source>Claim of unfair dismissal; preserve everything the respondent wrote.</source>
        <translation>Contestation d’un licenciement abusif ; conserver tout ce qu’a écrit la personne mise en cause.</translation>
    </message>
    <message>
        <source>Regulator&apos;s inquiry: Project Falcon disclosure</source>
        <translation>Enquête de l’autorité de contrôle : divulgation du projet Falcon</translation>
    </message>
    <message>
        <source>Dr. Anna Weber, General Counsel</source>
        <translation>Dr Anna Weber, directrice juridique</translation>
    </message>
    <message>
        <source>Social chat serves no business purpose: storage limitation (GDPR Art. 5(1)(e))</source>
        <translation>Les échanges informels n’ont aucune finalité professionnelle : limitation de la conservation (RGPD, art. 5, paragraphe 1, point e)</translation>
    </message>
</context>
<context>
    <name>custos::domain::AllegationType</name>
    <message>
        <source>Bullying</source>
        <translation>Intimidation</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Harcèlement sexuel</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Threat or violence</source>
        <translation>Menace ou violence</translation>
    </message>
    <message>
        <source>Retaliation</source>
        <translation>Représailles</translation>
    </message>
    <message>
        <source>Confidential leak</source>
        <translation>Fuite d’informations confidentielles</translation>
    </message>
    <message>
        <source>Misuse of systems</source>
        <translation>Usage abusif des systèmes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>custos::domain::AppealStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>Maintenue</translation>
    </message>
    <message>
        <source>Overturned</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>custos::domain::CasePriority</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
</context>
<context>
    <name>custos::domain::CaseSort</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>custos::domain::CaseStatus</name>
    <message>
        <source>Triage</source>
        <translation>Tri initial</translation>
    </message>
    <message>
        <source>No investigation required</source>
        <translation>Aucune enquête nécessaire</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Réorienté</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>Enquête en cours</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>custos::domain::Category</name>
    <message>
        <source>Harassment</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>Haine</translation>
    </message>
    <message>
        <source>Sexual harassment</source>
        <translation>Harcèlement sexuel</translation>
    </message>
    <message>
        <source>Profanity</source>
        <translation>Grossièreté</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
</context>
<context>
    <name>custos::domain::ChannelKind</name>
    <message>
        <source>Public channel</source>
        <translation>Canal public</translation>
    </message>
    <message>
        <source>Private channel</source>
        <translation>Canal privé</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Message direct</translation>
    </message>
    <message>
        <source>Group message</source>
        <translation>Message de groupe</translation>
    </message>
</context>
<context>
    <name>custos::domain::Compartment</name>
    <message>
        <source>Users, policies and the audit log</source>
        <translation>Utilisateurs, politiques et journal d’audit</translation>
    </message>
    <message>
        <source>Posts, people, flags and cases</source>
        <translation>Publications, personnes, signalements et dossiers</translation>
    </message>
    <message>
        <source>Figures for dashboards</source>
        <translation>Chiffres des tableaux de bord</translation>
    </message>
</context>
<context>
    <name>custos::domain::CompletionSource</name>
    <message>
        <source>Entered</source>
        <translation>Saisi à la main</translation>
    </message>
    <message>
        <source>Imported from the learning system</source>
        <translation>Importé du système de gestion de la formation</translation>
    </message>
</context>
<context>
    <name>custos::domain::DataClass</name>
    <message>
        <source>Posts and their versions</source>
        <translation>Messages et leurs versions</translation>
    </message>
    <message>
        <source>Flags and decisions</source>
        <translation>Signalements et décisions</translation>
    </message>
    <message>
        <source>Cases and their evidence</source>
        <translation>Dossiers et leurs pièces</translation>
    </message>
    <message>
        <source>Imported files&apos; manifests</source>
        <translation>Manifestes des fichiers importés</translation>
    </message>
</context>
<context>
    <name>custos::domain::DecisionKind</name>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>Commenté</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Étiqueté</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Author notified</source>
        <translation>Auteur notifié</translation>
    </message>
    <message>
        <source>Takedown requested</source>
        <translation>Retrait demandé</translation>
    </message>
    <message>
        <source>Takedown approved</source>
        <translation>Retrait approuvé</translation>
    </message>
    <message>
        <source>Takedown rejected</source>
        <translation>Retrait rejeté</translation>
    </message>
</context>
<context>
    <name>custos::domain::DismissReason</name>
    <message>
        <source>False positive</source>
        <translation>Faux positif</translation>
    </message>
    <message>
        <source>Acceptable in context</source>
        <translation>Acceptable dans le contexte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
</context>
<context>
    <name>custos::domain::Finding</name>
    <message>
        <source>Substantiated</source>
        <translation>Fondée</translation>
    </message>
    <message>
        <source>Not substantiated</source>
        <translation>Non fondée</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluante</translation>
    </message>
</context>
<context>
    <name>custos::domain::FlagStatus</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Takedown requested</source>
        <translation>Retrait demandé</translation>
    </message>
    <message>
        <source>Takedown approved</source>
        <translation>Retrait approuvé</translation>
    </message>
    <message>
        <source>Takedown rejected</source>
        <translation>Retrait rejeté</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
</context>
<context>
    <name>custos::domain::IntakeChannel</name>
    <message>
        <source>Flag in the queue</source>
        <translation>Signalement dans la file</translation>
    </message>
    <message>
        <source>Report by an employee</source>
        <translation>Signalement d’un salarié</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>Ligne d’alerte</translation>
    </message>
    <message>
        <source>Manager referral</source>
        <translation>Saisine par un manager</translation>
    </message>
    <message>
        <source>Anonymous report</source>
        <translation>Signalement anonyme</translation>
    </message>
</context>
<context>
    <name>custos::domain::KeepReason</name>
    <message>
        <source>Under a legal hold</source>
        <translation>Sous conservation légale</translation>
    </message>
    <message>
        <source>Part of an open case</source>
        <translation>Fait partie d’un dossier ouvert</translation>
    </message>
    <message>
        <source>Part of a closed case still kept</source>
        <translation>Fait partie d’un dossier clos encore conservé</translation>
    </message>
    <message>
        <source>Flagged and not yet decided</source>
        <translation>Signalé et pas encore tranché</translation>
    </message>
    <message>
        <source>Its decisions are kept longer</source>
        <translation>Ses décisions sont conservées plus longtemps</translation>
    </message>
    <message>
        <source>Younger than its rule</source>
        <translation>Délai de sa règle non écoulé</translation>
    </message>
    <message>
        <source>Kept indefinitely</source>
        <translation>Conservé indéfiniment</translation>
    </message>
</context>
<context>
    <name>custos::domain::MatchMethod</name>
    <message>
        <source>By e-mail</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>By platform handle</source>
        <translation>Par identifiant de plateforme</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Lié à la main</translation>
    </message>
</context>
<context>
    <name>custos::domain::Operation</name>
    <message>
        <source>Seeing the users</source>
        <translation>Voir les utilisateurs</translation>
    </message>
    <message>
        <source>Adding users, changing roles and revoking access</source>
        <translation>Ajouter des utilisateurs, changer des rôles et révoquer des accès</translation>
    </message>
    <message>
        <source>Changing workspace settings</source>
        <translation>Modifier les paramètres de l’espace de travail</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Changer votre phrase secrète</translation>
    </message>
    <message>
        <source>Seeing the workspace&apos;s figures</source>
        <translation>Voir les chiffres de l’espace de travail</translation>
    </message>
    <message>
        <source>Importing exports</source>
        <translation>Importer des exports</translation>
    </message>
    <message>
        <source>Seeing the detection policies</source>
        <translation>Voir les politiques de détection</translation>
    </message>
    <message>
        <source>Publishing a policy version</source>
        <translation>Publier une version de politique</translation>
    </message>
    <message>
        <source>Scanning the workspace</source>
        <translation>Analyser l’espace de travail</translation>
    </message>
    <message>
        <source>Reviewing flagged posts</source>
        <translation>Examiner les messages signalés</translation>
    </message>
    <message>
        <source>Deciding on flags</source>
        <translation>Décider des signalements</translation>
    </message>
    <message>
        <source>Saving queue filters</source>
        <translation>Enregistrer des filtres de file</translation>
    </message>
    <message>
        <source>Revealing an author&apos;s identity</source>
        <translation>Révéler l’identité d’un auteur</translation>
    </message>
    <message>
        <source>Requesting a takedown</source>
        <translation>Demander un retrait</translation>
    </message>
    <message>
        <source>Approving, rejecting or completing takedowns</source>
        <translation>Approuver, rejeter ou clore des retraits</translation>
    </message>
    <message>
        <source>Seeing takedown requests</source>
        <translation>Voir les demandes de retrait</translation>
    </message>
    <message>
        <source>Exporting a takedown order</source>
        <translation>Exporter un ordre de retrait</translation>
    </message>
    <message>
        <source>Changing the notification template</source>
        <translation>Modifier le modèle de notification</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Lire le journal d’audit</translation>
    </message>
    <message>
        <source>Verifying the audit log</source>
        <translation>Vérifier le journal d’audit</translation>
    </message>
    <message>
        <source>Exporting the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>Checking the workspace&apos;s integrity</source>
        <translation>Vérifier l’intégrité de l’espace de travail</translation>
    </message>
    <message>
        <source>Rekeying a compartment</source>
        <translation>Rechiffrer un compartiment</translation>
    </message>
    <message>
        <source>Seeing cases</source>
        <translation>Voir les dossiers</translation>
    </message>
    <message>
        <source>Opening and working cases</source>
        <translation>Ouvrir et traiter des dossiers</translation>
    </message>
    <message>
        <source>Assigning investigators to cases</source>
        <translation>Attribuer des enquêteurs aux dossiers</translation>
    </message>
    <message>
        <source>Deciding appeals</source>
        <translation>Statuer sur les recours</translation>
    </message>
    <message>
        <source>Changing interview templates</source>
        <translation>Modifier les modèles d’entretien</translation>
    </message>
    <message>
        <source>Viewing retention rules, legal holds and purges</source>
        <translation>Voir les règles de conservation, les conservations légales et les purges</translation>
    </message>
    <message>
        <source>Changing retention rules and legal holds</source>
        <translation>Modifier les règles de conservation et les conservations légales</translation>
    </message>
    <message>
        <source>Purging expired records</source>
        <translation>Purger les enregistrements expirés</translation>
    </message>
    <message>
        <source>Viewing the roster, training and policy acknowledgements</source>
        <translation>Voir le registre du personnel, les formations et les accusés de lecture de la politique</translation>
    </message>
    <message>
        <source>Changing the roster, training and policy acknowledgements</source>
        <translation>Modifier le registre du personnel, les formations et les accusés de lecture de la politique</translation>
    </message>
</context>
<context>
    <name>custos::domain::PartyRole</name>
    <message>
        <source>Complainant</source>
        <translation>Plaignant</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Personne mise en cause</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>Autre partie</translation>
    </message>
</context>
<context>
    <name>custos::domain::Permissions</name>
    <message>
        <source>%1 is not allowed for your role (%2); it needs one of these roles: %3.</source>
        <translation>%1 n’est pas permis pour votre rôle (%2) ; il faut l’un de ces rôles : %3.</translation>
    </message>
</context>
<context>
    <name>custos::domain::PurgeStatus</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
</context>
<context>
    <name>custos::domain::Retention</name>
    <message>
        <source>Keep indefinitely</source>
        <translation>Conserver indéfiniment</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 an</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>custos::domain::Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Compliance officer</source>
        <translation>Responsable conformité</translation>
    </message>
    <message>
        <source>HR investigator</source>
        <translation>Enquêteur RH</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Manages users, roles and workspace settings.</source>
        <translation>Gère les utilisateurs, les rôles et les paramètres de l’espace de travail.</translation>
    </message>
    <message>
        <source>Reviews flagged posts and approves takedowns.</source>
        <translation>Examine les publications signalées et approuve les retraits.</translation>
    </message>
    <message>
        <source>Triages harassment reports and runs cases.</source>
        <translation>Trie les signalements de harcèlement et conduit les dossiers.</translation>
    </message>
    <message>
        <source>Sees aggregate sentiment and risk dashboards only.</source>
        <translation>Ne voit que des tableaux de bord agrégés de sentiment et de risque.</translation>
    </message>
    <message>
        <source>Reads and verifies the audit log.</source>
        <translation>Lit et vérifie le journal d’audit.</translation>
    </message>
</context>
<context>
    <name>custos::domain::Sanction</name>
    <message>
        <source>No action</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Written warning</source>
        <translation>Avertissement écrit</translation>
    </message>
    <message>
        <source>Final warning</source>
        <translation>Dernier avertissement</translation>
    </message>
    <message>
        <source>Mandatory training</source>
        <translation>Formation obligatoire</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Mise à pied</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Licenciement</translation>
    </message>
</context>
<context>
    <name>custos::domain::Severity</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>custos::domain::TakedownStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>custos::domain::TimelineKind</name>
    <message>
        <source>Post</source>
        <translation>Message publié</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
</context>
<context>
    <name>custos::domain::TombstoneKind</name>
    <message>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Import manifest</source>
        <translation>Manifeste d’import</translation>
    </message>
</context>
<context>
    <name>custos::domain::TrainingState</name>
    <message>
        <source>Complete</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>custos::models::CaseListModel</name>
    <message numerus="yes">
        <source>%n overdue task(s)</source>
        <translation>
            <numerusform>%n tâche en retard</numerusform>
            <numerusform>%n tâches en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 en retard</translation>
    </message>
    <message>
        <source>⚠ task overdue</source>
        <translation>⚠ tâche en retard</translation>
    </message>
    <message>
        <source>%1 ⚠ task overdue</source>
        <translation>%1 ⚠ tâche en retard</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Personnes mises en cause</translation>
    </message>
    <message>
        <source>Investigators</source>
        <translation>Enquêteurs</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>custos::models::FlagQueueModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>%1: confirmed %2 times, dismissed as a false positive %3 times</source>
        <translation>%1 : confirmée %2 fois, écartée comme faux positif %3 fois</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>DM %1</source>
        <translation>MP %1</translation>
    </message>
    <message>
        <source>Group DM %1</source>
        <translation>MP de groupe %1</translation>
    </message>
</context>
<context>
    <name>custos::models::TimelineModel</name>
    <message>
        <source>Audit entry %1, hash %2</source>
        <translation>Entrée d’audit %1, empreinte %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <comment>who recorded a timeline entry</comment>
        <translation>Par</translation>
    </message>
    <message>
        <source>Entry</source>
        <comment>the audit entry that records a timeline entry</comment>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>custos::models::UsersModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>custos::ui::AccountPage</name>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Changer ma &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;User name&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Name&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Role&lt;/td&gt;&lt;td&gt;%3 — %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Signing key&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Workspace&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;td&gt;Nom d’utilisateur&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Nom&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Rôle&lt;/td&gt;&lt;td&gt;%3 — %4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Clé de signature&lt;/td&gt;&lt;td&gt;&lt;tt&gt;%5&lt;/tt&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Espace de travail&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Re-sealing your key slot…</source>
        <translation>Rescellement de votre emplacement de clé…</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Use the new one from now on.</source>
        <translation>Votre phrase secrète a été changée. Utilisez désormais la nouvelle.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>First passphrase (tell it to the user in person; they should change it):</source>
        <translation>Première phrase secrète (communiquez-la en personne ; l’utilisateur devrait la changer) :</translation>
    </message>
</context>
<context>
    <name>custos::ui::AdministrationPage</name>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Re&amp;voke access…</source>
        <translation>Ré&amp;voquer l’accès…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Filter users…</source>
        <translation>Filtrer les utilisateurs…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Users and roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres de l’espace de travail</translation>
    </message>
    <message>
        <source>Lock the console after</source>
        <translation>Verrouiller la console après</translation>
    </message>
    <message>
        <source>without activity.</source>
        <translation>sans activité.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Selected: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sélection : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a user.</source>
        <translation>Sélectionnez un utilisateur.</translation>
    </message>
    <message>
        <source>Adding %1 and sealing their keys…</source>
        <translation>Ajout de %1 et scellement de ses clés…</translation>
    </message>
    <message>
        <source>%1 has been added. They can sign in with the first passphrase you gave them.</source>
        <translation>%1 a été ajouté et peut se connecter avec la première phrase secrète que vous lui avez donnée.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>Révoquer l’accès</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s access? Their key slot is removed at once and they can no longer unlock this workspace. Their past actions stay on record.</source>
        <translation>Révoquer l’accès de %1 ? Son emplacement de clé est supprimé immédiatement et l’espace de travail ne peut plus être déverrouillé avec. Ses actions passées restent enregistrées.</translation>
    </message>
    <message>
        <source>Revoking %1…</source>
        <translation>Révocation de %1…</translation>
    </message>
    <message>
        <source>%1&apos;s access has been revoked.</source>
        <translation>L’accès de %1 a été révoqué.</translation>
    </message>
    <message numerus="yes">
        <source>The console now locks after %n minute(s) without activity.</source>
        <translation>
            <numerusform>La console se verrouille désormais après %n minute d’inactivité.</numerusform>
            <numerusform>La console se verrouille désormais après %n minutes d’inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rekey “%1”?</source>
        <translation>Rechiffrer « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) (%1) held the key to “%2” and no longer do. A copy of the key they kept still opens the file outside Custos. Rekeying encrypts it under a new key that only its current holders receive; it takes a moment and is recorded in the audit log.</source>
        <translation>
            <numerusform>%n utilisateur (%1) détenait la clé de « %2 » et ne la détient plus. Une copie de la clé qu’il a conservée ouvre encore le fichier hors de Custos. Le rechiffrement le chiffre sous une nouvelle clé que seuls ses détenteurs actuels reçoivent ; cela prend un instant et est consigné dans le journal d’audit.</numerusform>
            <numerusform>%n utilisateurs (%1) détenaient la clé de « %2 » et ne la détiennent plus. Une copie de la clé qu’ils ont conservée ouvre encore le fichier hors de Custos. Le rechiffrement le chiffre sous une nouvelle clé que seuls ses détenteurs actuels reçoivent ; cela prend un instant et est consigné dans le journal d’audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rekey now</source>
        <translation>Rechiffrer maintenant</translation>
    </message>
    <message>
        <source>Rekeying “%1”…</source>
        <translation>Rechiffrement de « %1 »…</translation>
    </message>
    <message>
        <source>“%1” is encrypted under a new key now; the key anyone kept opens nothing.</source>
        <translation>« %1 » est maintenant chiffré sous une nouvelle clé ; une clé conservée n’ouvre plus rien.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AppController</name>
    <message>
        <source>The workspace is locked and its keys are forgotten. Enter your passphrase to continue.</source>
        <translation>L’espace de travail est verrouillé et ses clés sont oubliées. Saisissez votre phrase secrète pour continuer.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Verify the whole log</source>
        <translation>&amp;Vérifier tout le journal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Export for verification…</source>
        <translation>&amp;Exporter pour vérification…</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Object id</source>
        <translation>Identifiant d’objet</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Select an entry to see all its fields and its inclusion proof.</source>
        <translation>Sélectionnez une entrée pour voir tous ses champs et sa preuve d’inclusion.</translation>
    </message>
    <message>
        <source>Not verified yet in this session.</source>
        <translation>Pas encore vérifié dans cette session.</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n entrée correspondante</numerusform>
            <numerusform>%n entrées correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry %1
</source>
        <translation>Entrée %1
</translation>
    </message>
    <message>
        <source>Time:        %1
</source>
        <translation>Heure :      %1
</translation>
    </message>
    <message>
        <source>Actor:       %1 (user %2, key %3)
</source>
        <translation>Acteur :     %1 (utilisateur %2, clé %3)
</translation>
    </message>
    <message>
        <source>Action:      %1
</source>
        <translation>Action :     %1
</translation>
    </message>
    <message>
        <source>Object:      %1 %2
</source>
        <translation>Objet :      %1 %2
</translation>
    </message>
    <message>
        <source>Details:     %1
</source>
        <translation>Détails :    %1
</translation>
    </message>
    <message>
        <source>Prev. hash:  %1
</source>
        <translation>Empr. préc.: %1
</translation>
    </message>
    <message>
        <source>Entry hash:  %1
</source>
        <translation>Empreinte :  %1
</translation>
    </message>
    <message>
        <source>Signature:   %1
</source>
        <translation>Signature :  %1
</translation>
    </message>
    <message>
        <source>
Inclusion proof in the tree of %1 entries (root %2): %3
</source>
        <translation>
Preuve d’inclusion dans l’arbre de %1 entrées (racine %2) : %3
</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>DOES NOT HOLD</source>
        <translation>NON VALIDE</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Vérification du journal d’audit…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>✔ %1 Root %2.</source>
        <translation>✔ %1 Racine %2.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>Export the audit log to an empty folder</source>
        <translation>Exporter le journal d’audit dans un dossier vide</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Export du journal d’audit…</translation>
    </message>
    <message>
        <source>Exported to %1. VERIFY.md there explains how anyone can check it.</source>
        <translation>Exporté vers %1. Le fichier VERIFY.md qui s’y trouve explique comment chacun peut le vérifier.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CaseView</name>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Avancer…</translation>
    </message>
    <message>
        <source>Move the case to its next status (M)</source>
        <translation>Faire passer le dossier à son statut suivant (M)</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Add a note to the timeline (N)</source>
        <translation>Ajouter une note à la chronologie (N)</translation>
    </message>
    <message>
        <source>&amp;Party…</source>
        <translation>&amp;Partie…</translation>
    </message>
    <message>
        <source>Add a complainant, respondent, witness or other party (P)</source>
        <translation>Ajouter un plaignant, une personne mise en cause, un témoin ou une autre partie (P)</translation>
    </message>
    <message>
        <source>Alle&amp;gation…</source>
        <translation>Allé&amp;gation…</translation>
    </message>
    <message>
        <source>Add an allegation (G)</source>
        <translation>Ajouter une allégation (G)</translation>
    </message>
    <message>
        <source>&amp;Evidence…</source>
        <translation>P&amp;ièce…</translation>
    </message>
    <message>
        <source>Attach a file into the encrypted workspace (E)</source>
        <translation>Joindre un fichier à l’espace de travail chiffré (E)</translation>
    </message>
    <message>
        <source>&amp;Task…</source>
        <translation>&amp;Tâche…</translation>
    </message>
    <message>
        <source>Add a task with an owner and a due date (T)</source>
        <translation>Ajouter une tâche avec un responsable et une échéance (T)</translation>
    </message>
    <message>
        <source>&amp;Interview…</source>
        <translation>&amp;Entretien…</translation>
    </message>
    <message>
        <source>Record an interview from a template (I)</source>
        <translation>Enregistrer un entretien à partir d’un modèle (I)</translation>
    </message>
    <message>
        <source>&amp;Finding…</source>
        <translation>&amp;Conclusion…</translation>
    </message>
    <message>
        <source>Record the finding on an allegation (F)</source>
        <translation>Enregistrer la conclusion sur une allégation (F)</translation>
    </message>
    <message>
        <source>&amp;Outcome…</source>
        <translation>&amp;Décision…</translation>
    </message>
    <message>
        <source>Record the outcome for a respondent, with their repeat history (O)</source>
        <translation>Enregistrer la décision pour une personne mise en cause, avec ses antécédents (O)</translation>
    </message>
    <message>
        <source>Appea&amp;l…</source>
        <translation>Rec&amp;ours…</translation>
    </message>
    <message>
        <source>Record an appeal against an outcome (L)</source>
        <translation>Enregistrer un recours contre une décision (L)</translation>
    </message>
    <message>
        <source>&amp;Decide appeal…</source>
        <translation>&amp;Statuer sur un recours…</translation>
    </message>
    <message>
        <source>Decide a pending appeal (compliance officers)</source>
        <translation>Statuer sur un recours en attente (responsables conformité)</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <source>Assign or remove an investigator</source>
        <translation>Attribuer ou retirer un enquêteur</translation>
    </message>
    <message>
        <source>Lin&amp;k…</source>
        <translation>&amp;Lier…</translation>
    </message>
    <message>
        <source>Link a related case</source>
        <translation>Lier un dossier connexe</translation>
    </message>
    <message>
        <source>&amp;Report PDF…</source>
        <translation>&amp;Rapport PDF…</translation>
    </message>
    <message>
        <source>Save the case report as PDF, every step with its audit entry (R)</source>
        <translation>Enregistrer le rapport du dossier en PDF, chaque étape avec son entrée d’audit (R)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the case report</source>
        <translation>Imprimer le rapport du dossier</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Jump to YYYY-MM-DD</source>
        <translation>Aller à la date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Parties and decisions</source>
        <translation>Parties et décisions</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer comme terminée</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Read back and agreed…</source>
        <translation>Relu et approuvé…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 au dépôt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a case in the list, or open a new one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez un dossier dans la liste, ou ouvrez-en un nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n tâche en retard</numerusform>
            <numerusform>%n tâches en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · priority %2 · %3 · incident %4 · reported %5 · opened %6 · due %7 · investigators: %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · priorité : %2 · %3 · incident : %4 · signalé : %5 · ouvert : %6 · échéance : %7 · enquêteurs : %8</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Every party</source>
        <translation>Toutes les parties</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every allegation</source>
        <translation>Toutes les allégations</translation>
    </message>
    <message>
        <source>⚠ %1 overdue</source>
        <translation>⚠ %1 en retard</translation>
    </message>
    <message>
        <source>Interview with %1 on %2</source>
        <translation>Entretien avec %1 le %2</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Participants : %1</translation>
    </message>
    <message>
        <source>read back and agreed on %1</source>
        <translation>relu et approuvé le %1</translation>
    </message>
    <message>
        <source>not yet read back</source>
        <translation>pas encore relu</translation>
    </message>
    <message>
        <source>No interview recorded yet.</source>
        <translation>Aucun entretien enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <source>Interviews (%1)</source>
        <translation>Entretiens (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Pièces (%1)</translation>
    </message>
    <message>
        <source>No earlier case, sanction or confirmed flag.</source>
        <translation>Aucun dossier antérieur, aucune sanction ni aucun signalement confirmé.</translation>
    </message>
    <message>
        <source>Case %1 (%2), opened %3: %4</source>
        <translation>Dossier %1 (%2), ouvert le %3 : %4</translation>
    </message>
    <message>
        <source>no finding yet</source>
        <translation>pas encore de conclusion</translation>
    </message>
    <message>
        <source>In force: %1 from case %2, decided %3, %4</source>
        <translation>En vigueur : %1 du dossier %2, décision du %3, %4</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed flag(s): %1</source>
        <translation>
            <numerusform>%n signalement confirmé : %1</numerusform>
            <numerusform>%n signalements confirmés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Allegations and findings</source>
        <translation>Allégations et conclusions</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>clause %1</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No outcome recorded.</source>
        <translation>Aucune décision enregistrée.</translation>
    </message>
    <message>
        <source>set aside on appeal</source>
        <translation>annulée sur recours</translation>
    </message>
    <message>
        <source>, counts until %1</source>
        <translation>, prise en compte jusqu’au %1</translation>
    </message>
    <message>
        <source>Appeal of %1: %2</source>
        <translation>Recours du %1 : %2</translation>
    </message>
    <message>
        <source>Repeat history of the respondents</source>
        <translation>Antécédents des personnes mises en cause</translation>
    </message>
    <message>
        <source>Related cases</source>
        <translation>Dossiers connexes</translation>
    </message>
    <message>
        <source>Type a date as YYYY-MM-DD to jump to it.</source>
        <translation>Saisissez une date au format YYYY-MM-DD pour y aller.</translation>
    </message>
    <message>
        <source>Recorded in audit entry %1 (%2)</source>
        <translation>Enregistré dans l’entrée d’audit %1 (%2)</translation>
    </message>
    <message>
        <source>The case was not changed</source>
        <translation>Le dossier n’a pas été modifié</translation>
    </message>
    <message>
        <source>This case has no further status.</source>
        <translation>Ce dossier n’a pas de statut suivant.</translation>
    </message>
    <message>
        <source>Move case %1</source>
        <translation>Faire avancer le dossier %1</translation>
    </message>
    <message>
        <source>The case is at %1. Steps cannot be skipped; reopening a closed case needs a reason.</source>
        <translation>Le dossier est à l’étape « %1 ». Les étapes ne peuvent pas être sautées ; rouvrir un dossier clos exige une raison.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Passer à</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Dossier passé à l’étape « %1 ».</translation>
    </message>
    <message>
        <source>Note on case %1</source>
        <translation>Note sur le dossier %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Date des faits</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Party to case %1</source>
        <translation>Partie au dossier %1</translation>
    </message>
    <message>
        <source>A person not in any export is entered by name. An anonymous reporter has no name at all.</source>
        <translation>Une personne absente de tous les exports est saisie par son nom. Un lanceur d’alerte anonyme n’a aucun nom.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Anonymous reporter (no name is stored)</source>
        <translation>Lanceur d’alerte anonyme (aucun nom n’est enregistré)</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>Partie ajoutée : %1.</translation>
    </message>
    <message>
        <source>Allegation in case %1</source>
        <translation>Allégation dans le dossier %1</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Clause de politique</translation>
    </message>
    <message>
        <source>What is alleged</source>
        <translation>Ce qui est allégué</translation>
    </message>
    <message>
        <source>The case&apos;s respondents</source>
        <translation>Les personnes mises en cause du dossier</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Visant</translation>
    </message>
    <message>
        <source>Allegation added.</source>
        <translation>Allégation ajoutée.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre une pièce</translation>
    </message>
    <message>
        <source>Any file (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB and cannot be attached.</source>
        <translation>%1 dépasse %2 Mio et ne peut pas être joint.</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Joindre %1</translation>
    </message>
    <message>
        <source>The file goes into the encrypted workspace with its SHA-256; nothing is kept outside it.</source>
        <translation>Le fichier est placé dans l’espace de travail chiffré avec son SHA-256 ; rien n’est conservé en dehors.</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Ce qu’il montre</translation>
    </message>
    <message>
        <source>%1 attached.</source>
        <translation>%1 joint.</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>%1 viewed; recorded in the audit log.</source>
        <translation>%1 consulté ; enregistré dans le journal d’audit.</translation>
    </message>
    <message>
        <source>The file cannot be saved</source>
        <translation>Le fichier ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved.</source>
        <translation>%1 n’a pas pu être écrit : %2. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A copy of %1 was saved to %2; it is outside the encrypted workspace now.</source>
        <translation>Une copie de %1 a été enregistrée dans %2 ; elle se trouve désormais hors de l’espace de travail chiffré.</translation>
    </message>
    <message>
        <source>Task in case %1</source>
        <translation>Tâche dans le dossier %1</translation>
    </message>
    <message>
        <source>Task added.</source>
        <translation>Tâche ajoutée.</translation>
    </message>
    <message>
        <source>Task done.</source>
        <translation>Tâche terminée.</translation>
    </message>
    <message>
        <source>Interview in case %1</source>
        <translation>Entretien dans le dossier %1</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne entendue</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Interview: %1</source>
        <translation>Entretien : %1</translation>
    </message>
    <message>
        <source>Write the answers as given. Mark the interview as agreed once it was read back.</source>
        <translation>Notez les réponses telles qu’elles ont été données. Marquez l’entretien comme approuvé une fois qu’il a été relu.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Read back to the interviewee and agreed</source>
        <translation>Relu à la personne entendue et approuvé</translation>
    </message>
    <message>
        <source>Interview recorded, read back and agreed.</source>
        <translation>Entretien enregistré, relu et approuvé.</translation>
    </message>
    <message>
        <source>Interview recorded.</source>
        <translation>Entretien enregistré.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Every interview is read back and agreed.</source>
        <translation>Tous les entretiens sont relus et approuvés.</translation>
    </message>
    <message>
        <source>Interview read back and agreed</source>
        <translation>Entretien relu et approuvé</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Interview agreed.</source>
        <translation>Entretien approuvé.</translation>
    </message>
    <message>
        <source>%1, clause %2</source>
        <translation>%1, clause %2</translation>
    </message>
    <message>
        <source>Finding in case %1</source>
        <translation>Conclusion dans le dossier %1</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Finding recorded: %1.</source>
        <translation>Conclusion enregistrée : %1.</translation>
    </message>
    <message>
        <source>The case has no respondent to decide an outcome for.</source>
        <translation>Le dossier n’a aucune personne mise en cause pour qui prendre une décision.</translation>
    </message>
    <message>
        <source>Outcome in case %1</source>
        <translation>Décision dans le dossier %1</translation>
    </message>
    <message>
        <source>Decide from the consequence ladder. The respondent&apos;s repeat history is shown below.</source>
        <translation>Décidez selon l’échelle des sanctions. Les antécédents de la personne mise en cause sont affichés ci-dessous.</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Personne mise en cause</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Repeat history of %1</source>
        <translation>Antécédents de %1</translation>
    </message>
    <message>
        <source>Outcome recorded: %1.</source>
        <translation>Décision enregistrée : %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>There is no outcome to appeal against.</source>
        <translation>Il n’y a aucune décision contre laquelle former un recours.</translation>
    </message>
    <message>
        <source>Appeal in case %1</source>
        <translation>Recours dans le dossier %1</translation>
    </message>
    <message>
        <source>Someone other than who decided the outcome decides the appeal.</source>
        <translation>Le recours est tranché par une autre personne que celle qui a pris la décision.</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Appeal recorded; it waits for a decision.</source>
        <translation>Recours enregistré ; il attend d’être tranché.</translation>
    </message>
    <message>
        <source>No appeal is waiting for a decision.</source>
        <translation>Aucun recours n’attend d’être tranché.</translation>
    </message>
    <message>
        <source>Decide an appeal in case %1</source>
        <translation>Statuer sur un recours du dossier %1</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Recours</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Appeal decided: %1.</source>
        <translation>Recours tranché : %1.</translation>
    </message>
    <message>
        <source>Investigators of case %1</source>
        <translation>Enquêteurs du dossier %1</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Remove from the case</source>
        <translation>Retirer du dossier</translation>
    </message>
    <message>
        <source>Investigators changed.</source>
        <translation>Enquêteurs modifiés.</translation>
    </message>
    <message>
        <source>Link case %1</source>
        <translation>Lier le dossier %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Or the case number</source>
        <translation>Ou le numéro de dossier</translation>
    </message>
    <message>
        <source>Linked with %1.</source>
        <translation>Lié à %1.</translation>
    </message>
    <message>
        <source>Save the case report</source>
        <translation>Enregistrer le rapport du dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Le rapport n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Report saved to %1; recorded in the audit log.</source>
        <translation>Rapport enregistré dans %1 ; consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Report sent to the printer; recorded in the audit log.</source>
        <translation>Rapport envoyé à l’imprimante ; consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>This is recorded when the case is at %1; it is at %2. Move it there first (M).</source>
        <translation>Cela s&apos;enregistre quand le dossier est au statut %1 ; il est au statut %2. Faites-le d&apos;abord avancer (M).</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Change the title, summary, priority, intake or dates (H)</source>
        <translation>Modifier le titre, le résumé, la priorité, l’origine ou les dates (H)</translation>
    </message>
    <message>
        <source>Mess&amp;age…</source>
        <translation>&amp;Message…</translation>
    </message>
    <message>
        <source>Record a message to a party; Custos sends nothing (S)</source>
        <translation>Enregistrer un message à une partie ; Custos n’envoie rien (S)</translation>
    </message>
    <message>
        <source>Interview templates…</source>
        <translation>Modèles d’entretien…</translation>
    </message>
    <message>
        <source>Edit the questions of the interview templates (compliance officers)</source>
        <translation>Modifier les questions des modèles d’entretien (responsables conformité)</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>Modifier le dossier %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Reached us by</source>
        <translation>Reçu via</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Date de l’incident</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Case changed.</source>
        <translation>Dossier modifié.</translation>
    </message>
    <message>
        <source>The case has no party to write to.</source>
        <translation>Le dossier n’a aucune partie à qui écrire.</translation>
    </message>
    <message>
        <source>Message in case %1</source>
        <translation>Message dans le dossier %1</translation>
    </message>
    <message>
        <source>The message is recorded on the timeline as sent by you; Custos itself sends nothing.</source>
        <translation>Le message est enregistré dans la chronologie comme envoyé par vous ; Custos n’envoie rien lui-même.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message recorded.</source>
        <translation>Message enregistré.</translation>
    </message>
    <message>
        <source>Interview templates</source>
        <translation>Modèles d’entretien</translation>
    </message>
    <message>
        <source>Interview template: %1</source>
        <translation>Modèle d’entretien : %1</translation>
    </message>
    <message>
        <source>One question per line. Interviews already recorded keep the questions they were asked.</source>
        <translation>Une question par ligne. Les entretiens déjà enregistrés gardent les questions posées.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>Le modèle n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Template %1 saved; new interviews ask its questions.</source>
        <translation>Modèle %1 enregistré ; les nouveaux entretiens posent ses questions.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CasesPage</name>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Mes dossiers</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers ouverts</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Any allegation</source>
        <translation>Toute allégation</translation>
    </message>
    <message>
        <source>Search number or title ( / )</source>
        <translation>Rechercher un numéro ou un titre ( / )</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a case from an employee&apos;s report, a hotline call or a referral (Ctrl+N)</source>
        <translation>Ouvrir un dossier à partir du signalement d’un salarié, d’un appel à la ligne d’alerte ou d’une saisine (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>For a report by an employee, a hotline call or a manager&apos;s referral. Cases from flagged posts are opened in the Queue (O).</source>
        <translation>Pour le signalement d’un salarié, un appel à la ligne d’alerte ou la saisine d’un manager. Les dossiers issus de messages signalés s’ouvrent depuis la file (O).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reached us by</source>
        <translation>Reçu via</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Anonymous: no name is stored</source>
        <translation>Anonyme : aucun nom n’est enregistré</translation>
    </message>
    <message>
        <source>About (respondent)</source>
        <translation>Concerne (personne mise en cause)</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allégation</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Clause de politique</translation>
    </message>
    <message>
        <source>What, when and where</source>
        <translation>Quoi, quand et où</translation>
    </message>
    <message>
        <source>Posts it is about (search words)</source>
        <translation>Messages concernés (mots à rechercher)</translation>
    </message>
    <message>
        <source>Incident date</source>
        <translation>Date de l’incident</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>The posts were not found</source>
        <translation>Les messages sont introuvables</translation>
    </message>
    <message>
        <source>No post matches &quot;%1&quot;; the case is opened without posts.</source>
        <translation>Aucun message ne correspond à « %1 » ; le dossier est ouvert sans messages.</translation>
    </message>
    <message>
        <source>Posts for the case</source>
        <translation>Messages du dossier</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s) match; choose those the report is about.</source>
        <translation>
            <numerusform>%n message correspond ; choisissez ceux que concerne le signalement.</numerusform>
            <numerusform>%n messages correspondent ; choisissez ceux que concerne le signalement.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · #%2 · %3: %4</source>
        <translation>%1 · #%2 · %3 : %4</translation>
    </message>
    <message>
        <source>Add the chosen posts</source>
        <translation>Ajouter les messages choisis</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Le dossier n’a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>custos::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète act&amp;uelle :</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
</context>
<context>
    <name>custos::ui::CreateWorkspaceWizard</name>
    <message>
        <source>Create a workspace</source>
        <translation>Créer un espace de travail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose a folder for the workspace.</source>
        <translation>Choisissez un dossier pour l’espace de travail.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose a new or empty folder.</source>
        <translation>Le dossier n’est pas vide. Choisissez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Where should the workspace live?</source>
        <translation>Où placer l’espace de travail ?</translation>
    </message>
    <message>
        <source>A workspace is a folder holding the encrypted case database and its keyring. Choose a new or empty folder on a disk that is backed up.</source>
        <translation>Un espace de travail est un dossier contenant la base de données chiffrée des dossiers et son trousseau. Choisissez un dossier nouveau ou vide sur un disque sauvegardé.</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>&amp;Dossier de l’espace de travail :</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l’espace de travail</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>Saisissez le nom d’utilisateur de l’administrateur.</translation>
    </message>
    <message>
        <source>Who administers it?</source>
        <translation>Qui l’administre ?</translation>
    </message>
    <message>
        <source>The first administrator adds the other users and gives them their roles.</source>
        <translation>Le premier administrateur ajoute les autres utilisateurs et leur attribue leurs rôles.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <source>Choose the administrator&apos;s passphrase</source>
        <translation>Choisissez la phrase secrète de l’administrateur</translation>
    </message>
    <message>
        <source>It unlocks the workspace. Nobody can recover it: if every administrator forgets theirs, the case data cannot be read.</source>
        <translation>Elle déverrouille l’espace de travail. Personne ne peut la récupérer : si tous les administrateurs oublient la leur, les données des dossiers sont illisibles.</translation>
    </message>
    <message>
        <source>&amp;Create workspace</source>
        <translation>&amp;Créer l’espace de travail</translation>
    </message>
    <message>
        <source>Default retention period</source>
        <translation>Durée de conservation par défaut</translation>
    </message>
    <message>
        <source>Choose a period…</source>
        <translation>Choisir une durée…</translation>
    </message>
    <message>
        <source>Choose how long records are kept.</source>
        <translation>Choisissez la durée de conservation des données.</translation>
    </message>
    <message>
        <source>How long are records kept?</source>
        <translation>Combien de temps les données sont-elles conservées ?</translation>
    </message>
    <message>
        <source>&amp;Keep records for:</source>
        <translation>&amp;Conserver les données pendant :</translation>
    </message>
    <message>
        <source>Records are deleted when this period has passed, unless a legal hold, a case or an undecided flag keeps them.</source>
        <translation>Les données sont supprimées une fois cette durée écoulée, sauf si une conservation légale, un dossier ou un signalement non tranché les retient.</translation>
    </message>
    <message>
        <source>This covers posts, decisions on flags, closed cases and import manifests. Rules per channel or category can be added later on the Records page. 14 days is a common default for chat; your regulations may require years.</source>
        <translation>Cela couvre les messages, les décisions sur les signalements, les dossiers clos et les manifestes d’import. Des règles par canal ou par catégorie peuvent être ajoutées ensuite sur la page Conservation. 14 jours est une valeur courante pour les messageries ; vos obligations peuvent exiger des années.</translation>
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
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be a date as YYYY-MM-DD, for example 2026-03-31.</source>
        <translation>%1 doit être une date au format YYYY-MM-DD, par exemple 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ImportDialog</name>
    <message>
        <source>CSV columns</source>
        <translation>Colonnes CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l’import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import an export</source>
        <translation>Importer un export</translation>
    </message>
    <message>
        <source>A Slack export (.zip or folder), Mattermost .jsonl, Teams .json or a .csv file</source>
        <translation>Un export Slack (.zip ou dossier), un .jsonl Mattermost, un .json Teams ou un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>D&amp;ossier…</translation>
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
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export :</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Preview of the first posts:</source>
        <translation>Aperçu des premières publications :</translation>
    </message>
    <message>
        <source>Choose an export file</source>
        <translation>Choisir un fichier d’export</translation>
    </message>
    <message>
        <source>Exports (*.zip *.jsonl *.json *.csv);;All files (*)</source>
        <translation>Exports (*.zip *.jsonl *.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an unpacked export folder</source>
        <translation>Choisir un dossier d’export décompressé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>The export holds no posts.</source>
        <translation>L’export ne contient aucune publication.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>%1 posts added, %2 edited, %3 unchanged, %4 events, %5 skipped</source>
        <translation>%1 publications ajoutées, %2 modifiées, %3 inchangées, %4 événements, %5 ignorés</translation>
    </message>
    <message>
        <source>The import stopped: %1 What was imported before stays, and importing the same export again resumes where it stopped.</source>
        <translation>L’import s’est arrêté : %1 Ce qui a déjà été importé est conservé, et réimporter le même export reprend là où il s’est arrêté.</translation>
    </message>
    <message>
        <source>Import cancelled; import the same export again to resume.</source>
        <translation>Import annulé ; importez à nouveau le même export pour reprendre.</translation>
    </message>
    <message numerus="yes">
        <source>Import finished: %n post(s) added</source>
        <translation>
            <numerusform>Import terminé : %n publication ajoutée</numerusform>
            <numerusform>Import terminé : %n publications ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 people and %2 channels.</source>
        <translation>, %1 personnes et %2 canaux.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped:</source>
        <translation>
            <numerusform>%n enregistrement ignoré :</numerusform>
            <numerusform>%n enregistrements ignorés :</numerusform>
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
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the workspace and forget its keys (Ctrl+L)</source>
        <translation>Verrouiller l’espace de travail et oublier ses clés (Ctrl+L)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Workspace unlocked · schema version %1 · locks after %2 minutes without activity</source>
        <translation>Espace de travail déverrouillé · version de schéma %1 · se verrouille après %2 minutes d’inactivité</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a Slack, Mattermost, Teams or CSV export (Ctrl+I)</source>
        <translation>Importer un export Slack, Mattermost, Teams ou CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Politiques</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>custos::ui::PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PeoplePage</name>
    <message>
        <source>&lt;h2&gt;People&lt;/h2&gt;Who works here, what training they have done, and which policy they acknowledged.</source>
        <translation>&lt;h2&gt;Personnel&lt;/h2&gt;Qui travaille ici, quelles formations ont été suivies et quelle politique a fait l’objet d’un accusé de lecture.</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Registre du personnel</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formations</translation>
    </message>
    <message>
        <source>Policy &amp;acknowledgements</source>
        <translation>&amp;Accusés de lecture de la politique</translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Matched people</source>
        <translation>Personnes rapprochées</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Registre du personnel</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>Non rapprochées</translation>
    </message>
    <message>
        <source>Roster entries that match no one in the imports</source>
        <translation>Entrées du registre du personnel auxquelles ne correspond personne dans les imports</translation>
    </message>
    <message>
        <source>People of the imports on no roster entry</source>
        <translation>Personnes des imports sans entrée dans le registre du personnel</translation>
    </message>
    <message>
        <source>Roster entries no one in the imports matches:</source>
        <translation>Entrées du registre du personnel auxquelles ne correspond personne dans les imports :</translation>
    </message>
    <message>
        <source>People of the imports on no entry (by pseudonym):</source>
        <translation>Personnes des imports sans entrée (par pseudonyme) :</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importer le registre…</translation>
    </message>
    <message>
        <source>&amp;Link the two selected</source>
        <translation>&amp;Lier les deux éléments sélectionnés</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Périodicité</translation>
    </message>
    <message>
        <source>Days to complete</source>
        <translation>Délai en jours</translation>
    </message>
    <message>
        <source>Training modules</source>
        <translation>Modules de formation</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nouveau module…</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <source>Record &amp;completion…</source>
        <translation>&amp;Enregistrer une réalisation…</translation>
    </message>
    <message>
        <source>Import &amp;completions…</source>
        <translation>&amp;Importer des réalisations…</translation>
    </message>
    <message>
        <source>Write &amp;reminders…</source>
        <translation>É&amp;crire les rappels…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Uniquement en retard</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Dernière réalisation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>État des formations</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>Text (SHA-256)</source>
        <translation>Texte (SHA-256)</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Accusé de lecture le</translation>
    </message>
    <message>
        <source>Policy acknowledgements</source>
        <translation>Accusés de lecture de la politique</translation>
    </message>
    <message>
        <source>&amp;Record acknowledgement…</source>
        <translation>&amp;Enregistrer un accusé de lecture…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>every %1 months</source>
        <translation>tous les %1 mois</translation>
    </message>
    <message>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>%1 overdue of %2 assignments</source>
        <translation>%1 en retard sur %2 attributions</translation>
    </message>
    <message>
        <source>Import the roster</source>
        <translation>Importer le registre du personnel</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Which column holds what</source>
        <translation>Quelle colonne contient quoi</translation>
    </message>
    <message>
        <source>The names of the columns in %1, as its header row spells them. Only the employee id and the name are required.</source>
        <translation>Les noms des colonnes de %1, tels que les écrit sa ligne d’en-tête. Seuls le matricule et le nom sont obligatoires.</translation>
    </message>
    <message>
        <source>Employee &amp;id</source>
        <translation>&amp;Matricule</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Platform &amp;handles</source>
        <translation>&amp;Identifiants de plateforme</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Date d’entrée</translation>
    </message>
    <message>
        <source>&amp;Leave date</source>
        <translation>Date de s&amp;ortie</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Roster imported: %1 added, %2 updated, %3 unchanged, %4 skipped; %5 people matched. Not matched: %6 entries, %7 people (below).</source>
        <translation>Registre du personnel importé : %1 ajoutées, %2 mises à jour, %3 inchangées, %4 ignorées ; %5 personnes rapprochées. Non rapprochées : %6 entrées, %7 personnes (ci-dessous).</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>Ligne %1 : %2.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>%1 is now linked to employee %2.</source>
        <translation>%1 est désormais lié au salarié %2.</translation>
    </message>
    <message>
        <source>New training module</source>
        <translation>Nouveau module de formation</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Périodicité</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Every 3 months</source>
        <translation>Tous les 3 mois</translation>
    </message>
    <message>
        <source>Every 6 months</source>
        <translation>Tous les 6 mois</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <source>Every 2 years</source>
        <translation>Tous les 2 ans</translation>
    </message>
    <message>
        <source>&amp;Days to complete</source>
        <translation>&amp;Délai en jours</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>Ajouter le module</translation>
    </message>
    <message>
        <source>The days to complete are a number, 0 or more.</source>
        <translation>Le délai en jours est un nombre, 0 ou plus.</translation>
    </message>
    <message>
        <source>Module “%1” added; assign it to a department or an employee.</source>
        <translation>Module « %1 » ajouté ; attribuez-le à un service ou à un salarié.</translation>
    </message>
    <message>
        <source>Assign a module</source>
        <translation>Attribuer un module</translation>
    </message>
    <message>
        <source>Add a training module first.</source>
        <translation>Ajoutez d’abord un module de formation.</translation>
    </message>
    <message>
        <source>One employee (below)</source>
        <translation>Un seul salarié (ci-dessous)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;Employee id</source>
        <translation>Ma&amp;tricule</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Assigned.</source>
        <translation>Attribué.</translation>
    </message>
    <message>
        <source>Record a completion</source>
        <translation>Enregistrer une réalisation</translation>
    </message>
    <message>
        <source>Completed &amp;on</source>
        <translation>Réalisée &amp;le</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Completion recorded.</source>
        <translation>Réalisation enregistrée.</translation>
    </message>
    <message>
        <source>Import completions</source>
        <translation>Importer des réalisations</translation>
    </message>
    <message>
        <source>The learning system&apos;s export: who (an employee id or an e-mail), which module, and when.</source>
        <translation>L’export du système de gestion de la formation : qui (un matricule ou une adresse e-mail), quel module et quand.</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Salarié</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>Date de &amp;réalisation</translation>
    </message>
    <message>
        <source>Completions imported: %1 new, %2 known already, %3 skipped.</source>
        <translation>Réalisations importées : %1 nouvelles, %2 déjà connues, %3 ignorées.</translation>
    </message>
    <message>
        <source>Folder for the reminders</source>
        <translation>Dossier pour les rappels</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 ne peut pas être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>1 reminder written to %1; it is not sent.</source>
        <translation>1 rappel écrit dans %1 ; il n’est pas envoyé.</translation>
    </message>
    <message>
        <source>%1 reminders written to %2; they are not sent.</source>
        <translation>%1 rappels écrits dans %2 ; ils ne sont pas envoyés.</translation>
    </message>
    <message>
        <source>Record a policy acknowledgement</source>
        <translation>Enregistrer un accusé de lecture de la politique</translation>
    </message>
    <message>
        <source>The acknowledgement is bound to the SHA-256 of the version&apos;s published text.</source>
        <translation>L’accusé de lecture est lié au SHA-256 du texte publié de cette version.</translation>
    </message>
    <message>
        <source>Policy &amp;version</source>
        <translation>&amp;Version de la politique</translation>
    </message>
    <message>
        <source>Acknowledged &amp;on</source>
        <translation>Accusé de lecture &amp;le</translation>
    </message>
    <message>
        <source>The policy version is a number.</source>
        <translation>La version de la politique est un nombre.</translation>
    </message>
    <message>
        <source>Acknowledgement recorded.</source>
        <translation>Accusé de lecture enregistré.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PoliciesPage</name>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>watched names, sentiment ≤ %1</source>
        <translation>noms surveillés, sentiment ≤ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s), sentiment ≤ %1</source>
        <translation>
            <numerusform>%n nom, sentiment ≤ %1</numerusform>
            <numerusform>%n noms, sentiment ≤ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>detector %1</source>
        <translation>détecteur %1</translation>
    </message>
    <message>
        <source>regular expression</source>
        <translation>expression régulière</translation>
    </message>
    <message numerus="yes">
        <source>%n keyword(s)</source>
        <translation>
            <numerusform>%n mot-clé</numerusform>
            <numerusform>%n mots-clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n word(s) of a context term</source>
        <translation>
            <numerusform>à %n mot au plus d’un terme de contexte</numerusform>
            <numerusform>à %n mots au plus d’un terme de contexte</numerusform>
        </translation>
    </message>
    <message>
        <source>only when aimed at someone</source>
        <translation>seulement quand cela vise quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Publish a new version…</source>
        <translation>&amp;Publier une nouvelle version…</translation>
    </message>
    <message>
        <source>&amp;Save as JSON…</source>
        <translation>&amp;Enregistrer en JSON…</translation>
    </message>
    <message>
        <source>S&amp;can the workspace</source>
        <translation>&amp;Analyser l’espace de travail</translation>
    </message>
    <message>
        <source>Detection policies</source>
        <translation>Politiques de détection</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Posts scanned</source>
        <translation>Messages analysés</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Type or paste a message to see what the selected version flags…</source>
        <translation>Saisissez ou collez un message pour voir ce que la version choisie signale…</translation>
    </message>
    <message>
        <source>Add a version from a policy JSON file; it must compile, and the version in force stays until it does</source>
        <translation>Ajouter une version depuis un fichier JSON de politique ; elle doit compiler, et la version en vigueur reste jusque-là</translation>
    </message>
    <message>
        <source>Classify the posts not yet scanned with the newest version, on all cores</source>
        <translation>Classer les messages pas encore analysés avec la version la plus récente, sur tous les cœurs</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <source>Rules of the selected version</source>
        <translation>Règles de la version choisie</translation>
    </message>
    <message>
        <source>Test bench</source>
        <translation>Banc d’essai</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Version %1 is in force. Posts not yet scanned with it: %2.</source>
        <translation>La version %1 est en vigueur. Messages pas encore analysés avec elle : %2.</translation>
    </message>
    <message>
        <source>Version %1 is in force. Every post is scanned with it.</source>
        <translation>La version %1 est en vigueur. Tous les messages sont analysés avec elle.</translation>
    </message>
    <message>
        <source>Compiling version %1 for the test bench…</source>
        <translation>Compilation de la version %1 pour le banc d’essai…</translation>
    </message>
    <message>
        <source>Nothing to test yet.</source>
        <translation>Rien à tester pour l’instant.</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Aucun signalement.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>Sentiment %1 (from −1, negative, to +1, positive)</source>
        <translation>Sentiment %1 (de −1, négatif, à +1, positif)</translation>
    </message>
    <message>
        <source>Publish a policy version</source>
        <translation>Publier une version de politique</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>Politiques (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>Publishing a policy version…</source>
        <translation>Publication d’une version de politique…</translation>
    </message>
    <message>
        <source>The policy was not published</source>
        <translation>La politique n’a pas été publiée</translation>
    </message>
    <message>
        <source>%1

The version in force stays. Correct the file and publish it again.</source>
        <translation>%1

La version en vigueur reste. Corrigez le fichier et publiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Version %1 published from %2. Scan the workspace to apply it.</source>
        <translation>Version %1 publiée depuis %2. Analysez l’espace de travail pour l’appliquer.</translation>
    </message>
    <message>
        <source>Save policy version %1</source>
        <translation>Enregistrer la version %1 de la politique</translation>
    </message>
    <message>
        <source>Policies (*.json)</source>
        <translation>Politiques (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Version %1 saved to %2. Edit it and publish it as a new version.</source>
        <translation>Version %1 enregistrée dans %2. Modifiez-la et publiez-la comme nouvelle version.</translation>
    </message>
    <message>
        <source>Scanning the workspace…</source>
        <translation>Analyse de l’espace de travail…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Scanning the workspace… %1 of %2 posts</source>
        <translation>Analyse de l’espace de travail… %1 messages sur %2</translation>
    </message>
    <message>
        <source>The scan stopped</source>
        <translation>L’analyse s’est arrêtée</translation>
    </message>
    <message>
        <source>%1

Posts scanned before the error keep their flags; scanning again continues from there.</source>
        <translation>%1

Les messages analysés avant l’erreur gardent leurs signalements ; une nouvelle analyse reprend à partir de là.</translation>
    </message>
    <message>
        <source>Scan cancelled after %1 posts; scanning again continues from there.</source>
        <translation>Analyse annulée après %1 messages ; une nouvelle analyse reprend à partir de là.</translation>
    </message>
    <message>
        <source>Scan finished with version %1: %2 posts scanned, %3 flagged, %4 flags.</source>
        <translation>Analyse terminée avec la version %1 : %2 messages analysés, %3 signalés, %4 signalements.</translation>
    </message>
    <message>
        <source>Record keeping</source>
        <translation>Conservation des documents</translation>
    </message>
    <message>
        <source>Data breaches</source>
        <translation>Fuites de données</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Vie privée</translation>
    </message>
    <message>
        <source>Harassment and bullying</source>
        <translation>Harcèlement</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Contentieux</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>not visible to your role</source>
        <translation>non visible pour votre rôle</translation>
    </message>
    <message>
        <source>No policy version is published yet. The first scan publishes the built-in policy as version 1; below are its rules.</source>
        <translation>Aucune version de politique n’est encore publiée. La première analyse publie la politique intégrée comme version 1 ; ses règles figurent ci-dessous.</translation>
    </message>
    <message>
        <source>Posts in the workspace: %1.</source>
        <translation>Publications dans l’espace de travail : %1.</translation>
    </message>
    <message>
        <source>Version %1 is in force.</source>
        <translation>La version %1 est en vigueur.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PostDetailView</name>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>version %1 de la politique</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions antérieures</translation>
    </message>
    <message>
        <source>The thread</source>
        <translation>Le fil</translation>
    </message>
    <message>
        <source>Around it in the channel</source>
        <translation>Autour, dans le canal</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
</context>
<context>
    <name>custos::ui::QueueFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Toute gravité</translation>
    </message>
    <message>
        <source>Search the posts (/)</source>
        <translation>Rechercher dans les messages (/)</translation>
    </message>
    <message>
        <source>Your saved filters</source>
        <translation>Vos filtres enregistrés</translation>
    </message>
    <message>
        <source>Save &amp;filter…</source>
        <translation>Enregistrer le &amp;filtre…</translation>
    </message>
    <message>
        <source>Save the current filters under a name</source>
        <translation>Enregistrer les filtres actuels sous un nom</translation>
    </message>
    <message>
        <source>Any start</source>
        <translation>Tout début</translation>
    </message>
    <message>
        <source>Any end</source>
        <translation>Toute fin</translation>
    </message>
    <message>
        <source>Posted on or after this day (UTC)</source>
        <translation>Publié ce jour ou après (UTC)</translation>
    </message>
    <message>
        <source>Posted on or before this day (UTC)</source>
        <translation>Publié ce jour ou avant (UTC)</translation>
    </message>
    <message>
        <source>Posts by this author (as the queue shows them: a pseudonym unless revealed)</source>
        <translation>Publications de cet auteur (comme la file les montre : un pseudonyme sauf révélation)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>%1 posts</source>
        <translation>%1 messages</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Save the filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name for the current filters:</source>
        <translation>Nom des filtres actuels :</translation>
    </message>
    <message>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filtre « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Any rule</source>
        <translation>Toute règle</translation>
    </message>
    <message>
        <source>Any policy version</source>
        <translation>Toute version de politique</translation>
    </message>
    <message>
        <source>Policy version %1</source>
        <translation>Version de politique %1</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tout canal</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tout auteur</translation>
    </message>
    <message>
        <source>Any assignee</source>
        <translation>Toute attribution</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <source>Posts by people of this department (the roster&apos;s, for people linked to it)</source>
        <translation>Messages de personnes de ce service (celui du registre du personnel, pour les personnes liées)</translation>
    </message>
    <message>
        <source>Any department</source>
        <translation>Tout service</translation>
    </message>
    <message>
        <source>1 post</source>
        <translation>1 message</translation>
    </message>
</context>
<context>
    <name>custos::ui::QueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>File d’examen</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>M’&amp;attribuer</translation>
    </message>
    <message>
        <source>Take the selected posts (a)</source>
        <translation>Prendre les messages sélectionnés (a)</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>É&amp;carter…</translation>
    </message>
    <message>
        <source>Dismiss the selected flags with a reason (d)</source>
        <translation>Écarter les signalements sélectionnés avec une raison (d)</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirmer</translation>
    </message>
    <message>
        <source>Confirm the flags as right and settle them (c)</source>
        <translation>Confirmer les signalements comme justes et les clore (c)</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Transmettre…</translation>
    </message>
    <message>
        <source>Hand the selected posts to another reviewer with a note (e)</source>
        <translation>Confier les messages sélectionnés à un autre relecteur avec une note (e)</translation>
    </message>
    <message>
        <source>Request &amp;takedown…</source>
        <translation>Demander le &amp;retrait…</translation>
    </message>
    <message>
        <source>Ask a compliance officer to approve removing this post (t)</source>
        <translation>Demander à un responsable conformité d’approuver le retrait de ce message (t)</translation>
    </message>
    <message>
        <source>&amp;Reveal author…</source>
        <translation>&amp;Révéler l’auteur…</translation>
    </message>
    <message>
        <source>Show the real identity behind the pseudonym, for this session, with a reason</source>
        <translation>Afficher l’identité réelle derrière le pseudonyme, pour cette session, avec une raison</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The decision was not recorded</source>
        <translation>La décision n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Assigned to you.</source>
        <translation>Attribué à vous.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Why are these flags dismissed?</source>
        <translation>Pourquoi ces signalements sont-ils écartés ?</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) dismissed: %1.</source>
        <translation>
            <numerusform>%n signalement écarté : %1.</numerusform>
            <numerusform>%n signalements écartés : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) confirmed.</source>
        <translation>
            <numerusform>%n signalement confirmé.</numerusform>
            <numerusform>%n signalements confirmés.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no other reviewer to escalate to. An administrator can add one.</source>
        <translation>Il n’y a pas d’autre relecteur à qui transmettre. Un administrateur peut en ajouter un.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Escalate to:</source>
        <translation>Transmettre à :</translation>
    </message>
    <message>
        <source>Note for %1 (why it needs them):</source>
        <translation>Note pour %1 (pourquoi c’est pour lui ou elle) :</translation>
    </message>
    <message>
        <source>Escalated to %1.</source>
        <translation>Transmis à %1.</translation>
    </message>
    <message>
        <source>Request a takedown</source>
        <translation>Demander un retrait</translation>
    </message>
    <message>
        <source>Why must this post be removed?</source>
        <translation>Pourquoi ce message doit-il être retiré ?</translation>
    </message>
    <message>
        <source>Which policy clause does it break?</source>
        <translation>Quelle clause de politique enfreint-il ?</translation>
    </message>
    <message>
        <source>Takedown request %1 sent; another compliance officer decides it.</source>
        <translation>Demande de retrait %1 envoyée ; un autre responsable conformité en décide.</translation>
    </message>
    <message>
        <source>Reveal the author</source>
        <translation>Révéler l’auteur</translation>
    </message>
    <message>
        <source>Why do you need to know who %1 is? The reason is recorded in the audit log.</source>
        <translation>Pourquoi devez-vous savoir qui est %1 ? La raison est enregistrée dans le journal d’audit.</translation>
    </message>
    <message>
        <source>%1 is %2 (for this session).</source>
        <translation>%1 est %2 (pour cette session).</translation>
    </message>
    <message>
        <source>Select si&amp;milar</source>
        <translation>Sélectionner les si&amp;milaires</translation>
    </message>
    <message>
        <source>Add the near-identical flags (same rules, same words) to the next decision (s)</source>
        <translation>Ajouter les signalements quasi identiques (mêmes règles, mêmes mots) à la prochaine décision (s)</translation>
    </message>
    <message numerus="yes">
        <source>%n near-identical flag(s) selected, on posts with the same words and rules; the next decision covers them all.</source>
        <translation>
            <numerusform>%n signalement quasi identique sélectionné, sur des messages aux mêmes mots et règles ; la prochaine décision les couvre tous.</numerusform>
            <numerusform>%n signalements quasi identiques sélectionnés, sur des messages aux mêmes mots et règles ; la prochaine décision les couvre tous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ta&amp;g…</source>
        <translation>Éti&amp;quette…</translation>
    </message>
    <message>
        <source>Put a short label on the selected flags</source>
        <translation>Mettre une courte étiquette sur les signalements sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Notify author…</source>
        <translation>&amp;Notifier l’auteur…</translation>
    </message>
    <message>
        <source>Write the message to the author from the template and save it for sending</source>
        <translation>Rédiger le message à l’auteur à partir du modèle et l’enregistrer pour envoi</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Tag for the selected flags:</source>
        <translation>Étiquette des signalements sélectionnés :</translation>
    </message>
    <message>
        <source>Tagged &quot;%1&quot;.</source>
        <translation>Étiqueté « %1 ».</translation>
    </message>
    <message>
        <source>Notify the author</source>
        <translation>Notifier l’auteur</translation>
    </message>
    <message>
        <source>Which policy clause applies?</source>
        <translation>Quelle clause de politique s’applique ?</translation>
    </message>
    <message>
        <source>What should the author do?</source>
        <translation>Que doit faire l’auteur ?</translation>
    </message>
    <message>
        <source>Save the message to the author</source>
        <translation>Enregistrer le message à l’auteur</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>The message is recorded but the file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Le message est enregistré mais le fichier %1 ne peut pas être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Message to the author recorded and saved to %1; Custos sends nothing.</source>
        <translation>Message à l’auteur enregistré et sauvegardé dans %1 ; Custos n’envoie rien.</translation>
    </message>
    <message>
        <source>Notification &amp;template…</source>
        <translation>&amp;Modèle de notification…</translation>
    </message>
    <message>
        <source>Edit the message authors are sent when they are notified</source>
        <translation>Modifier le message envoyé aux auteurs lorsqu’ils sont notifiés</translation>
    </message>
    <message>
        <source>Notification template</source>
        <translation>Modèle de notification</translation>
    </message>
    <message>
        <source>The message to authors. {clause}, {what} and {todo} are required; {channel} and {date} are filled in too.</source>
        <translation>Le message aux auteurs. {clause}, {what} et {todo} sont obligatoires ; {channel} et {date} sont aussi remplis.</translation>
    </message>
    <message>
        <source>Notification template saved.</source>
        <translation>Modèle de notification enregistré.</translation>
    </message>
    <message>
        <source>Open case…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open an investigation case from the selected posts (o)</source>
        <translation>Ouvrir un dossier d’enquête à partir des messages sélectionnés (o)</translation>
    </message>
    <message>
        <source>Add to case…</source>
        <translation>Ajouter au dossier…</translation>
    </message>
    <message>
        <source>Add the selected posts to an open case (Shift+O)</source>
        <translation>Ajouter les messages sélectionnés à un dossier ouvert (Maj+O)</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier confirmed flag(s) (%1)</source>
        <translation>
            <numerusform>%n signalement confirmé auparavant (%1)</numerusform>
            <numerusform>%n signalements confirmés auparavant (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in force from case %2</source>
        <translation>%1 en vigueur depuis le dossier %2</translation>
    </message>
    <message numerus="yes">
        <source>open case(s): %1</source>
        <translation>
            <numerusform>dossier ouvert : %1</numerusform>
            <numerusform>dossiers ouverts : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Author&apos;s record:</source>
        <translation>Antécédents de l’auteur :</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>The selected posts join the case&apos;s timeline, their authors as respondents and the flags&apos; categories as allegations; you are assigned to it.</source>
        <translation>Les messages sélectionnés rejoignent la chronologie du dossier, leurs auteurs comme personnes mises en cause et les catégories des signalements comme allégations ; le dossier vous est attribué.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>The case was not opened</source>
        <translation>Le dossier n’a pas été ouvert</translation>
    </message>
    <message numerus="yes">
        <source>Case opened from %n flag(s).</source>
        <translation>
            <numerusform>Dossier ouvert à partir de %n signalement.</numerusform>
            <numerusform>Dossier ouvert à partir de %n signalements.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no open case to add to; open one with O.</source>
        <translation>Il n’y a aucun dossier ouvert auquel ajouter ; ouvrez-en un avec O.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add to case</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message>
        <source>The selected posts join the case&apos;s timeline; new authors become respondents.</source>
        <translation>Les messages sélectionnés rejoignent la chronologie du dossier ; les nouveaux auteurs deviennent personnes mises en cause.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>The posts were not added</source>
        <translation>Les messages n’ont pas été ajoutés</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) added to %1.</source>
        <translation>
            <numerusform>%n signalement ajouté à %1.</numerusform>
            <numerusform>%n signalements ajoutés à %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>custos::ui::RecordsPage</name>
    <message>
        <source>channel %1</source>
        <translation>canal %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>custodian %1</source>
        <translation>dépositaire %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>recherche « %1 »</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Records&lt;/h2&gt;What is kept how long and why, what a lawsuit freezes, and proof of what was deleted.</source>
        <translation>&lt;h2&gt;Conservation&lt;/h2&gt;Ce qui est conservé, combien de temps et pourquoi, ce qu’un litige gèle, et la preuve de ce qui a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Retention rules</source>
        <translation>&amp;Règles de conservation</translation>
    </message>
    <message>
        <source>Legal &amp;holds</source>
        <translation>Conservations &amp;légales</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Purge</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>No retention rule is in force, so nothing is ever deleted. Add a rule for each kind of record (posts, flags and decisions, cases, import manifests) with the regulation it serves. A rule for a channel overrides the rule for its kind, which overrides the workspace&apos;s; a rule for a flag category keeps what was flagged in it at least that long.</source>
        <translation>Aucune règle de conservation n’est en vigueur : rien n’est donc jamais supprimé. Ajoutez une règle pour chaque type d’enregistrement (messages, signalements et décisions, dossiers, manifestes d’import) avec la réglementation à laquelle elle répond. Une règle pour un canal prime sur celle de son type, qui prime sur celle de l’espace de travail ; une règle pour une catégorie de signalement conserve au moins aussi longtemps ce qui y a été signalé.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Porte sur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Regulation or reason</source>
        <translation>Base légale ou motif</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Nouvelle règle…</translation>
    </message>
    <message>
        <source>Re&amp;tire rule…</source>
        <translation>Re&amp;tirer la règle…</translation>
    </message>
    <message>
        <source>Take the selected rule out of force</source>
        <translation>Mettre fin à l’application de la règle sélectionnée</translation>
    </message>
    <message>
        <source>A legal hold keeps everything it matches, whatever the retention rules say, until it is released. A hold by search keeps catching new matches as imports arrive.</source>
        <translation>Une conservation légale conserve tout ce qui y correspond, quelles que soient les règles de conservation, jusqu’à sa levée. Une conservation légale par recherche continue de capter les nouvelles correspondances à mesure que des imports arrivent.</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserve</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Mise en place</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Conservations légales</translation>
    </message>
    <message>
        <source>&amp;Place hold…</source>
        <translation>Mettre en &amp;conservation légale…</translation>
    </message>
    <message>
        <source>Place a legal hold</source>
        <translation>Mise en conservation légale</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>Le&amp;ver…</translation>
    </message>
    <message>
        <source>Release the selected hold</source>
        <translation>Lever la conservation légale sélectionnée</translation>
    </message>
    <message>
        <source>Custodian &amp;notices…</source>
        <translation>&amp;Avis aux dépositaires…</translation>
    </message>
    <message>
        <source>Write the notice for each custodian into a folder (they are not sent)</source>
        <translation>Écrire l’avis de chaque dépositaire dans un dossier (les avis ne sont pas envoyés)</translation>
    </message>
    <message>
        <source>Record &amp;acknowledgement…</source>
        <translation>Enregistrer un acc&amp;usé de réception…</translation>
    </message>
    <message>
        <source>Record that a custodian acknowledged the notice</source>
        <translation>Enregistrer qu’un dépositaire a accusé réception de l’avis</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Ap&amp;erçu</translation>
    </message>
    <message>
        <source>What a purge now would delete, and what stays</source>
        <translation>Ce qu’une purge supprimerait maintenant, et ce qui reste</translation>
    </message>
    <message>
        <source>P&amp;urge now…</source>
        <translation>Purger &amp;maintenant…</translation>
    </message>
    <message>
        <source>Delete what has expired, in audited batches that each sign a tombstone per record</source>
        <translation>Supprimer ce qui a expiré, par lots audités qui signent chacun une trace de suppression par enregistrement</translation>
    </message>
    <message>
        <source>Preview first: nothing is deleted until you purge.</source>
        <translation>Commencez par l’aperçu : rien n’est supprimé tant que vous ne lancez pas la purge.</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Pièces justificatives</translation>
    </message>
    <message>
        <source>Manifests</source>
        <translation>Manifestes</translation>
    </message>
    <message>
        <source>What would be deleted, per rule</source>
        <translation>Ce qui serait supprimé, par règle</translation>
    </message>
    <message>
        <source>What stays, and why:</source>
        <translation>Ce qui reste, et pourquoi :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Why it stays</source>
        <translation>Motif de conservation</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What stays, and why</source>
        <translation>Ce qui reste, et pourquoi</translation>
    </message>
    <message>
        <source>Examples of what stays</source>
        <translation>Exemples de ce qui reste</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Purges</source>
        <translation>Purges</translation>
    </message>
    <message>
        <source>Export &amp;certificate…</source>
        <translation>E&amp;xporter le certificat…</translation>
    </message>
    <message>
        <source>The certificate of disposition: each record&apos;s tombstone and the signed entries behind it</source>
        <translation>Le certificat de destruction : la trace de suppression de chaque enregistrement et les entrées signées qui l’attestent</translation>
    </message>
    <message>
        <source>A third party checks it with an audit export: custos-cli disposition verify CERTIFICATE EXPORT.</source>
        <translation>Un tiers le vérifie avec un export du journal d’audit : custos-cli disposition verify CERTIFICATE EXPORT.</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Released on %1: %2</source>
        <translation>Levée le %1 : %2</translation>
    </message>
    <message>
        <source>New retention rule</source>
        <translation>Nouvelle règle de conservation</translation>
    </message>
    <message>
        <source>A rule for a channel overrides the rule for its kind, which overrides the workspace&apos;s; a rule for a flag category keeps what was flagged in it at least that long. A legal hold, a case or an undecided flag keeps a record whatever the rules say.</source>
        <translation>Une règle pour un canal prime sur celle de son type, qui prime sur celle de l’espace de travail ; une règle pour une catégorie de signalement conserve au moins aussi longtemps ce qui y a été signalé. Une conservation légale, un dossier ou un signalement non tranché conserve un enregistrement quelles que soient les règles.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Covers</source>
        <translation>&amp;Porte sur</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Channel &amp;kind</source>
        <translation>&amp;Type de canal</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tout canal</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>Cana&amp;l</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Flagged as</source>
        <translation>Signalé comme</translation>
    </message>
    <message>
        <source>Other (days below)</source>
        <translation>Autre (jours ci-dessous)</translation>
    </message>
    <message>
        <source>&amp;Keep for</source>
        <translation>&amp;Conserver pendant</translation>
    </message>
    <message>
        <source>&amp;Regulation or reason</source>
        <translation>&amp;Base légale ou motif</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <source>Write the period as a number of days, at least 1.</source>
        <translation>Indiquez la durée en nombre de jours, au moins 1.</translation>
    </message>
    <message>
        <source>Rule “%1” is in force: %2 for %3.</source>
        <translation>La règle « %1 » est en vigueur : %2 pour %3.</translation>
    </message>
    <message>
        <source>Retire rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>Why does the rule no longer apply?</source>
        <translation>Pourquoi la règle ne s’applique-t-elle plus ?</translation>
    </message>
    <message>
        <source>The rule is retired; what it covered now follows the other rules.</source>
        <translation>La règle est retirée ; ce qu’elle couvrait suit désormais les autres règles.</translation>
    </message>
    <message>
        <source>Every criterion you set must match. Leave the others empty.</source>
        <translation>Chaque critère renseigné doit correspondre. Laissez les autres vides.</translation>
    </message>
    <message>
        <source>&amp;Matter</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation>Demandé pa&amp;r</translation>
    </message>
    <message>
        <source>C&amp;ustodian (person id)</source>
        <translation>Dé&amp;positaire (identifiant de personne)</translation>
    </message>
    <message>
        <source>C&amp;ase (number)</source>
        <translation>D&amp;ossier (numéro)</translation>
    </message>
    <message>
        <source>Posted &amp;from</source>
        <translation>Publié &amp;du</translation>
    </message>
    <message>
        <source>Posted &amp;to</source>
        <translation>Publié a&amp;u</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Rec&amp;herche</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Place hold</source>
        <translation>Mettre en conservation</translation>
    </message>
    <message>
        <source>The custodian is a person id, a number.</source>
        <translation>Le dépositaire est un identifiant de personne, c’est-à-dire un nombre.</translation>
    </message>
    <message>
        <source>The hold for “%1” is in force: nothing it keeps can be purged until it is released.</source>
        <translation>La conservation légale pour « %1 » est en vigueur : rien de ce qu’elle conserve ne peut être purgé avant sa levée.</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Lever la conservation légale</translation>
    </message>
    <message>
        <source>Why does the hold end (for example “matter settled”)?</source>
        <translation>Pourquoi la conservation légale prend-elle fin (par exemple « affaire réglée ») ?</translation>
    </message>
    <message>
        <source>The hold is released; what it kept follows the retention rules again.</source>
        <translation>La conservation légale est levée ; ce qu’elle conservait suit de nouveau les règles de conservation.</translation>
    </message>
    <message>
        <source>Folder for the custodian notices</source>
        <translation>Dossier pour les avis aux dépositaires</translation>
    </message>
    <message>
        <source>Custodian notices</source>
        <translation>Avis aux dépositaires</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 ne peut pas être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Enregistrer un accusé de réception</translation>
    </message>
    <message>
        <source>%1 (acknowledged %2)</source>
        <translation>%1 (accusé de réception le %2)</translation>
    </message>
    <message>
        <source>This hold has no custodian yet: nothing it keeps has an author.</source>
        <translation>Cette conservation légale n’a pas encore de dépositaire : rien de ce qu’elle conserve n’a d’auteur.</translation>
    </message>
    <message>
        <source>Hold: %1</source>
        <translation>Conservation légale : %1</translation>
    </message>
    <message>
        <source>&amp;Custodian</source>
        <translation>&amp;Dépositaire</translation>
    </message>
    <message>
        <source>Acknowledged &amp;on</source>
        <translation>Accusé de réception &amp;le</translation>
    </message>
    <message>
        <source>The acknowledgement is recorded in the audit log.</source>
        <translation>L’accusé de réception est consigné dans le journal d’audit.</translation>
    </message>
    <message>
        <source>Computing what a purge would delete…</source>
        <translation>Calcul de ce qu’une purge supprimerait…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&lt;i&gt;Nothing expired is being kept.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun élément expiré n’est conservé.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Examples of what stays:&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Exemples de ce qui reste :&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>A purge now would delete %1 posts, %2 cases and %3 import manifests, out of %4 posts considered.</source>
        <translation>Une purge maintenant supprimerait %1 messages, %2 dossiers et %3 manifestes d’import, sur %4 messages examinés.</translation>
    </message>
    <message>
        <source>Nothing has expired: a purge now would delete nothing.</source>
        <translation>Rien n’a expiré : une purge maintenant ne supprimerait rien.</translation>
    </message>
    <message>
        <source>Purge expired records</source>
        <translation>Purger les enregistrements expirés</translation>
    </message>
    <message>
        <source>%1

The deleted records cannot be recovered. Each batch is recorded in the audit log with a signed tombstone per record; a cancelled purge keeps the batches already done.</source>
        <translation>%1

Les enregistrements supprimés ne peuvent pas être récupérés. Chaque lot est consigné dans le journal d’audit avec une trace de suppression signée par enregistrement ; une purge annulée conserve les lots déjà traités.</translation>
    </message>
    <message>
        <source>Purging expired records…</source>
        <translation>Purge des enregistrements expirés…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Purging expired records… %1 of %2</source>
        <translation>Purge des enregistrements expirés… %1 sur %2</translation>
    </message>
    <message>
        <source>The purge stopped</source>
        <translation>La purge s’est arrêtée</translation>
    </message>
    <message>
        <source>%1

The batches purged before the error stand and are recorded; purging again finishes the work.</source>
        <translation>%1

Les lots purgés avant l’erreur le restent et sont consignés ; une nouvelle purge termine le travail.</translation>
    </message>
    <message>
        <source>Preview again to see what is left.</source>
        <translation>Relancez l’aperçu pour voir ce qui reste.</translation>
    </message>
    <message>
        <source>%1 posts, %2 earlier versions, %3 flags, %4 cases and %5 import manifests</source>
        <translation>%1 messages, %2 versions antérieures, %3 signalements, %4 dossiers et %5 manifestes d’import</translation>
    </message>
    <message>
        <source>Purge cancelled after %1; the rest stays until the next purge.</source>
        <translation>Purge annulée après %1 ; le reste est conservé jusqu’à la prochaine purge.</translation>
    </message>
    <message>
        <source>Purged %1. Export the certificate from the History tab.</source>
        <translation>Purge terminée : %1. Exportez le certificat depuis l’onglet « Historique ».</translation>
    </message>
    <message>
        <source>Certificate of disposition</source>
        <translation>Certificat de destruction</translation>
    </message>
    <message>
        <source>Certificates (*.json)</source>
        <translation>Certificats (*.json)</translation>
    </message>
    <message>
        <source>Save acknowledgement</source>
        <translation>Enregistrer l’accusé de réception</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <source>A purge now would delete nothing: the %1 expired records stay, for the reasons below.</source>
        <translation>Une purge ne supprimerait rien maintenant : les %1 enregistrements expirés sont conservés, pour les raisons ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Days (with “Other”)</source>
        <translation>&amp;Jours (avec « Autre »)</translation>
    </message>
    <message>
        <source>1 notice written to %1. It is not sent: hand it to the custodian and record the acknowledgement here.</source>
        <translation>1 avis écrit dans %1. Il n’est pas envoyé : remettez-le au dépositaire et enregistrez ici l’accusé de réception.</translation>
    </message>
    <message>
        <source>%1 notices written to %2. They are not sent: hand them to the custodians and record each acknowledgement here.</source>
        <translation>%1 avis écrits dans %2. Ils ne sont pas envoyés : remettez-les aux dépositaires et enregistrez ici chaque accusé de réception.</translation>
    </message>
    <message>
        <source>Certificate of purge %1 saved to %2, with %3 tombstones. Export the audit log too: the two together let anyone check what was deleted, when and under which rule.</source>
        <translation>Certificat de la purge %1 enregistré dans %2, avec %3 traces de suppression. Exportez aussi le journal d’audit : les deux ensemble permettent à quiconque de vérifier ce qui a été supprimé, quand et au titre de quelle règle.</translation>
    </message>
    <message>
        <source>Write a retention rule</source>
        <translation>Rédiger une règle de conservation</translation>
    </message>
</context>
<context>
    <name>custos::ui::StartScreen</name>
    <message>
        <source>&amp;Open workspace folder…</source>
        <translation>&amp;Ouvrir un dossier d’espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Create workspace…</source>
        <translation>&amp;Créer un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Custos</source>
        <translation>Custos</translation>
    </message>
    <message>
        <source>Keeps your company&apos;s internal social media safe and lawful.</source>
        <translation>Garde les réseaux sociaux internes de votre entreprise sûrs et conformes à la loi.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>This folder no longer holds a workspace.</source>
        <translation>Ce dossier ne contient plus d’espace de travail.</translation>
    </message>
    <message>
        <source>No workspace chosen: open a folder or create a workspace.</source>
        <translation>Aucun espace de travail choisi : ouvrez un dossier ou créez un espace de travail.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>Ouvrir un dossier d’espace de travail</translation>
    </message>
    <message>
        <source>%1 is not a Custos workspace: it holds no keyring. Choose the folder you created the workspace in.</source>
        <translation>%1 n’est pas un espace de travail Custos : il ne contient pas de trousseau. Choisissez le dossier dans lequel vous avez créé l’espace de travail.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>Creating the workspace and deriving its keys…</source>
        <translation>Création de l’espace de travail et dérivation de ses clés…</translation>
    </message>
</context>
<context>
    <name>custos::ui::TakedownPanel</name>
    <message>
        <source>Takedown requests</source>
        <translation>Demandes de retrait</translation>
    </message>
    <message>
        <source>Appro&amp;ve…</source>
        <translation>Appro&amp;uver…</translation>
    </message>
    <message>
        <source>Approve the selected request (not one you made yourself)</source>
        <translation>Approuver la demande sélectionnée (pas une des vôtres)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;jeter…</translation>
    </message>
    <message>
        <source>Reject the selected request (not one you made yourself)</source>
        <translation>Rejeter la demande sélectionnée (pas une des vôtres)</translation>
    </message>
    <message>
        <source>Export &amp;order…</source>
        <translation>Exporter l’&amp;ordre…</translation>
    </message>
    <message>
        <source>Save the takedown order of an approved request as JSON for the platform administrator</source>
        <translation>Enregistrer l’ordre de retrait d’une demande approuvée en JSON pour l’administrateur de la plateforme</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Policy clause</source>
        <translation>Clause de politique</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Approve the takedown</source>
        <translation>Approuver le retrait</translation>
    </message>
    <message>
        <source>Your comment on request %1:</source>
        <translation>Votre commentaire sur la demande %1 :</translation>
    </message>
    <message>
        <source>Takedown request %1 approved.</source>
        <translation>Demande de retrait %1 approuvée.</translation>
    </message>
    <message>
        <source>Reject the takedown</source>
        <translation>Rejeter le retrait</translation>
    </message>
    <message>
        <source>Takedown request %1 rejected.</source>
        <translation>Demande de retrait %1 rejetée.</translation>
    </message>
    <message>
        <source>Export the takedown order</source>
        <translation>Exporter l’ordre de retrait</translation>
    </message>
    <message>
        <source>Takedown orders (*.json)</source>
        <translation>Ordres de retrait (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2. Choose another folder.</source>
        <translation>Le fichier %1 ne peut pas être écrit : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Takedown order %1 saved to %2 for the platform administrator.</source>
        <translation>Ordre de retrait %1 enregistré dans %2 pour l’administrateur de la plateforme.</translation>
    </message>
</context>
<context>
    <name>custos::workspace::Session</name>
    <message>
        <source>Your role may do this, but the key of &quot;%1&quot; has not reached your key slot yet. It is handed over when a user who holds it (an administrator or compliance officer) next signs in.</source>
        <translation>Votre rôle le permet, mais la clé de « %1 » n’a pas encore atteint votre emplacement de clé. Elle est remise dès qu’un utilisateur qui la détient (un administrateur ou un responsable de la conformité) se connecte à nouveau.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custos console</source>
        <translation>Console Custos</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first run).</source>
        <translation>Ouvrir l’espace de travail de démonstration (créé au premier lancement).</translation>
    </message>
    <message>
        <source>Preselect the workspace folder DIR.</source>
        <translation>Présélectionner le dossier d’espace de travail DIR.</translation>
    </message>
    <message>
        <source>Prefill the user name.</source>
        <translation>Préremplir le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Custos cannot start</source>
        <translation>Custos ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2). Sign in as:</source>
        <translation>Espace de travail de démonstration %1 (%2). Connectez-vous en tant que :</translation>
    </message>
    <message>
        <source>created now</source>
        <translation>créé à l’instant</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
</context>
</TS>

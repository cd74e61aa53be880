<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>qad::AlertEvaluator</name>
        <message>
            <location filename="../../app/alerts/alertevaluator.cpp" line="+68" />
            <source>Streaming to "%1" started: profile updates for its audiences are being sent.</source>
            <translation>Diffusion vers « %1 » démarrée : les mises à jour de profils de ses audiences sont envoyées.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>An activation to "%1" failed for good (%2): %3 Fix the cause, then send it again with `qadctl replay %4 --activation %2` (or `--failed` for all).</source>
            <translation>Une activation vers « %1 » a échoué définitivement (%2) : %3 Corrigez la cause, puis renvoyez-la avec `qadctl replay %4 --activation %2` (ou `--failed` pour toutes).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is paused: the token was refused (%2). Its queue is kept. Store the right one with `qadctl token set %3`, then `qadctl resume %3`.</source>
            <translation>« %1 » est en pause : le jeton a été refusé (%2). Sa file d’attente est conservée. Enregistrez le bon jeton avec `qadctl token set %3`, puis `qadctl resume %3`.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>"%1": the hour from %2 UTC closed with no failures (%3 activated, %4 excluded).</source>
            <translation>« %1 » : l’heure commencée à %2 UTC s’est terminée sans échec (%3 activées, %4 exclues).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>"%1": an activation has waited %2 minutes to be delivered (threshold %3). Check that the destination is not paused (`qadctl status %4`) and that Qualtrics is reachable.</source>
            <translation>« %1 » : une activation attend depuis %2 minutes d’être livrée (seuil : %3). Vérifiez que la destination n’est pas en pause (`qadctl status %4`) et que Qualtrics est joignable.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>about %1 of %2</source>
            <comment>excluded of received profiles, the hour before prorated</comment>
            <translation>environ %1 sur %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <comment>excluded of received profiles</comment>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1": %2% of the profiles received over the last hour were excluded (%3; threshold %4%). Read why ("Excluded and rejected…" in the overview, or `qadctl history %5 --status excluded`), then fix the identity mapping or the source data.</source>
            <translation>« %1 » : %2 % des profils reçus au cours de la dernière heure ont été exclus (%3 ; seuil : %4 %). Consultez les motifs (« Exclus et rejetés… » dans la vue d’ensemble, ou `qadctl history %5 --status excluded`), puis corrigez le mappage des identités ou les données sources.</translation>
        </message>
    </context>
    <context>
        <name>qad::ConfigStore</name>
        <message>
            <location filename="../../app/config/configstore.cpp" line="+51" />
            <source>Fix it in a text editor, or move it away to start with no destinations; qad will not overwrite it.</source>
            <translation>Corrigez-le dans un éditeur de texte, ou déplacez-le pour repartir sans destination ; qad ne l’écrasera pas.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged (%2 at byte %3). %4</source>
            <translation>%1 est endommagé (%2 à l’octet %3). %4</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a qad configuration: it needs "schemaVersion" and a "destinations" list. %2</source>
            <translation>%1 n’est pas une configuration qad : il faut un « schemaVersion » et une liste « destinations ». %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was written by a newer qad (schema version %2; this version reads up to %3). Upgrade qad; the file is left unchanged.</source>
            <translation>%1 a été écrit par une version plus récente de qad (version de schéma %2 ; cette version lit jusqu’à la version %3). Mettez qad à jour ; le fichier n’est pas modifié.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not an object</source>
            <translation>pas un objet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is damaged: destinations[%2]: %3. %4</source>
            <translation>%1 est endommagé : destinations[%2] : %3. %4</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is damaged: destinations[%2] ("%3") and destinations[%4] ("%5") have the same id %6. In a text editor, give one of them a new id, for example %7, and store its API token again with `qadctl token set %7` (tokens are kept by id); or delete the one you do not need. qad will not overwrite the file.</source>
            <translation>%1 est endommagé : destinations[%2] (« %3 ») et destinations[%4] (« %5 ») ont le même identifiant %6. Dans un éditeur de texte, donnez à l’une d’elles un nouvel identifiant, par exemple %7, et enregistrez de nouveau son jeton d’API avec `qadctl token set %7` (les jetons sont rangés par identifiant) ; ou supprimez celle dont vous n’avez pas besoin. qad n’écrasera pas le fichier.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not saved: the lock file %1 cannot be created. Check that you can write to %2.</source>
            <translation>Pas enregistré : le fichier de verrou %1 ne peut pas être créé. Vérifiez que vous pouvez écrire dans %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not saved: another qad or qadctl is saving %1: %2 (process %3 on %4) has held the lock file %5 for more than %6 s. Try again; if no qad or qadctl is running, the lock file is stale: remove %5.</source>
            <translation>Pas enregistré : un autre qad ou qadctl enregistre %1 : %2 (processus %3 sur %4) tient le fichier de verrou %5 depuis plus de %6 s. Réessayez ; si aucun qad ni qadctl ne tourne, le verrou est périmé : supprimez %5.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not saved: another qad or qadctl is saving %1: the lock file %2 has been held for more than %3 s. Try again; if no qad or qadctl is running, the lock file is stale: remove %2.</source>
            <translation>Pas enregistré : un autre qad ou qadctl enregistre %1 : le fichier de verrou %2 est tenu depuis plus de %3 s. Réessayez ; si aucun qad ni qadctl ne tourne, le verrou est périmé : supprimez %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cannot use %1 as the configuration directory: %2 is not a directory. Choose a directory, or a path where one can be created.</source>
            <translation>Impossible d’utiliser %1 comme dossier de configuration : %2 n’est pas un dossier. Choisissez un dossier, ou un chemin où l’on peut en créer un.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read the configuration directory %1: %2 cannot be opened (permission denied). Check the permissions of %2, or choose another directory.</source>
            <translation>Impossible de lire le dossier de configuration %1 : %2 ne peut pas être ouvert (permission refusée). Vérifiez les permissions de %2, ou choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cannot read %1: %2. Check its permissions.</source>
            <translation>Impossible de lire %1 : %2. Vérifiez ses droits d’accès.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Not saved: %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>id: a destination with the id %1 already exists: edit that one, or leave the id empty to get a new one.</source>
            <translation>id : une destination avec l’id %1 existe déjà : modifiez-la, ou laissez l’id vide pour en obtenir un nouveau.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not saved: the destination "%1" (%2) is no longer in %3: another qad or qadctl removed it. List the destinations with `qadctl destination list`.</source>
            <translation>Pas enregistré : la destination « %1 » (%2) n’est plus dans %3 : un autre qad ou qadctl l’a supprimée. Listez les destinations avec `qadctl destination list`.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no destination with the id %1: list them with `qadctl destination list`.</source>
            <translation>Aucune destination n’a l’id %1 : listez-les avec `qadctl destination list`.</translation>
        </message>
    </context>
    <context>
        <name>qad::CredentialCheck</name>
        <message>
            <location filename="../../app/delivery/credentialcheck.cpp" line="+37" />
            <source>The token is valid on %1.</source>
            <translation>Le jeton est valide sur %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token is valid on %1 (user %2).</source>
            <translation>Le jeton est valide sur %1 (utilisateur %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 refused the token (HTTP %2): store the right one with `qadctl token set`.</source>
            <translation>%1 a refusé le jeton (HTTP %2) : enregistrez le bon avec `qadctl token set`.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 did not answer within %2 s; check the network and try again.</source>
            <translation>%1 n’a pas répondu dans les %2 s ; vérifiez le réseau et réessayez.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 answered HTTP %2 to the credential check; the token could not be verified.</source>
            <translation>%1 a répondu HTTP %2 à la vérification des identifiants ; le jeton n’a pas pu être vérifié.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not reach %1: %2.</source>
            <translation>Impossible de joindre %1 : %2.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The token was not sent: %1</source>
            <translation>Le jeton n’a pas été envoyé : %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The destination URL has no host to check the token against; fix the URL first.</source>
            <translation>L’URL de la destination n’a pas d’hôte auprès duquel vérifier le jeton ; corrigez d’abord l’URL.</translation>
        </message>
    </context>
    <context>
        <name>qad::DeliveryWorker</name>
        <message>
            <location filename="../../app/engine/deliveryworker.cpp" line="+339" />
            <source>No API token is available for the destination "%1", so nothing is sent to it; its queue is kept. Store the token with `qadctl token set %2` (or set QAD_API_TOKEN), then resume the destination.</source>
            <translation>Aucun jeton d’API n’est disponible pour la destination « %1 » : rien ne lui est envoyé ; sa file d’attente est conservée. Enregistrez le jeton avec `qadctl token set %2` (ou définissez QAD_API_TOKEN), puis reprenez la destination.</translation>
        </message>
        <message numerus="yes">
            <location line="+240" />
            <source>Gave up after %n attempt(s) (the last one: %1): the retry schedule allows no attempt later than %2 hours after the first. The activation is kept in the history: replay it with `qadctl replay` once the endpoint works again.</source>
            <translation>
                <numerusform>Abandon après %n tentative (la dernière : %1) : le calendrier des nouvelles tentatives n’en autorise aucune plus de %2 heures après la première. L’activation est conservée dans l’historique : rejouez-la avec `qadctl replay` une fois le point de terminaison rétabli.</numerusform>
                <numerusform>Abandon après %n tentatives (la dernière : %1) : le calendrier des nouvelles tentatives n’en autorise aucune plus de %2 heures après la première. L’activation est conservée dans l’historique : rejouez-la avec `qadctl replay` une fois le point de terminaison rétabli.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+327" />
            <source>The destination "%1" was resumed, but this run has no API token for it. Store the token with `qadctl token set %2` (or set QAD_API_TOKEN) and restart the run.</source>
            <translation>La destination « %1 » a été reprise, mais cette exécution n’a pas de jeton d’API pour elle. Enregistrez le jeton avec `qadctl token set %2` (ou définissez QAD_API_TOKEN) et relancez l’exécution.</translation>
        </message>
        <message>
            <location line="+127" />
            <source>Delivery stopped: %1</source>
            <translation>Livraison arrêtée : %1</translation>
        </message>
    </context>
    <context>
        <name>qad::DestinationJson</name>
        <message>
            <location filename="../../app/config/destinationjson.cpp" line="+84" />
            <source>%1 must be text (in double quotes)</source>
            <translation>%1 doit être du texte (entre guillemets droits doubles)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 must be true or false</source>
            <translation>%1 doit valoir true ou false</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+60" />
            <source>%1 must be a whole number, like 10</source>
            <translation>%1 doit être un nombre entier, comme 10</translation>
        </message>
        <message>
            <location line="-47" />
            <source>%1 must be a number, like 1.5</source>
            <translation>%1 doit être un nombre, comme 1.5</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 must be a date like 2026-01-31</source>
            <translation>%1 doit être une date comme 2026-01-31</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 must be %2</source>
            <translation>%1 doit être %2</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 must be a list [ … ]</source>
            <translation>%1 doit être une liste [ … ]</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+13" />
            <source>%1 must be an object { … }</source>
            <translation>%1 doit être un objet { … }</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The file is not valid JSON (%1 at byte %2). Use a file written by Export (in qad) or by `qadctl destination export`, or fix the JSON.</source>
            <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2). Utilisez un fichier écrit par Exporter (dans qad) ou par `qadctl destination export`, ou corrigez le JSON.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This is not a qad destination export: it needs "schemaVersion" and a "destination" object. Use a file written by Export (in qad) or by `qadctl destination export`.</source>
            <translation>Ce n’est pas un export de destination qad : il faut un « schemaVersion » et un objet « destination ». Utilisez un fichier écrit par Exporter (dans qad) ou par `qadctl destination export`.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>schemaVersion %1 is not valid: it must be 1 or more. Use a file written by Export (in qad) or by `qadctl destination export`.</source>
            <translation>schemaVersion %1 n’est pas valide : il doit valoir 1 ou plus. Utilisez un fichier écrit par Exporter (dans qad) ou par `qadctl destination export`.</translation>
        </message>
        <message>
            <location line="-6" />
            <source>This destination was exported by a newer qad (schema version %1; this version reads up to %2). Upgrade qad to import it.</source>
            <translation>Cette destination a été exportée par une version plus récente de qad (version de schéma %1 ; cette version lit jusqu’à la version %2). Mettez qad à jour pour l’importer.</translation>
        </message>
    </context>
    <context>
        <name>qad::FileSource</name>
        <message>
            <location filename="../../app/sources/filesource.cpp" line="+260" />
            <source>%1 was rewritten in place while it was followed (its content before the position read changed): reading it from the start; profiles already sent produce nothing again.</source>
            <translation>%1 a été réécrit sur place pendant son suivi (son contenu avant la position lue a changé) : lecture depuis le début ; les profils déjà envoyés ne produisent rien de nouveau.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>%1 was rewritten since the last run (its content before the saved position changed): reading it from the start; profiles already sent produce nothing again.</source>
            <translation>%1 a été réécrit depuis la dernière exécution (son contenu avant la position enregistrée a changé) : lecture depuis le début ; les profils déjà envoyés ne produisent rien de nouveau.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Cannot open %1: it is a directory; give the path of an NDJSON or JSON-array file.</source>
            <translation>Impossible d’ouvrir %1 : c’est un dossier ; indiquez le chemin d’un fichier NDJSON ou d’un tableau JSON.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot open %1: it became a named pipe or a device, which is read as a stream only when it is one from the start; start again to read it.</source>
            <translation>Impossible d’ouvrir %1 : c’est devenu un tube nommé ou un périphérique, qui n’est lu comme un flux que s’il l’est dès le départ ; relancez pour le lire.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Cannot open %1: No such file; check the path.</source>
            <translation>Impossible d’ouvrir %1 : fichier introuvable ; vérifiez le chemin.</translation>
        </message>
        <message>
            <location line="-349" />
            <source>that file is no longer in %1 (deleted, or compressed)</source>
            <translation>ce fichier n’est plus dans %1 (supprimé ou compressé)</translation>
        </message>
        <message>
            <location line="+261" />
            <source>%1 is not the file read last time (it was rotated or replaced since), and %2: the lines written to that file after line %3 could not be read. Reading %1 from its start.</source>
            <translation>%1 n’est pas le fichier lu la dernière fois (il a été remplacé ou a subi une rotation depuis), et %2 : les lignes écrites dans ce fichier après la ligne %3 n’ont pas pu être lues. Lecture de %1 depuis son début.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>that file, now %1, cannot be opened (%2)</source>
            <translation>ce fichier, désormais %1, ne peut pas être ouvert (%2)</translation>
        </message>
        <message>
            <location line="+69" />
            <location line="+22" />
            <source>Cannot open %1: %2; check that the file is readable.</source>
            <translation>Impossible d’ouvrir %1 : %2 ; vérifiez que le fichier est lisible.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Cannot read %1: %2; check the file and the disk it is on.</source>
            <translation>Impossible de lire %1 : %2 ; vérifiez le fichier et le disque qui le contient.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+180" />
            <source>compressed</source>
            <translation>compressé</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no longer there</source>
            <translation>n’y est plus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>it cannot be opened</source>
            <translation>il ne peut pas être ouvert</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%1 was rotated more than once since it was read last; %n file(s) rotated in between cannot be read, and the lines written there are skipped: %2.</source>
            <translation>
                <numerusform>%1 a subi plus d’une rotation depuis sa dernière lecture ; %n fichier issu d’une rotation intermédiaire ne peut pas être lu, et les lignes qui y ont été écrites sont ignorées : %2.</numerusform>
                <numerusform>%1 a subi plus d’une rotation depuis sa dernière lecture ; %n fichiers issus de rotations intermédiaires ne peuvent pas être lus, et les lignes qui y ont été écrites sont ignorées : %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qad::Ingestor</name>
        <message>
            <location filename="../../app/engine/ingestor.cpp" line="+574" />
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>qad::KeychainSecretStore</name>
        <message>
            <location filename="../../app/secrets/keychainsecretstore.cpp" line="+145" />
            <source>Cannot read the API token of destination "%1" from the keychain</source>
            <translation>Impossible de lire dans le trousseau le jeton d’API de la destination « %1 »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot store the API token of destination "%1" in the keychain</source>
            <translation>Impossible d’enregistrer dans le trousseau le jeton d’API de la destination « %1 »</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot delete the API token of destination "%1" from the keychain</source>
            <translation>Impossible de supprimer du trousseau le jeton d’API de la destination « %1 »</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The keychain did not answer within %1 s: is a Secret Service (gnome-keyring, KWallet) running and unlocked? On a server without a keychain set %2.</source>
            <translation>Le trousseau n’a pas répondu dans les %1 s : un Secret Service (gnome-keyring, KWallet) est-il lancé et déverrouillé ? Sur un serveur sans trousseau, définissez %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The API token of destination "%1" was not read: you stopped waiting for the keychain. Try again once it is unlocked.</source>
            <translation>Le jeton d’API de la destination « %1 » n’a pas été lu : vous avez cessé d’attendre le trousseau. Réessayez une fois celui-ci déverrouillé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The API token of destination "%1" was not stored: you stopped waiting for the keychain (should it answer later, it may still store it). Try again once it is unlocked.</source>
            <translation>Le jeton d’API de la destination « %1 » n’a pas été enregistré : vous avez cessé d’attendre le trousseau (s’il répond plus tard, il peut encore l’enregistrer). Réessayez une fois celui-ci déverrouillé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The API token of destination "%1" was not deleted: you stopped waiting for the keychain (should it answer later, it may still delete it). Try again once it is unlocked.</source>
            <translation>Le jeton d’API de la destination « %1 » n’a pas été supprimé : vous avez cessé d’attendre le trousseau (s’il répond plus tard, il peut encore le supprimer). Réessayez une fois celui-ci déverrouillé.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No API token is stored in the keychain for destination "%1". Store one with `qadctl token set %1` (it reads the token from stdin) or in the destination's settings. If you did store one, unlock the keyring and try again: a locked keyring can also read back as "entry not found". On a server without a keychain set %2.</source>
            <translation>Aucun jeton d’API n’est enregistré dans le trousseau pour la destination « %1 ». Enregistrez-en un avec `qadctl token set %1` (il lit le jeton sur l’entrée standard) ou dans les paramètres de la destination. Si vous en avez bien enregistré un, déverrouillez le trousseau et réessayez : un trousseau verrouillé peut aussi répondre « entry not found ». Sur un serveur sans trousseau, définissez %2.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: no keychain is available (%2). Install and start a Secret Service such as gnome-keyring or KWallet, or on a server without a keychain set %3.</source>
            <translation>%1 : aucun trousseau n’est disponible (%2). Installez et lancez un Secret Service comme gnome-keyring ou KWallet, ou, sur un serveur sans trousseau, définissez %3.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: access to the keychain was refused (%2). Unlock the keyring and allow qad to use it, then try again; on a server without a keychain set %3.</source>
            <translation>%1 : l’accès au trousseau a été refusé (%2). Déverrouillez le trousseau et autorisez qad à l’utiliser, puis réessayez ; sur un serveur sans trousseau, définissez %3.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the keychain reported "%2". Check that a Secret Service (gnome-keyring, KWallet) is running and unlocked; on a server without a keychain set %3.</source>
            <translation>%1 : le trousseau a signalé « %2 ». Vérifiez qu’un Secret Service (gnome-keyring, KWallet) est lancé et déverrouillé ; sur un serveur sans trousseau, définissez %3.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Secret Service (libsecret)</source>
            <translation>Secret Service (libsecret)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>KWallet 5 (kwalletd5; libsecret not found)</source>
            <translation>KWallet 5 (kwalletd5 ; libsecret introuvable)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>KWallet 4 (kwalletd; libsecret not found)</source>
            <translation>KWallet 4 (kwalletd ; libsecret introuvable)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>GNOME Keyring (libgnome-keyring; libsecret not found)</source>
            <translation>Trousseau GNOME (libgnome-keyring ; libsecret introuvable)</translation>
        </message>
        <message>
            <location line="+103" />
            <source>macOS Keychain</source>
            <translation>Trousseau macOS</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Windows Credential Manager</source>
            <translation>Gestionnaire d’identification Windows</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Android Keystore</source>
            <translation>Android Keystore</translation>
        </message>
    </context>
    <context>
        <name>qad::MemorySecretStore</name>
        <message>
            <location filename="../../app/secrets/memorysecretstore.cpp" line="+15" />
            <source>The in-memory secret store is set to be unavailable (a test simulating a missing keychain). Set QAD_API_TOKEN or make the store available again.</source>
            <translation>Le magasin de secrets en mémoire est configuré comme indisponible (un test qui simule l’absence de trousseau). Définissez QAD_API_TOKEN ou rendez le magasin de nouveau disponible.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No API token is stored for destination "%1". Store one with `qadctl token set %1`.</source>
            <translation>Aucun jeton d’API n’est enregistré pour la destination « %1 ». Enregistrez-en un avec `qadctl token set %1`.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>In-memory (tests only)</source>
            <translation>En mémoire (tests uniquement)</translation>
        </message>
    </context>
    <context>
        <name>qad::Outcome</name>
        <message>
            <location filename="../../app/delivery/outcome.cpp" line="+99" />
            <source>The endpoint answered with a redirect (HTTP %1) but named no new location; redirects are not followed. Check the destination's URL.</source>
            <translation>Le point de terminaison a répondu par une redirection (HTTP %1) sans indiquer de nouvel emplacement ; les redirections ne sont pas suivies. Vérifiez l’URL de la destination.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The endpoint redirects to %1 (HTTP %2); redirects are not followed: use that URL in the destination.</source>
            <translation>Le point de terminaison redirige vers %1 (HTTP %2) ; les redirections ne sont pas suivies : utilisez cette URL dans la destination.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Qualtrics refused the payload as too large (HTTP 413; bodies over 100 KB are not supported). Map fewer or shorter attributes.</source>
            <translation>Qualtrics a refusé la charge utile car elle est trop volumineuse (HTTP 413 ; les corps de plus de 100 Ko ne sont pas pris en charge). Mappez moins d’attributs, ou des attributs plus courts.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The JSON-event URL was not found (HTTP 404). Check the destination's URL: the workflow or its trigger may have been deleted.</source>
            <translation>L’URL d’événement JSON est introuvable (HTTP 404). Vérifiez l’URL de la destination : le workflow ou son déclencheur a peut-être été supprimé.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Qualtrics rejected the request (HTTP %1); it is not retried. Check the payload in the history and the destination's mapping.</source>
            <translation>Qualtrics a rejeté la requête (HTTP %1) ; elle ne sera pas retentée. Vérifiez la charge utile dans l’historique et le mappage de la destination.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Qualtrics rejected the request (HTTP %1); it is not retried. Check the destination's URL and authentication mode.</source>
            <translation>Qualtrics a rejeté la requête (HTTP %1) ; elle ne sera pas retentée. Vérifiez l’URL et le mode d’authentification de la destination.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The endpoint does not support this request (HTTP 501). Check that the destination's URL is a Qualtrics JSON-event trigger URL.</source>
            <translation>Le point de terminaison ne prend pas en charge cette requête (HTTP 501). Vérifiez que l’URL de la destination est bien une URL de déclencheur d’événement JSON Qualtrics.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Qualtrics answered with a server error (HTTP %1); it will be retried.</source>
            <translation>Qualtrics a répondu par une erreur serveur (HTTP %1) ; la requête sera retentée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Accepted by Qualtrics (HTTP %1).</source>
            <translation>Acceptée par Qualtrics (HTTP %1).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Qualtrics is rate limiting (HTTP 429, at most 3,000 calls per minute); it will be retried. Lower the destination's rate limit if this repeats.</source>
            <translation>Qualtrics limite le débit (HTTP 429, 3 000 appels par minute au maximum) ; la requête sera retentée. Abaissez la limite de débit de la destination si cela se reproduit.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Qualtrics could not take the request now (HTTP %1); it will be retried.</source>
            <translation>Qualtrics n’a pas pu traiter la requête pour le moment (HTTP %1) ; elle sera retentée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The endpoint answered with an unexpected HTTP status %1. Check that the destination's URL is a Qualtrics JSON-event trigger URL.</source>
            <translation>Le point de terminaison a répondu par un statut HTTP inattendu : %1. Vérifiez que l’URL de la destination est bien une URL de déclencheur d’événement JSON Qualtrics.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No HTTP exchange took place. Use the https JSON-event URL Qualtrics shows for the trigger.</source>
            <translation>Aucun échange HTTP n’a eu lieu. Utilisez l’URL d’événement JSON en https que Qualtrics affiche pour le déclencheur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server refused the connection; it will be retried. If this persists, check the host and port of the destination's URL.</source>
            <translation>Le serveur a refusé la connexion ; la requête sera retentée. Si cela persiste, vérifiez l’hôte et le port de l’URL de la destination.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server closed the connection before answering; it will be retried.</source>
            <translation>Le serveur a fermé la connexion avant de répondre ; la requête sera retentée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The host name could not be resolved (%1); it will be retried. Check the destination's URL and this computer's network and DNS settings.</source>
            <translation>Le nom d’hôte n’a pas pu être résolu (%1) ; la requête sera retentée. Vérifiez l’URL de la destination ainsi que les paramètres réseau et DNS de cet ordinateur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The connection timed out; it will be retried.</source>
            <translation>La connexion a expiré ; la requête sera retentée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request was cancelled before an answer arrived; it will be sent again.</source>
            <translation>La requête a été annulée avant l’arrivée d’une réponse ; elle sera renvoyée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The secure connection failed: %1. TLS errors are never ignored: check the host in the destination's URL, the system's CA certificates and any proxy that intercepts HTTPS.</source>
            <translation>La connexion sécurisée a échoué : %1. Les erreurs TLS ne sont jamais ignorées : vérifiez l’hôte dans l’URL de la destination, les certificats d’autorité (CA) du système et tout proxy qui intercepte le HTTPS.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The endpoint redirects; redirects are not followed. Use the final URL in the destination.</source>
            <translation>Le point de terminaison redirige ; les redirections ne sont pas suivies. Utilisez l’URL finale dans la destination.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The proxy requires authentication (%1). Configure the proxy credentials in the system or environment settings.</source>
            <translation>Le proxy exige une authentification (%1). Configurez les identifiants du proxy dans les paramètres du système ou de l’environnement.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The proxy failed (%1); it will be retried. Check the proxy settings if this persists.</source>
            <translation>Le proxy a échoué (%1) ; la requête sera retentée. Vérifiez les paramètres du proxy si cela persiste.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot be sent (%1). Use the https JSON-event URL Qualtrics shows for the trigger.</source>
            <translation>La requête ne peut pas être envoyée (%1). Utilisez l’URL d’événement JSON en https que Qualtrics affiche pour le déclencheur.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A network error occurred (%1); it will be retried.</source>
            <translation>Une erreur réseau s’est produite (%1) ; la requête sera retentée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or lacks access. The destination is paused and its queue kept: store a valid token in the destination's settings or with `qadctl token set %2`, then resume the destination.</source>
            <translation>Qualtrics a refusé les identifiants (HTTP %1) : le jeton d’API ou le nom d’utilisateur est erroné, a expiré ou n’a pas les droits nécessaires. La destination est mise en pause et sa file d’attente conservée : enregistrez un jeton valide dans les paramètres de la destination ou avec `qadctl token set %2`, puis reprenez la destination.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>DESTINATION-ID</source>
            <translation>ID-DESTINATION</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No answer within the per-attempt deadline; it will be retried. Raise the destination's timeout if this repeats.</source>
            <translation>Aucune réponse dans le délai imparti à chaque tentative ; la requête sera retentée. Augmentez le délai d’expiration de la destination si cela se reproduit.</translation>
        </message>
    </context>
    <context>
        <name>qad::PayloadBuilder</name>
        <message>
            <location filename="../../app/mapping/payloadbuilder.cpp" line="+138" />
            <source>it has no identityMap entries</source>
            <translation>il ne contient aucune entrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has %1</source>
            <translation>il contient %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The profile has no value for any mapped identity: looked for %1 in its identityMap (%2). Map a namespace the profiles carry, or add one of these to the profiles.</source>
            <translation>Le profil n’a de valeur pour aucune identité mappée : recherche de %1 dans son identityMap (%2). Mappez un espace de noms présent dans les profils, ou ajoutez l’un de ceux-ci aux profils.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The profile's only email values are hashed (SHA-256), and Qualtrics needs plain-text addresses. Map the namespace that holds plain-text emails, or map an external_id identity too.</source>
            <translation>Les seules valeurs d’e-mail du profil sont hachées (SHA-256), or Qualtrics a besoin d’adresses en clair. Mappez l’espace de noms qui contient les e-mails en clair, ou mappez aussi une identité external_id.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The profile's only email values are hashed (SHA-256), and Qualtrics needs plain-text addresses; it has no value for the external_id identity mapped (%1) either. Map the namespace that holds plain-text emails, or give the profiles a %1 value.</source>
            <translation>Les seules valeurs d’e-mail du profil sont hachées (SHA-256), or Qualtrics a besoin d’adresses en clair ; il n’a pas non plus de valeur pour l’identité external_id mappée (%1). Mappez l’espace de noms qui contient les e-mails en clair, ou donnez aux profils une valeur %1.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The profile's only email value "%1" is not a plain-text email address. Fix the address in the source data, or map an external_id identity too.</source>
            <translation>La seule valeur d’e-mail du profil, « %1 », n’est pas une adresse e-mail en clair. Corrigez l’adresse dans les données sources, ou mappez aussi une identité external_id.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The profile's only email value "%1" is not a plain-text email address, and it has no value for the external_id identity mapped (%2). Fix the address in the source data, or give the profiles a %2 value.</source>
            <translation>La seule valeur d’e-mail du profil, « %1 », n’est pas une adresse e-mail en clair, et il n’a pas de valeur pour l’identité external_id mappée (%2). Corrigez l’adresse dans les données sources, ou donnez aux profils une valeur %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The profile has no usable value for any mapped identity (%1).</source>
            <translation>Le profil n’a de valeur utilisable pour aucune identité mappée (%1).</translation>
        </message>
        <message numerus="yes">
            <location line="+62" />
            <source>Left out %n hashed email value(s): Qualtrics needs plain-text addresses.</source>
            <translation>
                <numerusform>%n valeur d’e-mail hachée laissée de côté : Qualtrics a besoin d’adresses en clair.</numerusform>
                <numerusform>%n valeurs d’e-mail hachées laissées de côté : Qualtrics a besoin d’adresses en clair.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Left out %n email value(s) that are not plain-text addresses, such as "%1".</source>
            <translation>
                <numerusform>%n valeur d’e-mail qui n’est pas une adresse en clair laissée de côté, par exemple « %1 ».</numerusform>
                <numerusform>%n valeurs d’e-mail qui ne sont pas des adresses en clair laissées de côté, par exemple « %1 ».</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Left out %1: its target %2 is reserved for identities and audiences. Choose another target.</source>
            <translation>%1 laissé de côté : sa cible %2 est réservée aux identités et aux audiences. Choisissez une autre cible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Left out %1: its target %2 collides with another mapped attribute. Give each attribute its own target path.</source>
            <translation>%1 laissé de côté : sa cible %2 entre en conflit avec un autre attribut mappé. Donnez à chaque attribut son propre chemin cible.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>The profile is in none of the destination's %n selected audience(s), so segmentMembership.ups is empty.</source>
            <translation>
                <numerusform>Le profil n’appartient à aucune audience sélectionnée de la destination (%n sélectionnée) : segmentMembership.ups est donc vide.</numerusform>
                <numerusform>Le profil n’appartient à aucune des %n audiences sélectionnées de la destination : segmentMembership.ups est donc vide.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+77" />
            <source>The payload is %1 bytes; Qualtrics accepts at most %2 bytes (100 KB). Map fewer or smaller attributes.</source>
            <translation>La charge utile fait %1 octets ; Qualtrics accepte au plus %2 octets (100 Ko). Mappez moins d’attributs, ou des attributs plus petits.</translation>
        </message>
    </context>
    <context>
        <name>qad::ProfileReader</name>
        <message>
            <location filename="../../app/profiles/profilereader.cpp" line="+34" />
            <source>null</source>
            <translation>null</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a boolean</source>
            <translation>un booléen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a string</source>
            <translation>une chaîne</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nothing (the key is missing)</source>
            <translation>rien (la clé est absente)</translation>
        </message>
        <message>
            <location line="+283" />
            <source>Invalid JSON at offset %1: \%2 is not a JSON escape. JSON knows only \", \\, \/, \b, \f, \n, \r, \t and \u with four hex digits; write a backslash itself as \\.</source>
            <translation>JSON invalide à la position %1 : \%2 n’est pas un échappement JSON. JSON ne connaît que \", \\, \/, \b, \f, \n, \r, \t et \u suivi de quatre chiffres hexadécimaux ; écrivez une barre oblique inverse elle-même \\.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invalid JSON at offset %1: a backslash followed by U+%2 is not a JSON escape. JSON knows only \", \\, \/, \b, \f, \n, \r, \t and \u with four hex digits; write a backslash itself as \\.</source>
            <translation>JSON invalide à la position %1 : une barre oblique inverse suivie de U+%2 n’est pas un échappement JSON. JSON ne connaît que \", \\, \/, \b, \f, \n, \r, \t et \u suivi de quatre chiffres hexadécimaux ; écrivez une barre oblique inverse elle-même \\.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Invalid JSON at offset %1: the control character U+%2 stands unescaped in a string. JSON strings cannot hold tabs, line breaks or other control characters as they are; write it as %3.</source>
            <translation>JSON invalide à la position %1 : le caractère de contrôle U+%2 figure sans échappement dans une chaîne. Une chaîne JSON ne peut pas contenir telles quelles des tabulations, des fins de ligne ou d’autres caractères de contrôle ; écrivez-le %3.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Invalid JSON at offset %1: the number %2 has no digit before its decimal point; write it as %3.</source>
            <translation>JSON invalide à la position %1 : le nombre %2 n’a pas de chiffre avant sa virgule décimale ; écrivez-le %3.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Invalid JSON at offset %1: the number %2 has no digit after its decimal point; write it as %3.</source>
            <translation>JSON invalide à la position %1 : le nombre %2 n’a pas de chiffre après sa virgule décimale ; écrivez-le %3.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invalid JSON at offset %1: \u%2 is half of a surrogate pair, without its other half. A character beyond U+FFFF is written as two escapes, \ud800 to \udbff followed at once by \udc00 to \udfff (like \ud83d\ude00); remove it or complete the pair.</source>
            <translation>JSON invalide à la position %1 : \u%2 est la moitié d’une paire de substitution, sans son autre moitié. Un caractère au-delà de U+FFFF s’écrit avec deux échappements, \ud800 à \udbff suivi immédiatement de \udc00 à \udfff (comme \ud83d\ude00) ; supprimez-le ou complétez la paire.</translation>
        </message>
        <message>
            <location line="+119" />
            <source>%1 must be an object like {"id": "…"}, found %2.</source>
            <translation>%1 doit être un objet comme {"id": "…"} ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1.id must be a string, found %2. Every identity needs its id as a string.</source>
            <translation>%1.id doit être une chaîne ; trouvé : %2. Chaque identité doit avoir son id sous forme de chaîne.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.primary must be true or false, found %2.</source>
            <translation>%1.primary doit valoir true ou false ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.authenticatedState must be a string (ambiguous, authenticated or loggedOut), found %2.</source>
            <translation>%1.authenticatedState doit être une chaîne (ambiguous, authenticated ou loggedOut) ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>identityMap must be an object of namespaces, each an array of identities (like {"Email": [{"id": "…"}]}), found %1.</source>
            <translation>identityMap doit être un objet d’espaces de noms, chacun étant un tableau d’identités (comme {"Email": [{"id": "…"}]}) ; trouvé : %1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 must be an array of identities like [{"id": "…"}], found %2.</source>
            <translation>%1 doit être un tableau d’identités comme [{"id": "…"}] ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 must be an object like {"status": "realized"}, found %2.</source>
            <translation>%1 doit être un objet comme {"status": "realized"} ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.status must be a string: realized, existing or exited; found %2.</source>
            <translation>%1.status doit être une chaîne : realized, existing ou exited ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1.status is "%2", which is not a membership status: use realized, existing or exited.</source>
            <translation>%1.status vaut « %2 », qui n’est pas un statut d’appartenance : utilisez realized, existing ou exited.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.lastQualificationTime must be an ISO-8601 date-time string, found %2.</source>
            <translation>%1.lastQualificationTime doit être une chaîne date-heure ISO 8601 ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>segmentMembership must be an object keyed by namespace (like {"ups": {…}}), found %1.</source>
            <translation>segmentMembership doit être un objet indexé par espace de noms (comme {"ups": {…}}) ; trouvé : %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 must be an object keyed by audience id, found %2.</source>
            <translation>%1 doit être un objet indexé par id d’audience ; trouvé : %2.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The profile is %1 bytes, over the limit of %2 bytes (1 MiB). Split it into smaller profiles or leave out attributes that are not mapped.</source>
            <translation>Le profil fait %1 octets, au-delà de la limite de %2 octets (1 Mio). Scindez-le en profils plus petits ou retirez les attributs qui ne sont pas mappés.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invalid UTF-8 at byte offset %1. Save or export the data as UTF-8.</source>
            <translation>UTF-8 non valide à la position %1 (en octets). Enregistrez ou exportez les données en UTF-8.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The profile nests objects and arrays deeper than %1 levels (at byte offset %2). Flatten the data: deeper nesting is not supported.</source>
            <translation>Le profil imbrique des objets et des tableaux sur plus de %1 niveaux (à la position %2, en octets). Aplatissez les données : une imbrication plus profonde n’est pas prise en charge.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The profile is empty. Each line (or array element) must be one JSON object.</source>
            <translation>Le profil est vide. Chaque ligne (ou élément du tableau) doit être un objet JSON.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The profile is %1, not a JSON object. Each line (or array element) must be one object like {"identityMap": {…}, …}.</source>
            <translation>Le profil est %1, pas un objet JSON. Chaque ligne (ou élément du tableau) doit être un objet comme {"identityMap": {…}, …}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A comma follows the object: remove it. Each line holds one object with nothing after it; objects separated by commas belong in [ ], as one JSON array.</source>
            <translation>Une virgule suit l’objet : supprimez-la. Chaque ligne contient un objet et rien après lui ; des objets séparés par des virgules vont entre [ ], en un seul tableau JSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invalid JSON at offset %1: %2. Check that it is one complete JSON object.</source>
            <translation>JSON non valide à la position %1 : %2. Vérifiez qu’il s’agit d’un objet JSON complet.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The profile is an array, not a JSON object. Give one object per line, or an array of objects as the whole source.</source>
            <translation>Le profil est un tableau, pas un objet JSON. Donnez un objet par ligne, ou un tableau d’objets comme source complète.</translation>
        </message>
    </context>
    <context>
        <name>qad::RecordFramer</name>
        <message>
            <location filename="../../app/sources/recordframer.cpp" line="+40" />
            <source>line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
            <translation>la ligne %1 dépasse 1 Mio (%2 octets) ; scindez-la ou supprimez-la</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the value starting on line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
            <translation>la valeur commençant à la ligne %1 dépasse 1 Mio (%2 octets) ; scindez-la ou supprimez-la</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the array element starting on line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
            <translation>l’élément du tableau commençant à la ligne %1 dépasse 1 Mio (%2 octets) ; scindez-le ou supprimez-le</translation>
        </message>
        <message>
            <location line="+83" />
            <source>it is gzip-compressed, and profiles are read as JSON text. Decompress it first (`gunzip -k`), or stream it decompressed: `gunzip -c FILE | qadctl run ID --source -`.</source>
            <translation>il est compressé avec gzip, et les profils sont lus comme du texte JSON. Décompressez-le d’abord (`gunzip -k`), ou diffusez-le décompressé : `gunzip -c FILE | qadctl run ID --source -`.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it is UTF-16 text (it starts with a UTF-16 byte order mark), and profiles are read as UTF-8. Convert it first, for example with `iconv -f UTF-16 -t UTF-8`.</source>
            <translation>c’est du texte UTF-16 (il commence par une marque d’ordre des octets UTF-16), et les profils sont lus en UTF-8. Convertissez-le d’abord, par exemple avec `iconv -f UTF-16 -t UTF-8`.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>the value starting on line %1 is cut short: the input ends inside it; complete it</source>
            <translation>la valeur commençant à la ligne %1 est tronquée : l’entrée se termine à l’intérieur ; complétez-la</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the array element starting on line %1 is cut short: the input ends inside it; complete it and close the array with ]</source>
            <translation>l’élément du tableau commençant à la ligne %1 est tronqué : l’entrée se termine à l’intérieur ; complétez-le et fermez le tableau par ]</translation>
        </message>
        <message>
            <location line="+8" />
            <source>line %1: the input ends before the closing ] of the array; the file may be cut short. Check that it was written whole, then close the array with ]</source>
            <translation>ligne %1 : l’entrée se termine avant le ] qui ferme le tableau ; le fichier est peut-être tronqué. Vérifiez qu’il a été écrit en entier, puis fermez le tableau avec ]</translation>
        </message>
        <message>
            <location line="+146" />
            <source>line %1: a comma before the closing ] of the array has no element after it; remove the comma</source>
            <translation>ligne %1 : une virgule avant le ] fermant du tableau n’est suivie d’aucun élément ; supprimez la virgule</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1: an array element is missing before this comma; remove the extra comma</source>
            <translation>ligne %1 : il manque un élément de tableau avant cette virgule ; supprimez la virgule en trop</translation>
        </message>
        <message>
            <location line="+48" />
            <source>line %1: a comma between two values; remove it, or put the values in [ ]</source>
            <translation>ligne %1 : une virgule entre deux valeurs ; supprimez-la, ou mettez les valeurs entre [ ]</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1: a comma is missing between two array elements; add it</source>
            <translation>ligne %1 : il manque une virgule entre deux éléments du tableau ; ajoutez-la</translation>
        </message>
        <message>
            <location line="+9" />
            <source>line %1: unexpected data after the closing ] of the array; remove it</source>
            <translation>ligne %1 : données inattendues après le ] fermant du tableau ; supprimez-les</translation>
        </message>
    </context>
    <context>
        <name>qad::RequestView</name>
        <message>
            <location filename="../../app/delivery/requestview.cpp" line="+28" />
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>(not a valid URL)</source>
            <translation>(URL non valide)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Status: %1</source>
            <translation>Statut : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status: no response</source>
            <translation>Statut : aucune réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Latency: %1 ms</source>
            <translation>Latence : %1 ms</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Size: %Ln byte(s)</source>
            <comment>the size of the endpoint's answer</comment>
            <translation>
                <numerusform>Taille : %Ln octet</numerusform>
                <numerusform>Taille : %Ln octets</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Request ID: %1</source>
            <translation>ID de requête : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notice: %1</source>
            <translation>Avis : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Location: %1</source>
            <translation>Emplacement : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome: %1 (%2) — would be retried: %3</source>
            <translation>Résultat : %1 (%2) — serait retentée : %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Response headers:</source>
            <translation>En-têtes de la réponse :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Response body:</source>
            <translation>Corps de la réponse :</translation>
        </message>
    </context>
    <context>
        <name>qad::SqliteStatement</name>
        <message>
            <location filename="../../app/storage/sqlitestatement.cpp" line="+37" />
            <source>the database is not an open SQLite database</source>
            <translation>la base de données n’est pas une base SQLite ouverte</translation>
        </message>
    </context>
    <context>
        <name>qad::SqliteStorage</name>
        <message>
            <location filename="../../app/storage/sqlitestorage.cpp" line="+576" />
            <source>The Qt SQLite driver is missing: install the package libqt6sql6-sqlite.</source>
            <translation>Le pilote SQLite de Qt est absent : installez le paquet libqt6sql6-sqlite.</translation>
        </message>
        <message>
            <location line="-111" />
            <source>%1 failed: %2. The database %3 is damaged, or is not qad's. qad does not change it: quit qad and qadctl, then move it away to start with an empty history, or put a backup in its place.</source>
            <translation>%1 : échec (%2). La base de données %3 est endommagée, ou n’est pas celle de qad. qad n’y touche pas : quittez qad et qadctl, puis déplacez-la ailleurs pour repartir d’un historique vide, ou remettez une sauvegarde à sa place.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 failed: %2. Free some space on the disk that holds %3: what was saved before is kept.</source>
            <translation>%1 : échec (%2). Libérez de la place sur le disque qui contient %3 : ce qui a déjà été enregistré est conservé.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 failed: %2. The database %3 stayed locked too long: if another program holds it (a database browser, a backup tool), close it, then try again.</source>
            <translation>%1 : échec (%2). La base de données %3 est restée verrouillée trop longtemps : si un autre programme la tient (un navigateur de bases de données, un outil de sauvegarde), fermez-le, puis réessayez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 failed: %2. Check that you may write to %3 and to its directory.</source>
            <translation>%1 : échec (%2). Vérifiez que vous pouvez écrire dans %3 et dans son dossier.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 failed: %2. Check that the data directory %3 is writable and the disk is not full.</source>
            <translation>%1 : échec (%2). Vérifiez que le dossier de données %3 est accessible en écriture et que le disque n’est pas plein.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+16" />
            <source>Checking the database</source>
            <translation>Vérification de la base de données</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening the database</source>
            <translation>Ouverture de la base de données</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening the database (%1)</source>
            <translation>Ouverture de la base de données (%1)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The database %1 was written by a newer qad (schema %2, this one knows %3). Upgrade qad, or point --data-dir elsewhere.</source>
            <translation>La base de données %1 a été écrite par une version plus récente de qad (schéma %2, cette version connaît le schéma %3). Mettez qad à jour, ou indiquez un autre dossier avec --data-dir.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Starting a migration</source>
            <translation>Démarrage d’une migration</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Migrating the database to schema %1 failed: %2. The history's search needs SQLite 3.34 or newer built with FTS5: upgrade the system's SQLite library (libsqlite3).</source>
            <translation>La migration de la base vers le schéma %1 a échoué : %2. La recherche dans l’historique demande SQLite 3.34 ou plus récent, compilé avec FTS5 : mettez à jour la bibliothèque SQLite du système (libsqlite3).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>Migrating the database to schema %1</source>
            <translation>Migration de la base de données vers le schéma %1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Preparing to record attempts</source>
            <translation>Préparation de l’enregistrement des tentatives</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+34" />
            <source>Recording an attempt of activation %1</source>
            <translation>Enregistrement d’une tentative de l’activation %1</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Cannot record an attempt: activation %1 is not in the history.</source>
            <translation>Impossible d’enregistrer une tentative : l’activation %1 n’est pas dans l’historique.</translation>
        </message>
        <message>
            <location line="+79" />
            <location filename="../../app/storage/sqlitestorage_engine.cpp" line="+234" />
            <source>Saving an exclusion</source>
            <translation>Enregistrement d’une exclusion</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Reading activation %1</source>
            <translation>Lecture de l’activation %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No activation %1 in the history.</source>
            <translation>Aucune activation %1 dans l’historique.</translation>
        </message>
        <message>
            <location line="+103" />
            <location line="+7" />
            <location line="+146" />
            <source>Reading the history</source>
            <translation>Lecture de l’historique</translation>
        </message>
        <message>
            <location line="-72" />
            <location line="+12" />
            <source>Searching the history</source>
            <translation>Recherche dans l’historique</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+7" />
            <source>Counting the history</source>
            <translation>Comptage de l’historique</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reading the attempts of %1</source>
            <translation>Lecture des tentatives de %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Reading the exclusions</source>
            <translation>Lecture des exclusions</translation>
        </message>
        <message>
            <location filename="../../app/storage/sqlitestorage_engine.cpp" line="-51" />
            <source>Preparing to save activations</source>
            <translation>Préparation de l’enregistrement des activations</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+5" />
            <source>Saving activation %1</source>
            <translation>Enregistrement de l’activation %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Preparing to save exclusions</source>
            <translation>Préparation de l’enregistrement des exclusions</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Preparing to save rejected lines</source>
            <translation>Préparation de l’enregistrement des lignes rejetées</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saving a rejected line</source>
            <translation>Enregistrement d’une ligne rejetée</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+26" />
            <source>Preparing to save profile states</source>
            <translation>Préparation de l’enregistrement des états des profils</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+19" />
            <source>Saving the exported state of %1</source>
            <translation>Enregistrement de l’état exporté de %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Preparing to save read positions</source>
            <translation>Préparation de l’enregistrement des positions de lecture</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saving the read position of %1</source>
            <translation>Enregistrement de la position de lecture de %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Preparing to update the delivery counters</source>
            <translation>Préparation de la mise à jour des compteurs de livraison</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Updating the delivery counters</source>
            <translation>Mise à jour des compteurs de livraison</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Preparing to update the delivery state</source>
            <translation>Préparation de la mise à jour de l’état de diffusion</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Updating the delivery state</source>
            <translation>Mise à jour de l’état de diffusion</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the delivery state of %1</source>
            <translation>Lecture de l’état de diffusion de %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Starting to save ingested profiles</source>
            <translation>Début de l’enregistrement des profils ingérés</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Saving ingested profiles</source>
            <translation>Enregistrement des profils ingérés</translation>
        </message>
        <message>
            <location line="+54" />
            <location line="+19" />
            <source>Reading the exported states of profiles</source>
            <translation>Lecture des derniers états exportés des profils</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the read position of %1</source>
            <translation>Lecture de la position de lecture de %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reading the rejected lines</source>
            <translation>Lecture des lignes rejetées</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Requeueing the activations that were being sent</source>
            <translation>Remise en file des activations en cours d’envoi</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+8" />
            <location line="+22" />
            <source>Looking for unanswered test sends</source>
            <translation>Recherche des envois de test restés sans réponse</translation>
        </message>
        <message>
            <location line="+55" />
            <location line="+54" />
            <source>Preparing to claim due activations</source>
            <translation>Préparation de la prise en charge des activations dues</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Finding due activations of %1</source>
            <translation>Recherche des activations dues de %1</translation>
        </message>
        <message>
            <location line="+537" />
            <source>Purging the history older than %1</source>
            <translation>La purge de l’historique antérieur au %1</translation>
        </message>
        <message>
            <location line="-482" />
            <source>Starting to claim due activations</source>
            <translation>Début de la prise en charge des activations dues</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+25" />
            <source>Claiming due activations</source>
            <translation>Prise en charge des activations dues</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Starting to requeue activations</source>
            <translation>Début de la remise en file d’attente des activations</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preparing to requeue activations</source>
            <translation>Préparation de la remise en file d’attente des activations</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Requeueing activation %1</source>
            <translation>Remise en file d’attente de l’activation %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Requeueing activations</source>
            <translation>Remise en file d’attente des activations</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Finding the next retry</source>
            <translation>Recherche de la prochaine nouvelle tentative</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Starting to record attempts</source>
            <translation>Début de l’enregistrement des tentatives</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Recording %n attempt(s)</source>
            <translation>
                <numerusform>Enregistrement de %n tentative</numerusform>
                <numerusform>Enregistrement de %n tentatives</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <location line="+4" />
            <source>Replaying the failed activations of %1</source>
            <translation>Rejeu des activations en échec de %1</translation>
        </message>
        <message>
            <location filename="../../app/storage/sqlitestorage.cpp" line="-801" />
            <source>Activation %1 was a test send and is not replayed: send a test again instead.</source>
            <translation>L’activation %1 était un envoi de test et n’est pas rejouée : refaites plutôt un envoi de test.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Activation %1 is %2, so it is still queued and will be sent: only a failed or succeeded activation can be replayed.</source>
            <translation>L’activation %1 est à l’état %2 : elle est donc toujours en file et sera envoyée ; seule une activation en échec ou réussie peut être rejouée.</translation>
        </message>
        <message>
            <location filename="../../app/storage/sqlitestorage_engine.cpp" line="+11" />
            <location line="+12" />
            <location line="+12" />
            <location line="+17" />
            <location line="+4" />
            <source>Replaying activation %1</source>
            <translation>Rejeu de l’activation %1</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Activation %1 changed while it was being replayed: look at its status and try again.</source>
            <translation>L’activation %1 a changé pendant qu’elle était rejouée : vérifiez son statut et réessayez.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Counting the queued activations</source>
            <translation>Comptage des activations en file d’attente</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Reading the delivery counters of %1</source>
            <translation>Lecture des compteurs de livraison de %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reading the hourly counters of %1</source>
            <translation>Lecture des compteurs horaires de %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reading the queue of %1</source>
            <translation>Lecture de la file d’attente de %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Reading the status of %1</source>
            <translation>Lecture du statut de %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Reading the state of %1</source>
            <translation>Lecture de l’état de %1</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saving the state of %1</source>
            <translation>Enregistrement de l’état de %1</translation>
        </message>
        <message>
            <location line="+124" />
            <source>Saving an alert</source>
            <translation>Enregistrement d’une alerte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Acknowledging alert %1</source>
            <translation>Acquittement de l’alerte %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no alert %1: list the open alerts with `qadctl status`.</source>
            <translation>Il n’existe pas d’alerte %1 : listez les alertes ouvertes avec `qadctl status`.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reading the open alerts</source>
            <translation>Lecture des alertes ouvertes</translation>
        </message>
    </context>
    <context>
        <name>qad::StdinSource</name>
        <message>
            <location filename="../../app/sources/stdinsource.cpp" line="+215" />
            <source>Cannot read standard input: %1</source>
            <translation>Impossible de lire l’entrée standard : %1</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Standard input cannot be resumed from a checkpoint; read from a file to continue where a previous run stopped.</source>
            <translation>L’entrée standard ne peut pas reprendre à partir d’un point de reprise ; lisez depuis un fichier pour continuer là où une exécution précédente s’est arrêtée.</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Cannot open %1: it is a socket, which cannot be read like a file; give a named pipe (mkfifo), a file, or - for standard input.</source>
            <translation>Impossible d’ouvrir %1 : c’est un socket, qui ne se lit pas comme un fichier ; indiquez un tube nommé (mkfifo), un fichier, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot open %1: %2; check that it is readable.</source>
            <translation>Impossible d’ouvrir %1 : %2 ; vérifiez qu’il est lisible.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Cannot read standard input: %1; check the program feeding it.</source>
            <translation>Impossible de lire l’entrée standard : %1 ; vérifiez le programme qui l’alimente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot read %1: %2; check the program writing to it.</source>
            <translation>Impossible de lire %1 : %2 ; vérifiez le programme qui y écrit.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2; reading goes on once it can be opened again.</source>
            <translation>Impossible d’ouvrir %1 : %2 ; la lecture reprendra dès qu’il pourra être rouvert.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is no longer a named pipe: reading goes on once one is there again. To read a file at that path, start again.</source>
            <translation>%1 n’est plus un tube nommé : la lecture reprendra dès qu’il y en aura de nouveau un. Pour lire un fichier à cet emplacement, relancez.</translation>
        </message>
    </context>
    <context>
        <name>qad::StreamEngine</name>
        <message>
            <location filename="../../app/engine/streamengine.cpp" line="+120" />
            <source>Reading %1 again.</source>
            <translation>Lecture de %1 reprise.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 The run stops: run it again once that is fixed; it resumes after the last profile saved.</source>
            <translation>%1 L’exécution s’arrête : relancez-la une fois le problème réglé ; elle reprend après le dernier profil enregistré.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 Reading waits: the same profiles are saved as soon as that works (tried every second); nothing read is lost.</source>
            <translation>%1 La lecture attend : les mêmes profils sont enregistrés dès que cela fonctionne (nouvel essai chaque seconde) ; rien de ce qui a été lu n’est perdu.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saving profiles works again: reading goes on.</source>
            <translation>L’enregistrement des profils fonctionne de nouveau : la lecture reprend.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>standard input</source>
            <translation>l’entrée standard</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Stopped while waiting to save %n profile(s) read from %1:</source>
            <translation>
                <numerusform>Arrêté en attendant d’enregistrer %n profil lu dans %1 :</numerusform>
                <numerusform>Arrêté en attendant d’enregistrer %n profils lus dans %1 :</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 %2 They were not saved: they are read again at the next start.</source>
            <translation>%1 %2 Ils n’ont pas été enregistrés : ils seront relus au prochain démarrage.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 %2 They were not saved, and cannot be read again from there: give them to the next run again.</source>
            <translation>%1 %2 Ils n’ont pas été enregistrés et ne peuvent pas être relus depuis cette source : fournissez-les de nouveau à la prochaine exécution.</translation>
        </message>
        <message numerus="yes">
            <location line="+67" />
            <source>Destination "%1" is paused: %n activation(s) stay queued, not sent. Resume it (%2) and run again to send them.</source>
            <translation>
                <numerusform>La destination « %1 » est en pause : %n activation reste en file d’attente, non envoyée. Reprenez-la (%2) et relancez l’exécution pour l’envoyer.</numerusform>
                <numerusform>La destination « %1 » est en pause : %n activations restent en file d’attente, non envoyées. Reprenez-la (%2) et relancez l’exécution pour les envoyer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+95" />
            <source>Qualtrics says of "%1": %2 (told once per run; every attempt keeps it: `qadctl history %3 --json`)</source>
            <translation>Qualtrics indique pour « %1 » : %2 (signalé une fois par exécution ; chaque tentative le conserve : `qadctl history %3 --json`)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Retrying an activation to "%1": %2 Later retries for the same cause are counted, not told; `qadctl history %3 --status retrying` lists them.</source>
            <translation>Nouvelle tentative pour une activation vers « %1 » : %2 Les nouvelles tentatives suivantes pour la même cause sont comptées, sans être signalées ; `qadctl history %3 --status retrying` les liste.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Destination "%1" paused (%2): activations are queued, not sent, until it is resumed.</source>
            <translation>Destination « %1 » mise en pause (%2) : les activations sont mises en file, pas envoyées, jusqu’à la reprise.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Destination "%1" paused (%2): %3</source>
            <translation>Destination « %1 » mise en pause (%2) : %3</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Destination "%1" resumed.</source>
            <translation>Destination « %1 » reprise.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Cannot create the lock file %1 that keeps a destination to one stream at a time (%2). Check that the data directory is writable and its disk is not full.</source>
            <translation>Impossible de créer le fichier de verrou %1 qui réserve une destination à une seule diffusion à la fois (%2). Vérifiez que le dossier de données est accessible en écriture et que son disque n’est pas plein.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no permission to write there</source>
            <translation>pas de permission d’y écrire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it could not be written</source>
            <translation>il n’a pas pu être écrit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Destination "%1" is already streaming in another process (%2, pid %3). Stop it first: two streams would read and send the same updates.</source>
            <translation>La destination « %1 » est déjà en diffusion dans un autre processus (%2, pid %3). Arrêtez-la d’abord : deux diffusions liraient et enverraient les mêmes mises à jour.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 was rewritten past the point where reading resumes since "%2" last read it: the profiles after that point are read again for "%2"; those already sent produce nothing again.</source>
            <translation>%1 a été réécrit au-delà du point où la lecture reprend depuis la dernière lecture de « %2 » : les profils situés après ce point sont relus pour « %2 » ; ceux déjà envoyés ne produisent rien de nouveau.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%2" last read %1 in a file rotated away since, other than the one read first for the other destinations: the lines written to that file after the point "%2" reached are not read for it; it gets %1 from its start.</source>
            <translation>« %2 » a lu %1 pour la dernière fois dans un fichier qui a subi une rotation depuis, autre que celui lu en premier pour les autres destinations : les lignes écrites dans ce fichier après le point atteint par « %2 » ne sont pas lues pour elle ; elle reçoit %1 depuis son début.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Destination "%1" is paused in its configuration (%2): activations are queued, not sent, until it is resumed (%3).</source>
            <translation>La destination « %1 » est en pause dans sa configuration (%2) : les activations sont mises en file, pas envoyées, jusqu’à sa reprise (%3).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Destination "%1" is paused (%2): activations are queued, not sent, until it is resumed (%3).</source>
            <translation>La destination « %1 » est en pause (%2) : les activations sont mises en file, pas envoyées, jusqu’à sa reprise (%3).</translation>
        </message>
        <message>
            <location line="-10" />
            <source>no reason given</source>
            <translation>sans raison indiquée</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Destination "%1" has no audience selected: no profile can qualify, so nothing is sent to it. Add one with `qadctl destination edit %2 --audience ID`.</source>
            <translation>La destination « %1 » n’a aucune audience sélectionnée : aucun profil ne peut y être admissible, donc rien ne lui est envoyé. Ajoutez-en une avec `qadctl destination edit %2 --audience ID`.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1 Delivery waits: the outcomes of what was sent are kept and written as soon as that works (tried every second), and no further activation is taken from the queue until then.</source>
            <translation>%1 La diffusion attend : les résultats de ce qui a été envoyé sont conservés et enregistrés dès que cela fonctionne (nouvel essai chaque seconde), et aucune autre activation n’est prise dans la file d’ici là.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Stopped while waiting to record what was sent: %1 The outcomes of %n activation(s) were not recorded: they are sent again at the next start.</source>
            <translation>
                <numerusform>Arrêté en attendant d’enregistrer ce qui a été envoyé : %1 Le résultat de %n activation n’a pas été enregistré : elle sera renvoyée au prochain démarrage.</numerusform>
                <numerusform>Arrêté en attendant d’enregistrer ce qui a été envoyé : %1 Les résultats de %n activations n’ont pas été enregistrés : elles seront renvoyées au prochain démarrage.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stopped while delivery waited for the database: %1 Nothing sent is lost: what is queued is sent at the next start.</source>
            <translation>Arrêté pendant que la diffusion attendait la base de données : %1 Rien de ce qui a été envoyé n’est perdu : ce qui est en file d’attente sera envoyé au prochain démarrage.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recording deliveries works again: sending goes on.</source>
            <translation>L’enregistrement des envois fonctionne de nouveau : l’envoi reprend.</translation>
        </message>
    </context>
    <context>
        <name>qad::TestSend</name>
        <message>
            <location filename="../../app/engine/testsend.cpp" line="+63" />
            <source>The program closed before the answer arrived. The request may have reached Qualtrics: check the workflow's runs before you send it again.</source>
            <translation>Le programme s’est fermé avant l’arrivée de la réponse. La requête a peut-être atteint Qualtrics : vérifiez les exécutions du workflow avant de l’envoyer à nouveau.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The program that sent this test ended (a crash, or it was killed) before the answer arrived. The request may have reached Qualtrics: check the workflow's runs before you send it again.</source>
            <translation>Le programme qui a envoyé ce test s’est arrêté (un plantage, ou il a été tué) avant l’arrivée de la réponse. La requête a pu atteindre Qualtrics : vérifiez les exécutions du workflow avant de l’envoyer de nouveau.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing was sent: destination "%1" is not valid. Fix it first (Edit in qad, or qadctl destination edit):
%2</source>
            <translation>Rien n’a été envoyé : la destination « %1 » n’est pas valide. Corrigez-la d’abord (Modifier dans qad, ou qadctl destination edit) :
%2</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or lacks access. Set a valid token (the Authenticate page of Edit in qad, or `qadctl token set %2`), then send again. A test send pauses nothing.</source>
            <translation>Qualtrics a refusé les identifiants (HTTP %1) : le jeton d’API ou le nom d’utilisateur est faux, expiré ou sans accès. Indiquez un jeton valide (page Authentification de Modifier dans qad, ou `qadctl token set %2`), puis renvoyez. Un envoi de test ne met rien en pause.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Qualtrics could not take the test now (HTTP %1). A stream would retry it; a test send is sent once: send it again later.</source>
            <translation>Qualtrics n’a pas pu prendre le test maintenant (HTTP %1). Une diffusion le renverrait ; un envoi de test part une seule fois : renvoyez-le plus tard.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The test send got no answer (%1). A stream would retry it; a test send is sent once: check the connection, then send it again.</source>
            <translation>L’envoi de test n’a reçu aucune réponse (%1). Une diffusion le renverrait ; un envoi de test part une seule fois : vérifiez la connexion, puis renvoyez-le.</translation>
        </message>
    </context>
    <context>
        <name>qad::TlsTrust</name>
        <message>
            <location filename="../../app/delivery/tlstrust.cpp" line="+21" />
            <source>Cannot read the certificate authorities in "%1" (%2): %3. Point %4 to a readable PEM file, or unset it.</source>
            <translation>Impossible de lire les autorités de certification de « %1 » (%2) : %3. Faites pointer %4 vers un fichier PEM lisible, ou supprimez cette variable.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" holds no PEM certificate (a block starting with "-----BEGIN CERTIFICATE-----"). Point %2 to the PEM file of the certificate authority to trust, or unset it.</source>
            <translation>« %1 » ne contient aucun certificat PEM (un bloc commençant par « -----BEGIN CERTIFICATE----- »). Faites pointer %2 vers le fichier PEM de l’autorité de certification à approuver, ou supprimez cette variable.</translation>
        </message>
    </context>
    <context>
        <name>qad::TokenResolver</name>
        <message>
            <location filename="../../app/secrets/tokenresolver.cpp" line="+25" />
            <source>%1 holds a space, a tab, a line break or another control character inside the token: set it to the API token alone.</source>
            <translation>%1 contient une espace, une tabulation, un saut de ligne ou un autre caractère de contrôle dans le jeton : n’y mettez que le jeton d’API.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The API token of destination "%1" in the keychain holds a space, a line break or another control character: store it again with `qadctl token set %1`.</source>
            <translation>Le jeton d’API de la destination « %1 » dans le trousseau contient une espace, un saut de ligne ou un autre caractère de contrôle : enregistrez-le de nouveau avec `qadctl token set %1`.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No API token for destination "%1": store one with `qadctl token set %1`, or set %2.</source>
            <translation>Aucun jeton d’API pour la destination « %1 » : enregistrez-en un avec `qadctl token set %1`, ou définissez %2.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>environment (QAD_API_TOKEN)</source>
            <translation>environnement (QAD_API_TOKEN)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>keychain</source>
            <translation>trousseau</translation>
        </message>
        <message>
            <location line="+4" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>qad::Validation</name>
        <message>
            <location filename="../../app/config/validation.cpp" line="+152" />
            <source>Basic authentication needs your Qualtrics user name: enter it, or choose header authentication (X-API-TOKEN) instead.</source>
            <translation>L’authentification Basic nécessite votre nom d’utilisateur Qualtrics : saisissez-le, ou choisissez plutôt l’authentification par en-tête (X-API-TOKEN).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A user name for Basic authentication cannot contain ":": enter the user name exactly as Qualtrics shows it.</source>
            <translation>Un nom d’utilisateur pour l’authentification Basic ne peut pas contenir « : » : saisissez le nom d’utilisateur exactement comme Qualtrics l’affiche.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Map at least one identity, for example Email to email or ECID to external_id.</source>
            <translation>Mappez au moins une identité, par exemple Email vers email ou ECID vers external_id.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The source identity namespace is empty: enter a namespace of the profile's identityMap, such as Email or ECID.</source>
            <translation>L’espace de noms d’identité source est vide : saisissez un espace de noms de l’identityMap du profil, comme Email ou ECID.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The namespace "%1" is mapped more than once (namespaces compare without regard to case): remove the extra mapping.</source>
            <translation>L’espace de noms « %1 » est mappé plusieurs fois (les espaces de noms sont comparés sans tenir compte de la casse) : supprimez le mappage en trop.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>The source must be a dotted profile path with no empty part, such as person.name.firstName: fix or remove this mapping.</source>
            <translation>La source doit être un chemin de profil à points, sans partie vide, comme person.name.firstName : corrigez ou supprimez ce mappage.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The source path has %1 parts, and profiles nest at most %2 levels deep, so it is never found: shorten it to the path of a profile attribute.</source>
            <translation>Le chemin source a %1 parties, et les profils ne s’imbriquent que sur %2 niveaux au plus : il n’est donc jamais trouvé. Raccourcissez-le au chemin d’un attribut du profil.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The target must be a field name or a dotted path with no empty part, such as firstName or person.firstName: fix or remove this mapping.</source>
            <translation>La cible doit être un nom de champ ou un chemin à points sans partie vide, comme firstName ou person.firstName : corrigez ou supprimez ce mappage.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target path has %1 parts; a payload can nest at most %2 levels deep. Shorten it, for example to firstName or person.firstName.</source>
            <translation>Le chemin cible a %1 parties ; une charge utile ne peut s’imbriquer que sur %2 niveaux au plus. Raccourcissez-le, par exemple en firstName ou person.firstName.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The target "%1" is reserved: qad fills identityMap and segmentMembership itself. Choose another target name.</source>
            <translation>La cible « %1 » est réservée : qad remplit lui-même identityMap et segmentMembership. Choisissez un autre nom de cible.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The target "%1" is already used by attribute mapping %2 (from %3): each target can be mapped once; rename or remove one of them.</source>
            <translation>La cible « %1 » est déjà utilisée par le mappage d’attribut %2 (depuis %3) : chaque cible ne peut être mappée qu’une fois ; renommez ou supprimez l’une des deux.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The target "%1" overlaps the target "%2" of attribute mapping %3 (from %4): "%5" would be overwritten by the object "%6". Rename one of them.</source>
            <translation>La cible « %1 » chevauche la cible « %2 » du mappage d’attribut %3 (depuis %4) : « %5 » serait écrasé par l’objet « %6 ». Renommez l’une des deux.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Qualtrics recommends camelCase field names: consider "%1".</source>
            <translation>Qualtrics recommande des noms de champs en camelCase : envisagez « %1 ».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualtrics recommends camelCase field names: start each part with a lowercase letter and use only letters and digits.</source>
            <translation>Qualtrics recommande des noms de champs en camelCase : commencez chaque partie par une minuscule et n’utilisez que des lettres et des chiffres.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No audience is selected, so no profile can qualify and nothing is sent: add the Experience Platform audiences whose members should start the workflow.</source>
            <translation>Aucune audience n’est sélectionnée : aucun profil ne peut être admissible et rien n’est envoyé. Ajoutez les audiences Experience Platform dont les membres doivent démarrer le workflow.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The audience id is empty: copy the audience id from Experience Platform (Audiences, audience details).</source>
            <translation>L’id d’audience est vide : copiez l’id de l’audience depuis Experience Platform (Audiences, détails de l’audience).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An audience id has no spaces: copy the id of the audience, not its name.</source>
            <translation>Un id d’audience ne contient pas d’espace : copiez l’id de l’audience, pas son nom.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The audience %1 is selected twice: remove one.</source>
            <translation>L’audience %1 est sélectionnée deux fois : supprimez-en une.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Segmentation Service audience ids look like 046456e3-18e1-48a6-9bda-d68547861283: check that you copied the audience id.</source>
            <translation>Les id d’audience du Segmentation Service ressemblent à 046456e3-18e1-48a6-9bda-d68547861283 : vérifiez que vous avez copié l’id de l’audience.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Experience Platform writes audience ids in lower case (%1), and profiles are matched on the exact id: "%2" would never match. Use the id in lower case.</source>
            <translation>Experience Platform écrit les identifiants d’audience en minuscules (%1), et les profils sont comparés à l’identifiant exact : « %2 » ne correspondrait jamais. Utilisez l’identifiant en minuscules.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The end date %1 is before the start date %2: swap them or correct one.</source>
            <translation>La date de fin %1 est antérieure à la date de début %2 : inversez-les ou corrigez l’une d’elles.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The rate limit cannot be negative: enter calls per minute, or 0 for no limit.</source>
            <translation>La limite de débit ne peut pas être négative : saisissez un nombre d’appels par minute, ou 0 pour aucune limite.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualtrics accepts at most %1 calls per minute; faster sending will be refused with 429. Lower the rate limit to %1 or less.</source>
            <translation>Qualtrics accepte au plus %1 appels par minute ; un envoi plus rapide sera refusé avec 429. Abaissez la limite de débit à %1 ou moins.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Concurrency must be between 1 and %1 requests in flight; the default is 6.</source>
            <translation>La simultanéité doit être comprise entre 1 et %1 requêtes en parallèle ; la valeur par défaut est 6.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The timeout must be between 1 and %1 seconds; the default is 10.</source>
            <translation>Le délai d’expiration doit être compris entre 1 et %1 secondes ; la valeur par défaut est 10.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A retry delay must be at least 1 second: correct or remove it.</source>
            <translation>Un délai avant nouvelle tentative doit être d’au moins 1 seconde : corrigez-le ou supprimez-le.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The repeat interval must be at least 1 second; the default is 7200 (2 hours).</source>
            <translation>L’intervalle de répétition doit être d’au moins 1 seconde ; la valeur par défaut est 7200 (2 heures).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The retry horizon must be at least 1 second; the default is 86400 (24 hours).</source>
            <translation>L’horizon des nouvelles tentatives doit être d’au moins 1 seconde ; la valeur par défaut est 86400 (24 heures).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The delay threshold must be at least 1 minute; the default is 150.</source>
            <translation>Le seuil de retard doit être d’au moins 1 minute ; la valeur par défaut est 150.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The skipped-rate threshold is a percentage: enter a value from 0 to 100; the default is 1.</source>
            <translation>Le seuil du taux d’activations ignorées est un pourcentage : saisissez une valeur de 0 à 100 ; la valeur par défaut est 1.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A name is required: enter a short name, such as "Onboarding survey".</source>
            <translation>Un nom est obligatoire : saisissez un nom court, comme « Enquête d’intégration ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The name has %1 characters: shorten it to %2 or fewer.</source>
            <translation>Le nom compte %1 caractères : raccourcissez-le à %2 caractères au plus.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The name holds a tab, a line break or another control character: use letters, digits, spaces and punctuation only.</source>
            <translation>Le nom contient une tabulation, un saut de ligne ou un autre caractère de contrôle : n’utilisez que des lettres, des chiffres, des espaces et de la ponctuation.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Another destination is already named "%1": choose a different name.</source>
            <translation>Une autre destination s’appelle déjà « %1 » : choisissez un autre nom.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The JSON event URL is required: copy it from the JSON Event trigger of your Qualtrics workflow.</source>
            <translation>L’URL d’événement JSON est obligatoire : copiez-la depuis le déclencheur Événement JSON de votre workflow Qualtrics.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The URL has spaces or line breaks around it: remove them.</source>
            <translation>L’URL est entourée d’espaces ou de sauts de ligne : supprimez-les.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not a complete URL: paste the whole JSON event URL, starting with https://.</source>
            <translation>Ce n’est pas une URL complète : collez l’URL d’événement JSON en entier, en commençant par https://.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use https://: plain http is allowed only to this computer (localhost, 127.0.0.1, ::1) for testing.</source>
            <translation>Utilisez https:// : le http simple n’est autorisé que vers cet ordinateur (localhost, 127.0.0.1, ::1), pour des tests.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The scheme "%1" is not supported: the URL must start with https://.</source>
            <translation>Le schéma « %1 » n’est pas pris en charge : l’URL doit commencer par https://.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The URL contains a user name or password: remove it (the part before "@") and store the API token in the keychain instead.</source>
            <translation>L’URL contient un nom d’utilisateur ou un mot de passe : supprimez-le (la partie avant « @ ») et enregistrez plutôt le jeton d’API dans le trousseau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The host %1 is not a Qualtrics host (…qualtrics.com): check that you pasted the JSON event URL of your workflow.</source>
            <translation>L’hôte %1 n’est pas un hôte Qualtrics (…qualtrics.com) : vérifiez que vous avez collé l’URL d’événement JSON de votre workflow.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON event URLs have a path starting with /inbound-event/: check that you copied the complete URL of the JSON Event trigger.</source>
            <translation>Le chemin des URL d’événement JSON commence par /inbound-event/ : vérifiez que vous avez copié l’URL complète du déclencheur Événement JSON.</translation>
        </message>
    </context>
    <context>
        <name>qad::files</name>
        <message>
            <location filename="../../app/common/files.cpp" line="+24" />
            <source>Cannot create the directory %1: check that its parent exists and is writable.</source>
            <translation>Impossible de créer le dossier %1 : vérifiez que son dossier parent existe et est accessible en écriture.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot write %1: %2.</source>
            <translation>Impossible d’écrire %1 : %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot save %1: %2. The previous version is unchanged.</source>
            <translation>Impossible d’enregistrer %1 : %2. La version précédente n’est pas modifiée.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AlertsPage</name>
        <message>
            <location filename="../../ui/wizard/wizardpages.cpp" line="+442" />
            <source>Flow run sta&amp;rt</source>
            <translation>&amp;Début de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run s&amp;uccess</source>
            <translation>Su&amp;ccès de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run &amp;failure</source>
            <translation>Éc&amp;hec de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run &amp;delay</source>
            <translation>&amp;Retard de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activation s&amp;kipped rate exceeded</source>
            <translation>&amp;Taux d’activations ignorées dépassé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Authentication failed</source>
            <translation>Échec de l’&amp;authentification</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose what to be told about. Alerts appear in the alert list and as desktop notifications.</source>
            <translation>Choisissez ce qui doit vous être signalé. Les alertes apparaissent dans la liste des alertes et sous forme de notifications de bureau.</translation>
        </message>
        <message>
            <location line="+12" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run delay threshold in minutes</source>
            <translation>Seuil de retard de l’exécution du flux, en minutes</translation>
        </message>
        <message>
            <location line="+4" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped rate threshold in percent</source>
            <translation>Seuil du taux d’activations ignorées, en pourcentage</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Streaming to this destination started.</source>
            <translation>La diffusion vers cette destination a démarré.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An hour passed without a failed activation.</source>
            <translation>Une heure s’est écoulée sans activation en échec.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An activation failed for good: it will not be retried.</source>
            <translation>Une activation a échoué définitivement : elle ne sera pas retentée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An activation has been waiting longer than:</source>
            <translation>Une activation attend depuis plus de :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More of the profiles received over the last hour were excluded than:</source>
            <translation>La part des profils reçus au cours de la dernière heure qui ont été exclus dépasse :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualtrics refused the token: the destination pauses, keeping its queue, until you fix it.</source>
            <translation>Qualtrics a refusé le jeton : la destination se met en pause, en conservant sa file d’attente, jusqu’à ce que vous corrigiez le problème.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AlertsPanel</name>
        <message>
            <location filename="../../ui/panels/alertspanel.cpp" line="+38" />
            <source>Flow run start</source>
            <translation>Début de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flow run success</source>
            <translation>Succès de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flow run failure</source>
            <translation>Échec de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flow run delay</source>
            <translation>Retard de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activation skipped rate exceeded</source>
            <translation>Taux d’activations ignorées dépassé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Authentication failed</source>
            <translation>Échec de l’authentification</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Open alerts</source>
            <translation>Alertes ouvertes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Raised</source>
            <translation>Déclenchée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Mark the selected alerts as seen; they leave this list.</source>
            <translation>Marquer les alertes sélectionnées comme vues ; elles quittent cette liste.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Open alerts of every destination</source>
            <translation>Alertes ouvertes de toutes les destinations</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open alerts of "%1"</source>
            <translation>Alertes ouvertes de « %1 »</translation>
        </message>
        <message>
            <location line="+42" />
            <source>No open alerts.</source>
            <translation>Aucune alerte ouverte.</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n open alert(s).</source>
            <translation>
                <numerusform>%n alerte ouverte.</numerusform>
                <numerusform>%n alertes ouvertes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+72" />
            <source>Acknowledge All Alerts?</source>
            <translation>Acquitter toutes les alertes ?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Acknowledge all %n alerts?</source>
            <translation>
                <numerusform>Acquitter l’alerte ?</numerusform>
                <numerusform>Acquitter les %n alertes ?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>They leave this list, and qadctl status stops reporting them. qad's database keeps them, marked as acknowledged, until they age out with the run history. If a problem comes back, a new alert is raised.</source>
            <translation>Elles quittent cette liste, et qadctl status cesse de les signaler. La base de données de qad les garde, marquées comme acquittées, jusqu’à ce qu’elles expirent avec l’historique des envois. Si un problème revient, une nouvelle alerte est levée.</translation>
        </message>
        <message>
            <location line="-183" />
            <location line="+186" />
            <source>&amp;Acknowledge All</source>
            <translation>&amp;Tout acquitter</translation>
        </message>
        <message>
            <location line="-187" />
            <source>A&amp;cknowledge</source>
            <translation>A&amp;cquitter</translation>
        </message>
        <message>
            <location line="+201" />
            <source>Select an alert to read its message whole.</source>
            <translation>Sélectionnez une alerte pour lire son message en entier.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AudiencesPage</name>
        <message>
            <location filename="../../ui/wizard/wizardpages.cpp" line="+40" />
            <source>S&amp;tart date:</source>
            <translation>Date de &amp;début :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End date:</source>
            <translation>Date de &amp;fin :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add audience</source>
            <translation>&amp;Ajouter l’audience</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load profile…</source>
            <translation>&amp;Charger un profil…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Remove audience</source>
            <translation>&amp;Retirer l’audience</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audiences</source>
            <translation>Audiences</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the Experience Platform audiences whose members start the workflow: type an audience id, or load a profile file and pick one of its ids. Adding an id again replaces it.</source>
            <translation>Ajoutez les audiences Experience Platform dont les membres déclenchent le workflow : saisissez un id d’audience, ou chargez un fichier de profils et choisissez l’un de ses id. Ajouter de nouveau un id le remplace.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>For example: %1</source>
            <translation>Par exemple : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The audience id from Experience Platform (Audiences, audience details)</source>
            <translation>L’id de l’audience dans Experience Platform (Audiences, détails de l’audience)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shown in history and alerts</source>
            <translation>Affiché dans l’historique et les alertes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave unticked for no start date</source>
            <translation>Laissez décoché pour ne pas fixer de date de début</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave unticked for no end date</source>
            <translation>Laissez décoché pour ne pas fixer de date de fin</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audience id</source>
            <translation>Id d’audience</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Selected audiences</source>
            <translation>Audiences sélectionnées</translation>
        </message>
        <message>
            <location line="+4" />
            <source>its audience membership or a mapped value changes</source>
            <translation>son appartenance aux audiences ou une valeur mappée change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its audience membership changes</source>
            <translation>son appartenance aux audiences change</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audience &amp;id:</source>
            <translation>&amp;Id d’audience :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audience na&amp;me:</source>
            <translation>&amp;Nom de l’audience :</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Send a profile &amp;when:</source>
            <translation>Envoyer un profil &amp;quand :</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Audience %1 updated.</source>
            <translation>Audience %1 mise à jour.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audience %1 added.</source>
            <translation>Audience %1 ajoutée.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Audience %1 removed.</source>
            <translation>Audience %1 retirée.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1. It holds no audience membership (segmentMembership.ups): type the audience id.</source>
            <translation>%1. Le fichier ne contient aucune appartenance à une audience (segmentMembership.ups) : saisissez l’id de l’audience.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1. %n audience id(s) found: pick one from the Audience id list.</source>
            <translation>
                <numerusform>%1. %n id d’audience trouvé : choisissez-le dans la liste Id d’audience.</numerusform>
                <numerusform>%1. %n id d’audience trouvés : choisissez-en un dans la liste Id d’audience.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>No audience is selected yet: nothing is sent until you add at least one.</source>
            <translation>Aucune audience n’est encore sélectionnée : rien n’est envoyé tant que vous n’en ajoutez pas au moins une.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The audience id %1 is typed but not added: press Add audience, or clear the field.</source>
            <translation>L’id d’audience %1 est saisi mais pas ajouté : cliquez sur Ajouter l’audience, ou videz le champ.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An audience name is typed without its id: enter the id and press Add audience, or clear the name.</source>
            <translation>Un nom d’audience est saisi sans son id : saisissez l’id et cliquez sur Ajouter l’audience, ou videz le nom.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AuthenticatePage</name>
        <message>
            <location line="-703" />
            <source>S&amp;how token</source>
            <translation>A&amp;fficher le jeton</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authenticate</source>
            <translation>Authentification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualtrics accepts your user name with an API token (Basic authentication), or the token alone in an X-API-TOKEN header. The token is kept in the system keychain, never in a file.</source>
            <translation>Qualtrics accepte votre nom d’utilisateur avec un jeton d’API (authentification Basic), ou le jeton seul dans un en-tête X-API-TOKEN. Le jeton est conservé dans le trousseau du système, jamais dans un fichier.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+36" />
            <source>Required for Basic authentication</source>
            <translation>Obligatoire pour l’authentification Basic</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Stored in the keychain — leave empty to keep it</source>
            <translation>Enregistré dans le trousseau — laissez vide pour le conserver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste the token from Qualtrics: Account Settings, Qualtrics IDs, API</source>
            <translation>Collez le jeton depuis Qualtrics : Paramètres du compte, ID Qualtrics, API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API token</source>
            <translation>Jeton d’API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the token as plain text while you check it</source>
            <translation>Afficher le jeton en clair pendant que vous le vérifiez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basic: user name and API token</source>
            <translation>Basic : nom d’utilisateur et jeton d’API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X-API-TOKEN header: API token only</source>
            <translation>En-tête X-API-TOKEN : jeton d’API seul</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualtrics &amp;user name:</source>
            <translation>Nom d’&amp;utilisateur Qualtrics :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;token:</source>
            <translation>&amp;Jeton d’API :</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Authentication:</source>
            <translation>&amp;Authentification :</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Optional with header authentication</source>
            <translation>Facultatif avec l’authentification par en-tête</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The API token is required: paste it from Qualtrics (Account Settings, Qualtrics IDs, API).</source>
            <translation>Le jeton d’API est obligatoire : collez-le depuis Qualtrics (Paramètres du compte, ID Qualtrics, API).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The API token contains spaces or line breaks: paste only the token.</source>
            <translation>Le jeton d’API contient des espaces ou des sauts de ligne : collez uniquement le jeton.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::DestinationListModel</name>
        <message>
            <location filename="../../ui/destinationlistmodel.cpp" line="+25" />
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>authentication</source>
            <translation>authentification</translation>
        </message>
        <message>
            <location line="+7" />
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused: %1</source>
            <translation>en pause : %1</translation>
        </message>
        <message>
            <location line="+48" />
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>enabled, streaming</source>
            <translation>activée, en diffusion</translation>
        </message>
        <message>
            <location line="+0" />
            <source>enabled</source>
            <translation>activée</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Destination</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>État</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::DestinationWizard</name>
        <message>
            <location filename="../../ui/wizard/destinationwizard.cpp" line="+23" />
            <source>Nothing was saved: correct these first.</source>
            <translation>Rien n’a été enregistré : corrigez d’abord ces points.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Edit destination “%1”</source>
            <translation>Modifier la destination « %1 »</translation>
        </message>
        <message>
            <location line="-3" />
            <source>New Qualtrics Automations destination</source>
            <translation>Nouvelle destination Qualtrics Automations</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import destination “%1”</source>
            <translation>Importer la destination « %1 »</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message numerus="yes">
            <location line="+65" />
            <source>%n profile(s) read from %1</source>
            <translation>
                <numerusform>%n profil lu depuis %1</numerusform>
                <numerusform>%n profils lus depuis %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n entry(ies) skipped; the first: %1</source>
            <translation>
                <numerusform>%n entrée ignorée ; la première : %1</numerusform>
                <numerusform>%n entrées ignorées ; la première : %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <comment>what a sample file gave, then what in it was skipped</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Load a sample profile</source>
            <translation>Charger un exemple de profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profiles (*.json *.ndjson *.jsonl);;All files (*)</source>
            <translation>Profils (*.json *.ndjson *.jsonl);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Discard Changes?</source>
            <translation>Abandonner les modifications ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes to “%1”? Nothing was saved yet.</source>
            <translation>Abandonner les modifications de « %1 » ? Rien n’a encore été enregistré.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this destination? Nothing was saved yet.</source>
            <translation>Abandonner cette destination ? Rien n’a encore été enregistré.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep Editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing was saved: a new destination needs its API token. Enter it on the Authenticate page.</source>
            <translation>Rien n’a été enregistré : une nouvelle destination a besoin de son jeton d’API. Saisissez-le sur la page Authentification.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was saved: the API token could not be stored in the keychain.
%1</source>
            <translation>Rien n’a été enregistré : le jeton d’API n’a pas pu être enregistré dans le trousseau.
%1</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+76" />
            <location line="+21" />
            <source>Nothing was saved: the configuration could not be written.
%1</source>
            <translation>Rien n’a été enregistré : la configuration n’a pas pu être écrite.
%1</translation>
        </message>
        <message>
            <location line="-94" />
            <source>The token stored a moment ago could not be removed from the keychain either: %1</source>
            <translation>Le jeton enregistré il y a un instant n’a pas non plus pu être retiré du trousseau : %1</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Changed Elsewhere</source>
            <translation>Modifiée ailleurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” was changed outside this window since you opened it (by qadctl or another qad).</source>
            <translation>« %1 » a été modifiée hors de cette fenêtre depuis son ouverture (par qadctl ou un autre qad).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saving replaces those changes with what this window shows. Cancel keeps editing; to see the other changes, close this window and open Edit again.</source>
            <translation>Enregistrer remplace ces modifications par ce que montre cette fenêtre. Annuler poursuit la modification ; pour voir les autres modifications, fermez cette fenêtre et rouvrez Modifier.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save Anyway</source>
            <translation>&amp;Enregistrer quand même</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Nothing was saved: the API token stored now could not be read from the keychain, to keep it in case saving fails.
%1</source>
            <translation>Rien n’a été enregistré : le jeton d’API enregistré actuellement n’a pas pu être lu dans le trousseau, pour le conserver au cas où l’enregistrement échouerait.
%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing was saved: the new API token could not be stored in the keychain.
%1</source>
            <translation>Rien n’a été enregistré : le nouveau jeton d’API n’a pas pu être enregistré dans le trousseau.
%1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The previous token could not be put back in the keychain (%1): the keychain now holds the new token.</source>
            <translation>L’ancien jeton n’a pas pu être remis dans le trousseau (%1) : le trousseau contient désormais le nouveau jeton.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::DetailsPage</name>
        <message>
            <location filename="../../ui/wizard/wizardpages.cpp" line="+44" />
            <source>Enter the rate limit in calls per minute, or 0 for no limit.</source>
            <translation>Saisissez la limite de débit en appels par minute, ou 0 pour ne pas limiter.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter how many requests may be in flight at once; the default is %1.</source>
            <translation>Saisissez le nombre de requêtes pouvant être en cours à la fois ; la valeur par défaut est %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the timeout per attempt in seconds; the default is %1.</source>
            <translation>Saisissez le délai maximal par tentative, en secondes ; la valeur par défaut est %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Destination details</source>
            <translation>Détails de la destination</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name the destination and paste the URL of the JSON Event trigger of your Qualtrics workflow, for example https://yourdatacenter.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</source>
            <translation>Nommez la destination et collez l’URL du déclencheur Événement JSON de votre workflow Qualtrics, par exemple https://yourdatacenter.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>For example: Onboarding survey</source>
            <translation>Par exemple : Enquête d’intégration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>Facultatif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>https://…qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</source>
            <translation>https://…qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</translation>
        </message>
        <message>
            <location line="+7" />
            <source> per minute</source>
            <translation> par minute</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No limit</source>
            <comment>the rate limit, at 0</comment>
            <translation>Sans limite</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At most this many requests per minute to Qualtrics; 0 lifts the rate limit.</source>
            <translation>Au plus ce nombre de requêtes par minute vers Qualtrics ; 0 supprime la limite de débit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many requests may wait for Qualtrics' answer at the same time.</source>
            <translation>Combien de requêtes peuvent attendre la réponse de Qualtrics en même temps.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long one attempt may take before it counts as a timeout and is retried.</source>
            <translation>Durée maximale d’une tentative avant qu’elle compte comme expirée et soit réessayée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 lifts the rate limit.</source>
            <translation>0 supprime la limite de débit.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rate limit:</source>
            <translation>&amp;Limite de débit :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;oncurrency:</source>
            <translation>Re&amp;quêtes simultanées :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Timeout per attempt:</source>
            <translation>Délai par &amp;tentative :</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delivery settings</source>
            <translation>Paramètres d’envoi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Na&amp;me:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON event &amp;URL:</source>
            <translation>&amp;URL d’événement JSON :</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::HistoryModel</name>
        <message>
            <location filename="../../ui/panels/historymodel.cpp" line="+69" />
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sending</source>
            <translation>en cours d’envoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>retrying</source>
            <translation>nouvelle tentative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>succeeded</source>
            <translation>réussie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <translation>en échec</translation>
        </message>
        <message>
            <location line="+14" />
            <source>succeeded</source>
            <comment>attempt outcome</comment>
            <translation>réussie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>retry</source>
            <comment>attempt outcome: to be sent again</comment>
            <translation>à renvoyer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <comment>attempt outcome</comment>
            <translation>en échec</translation>
        </message>
        <message>
            <location line="+110" />
            <source>Next attempt at %1</source>
            <translation>Prochaine tentative à %1</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The HTTP status or the error of the last attempt</source>
            <translation>Le statut HTTP ou l’erreur de la dernière tentative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last result</source>
            <translation>Dernier résultat</translation>
        </message>
        <message>
            <location line="-171" />
            <source>test</source>
            <translation>test</translation>
        </message>
        <message>
            <location line="+19" />
            <source>realized</source>
            <comment>audience membership status: the profile qualified for the audience</comment>
            <translation>réalisé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>existing</source>
            <comment>audience membership status: the profile is still in the audience</comment>
            <translation>existant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exited</source>
            <comment>audience membership status: the profile left the audience</comment>
            <translation>sorti</translation>
        </message>
        <message>
            <location line="+135" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile identity</source>
            <translation>Identité du profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audiences</source>
            <translation>Audiences</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <location line="+391" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::HistoryPanel</name>
        <message>
            <location filename="../../ui/panels/historypanel.cpp" line="+187" />
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>Au</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test sends</source>
            <translation>Envois de test</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Replay</source>
            <translation>Rejouer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the selected activation again</source>
            <translation>Renvoyer l’activation sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+655" />
            <source>Replay all failed</source>
            <translation>Rejouer toutes les activations en échec</translation>
        </message>
        <message>
            <location line="-654" />
            <source>Queue every failed activation of this destination again</source>
            <translation>Remettre en file toutes les activations en échec de cette destination</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as curl</source>
            <translation>Copier en commande curl</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Shift+C</source>
            <translation>Ctrl+Shift+C</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected activation's request as a curl command; the token stays in $QAD_API_TOKEN</source>
            <translation>Copier la requête de l’activation sélectionnée sous forme de commande curl ; le jeton reste dans $QAD_API_TOKEN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the activations matching the filters as a CSV file</source>
            <translation>Enregistrer les activations correspondant aux filtres dans un fichier CSV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show what changed</source>
            <translation>Afficher ce qui a changé</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any status</source>
            <translation>Tous les statuts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Identity contains… (e.g. dave@example.com)</source>
            <translation>L’identité contient… (par ex. dave@example.com)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only activations created at or after this time; clear for any time.</source>
            <translation>Uniquement les activations créées à partir de cette date et heure ; décochez pour ne pas limiter.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only activations created up to this time; clear for any time.</source>
            <translation>Uniquement les activations créées jusqu’à cette date et heure ; décochez pour ne pas limiter.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List test sends too.</source>
            <translation>Lister aussi les envois de test.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Find identity</source>
            <translation>Rechercher une identité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the history by identity</source>
            <translation>Rechercher une identité dans l’historique</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>HTTP status</source>
            <translation>Statut HTTP</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Request ID</source>
            <translation>ID de requête</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Attempts</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+35" />
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+33" />
            <source>Request headers</source>
            <translation>En-têtes envoyés</translation>
        </message>
        <message>
            <location line="-32" />
            <source>The headers as sent, the authorization value redacted</source>
            <translation>Les en-têtes tels qu’envoyés, la valeur d’authentification masquée</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="-110" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatut :</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Ctrl+Shift+F</source>
            <translation>Ctrl+Shift+F</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Atte&amp;mpts</source>
            <translation>Te&amp;ntatives</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>The endpoint's answer, of which the history keeps the first %Ln byte(s)</source>
            <translation>
                <numerusform>La réponse du point de terminaison, dont l’historique garde le premier octet</numerusform>
                <numerusform>La réponse du point de terminaison, dont l’historique garde les %Ln premiers octets</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity contains</source>
            <translation>L’identité contient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created from</source>
            <translation>Créées à partir du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created up to</source>
            <translation>Créées jusqu’au</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Activation details</source>
            <translation>Détails de l’activation</translation>
        </message>
        <message>
            <location line="+52" />
            <source>No destination selected.</source>
            <translation>Aucune destination sélectionnée.</translation>
        </message>
        <message numerus="yes">
            <location line="+232" />
            <source>Searching… %n found, back to %1</source>
            <translation>
                <numerusform>Recherche… %n trouvée, jusqu’au %1</numerusform>
                <numerusform>Recherche… %n trouvées, jusqu’au %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Searching… %n found</source>
            <translation>
                <numerusform>Recherche… %n trouvée</numerusform>
                <numerusform>Recherche… %n trouvées</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counting…</source>
            <translation>Comptage…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More than %1 activations</source>
            <translation>Plus de %1 activations</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n activation(s)</source>
            <translation>
                <numerusform>%n activation</numerusform>
                <numerusform>%n activations</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Select an activation to see its attempts.</source>
            <translation>Sélectionnez une activation pour voir ses tentatives.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Activation %1</source>
            <translation>Activation %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, created %2</source>
            <translation>%1, créée le %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity: %1</source>
            <translation>Identité : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next attempt: %1</source>
            <translation>Prochaine tentative : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test send</source>
            <translation>Envoi de test</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no response</source>
            <translation>aucune réponse</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Not attempted yet.</source>
            <translation>Pas encore tentée.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Request ID: %1</source>
            <translation>ID de requête : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notice: %1</source>
            <translation>Avis : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Location: %1</source>
            <translation>Emplacement : %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Send Again?</source>
            <translation>Renvoyer ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activation %1 was delivered. Sending it again starts the Qualtrics workflow a second time for this profile.</source>
            <translation>L’activation %1 a été livrée. La renvoyer démarre une seconde fois le workflow Qualtrics pour ce profil.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Send Again</source>
            <translation>&amp;Renvoyer</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Activation %1 is queued again.</source>
            <translation>L’activation %1 est remise en file.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No failed activation of %1 to replay.</source>
            <translation>Aucune activation en échec de %1 à renvoyer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Replay Failed Activations?</source>
            <translation>Renvoyer les activations en échec ?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n failed activation(s) will be sent again to “%1” (%2).</source>
            <translation>
                <numerusform>%n activation en échec sera renvoyée à « %1 » (%2).</numerusform>
                <numerusform>%n activations en échec seront renvoyées à « %1 » (%2).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>They go back in the queue and are sent while the destination streams; their earlier attempts stay in the history.</source>
            <translation>Elles retournent dans la file et sont envoyées pendant que la destination diffuse ; leurs tentatives précédentes restent dans l’historique.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Replay</source>
            <translation>&amp;Renvoyer</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Queueing the failed activations of %1 again…</source>
            <translation>Remise en file des activations en échec de %1…</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>%n failed activation(s) queued again.</source>
            <translation>
                <numerusform>%n activation en échec remise en file.</numerusform>
                <numerusform>%n activations en échec remises en file.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Copied as curl. Set QAD_API_TOKEN before running it.</source>
            <translation>Requête copiée en commande curl. Définissez QAD_API_TOKEN avant de l’exécuter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a destination before exporting its history.</source>
            <translation>Choisissez une destination avant d’exporter son historique.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write %1: %2. Choose a folder you can write to.</source>
            <translation>Impossible d’écrire %1 : %2. Choisissez un dossier accessible en écriture.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Export cancelled: %1 was not written.</source>
            <translation>Export annulé : %1 n’a pas été écrit.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write %1: %2. Check the disk has room and try again.</source>
            <translation>Impossible d’écrire %1 : %2. Vérifiez qu’il reste de la place sur le disque et réessayez.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 history.csv</source>
            <translation>%1 historique.csv</translation>
        </message>
        <message>
            <location line="+0" />
            <source>history.csv</source>
            <translation>historique.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the history as CSV</source>
            <translation>Exporter l’historique en CSV</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exporting the history…</source>
            <translation>Export de l’historique…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exporting the history… %Ln row(s)</source>
            <translation>
                <numerusform>Export de l’historique… %Ln ligne</numerusform>
                <numerusform>Export de l’historique… %Ln lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Exported %n activation(s) to %1.</source>
            <translation>
                <numerusform>%n activation exportée vers %1.</numerusform>
                <numerusform>%n activations exportées vers %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qad::ui::JsonView</name>
        <message>
            <location filename="../../ui/panels/jsonview.cpp" line="+24" />
            <source>Pretty</source>
            <translation>Mise en forme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Indent JSON for reading; clear to see the bytes exactly as they are.</source>
            <translation>Indenter le JSON pour le lire ; décochez pour voir les octets exactement tels quels.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Pretty: %1</source>
            <comment>the checkbox that indents a view, then the view's title</comment>
            <translation>Indenté : %1</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::KeychainWaitIndicator</name>
        <message>
            <location filename="../../ui/keychainwaitindicator.cpp" line="+42" />
            <source>Waiting for the keychain…
If it asks for your password, enter it in its window; qad goes on once the keychain answers.</source>
            <translation>En attente du trousseau…
S’il vous demande votre mot de passe, saisissez-le dans sa fenêtre ; qad reprend dès que le trousseau répond.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stop Waiting</source>
            <translation>&amp;Cesser d’attendre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keychain</source>
            <translation>Trousseau</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::LeftOutDialog</name>
        <message>
            <location filename="../../ui/panels/leftoutdialog.cpp" line="+53" />
            <source>Excluded and rejected: %1</source>
            <translation>Exclus et rejetés : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Profile updates that did not become activations, newest first (at most %1 of each), with the reason and how to fix it.</source>
            <translation>Les mises à jour de profils qui ne sont pas devenues des activations, les plus récentes d’abord (au plus %1 de chaque sorte), avec le motif et la façon d’y remédier.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+3" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason code</source>
            <translation>Code du motif</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+4" />
            <source>Excluded profiles</source>
            <translation>Profils exclus</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start of the record</source>
            <translation>Début de l’enregistrement</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Rejected records</source>
            <translation>Enregistrements rejetés</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A source can feed several destinations, so these are the records of every source read into this data directory.</source>
            <translation>Une source peut alimenter plusieurs destinations : ce sont donc les enregistrements de toutes les sources lues dans ce répertoire de données.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read both lists again (%1).</source>
            <translation>Relire les deux listes (%1).</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Nothing here.</source>
            <translation>Rien ici.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Select a row to read it whole.</source>
            <translation>Sélectionnez une ligne pour la lire en entier.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, excluded %2 (%3):
%4</source>
            <translation>%1, exclu le %2 (%3) :
%4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, line %2, rejected %3:
%4
It began: %5</source>
            <translation>%1, ligne %2, rejetée le %3 :
%4
Elle commençait par : %5</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(no usable identity)</source>
            <translation>(aucune identité utilisable)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (test)</source>
            <comment>a profile's key; the profile came from a test send</comment>
            <translation>%1 (test)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Excluded profiles (%1)</source>
            <translation>Profils exclus (%1)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>standard input</source>
            <translation>entrée standard</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rejected records (%1)</source>
            <translation>Enregistrements rejetés (%1)</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::Main</name>
        <message>
            <location filename="../../ui/app/main.cpp" line="+37" />
            <source>Read and write the destinations in DIR instead of the default configuration directory.</source>
            <translation>Lire et écrire les destinations dans DIR au lieu du dossier de configuration par défaut.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>DIR</source>
            <translation>DOSSIER</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the history database in DIR instead of the default data directory.</source>
            <translation>Conserver la base de l’historique dans DOSSIER au lieu du dossier de données par défaut.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the interface in LANGUAGE (en, fr or ko) instead of the one chosen in Preferences or the system's.</source>
            <translation>Afficher l’interface en LANGUE (en, fr ou ko) au lieu de celle choisie dans les préférences ou de celle du système.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>LANGUAGE</source>
            <translation>LANGUE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Streams customer-profile activations to Qualtrics Automations JSON-event URLs. The headless twin is qadctl.</source>
            <translation>Envoie les activations de profils clients aux URL d’événement JSON de Qualtrics Automations. Son jumeau sans fenêtre est qadctl.</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Run qad --help to see the options.</source>
            <translation>Lancez qad --help pour voir les options.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qad takes no arguments besides its options; run qad --help to see them.</source>
            <translation>qad ne prend aucun argument en dehors de ses options ; lancez qad --help pour les voir.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown language "%1": use en, fr or ko.</source>
            <translation>Langue « %1 » inconnue : utilisez en, fr ou ko.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The configuration cannot be read</source>
            <translation>La configuration est illisible</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Certificate authorities cannot be loaded</source>
            <translation>Impossible de charger les autorités de certification</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.cpp" line="+54" />
            <source>Stream Profiles From</source>
            <translation>Diffuser les profils depuis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profiles (*.ndjson *.jsonl *.json);;All files (*)</source>
            <translation>Profils (*.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import Destination</source>
            <translation>Importer une destination</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Destination exports (*.json);;All files (*)</source>
            <translation>Exports de destination (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Export Destination</source>
            <translation>Exporter la destination</translation>
        </message>
        <message>
            <location line="+59" />
            <source>it was removed outside this window (by qadctl or another qad); what it had queued stays in the database.</source>
            <translation>elle a été supprimée hors de cette fenêtre (par qadctl ou un autre qad) ; ce qu’elle avait en file reste dans la base de données.</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+172" />
            <source>&amp;New Destination…</source>
            <translation>&amp;Nouvelle destination…</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Create a destination with the wizard</source>
            <translation>Créer une destination avec l’assistant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Destination…</source>
            <translation>&amp;Modifier la destination…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the selected destination with the wizard</source>
            <translation>Modifier la destination sélectionnée avec l’assistant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove Destination…</source>
            <translation>&amp;Supprimer la destination…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import Destination…</source>
            <translation>&amp;Importer une destination…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a destination from a file written by Export (or qadctl destination export)</source>
            <translation>Ajouter une destination depuis un fichier écrit par Exporter (ou par qadctl destination export)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport Destination…</source>
            <translation>E&amp;xporter la destination…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the selected destination to a file, without its API token</source>
            <translation>Enregistrer la destination sélectionnée dans un fichier, sans son jeton d’API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start Streaming…</source>
            <translation>&amp;Démarrer la diffusion…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a profile file and stream its updates to the selected destination</source>
            <translation>Choisir un fichier de profils et diffuser ses mises à jour vers la destination sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;top Streaming</source>
            <translation>&amp;Arrêter la diffusion</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Pause</source>
            <translation>Mettre en &amp;pause</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop sending to the selected destination; activations keep queueing</source>
            <translation>Cesser d’envoyer à la destination sélectionnée ; les activations restent en file d’attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;ume</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the selected destination again</source>
            <translation>Envoyer de nouveau à la destination sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replay &amp;Failed Activations</source>
            <translation>Rejouer les activations en é&amp;chec</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Queue the selected destination's failed activations again</source>
            <translation>Remettre en file les activations en échec de la destination sélectionnée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;ferences…</source>
            <translation>Pré&amp;férences…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About qad</source>
            <translation>À &amp;propos de qad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Overview</source>
            <translation>&amp;Vue d’ensemble</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Run &amp;History</source>
            <translation>&amp;Historique des envois</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Test Send</source>
            <translation>&amp;Envoi de test</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Alerts</source>
            <translation>&amp;Alertes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Destinations &amp;List</source>
            <translation>&amp;Liste des destinations</translation>
        </message>
        <message>
            <location line="+46" />
            <source>&amp;Destination</source>
            <translation>&amp;Destination</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Stream</source>
            <translation>D&amp;iffusion</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Main Toolbar</source>
            <translation>Barre d’outils principale</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New</source>
            <comment>toolbar: new destination</comment>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <comment>toolbar: edit the destination</comment>
            <translation>Modifier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stream…</source>
            <comment>toolbar: start streaming a file</comment>
            <translation>Diffuser…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <comment>toolbar: stop streaming</comment>
            <translation>Arrêter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pause</source>
            <comment>toolbar: pause the destination</comment>
            <translation>Pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <comment>toolbar: resume the destination</comment>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replay Failed</source>
            <comment>toolbar: replay the failed activations</comment>
            <translation>Rejouer les échecs</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No destination yet — create one</source>
            <translation>Aucune destination pour l’instant — créez-en une</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A destination sends profile updates to a Qualtrics JSON-event URL. The wizard asks for your Qualtrics credentials, the URL, the audiences and the mapping.</source>
            <translation>Une destination envoie les mises à jour de profils à une URL d’événement JSON de Qualtrics. L’assistant demande vos identifiants Qualtrics, l’URL, les audiences et le mappage.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Import a Destination…</source>
            <translation>Im&amp;porter une destination…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From a file written by Export on another machine, or by qadctl destination export</source>
            <translation>Depuis un fichier écrit par Exporter sur une autre machine, ou par qadctl destination export</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Destinations</source>
            <translation>Destinations</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Overview</source>
            <translation>Vue d’ensemble</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run history</source>
            <translation>Historique des envois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test send</source>
            <translation>Envoi de test</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alerts (%1)</source>
            <translation>Alertes (%1)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Stop Streaming and Quit?</source>
            <translation>Arrêter la diffusion et quitter ?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n destination(s) are streaming. Quitting stops reading; what was already read stays queued and is sent the next time you stream.</source>
            <translation>
                <numerusform>%n destination est en diffusion. Quitter arrête la lecture ; ce qui a déjà été lu reste en file et sera envoyé à la prochaine diffusion.</numerusform>
                <numerusform>%n destinations sont en diffusion. Quitter arrête la lecture ; ce qui a déjà été lu reste en file et sera envoyé à la prochaine diffusion.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Quit Before the Test Send Is Answered?</source>
            <translation>Quitter avant la réponse à l’envoi de test ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A test send is waiting for its answer. Its request may already have reached Qualtrics and started the workflow; quitting now loses the answer, and the run history keeps the test as not answered.</source>
            <translation>Un envoi de test attend sa réponse. Sa requête a peut-être déjà atteint Qualtrics et lancé le workflow ; quitter maintenant perd la réponse, et l’historique des envois garde le test comme sans réponse.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit Anyway</source>
            <translation>&amp;Quitter quand même</translation>
        </message>
        <message>
            <location line="+121" />
            <source>Destination "%1" saved. Stop and start streaming to use the changes.</source>
            <translation>Destination « %1 » enregistrée. Arrêtez puis redémarrez la diffusion pour appliquer les modifications.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination "%1" saved.</source>
            <translation>Destination « %1 » enregistrée.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+4" />
            <location line="+9" />
            <source>Not Imported</source>
            <translation>Pas importée</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Cannot read %1: %2.</source>
            <translation>Impossible de lire %1 : %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not a destination export: it holds %2, and an export is a few kilobytes. Choose a file written by Export or by qadctl destination export.</source>
            <translation>%1 n’est pas un export de destination : il contient %2, alors qu’un export fait quelques kilo-octets. Choisissez un fichier écrit par Exporter ou par qadctl destination export.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot import %1. %2</source>
            <translation>Impossible d’importer %1. %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Destination "%1" imported.</source>
            <translation>Destination « %1 » importée.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>destination</source>
            <translation>destination</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not Exported</source>
            <translation>Pas exportée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported "%1" to %2. The API token is not in the file: it stays in the keychain.</source>
            <translation>« %1 » exportée dans %2. Le jeton d’API n’est pas dans le fichier : il reste dans le trousseau.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove Destination?</source>
            <translation>Supprimer la destination ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove "%1" and its API token from the keychain? Its run history stays in the database.</source>
            <translation>Supprimer « %1 » et son jeton d’API du trousseau ? Son historique reste dans la base de données.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n activation(s) still queued for it (pending, being sent or waiting for a retry) would never be sent. To deliver them first, stream to it until its queue is empty.</source>
            <translation>
                <numerusform>%n activation encore en file pour elle (en attente, en cours d’envoi ou attendant une nouvelle tentative) ne serait jamais envoyée. Pour la livrer d’abord, diffusez vers elle jusqu’à ce que sa file soit vide.</numerusform>
                <numerusform>%n activations encore en file pour elle (en attente, en cours d’envoi ou attendant une nouvelle tentative) ne seraient jamais envoyées. Pour les livrer d’abord, diffusez vers elle jusqu’à ce que sa file soit vide.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Whether activations are still queued for it could not be read: %1</source>
            <translation>Impossible de savoir si des activations sont encore en file pour elle : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove Anyway</source>
            <translation>&amp;Supprimer quand même</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Destination Not Removed</source>
            <translation>Destination non supprimée</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API Token Not Removed</source>
            <translation>Jeton d’API non supprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The destination was removed, but its API token could not be removed from the keychain: %1</source>
            <translation>La destination a été supprimée, mais son jeton d’API n’a pas pu être retiré du trousseau : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Destination "%1" removed.</source>
            <translation>Destination « %1 » supprimée.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+7" />
            <source>Not Paused</source>
            <translation>Pas mise en pause</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+7" />
            <source>Not Resumed</source>
            <translation>Pas reprise</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The history database in %1 could not be opened; restart qad after fixing it.</source>
            <translation>La base de l’historique dans %1 n’a pas pu être ouverte ; relancez qad après l’avoir réparée.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Destination "%1" paused: activations keep queueing.</source>
            <translation>Destination « %1 » en pause : les activations restent en file d’attente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination "%1" resumed.</source>
            <translation>Destination « %1 » reprise.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The new language applies the next time qad starts.</source>
            <translation>La nouvelle langue s’appliquera au prochain démarrage de qad.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About qad</source>
            <translation>À propos de qad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Streams customer-profile activations to Qualtrics Automations JSON-event URLs. The same engine runs headless as &lt;code&gt;qadctl&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Envoie les activations de profils clients aux URL d’événement JSON de Qualtrics Automations. Le même moteur fonctionne sans fenêtre avec &lt;code&gt;qadctl&lt;/code&gt;.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::MappingPage</name>
        <message>
            <location filename="../../ui/wizard/mappingpage.cpp" line="+73" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this identity</source>
            <translation>Retirer cette identité</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Namespace</source>
            <translation>Espace de noms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source namespace</source>
            <translation>Espace de noms source</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Target identity</source>
            <translation>Identité cible</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Fix</source>
            <translation>Corriger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this attribute</source>
            <translation>Retirer cet attribut</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Source profile path</source>
            <translation>Chemin source dans le profil</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target field</source>
            <translation>Champ cible</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Change the target to “%1”</source>
            <translation>Remplacer la cible par « %1 »</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add &amp;identity</source>
            <translation>Ajouter une &amp;identité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a&amp;ttribute</source>
            <translation>Ajouter un a&amp;ttribut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load profile…</source>
            <translation>&amp;Charger un profil…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping</source>
            <translation>Mappage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map at least one identity (Email to email, ECID or a custom namespace to external_id) and the profile attributes the workflow needs. The preview shows the JSON Qualtrics will receive.</source>
            <translation>Mappez au moins une identité (Email vers email, ECID ou un espace de noms personnalisé vers external_id) ainsi que les attributs de profil dont le workflow a besoin. L’aperçu montre le JSON que Qualtrics recevra.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Identities</source>
            <translation>Identités</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Attributes</source>
            <translation>Attributs</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: a dotted profile path. Target: a field name, or a dotted path for nested objects; Qualtrics recommends camelCase.</source>
            <translation>Source : un chemin de profil à points. Cible : un nom de champ, ou un chemin à points pour des objets imbriqués ; Qualtrics recommande le camelCase.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Payload &amp;preview:</source>
            <translation>Aperçu de la charge &amp;utile :</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1: its paths are offered as sources and the preview uses its first profile.</source>
            <translation>%1 : les chemins de ce fichier sont proposés comme sources et l’aperçu utilise son premier profil.</translation>
        </message>
        <message>
            <location line="+258" />
            <source>Built from the first profile of %1.</source>
            <translation>Construit à partir du premier profil de %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Built from a generated sample profile; load a profile to preview real data.</source>
            <translation>Construit à partir d’un exemple de profil généré ; chargez un profil pour prévisualiser des données réelles.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No payload: this profile would be excluded. %1</source>
            <translation>Pas de charge utile : ce profil serait exclu. %1</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::OverviewPanel</name>
        <message>
            <location filename="../../ui/panels/overviewpanel.cpp" line="+38" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location line="+6" />
            <source>authentication</source>
            <translation>authentification</translation>
        </message>
        <message>
            <location line="+3" />
            <source>user</source>
            <translation>utilisateur</translation>
        </message>
        <message>
            <location line="+12" />
            <source>error: the last attempt failed</source>
            <translation>erreur : la dernière tentative a échoué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>enabled</source>
            <translation>activée</translation>
        </message>
        <message>
            <location line="+8" />
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused: %1</source>
            <translation>en pause : %1</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This run: read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7</source>
            <translation>Cette exécution : lus %1 · rejetés %2 · activations %3 · exclus %4 · envoyés %5 · en échec %6 · nouvelles tentatives %7</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Delivery status</source>
            <translation>État de la livraison</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Profiles received</source>
            <translation>Profils reçus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Profile updates that concerned this destination.</source>
            <translation>Mises à jour de profils qui concernaient cette destination.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities activated</source>
            <translation>Identités activées</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Profiles Qualtrics accepted (2xx).</source>
            <translation>Profils acceptés par Qualtrics (2xx).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities excluded</source>
            <translation>Identités exclues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profiles not sent: no mapped identity, or an email that is not a plain-text address.</source>
            <translation>Profils non envoyés : aucune identité mappée, ou un e-mail qui n’est pas une adresse en clair.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities failed</source>
            <translation>Identités en échec</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activation rate</source>
            <translation>Taux d’activation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(activated + excluded) ÷ received: the share of every profile received that was activated or excluded.</source>
            <translation>(activées + exclues) ÷ reçus : la part de tous les profils reçus qui a été activée ou exclue.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(activated + excluded) ÷ received, of the profiles received this hour, whenever they were sent.</source>
            <translation>(activées + exclues) ÷ reçus, pour les profils reçus cette heure-ci, quel que soit le moment de leur envoi.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Activation rate, this hour</source>
            <translation>Taux d’activation, cette heure-ci</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Activations that failed permanently; they can be replayed. In red while some of them are not replayed yet.</source>
            <translation>Activations qui ont échoué définitivement ; elles peuvent être rejouées. En rouge tant que certaines ne sont pas encore rejouées.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Queue depth</source>
            <translation>Profondeur de la file</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Activations pending, being sent or waiting to be retried.</source>
            <translation>Activations en attente, en cours d’envoi ou en attente d’une nouvelle tentative.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting to retry</source>
            <translation>En attente de nouvelle tentative</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Activations that will be sent again later.</source>
            <translation>Activations qui seront renvoyées plus tard.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current send rate</source>
            <translation>Débit d’envoi actuel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activations done (delivered, or failed for good) per second, over the last 10 seconds.</source>
            <translation>Activations terminées (livrées, ou en échec définitif) par seconde, sur les 10 dernières secondes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latency</source>
            <translation>Latence</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Average time Qualtrics took to accept an activation, this hour.</source>
            <translation>Temps moyen mis par Qualtrics pour accepter une activation, cette heure-ci.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enabled; paused, with the reason; or in error while the newest attempt failed.</source>
            <translation>Activée ; en pause, avec la raison ; ou en erreur tant que la tentative la plus récente a échoué.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the destination was paused, or else why the last failed attempt failed, and when.</source>
            <translation>Pourquoi la destination a été mise en pause, sinon pourquoi la dernière tentative en échec a échoué, et quand.</translation>
        </message>
        <message>
            <location line="+188" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="-189" />
            <source>Last error</source>
            <translation>Dernière erreur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xcluded and rejected…</source>
            <translation>E&amp;xclus et rejetés…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The profiles this destination left out and the input records that were not usable, each with the reason and how to fix it.</source>
            <translation>Les profils que cette destination a écartés et les enregistrements d’entrée inutilisables, chacun avec le motif et la façon d’y remédier.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Activated</source>
            <translation>Activées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excluded</source>
            <translation>Exclues</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>En échec</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Last 24 hours</source>
            <translation>Dernières 24 heures</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hour</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Activations per hour, the last 24 hours</source>
            <translation>Activations par heure, les dernières 24 heures</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Stream a profile file</source>
            <translation>Diffuser un fichier de profils</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A file of JSON profiles (one per line, an array, or one after another), followed as it grows</source>
            <translation>Un fichier de profils JSON (un par ligne, un tableau, ou l’un après l’autre), suivi au fil de sa croissance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;tart</source>
            <translation>Dé&amp;marrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>St&amp;op</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Source &amp;file:</source>
            <translation>&amp;Fichier source :</translation>
        </message>
        <message>
            <location line="+115" />
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <location line="+42" />
            <source>%1 activated, %2 excluded, %3 failed</source>
            <comment>identities, summed over the chart's 24 hours</comment>
            <translation>activées : %1, exclues : %2, en échec : %3</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose a Profile File</source>
            <translation>Choisir un fichier de profils</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile updates (*.ndjson *.jsonl *.json);;All files (*)</source>
            <translation>Mises à jour de profils (*.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Starting to stream %1…</source>
            <translation>Démarrage de la diffusion de %1…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stopping: in-flight activations are finished or kept…</source>
            <translation>Arrêt : les activations en cours sont terminées ou conservées…</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferencesdialog.cpp" line="+22" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location line="+4" />
            <source>System default</source>
            <translation>Langue du système</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Days the run history keeps</source>
            <translation>Jours que garde l’historique des envois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the run &amp;history (days):</source>
            <translation>Conserver l’&amp;historique des envois (jours) :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>When streaming starts, activations delivered or failed longer ago are deleted; queued ones never are. qadctl run takes --history-days.</source>
            <translation>Au démarrage d’une diffusion, les activations livrées ou en échec depuis plus longtemps sont supprimées ; celles en file ne le sont jamais. qadctl run prend --history-days.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The language applies the next time qad starts.</source>
            <translation>La langue s’applique au prochain démarrage de qad.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The new language applies the next time qad starts: quit and start qad again.</source>
            <translation>La nouvelle langue s’appliquera au prochain démarrage de qad : quittez qad et relancez-le.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::ProfileFile</name>
        <message>
            <location filename="../../ui/wizard/profilefile.cpp" line="+73" />
            <source>Cannot open %1: %2. Pick a readable profile file.</source>
            <translation>Impossible d’ouvrir %1 : %2. Choisissez un fichier de profils lisible.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is larger than %2 MiB: a sample needs only a few profiles. Pick a smaller file, for example the first lines of this one.</source>
            <translation>%1 dépasse %2 Mio : un exemple n’a besoin que de quelques profils. Choisissez un fichier plus petit, par exemple les premières lignes de celui-ci.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>line %1: %2</source>
            <translation>ligne %1 : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No profile could be read from %1 (%2). Pick a file with XDM profiles: one JSON object, a JSON array or one object per line.</source>
            <translation>Aucun profil n’a pu être lu depuis %1 (%2). Choisissez un fichier de profils XDM : un objet JSON, un tableau JSON ou un objet par ligne.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no profile. Pick a file with XDM profiles: one JSON object, a JSON array or one object per line.</source>
            <translation>%1 ne contient aucun profil. Choisissez un fichier de profils XDM : un objet JSON, un tableau JSON ou un objet par ligne.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::ReviewPage</name>
        <message>
            <location filename="../../ui/wizard/reviewpage.cpp" line="+21" />
            <source>&amp;Verify credentials</source>
            <translation>&amp;Vérifier les identifiants</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Review</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the destination, optionally verify the token with Qualtrics (no workflow is started), then save.</source>
            <translation>Vérifiez la destination, faites éventuellement vérifier le jeton par Qualtrics (aucun workflow n’est lancé), puis enregistrez.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Summary</source>
            <translation>Récapitulatif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Asks Qualtrics who the token belongs to (GET /API/v3/whoami on the URL's host)</source>
            <translation>Demande à Qualtrics à qui appartient le jeton (GET /API/v3/whoami sur l’hôte de l’URL)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Identity %1</source>
            <translation>Identité %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute %1, target</source>
            <translation>Attribut %1, cible</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribute %1, source</source>
            <translation>Attribut %1, source</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audience %1, end date</source>
            <translation>Audience %1, date de fin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Audience %1</source>
            <translation>Audience %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retry schedule</source>
            <translation>Calendrier des nouvelles tentatives</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON event URL</source>
            <translation>URL d’événement JSON</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualtrics user name</source>
            <translation>Nom d’utilisateur Qualtrics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities</source>
            <translation>Identités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audiences</source>
            <translation>Audiences</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate limit</source>
            <translation>Limite de débit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Concurrency</source>
            <translation>Requêtes simultanées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeout per attempt</source>
            <translation>Délai par tentative</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run delay</source>
            <translation>Retard de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activation skipped rate exceeded</source>
            <translation>Taux d’activations ignorées dépassé</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: %2</source>
            <comment>a field's name, then what is wrong with it</comment>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Name: %1</source>
            <translation>Nom : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description: %1</source>
            <translation>Description : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+33" />
            <location line="+3" />
            <location line="+21" />
            <source>none</source>
            <translation>néant</translation>
        </message>
        <message>
            <location line="-56" />
            <source>JSON event URL: %1</source>
            <translation>URL d’événement JSON : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authentication: Basic, as %1</source>
            <translation>Authentification : Basic, en tant que %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authentication: X-API-TOKEN header</source>
            <translation>Authentification : en-tête X-API-TOKEN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API token: will be stored in the keychain</source>
            <translation>Jeton d’API : sera enregistré dans le trousseau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API token: kept as stored in the keychain</source>
            <translation>Jeton d’API : conservé tel qu’enregistré dans le trousseau</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API token: replaced in the keychain</source>
            <translation>Jeton d’API : remplacé dans le trousseau</translation>
        </message>
        <message>
            <location line="+6" />
            <source>flow run start</source>
            <translation>début de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+3" />
            <source>flow run success</source>
            <translation>succès de l’exécution du flux</translation>
        </message>
        <message>
            <location line="+3" />
            <source>flow run failure</source>
            <translation>échec de l’exécution du flux</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>flow run delay over %n minute(s)</source>
            <translation>
                <numerusform>retard de l’exécution du flux au-delà de %n minute</numerusform>
                <numerusform>retard de l’exécution du flux au-delà de %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>skipped rate over %1 %</source>
            <translation>taux d’activations ignorées au-delà de %1 %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>authentication failed</source>
            <translation>échec de l’authentification</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alerts: %1</source>
            <translation>Alertes : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Audiences: %1</source>
            <translation>Audiences : %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>from %1 to %2</source>
            <translation>période : %1 → %2</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>any date</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send a profile when its audience membership or a mapped value changes</source>
            <translation>Envoyer un profil quand son appartenance aux audiences ou une valeur mappée change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a profile when its audience membership changes</source>
            <translation>Envoyer un profil quand son appartenance aux audiences change</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities:</source>
            <translation>Identités :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attributes: %1</source>
            <translation>Attributs : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delivery: %1, %2 in flight, %3 s timeout per attempt</source>
            <translation>Envoi : %1, %2 en cours au plus, délai de %3 s par tentative</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no rate limit</source>
            <translation>sans limite de débit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>up to %1 per minute</source>
            <translation>jusqu’à %1 par minute</translation>
        </message>
        <message>
            <location line="+5" />
            <source>To check before saving:</source>
            <translation>À vérifier avant d’enregistrer :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 %2: %3</source>
            <comment>a problem to check before saving: %1 is "Error:" or "Warning:", %2 the name of the field, %3 what is wrong with it</comment>
            <translation>%1 %2 : %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Error:</source>
            <translation>Erreur :</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warning:</source>
            <translation>Avertissement :</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter the API token on the Authenticate page first.</source>
            <translation>Saisissez d’abord le jeton d’API sur la page Authentification.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the token with %1…</source>
            <translation>Vérification du jeton auprès de %1…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1
The token belongs to %2, but the user name on the Authenticate page is %3: Basic authentication needs both to match. Correct the user name or the token.</source>
            <translation>%1
Le jeton appartient à %2, mais le nom d’utilisateur indiqué sur la page Authentification est %3 : l’authentification Basic exige qu’ils correspondent. Corrigez le nom d’utilisateur ou le jeton.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Qualtrics refused the token (HTTP %1): check the token on the Authenticate page, and that the URL is on your organisation's data center.</source>
            <translation>Qualtrics a refusé le jeton (HTTP %1) : vérifiez le jeton sur la page Authentification, et que l’URL est bien sur le centre de données de votre organisation.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::StreamController</name>
        <message>
            <location filename="../../ui/streamcontroller.cpp" line="+44" />
            <source>Destination "%1" is not valid; edit it before streaming:
%2</source>
            <translation>La destination « %1 » n’est pas valide ; modifiez-la avant de lancer la diffusion :
%2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>"%1" is already streaming from %2; stop it first to change the source.</source>
            <translation>« %1 » est déjà en diffusion depuis %2 ; arrêtez-la d’abord pour changer de source.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a profile file to stream to "%1" from: one JSON object per line, a JSON array, or JSON objects one after another.</source>
            <translation>Choisissez un fichier de profils à diffuser vers « %1 » : un objet JSON par ligne, un tableau JSON, ou des objets JSON l’un après l’autre.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot stream to "%1": %2</source>
            <translation>Impossible de diffuser vers « %1 » : %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stream &gt; Resume, Ctrl+Shift+R</source>
            <translation>Diffusion &gt; Reprendre, Ctrl+Maj+R</translation>
        </message>
        <message>
            <location line="+38" />
            <source>"%1": %2</source>
            <translation>« %1 » : %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Streaming to "%1" stopped: %2</source>
            <translation>Diffusion vers « %1 » arrêtée : %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Streaming to "%1" stopped.</source>
            <translation>Diffusion vers « %1 » arrêtée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Streaming to "%1" stopped with problems: activations failed or the destination was paused. See Alerts and History.</source>
            <translation>La diffusion vers « %1 » s’est arrêtée avec des problèmes : des activations ont échoué ou la destination a été mise en pause. Consultez les alertes et l’historique.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Streaming did not start: %1</source>
            <translation>La diffusion n’a pas démarré : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Streaming to "%1" did not start: %2</source>
            <translation>La diffusion vers « %1 » n’a pas démarré : %2</translation>
        </message>
        <message>
            <location line="+43" />
            <source>"%1" was resumed, but its token could not be read again, so streaming goes on with the one it started with: %2</source>
            <translation>« %1 » a repris, mais son jeton n’a pas pu être relu ; la diffusion continue avec celui du démarrage : %2</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::TestSendPanel</name>
        <message>
            <location filename="../../ui/panels/testsendpanel.cpp" line="+181" />
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Fill the editor with a sample profile for this destination's mapping.</source>
            <translation>Remplir l’éditeur avec un exemple de profil adapté au mappage de cette destination.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paste a profile (one JSON object in the XDM profile shape) or click Generate sample.</source>
            <translation>Collez un profil (un objet JSON au format de profil XDM) ou cliquez sur Générer un exemple.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Copy the request as a curl command; the token stays in $QAD_API_TOKEN.</source>
            <translation>Copier la requête sous forme de commande curl ; le jeton reste dans $QAD_API_TOKEN.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>Payload</source>
            <translation>Charge utile</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Status:</source>
            <translation>Statut :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time:</source>
            <translation>Durée :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size:</source>
            <translation>Taille :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request ID:</source>
            <translation>ID de requête :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notice:</source>
            <translation>Avis :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome:</source>
            <translation>Résultat :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be retried:</source>
            <translation>Serait retentée :</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Headers</source>
            <translation>En-têtes</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Body</source>
            <translation>Corps</translation>
        </message>
        <message>
            <location line="-90" />
            <source>&amp;Generate sample</source>
            <translation>&amp;Générer un exemple</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+213" />
            <source>Se&amp;nd</source>
            <translation>En&amp;voyer</translation>
        </message>
        <message>
            <location line="-199" />
            <source>Copy as c&amp;url</source>
            <translation>Copier en commande c&amp;url</translation>
        </message>
        <message>
            <location line="+32" />
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+45" />
            <source>Request (auth redacted)</source>
            <translation>Requête (authentification masquée)</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Response body</source>
            <translation>Corps de la réponse</translation>
        </message>
        <message>
            <location line="+75" />
            <source>No destination selected.</source>
            <translation>Aucune destination sélectionnée.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Destination: %1 (%2)</source>
            <translation>Destination : %1 (%2)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Not a usable profile: %1</source>
            <translation>Profil inutilisable : %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Excluded, nothing will be sent: %1</source>
            <translation>Exclu, rien ne sera envoyé : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too large, nothing will be sent: %1</source>
            <translation>Trop volumineux, rien ne sera envoyé : %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No keychain is available to read the token from: restart qad.</source>
            <translation>Aucun trousseau n’est disponible pour y lire le jeton : redémarrez qad.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Sending to %1…</source>
            <translation>Envoi vers %1…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The test send to "%1" finished: %2 (%3). Its run history shows the answer.</source>
            <translation>L’envoi de test vers « %1 » est terminé : %2 (%3). Son historique des envois montre la réponse.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The test send to "%1" was not sent: %2</source>
            <translation>L’envoi de test vers « %1 » n’a pas été envoyé : %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recorded in the history as test activation %1.</source>
            <translation>Enregistré dans l’historique comme activation de test %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excluded, nothing was sent: %1</source>
            <translation>Exclu, rien n’a été envoyé : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent: %1</source>
            <translation>Non envoyé : %1</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Copied as curl. Set QAD_API_TOKEN before running it.</source>
            <translation>Requête copiée en commande curl. Définissez QAD_API_TOKEN avant de l’exécuter.</translation>
        </message>
        <message>
            <location line="-93" />
            <location line="+44" />
            <source>HTTP %1</source>
            <translation>HTTP %1</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+43" />
            <source>No response</source>
            <translation>Aucune réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%Ln byte(s)</source>
            <comment>the size of the endpoint's answer</comment>
            <translation>
                <numerusform>%Ln octet</numerusform>
                <numerusform>%Ln octets</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Location: %1</source>
            <translation>Emplacement : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes, after %1 s (Retry-After)</source>
            <translation>oui, après %1 s (Retry-After)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::TrayController</name>
        <message>
            <location filename="../../ui/traycontroller.cpp" line="+38" />
            <source>paused: authentication (fix the API token, then resume)</source>
            <translation>en pause : authentification (corrigez le jeton d’API, puis reprenez)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n failed in the last hour</source>
            <translation>
                <numerusform>%n en échec durant la dernière heure</numerusform>
                <numerusform>%n en échec durant la dernière heure</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n waiting to retry</source>
            <translation>
                <numerusform>%n en attente de nouvelle tentative</numerusform>
                <numerusform>%n en attente de nouvelle tentative</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n open alert(s)</source>
            <translation>
                <numerusform>%n alerte ouverte</numerusform>
                <numerusform>%n alertes ouvertes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+113" />
            <source>Show qad</source>
            <translation>Afficher qad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location line="+34" />
            <source>qad: the history cannot be read: %1</source>
            <translation>qad : l’historique est illisible : %1</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+8" />
            <location line="+34" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="-29" />
            <source>qad: every destination is delivering.</source>
            <translation>qad : toutes les destinations livrent normalement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qad
%1</source>
            <translation>qad
%1</translation>
        </message>
    </context>
    <context>
        <name>qadctl</name>
        <message>
            <location filename="../../app/cli/cli.cpp" line="+72" />
            <source>No destination "%1". `qadctl destination list` shows the ids and names.</source>
            <translation>Aucune destination « %1 ». `qadctl destination list` affiche les id et les noms.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No destination "%1": a destination is named by its whole name (in any case), its id, or the start of its id of 4 characters or more. Did you mean:
%2</source>
            <translation>Aucune destination « %1 » : une destination se désigne par son nom complet (sans tenir compte de la casse), son identifiant, ou le début de son identifiant d’au moins 4 caractères. Vouliez-vous dire :
%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>"%1" could mean more than one destination (by name or by the start of the id):
%2
Use the full id of the one you mean.</source>
            <translation>« %1 » peut désigner plusieurs destinations (par le nom ou par le début de l’identifiant) :
%2
Donnez l’identifiant complet de celle que vous voulez.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Waiting for the keychain: if it asks for your password, enter it in its window.</source>
            <translation>En attente du trousseau : s’il vous demande votre mot de passe, saisissez-le dans sa fenêtre.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>warning: %1</source>
            <translation>avertissement : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show this help.</source>
            <translation>Afficher cette aide.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run with --help for the options.</source>
            <translation>Lancez avec --help pour voir les options.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is given %2 times (%3): give it once.</source>
            <translation>%1 est donné %2 fois (%3) : donnez-le une seule fois.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>%1: "%2" is not valid UTF-8 (� marks the bytes that are not), so it cannot be used as a path. Rename it, or give a symbolic link to it whose name is valid UTF-8.</source>
            <translation>%1 : « %2 » n’est pas de l’UTF-8 valide (� marque les octets qui ne le sont pas) ; il ne peut donc pas servir de chemin. Renommez-le, ou donnez un lien symbolique vers lui dont le nom est en UTF-8 valide.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: no file given; give a file, or - for standard input.</source>
            <translation>%1 : aucun fichier donné ; donnez un fichier, ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: %2 is a directory; give the path of a file.</source>
            <translation>%1 : %2 est un dossier ; donnez le chemin d’un fichier.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: cannot read %2: %3.</source>
            <translation>%1 : impossible de lire %2 : %3.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>--%1: %2 is too large.</source>
            <translation>--%1 : %2 est trop grand.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: %2 is too small.</source>
            <translation>--%1 : %2 est trop petit.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Use a whole number from %1 to %2.</source>
            <translation>Utilisez un nombre entier de %1 à %2.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Usage: qadctl [--config-dir DIR] [--data-dir DIR] COMMAND [options]

Streams customer-profile activations to Qualtrics Automations (JSON events).

Commands:
  destination add|edit|list|show|remove|export|import   configure destinations
  token set|delete|check ID                               the API token, in the OS keychain
  sample ID [--count N]                                   sample profiles for a destination (NDJSON)
  test-send ID [--profile FILE] [--json]                  send one profile and show the exchange
  run ID… --source PATH|- [--follow] [--exit-when-idle]    stream profile updates to destinations
  history ID [--status S] [--limit N] [--json]            activations, newest first
  status ID [--json]                                      delivery status, counters, open alerts
  replay ID (--failed | --activation AID)                 send again
  pause ID, resume ID                                     stop or restart sending
  doctor                                                  check keychain, token sources, paths, database, config, allocator

Global options:
  --config-dir DIR   where destinations are configured (default: %1)
  --data-dir DIR     where the history database lives (default: %2)
  --help             this help; COMMAND --help for a command's options
  --version          the version

Environment: QAD_API_TOKEN supplies the token explicitly on servers without a keychain.
Exit codes: 0 success, 1 the operation failed, 2 usage or configuration error.
</source>
            <translation>Utilisation : qadctl [--config-dir DIR] [--data-dir DIR] COMMAND [options]

Envoie en continu les activations de profils clients à Qualtrics Automations (événements JSON).

Commandes :
  destination add|edit|list|show|remove|export|import   configurer les destinations
  token set|delete|check ID                               le jeton d’API, dans le trousseau du système
  sample ID [--count N]                                   exemples de profils pour une destination (NDJSON)
  test-send ID [--profile FILE] [--json]                  envoyer un profil et afficher l’échange
  run ID… --source PATH|- [--follow] [--exit-when-idle]    diffuser les mises à jour de profils vers les destinations
  history ID [--status S] [--limit N] [--json]            activations, les plus récentes d’abord
  status ID [--json]                                      état de la livraison, compteurs, alertes ouvertes
  replay ID (--failed | --activation AID)                 renvoyer des activations
  pause ID, resume ID                                     arrêter ou reprendre l’envoi
  doctor                                                  vérifier le trousseau, les sources du jeton, les chemins, la base de données, la configuration, l’allocateur

Options globales :
  --config-dir DIR   dossier où les destinations sont configurées (par défaut : %1)
  --data-dir DIR     dossier de la base de l’historique (par défaut : %2)
  --help             cette aide ; COMMAND --help pour les options d’une commande
  --version          la version

Environnement : QAD_API_TOKEN fournit explicitement le jeton sur les serveurs sans trousseau.
Codes de sortie : 0 succès, 1 échec de l’opération, 2 erreur d’utilisation ou de configuration.
</translation>
        </message>
        <message>
            <location line="+58" />
            <location line="+4" />
            <source>%1 needs a directory.</source>
            <translation>%1 nécessite un dossier.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Unknown command "%1". Run qadctl --help for the commands.</source>
            <translation>Commande « %1 » inconnue. Lancez qadctl --help pour voir les commandes.</translation>
        </message>
        <message>
            <location filename="../../app/cli/destinationcommands.cpp" line="+20" />
            <source>Destination name (unique, 1–256 characters).</source>
            <translation>Nom de la destination (unique, de 1 à 256 caractères).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Qualtrics JSON-event URL, exactly as copied.</source>
            <translation>L’URL d’événement JSON Qualtrics, exactement telle que copiée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualtrics username (for Basic auth).</source>
            <translation>Nom d’utilisateur Qualtrics (pour l’authentification Basic).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Auth mode: basic (default) or header (X-API-TOKEN).</source>
            <translation>Mode d’authentification : basic (par défaut) ou header (X-API-TOKEN).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free description.</source>
            <translation>Description libre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Identity mapping SOURCE_NAMESPACE:TARGET, target email or external_id (repeatable), e.g. Email:email, ECID:external_id.</source>
            <translation>Mappage d’identité SOURCE_NAMESPACE:TARGET, cible email ou external_id (répétable), par ex. Email:email, ECID:external_id.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attribute mapping SOURCE_PATH=TARGET_PATH (repeatable), e.g. person.name.firstName=firstName.</source>
            <translation>Mappage d’attribut SOURCE_PATH=TARGET_PATH (répétable), par ex. person.name.firstName=firstName.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience (segment) id with an optional name, ID[=NAME] (repeatable).</source>
            <translation>Id d’audience (segment) avec un nom facultatif, ID[=NAME] (répétable).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>membership-or-attributes (default) or membership-only.</source>
            <translation>membership-or-attributes (par défaut) ou membership-only.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Requests per minute at most (default 3000; 0 = unlimited).</source>
            <translation>Nombre maximal de requêtes par minute (par défaut 3000 ; 0 = illimité).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requests in flight (default 6).</source>
            <translation>Requêtes en parallèle (par défaut 6).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Per-attempt deadline (default 10).</source>
            <translation>Délai par tentative, en secondes (par défaut 10).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>--auth: "%1" is not an auth mode; use basic or header.</source>
            <translation>--auth : « %1 » n’est pas un mode d’authentification ; utilisez basic ou header.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--identity: "%1" is not SOURCE:TARGET with TARGET email or external_id (e.g. Email:email).</source>
            <translation>--identity : « %1 » n’est pas de la forme SOURCE:TARGET avec TARGET valant email ou external_id (par ex. Email:email).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--map: "%1" is not SOURCE=TARGET (e.g. person.name.firstName=firstName).</source>
            <translation>--map : « %1 » n’est pas de la forme SOURCE=TARGET (par ex. person.name.firstName=firstName).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--export-on: use membership-or-attributes or membership-only.</source>
            <translation>--export-on : utilisez membership-or-attributes ou membership-only.</translation>
        </message>
        <message>
            <location filename="../../app/cli/cli.cpp" line="-160" />
            <source>--%1: "%2" is not a whole number.</source>
            <translation>--%1 : « %2 » n’est pas un nombre entier.</translation>
        </message>
        <message>
            <location filename="../../app/cli/destinationcommands.cpp" line="+22" />
            <source>The largest number it takes is %1.</source>
            <translation>Le plus grand nombre accepté est %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The smallest number it takes is %1.</source>
            <translation>Le plus petit nombre accepté est %1.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+90" />
            <location filename="../../app/cli/doctorcommand.cpp" line="+100" />
            <source>Unexpected argument "%1".</source>
            <translation>Argument inattendu « %1 ».</translation>
        </message>
        <message>
            <location line="-65" />
            <source>The destination (id, id prefix or name).</source>
            <translation>La destination (id, début d’id ou nom).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>destination edit takes one destination id.</source>
            <translation>destination edit prend un seul id de destination.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>paused</source>
            <translation>en pause</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/cli/historycommands.cpp" line="+366" />
            <source>paused: %1</source>
            <translation>en pause : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>error</source>
            <translation>erreur</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/cli/historycommands.cpp" line="+2" />
            <source>enabled</source>
            <translation>activée</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+38" />
            <location filename="../../app/cli/historycommands.cpp" line="-22" />
            <location filename="../../app/cli/sendcommands.cpp" line="+167" />
            <source>Machine-readable output.</source>
            <translation>Sortie lisible par une machine.</translation>
        </message>
        <message>
            <location line="-34" />
            <source>qadctl destination list: the configured destinations.</source>
            <translation>qadctl destination list : les destinations configurées.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No destinations yet: create one with `qadctl destination add`.</source>
            <translation>Aucune destination pour l’instant : créez-en une avec `qadctl destination add`.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+69" />
            <location line="+15" />
            <location filename="../../app/cli/historycommands.cpp" line="-304" />
            <location filename="../../app/cli/sendcommands.cpp" line="-34" />
            <location line="+31" />
            <location filename="../../app/cli/tokencommands.cpp" line="+135" />
            <source>The destination.</source>
            <translation>La destination.</translation>
        </message>
        <message>
            <location line="-81" />
            <source>qadctl destination show: one destination's configuration.</source>
            <translation>qadctl destination show : la configuration d’une destination.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>destination show takes one destination id.</source>
            <translation>destination show prend un seul id de destination.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Id:           %1</source>
            <translation>Id :          %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name:         %1</source>
            <translation>Nom :         %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description:  %1</source>
            <translation>Description : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>URL:          %1</source>
            <translation>URL :         %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auth:         %1 (%2)</source>
            <translation>Auth. :       %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State:        %1</source>
            <translation>État :        %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export on:    %1</source>
            <translation>Export si :   %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity:     %1 → %2</source>
            <translation>Identité :    %1 → %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute:    %1 → %2</source>
            <translation>Attribut :    %1 → %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience:     %1 %2</source>
            <translation>Audience :    %1 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, from %2 to %3</source>
            <comment>an audience of destination show, then its dates</comment>
            <translation>%1, du %2 au %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, from %2</source>
            <comment>an audience of destination show, then its start date</comment>
            <translation>%1, à partir du %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, until %2</source>
            <comment>an audience of destination show, then its end date</comment>
            <translation>%1, jusqu’au %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delivery:     no rate limit, %1 in flight, %2 s deadline</source>
            <translation>Livraison :   sans limite de débit, %1 en parallèle, délai de %2 s</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delivery:     %1/min, %2 in flight, %3 s deadline</source>
            <translation>Livraison :   %1/min, %2 en parallèle, délai de %3 s</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+21" />
            <location filename="../../app/cli/historycommands.cpp" line="-11" />
            <source>This command takes one destination id.</source>
            <translation>Cette commande prend un seul id de destination.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Remove it even though activations are still queued for it: they are never sent.</source>
            <translation>La supprimer même si des activations sont encore en file pour elle : elles ne seront jamais envoyées.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qadctl destination remove: delete a destination and its token. Its history stays in the database.</source>
            <translation>qadctl destination remove : supprimer une destination et son jeton. Son historique reste dans la base de données.</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Destination "%1" still has %n activation(s) queued (pending, being sent or waiting for a retry); removed, it would never send them. Deliver them first (`qadctl run %2 --source FILE --exit-when-idle`, after `qadctl resume %2` if it is paused), or remove it anyway with --force: its history stays in the database.</source>
            <translation>
                <numerusform>La destination « %1 » a encore %n activation en file (en attente, en cours d’envoi ou en attente d’une nouvelle tentative) ; supprimée, elle ne l’enverrait jamais. Livrez-la d’abord (`qadctl run %2 --source FICHIER --exit-when-idle`, après `qadctl resume %2` si elle est en pause), ou supprimez-la quand même avec --force : son historique reste dans la base de données.</numerusform>
                <numerusform>La destination « %1 » a encore %n activations en file (en attente, en cours d’envoi ou en attente d’une nouvelle tentative) ; supprimée, elle ne les enverrait jamais. Livrez-les d’abord (`qadctl run %2 --source FICHIER --exit-when-idle`, après `qadctl resume %2` si elle est en pause), ou supprimez-la quand même avec --force : son historique reste dans la base de données.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Removed destination "%1" (%2). Its history stays until it ages out: `qadctl history %2` reads it.</source>
            <translation>Destination « %1 » supprimée (%2). Son historique reste jusqu’à son expiration : `qadctl history %2` le lit.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>the destination is removed, but its token could not be deleted from the keychain: %1</source>
            <translation>la destination est supprimée, mais son jeton n’a pas pu être retiré du trousseau : %1</translation>
        </message>
        <message>
            <location line="-265" />
            <source>qadctl destination add: create a destination; prints its id. --name, --url and --identity are required, and --username with basic auth.</source>
            <translation>qadctl destination add : crée une destination et affiche son identifiant. --name, --url et --identity sont obligatoires, ainsi que --username avec l’authentification basic.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>qadctl destination edit: change only the options given. --identity, --map and --audience replace the whole list when given: repeat every entry to keep.</source>
            <translation>qadctl destination edit : ne modifie que les options données. --identity, --map et --audience remplacent toute la liste lorsqu’ils sont donnés : répétez chaque entrée à conserver.</translation>
        </message>
        <message>
            <location line="+240" />
            <source>Removed destination "%1" (%2). It had no history.</source>
            <translation>Destination « %1 » supprimée (%2). Elle n’avait pas d’historique.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>qadctl destination export: print a destination as JSON, without secrets.</source>
            <translation>qadctl destination export : afficher une destination en JSON, sans les secrets.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A file written by destination export, or -.</source>
            <translation>Un fichier écrit par destination export, ou -.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>qadctl destination import: add a destination from an export.</source>
            <translation>qadctl destination import : ajouter une destination à partir d’un export.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>destination import takes one file (or - for standard input).</source>
            <translation>destination import prend un seul fichier (ou - pour l’entrée standard).</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../app/cli/doctorcommand.cpp" line="-42" />
            <location line="+97" />
            <location line="+2" />
            <location filename="../../app/cli/sendcommands.cpp" line="-68" />
            <location line="+25" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Imported "%1". Store its token with: qadctl token set %2</source>
            <translation>« %1 » importée. Enregistrez son jeton avec : qadctl token set %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Usage: qadctl destination COMMAND [options]

Commands:
  add --name N --url U --identity SRC:TARGET… [options]   create a destination; prints its id
  edit ID [options of add]                                change only the options given
  list [--json]                                           the configured destinations
  show ID [--json]                                        one destination's configuration
  remove ID [--force]                                     delete a destination and its token
  export ID                                               print it as JSON, without secrets
  import FILE|-                                           add a destination from an export

ID is a destination's id, the start of it (4 characters or more) or its name.
qadctl destination COMMAND --help shows a command's options.
</source>
            <translation>Usage : qadctl destination COMMANDE [options]

Commandes :
  add --name N --url U --identity SRC:CIBLE… [options]    crée une destination ; affiche son identifiant
  edit ID [options de add]                                ne change que les options données
  list [--json]                                           les destinations configurées
  show ID [--json]                                        la configuration d’une destination
  remove ID [--force]                                     supprime une destination et son jeton
  export ID                                               l’affiche en JSON, sans secrets
  import FICHIER|-                                        ajoute une destination depuis un export

ID est l’identifiant d’une destination, son début (4 caractères ou plus) ou son nom.
qadctl destination COMMANDE --help montre les options d’une commande.
</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Unknown command "destination %1"; use one of: add, edit, list, show, remove, export, import.</source>
            <translation>Commande inconnue « destination %1 » ; utilisez l’une de : add, edit, list, show, remove, export, import.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>destination needs one of: add, edit, list, show, remove, export, import.</source>
            <translation>destination nécessite l’une de ces commandes : add, edit, list, show, remove, export, import.</translation>
        </message>
        <message>
            <location filename="../../app/cli/doctorcommand.cpp" line="-134" />
            <source>ok  </source>
            <translation>ok   </translation>
        </message>
        <message>
            <location line="+1" />
            <source>warn</source>
            <translation>avert</translation>
        </message>
        <message>
            <location line="+4" />
            <source>FAIL</source>
            <translation>ÉCHEC</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: %2 (not created yet)</source>
            <translation>%1 : %2 (pas encore créé)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2 is not writable; fix its permissions or choose another directory.</source>
            <translation>%1 : %2 n’est pas accessible en écriture ; corrigez ses droits d’accès ou choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2 is readable by other users; run chmod 700 on it.</source>
            <translation>%1 : %2 est lisible par les autres utilisateurs ; lancez chmod 700 dessus.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>database: %1 (not created yet)</source>
            <translation>base de données : %1 (pas encore créée)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>database: %1</source>
            <translation>base de données : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>database: %1 (schema %2, %3, every page read)</source>
            <translation>base de données : %1 (schéma %2, %3, toutes les pages lues)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>qadctl doctor: check the keychain and token sources, the paths, the database, the configuration and the memory allocator. Exits 1 when a check fails.</source>
            <translation>qadctl doctor : vérifie le trousseau et les sources du jeton, les chemins, la base de données, la configuration et l’allocateur de mémoire. Sort avec 1 quand une vérification échoue.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>qadctl %1 on Qt %2</source>
            <translation>qadctl %1 sur Qt %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>memory allocator: the C library's malloc()</source>
            <translation>allocateur de mémoire : malloc() de la bibliothèque C</translation>
        </message>
        <message>
            <location line="+2" />
            <source>memory allocator: %1</source>
            <translation>allocateur de mémoire : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>memory allocator: %1 is linked, but another allocator serves malloc() (set by LD_PRELOAD?): streaming takes more CPU. Unset LD_PRELOAD to use %1.</source>
            <translation>allocateur de mémoire : %1 est lié, mais un autre allocateur sert malloc() (défini par LD_PRELOAD ?) : la diffusion consomme plus de processeur. Retirez LD_PRELOAD pour utiliser %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>configuration directory</source>
            <translation>dossier de configuration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>data directory</source>
            <translation>dossier de données</translation>
        </message>
        <message>
            <location line="+9" />
            <source>keychain (%1): %2 Not needed while QAD_API_TOKEN is set.</source>
            <translation>trousseau (%1) : %2 Inutile tant que QAD_API_TOKEN est défini.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>keychain (%1): %2</source>
            <translation>trousseau (%1) : %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>keychain: %1 answers</source>
            <translation>trousseau : %1 répond</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QAD_API_TOKEN is set: every destination uses it instead of the keychain.</source>
            <translation>QAD_API_TOKEN est défini : toutes les destinations l’utilisent à la place du trousseau.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>configuration: %n destination(s) in %1</source>
            <translation>
                <numerusform>configuration : %n destination dans %1</numerusform>
                <numerusform>configuration : %n destinations dans %1</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1: configuration valid</source>
            <translation>%1 : configuration valide</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: token from the %2</source>
            <translation>%1 : jeton (source : %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: no token: %2</source>
            <translation>%1 : aucun jeton : %2</translation>
        </message>
        <message>
            <location filename="../../app/cli/historycommands.cpp" line="+190" />
            <source>At most N (default 50).</source>
            <translation>Au plus N (par défaut 50).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Machine-readable output, with attempts.</source>
            <translation>Sortie lisible par une machine, avec les tentatives.</translation>
        </message>
        <message numerus="yes">
            <location line="+105" />
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n tentative</numerusform>
                <numerusform>%n tentatives</numerusform>
            </translation>
        </message>
        <message>
            <location line="-153" />
            <location line="+155" />
            <source>  [test]</source>
            <translation>  [test]</translation>
        </message>
        <message>
            <location line="-257" />
            <source>%1 is no longer configured (it was removed); its history is read as the database keeps it.</source>
            <translation>%1 n’est plus configurée (elle a été supprimée) ; son historique est lu tel que la base de données le garde.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>A `qadctl run %1` streaming now (or the GUI) sends them within seconds; otherwise the next one does.</source>
            <translation>Un `qadctl run %1` en cours (ou l’interface graphique) les envoie en quelques secondes ; sinon, le prochain le fera.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No profile was left out by "%1".</source>
            <translation>Aucun profil n’a été exclu par « %1 ».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(no usable identity)</source>
            <translation>(aucune identité utilisable)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No input record was rejected.</source>
            <translation>Aucun enregistrement d’entrée n’a été rejeté.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/cli/runcommand.cpp" line="+281" />
            <source>standard input</source>
            <translation>entrée standard</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only the activations that are pending, sending, retrying, succeeded or failed; or the profiles left out (excluded), or the bad input records of any source (rejected), each with its reason.</source>
            <translation>Seulement les activations pending, sending, retrying, succeeded ou failed ; ou les profils écartés (excluded), ou les enregistrements d’entrée invalides de toutes les sources (rejected), chacun avec son motif.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The destination; the full id of one that was removed reads the history it left.</source>
            <translation>La destination ; l’identifiant complet d’une destination supprimée lit l’historique qu’elle a laissé.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>qadctl history ID: activations, newest first; with --status excluded or rejected, the profiles left out or the bad input records, with their reasons.</source>
            <translation>qadctl history ID : les activations, les plus récentes d’abord ; avec --status excluded ou rejected, les profils écartés ou les enregistrements d’entrée invalides, avec leurs motifs.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>--status: use pending, sending, retrying, succeeded, failed, excluded or rejected.</source>
            <translation>--status : utilisez pending, sending, retrying, succeeded, failed, excluded ou rejected.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>"%1" has no %2 activation.</source>
            <translation>« %1 » n’a aucune activation à l’état %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>"%1" has no activation yet.</source>
            <translation>« %1 » n’a encore aucune activation.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>  next %1</source>
            <translation>  prochaine tentative %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>qadctl status ID: delivery status, counters per hour and in total, alerts.</source>
            <translation>qadctl status ID : état de la livraison, compteurs par heure et au total, alertes.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>error: the last attempt failed (the last error says why)</source>
            <translation>erreur : la dernière tentative a échoué (la dernière erreur dit pourquoi)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Destination:          %1 (%2)</source>
            <translation>Destination :         %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State:                %1</source>
            <translation>État :                %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last error:           %1</source>
            <translation>Dernière erreur :     %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>                      total      this hour</source>
            <translation>                      total      cette heure</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Profiles received</source>
            <translation>Profils reçus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities activated</source>
            <translation>Identités activées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities excluded</source>
            <translation>Identités exclues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities failed</source>
            <translation>Identités en échec</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activation rate</source>
            <translation>Taux d’activation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Latency (average):    %1 ms</source>
            <translation>Latence (moyenne) :   %1 ms</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Queue depth:          %1 (%2 retrying)</source>
            <translation>File d’attente :      %1 (%2 en attente de nouvelle tentative)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send rate:            %1/s (activations done, over the last 10 s)</source>
            <translation>Débit d’envoi :       %1/s (activations terminées, sur les 10 dernières s)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open alerts:          none</source>
            <translation>Alertes ouvertes :    aucune</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alert:                %1  %2: %3</source>
            <translation>Alerte :              %1  %2 : %3</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Re-queue every failed activation.</source>
            <translation>Remettre en file toutes les activations en échec.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-queue one activation.</source>
            <translation>Remettre en file une activation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qadctl replay ID (--failed | --activation AID): send again; the next run delivers them.</source>
            <translation>qadctl replay ID (--failed | --activation AID) : renvoyer ; la prochaine exécution les livre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>replay takes --failed (every failed activation) or --activation AID (one), not both.</source>
            <translation>replay prend --failed (toutes les activations en échec) ou --activation AID (une seule), pas les deux.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>replay needs either --failed or --activation AID.</source>
            <translation>replay nécessite --failed ou --activation AID.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" has no failed activation to send again.</source>
            <translation>« %1 » n’a aucune activation en échec à renvoyer.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n activation(s) queued again.</source>
            <translation>
                <numerusform>%n activation remise en file.</numerusform>
                <numerusform>%n activations remises en file.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No activation %1 for destination "%2".</source>
            <translation>Aucune activation %1 pour la destination « %2 ».</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Activation %1 queued again.</source>
            <translation>Activation %1 remise en file.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it had been delivered already: Qualtrics starts its workflow for %1 again.</source>
            <translation>elle avait déjà été livrée : Qualtrics relance son workflow pour %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>qadctl pause ID: stop sending (activations keep queueing).</source>
            <translation>qadctl pause ID : arrêter l’envoi (les activations continuent d’être mises en file).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qadctl resume ID: send again, after a pause or an authentication failure.</source>
            <translation>qadctl resume ID : reprendre l’envoi, après une pause ou un échec d’authentification.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Destination "%1" paused.</source>
            <translation>Destination « %1 » mise en pause.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination "%1" resumed.</source>
            <translation>Destination « %1 » reprise.</translation>
        </message>
        <message>
            <location filename="../../app/cli/runcommand.cpp" line="-191" />
            <source>read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s</source>
            <translation>lus %1 · rejetés %2 · activations %3 · exclus %4 · envoyés %5 · en échec %6 · nouvelles tentatives %7 · %8/s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s on average over %9 s</source>
            <translation>lus %1 · rejetés %2 · activations %3 · exclus %4 · envoyés %5 · en échec %6 · nouvelles tentatives %7 · %8/s en moyenne sur %9 s</translation>
        </message>
        <message>
            <location line="+13" />
            <source>One or more destinations.</source>
            <translation>Une ou plusieurs destinations.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile updates: an NDJSON or JSON-array file, pretty-printed objects one after another, a named pipe (read as it is written, as &lt;(producer) is), or - for standard input.</source>
            <translation>Mises à jour de profils : un fichier NDJSON ou un tableau JSON, des objets mis en forme les uns après les autres, un tube nommé (lu au fil de l’écriture, comme &lt;(producteur)), ou - pour l’entrée standard.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep reading the file as it grows, through rotation and truncation.</source>
            <translation>Continuer à lire le fichier à mesure qu’il grandit, y compris après rotation ou troncature.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exit once the source is exhausted and every activation is succeeded or failed.</source>
            <translation>Quitter une fois la source épuisée et chaque activation réussie ou en échec.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep final activations this many days (default 90).</source>
            <translation>Conserver les activations terminées pendant ce nombre de jours (par défaut 90).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>qadctl run ID… --source PATH|-: stream profile updates to the destinations until stopped (Ctrl+C or SIGTERM: in-flight work is finished or kept, exit 0).</source>
            <translation>qadctl run ID… --source PATH|- : diffuser les mises à jour de profils vers les destinations jusqu’à l’arrêt (Ctrl+C ou SIGTERM : le travail en cours est terminé ou conservé, code de sortie 0).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>run needs at least one destination id.</source>
            <translation>run nécessite au moins un id de destination.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>run needs --source PATH (or --source - for standard input).</source>
            <translation>run nécessite --source PATH (ou --source - pour l’entrée standard).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--follow applies to files; standard input is read until it ends.</source>
            <translation>--follow s’applique aux fichiers ; l’entrée standard est lue jusqu’à sa fin.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--exit-when-idle ends a run once the source is read to its end, and --follow never reaches one: use --follow to stream until Ctrl+C, or --exit-when-idle for a batch.</source>
            <translation>--exit-when-idle termine une exécution une fois la source lue jusqu’au bout, et --follow n’y arrive jamais : utilisez --follow pour diffuser jusqu’à Ctrl+C, ou --exit-when-idle pour un traitement par lot.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Destination "%1" is not valid; fix it with `qadctl destination edit`:
%2</source>
            <translation>La destination « %1 » n’est pas valide ; corrigez-la avec `qadctl destination edit` :
%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Destination "%1": %2</source>
            <translation>Destination « %1 » : %2</translation>
        </message>
        <message>
            <location line="+54" />
            <source>qadctl: the token of destination %1 could not be read again as it was resumed, so the run keeps the one it started with: %2</source>
            <translation>qadctl : le jeton de la destination %1 n’a pas pu être relu à la reprise ; l’exécution garde celui du démarrage : %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>alert: %1: %2</source>
            <translation>alerte : %1 : %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>rejected: more bad records follow; they are counted, not shown here. List them with `qadctl history %1 --status rejected`.</source>
            <translation>rejeté : d’autres enregistrements invalides suivent ; ils sont comptés, pas affichés ici. Listez-les avec `qadctl history %1 --status rejected`.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>rejected: %1: %2</source>
            <translation>rejeté : %1 : %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Stopping on SIGTERM: finishing what is in flight… (another SIGTERM or SIGINT stops at once; what is in flight is then sent again at the next start)</source>
            <translation>Arrêt sur SIGTERM : finalisation du travail en cours… (un autre SIGTERM ou SIGINT arrête tout de suite ; ce qui est en cours d’envoi sera alors renvoyé au prochain démarrage)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stopping: finishing what is in flight… (Ctrl+C again stops at once; what is in flight is then sent again at the next start)</source>
            <translation>Arrêt : finalisation du travail en cours… (Ctrl+C à nouveau arrête tout de suite ; ce qui est en cours d’envoi sera alors renvoyé au prochain démarrage)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stopping at once: what was in flight is sent again at the next start.</source>
            <translation>Arrêt immédiat : ce qui était en cours d’envoi sera renvoyé au prochain démarrage.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Waiting for %1: it does not exist yet, and is read from its start once it appears.</source>
            <translation>En attente de %1 : ce fichier n’existe pas encore ; il sera lu depuis son début dès qu’il apparaîtra.</translation>
        </message>
        <message>
            <location filename="../../app/cli/sendcommands.cpp" line="-46" />
            <source>generated sample</source>
            <translation>exemple généré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No --profile given: sending a generated sample profile.</source>
            <translation>Aucun --profile indiqué : envoi d’un exemple de profil généré.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 holds %2 profiles; test-send sends the first.</source>
            <translation>%1 contient %2 profils ; test-send envoie le premier.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 holds several lines; test-send sends the first profile.</source>
            <translation>%1 contient plusieurs lignes ; test-send envoie le premier profil.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>How many profiles (default 1).</source>
            <translation>Nombre de profils (par défaut 1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>qadctl sample ID: sample profiles for the destination's mapping, as NDJSON.</source>
            <translation>qadctl sample ID : exemples de profils adaptés au mappage de la destination, en NDJSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sample takes one destination id.</source>
            <translation>sample prend un seul id de destination.</translation>
        </message>
        <message>
            <location line="-56" />
            <source>%1: the array is empty, so there is no profile to send. Give one profile object, or an array that starts with one.</source>
            <translation>%1 : le tableau est vide, il n’y a donc aucun profil à envoyer. Donnez un objet profil, ou un tableau qui commence par un profil.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>A profile JSON file (or -); a generated sample when left out.</source>
            <translation>Un fichier JSON de profil (ou -) ; un exemple généré s’il est omis.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>qadctl test-send ID: build the payload from a profile, send it once, and show the request (auth redacted) and the response. Recorded in the history as a test.</source>
            <translation>qadctl test-send ID : construire la charge utile à partir d’un profil, l’envoyer une fois, et afficher la requête (authentification masquée) et la réponse. Enregistré dans l’historique comme test.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>test-send takes one destination id.</source>
            <translation>test-send prend un seul id de destination.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--profile is empty: give a profile file (or - for standard input), or leave --profile out to send a generated sample.</source>
            <translation>--profile est vide : donnez un fichier de profil (ou - pour l’entrée standard), ou omettez --profile pour envoyer un exemple généré.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Profile excluded, nothing was sent: %1</source>
            <translation>Profil exclu, rien n’a été envoyé : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not sent: %1</source>
            <translation>Non envoyé : %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recorded in the history as test activation %1.</source>
            <translation>Enregistré dans l’historique comme activation de test %1.</translation>
        </message>
        <message>
            <location filename="../../app/cli/tokencommands.cpp" line="-113" />
            <source>API token for "%1" (input hidden): </source>
            <translation>Jeton d’API pour « %1 » (saisie masquée) : </translation>
        </message>
        <message>
            <location line="+39" />
            <source>No token on standard input. Pipe it in, e.g. `printf '%s' "$TOKEN" | qadctl token set %1`.</source>
            <translation>Aucun jeton sur l’entrée standard. Transmettez-le par un tube, par ex. `printf '%s' "$TOKEN" | qadctl token set %1`.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The token has spaces, several lines or control characters; give only the API token.</source>
            <translation>Le jeton contient des espaces, plusieurs lignes ou des caractères de contrôle ; donnez seulement le jeton d’API.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Token for "%1" stored in the keychain (%2).</source>
            <translation>Jeton de « %1 » enregistré dans le trousseau (%2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QAD_API_TOKEN is set in this environment and takes precedence over the keychain.</source>
            <translation>QAD_API_TOKEN est défini dans cet environnement et a priorité sur le trousseau.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Token for "%1" deleted from the keychain.</source>
            <translation>Jeton de « %1 » supprimé du trousseau.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was sent: destination "%1" is not valid. Fix it first with `qadctl destination edit`:
%2</source>
            <translation>Rien n’a été envoyé : la destination « %1 » n’est pas valide. Corrigez-la d’abord avec `qadctl destination edit` :
%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Token source: %1</source>
            <translation>Source du jeton : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the token belongs to %1, but the destination's username is %2; Basic auth needs both to match.</source>
            <translation>le jeton appartient à %1, mais le nom d’utilisateur de la destination est %2 ; l’authentification Basic exige qu’ils correspondent.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>set, delete or check.</source>
            <translation>set, delete ou check.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>check: only say where the token comes from; do not ask Qualtrics.</source>
            <translation>check : indiquer seulement d’où vient le jeton, sans interroger Qualtrics.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qadctl token set|delete|check ID: the destination's API token in the OS keychain.
set reads the token from standard input; check verifies it with Qualtrics (whoami) without starting a workflow.</source>
            <translation>qadctl token set|delete|check ID : le jeton d’API de la destination dans le trousseau du système.
set lit le jeton sur l’entrée standard ; check le vérifie auprès de Qualtrics (whoami) sans lancer de workflow.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use: qadctl token set|delete|check ID</source>
            <translation>Utilisation : qadctl token set|delete|check ID</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+15" />
            <source>token needs one of: set, delete, check.</source>
            <translation>token nécessite l’une de ces commandes : set, delete, check.</translation>
        </message>
    </context>
</TS>

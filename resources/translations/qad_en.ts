<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>qad::AlertEvaluator</name>
    <message>
        <location filename="../../app/alerts/alertevaluator.cpp" line="+68"/>
        <source>Streaming to &quot;%1&quot; started: profile updates for its audiences are being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An activation to &quot;%1&quot; failed for good (%2): %3 Fix the cause, then send it again with `qadctl replay %4 --activation %2` (or `--failed` for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is paused: the token was refused (%2). Its queue is kept. Store the right one with `qadctl token set %3`, then `qadctl resume %3`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot;: the hour from %2 UTC closed with no failures (%3 activated, %4 excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot;: an activation has waited %2 minutes to be delivered (threshold %3). Check that the destination is not paused (`qadctl status %4`) and that Qualtrics is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>about %1 of %2</source>
        <comment>excluded of received profiles, the hour before prorated</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <comment>excluded of received profiles</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot;: %2% of the profiles received over the last hour were excluded (%3; threshold %4%). Read why (&quot;Excluded and rejected…&quot; in the overview, or `qadctl history %5 --status excluded`), then fix the identity mapping or the source data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ConfigStore</name>
    <message>
        <location filename="../../app/config/configstore.cpp" line="+51"/>
        <source>Fix it in a text editor, or move it away to start with no destinations; qad will not overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged (%2 at byte %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a qad configuration: it needs &quot;schemaVersion&quot; and a &quot;destinations&quot; list. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer qad (schema version %2; this version reads up to %3). Upgrade qad; the file is left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: destinations[%2]: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is damaged: destinations[%2] (&quot;%3&quot;) and destinations[%4] (&quot;%5&quot;) have the same id %6. In a text editor, give one of them a new id, for example %7, and store its API token again with `qadctl token set %7` (tokens are kept by id); or delete the one you do not need. qad will not overwrite the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved: the lock file %1 cannot be created. Check that you can write to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: another qad or qadctl is saving %1: %2 (process %3 on %4) has held the lock file %5 for more than %6 s. Try again; if no qad or qadctl is running, the lock file is stale: remove %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: another qad or qadctl is saving %1: the lock file %2 has been held for more than %3 s. Try again; if no qad or qadctl is running, the lock file is stale: remove %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot use %1 as the configuration directory: %2 is not a directory. Choose a directory, or a path where one can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the configuration directory %1: %2 cannot be opened (permission denied). Check the permissions of %2, or choose another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>id: a destination with the id %1 already exists: edit that one, or leave the id empty to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not saved: the destination &quot;%1&quot; (%2) is no longer in %3: another qad or qadctl removed it. List the destinations with `qadctl destination list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no destination with the id %1: list them with `qadctl destination list`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::CredentialCheck</name>
    <message>
        <location filename="../../app/delivery/credentialcheck.cpp" line="+37"/>
        <source>The token is valid on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is valid on %1 (user %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused the token (HTTP %2): store the right one with `qadctl token set`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 did not answer within %2 s; check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2 to the credential check; the token could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The token was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The destination URL has no host to check the token against; fix the URL first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::DeliveryWorker</name>
    <message>
        <location filename="../../app/engine/deliveryworker.cpp" line="+339"/>
        <source>No API token is available for the destination &quot;%1&quot;, so nothing is sent to it; its queue is kept. Store the token with `qadctl token set %2` (or set QAD_API_TOKEN), then resume the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+240"/>
        <source>Gave up after %n attempt(s) (the last one: %1): the retry schedule allows no attempt later than %2 hours after the first. The activation is kept in the history: replay it with `qadctl replay` once the endpoint works again.</source>
        <translation>
            <numerusform>Gave up after %n attempt (the last one: %1): the retry schedule allows no attempt later than %2 hours after the first. The activation is kept in the history: replay it with `qadctl replay` once the endpoint works again.</numerusform>
            <numerusform>Gave up after %n attempts (the last one: %1): the retry schedule allows no attempt later than %2 hours after the first. The activation is kept in the history: replay it with `qadctl replay` once the endpoint works again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+327"/>
        <source>The destination &quot;%1&quot; was resumed, but this run has no API token for it. Store the token with `qadctl token set %2` (or set QAD_API_TOKEN) and restart the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Delivery stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::DestinationJson</name>
    <message>
        <location filename="../../app/config/destinationjson.cpp" line="+84"/>
        <source>%1 must be text (in double quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+60"/>
        <source>%1 must be a whole number, like 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1 must be a number, like 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a date like 2026-01-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 must be a list [ … ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+13"/>
        <source>%1 must be an object { … }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+172"/>
        <source>The file is not valid JSON (%1 at byte %2). Use a file written by Export (in qad) or by `qadctl destination export`, or fix the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is not a qad destination export: it needs &quot;schemaVersion&quot; and a &quot;destination&quot; object. Use a file written by Export (in qad) or by `qadctl destination export`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>schemaVersion %1 is not valid: it must be 1 or more. Use a file written by Export (in qad) or by `qadctl destination export`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This destination was exported by a newer qad (schema version %1; this version reads up to %2). Upgrade qad to import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::FileSource</name>
    <message>
        <location filename="../../app/sources/filesource.cpp" line="+260"/>
        <source>%1 was rewritten in place while it was followed (its content before the position read changed): reading it from the start; profiles already sent produce nothing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1 was rewritten since the last run (its content before the saved position changed): reading it from the start; profiles already sent produce nothing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cannot open %1: it is a directory; give the path of an NDJSON or JSON-array file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1: it became a named pipe or a device, which is read as a stream only when it is one from the start; start again to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot open %1: No such file; check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-349"/>
        <source>that file is no longer in %1 (deleted, or compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+261"/>
        <source>%1 is not the file read last time (it was rotated or replaced since), and %2: the lines written to that file after line %3 could not be read. Reading %1 from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>that file, now %1, cannot be opened (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+22"/>
        <source>Cannot open %1: %2; check that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read %1: %2; check the file and the disk it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+180"/>
        <source>compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 was rotated more than once since it was read last; %n file(s) rotated in between cannot be read, and the lines written there are skipped: %2.</source>
        <translation>
            <numerusform>%1 was rotated more than once since it was read last; %n file rotated in between cannot be read, and the lines written there are skipped: %2.</numerusform>
            <numerusform>%1 was rotated more than once since it was read last; %n files rotated in between cannot be read, and the lines written there are skipped: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qad::Ingestor</name>
    <message>
        <location filename="../../app/engine/ingestor.cpp" line="+574"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::KeychainSecretStore</name>
    <message>
        <location filename="../../app/secrets/keychainsecretstore.cpp" line="+145"/>
        <source>Cannot read the API token of destination &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot store the API token of destination &quot;%1&quot; in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot delete the API token of destination &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain did not answer within %1 s: is a Secret Service (gnome-keyring, KWallet) running and unlocked? On a server without a keychain set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The API token of destination &quot;%1&quot; was not read: you stopped waiting for the keychain. Try again once it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The API token of destination &quot;%1&quot; was not stored: you stopped waiting for the keychain (should it answer later, it may still store it). Try again once it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The API token of destination &quot;%1&quot; was not deleted: you stopped waiting for the keychain (should it answer later, it may still delete it). Try again once it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No API token is stored in the keychain for destination &quot;%1&quot;. Store one with `qadctl token set %1` (it reads the token from stdin) or in the destination&apos;s settings. If you did store one, unlock the keyring and try again: a locked keyring can also read back as &quot;entry not found&quot;. On a server without a keychain set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no keychain is available (%2). Install and start a Secret Service such as gnome-keyring or KWallet, or on a server without a keychain set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: access to the keychain was refused (%2). Unlock the keyring and allow qad to use it, then try again; on a server without a keychain set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the keychain reported &quot;%2&quot;. Check that a Secret Service (gnome-keyring, KWallet) is running and unlocked; on a server without a keychain set %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KWallet 5 (kwalletd5; libsecret not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>KWallet 4 (kwalletd; libsecret not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>GNOME Keyring (libgnome-keyring; libsecret not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Android Keystore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::MemorySecretStore</name>
    <message>
        <location filename="../../app/secrets/memorysecretstore.cpp" line="+15"/>
        <source>The in-memory secret store is set to be unavailable (a test simulating a missing keychain). Set QAD_API_TOKEN or make the store available again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No API token is stored for destination &quot;%1&quot;. Store one with `qadctl token set %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>In-memory (tests only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::Outcome</name>
    <message>
        <location filename="../../app/delivery/outcome.cpp" line="+99"/>
        <source>The endpoint answered with a redirect (HTTP %1) but named no new location; redirects are not followed. Check the destination&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The endpoint redirects to %1 (HTTP %2); redirects are not followed: use that URL in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qualtrics refused the payload as too large (HTTP 413; bodies over 100 KB are not supported). Map fewer or shorter attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The JSON-event URL was not found (HTTP 404). Check the destination&apos;s URL: the workflow or its trigger may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualtrics rejected the request (HTTP %1); it is not retried. Check the payload in the history and the destination&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qualtrics rejected the request (HTTP %1); it is not retried. Check the destination&apos;s URL and authentication mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The endpoint does not support this request (HTTP 501). Check that the destination&apos;s URL is a Qualtrics JSON-event trigger URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qualtrics answered with a server error (HTTP %1); it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accepted by Qualtrics (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qualtrics is rate limiting (HTTP 429, at most 3,000 calls per minute); it will be retried. Lower the destination&apos;s rate limit if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qualtrics could not take the request now (HTTP %1); it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The endpoint answered with an unexpected HTTP status %1. Check that the destination&apos;s URL is a Qualtrics JSON-event trigger URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No HTTP exchange took place. Use the https JSON-event URL Qualtrics shows for the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused the connection; it will be retried. If this persists, check the host and port of the destination&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server closed the connection before answering; it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host name could not be resolved (%1); it will be retried. Check the destination&apos;s URL and this computer&apos;s network and DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection timed out; it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was cancelled before an answer arrived; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure connection failed: %1. TLS errors are never ignored: check the host in the destination&apos;s URL, the system&apos;s CA certificates and any proxy that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The endpoint redirects; redirects are not followed. Use the final URL in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy requires authentication (%1). Configure the proxy credentials in the system or environment settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The proxy failed (%1); it will be retried. Check the proxy settings if this persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The request cannot be sent (%1). Use the https JSON-event URL Qualtrics shows for the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A network error occurred (%1); it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or lacks access. The destination is paused and its queue kept: store a valid token in the destination&apos;s settings or with `qadctl token set %2`, then resume the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DESTINATION-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No answer within the per-attempt deadline; it will be retried. Raise the destination&apos;s timeout if this repeats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::PayloadBuilder</name>
    <message>
        <location filename="../../app/mapping/payloadbuilder.cpp" line="+138"/>
        <source>it has no identityMap entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile has no value for any mapped identity: looked for %1 in its identityMap (%2). Map a namespace the profiles carry, or add one of these to the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile&apos;s only email values are hashed (SHA-256), and Qualtrics needs plain-text addresses. Map the namespace that holds plain-text emails, or map an external_id identity too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile&apos;s only email values are hashed (SHA-256), and Qualtrics needs plain-text addresses; it has no value for the external_id identity mapped (%1) either. Map the namespace that holds plain-text emails, or give the profiles a %1 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile&apos;s only email value &quot;%1&quot; is not a plain-text email address. Fix the address in the source data, or map an external_id identity too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profile&apos;s only email value &quot;%1&quot; is not a plain-text email address, and it has no value for the external_id identity mapped (%2). Fix the address in the source data, or give the profiles a %2 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile has no usable value for any mapped identity (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>Left out %n hashed email value(s): Qualtrics needs plain-text addresses.</source>
        <translation>
            <numerusform>Left out %n hashed email value: Qualtrics needs plain-text addresses.</numerusform>
            <numerusform>Left out %n hashed email values: Qualtrics needs plain-text addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Left out %n email value(s) that are not plain-text addresses, such as &quot;%1&quot;.</source>
        <translation>
            <numerusform>Left out %n email value that are not plain-text addresses, such as &quot;%1&quot;.</numerusform>
            <numerusform>Left out %n email values that are not plain-text addresses, such as &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left out %1: its target %2 is reserved for identities and audiences. Choose another target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Left out %1: its target %2 collides with another mapped attribute. Give each attribute its own target path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The profile is in none of the destination&apos;s %n selected audience(s), so segmentMembership.ups is empty.</source>
        <translation>
            <numerusform>The profile is in none of the destination&apos;s %n selected audience, so segmentMembership.ups is empty.</numerusform>
            <numerusform>The profile is in none of the destination&apos;s %n selected audiences, so segmentMembership.ups is empty.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The payload is %1 bytes; Qualtrics accepts at most %2 bytes (100 KB). Map fewer or smaller attributes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ProfileReader</name>
    <message>
        <location filename="../../app/profiles/profilereader.cpp" line="+34"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing (the key is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+283"/>
        <source>Invalid JSON at offset %1: \%2 is not a JSON escape. JSON knows only \&quot;, \\, \/, \b, \f, \n, \r, \t and \u with four hex digits; write a backslash itself as \\.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid JSON at offset %1: a backslash followed by U+%2 is not a JSON escape. JSON knows only \&quot;, \\, \/, \b, \f, \n, \r, \t and \u with four hex digits; write a backslash itself as \\.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid JSON at offset %1: the control character U+%2 stands unescaped in a string. JSON strings cannot hold tabs, line breaks or other control characters as they are; write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invalid JSON at offset %1: the number %2 has no digit before its decimal point; write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid JSON at offset %1: the number %2 has no digit after its decimal point; write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid JSON at offset %1: \u%2 is half of a surrogate pair, without its other half. A character beyond U+FFFF is written as two escapes, \ud800 to \udbff followed at once by \udc00 to \udfff (like \ud83d\ude00); remove it or complete the pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 must be an object like {&quot;id&quot;: &quot;…&quot;}, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.id must be a string, found %2. Every identity needs its id as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.primary must be true or false, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.authenticatedState must be a string (ambiguous, authenticated or loggedOut), found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>identityMap must be an object of namespaces, each an array of identities (like {&quot;Email&quot;: [{&quot;id&quot;: &quot;…&quot;}]}), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be an array of identities like [{&quot;id&quot;: &quot;…&quot;}], found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be an object like {&quot;status&quot;: &quot;realized&quot;}, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.status must be a string: realized, existing or exited; found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1.status is &quot;%2&quot;, which is not a membership status: use realized, existing or exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1.lastQualificationTime must be an ISO-8601 date-time string, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>segmentMembership must be an object keyed by namespace (like {&quot;ups&quot;: {…}}), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be an object keyed by audience id, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The profile is %1 bytes, over the limit of %2 bytes (1 MiB). Split it into smaller profiles or leave out attributes that are not mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid UTF-8 at byte offset %1. Save or export the data as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The profile nests objects and arrays deeper than %1 levels (at byte offset %2). Flatten the data: deeper nesting is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The profile is empty. Each line (or array element) must be one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The profile is %1, not a JSON object. Each line (or array element) must be one object like {&quot;identityMap&quot;: {…}, …}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A comma follows the object: remove it. Each line holds one object with nothing after it; objects separated by commas belong in [ ], as one JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid JSON at offset %1: %2. Check that it is one complete JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The profile is an array, not a JSON object. Give one object per line, or an array of objects as the whole source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::RecordFramer</name>
    <message>
        <location filename="../../app/sources/recordframer.cpp" line="+40"/>
        <source>line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value starting on line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the array element starting on line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>it is gzip-compressed, and profiles are read as JSON text. Decompress it first (`gunzip -k`), or stream it decompressed: `gunzip -c FILE | qadctl run ID --source -`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is UTF-16 text (it starts with a UTF-16 byte order mark), and profiles are read as UTF-8. Convert it first, for example with `iconv -f UTF-16 -t UTF-8`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the value starting on line %1 is cut short: the input ends inside it; complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the array element starting on line %1 is cut short: the input ends inside it; complete it and close the array with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: the input ends before the closing ] of the array; the file may be cut short. Check that it was written whole, then close the array with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>line %1: a comma before the closing ] of the array has no element after it; remove the comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: an array element is missing before this comma; remove the extra comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>line %1: a comma between two values; remove it, or put the values in [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: a comma is missing between two array elements; add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: unexpected data after the closing ] of the array; remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::RequestView</name>
    <message>
        <location filename="../../app/delivery/requestview.cpp" line="+28"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+107"/>
        <source>(not a valid URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status: no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Size: %Ln byte(s)</source>
        <comment>the size of the endpoint&apos;s answer</comment>
        <translation>
            <numerusform>Size: %Ln byte</numerusform>
            <numerusform>Size: %Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome: %1 (%2) — would be retried: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Response body:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::SqliteStatement</name>
    <message>
        <location filename="../../app/storage/sqlitestatement.cpp" line="+37"/>
        <source>the database is not an open SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::SqliteStorage</name>
    <message>
        <location filename="../../app/storage/sqlitestorage.cpp" line="+576"/>
        <source>The Qt SQLite driver is missing: install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1 failed: %2. The database %3 is damaged, or is not qad&apos;s. qad does not change it: quit qad and qadctl, then move it away to start with an empty history, or put a backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2. Free some space on the disk that holds %3: what was saved before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2. The database %3 stayed locked too long: if another program holds it (a database browser, a backup tool), close it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 failed: %2. Check that you may write to %3 and to its directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 failed: %2. Check that the data directory %3 is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database %1 was written by a newer qad (schema %2, this one knows %3). Upgrade qad, or point --data-dir elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starting a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Migrating the database to schema %1 failed: %2. The history&apos;s search needs SQLite 3.34 or newer built with FTS5: upgrade the system&apos;s SQLite library (libsqlite3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Migrating the database to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Preparing to record attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+34"/>
        <source>Recording an attempt of activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Cannot record an attempt: activation %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../../app/storage/sqlitestorage_engine.cpp" line="+234"/>
        <source>Saving an exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Reading activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No activation %1 in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+7"/>
        <location line="+146"/>
        <source>Reading the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+12"/>
        <source>Searching the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>Counting the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading the attempts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reading the exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/storage/sqlitestorage_engine.cpp" line="-51"/>
        <source>Preparing to save activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>Saving activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preparing to save exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing to save rejected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving a rejected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Preparing to save profile states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+19"/>
        <source>Saving the exported state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preparing to save read positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the read position of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Preparing to update the delivery counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Updating the delivery counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Starting to save ingested profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving ingested profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+19"/>
        <source>Reading the exported states of profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the read position of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the rejected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Requeueing the activations that were being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+54"/>
        <source>Preparing to claim due activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Finding due activations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Starting to claim due activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+482"/>
        <source>Purging the history older than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+25"/>
        <source>Claiming due activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Preparing to update the delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Updating the delivery state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the delivery state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+202"/>
        <location line="+8"/>
        <location line="+22"/>
        <source>Looking for unanswered test sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Starting to requeue activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preparing to requeue activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requeueing activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requeueing activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Finding the next retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting to record attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Recording %n attempt(s)</source>
        <translation>
            <numerusform>Recording %n attempt</numerusform>
            <numerusform>Recording %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>Replaying the failed activations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/storage/sqlitestorage.cpp" line="-801"/>
        <source>Activation %1 was a test send and is not replayed: send a test again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activation %1 is %2, so it is still queued and will be sent: only a failed or succeeded activation can be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/storage/sqlitestorage_engine.cpp" line="+11"/>
        <location line="+12"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+4"/>
        <source>Replaying activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Activation %1 changed while it was being replayed: look at its status and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Counting the queued activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the delivery counters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the hourly counters of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the queue of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving the state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Saving an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledging alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no alert %1: list the open alerts with `qadctl status`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading the open alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::StdinSource</name>
    <message>
        <location filename="../../app/sources/stdinsource.cpp" line="+215"/>
        <source>Cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Standard input cannot be resumed from a checkpoint; read from a file to continue where a previous run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Cannot open %1: it is a socket, which cannot be read like a file; give a named pipe (mkfifo), a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open %1: %2; check that it is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Cannot read standard input: %1; check the program feeding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read %1: %2; check the program writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot open %1: %2; reading goes on once it can be opened again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is no longer a named pipe: reading goes on once one is there again. To read a file at that path, start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::StreamEngine</name>
    <message>
        <location filename="../../app/engine/streamengine.cpp" line="+120"/>
        <source>Reading %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 The run stops: run it again once that is fixed; it resumes after the last profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 Reading waits: the same profiles are saved as soon as that works (tried every second); nothing read is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving profiles works again: reading goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Stopped while waiting to save %n profile(s) read from %1:</source>
        <translation>
            <numerusform>Stopped while waiting to save %n profile read from %1:</numerusform>
            <numerusform>Stopped while waiting to save %n profiles read from %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 They were not saved: they are read again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 They were not saved, and cannot be read again from there: give them to the next run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Destination &quot;%1&quot; is paused: %n activation(s) stay queued, not sent. Resume it (%2) and run again to send them.</source>
        <translation>
            <numerusform>Destination &quot;%1&quot; is paused: %n activation stays queued, not sent. Resume it (%2) and run again to send it.</numerusform>
            <numerusform>Destination &quot;%1&quot; is paused: %n activations stay queued, not sent. Resume it (%2) and run again to send them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Qualtrics says of &quot;%1&quot;: %2 (told once per run; every attempt keeps it: `qadctl history %3 --json`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Retrying an activation to &quot;%1&quot;: %2 Later retries for the same cause are counted, not told; `qadctl history %3 --status retrying` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Destination &quot;%1&quot; paused (%2): activations are queued, not sent, until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination &quot;%1&quot; paused (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination &quot;%1&quot; resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot create the lock file %1 that keeps a destination to one stream at a time (%2). Check that the data directory is writable and its disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no permission to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination &quot;%1&quot; is already streaming in another process (%2, pid %3). Stop it first: two streams would read and send the same updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 was rewritten past the point where reading resumes since &quot;%2&quot; last read it: the profiles after that point are read again for &quot;%2&quot;; those already sent produce nothing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%2&quot; last read %1 in a file rotated away since, other than the one read first for the other destinations: the lines written to that file after the point &quot;%2&quot; reached are not read for it; it gets %1 from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Destination &quot;%1&quot; is paused in its configuration (%2): activations are queued, not sent, until it is resumed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Destination &quot;%1&quot; is paused (%2): activations are queued, not sent, until it is resumed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Destination &quot;%1&quot; has no audience selected: no profile can qualify, so nothing is sent to it. Add one with `qadctl destination edit %2 --audience ID`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 Delivery waits: the outcomes of what was sent are kept and written as soon as that works (tried every second), and no further activation is taken from the queue until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Stopped while waiting to record what was sent: %1 The outcomes of %n activation(s) were not recorded: they are sent again at the next start.</source>
        <translation>
            <numerusform>Stopped while waiting to record what was sent: %1 The outcome of %n activation was not recorded: it is sent again at the next start.</numerusform>
            <numerusform>Stopped while waiting to record what was sent: %1 The outcomes of %n activations were not recorded: they are sent again at the next start.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped while delivery waited for the database: %1 Nothing sent is lost: what is queued is sent at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording deliveries works again: sending goes on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::TestSend</name>
    <message>
        <location filename="../../app/engine/testsend.cpp" line="+63"/>
        <source>The program closed before the answer arrived. The request may have reached Qualtrics: check the workflow&apos;s runs before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The program that sent this test ended (a crash, or it was killed) before the answer arrived. The request may have reached Qualtrics: check the workflow&apos;s runs before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sent: destination &quot;%1&quot; is not valid. Fix it first (Edit in qad, or qadctl destination edit):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or lacks access. Set a valid token (the Authenticate page of Edit in qad, or `qadctl token set %2`), then send again. A test send pauses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qualtrics could not take the test now (HTTP %1). A stream would retry it; a test send is sent once: send it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test send got no answer (%1). A stream would retry it; a test send is sent once: check the connection, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::TlsTrust</name>
    <message>
        <location filename="../../app/delivery/tlstrust.cpp" line="+21"/>
        <source>Cannot read the certificate authorities in &quot;%1&quot; (%2): %3. Point %4 to a readable PEM file, or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; holds no PEM certificate (a block starting with &quot;-----BEGIN CERTIFICATE-----&quot;). Point %2 to the PEM file of the certificate authority to trust, or unset it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::TokenResolver</name>
    <message>
        <location filename="../../app/secrets/tokenresolver.cpp" line="+25"/>
        <source>%1 holds a space, a tab, a line break or another control character inside the token: set it to the API token alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The API token of destination &quot;%1&quot; in the keychain holds a space, a line break or another control character: store it again with `qadctl token set %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No API token for destination &quot;%1&quot;: store one with `qadctl token set %1`, or set %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>environment (QAD_API_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::Validation</name>
    <message>
        <location filename="../../app/config/validation.cpp" line="+152"/>
        <source>Basic authentication needs your Qualtrics user name: enter it, or choose header authentication (X-API-TOKEN) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A user name for Basic authentication cannot contain &quot;:&quot;: enter the user name exactly as Qualtrics shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map at least one identity, for example Email to email or ECID to external_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The source identity namespace is empty: enter a namespace of the profile&apos;s identityMap, such as Email or ECID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The namespace &quot;%1&quot; is mapped more than once (namespaces compare without regard to case): remove the extra mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The source must be a dotted profile path with no empty part, such as person.name.firstName: fix or remove this mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The source path has %1 parts, and profiles nest at most %2 levels deep, so it is never found: shorten it to the path of a profile attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The target must be a field name or a dotted path with no empty part, such as firstName or person.firstName: fix or remove this mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The target path has %1 parts; a payload can nest at most %2 levels deep. Shorten it, for example to firstName or person.firstName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The target &quot;%1&quot; is reserved: qad fills identityMap and segmentMembership itself. Choose another target name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The target &quot;%1&quot; is already used by attribute mapping %2 (from %3): each target can be mapped once; rename or remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target &quot;%1&quot; overlaps the target &quot;%2&quot; of attribute mapping %3 (from %4): &quot;%5&quot; would be overwritten by the object &quot;%6&quot;. Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Qualtrics recommends camelCase field names: consider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualtrics recommends camelCase field names: start each part with a lowercase letter and use only letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No audience is selected, so no profile can qualify and nothing is sent: add the Experience Platform audiences whose members should start the workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audience id is empty: copy the audience id from Experience Platform (Audiences, audience details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An audience id has no spaces: copy the id of the audience, not its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audience %1 is selected twice: remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Segmentation Service audience ids look like 046456e3-18e1-48a6-9bda-d68547861283: check that you copied the audience id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Experience Platform writes audience ids in lower case (%1), and profiles are matched on the exact id: &quot;%2&quot; would never match. Use the id in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end date %1 is before the start date %2: swap them or correct one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The rate limit cannot be negative: enter calls per minute, or 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualtrics accepts at most %1 calls per minute; faster sending will be refused with 429. Lower the rate limit to %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Concurrency must be between 1 and %1 requests in flight; the default is 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The timeout must be between 1 and %1 seconds; the default is 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A retry delay must be at least 1 second: correct or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repeat interval must be at least 1 second; the default is 7200 (2 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The retry horizon must be at least 1 second; the default is 86400 (24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The delay threshold must be at least 1 minute; the default is 150.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The skipped-rate threshold is a percentage: enter a value from 0 to 100; the default is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A name is required: enter a short name, such as &quot;Onboarding survey&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name has %1 characters: shorten it to %2 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The name holds a tab, a line break or another control character: use letters, digits, spaces and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another destination is already named &quot;%1&quot;: choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The JSON event URL is required: copy it from the JSON Event trigger of your Qualtrics workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URL has spaces or line breaks around it: remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a complete URL: paste the whole JSON event URL, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use https://: plain http is allowed only to this computer (localhost, 127.0.0.1, ::1) for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scheme &quot;%1&quot; is not supported: the URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL contains a user name or password: remove it (the part before &quot;@&quot;) and store the API token in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host %1 is not a Qualtrics host (…qualtrics.com): check that you pasted the JSON event URL of your workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON event URLs have a path starting with /inbound-event/: check that you copied the complete URL of the JSON Event trigger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::files</name>
    <message>
        <location filename="../../app/common/files.cpp" line="+24"/>
        <source>Cannot create the directory %1: check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save %1: %2. The previous version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::AlertsPage</name>
    <message>
        <location filename="../../ui/wizard/wizardpages.cpp" line="+442"/>
        <source>Flow run sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow run s&amp;uccess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow run &amp;failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow run &amp;delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation s&amp;kipped rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what to be told about. Alerts appear in the alert list and as desktop notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow run delay threshold in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped rate threshold in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Streaming to this destination started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An hour passed without a failed activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An activation failed for good: it will not be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An activation has been waiting longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More of the profiles received over the last hour were excluded than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualtrics refused the token: the destination pauses, keeping its queue, until you fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::AlertsPanel</name>
    <message>
        <location filename="../../ui/panels/alertspanel.cpp" line="+38"/>
        <source>Flow run start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flow run success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flow run failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Flow run delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activation skipped rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Mark the selected alerts as seen; they leave this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open alerts of every destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open alerts of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n open alert(s).</source>
        <translation>
            <numerusform>%n open alert.</numerusform>
            <numerusform>%n open alerts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Acknowledge All Alerts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Acknowledge all %n alerts?</source>
        <translation>
            <numerusform>Acknowledge the alert?</numerusform>
            <numerusform>Acknowledge all %n alerts?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They leave this list, and qadctl status stops reporting them. qad&apos;s database keeps them, marked as acknowledged, until they age out with the run history. If a problem comes back, a new alert is raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+186"/>
        <source>&amp;Acknowledge All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-187"/>
        <source>A&amp;cknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Select an alert to read its message whole.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::AudiencesPage</name>
    <message>
        <location filename="../../ui/wizard/wizardpages.cpp" line="+40"/>
        <source>S&amp;tart date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the Experience Platform audiences whose members start the workflow: type an audience id, or load a profile file and pick one of its ids. Adding an id again replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audience id from Experience Platform (Audiences, audience details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in history and alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave unticked for no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audience id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its audience membership or a mapped value changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its audience membership changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Send a profile &amp;when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Audience %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audience %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audience %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1. It holds no audience membership (segmentMembership.ups): type the audience id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1. %n audience id(s) found: pick one from the Audience id list.</source>
        <translation>
            <numerusform>%1. %n audience id found: pick one from the Audience id list.</numerusform>
            <numerusform>%1. %n audience ids found: pick one from the Audience id list.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No audience is selected yet: nothing is sent until you add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audience id %1 is typed but not added: press Add audience, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An audience name is typed without its id: enter the id and press Add audience, or clear the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::AuthenticatePage</name>
    <message>
        <location line="-703"/>
        <source>S&amp;how token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualtrics accepts your user name with an API token (Basic authentication), or the token alone in an X-API-TOKEN header. The token is kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <source>Required for Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Stored in the keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the token from Qualtrics: Account Settings, Qualtrics IDs, API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the token as plain text while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic: user name and API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X-API-TOKEN header: API token only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualtrics &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional with header authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The API token is required: paste it from Qualtrics (Account Settings, Qualtrics IDs, API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API token contains spaces or line breaks: paste only the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::DestinationListModel</name>
    <message>
        <location filename="../../ui/destinationlistmodel.cpp" line="+25"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enabled, streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::DestinationWizard</name>
    <message>
        <location filename="../../ui/wizard/destinationwizard.cpp" line="+23"/>
        <source>Nothing was saved: correct these first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit destination “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New Qualtrics Automations destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import destination “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n profile(s) read from %1</source>
        <translation>
            <numerusform>%n profile read from %1</numerusform>
            <numerusform>%n profiles read from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n entry(ies) skipped; the first: %1)</source>
        <translation type="vanished">
            <numerusform> (%n entry skipped; the first: %1)</numerusform>
            <numerusform> (%n entries skipped; the first: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entry(ies) skipped; the first: %1</source>
        <translation>
            <numerusform>%n entry skipped; the first: %1</numerusform>
            <numerusform>%n entries skipped; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <comment>what a sample file gave, then what in it was skipped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load a sample profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles (*.json *.ndjson *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes to “%1”? Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this destination? Nothing was saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing was saved: a new destination needs its API token. Enter it on the Authenticate page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: the API token could not be stored in the keychain.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <location line="+21"/>
        <source>Nothing was saved: the configuration could not be written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The token stored a moment ago could not be removed from the keychain either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” was changed outside this window since you opened it (by qadctl or another qad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving replaces those changes with what this window shows. Cancel keeps editing; to see the other changes, close this window and open Edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was saved: the API token stored now could not be read from the keychain, to keep it in case saving fails.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was saved: the new API token could not be stored in the keychain.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The previous token could not be put back in the keychain (%1): the keychain now holds the new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::DetailsPage</name>
    <message>
        <location filename="../../ui/wizard/wizardpages.cpp" line="+44"/>
        <source>Enter the rate limit in calls per minute, or 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how many requests may be in flight at once; the default is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the timeout per attempt in seconds; the default is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Destination details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the destination and paste the URL of the JSON Event trigger of your Qualtrics workflow, for example https://yourdatacenter.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For example: Onboarding survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <comment>the rate limit, at 0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most this many requests per minute to Qualtrics; 0 lifts the rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests may wait for Qualtrics&apos; answer at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long one attempt may take before it counts as a timeout and is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 lifts the rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;oncurrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Timeout per attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delivery settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON event &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::HistoryModel</name>
    <message>
        <location filename="../../ui/panels/historymodel.cpp" line="+69"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>succeeded</source>
        <comment>attempt outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retry</source>
        <comment>attempt outcome: to be sent again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>attempt outcome</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The HTTP status or the error of the last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-171"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>realized</source>
        <comment>audience membership status: the profile qualified for the audience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>existing</source>
        <comment>audience membership status: the profile is still in the audience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exited</source>
        <comment>audience membership status: the profile left the audience</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+391"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::HistoryPanel</name>
    <message>
        <location filename="../../ui/panels/historypanel.cpp" line="+187"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected activation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+655"/>
        <source>Replay all failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Queue every failed activation of this destination again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected activation&apos;s request as a curl command; the token stays in $QAD_API_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the activations matching the filters as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Identity contains… (e.g. dave@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only activations created at or after this time; clear for any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only activations created up to this time; clear for any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List test sends too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the history by identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Atte&amp;mpts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The endpoint&apos;s answer, of which the history keeps the first %Ln byte(s)</source>
        <translation>
            <numerusform>The endpoint&apos;s answer, of which the history keeps the first %Ln byte</numerusform>
            <numerusform>The endpoint&apos;s answer, of which the history keeps the first %Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+33"/>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The headers as sent, the authorization value redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+1"/>
        <source>Activation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>No destination selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+232"/>
        <source>Searching… %n found, back to %1</source>
        <translation>
            <numerusform>Searching… %n found, back to %1</numerusform>
            <numerusform>Searching… %n found, back to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Searching… %n found</source>
        <translation>
            <numerusform>Searching… %n found</numerusform>
            <numerusform>Searching… %n found</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than %1 activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n activation(s)</source>
        <translation>
            <numerusform>%n activation</numerusform>
            <numerusform>%n activations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an activation to see its attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Activation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not attempted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Send Again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation %1 was delivered. Sending it again starts the Qualtrics workflow a second time for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Activation %1 is queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No failed activation of %1 to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay Failed Activations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed activation(s) will be sent again to “%1” (%2).</source>
        <translation>
            <numerusform>%n failed activation will be sent again to “%1” (%2).</numerusform>
            <numerusform>%n failed activations will be sent again to “%1” (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They go back in the queue and are sent while the destination streams; their earlier attempts stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Queueing the failed activations of %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n failed activation(s) queued again.</source>
        <translation>
            <numerusform>%n failed activation queued again.</numerusform>
            <numerusform>%n failed activations queued again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied as curl. Set QAD_API_TOKEN before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a destination before exporting its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2. Check the disk has room and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>history.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exporting the history… %Ln row(s)</source>
        <translation>
            <numerusform>Exporting the history… %Ln row</numerusform>
            <numerusform>Exporting the history… %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Exported %n activation(s) to %1.</source>
        <translation>
            <numerusform>Exported %n activation to %1.</numerusform>
            <numerusform>Exported %n activations to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qad::ui::JsonView</name>
    <message>
        <location filename="../../ui/panels/jsonview.cpp" line="+24"/>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indent JSON for reading; clear to see the bytes exactly as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Pretty: %1</source>
        <comment>the checkbox that indents a view, then the view&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::KeychainWaitIndicator</name>
    <message>
        <location filename="../../ui/keychainwaitindicator.cpp" line="+42"/>
        <source>Waiting for the keychain…
If it asks for your password, enter it in its window; qad goes on once the keychain answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Stop Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::LeftOutDialog</name>
    <message>
        <location filename="../../ui/panels/leftoutdialog.cpp" line="+53"/>
        <source>Excluded and rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile updates that did not become activations, newest first (at most %1 of each), with the reason and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+4"/>
        <source>Excluded profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Rejected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source can feed several destinations, so these are the records of every source read into this data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read both lists again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a row to read it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, excluded %2 (%3):
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, line %2, rejected %3:
%4
It began: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(no usable identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (test)</source>
        <comment>a profile&apos;s key; the profile came from a test send</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Excluded profiles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rejected records (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::Main</name>
    <message>
        <location filename="../../ui/app/main.cpp" line="+37"/>
        <source>Read and write the destinations in DIR instead of the default configuration directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the history database in DIR instead of the default data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the interface in LANGUAGE (en, fr or ko) instead of the one chosen in Preferences or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Streams customer-profile activations to Qualtrics Automations JSON-event URLs. The headless twin is qadctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Run qad --help to see the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qad takes no arguments besides its options; run qad --help to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown language &quot;%1&quot;: use en, fr or ko.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The configuration cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate authorities cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+54"/>
        <source>Stream Profiles From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profiles (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Destination exports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>it was removed outside this window (by qadctl or another qad); what it had queued stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+172"/>
        <source>&amp;New Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Create a destination with the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected destination with the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a destination from a file written by Export (or qadctl destination export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the selected destination to a file, without its API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start Streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a profile file and stream its updates to the selected destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop sending to the selected destination; activations keep queueing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send to the selected destination again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay &amp;Failed Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue the selected destination&apos;s failed activations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About qad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Test Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destinations &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <comment>toolbar: new destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <comment>toolbar: edit the destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream…</source>
        <comment>toolbar: start streaming a file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <comment>toolbar: stop streaming</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <comment>toolbar: pause the destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <comment>toolbar: resume the destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay Failed</source>
        <comment>toolbar: replay the failed activations</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No destination yet — create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A destination sends profile updates to a Qualtrics JSON-event URL. The wizard asks for your Qualtrics credentials, the URL, the audiences and the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import a Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a file written by Export on another machine, or by qadctl destination export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stop Streaming and Quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n destination(s) are streaming. Quitting stops reading; what was already read stays queued and is sent the next time you stream.</source>
        <translation>
            <numerusform>%n destination is streaming. Quitting stops reading; what was already read stays queued and is sent the next time you stream.</numerusform>
            <numerusform>%n destinations are streaming. Quitting stops reading; what was already read stays queued and is sent the next time you stream.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quit Before the Test Send Is Answered?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A test send is waiting for its answer. Its request may already have reached Qualtrics and started the workflow; quitting now loses the answer, and the run history keeps the test as not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Destination &quot;%1&quot; saved. Stop and start streaming to use the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a destination export: it holds %2, and an export is a few kilobytes. Choose a file written by Export or by qadctl destination export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot import %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Destination &quot;%1&quot; imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported &quot;%1&quot; to %2. The API token is not in the file: it stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove Destination?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; and its API token from the keychain? Its run history stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n activation(s) still queued for it (pending, being sent or waiting for a retry) would never be sent. To deliver them first, stream to it until its queue is empty.</source>
        <translation>
            <numerusform>%n activation still queued for it (pending, being sent or waiting for a retry) would never be sent. To deliver it first, stream to it until its queue is empty.</numerusform>
            <numerusform>%n activations still queued for it (pending, being sent or waiting for a retry) would never be sent. To deliver them first, stream to it until its queue is empty.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether activations are still queued for it could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Destination Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API Token Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The destination was removed, but its API token could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+7"/>
        <source>Not Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+7"/>
        <source>Not Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The history database in %1 could not be opened; restart qad after fixing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Destination &quot;%1&quot; paused: activations keep queueing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination &quot;%1&quot; resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The new language applies the next time qad starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About qad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Streams customer-profile activations to Qualtrics Automations JSON-event URLs. The same engine runs headless as &lt;code&gt;qadctl&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::MappingPage</name>
    <message>
        <location filename="../../ui/wizard/mappingpage.cpp" line="+73"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source profile path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change the target to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add &amp;identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a&amp;ttribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map at least one identity (Email to email, ECID or a custom namespace to external_id) and the profile attributes the workflow needs. The preview shows the JSON Qualtrics will receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: a dotted profile path. Target: a field name, or a dotted path for nested objects; Qualtrics recommends camelCase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Payload &amp;preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: its paths are offered as sources and the preview uses its first profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Built from the first profile of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built from a generated sample profile; load a profile to preview real data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No payload: this profile would be excluded. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::OverviewPanel</name>
    <message>
        <location filename="../../ui/panels/overviewpanel.cpp" line="+38"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>error: the last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>This run: read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Delivery status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Profiles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile updates that concerned this destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profiles Qualtrics accepted (2xx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profiles not sent: no mapped identity, or an email that is not a plain-text address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activation rate, this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queue depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activations pending, being sent or waiting to be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activations that will be sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current send rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average time Qualtrics took to accept an activation, this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled; paused, with the reason; or in error while the newest attempt failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the destination was paused, or else why the last failed attempt failed, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Activations that failed permanently; they can be replayed. In red while some of them are not replayed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(activated + excluded) ÷ received: the share of every profile received that was activated or excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(activated + excluded) ÷ received, of the profiles received this hour, whenever they were sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activations done (delivered, or failed for good) per second, over the last 10 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xcluded and rejected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The profiles this destination left out and the input records that were not usable, each with the reason and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Activations per hour, the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stream a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file of JSON profiles (one per line, an array, or one after another), followed as it grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Source &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 activated, %2 excluded, %3 failed</source>
        <comment>identities, summed over the chart&apos;s 24 hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a Profile File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile updates (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Starting to stream %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stopping: in-flight activations are finished or kept…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferencesdialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days the run history keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the run &amp;history (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When streaming starts, activations delivered or failed longer ago are deleted; queued ones never are. qadctl run takes --history-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The language applies the next time qad starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time qad starts: quit and start qad again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::ProfileFile</name>
    <message>
        <location filename="../../ui/wizard/profilefile.cpp" line="+73"/>
        <source>Cannot open %1: %2. Pick a readable profile file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2 MiB: a sample needs only a few profiles. Pick a smaller file, for example the first lines of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No profile could be read from %1 (%2). Pick a file with XDM profiles: one JSON object, a JSON array or one object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds no profile. Pick a file with XDM profiles: one JSON object, a JSON array or one object per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/reviewpage.cpp" line="+21"/>
        <source>&amp;Verify credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the destination, optionally verify the token with Qualtrics (no workflow is started), then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asks Qualtrics who the token belongs to (GET /API/v3/whoami on the URL&apos;s host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute %1, target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute %1, source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience %1, end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON event URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualtrics user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow run delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation skipped rate exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <comment>a field&apos;s name, then what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+33"/>
        <location line="+3"/>
        <location line="+21"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>JSON event URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication: Basic, as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication: X-API-TOKEN header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token: will be stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token: kept as stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API token: replaced in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>flow run start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow run success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flow run failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>flow run delay over %n minute(s)</source>
        <translation>
            <numerusform>flow run delay over %n minute</numerusform>
            <numerusform>flow run delay over %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped rate over %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audiences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send a profile when its audience membership or a mapped value changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a profile when its audience membership changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attributes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery: %1, %2 in flight, %3 s timeout per attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up to %1 per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To check before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2: %3</source>
        <comment>a problem to check before saving: %1 is &quot;Error:&quot; or &quot;Warning:&quot;, %2 the name of the field, %3 what is wrong with it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the API token on the Authenticate page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking the token with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
The token belongs to %2, but the user name on the Authenticate page is %3: Basic authentication needs both to match. Correct the user name or the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Qualtrics refused the token (HTTP %1): check the token on the Authenticate page, and that the URL is on your organisation&apos;s data center.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::StreamController</name>
    <message>
        <location filename="../../ui/streamcontroller.cpp" line="+44"/>
        <source>Destination &quot;%1&quot; is not valid; edit it before streaming:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&quot;%1&quot; is already streaming from %2; stop it first to change the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a profile file to stream to &quot;%1&quot; from: one JSON object per line, a JSON array, or JSON objects one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot stream to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream &gt; Resume, Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Streaming to &quot;%1&quot; stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Streaming to &quot;%1&quot; stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming to &quot;%1&quot; stopped with problems: activations failed or the destination was paused. See Alerts and History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Streaming did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming to &quot;%1&quot; did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot; was resumed, but its token could not be read again, so streaming goes on with the one it started with: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::TestSendPanel</name>
    <message>
        <location filename="../../ui/panels/testsendpanel.cpp" line="+181"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Fill the editor with a sample profile for this destination&apos;s mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paste a profile (one JSON object in the XDM profile shape) or click Generate sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy the request as a curl command; the token stays in $QAD_API_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be retried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>&amp;Generate sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+213"/>
        <source>Se&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Request (auth redacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No destination selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Destination: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Not a usable profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Excluded, nothing will be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too large, nothing will be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No keychain is available to read the token from: restart qad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The test send to &quot;%1&quot; finished: %2 (%3). Its run history shows the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test send to &quot;%1&quot; was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recorded in the history as test activation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Excluded, nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Copied as curl. Set QAD_API_TOKEN before running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+44"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+43"/>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln byte(s)</source>
        <comment>the size of the endpoint&apos;s answer</comment>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, after %1 s (Retry-After)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qad::ui::TrayController</name>
    <message>
        <location filename="../../ui/traycontroller.cpp" line="+38"/>
        <source>paused: authentication (fix the API token, then resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed in the last hour</source>
        <translation>
            <numerusform>%n failed in the last hour</numerusform>
            <numerusform>%n failed in the last hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n waiting to retry</source>
        <translation>
            <numerusform>%n waiting to retry</numerusform>
            <numerusform>%n waiting to retry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n open alert(s)</source>
        <translation>
            <numerusform>%n open alert</numerusform>
            <numerusform>%n open alerts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Show qad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>qad: the history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <location line="+34"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>qad: every destination is delivering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qad
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qadctl</name>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+72"/>
        <source>No destination &quot;%1&quot;. `qadctl destination list` shows the ids and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No destination &quot;%1&quot;: a destination is named by its whole name (in any case), its id, or the start of its id of 4 characters or more. Did you mean:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; could mean more than one destination (by name or by the start of the id):
%2
Use the full id of the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting for the keychain: if it asks for your password, enter it in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run with --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is given %2 times (%3): give it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: &quot;%2&quot; is not valid UTF-8 (� marks the bytes that are not), so it cannot be used as a path. Rename it, or give a symbolic link to it whose name is valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no file given; give a file, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 is a directory; give the path of a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--%1: %2 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1: %2 is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
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
  --help             this help; COMMAND --help for a command&apos;s options
  --version          the version

Environment: QAD_API_TOKEN supplies the token explicitly on servers without a keychain.
Exit codes: 0 success, 1 the operation failed, 2 usage or configuration error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+4"/>
        <source>%1 needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Unknown command &quot;%1&quot;. Run qadctl --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/destinationcommands.cpp" line="+20"/>
        <source>Destination name (unique, 1–256 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Qualtrics JSON-event URL, exactly as copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualtrics username (for Basic auth).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auth mode: basic (default) or header (X-API-TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity mapping SOURCE_NAMESPACE:TARGET, target email or external_id (repeatable), e.g. Email:email, ECID:external_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attribute mapping SOURCE_PATH=TARGET_PATH (repeatable), e.g. person.name.firstName=firstName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience (segment) id with an optional name, ID[=NAME] (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>membership-or-attributes (default) or membership-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests per minute at most (default 3000; 0 = unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight (default 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per-attempt deadline (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>--auth: &quot;%1&quot; is not an auth mode; use basic or header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--identity: &quot;%1&quot; is not SOURCE:TARGET with TARGET email or external_id (e.g. Email:email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--map: &quot;%1&quot; is not SOURCE=TARGET (e.g. person.name.firstName=firstName).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--export-on: use membership-or-attributes or membership-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="-160"/>
        <source>--%1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/destinationcommands.cpp" line="+22"/>
        <source>The largest number it takes is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The smallest number it takes is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+90"/>
        <location filename="../../app/cli/doctorcommand.cpp" line="+100"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-65"/>
        <source>The destination (id, id prefix or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>qadctl destination add: create a destination; prints its id. --name, --url and --identity are required, and --username with basic auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>qadctl destination edit: change only the options given. --identity, --map and --audience replace the whole list when given: repeat every entry to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>destination edit takes one destination id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/historycommands.cpp" line="+366"/>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/historycommands.cpp" line="+2"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <location filename="../../app/cli/historycommands.cpp" line="-22"/>
        <location filename="../../app/cli/sendcommands.cpp" line="+167"/>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>qadctl destination list: the configured destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No destinations yet: create one with `qadctl destination add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <location line="+15"/>
        <location filename="../../app/cli/historycommands.cpp" line="-304"/>
        <location filename="../../app/cli/sendcommands.cpp" line="-34"/>
        <location line="+31"/>
        <location filename="../../app/cli/tokencommands.cpp" line="+135"/>
        <source>The destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>qadctl destination show: one destination&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination show takes one destination id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Id:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth:         %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export on:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity:     %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute:    %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audience:     %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from %2 to %3</source>
        <comment>an audience of destination show, then its dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, from %2</source>
        <comment>an audience of destination show, then its start date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, until %2</source>
        <comment>an audience of destination show, then its end date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delivery:     no rate limit, %1 in flight, %2 s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery:     %1/min, %2 in flight, %3 s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+21"/>
        <location filename="../../app/cli/historycommands.cpp" line="-11"/>
        <source>This command takes one destination id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Remove it even though activations are still queued for it: they are never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qadctl destination remove: delete a destination and its token. Its history stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Destination &quot;%1&quot; still has %n activation(s) queued (pending, being sent or waiting for a retry); removed, it would never send them. Deliver them first (`qadctl run %2 --source FILE --exit-when-idle`, after `qadctl resume %2` if it is paused), or remove it anyway with --force: its history stays in the database.</source>
        <translation>
            <numerusform>Destination &quot;%1&quot; still has %n activation queued (pending, being sent or waiting for a retry); removed, it would never send them. Deliver them first (`qadctl run %2 --source FILE --exit-when-idle`, after `qadctl resume %2` if it is paused), or remove it anyway with --force: its history stays in the database.</numerusform>
            <numerusform>Destination &quot;%1&quot; still has %n activations queued (pending, being sent or waiting for a retry); removed, it would never send them. Deliver them first (`qadctl run %2 --source FILE --exit-when-idle`, after `qadctl resume %2` if it is paused), or remove it anyway with --force: its history stays in the database.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the destination is removed, but its token could not be deleted from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed destination &quot;%1&quot; (%2). Its history stays until it ages out: `qadctl history %2` reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed destination &quot;%1&quot; (%2). It had no history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>qadctl destination export: print a destination as JSON, without secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A file written by destination export, or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>qadctl destination import: add a destination from an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>destination import takes one file (or - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../app/cli/doctorcommand.cpp" line="-42"/>
        <location line="+97"/>
        <location line="+2"/>
        <location filename="../../app/cli/sendcommands.cpp" line="-68"/>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Imported &quot;%1&quot;. Store its token with: qadctl token set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: qadctl destination COMMAND [options]

Commands:
  add --name N --url U --identity SRC:TARGET… [options]   create a destination; prints its id
  edit ID [options of add]                                change only the options given
  list [--json]                                           the configured destinations
  show ID [--json]                                        one destination&apos;s configuration
  remove ID [--force]                                     delete a destination and its token
  export ID                                               print it as JSON, without secrets
  import FILE|-                                           add a destination from an export

ID is a destination&apos;s id, the start of it (4 characters or more) or its name.
qadctl destination COMMAND --help shows a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unknown command &quot;destination %1&quot;; use one of: add, edit, list, show, remove, export, import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>destination needs one of: add, edit, list, show, remove, export, import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/doctorcommand.cpp" line="-134"/>
        <source>ok  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 (not created yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is not writable; fix its permissions or choose another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 is readable by other users; run chmod 700 on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>database: %1 (not created yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database: %1 (schema %2, %3, every page read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>qadctl doctor: check the keychain and token sources, the paths, the database, the configuration and the memory allocator. Exits 1 when a check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qadctl %1 on Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>memory allocator: the C library&apos;s malloc()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory allocator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory allocator: %1 is linked, but another allocator serves malloc() (set by LD_PRELOAD?): streaming takes more CPU. Unset LD_PRELOAD to use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>configuration directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>keychain (%1): %2 Not needed while QAD_API_TOKEN is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keychain (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keychain: %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QAD_API_TOKEN is set: every destination uses it instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>configuration: %n destination(s) in %1</source>
        <translation>
            <numerusform>configuration: %n destination in %1</numerusform>
            <numerusform>configuration: %n destinations in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: configuration valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: token from the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no token: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/historycommands.cpp" line="+190"/>
        <source>At most N (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-readable output, with attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+155"/>
        <source>  [test]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-257"/>
        <source>%1 is no longer configured (it was removed); its history is read as the database keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A `qadctl run %1` streaming now (or the GUI) sends them within seconds; otherwise the next one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No profile was left out by &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no usable identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No input record was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/runcommand.cpp" line="+281"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the activations that are pending, sending, retrying, succeeded or failed; or the profiles left out (excluded), or the bad input records of any source (rejected), each with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The destination; the full id of one that was removed reads the history it left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>qadctl history ID: activations, newest first; with --status excluded or rejected, the profiles left out or the bad input records, with their reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--status: use pending, sending, retrying, succeeded, failed, excluded or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>&quot;%1&quot; has no %2 activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; has no activation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>qadctl status ID: delivery status, counters per hour and in total, alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>error: the last attempt failed (the last error says why)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Destination:          %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last error:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>                      total      this hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profiles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency (average):    %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queue depth:          %1 (%2 retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send rate:            %1/s (activations done, over the last 10 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open alerts:          none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alert:                %1  %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-queue every failed activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-queue one activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qadctl replay ID (--failed | --activation AID): send again; the next run delivers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>replay takes --failed (every failed activation) or --activation AID (one), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replay needs either --failed or --activation AID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; has no failed activation to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n activation(s) queued again.</source>
        <translation>
            <numerusform>%n activation queued again.</numerusform>
            <numerusform>%n activations queued again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activation %1 for destination &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Activation %1 queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it had been delivered already: Qualtrics starts its workflow for %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>qadctl pause ID: stop sending (activations keep queueing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qadctl resume ID: send again, after a pause or an authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Destination &quot;%1&quot; paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination &quot;%1&quot; resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/runcommand.cpp" line="-191"/>
        <source>read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s on average over %9 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>One or more destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile updates: an NDJSON or JSON-array file, pretty-printed objects one after another, a named pipe (read as it is written, as &lt;(producer) is), or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep reading the file as it grows, through rotation and truncation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit once the source is exhausted and every activation is succeeded or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep final activations this many days (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qadctl run ID… --source PATH|-: stream profile updates to the destinations until stopped (Ctrl+C or SIGTERM: in-flight work is finished or kept, exit 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>run needs at least one destination id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run needs --source PATH (or --source - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--follow applies to files; standard input is read until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--exit-when-idle ends a run once the source is read to its end, and --follow never reaches one: use --follow to stream until Ctrl+C, or --exit-when-idle for a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Destination &quot;%1&quot; is not valid; fix it with `qadctl destination edit`:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Destination &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>qadctl: the token of destination %1 could not be read again as it was resumed, so the run keeps the one it started with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>alert: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rejected: more bad records follow; they are counted, not shown here. List them with `qadctl history %1 --status rejected`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rejected: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping on SIGTERM: finishing what is in flight… (another SIGTERM or SIGINT stops at once; what is in flight is then sent again at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping: finishing what is in flight… (Ctrl+C again stops at once; what is in flight is then sent again at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopping at once: what was in flight is sent again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Waiting for %1: it does not exist yet, and is read from its start once it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/sendcommands.cpp" line="-46"/>
        <source>generated sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No --profile given: sending a generated sample profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the array is empty, so there is no profile to send. Give one profile object, or an array that starts with one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds %2 profiles; test-send sends the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 holds several lines; test-send sends the first profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>How many profiles (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qadctl sample ID: sample profiles for the destination&apos;s mapping, as NDJSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sample takes one destination id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A profile JSON file (or -); a generated sample when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qadctl test-send ID: build the payload from a profile, send it once, and show the request (auth redacted) and the response. Recorded in the history as a test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>test-send takes one destination id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--profile is empty: give a profile file (or - for standard input), or leave --profile out to send a generated sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Profile excluded, nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recorded in the history as test activation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/tokencommands.cpp" line="-113"/>
        <source>API token for &quot;%1&quot; (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No token on standard input. Pipe it in, e.g. `printf &apos;%s&apos; &quot;$TOKEN&quot; | qadctl token set %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token has spaces, several lines or control characters; give only the API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token for &quot;%1&quot; stored in the keychain (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QAD_API_TOKEN is set in this environment and takes precedence over the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Token for &quot;%1&quot; deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was sent: destination &quot;%1&quot; is not valid. Fix it first with `qadctl destination edit`:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the token belongs to %1, but the destination&apos;s username is %2; Basic auth needs both to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>set, delete or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check: only say where the token comes from; do not ask Qualtrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qadctl token set|delete|check ID: the destination&apos;s API token in the OS keychain.
set reads the token from standard input; check verifies it with Qualtrics (whoami) without starting a workflow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use: qadctl token set|delete|check ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>token needs one of: set, delete, check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

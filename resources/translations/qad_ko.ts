<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>qad::AlertEvaluator</name>
        <message>
            <location filename="../../app/alerts/alertevaluator.cpp" line="+68" />
            <source>Streaming to "%1" started: profile updates for its audiences are being sent.</source>
            <translation>"%1"(으)로 스트리밍을 시작했습니다: 해당 대상자의 프로필 업데이트를 보내는 중입니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>An activation to "%1" failed for good (%2): %3 Fix the cause, then send it again with `qadctl replay %4 --activation %2` (or `--failed` for all).</source>
            <translation>"%1"(으)로 보낸 활성화가 최종 실패했습니다(%2): %3 원인을 해결한 뒤 `qadctl replay %4 --activation %2` 명령으로 다시 보내세요(모두 보내려면 `--failed`).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>"%1" is paused: the token was refused (%2). Its queue is kept. Store the right one with `qadctl token set %3`, then `qadctl resume %3`.</source>
            <translation>"%1"이(가) 일시 중지되었습니다: 토큰이 거부되었습니다(%2). 대기열은 유지됩니다. `qadctl token set %3` 명령으로 올바른 토큰을 저장한 뒤 `qadctl resume %3` 명령을 실행하세요.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>"%1": the hour from %2 UTC closed with no failures (%3 activated, %4 excluded).</source>
            <translation>"%1": %2 UTC부터 1시간이 실패 없이 끝났습니다(활성화 %3, 제외 %4).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>"%1": an activation has waited %2 minutes to be delivered (threshold %3). Check that the destination is not paused (`qadctl status %4`) and that Qualtrics is reachable.</source>
            <translation>"%1": 활성화 하나가 %2분째 전송을 기다리고 있습니다(임계값 %3). 대상이 일시 중지되지 않았는지(`qadctl status %4`), Qualtrics에 연결할 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>about %1 of %2</source>
            <comment>excluded of received profiles, the hour before prorated</comment>
            <translation>약 %2개 중 %1개</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <comment>excluded of received profiles</comment>
            <translation>%2개 중 %1개</translation>
        </message>
        <message>
            <location line="+3" />
            <source>"%1": %2% of the profiles received over the last hour were excluded (%3; threshold %4%). Read why ("Excluded and rejected…" in the overview, or `qadctl history %5 --status excluded`), then fix the identity mapping or the source data.</source>
            <translation>"%1": 지난 1시간 동안 받은 프로필의 %2%가 제외되었습니다(%3, 임계값 %4%). 개요의 "제외 및 거부…" 또는 `qadctl history %5 --status excluded`에서 제외 사유를 확인한 뒤 ID 매핑이나 원본 데이터를 수정하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::ConfigStore</name>
        <message>
            <location filename="../../app/config/configstore.cpp" line="+51" />
            <source>Fix it in a text editor, or move it away to start with no destinations; qad will not overwrite it.</source>
            <translation>텍스트 편집기로 수정하거나, 대상 없이 시작하려면 파일을 다른 곳으로 옮기세요. qad는 이 파일을 덮어쓰지 않습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is damaged (%2 at byte %3). %4</source>
            <translation>%1 파일이 손상되었습니다(바이트 %3: %2). %4</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 is not a qad configuration: it needs "schemaVersion" and a "destinations" list. %2</source>
            <translation>%1은(는) qad 설정 파일이 아닙니다: "schemaVersion"과 "destinations" 목록이 필요합니다. %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was written by a newer qad (schema version %2; this version reads up to %3). Upgrade qad; the file is left unchanged.</source>
            <translation>%1은(는) 더 새로운 qad로 작성되었습니다(스키마 버전 %2, 이 버전은 %3까지 읽을 수 있음). qad를 업그레이드하세요. 파일은 변경하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>not an object</source>
            <translation>객체가 아님</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is damaged: destinations[%2]: %3. %4</source>
            <translation>%1 파일이 손상되었습니다: destinations[%2]: %3. %4</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 is damaged: destinations[%2] ("%3") and destinations[%4] ("%5") have the same id %6. In a text editor, give one of them a new id, for example %7, and store its API token again with `qadctl token set %7` (tokens are kept by id); or delete the one you do not need. qad will not overwrite the file.</source>
            <translation>%1이(가) 손상되었습니다: destinations[%2](“%3”)와 destinations[%4](“%5”)의 id가 %6(으)로 같습니다. 텍스트 편집기에서 둘 중 하나에 새 id(예: %7)를 주고 `qadctl token set %7`로 API 토큰을 다시 저장하거나(토큰은 id별로 보관됩니다), 필요 없는 것을 삭제하세요. qad는 이 파일을 덮어쓰지 않습니다.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Not saved: the lock file %1 cannot be created. Check that you can write to %2.</source>
            <translation>저장하지 않았습니다: 잠금 파일 %1을(를) 만들 수 없습니다. %2에 쓸 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not saved: another qad or qadctl is saving %1: %2 (process %3 on %4) has held the lock file %5 for more than %6 s. Try again; if no qad or qadctl is running, the lock file is stale: remove %5.</source>
            <translation>저장하지 않았습니다: 다른 qad 또는 qadctl이 %1을(를) 저장하고 있습니다: %2(%4의 프로세스 %3)이(가) 잠금 파일 %5을(를) %6초 넘게 잡고 있습니다. 다시 시도하세요. 실행 중인 qad나 qadctl이 없다면 오래된 잠금입니다: %5을(를) 삭제하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not saved: another qad or qadctl is saving %1: the lock file %2 has been held for more than %3 s. Try again; if no qad or qadctl is running, the lock file is stale: remove %2.</source>
            <translation>저장하지 않았습니다: 다른 qad 또는 qadctl이 %1을(를) 저장하고 있습니다: 잠금 파일 %2이(가) %3초 넘게 잡혀 있습니다. 다시 시도하세요. 실행 중인 qad나 qadctl이 없다면 오래된 잠금입니다: %2을(를) 삭제하세요.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cannot use %1 as the configuration directory: %2 is not a directory. Choose a directory, or a path where one can be created.</source>
            <translation>%1을(를) 설정 디렉터리로 사용할 수 없습니다: %2은(는) 디렉터리가 아닙니다. 디렉터리를 선택하거나, 디렉터리를 만들 수 있는 경로를 선택하세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cannot read the configuration directory %1: %2 cannot be opened (permission denied). Check the permissions of %2, or choose another directory.</source>
            <translation>설정 디렉터리 %1을(를) 읽을 수 없습니다: %2을(를) 열 수 없습니다(권한 거부). %2의 권한을 확인하거나 다른 디렉터리를 선택하세요.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Cannot read %1: %2. Check its permissions.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2. 권한을 확인하세요.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Not saved: %1</source>
            <translation>저장하지 못했습니다: %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>id: a destination with the id %1 already exists: edit that one, or leave the id empty to get a new one.</source>
            <translation>id: ID가 %1인 대상이 이미 있습니다. 그 대상을 편집하거나, 새 ID를 받으려면 id를 비워 두세요.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Not saved: the destination "%1" (%2) is no longer in %3: another qad or qadctl removed it. List the destinations with `qadctl destination list`.</source>
            <translation>저장하지 않았습니다: 대상 “%1”(%2)이(가) 더 이상 %3에 없습니다: 다른 qad 또는 qadctl이 삭제했습니다. `qadctl destination list`로 대상 목록을 확인하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is no destination with the id %1: list them with `qadctl destination list`.</source>
            <translation>ID가 %1인 대상이 없습니다. `qadctl destination list`로 대상 목록을 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::CredentialCheck</name>
        <message>
            <location filename="../../app/delivery/credentialcheck.cpp" line="+37" />
            <source>The token is valid on %1.</source>
            <translation>토큰이 %1에서 유효합니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The token is valid on %1 (user %2).</source>
            <translation>%1에서 토큰이 유효합니다(사용자 %2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 refused the token (HTTP %2): store the right one with `qadctl token set`.</source>
            <translation>%1이(가) 토큰을 거부했습니다(HTTP %2). `qadctl token set`으로 올바른 토큰을 저장하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 did not answer within %2 s; check the network and try again.</source>
            <translation>%1이(가) %2초 안에 응답하지 않았습니다. 네트워크를 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 answered HTTP %2 to the credential check; the token could not be verified.</source>
            <translation>%1이(가) 자격 증명 확인에 HTTP %2(으)로 응답했습니다. 토큰을 확인하지 못했습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Could not reach %1: %2.</source>
            <translation>%1에 연결할 수 없습니다: %2.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The token was not sent: %1</source>
            <translation>토큰을 보내지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The destination URL has no host to check the token against; fix the URL first.</source>
            <translation>대상 URL에 토큰을 확인할 호스트가 없습니다. 먼저 URL을 수정하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::DeliveryWorker</name>
        <message>
            <location filename="../../app/engine/deliveryworker.cpp" line="+339" />
            <source>No API token is available for the destination "%1", so nothing is sent to it; its queue is kept. Store the token with `qadctl token set %2` (or set QAD_API_TOKEN), then resume the destination.</source>
            <translation>대상 "%1"에 사용할 API 토큰이 없어 아무것도 보내지 않습니다. 대기열은 유지됩니다. `qadctl token set %2`로 토큰을 저장하거나 QAD_API_TOKEN을 설정한 뒤 대상을 재개하세요.</translation>
        </message>
        <message numerus="yes">
            <location line="+240" />
            <source>Gave up after %n attempt(s) (the last one: %1): the retry schedule allows no attempt later than %2 hours after the first. The activation is kept in the history: replay it with `qadctl replay` once the endpoint works again.</source>
            <translation>
                <numerusform>%n번 시도한 뒤 포기했습니다(마지막 시도: %1): 재시도 일정상 첫 시도 후 %2시간이 지나면 더 시도하지 않습니다. 활성화는 기록에 남아 있으니 엔드포인트가 다시 동작하면 `qadctl replay`로 다시 보내세요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+327" />
            <source>The destination "%1" was resumed, but this run has no API token for it. Store the token with `qadctl token set %2` (or set QAD_API_TOKEN) and restart the run.</source>
            <translation>대상 "%1"을(를) 재개했지만 이번 실행에는 이 대상의 API 토큰이 없습니다. `qadctl token set %2`로 토큰을 저장하거나 QAD_API_TOKEN을 설정한 뒤 실행을 다시 시작하세요.</translation>
        </message>
        <message>
            <location line="+127" />
            <source>Delivery stopped: %1</source>
            <translation>전송이 중지되었습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>qad::DestinationJson</name>
        <message>
            <location filename="../../app/config/destinationjson.cpp" line="+84" />
            <source>%1 must be text (in double quotes)</source>
            <translation>%1은(는) 텍스트(큰따옴표로 묶음)여야 합니다</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 must be true or false</source>
            <translation>%1은(는) true 또는 false여야 합니다</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+60" />
            <source>%1 must be a whole number, like 10</source>
            <translation>%1은(는) 10과 같은 정수여야 합니다</translation>
        </message>
        <message>
            <location line="-47" />
            <source>%1 must be a number, like 1.5</source>
            <translation>%1은(는) 1.5와 같은 숫자여야 합니다</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 must be a date like 2026-01-31</source>
            <translation>%1은(는) 2026-01-31 같은 날짜여야 합니다</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1 must be %2</source>
            <translation>%1 값은 다음 중 하나여야 합니다: %2</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1 must be a list [ … ]</source>
            <translation>%1은(는) 목록([ … ])이어야 합니다</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+13" />
            <source>%1 must be an object { … }</source>
            <translation>%1은(는) 객체({ … })여야 합니다</translation>
        </message>
        <message>
            <location line="+172" />
            <source>The file is not valid JSON (%1 at byte %2). Use a file written by Export (in qad) or by `qadctl destination export`, or fix the JSON.</source>
            <translation>올바른 JSON 파일이 아닙니다(바이트 %2: %1). qad의 내보내기나 `qadctl destination export`로 작성한 파일을 사용하거나 JSON을 수정하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This is not a qad destination export: it needs "schemaVersion" and a "destination" object. Use a file written by Export (in qad) or by `qadctl destination export`.</source>
            <translation>qad 대상 내보내기 파일이 아닙니다: "schemaVersion"과 "destination" 객체가 필요합니다. qad의 내보내기나 `qadctl destination export`로 작성한 파일을 사용하세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>schemaVersion %1 is not valid: it must be 1 or more. Use a file written by Export (in qad) or by `qadctl destination export`.</source>
            <translation>schemaVersion %1은(는) 올바르지 않습니다: 1 이상이어야 합니다. qad의 내보내기나 `qadctl destination export`로 작성한 파일을 사용하세요.</translation>
        </message>
        <message>
            <location line="-6" />
            <source>This destination was exported by a newer qad (schema version %1; this version reads up to %2). Upgrade qad to import it.</source>
            <translation>이 대상은 더 새로운 qad에서 내보낸 것입니다(스키마 버전 %1, 이 버전은 %2까지 읽을 수 있음). 가져오려면 qad를 업그레이드하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::FileSource</name>
        <message>
            <location filename="../../app/sources/filesource.cpp" line="+260" />
            <source>%1 was rewritten in place while it was followed (its content before the position read changed): reading it from the start; profiles already sent produce nothing again.</source>
            <translation>%1이(가) 추적 중에 제자리에서 다시 쓰였습니다(읽은 위치 앞의 내용이 바뀜): 처음부터 다시 읽습니다. 이미 보낸 프로필은 다시 아무것도 만들지 않습니다.</translation>
        </message>
        <message>
            <location line="+146" />
            <source>%1 was rewritten since the last run (its content before the saved position changed): reading it from the start; profiles already sent produce nothing again.</source>
            <translation>%1이(가) 지난 실행 이후 다시 쓰였습니다(저장된 위치 앞의 내용이 바뀜): 처음부터 다시 읽습니다. 이미 보낸 프로필은 다시 아무것도 만들지 않습니다.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Cannot open %1: it is a directory; give the path of an NDJSON or JSON-array file.</source>
            <translation>%1을(를) 열 수 없습니다: 디렉터리입니다. NDJSON 또는 JSON 배열 파일의 경로를 지정하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot open %1: it became a named pipe or a device, which is read as a stream only when it is one from the start; start again to read it.</source>
            <translation>%1을(를) 열 수 없습니다: 이름 있는 파이프나 장치로 바뀌었습니다. 처음부터 그런 경우에만 스트림으로 읽습니다. 읽으려면 다시 시작하세요.</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Cannot open %1: No such file; check the path.</source>
            <translation>%1을(를) 열 수 없습니다: 파일이 없습니다. 경로를 확인하세요.</translation>
        </message>
        <message>
            <location line="-349" />
            <source>that file is no longer in %1 (deleted, or compressed)</source>
            <translation>그 파일이 더 이상 %1에 없습니다(삭제되었거나 압축됨)</translation>
        </message>
        <message>
            <location line="+261" />
            <source>%1 is not the file read last time (it was rotated or replaced since), and %2: the lines written to that file after line %3 could not be read. Reading %1 from its start.</source>
            <translation>%1은(는) 지난번에 읽은 파일이 아니며(그 뒤 로테이션되었거나 교체됨), %2: 그 파일의 %3번째 줄 이후에 쓰인 줄은 읽을 수 없었습니다. %1을(를) 처음부터 읽습니다.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>that file, now %1, cannot be opened (%2)</source>
            <translation>그 파일(현재 %1)을 열 수 없습니다(%2)</translation>
        </message>
        <message>
            <location line="+69" />
            <location line="+22" />
            <source>Cannot open %1: %2; check that the file is readable.</source>
            <translation>%1을(를) 열 수 없습니다: %2. 파일을 읽을 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Cannot read %1: %2; check the file and the disk it is on.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2. 파일과 파일이 있는 디스크를 확인하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+180" />
            <source>compressed</source>
            <translation>압축됨</translation>
        </message>
        <message>
            <location line="+26" />
            <source>no longer there</source>
            <translation>더 이상 없음</translation>
        </message>
        <message>
            <location line="+0" />
            <source>it cannot be opened</source>
            <translation>열 수 없음</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%1 was rotated more than once since it was read last; %n file(s) rotated in between cannot be read, and the lines written there are skipped: %2.</source>
            <translation>
                <numerusform>%1은(는) 마지막으로 읽은 뒤 두 번 이상 로테이션되었습니다. 그 사이에 로테이션된 파일 %n개를 읽을 수 없어 거기에 쓰인 줄은 건너뜁니다: %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qad::Ingestor</name>
        <message>
            <location filename="../../app/engine/ingestor.cpp" line="+574" />
            <source>line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
    </context>
    <context>
        <name>qad::KeychainSecretStore</name>
        <message>
            <location filename="../../app/secrets/keychainsecretstore.cpp" line="+145" />
            <source>Cannot read the API token of destination "%1" from the keychain</source>
            <translation>키체인에서 대상 "%1"의 API 토큰을 읽을 수 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot store the API token of destination "%1" in the keychain</source>
            <translation>대상 "%1"의 API 토큰을 키체인에 저장할 수 없습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot delete the API token of destination "%1" from the keychain</source>
            <translation>키체인에서 대상 "%1"의 API 토큰을 삭제할 수 없습니다</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The keychain did not answer within %1 s: is a Secret Service (gnome-keyring, KWallet) running and unlocked? On a server without a keychain set %2.</source>
            <translation>키체인이 %1초 안에 응답하지 않았습니다. Secret Service(gnome-keyring, KWallet)가 실행 중이고 잠금 해제되어 있나요? 키체인이 없는 서버에서는 %2을(를) 설정하세요.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The API token of destination "%1" was not read: you stopped waiting for the keychain. Try again once it is unlocked.</source>
            <translation>대상 "%1"의 API 토큰을 읽지 않았습니다: 키체인 기다리기를 멈췄습니다. 키체인 잠금을 해제한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The API token of destination "%1" was not stored: you stopped waiting for the keychain (should it answer later, it may still store it). Try again once it is unlocked.</source>
            <translation>대상 "%1"의 API 토큰을 저장하지 않았습니다: 키체인 기다리기를 멈췄습니다(키체인이 나중에 응답하면 그때 저장할 수도 있습니다). 키체인 잠금을 해제한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The API token of destination "%1" was not deleted: you stopped waiting for the keychain (should it answer later, it may still delete it). Try again once it is unlocked.</source>
            <translation>대상 "%1"의 API 토큰을 삭제하지 않았습니다: 키체인 기다리기를 멈췄습니다(키체인이 나중에 응답하면 그때 삭제할 수도 있습니다). 키체인 잠금을 해제한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>No API token is stored in the keychain for destination "%1". Store one with `qadctl token set %1` (it reads the token from stdin) or in the destination's settings. If you did store one, unlock the keyring and try again: a locked keyring can also read back as "entry not found". On a server without a keychain set %2.</source>
            <translation>키체인에 대상 "%1"의 API 토큰이 저장되어 있지 않습니다. `qadctl token set %1`(표준 입력에서 토큰을 읽음)이나 대상 설정에서 저장하세요. 이미 저장했다면 키링의 잠금을 해제하고 다시 시도하세요. 키링이 잠겨 있어도 "entry not found"로 읽힐 수 있습니다. 키체인이 없는 서버에서는 %2을(를) 설정하세요.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: no keychain is available (%2). Install and start a Secret Service such as gnome-keyring or KWallet, or on a server without a keychain set %3.</source>
            <translation>%1: 사용할 수 있는 키체인이 없습니다(%2). gnome-keyring이나 KWallet 같은 Secret Service를 설치하고 시작하세요. 키체인이 없는 서버에서는 %3을(를) 설정하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: access to the keychain was refused (%2). Unlock the keyring and allow qad to use it, then try again; on a server without a keychain set %3.</source>
            <translation>%1: 키체인 접근이 거부되었습니다(%2). 키링의 잠금을 해제하고 qad가 사용하도록 허용한 뒤 다시 시도하세요. 키체인이 없는 서버에서는 %3을(를) 설정하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the keychain reported "%2". Check that a Secret Service (gnome-keyring, KWallet) is running and unlocked; on a server without a keychain set %3.</source>
            <translation>%1: 키체인이 "%2" 오류를 보고했습니다. Secret Service(gnome-keyring, KWallet)가 실행 중이고 잠금 해제되어 있는지 확인하세요. 키체인이 없는 서버에서는 %3을(를) 설정하세요.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Secret Service (libsecret)</source>
            <translation>Secret Service (libsecret)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>KWallet 5 (kwalletd5; libsecret not found)</source>
            <translation>KWallet 5 (kwalletd5; libsecret 없음)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+7" />
            <source>KWallet 4 (kwalletd; libsecret not found)</source>
            <translation>KWallet 4 (kwalletd; libsecret 없음)</translation>
        </message>
        <message>
            <location line="-2" />
            <source>GNOME Keyring (libgnome-keyring; libsecret not found)</source>
            <translation>GNOME Keyring (libgnome-keyring; libsecret 없음)</translation>
        </message>
        <message>
            <location line="+103" />
            <source>macOS Keychain</source>
            <translation>macOS 키체인</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Windows Credential Manager</source>
            <translation>Windows 자격 증명 관리자</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Android Keystore</source>
            <translation>Android 키 저장소</translation>
        </message>
    </context>
    <context>
        <name>qad::MemorySecretStore</name>
        <message>
            <location filename="../../app/secrets/memorysecretstore.cpp" line="+15" />
            <source>The in-memory secret store is set to be unavailable (a test simulating a missing keychain). Set QAD_API_TOKEN or make the store available again.</source>
            <translation>메모리 내 비밀 저장소가 사용할 수 없음으로 설정되어 있습니다(키체인이 없는 상황을 재현하는 테스트). QAD_API_TOKEN을 설정하거나 저장소를 다시 사용할 수 있게 하세요.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No API token is stored for destination "%1". Store one with `qadctl token set %1`.</source>
            <translation>대상 "%1"에 저장된 API 토큰이 없습니다. `qadctl token set %1`로 저장하세요.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>In-memory (tests only)</source>
            <translation>메모리 내(테스트 전용)</translation>
        </message>
    </context>
    <context>
        <name>qad::Outcome</name>
        <message>
            <location filename="../../app/delivery/outcome.cpp" line="+99" />
            <source>The endpoint answered with a redirect (HTTP %1) but named no new location; redirects are not followed. Check the destination's URL.</source>
            <translation>엔드포인트가 리디렉션(HTTP %1)으로 응답했지만 새 위치를 알려 주지 않았습니다. 리디렉션은 따라가지 않습니다. 대상 URL을 확인하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The endpoint redirects to %1 (HTTP %2); redirects are not followed: use that URL in the destination.</source>
            <translation>엔드포인트가 %1(으)로 리디렉션합니다(HTTP %2). 리디렉션은 따라가지 않으므로 대상에 그 URL을 사용하세요.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Qualtrics refused the payload as too large (HTTP 413; bodies over 100 KB are not supported). Map fewer or shorter attributes.</source>
            <translation>Qualtrics가 페이로드가 너무 커서 거부했습니다(HTTP 413; 100 KB를 넘는 본문은 지원되지 않음). 매핑하는 속성 수를 줄이거나 더 짧은 속성을 매핑하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The JSON-event URL was not found (HTTP 404). Check the destination's URL: the workflow or its trigger may have been deleted.</source>
            <translation>JSON 이벤트 URL을 찾을 수 없습니다(HTTP 404). 대상 URL을 확인하세요: 워크플로나 트리거가 삭제되었을 수 있습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Qualtrics rejected the request (HTTP %1); it is not retried. Check the payload in the history and the destination's mapping.</source>
            <translation>Qualtrics가 요청을 거부했습니다(HTTP %1). 재시도하지 않습니다. 기록의 페이로드와 대상의 매핑을 확인하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Qualtrics rejected the request (HTTP %1); it is not retried. Check the destination's URL and authentication mode.</source>
            <translation>Qualtrics가 요청을 거부했습니다(HTTP %1). 재시도하지 않습니다. 대상 URL과 인증 방식을 확인하세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The endpoint does not support this request (HTTP 501). Check that the destination's URL is a Qualtrics JSON-event trigger URL.</source>
            <translation>엔드포인트가 이 요청을 지원하지 않습니다(HTTP 501). 대상 URL이 Qualtrics JSON 이벤트 트리거 URL인지 확인하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Qualtrics answered with a server error (HTTP %1); it will be retried.</source>
            <translation>Qualtrics가 서버 오류로 응답했습니다(HTTP %1). 재시도합니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Accepted by Qualtrics (HTTP %1).</source>
            <translation>Qualtrics가 수락했습니다(HTTP %1).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Qualtrics is rate limiting (HTTP 429, at most 3,000 calls per minute); it will be retried. Lower the destination's rate limit if this repeats.</source>
            <translation>Qualtrics가 호출 속도를 제한하고 있습니다(HTTP 429, 분당 최대 3,000회). 재시도합니다. 계속 반복되면 대상의 속도 제한을 낮추세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Qualtrics could not take the request now (HTTP %1); it will be retried.</source>
            <translation>Qualtrics가 지금은 요청을 받을 수 없습니다(HTTP %1). 재시도합니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The endpoint answered with an unexpected HTTP status %1. Check that the destination's URL is a Qualtrics JSON-event trigger URL.</source>
            <translation>엔드포인트가 예상하지 못한 HTTP 상태 %1(으)로 응답했습니다. 대상 URL이 Qualtrics JSON 이벤트 트리거 URL인지 확인하세요.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No HTTP exchange took place. Use the https JSON-event URL Qualtrics shows for the trigger.</source>
            <translation>HTTP 교환이 이루어지지 않았습니다. Qualtrics가 트리거에 표시하는 https JSON 이벤트 URL을 사용하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server refused the connection; it will be retried. If this persists, check the host and port of the destination's URL.</source>
            <translation>서버가 연결을 거부했습니다. 재시도합니다. 계속되면 대상 URL의 호스트와 포트를 확인하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The server closed the connection before answering; it will be retried.</source>
            <translation>서버가 응답하기 전에 연결을 닫았습니다. 재시도합니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The host name could not be resolved (%1); it will be retried. Check the destination's URL and this computer's network and DNS settings.</source>
            <translation>호스트 이름을 확인할 수 없습니다(%1). 재시도합니다. 대상 URL과 이 컴퓨터의 네트워크 및 DNS 설정을 확인하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The connection timed out; it will be retried.</source>
            <translation>연결 시간이 초과되었습니다. 재시도합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The request was cancelled before an answer arrived; it will be sent again.</source>
            <translation>응답을 받기 전에 요청이 취소되었습니다. 다시 보냅니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The secure connection failed: %1. TLS errors are never ignored: check the host in the destination's URL, the system's CA certificates and any proxy that intercepts HTTPS.</source>
            <translation>보안 연결에 실패했습니다: %1. TLS 오류는 절대 무시하지 않습니다. 대상 URL의 호스트, 시스템의 CA 인증서, HTTPS를 가로채는 프록시가 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The endpoint redirects; redirects are not followed. Use the final URL in the destination.</source>
            <translation>엔드포인트가 리디렉션합니다. 리디렉션은 따라가지 않습니다. 대상에 최종 URL을 사용하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The proxy requires authentication (%1). Configure the proxy credentials in the system or environment settings.</source>
            <translation>프록시에 인증이 필요합니다(%1). 시스템 또는 환경 설정에서 프록시 자격 증명을 구성하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The proxy failed (%1); it will be retried. Check the proxy settings if this persists.</source>
            <translation>프록시 오류가 발생했습니다(%1). 재시도합니다. 계속되면 프록시 설정을 확인하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The request cannot be sent (%1). Use the https JSON-event URL Qualtrics shows for the trigger.</source>
            <translation>요청을 보낼 수 없습니다(%1). Qualtrics가 트리거에 표시하는 https JSON 이벤트 URL을 사용하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A network error occurred (%1); it will be retried.</source>
            <translation>네트워크 오류가 발생했습니다(%1). 재시도합니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or lacks access. The destination is paused and its queue kept: store a valid token in the destination's settings or with `qadctl token set %2`, then resume the destination.</source>
            <translation>Qualtrics가 자격 증명을 거부했습니다(HTTP %1): API 토큰이나 사용자 이름이 잘못되었거나, 만료되었거나, 권한이 없습니다. 대상을 일시 중지하고 대기열은 유지합니다. 대상의 설정에서 또는 `qadctl token set %2`로 유효한 토큰을 저장한 뒤 대상을 재개하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>DESTINATION-ID</source>
            <translation>대상-ID</translation>
        </message>
        <message>
            <location line="+49" />
            <source>No answer within the per-attempt deadline; it will be retried. Raise the destination's timeout if this repeats.</source>
            <translation>시도당 제한 시간 안에 응답이 없습니다. 재시도합니다. 계속 반복되면 대상의 제한 시간을 늘리세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::PayloadBuilder</name>
        <message>
            <location filename="../../app/mapping/payloadbuilder.cpp" line="+138" />
            <source>it has no identityMap entries</source>
            <translation>identityMap 항목 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it has %1</source>
            <translation>있는 항목: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The profile has no value for any mapped identity: looked for %1 in its identityMap (%2). Map a namespace the profiles carry, or add one of these to the profiles.</source>
            <translation>프로필에 매핑된 ID의 값이 하나도 없습니다: identityMap에서 %1을(를) 찾지 못했습니다(%2). 프로필에 있는 네임스페이스를 매핑하거나, 이 중 하나를 프로필에 추가하세요.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The profile's only email values are hashed (SHA-256), and Qualtrics needs plain-text addresses. Map the namespace that holds plain-text emails, or map an external_id identity too.</source>
            <translation>프로필의 이메일 값이 모두 해시(SHA-256)되어 있는데 Qualtrics에는 일반 텍스트 주소가 필요합니다. 일반 텍스트 이메일이 있는 네임스페이스를 매핑하거나 external_id ID도 함께 매핑하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The profile's only email values are hashed (SHA-256), and Qualtrics needs plain-text addresses; it has no value for the external_id identity mapped (%1) either. Map the namespace that holds plain-text emails, or give the profiles a %1 value.</source>
            <translation>프로필의 이메일 값이 모두 해시(SHA-256)되어 있는데 Qualtrics에는 일반 텍스트 주소가 필요하며, 매핑된 external_id ID(%1)의 값도 없습니다. 일반 텍스트 이메일이 있는 네임스페이스를 매핑하거나 프로필에 %1 값을 넣으세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The profile's only email value "%1" is not a plain-text email address. Fix the address in the source data, or map an external_id identity too.</source>
            <translation>프로필의 유일한 이메일 값 "%1"은(는) 일반 텍스트 이메일 주소가 아닙니다. 원본 데이터의 주소를 수정하거나 external_id ID도 함께 매핑하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The profile's only email value "%1" is not a plain-text email address, and it has no value for the external_id identity mapped (%2). Fix the address in the source data, or give the profiles a %2 value.</source>
            <translation>프로필의 유일한 이메일 값 "%1"은(는) 일반 텍스트 이메일 주소가 아니며, 매핑된 external_id ID(%2)의 값도 없습니다. 소스 데이터의 주소를 고치거나 프로필에 %2 값을 넣으세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The profile has no usable value for any mapped identity (%1).</source>
            <translation>프로필에 매핑된 ID 중 사용할 수 있는 값이 없습니다(%1).</translation>
        </message>
        <message numerus="yes">
            <location line="+62" />
            <source>Left out %n hashed email value(s): Qualtrics needs plain-text addresses.</source>
            <translation>
                <numerusform>해시된 이메일 값 %n개를 생략했습니다: Qualtrics에는 일반 텍스트 주소가 필요합니다.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Left out %n email value(s) that are not plain-text addresses, such as "%1".</source>
            <translation>
                <numerusform>"%1" 등 일반 텍스트 주소가 아닌 이메일 값 %n개를 생략했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Left out %1: its target %2 is reserved for identities and audiences. Choose another target.</source>
            <translation>%1을(를) 생략했습니다: 대상 필드 %2은(는) ID와 대상자용으로 예약되어 있습니다. 다른 대상 필드를 선택하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Left out %1: its target %2 collides with another mapped attribute. Give each attribute its own target path.</source>
            <translation>%1을(를) 생략했습니다: 대상 필드 %2이(가) 매핑된 다른 속성과 겹칩니다. 속성마다 서로 다른 대상 경로를 지정하세요.</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>The profile is in none of the destination's %n selected audience(s), so segmentMembership.ups is empty.</source>
            <translation>
                <numerusform>프로필이 대상에서 선택한 대상자 %n개 중 어디에도 속하지 않아 segmentMembership.ups가 비어 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+77" />
            <source>The payload is %1 bytes; Qualtrics accepts at most %2 bytes (100 KB). Map fewer or smaller attributes.</source>
            <translation>페이로드가 %1바이트입니다. Qualtrics는 최대 %2바이트(100 KB)까지 받습니다. 매핑하는 속성 수를 줄이거나 더 작은 속성을 매핑하세요.</translation>
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
            <translation>불리언</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a number</source>
            <translation>숫자</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a string</source>
            <translation>문자열</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an array</source>
            <translation>배열</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an object</source>
            <translation>객체</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nothing (the key is missing)</source>
            <translation>없음(키가 없음)</translation>
        </message>
        <message>
            <location line="+283" />
            <source>Invalid JSON at offset %1: \%2 is not a JSON escape. JSON knows only \", \\, \/, \b, \f, \n, \r, \t and \u with four hex digits; write a backslash itself as \\.</source>
            <translation>오프셋 %1의 JSON이 잘못되었습니다: \%2은(는) JSON 이스케이프가 아닙니다. JSON에는 \", \\, \/, \b, \f, \n, \r, \t 그리고 16진수 네 자리가 붙는 \u만 있습니다. 백슬래시 자체는 \\로 쓰십시오.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invalid JSON at offset %1: a backslash followed by U+%2 is not a JSON escape. JSON knows only \", \\, \/, \b, \f, \n, \r, \t and \u with four hex digits; write a backslash itself as \\.</source>
            <translation>오프셋 %1의 JSON이 잘못되었습니다: 백슬래시 뒤에 U+%2이(가) 오는 것은 JSON 이스케이프가 아닙니다. JSON에는 \", \\, \/, \b, \f, \n, \r, \t 그리고 16진수 네 자리가 붙는 \u만 있습니다. 백슬래시 자체는 \\로 쓰십시오.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Invalid JSON at offset %1: the control character U+%2 stands unescaped in a string. JSON strings cannot hold tabs, line breaks or other control characters as they are; write it as %3.</source>
            <translation>오프셋 %1의 JSON이 잘못되었습니다: 제어 문자 U+%2이(가) 문자열 안에 이스케이프 없이 있습니다. JSON 문자열에는 탭, 줄 바꿈 등 제어 문자를 그대로 넣을 수 없습니다. %3(으)로 쓰십시오.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Invalid JSON at offset %1: the number %2 has no digit before its decimal point; write it as %3.</source>
            <translation>오프셋 %1의 JSON이 잘못되었습니다: 숫자 %2에는 소수점 앞에 숫자가 없습니다. %3(으)로 쓰십시오.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Invalid JSON at offset %1: the number %2 has no digit after its decimal point; write it as %3.</source>
            <translation>오프셋 %1의 JSON이 잘못되었습니다: 숫자 %2에는 소수점 뒤에 숫자가 없습니다. %3(으)로 쓰십시오.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invalid JSON at offset %1: \u%2 is half of a surrogate pair, without its other half. A character beyond U+FFFF is written as two escapes, \ud800 to \udbff followed at once by \udc00 to \udfff (like \ud83d\ude00); remove it or complete the pair.</source>
            <translation>오프셋 %1의 JSON이 잘못되었습니다: \u%2은(는) 서로게이트 쌍의 절반이며 나머지 절반이 없습니다. U+FFFF를 넘는 문자는 \ud800~\udbff 바로 뒤에 \udc00~\udfff가 오는 두 개의 이스케이프로 씁니다(예: \ud83d\ude00). 이를 지우거나 쌍을 완성하십시오.</translation>
        </message>
        <message>
            <location line="+119" />
            <source>%1 must be an object like {"id": "…"}, found %2.</source>
            <translation>%1은(는) {"id": "…"} 같은 객체여야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1.id must be a string, found %2. Every identity needs its id as a string.</source>
            <translation>%1.id는 문자열이어야 합니다. 현재 값: %2. 모든 ID는 id를 문자열로 가져야 합니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.primary must be true or false, found %2.</source>
            <translation>%1.primary는 true 또는 false여야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.authenticatedState must be a string (ambiguous, authenticated or loggedOut), found %2.</source>
            <translation>%1.authenticatedState는 문자열(ambiguous, authenticated, loggedOut 중 하나)이어야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>identityMap must be an object of namespaces, each an array of identities (like {"Email": [{"id": "…"}]}), found %1.</source>
            <translation>identityMap은 네임스페이스마다 ID 배열을 담은 객체여야 합니다({"Email": [{"id": "…"}]} 형식). 현재 값: %1.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 must be an array of identities like [{"id": "…"}], found %2.</source>
            <translation>%1은(는) [{"id": "…"}] 같은 ID 배열이어야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1 must be an object like {"status": "realized"}, found %2.</source>
            <translation>%1은(는) {"status": "realized"} 같은 객체여야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.status must be a string: realized, existing or exited; found %2.</source>
            <translation>%1.status는 realized, existing, exited 중 하나인 문자열이어야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1.status is "%2", which is not a membership status: use realized, existing or exited.</source>
            <translation>%1.status 값 "%2"은(는) 멤버십 상태가 아닙니다: realized, existing, exited 중 하나를 사용하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1.lastQualificationTime must be an ISO-8601 date-time string, found %2.</source>
            <translation>%1.lastQualificationTime은 ISO-8601 날짜-시간 문자열이어야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>segmentMembership must be an object keyed by namespace (like {"ups": {…}}), found %1.</source>
            <translation>segmentMembership은 네임스페이스를 키로 하는 객체여야 합니다({"ups": {…}} 형식). 현재 값: %1.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 must be an object keyed by audience id, found %2.</source>
            <translation>%1은(는) 대상자 ID를 키로 하는 객체여야 합니다. 현재 값: %2.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The profile is %1 bytes, over the limit of %2 bytes (1 MiB). Split it into smaller profiles or leave out attributes that are not mapped.</source>
            <translation>프로필이 %1바이트로 한도인 %2바이트(1 MiB)를 넘습니다. 더 작은 프로필로 나누거나 매핑하지 않은 속성을 빼세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Invalid UTF-8 at byte offset %1. Save or export the data as UTF-8.</source>
            <translation>바이트 오프셋 %1에 잘못된 UTF-8이 있습니다. 데이터를 UTF-8로 저장하거나 내보내세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The profile nests objects and arrays deeper than %1 levels (at byte offset %2). Flatten the data: deeper nesting is not supported.</source>
            <translation>프로필의 객체와 배열 중첩이 %1단계보다 깊습니다(바이트 오프셋 %2). 데이터를 평탄화하세요: 더 깊은 중첩은 지원되지 않습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The profile is empty. Each line (or array element) must be one JSON object.</source>
            <translation>프로필이 비어 있습니다. 각 줄(또는 배열 요소)은 JSON 객체 하나여야 합니다.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The profile is %1, not a JSON object. Each line (or array element) must be one object like {"identityMap": {…}, …}.</source>
            <translation>프로필이 JSON 객체가 아닙니다(현재 값: %1). 각 줄(또는 배열 요소)은 {"identityMap": {…}, …} 같은 객체 하나여야 합니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A comma follows the object: remove it. Each line holds one object with nothing after it; objects separated by commas belong in [ ], as one JSON array.</source>
            <translation>객체 뒤에 쉼표가 있습니다. 쉼표를 지우세요. 한 줄에는 객체 하나만 있고 그 뒤에는 아무것도 없어야 합니다. 쉼표로 구분한 객체들은 [ ] 안에 넣어 하나의 JSON 배열로 만드세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invalid JSON at offset %1: %2. Check that it is one complete JSON object.</source>
            <translation>오프셋 %1에 잘못된 JSON이 있습니다: %2. 완전한 JSON 객체 하나인지 확인하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The profile is an array, not a JSON object. Give one object per line, or an array of objects as the whole source.</source>
            <translation>프로필이 JSON 객체가 아니라 배열입니다. 한 줄에 객체 하나씩 쓰거나, 소스 전체를 객체 배열로 만드세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::RecordFramer</name>
        <message>
            <location filename="../../app/sources/recordframer.cpp" line="+40" />
            <source>line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
            <translation>%1행이 1 MiB를 넘습니다(%2바이트). 나누거나 삭제하세요</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the value starting on line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
            <translation>%1행에서 시작하는 값이 1 MiB를 넘습니다(%2바이트). 나누거나 삭제하세요</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the array element starting on line %1 is over 1 MiB (%2 bytes); split it or remove it</source>
            <translation>%1행에서 시작하는 배열 요소가 1 MiB를 넘습니다(%2바이트). 나누거나 삭제하세요</translation>
        </message>
        <message>
            <location line="+83" />
            <source>it is gzip-compressed, and profiles are read as JSON text. Decompress it first (`gunzip -k`), or stream it decompressed: `gunzip -c FILE | qadctl run ID --source -`.</source>
            <translation>gzip으로 압축된 파일이며, 프로필은 JSON 텍스트로 읽습니다. 먼저 압축을 푸세요(`gunzip -k`). 또는 풀면서 보내세요: `gunzip -c FILE | qadctl run ID --source -`.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>it is UTF-16 text (it starts with a UTF-16 byte order mark), and profiles are read as UTF-8. Convert it first, for example with `iconv -f UTF-16 -t UTF-8`.</source>
            <translation>UTF-16 텍스트입니다(UTF-16 바이트 순서 표시로 시작합니다). 프로필은 UTF-8로 읽습니다. 먼저 변환하세요. 예: `iconv -f UTF-16 -t UTF-8`.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>the value starting on line %1 is cut short: the input ends inside it; complete it</source>
            <translation>%1행에서 시작하는 값이 잘렸습니다: 값 도중에 입력이 끝납니다. 값을 완성하세요</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the array element starting on line %1 is cut short: the input ends inside it; complete it and close the array with ]</source>
            <translation>%1행에서 시작하는 배열 요소가 잘렸습니다: 요소 도중에 입력이 끝납니다. 요소를 완성하고 ]로 배열을 닫으세요</translation>
        </message>
        <message>
            <location line="+8" />
            <source>line %1: the input ends before the closing ] of the array; the file may be cut short. Check that it was written whole, then close the array with ]</source>
            <translation>%1번째 줄: 배열을 닫는 ] 전에 입력이 끝납니다. 파일이 잘렸을 수 있습니다. 파일이 모두 기록되었는지 확인한 다음 ]로 배열을 닫으세요</translation>
        </message>
        <message>
            <location line="+146" />
            <source>line %1: a comma before the closing ] of the array has no element after it; remove the comma</source>
            <translation>%1행: 배열을 닫는 ] 앞의 쉼표 뒤에 요소가 없습니다. 쉼표를 삭제하세요</translation>
        </message>
        <message>
            <location line="+10" />
            <source>line %1: an array element is missing before this comma; remove the extra comma</source>
            <translation>%1행: 이 쉼표 앞에 배열 요소가 없습니다. 불필요한 쉼표를 삭제하세요</translation>
        </message>
        <message>
            <location line="+48" />
            <source>line %1: a comma between two values; remove it, or put the values in [ ]</source>
            <translation>%1행: 두 값 사이에 쉼표가 있습니다. 쉼표를 지우거나 값들을 [ ]로 감싸세요</translation>
        </message>
        <message>
            <location line="+15" />
            <source>line %1: a comma is missing between two array elements; add it</source>
            <translation>%1행: 두 배열 요소 사이에 쉼표가 없습니다. 쉼표를 추가하세요</translation>
        </message>
        <message>
            <location line="+9" />
            <source>line %1: unexpected data after the closing ] of the array; remove it</source>
            <translation>%1행: 배열을 닫는 ] 뒤에 예상하지 못한 데이터가 있습니다. 삭제하세요</translation>
        </message>
    </context>
    <context>
        <name>qad::RequestView</name>
        <message>
            <location filename="../../app/delivery/requestview.cpp" line="+28" />
            <source>(empty)</source>
            <translation>(비어 있음)</translation>
        </message>
        <message>
            <location line="+107" />
            <source>(not a valid URL)</source>
            <translation>(올바른 URL이 아님)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Status: %1</source>
            <translation>상태: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status: no response</source>
            <translation>상태: 응답 없음</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Latency: %1 ms</source>
            <translation>지연 시간: %1 ms</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Size: %Ln byte(s)</source>
            <comment>the size of the endpoint's answer</comment>
            <translation>
                <numerusform>크기: %Ln바이트</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Request ID: %1</source>
            <translation>요청 ID: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notice: %1</source>
            <translation>안내: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Location: %1</source>
            <translation>위치: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Outcome: %1 (%2) — would be retried: %3</source>
            <translation>결과: %1 (%2) — 재시도 여부: %3</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Response headers:</source>
            <translation>응답 헤더:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Response body:</source>
            <translation>응답 본문:</translation>
        </message>
    </context>
    <context>
        <name>qad::SqliteStatement</name>
        <message>
            <location filename="../../app/storage/sqlitestatement.cpp" line="+37" />
            <source>the database is not an open SQLite database</source>
            <translation>데이터베이스가 열린 SQLite 데이터베이스가 아닙니다</translation>
        </message>
    </context>
    <context>
        <name>qad::SqliteStorage</name>
        <message>
            <location filename="../../app/storage/sqlitestorage.cpp" line="+576" />
            <source>The Qt SQLite driver is missing: install the package libqt6sql6-sqlite.</source>
            <translation>Qt SQLite 드라이버가 없습니다: libqt6sql6-sqlite 패키지를 설치하세요.</translation>
        </message>
        <message>
            <location line="-111" />
            <source>%1 failed: %2. The database %3 is damaged, or is not qad's. qad does not change it: quit qad and qadctl, then move it away to start with an empty history, or put a backup in its place.</source>
            <translation>%1에 실패했습니다: %2. 데이터베이스 %3이(가) 손상되었거나 qad의 데이터베이스가 아닙니다. qad는 이 파일을 바꾸지 않습니다: qad와 qadctl을 종료한 뒤, 빈 기록으로 시작하려면 파일을 다른 곳으로 옮기거나, 그 자리에 백업을 넣으세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 failed: %2. Free some space on the disk that holds %3: what was saved before is kept.</source>
            <translation>%1에 실패했습니다: %2. %3이(가) 있는 디스크의 공간을 확보하세요: 이미 저장된 내용은 유지됩니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 failed: %2. The database %3 stayed locked too long: if another program holds it (a database browser, a backup tool), close it, then try again.</source>
            <translation>%1에 실패했습니다: %2. 데이터베이스 %3이(가) 너무 오래 잠겨 있었습니다: 다른 프로그램(데이터베이스 브라우저, 백업 도구)이 사용 중이면 종료한 뒤 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 failed: %2. Check that you may write to %3 and to its directory.</source>
            <translation>%1에 실패했습니다: %2. %3과(와) 그 디렉터리에 쓸 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 failed: %2. Check that the data directory %3 is writable and the disk is not full.</source>
            <translation>%1에 실패했습니다: %2. 데이터 디렉터리 %3에 쓸 수 있는지, 디스크가 가득 차지 않았는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+16" />
            <source>Checking the database</source>
            <translation>데이터베이스 검사</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Opening the database</source>
            <translation>데이터베이스 열기</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening the database (%1)</source>
            <translation>데이터베이스 열기 (%1)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The database %1 was written by a newer qad (schema %2, this one knows %3). Upgrade qad, or point --data-dir elsewhere.</source>
            <translation>데이터베이스 %1은(는) 더 새로운 qad로 작성되었습니다(스키마 %2, 이 버전은 %3까지 인식). qad를 업그레이드하거나 --data-dir을 다른 곳으로 지정하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Starting a migration</source>
            <translation>마이그레이션 시작</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Migrating the database to schema %1 failed: %2. The history's search needs SQLite 3.34 or newer built with FTS5: upgrade the system's SQLite library (libsqlite3).</source>
            <translation>데이터베이스를 스키마 %1(으)로 옮기지 못했습니다: %2. 기록 검색에는 FTS5를 포함해 빌드된 SQLite 3.34 이상이 필요합니다. 시스템의 SQLite 라이브러리(libsqlite3)를 업그레이드하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>Migrating the database to schema %1</source>
            <translation>데이터베이스를 스키마 %1(으)로 마이그레이션</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Preparing to record attempts</source>
            <translation>시도 기록 준비</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+34" />
            <source>Recording an attempt of activation %1</source>
            <translation>활성화 %1의 시도 기록</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Cannot record an attempt: activation %1 is not in the history.</source>
            <translation>시도를 기록할 수 없습니다: 활성화 %1이(가) 기록에 없습니다.</translation>
        </message>
        <message>
            <location line="+79" />
            <location filename="../../app/storage/sqlitestorage_engine.cpp" line="+234" />
            <source>Saving an exclusion</source>
            <translation>제외 항목 저장</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Reading activation %1</source>
            <translation>활성화 %1 읽기</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No activation %1 in the history.</source>
            <translation>기록에 활성화 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <location line="+103" />
            <location line="+7" />
            <location line="+146" />
            <source>Reading the history</source>
            <translation>기록 읽기</translation>
        </message>
        <message>
            <location line="-72" />
            <location line="+12" />
            <source>Searching the history</source>
            <translation>기록 검색 중</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+7" />
            <source>Counting the history</source>
            <translation>기록 개수 세기</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reading the attempts of %1</source>
            <translation>%1의 시도 읽기</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Reading the exclusions</source>
            <translation>제외 항목 읽기</translation>
        </message>
        <message>
            <location filename="../../app/storage/sqlitestorage_engine.cpp" line="-51" />
            <source>Preparing to save activations</source>
            <translation>활성화 저장 준비</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+5" />
            <source>Saving activation %1</source>
            <translation>활성화 %1 저장</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Preparing to save exclusions</source>
            <translation>제외 항목 저장 준비</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Preparing to save rejected lines</source>
            <translation>거부된 줄 저장 준비</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saving a rejected line</source>
            <translation>거부된 줄 저장</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+26" />
            <source>Preparing to save profile states</source>
            <translation>프로필 상태 저장 준비</translation>
        </message>
        <message>
            <location line="-11" />
            <location line="+19" />
            <source>Saving the exported state of %1</source>
            <translation>%1의 내보낸 상태 저장</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Preparing to save read positions</source>
            <translation>읽기 위치 저장 준비</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saving the read position of %1</source>
            <translation>%1의 읽기 위치 저장</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Preparing to update the delivery counters</source>
            <translation>전송 카운터 업데이트 준비</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Updating the delivery counters</source>
            <translation>전송 카운터 업데이트</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Preparing to update the delivery state</source>
            <translation>전송 상태 업데이트 준비</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Updating the delivery state</source>
            <translation>전송 상태 업데이트</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the delivery state of %1</source>
            <translation>%1의 전송 상태 읽기</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Starting to save ingested profiles</source>
            <translation>수집한 프로필 저장 시작</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Saving ingested profiles</source>
            <translation>수집한 프로필 저장</translation>
        </message>
        <message>
            <location line="+54" />
            <location line="+19" />
            <source>Reading the exported states of profiles</source>
            <translation>프로필의 마지막 내보낸 상태를 읽는 중</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Reading the read position of %1</source>
            <translation>%1의 읽기 위치 조회</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Reading the rejected lines</source>
            <translation>거부된 줄 읽기</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Requeueing the activations that were being sent</source>
            <translation>전송 중이던 활성화를 다시 대기열에 넣기</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+8" />
            <location line="+22" />
            <source>Looking for unanswered test sends</source>
            <translation>응답 없는 테스트 전송 찾기</translation>
        </message>
        <message>
            <location line="+55" />
            <location line="+54" />
            <source>Preparing to claim due activations</source>
            <translation>전송할 차례인 활성화 가져오기 준비</translation>
        </message>
        <message>
            <location line="-35" />
            <source>Finding due activations of %1</source>
            <translation>%1의 전송할 차례인 활성화 찾기</translation>
        </message>
        <message>
            <location line="+537" />
            <source>Purging the history older than %1</source>
            <translation>%1 이전 기록 삭제</translation>
        </message>
        <message>
            <location line="-482" />
            <source>Starting to claim due activations</source>
            <translation>전송할 차례인 활성화 가져오기 시작</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+25" />
            <source>Claiming due activations</source>
            <translation>전송할 차례인 활성화 가져오기</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Starting to requeue activations</source>
            <translation>활성화를 다시 대기열에 넣기 시작</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Preparing to requeue activations</source>
            <translation>활성화를 다시 대기열에 넣을 준비</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Requeueing activation %1</source>
            <translation>활성화 %1을(를) 다시 대기열에 넣기</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Requeueing activations</source>
            <translation>활성화를 다시 대기열에 넣기</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Finding the next retry</source>
            <translation>다음 재시도 찾기</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Starting to record attempts</source>
            <translation>시도 기록 시작</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Recording %n attempt(s)</source>
            <translation>
                <numerusform>시도 %n건 기록</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+14" />
            <location line="+4" />
            <source>Replaying the failed activations of %1</source>
            <translation>%1의 실패한 활성화 다시 보내기</translation>
        </message>
        <message>
            <location filename="../../app/storage/sqlitestorage.cpp" line="-801" />
            <source>Activation %1 was a test send and is not replayed: send a test again instead.</source>
            <translation>활성화 %1은(는) 테스트 전송이었으므로 다시 보내지 않습니다. 대신 테스트를 다시 보내세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Activation %1 is %2, so it is still queued and will be sent: only a failed or succeeded activation can be replayed.</source>
            <translation>활성화 %1은(는) %2 상태이므로 아직 대기열에 있으며 전송될 예정입니다: 실패했거나 성공한 활성화만 다시 보낼 수 있습니다.</translation>
        </message>
        <message>
            <location filename="../../app/storage/sqlitestorage_engine.cpp" line="+11" />
            <location line="+12" />
            <location line="+12" />
            <location line="+17" />
            <location line="+4" />
            <source>Replaying activation %1</source>
            <translation>활성화 %1 다시 보내기</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Activation %1 changed while it was being replayed: look at its status and try again.</source>
            <translation>다시 보내는 동안 활성화 %1이(가) 변경되었습니다. 상태를 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Counting the queued activations</source>
            <translation>대기 중인 활성화 개수 세기</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Reading the delivery counters of %1</source>
            <translation>%1의 전송 카운터 읽기</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reading the hourly counters of %1</source>
            <translation>%1의 시간별 카운터 읽기</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reading the queue of %1</source>
            <translation>%1의 대기열 읽기</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Reading the status of %1</source>
            <translation>%1의 전송 상태 읽기</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Reading the state of %1</source>
            <translation>%1의 상태 읽기</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Saving the state of %1</source>
            <translation>%1의 상태 저장</translation>
        </message>
        <message>
            <location line="+124" />
            <source>Saving an alert</source>
            <translation>알림 저장</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Acknowledging alert %1</source>
            <translation>알림 %1 확인 처리</translation>
        </message>
        <message>
            <location line="+4" />
            <source>There is no alert %1: list the open alerts with `qadctl status`.</source>
            <translation>알림 %1이(가) 없습니다. `qadctl status`로 열린 알림 목록을 확인하세요.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Reading the open alerts</source>
            <translation>열린 알림 읽기</translation>
        </message>
    </context>
    <context>
        <name>qad::StdinSource</name>
        <message>
            <location filename="../../app/sources/stdinsource.cpp" line="+215" />
            <source>Cannot read standard input: %1</source>
            <translation>표준 입력을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Standard input cannot be resumed from a checkpoint; read from a file to continue where a previous run stopped.</source>
            <translation>표준 입력은 체크포인트에서 이어 읽을 수 없습니다. 이전 실행이 멈춘 곳부터 계속하려면 파일에서 읽으세요.</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Cannot open %1: it is a socket, which cannot be read like a file; give a named pipe (mkfifo), a file, or - for standard input.</source>
            <translation>%1을(를) 열 수 없습니다: 소켓은 파일처럼 읽을 수 없습니다. 이름 있는 파이프(mkfifo), 파일, 또는 표준 입력을 뜻하는 -를 지정하세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot open %1: %2; check that it is readable.</source>
            <translation>%1을(를) 열 수 없습니다: %2. 읽을 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Cannot read standard input: %1; check the program feeding it.</source>
            <translation>표준 입력을 읽을 수 없습니다: %1. 입력을 보내는 프로그램을 확인하세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cannot read %1: %2; check the program writing to it.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2. 여기에 쓰는 프로그램을 확인하세요.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Cannot open %1: %2; reading goes on once it can be opened again.</source>
            <translation>%1을(를) 열 수 없습니다: %2. 다시 열 수 있게 되면 읽기를 계속합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is no longer a named pipe: reading goes on once one is there again. To read a file at that path, start again.</source>
            <translation>%1은(는) 더 이상 이름 있는 파이프가 아닙니다. 다시 파이프가 생기면 읽기를 계속합니다. 그 경로의 파일을 읽으려면 다시 시작하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::StreamEngine</name>
        <message>
            <location filename="../../app/engine/streamengine.cpp" line="+120" />
            <source>Reading %1 again.</source>
            <translation>%1을(를) 다시 읽습니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 The run stops: run it again once that is fixed; it resumes after the last profile saved.</source>
            <translation>%1 실행을 멈춥니다. 문제를 해결한 다음 다시 실행하세요. 마지막으로 저장된 프로필 다음부터 이어서 진행합니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 Reading waits: the same profiles are saved as soon as that works (tried every second); nothing read is lost.</source>
            <translation>%1 읽기를 멈추고 기다립니다. 저장이 가능해지는 즉시 같은 프로필을 저장합니다(매초 다시 시도). 읽은 내용은 잃지 않습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Saving profiles works again: reading goes on.</source>
            <translation>프로필 저장이 다시 작동합니다. 읽기를 계속합니다.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>standard input</source>
            <translation>표준 입력</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Stopped while waiting to save %n profile(s) read from %1:</source>
            <translation>
                <numerusform>%1에서 읽은 프로필 %n개를 저장하려고 기다리던 중 중지했습니다:</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 %2 They were not saved: they are read again at the next start.</source>
            <translation>%1 %2 저장되지 않았습니다. 다음 시작 때 다시 읽습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 %2 They were not saved, and cannot be read again from there: give them to the next run again.</source>
            <translation>%1 %2 저장되지 않았고 그곳에서 다시 읽을 수 없습니다. 다음 실행에 다시 제공하세요.</translation>
        </message>
        <message numerus="yes">
            <location line="+67" />
            <source>Destination "%1" is paused: %n activation(s) stay queued, not sent. Resume it (%2) and run again to send them.</source>
            <translation>
                <numerusform>대상 "%1"이(가) 일시 중지되었습니다: 활성화 %n개가 보내지지 않고 대기열에 남아 있습니다. 다시 시작하고(%2) 실행을 다시 하면 보내집니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+95" />
            <source>Qualtrics says of "%1": %2 (told once per run; every attempt keeps it: `qadctl history %3 --json`)</source>
            <translation>Qualtrics가 "%1"에 대해 알립니다: %2 (실행마다 한 번만 알리며, 모든 시도에 보관됩니다: `qadctl history %3 --json`)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Retrying an activation to "%1": %2 Later retries for the same cause are counted, not told; `qadctl history %3 --status retrying` lists them.</source>
            <translation>"%1"(으)로 보내는 활성화를 재시도합니다: %2 같은 원인의 이후 재시도는 알리지 않고 횟수만 셉니다. `qadctl history %3 --status retrying`으로 목록을 볼 수 있습니다.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Destination "%1" paused (%2): activations are queued, not sent, until it is resumed.</source>
            <translation>대상 "%1"이(가) 일시 중지되었습니다(%2): 다시 시작할 때까지 활성화는 보내지 않고 대기열에 쌓입니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Destination "%1" paused (%2): %3</source>
            <translation>대상 "%1"이(가) 일시 중지되었습니다(%2): %3</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Destination "%1" resumed.</source>
            <translation>대상 "%1"을(를) 재개했습니다.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Cannot create the lock file %1 that keeps a destination to one stream at a time (%2). Check that the data directory is writable and its disk is not full.</source>
            <translation>대상을 한 번에 하나의 스트림에만 쓰도록 하는 잠금 파일 %1을(를) 만들 수 없습니다(%2). 데이터 디렉터리에 쓸 수 있고 디스크가 가득 차지 않았는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no permission to write there</source>
            <translation>그곳에 쓸 권한이 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>it could not be written</source>
            <translation>파일을 쓸 수 없음</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Destination "%1" is already streaming in another process (%2, pid %3). Stop it first: two streams would read and send the same updates.</source>
            <translation>대상 "%1"은(는) 이미 다른 프로세스에서 스트리밍 중입니다(%2, pid %3). 먼저 중지하세요: 두 스트림이 같은 업데이트를 읽고 보내게 됩니다.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>%1 was rewritten past the point where reading resumes since "%2" last read it: the profiles after that point are read again for "%2"; those already sent produce nothing again.</source>
            <translation>"%2"이(가) 마지막으로 읽은 뒤 %1이(가) 읽기를 재개하는 지점 너머까지 다시 작성되었습니다. 그 지점 이후의 프로필을 "%2"에 대해 다시 읽습니다. 이미 보낸 프로필은 다시 아무것도 만들지 않습니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%2" last read %1 in a file rotated away since, other than the one read first for the other destinations: the lines written to that file after the point "%2" reached are not read for it; it gets %1 from its start.</source>
            <translation>"%2"은(는) 그 뒤 로테이션된 파일, 즉 다른 대상에 먼저 읽은 파일과 다른 파일에서 %1을(를) 마지막으로 읽었습니다: 그 파일에서 "%2"이(가) 도달한 지점 이후에 쓰인 줄은 이 대상에 대해 읽지 않으며, 이 대상은 %1을(를) 처음부터 받습니다.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Destination "%1" is paused in its configuration (%2): activations are queued, not sent, until it is resumed (%3).</source>
            <translation>대상 “%1”이(가) 설정에서 일시 중지되어 있습니다(%2): 재개될 때까지(%3) 활성화는 대기열에만 쌓이고 전송되지 않습니다.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Destination "%1" is paused (%2): activations are queued, not sent, until it is resumed (%3).</source>
            <translation>대상 “%1”이(가) 일시 중지되어 있습니다(%2): 재개될 때까지(%3) 활성화는 대기열에만 쌓이고 전송되지 않습니다.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>no reason given</source>
            <translation>이유 없음</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Destination "%1" has no audience selected: no profile can qualify, so nothing is sent to it. Add one with `qadctl destination edit %2 --audience ID`.</source>
            <translation>대상 "%1"에 선택된 대상자가 없습니다. 자격을 얻을 수 있는 프로필이 없으므로 아무것도 보내지 않습니다. `qadctl destination edit %2 --audience ID`로 대상자를 추가하세요.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1 Delivery waits: the outcomes of what was sent are kept and written as soon as that works (tried every second), and no further activation is taken from the queue until then.</source>
            <translation>%1 전송이 대기합니다: 보낸 항목의 결과는 보관했다가 다시 작동하는 즉시 기록하며(매초 재시도), 그때까지 대기열에서 활성화를 더 가져오지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Stopped while waiting to record what was sent: %1 The outcomes of %n activation(s) were not recorded: they are sent again at the next start.</source>
            <translation>
                <numerusform>보낸 내용을 기록하려고 기다리던 중 중지했습니다: %1 활성화 %n개의 결과가 기록되지 않았습니다. 다음 시작 때 다시 보냅니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stopped while delivery waited for the database: %1 Nothing sent is lost: what is queued is sent at the next start.</source>
            <translation>전송이 데이터베이스를 기다리던 중 중지했습니다: %1 보낸 것은 잃지 않습니다. 대기열에 있는 것은 다음 시작 때 보냅니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recording deliveries works again: sending goes on.</source>
            <translation>전송 기록이 다시 작동합니다. 전송을 계속합니다.</translation>
        </message>
    </context>
    <context>
        <name>qad::TestSend</name>
        <message>
            <location filename="../../app/engine/testsend.cpp" line="+63" />
            <source>The program closed before the answer arrived. The request may have reached Qualtrics: check the workflow's runs before you send it again.</source>
            <translation>응답이 오기 전에 프로그램이 종료되었습니다. 요청이 Qualtrics에 도달했을 수 있으니 다시 보내기 전에 워크플로 실행 기록을 확인하세요.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The program that sent this test ended (a crash, or it was killed) before the answer arrived. The request may have reached Qualtrics: check the workflow's runs before you send it again.</source>
            <translation>이 테스트를 보낸 프로그램이 응답을 받기 전에 종료되었습니다(충돌 또는 강제 종료). 요청이 Qualtrics에 도달했을 수 있으니 다시 보내기 전에 워크플로 실행 기록을 확인하세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Nothing was sent: destination "%1" is not valid. Fix it first (Edit in qad, or qadctl destination edit):
%2</source>
            <translation>아무것도 보내지 않았습니다: 대상 “%1”이(가) 올바르지 않습니다. 먼저 수정하세요(qad의 편집 또는 qadctl destination edit):
%2</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Qualtrics refused the credentials (HTTP %1): the API token or username is wrong, expired or lacks access. Set a valid token (the Authenticate page of Edit in qad, or `qadctl token set %2`), then send again. A test send pauses nothing.</source>
            <translation>Qualtrics가 자격 증명을 거부했습니다(HTTP %1): API 토큰이나 사용자 이름이 틀렸거나 만료되었거나 권한이 없습니다. 올바른 토큰을 설정한 뒤(qad의 편집에서 인증 페이지, 또는 `qadctl token set %2`) 다시 보내세요. 테스트 전송은 아무것도 일시 중지하지 않습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Qualtrics could not take the test now (HTTP %1). A stream would retry it; a test send is sent once: send it again later.</source>
            <translation>Qualtrics가 지금은 테스트를 받을 수 없습니다(HTTP %1). 스트리밍이라면 재시도하지만 테스트 전송은 한 번만 보냅니다. 나중에 다시 보내세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The test send got no answer (%1). A stream would retry it; a test send is sent once: check the connection, then send it again.</source>
            <translation>테스트 전송이 응답을 받지 못했습니다(%1). 스트리밍이라면 재시도하지만 테스트 전송은 한 번만 보냅니다. 연결을 확인한 다음 다시 보내세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::TlsTrust</name>
        <message>
            <location filename="../../app/delivery/tlstrust.cpp" line="+21" />
            <source>Cannot read the certificate authorities in "%1" (%2): %3. Point %4 to a readable PEM file, or unset it.</source>
            <translation>"%1"의 인증 기관을 읽을 수 없습니다(%2): %3. %4이(가) 읽을 수 있는 PEM 파일을 가리키게 하거나 설정을 해제하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>"%1" holds no PEM certificate (a block starting with "-----BEGIN CERTIFICATE-----"). Point %2 to the PEM file of the certificate authority to trust, or unset it.</source>
            <translation>"%1"에 PEM 인증서("-----BEGIN CERTIFICATE-----"로 시작하는 블록)가 없습니다. %2이(가) 신뢰할 인증 기관의 PEM 파일을 가리키게 하거나 설정을 해제하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::TokenResolver</name>
        <message>
            <location filename="../../app/secrets/tokenresolver.cpp" line="+25" />
            <source>%1 holds a space, a tab, a line break or another control character inside the token: set it to the API token alone.</source>
            <translation>%1의 토큰 안에 공백, 탭, 줄바꿈 또는 다른 제어 문자가 있습니다: API 토큰만 설정하세요.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The API token of destination "%1" in the keychain holds a space, a line break or another control character: store it again with `qadctl token set %1`.</source>
            <translation>키체인에 있는 대상 “%1”의 API 토큰에 공백, 줄바꿈 또는 다른 제어 문자가 있습니다: `qadctl token set %1`로 다시 저장하세요.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>No API token for destination "%1": store one with `qadctl token set %1`, or set %2.</source>
            <translation>대상 "%1"의 API 토큰이 없습니다: `qadctl token set %1`로 저장하거나 %2을(를) 설정하세요.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>environment (QAD_API_TOKEN)</source>
            <translation>환경 변수(QAD_API_TOKEN)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>keychain</source>
            <translation>키체인</translation>
        </message>
        <message>
            <location line="+4" />
            <source>none</source>
            <translation>없음</translation>
        </message>
    </context>
    <context>
        <name>qad::Validation</name>
        <message>
            <location filename="../../app/config/validation.cpp" line="+152" />
            <source>Basic authentication needs your Qualtrics user name: enter it, or choose header authentication (X-API-TOKEN) instead.</source>
            <translation>Basic 인증에는 Qualtrics 사용자 이름이 필요합니다. 사용자 이름을 입력하거나 헤더 인증(X-API-TOKEN)을 선택하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A user name for Basic authentication cannot contain ":": enter the user name exactly as Qualtrics shows it.</source>
            <translation>Basic 인증용 사용자 이름에는 ":"을 넣을 수 없습니다. Qualtrics에 표시된 그대로 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Map at least one identity, for example Email to email or ECID to external_id.</source>
            <translation>ID를 하나 이상 매핑하세요(예: Email을 email로, ECID를 external_id로).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The source identity namespace is empty: enter a namespace of the profile's identityMap, such as Email or ECID.</source>
            <translation>소스 ID 네임스페이스가 비어 있습니다. 프로필의 identityMap에 있는 네임스페이스(예: Email, ECID)를 입력하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The namespace "%1" is mapped more than once (namespaces compare without regard to case): remove the extra mapping.</source>
            <translation>네임스페이스 "%1"이(가) 두 번 이상 매핑되었습니다(네임스페이스는 대소문자를 구분하지 않음). 중복 매핑을 삭제하세요.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>The source must be a dotted profile path with no empty part, such as person.name.firstName: fix or remove this mapping.</source>
            <translation>소스는 person.name.firstName처럼 빈 부분이 없는 점 구분 프로필 경로여야 합니다. 이 매핑을 수정하거나 삭제하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The source path has %1 parts, and profiles nest at most %2 levels deep, so it is never found: shorten it to the path of a profile attribute.</source>
            <translation>소스 경로가 %1개 부분으로 되어 있는데 프로필은 최대 %2단계까지만 중첩되므로 절대 찾을 수 없습니다. 프로필 속성의 경로로 줄이세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The target must be a field name or a dotted path with no empty part, such as firstName or person.firstName: fix or remove this mapping.</source>
            <translation>대상 필드는 firstName이나 person.firstName처럼 필드 이름이거나 빈 부분이 없는 점 구분 경로여야 합니다. 이 매핑을 수정하거나 삭제하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The target path has %1 parts; a payload can nest at most %2 levels deep. Shorten it, for example to firstName or person.firstName.</source>
            <translation>대상 경로가 %1개 부분으로 되어 있는데 페이로드는 최대 %2단계까지만 중첩될 수 있습니다. 예를 들어 firstName이나 person.firstName처럼 줄이세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The target "%1" is reserved: qad fills identityMap and segmentMembership itself. Choose another target name.</source>
            <translation>대상 필드 "%1"은(는) 예약되어 있습니다: identityMap과 segmentMembership은 qad가 직접 채웁니다. 다른 대상 필드 이름을 선택하세요.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The target "%1" is already used by attribute mapping %2 (from %3): each target can be mapped once; rename or remove one of them.</source>
            <translation>대상 필드 "%1"은(는) 이미 속성 매핑 %2(%3에서)에서 사용 중입니다: 대상 필드마다 한 번만 매핑할 수 있습니다. 둘 중 하나의 이름을 바꾸거나 삭제하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The target "%1" overlaps the target "%2" of attribute mapping %3 (from %4): "%5" would be overwritten by the object "%6". Rename one of them.</source>
            <translation>대상 "%1"이(가) 속성 매핑 %3(%4에서)의 대상 "%2"와(과) 겹칩니다: "%5"은(는) 객체 "%6"에 덮어써집니다. 둘 중 하나의 이름을 바꾸세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Qualtrics recommends camelCase field names: consider "%1".</source>
            <translation>Qualtrics는 camelCase 필드 이름을 권장합니다: "%1"을(를) 고려해 보세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualtrics recommends camelCase field names: start each part with a lowercase letter and use only letters and digits.</source>
            <translation>Qualtrics는 camelCase 필드 이름을 권장합니다: 각 부분을 소문자로 시작하고 문자와 숫자만 사용하세요.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No audience is selected, so no profile can qualify and nothing is sent: add the Experience Platform audiences whose members should start the workflow.</source>
            <translation>선택된 대상자가 없어 자격을 얻을 수 있는 프로필이 없고 아무것도 보내지 않습니다. 구성원이 워크플로를 시작해야 하는 Experience Platform 대상자를 추가하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The audience id is empty: copy the audience id from Experience Platform (Audiences, audience details).</source>
            <translation>대상자 ID가 비어 있습니다. Experience Platform(대상자, 대상자 세부 정보)에서 대상자 ID를 복사하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An audience id has no spaces: copy the id of the audience, not its name.</source>
            <translation>대상자 ID에는 공백이 없습니다. 대상자 이름이 아닌 ID를 복사하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The audience %1 is selected twice: remove one.</source>
            <translation>대상자 %1이(가) 두 번 선택되었습니다. 하나를 삭제하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Segmentation Service audience ids look like 046456e3-18e1-48a6-9bda-d68547861283: check that you copied the audience id.</source>
            <translation>Segmentation Service 대상자 ID는 046456e3-18e1-48a6-9bda-d68547861283 같은 형식입니다. 대상자 ID를 복사했는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Experience Platform writes audience ids in lower case (%1), and profiles are matched on the exact id: "%2" would never match. Use the id in lower case.</source>
            <translation>Experience Platform은 오디언스 ID를 소문자로 씁니다(%1). 프로필은 정확한 ID로 비교되므로 "%2"은(는) 절대 일치하지 않습니다. 소문자 ID를 사용하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The end date %1 is before the start date %2: swap them or correct one.</source>
            <translation>종료 날짜 %1이(가) 시작 날짜 %2보다 앞입니다. 두 날짜를 맞바꾸거나 하나를 수정하세요.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The rate limit cannot be negative: enter calls per minute, or 0 for no limit.</source>
            <translation>속도 제한은 음수일 수 없습니다. 분당 호출 수를 입력하거나, 제한하지 않으려면 0을 입력하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualtrics accepts at most %1 calls per minute; faster sending will be refused with 429. Lower the rate limit to %1 or less.</source>
            <translation>Qualtrics는 분당 최대 %1회 호출을 받습니다. 더 빠르게 보내면 429로 거부됩니다. 속도 제한을 %1 이하로 낮추세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Concurrency must be between 1 and %1 requests in flight; the default is 6.</source>
            <translation>동시 요청 수는 1에서 %1 사이여야 합니다. 기본값은 6입니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The timeout must be between 1 and %1 seconds; the default is 10.</source>
            <translation>제한 시간은 1초에서 %1초 사이여야 합니다. 기본값은 10입니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A retry delay must be at least 1 second: correct or remove it.</source>
            <translation>재시도 지연은 1초 이상이어야 합니다. 수정하거나 삭제하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The repeat interval must be at least 1 second; the default is 7200 (2 hours).</source>
            <translation>반복 간격은 1초 이상이어야 합니다. 기본값은 7200(2시간)입니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The retry horizon must be at least 1 second; the default is 86400 (24 hours).</source>
            <translation>재시도 기한은 1초 이상이어야 합니다. 기본값은 86400(24시간)입니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The delay threshold must be at least 1 minute; the default is 150.</source>
            <translation>지연 임계값은 1분 이상이어야 합니다. 기본값은 150입니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The skipped-rate threshold is a percentage: enter a value from 0 to 100; the default is 1.</source>
            <translation>건너뜀 비율 임계값은 백분율입니다. 0에서 100 사이의 값을 입력하세요. 기본값은 1입니다.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>A name is required: enter a short name, such as "Onboarding survey".</source>
            <translation>이름은 필수입니다. "온보딩 설문"처럼 짧은 이름을 입력하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The name has %1 characters: shorten it to %2 or fewer.</source>
            <translation>이름이 %1자입니다. %2자 이하로 줄이세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The name holds a tab, a line break or another control character: use letters, digits, spaces and punctuation only.</source>
            <translation>이름에 탭, 줄바꿈 또는 다른 제어 문자가 있습니다: 문자, 숫자, 공백, 문장 부호만 사용하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Another destination is already named "%1": choose a different name.</source>
            <translation>이름이 "%1"인 대상이 이미 있습니다. 다른 이름을 선택하세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The JSON event URL is required: copy it from the JSON Event trigger of your Qualtrics workflow.</source>
            <translation>JSON 이벤트 URL은 필수입니다. Qualtrics 워크플로의 JSON 이벤트 트리거에서 복사하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The URL has spaces or line breaks around it: remove them.</source>
            <translation>URL 앞뒤에 공백이나 줄 바꿈이 있습니다. 삭제하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is not a complete URL: paste the whole JSON event URL, starting with https://.</source>
            <translation>완전한 URL이 아닙니다. https://로 시작하는 JSON 이벤트 URL 전체를 붙여 넣으세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use https://: plain http is allowed only to this computer (localhost, 127.0.0.1, ::1) for testing.</source>
            <translation>https://를 사용하세요. 일반 http는 테스트용으로 이 컴퓨터(localhost, 127.0.0.1, ::1)에만 허용됩니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The scheme "%1" is not supported: the URL must start with https://.</source>
            <translation>스킴 "%1"은(는) 지원되지 않습니다. URL은 https://로 시작해야 합니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The URL contains a user name or password: remove it (the part before "@") and store the API token in the keychain instead.</source>
            <translation>URL에 사용자 이름이나 비밀번호가 들어 있습니다. 해당 부분("@" 앞부분)을 삭제하고 대신 API 토큰을 키체인에 저장하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The host %1 is not a Qualtrics host (…qualtrics.com): check that you pasted the JSON event URL of your workflow.</source>
            <translation>호스트 %1은(는) Qualtrics 호스트(…qualtrics.com)가 아닙니다. 워크플로의 JSON 이벤트 URL을 붙여 넣었는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>JSON event URLs have a path starting with /inbound-event/: check that you copied the complete URL of the JSON Event trigger.</source>
            <translation>JSON 이벤트 URL의 경로는 /inbound-event/로 시작합니다. JSON 이벤트 트리거의 전체 URL을 복사했는지 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::files</name>
        <message>
            <location filename="../../app/common/files.cpp" line="+24" />
            <source>Cannot create the directory %1: check that its parent exists and is writable.</source>
            <translation>디렉터리 %1을(를) 만들 수 없습니다. 상위 디렉터리가 있고 쓸 수 있는지 확인하세요.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot write %1: %2.</source>
            <translation>%1에 쓸 수 없습니다: %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cannot save %1: %2. The previous version is unchanged.</source>
            <translation>%1을(를) 저장할 수 없습니다: %2. 이전 버전은 그대로입니다.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AlertsPage</name>
        <message>
            <location filename="../../ui/wizard/wizardpages.cpp" line="+442" />
            <source>Flow run sta&amp;rt</source>
            <translation>흐름 실행 시작(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run s&amp;uccess</source>
            <translation>흐름 실행 성공(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run &amp;failure</source>
            <translation>흐름 실행 실패(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run &amp;delay</source>
            <translation>흐름 실행 지연(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Activation s&amp;kipped rate exceeded</source>
            <translation>활성화 건너뜀 비율 초과(&amp;K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Authentication failed</source>
            <translation>인증 실패(&amp;A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alerts</source>
            <translation>알림</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose what to be told about. Alerts appear in the alert list and as desktop notifications.</source>
            <translation>알림을 받을 항목을 선택하세요. 알림은 알림 목록과 데스크톱 알림으로 표시됩니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source> min</source>
            <translation> 분</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run delay threshold in minutes</source>
            <translation>흐름 실행 지연 임계값(분)</translation>
        </message>
        <message>
            <location line="+4" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skipped rate threshold in percent</source>
            <translation>건너뜀 비율 임계값(%)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Streaming to this destination started.</source>
            <translation>이 대상으로 스트리밍을 시작했습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An hour passed without a failed activation.</source>
            <translation>실패한 활성화 없이 1시간이 지났습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An activation failed for good: it will not be retried.</source>
            <translation>활성화가 최종 실패했습니다: 재시도하지 않습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An activation has been waiting longer than:</source>
            <translation>활성화 대기 시간이 다음 값을 넘었습니다:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>More of the profiles received over the last hour were excluded than:</source>
            <translation>지난 1시간 동안 받은 프로필 중 제외된 비율이 다음 값을 넘었습니다:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Qualtrics refused the token: the destination pauses, keeping its queue, until you fix it.</source>
            <translation>Qualtrics가 토큰을 거부했습니다: 문제를 해결할 때까지 대상이 일시 중지되며 대기열은 유지됩니다.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AlertsPanel</name>
        <message>
            <location filename="../../ui/panels/alertspanel.cpp" line="+38" />
            <source>Flow run start</source>
            <translation>흐름 실행 시작</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flow run success</source>
            <translation>흐름 실행 성공</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flow run failure</source>
            <translation>흐름 실행 실패</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flow run delay</source>
            <translation>흐름 실행 지연</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activation skipped rate exceeded</source>
            <translation>활성화 건너뜀 비율 초과</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Authentication failed</source>
            <translation>인증 실패</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Open alerts</source>
            <translation>열린 알림</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Raised</source>
            <translation>발생 시각</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Destination</source>
            <translation>대상</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Mark the selected alerts as seen; they leave this list.</source>
            <translation>선택한 알림을 확인한 것으로 표시합니다. 확인한 알림은 이 목록에서 사라집니다.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Open alerts of every destination</source>
            <translation>모든 대상의 열린 알림</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Open alerts of "%1"</source>
            <translation>"%1"의 열린 알림</translation>
        </message>
        <message>
            <location line="+42" />
            <source>No open alerts.</source>
            <translation>열린 알림이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n open alert(s).</source>
            <translation>
                <numerusform>열린 알림이 %n개 있습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+72" />
            <source>Acknowledge All Alerts?</source>
            <translation>모든 알림을 확인 처리할까요?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Acknowledge all %n alerts?</source>
            <translation>
                <numerusform>알림 %n개를 모두 확인 처리할까요?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>They leave this list, and qadctl status stops reporting them. qad's database keeps them, marked as acknowledged, until they age out with the run history. If a problem comes back, a new alert is raised.</source>
            <translation>알림이 이 목록에서 사라지고 qadctl status도 더 이상 보고하지 않습니다. qad 데이터베이스는 실행 기록과 함께 만료될 때까지 확인됨으로 표시하여 보관합니다. 문제가 다시 생기면 새 알림이 발생합니다.</translation>
        </message>
        <message>
            <location line="-183" />
            <location line="+186" />
            <source>&amp;Acknowledge All</source>
            <translation>모두 확인(&amp;A)</translation>
        </message>
        <message>
            <location line="-187" />
            <source>A&amp;cknowledge</source>
            <translation>확인(&amp;C)</translation>
        </message>
        <message>
            <location line="+201" />
            <source>Select an alert to read its message whole.</source>
            <translation>알림을 선택하면 메시지 전체를 볼 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AudiencesPage</name>
        <message>
            <location filename="../../ui/wizard/wizardpages.cpp" line="+40" />
            <source>S&amp;tart date:</source>
            <translation>시작 날짜(&amp;T):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;End date:</source>
            <translation>종료 날짜(&amp;E):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add audience</source>
            <translation>대상자 추가(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load profile…</source>
            <translation>프로필 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Remove audience</source>
            <translation>대상자 삭제(&amp;R)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audiences</source>
            <translation>대상자</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add the Experience Platform audiences whose members start the workflow: type an audience id, or load a profile file and pick one of its ids. Adding an id again replaces it.</source>
            <translation>구성원이 워크플로를 시작할 Experience Platform 대상자를 추가하세요. 대상자 ID를 입력하거나, 프로필 파일을 불러와 그 안의 ID 중 하나를 고르세요. 같은 ID를 다시 추가하면 기존 항목을 대체합니다.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>For example: %1</source>
            <translation>예: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The audience id from Experience Platform (Audiences, audience details)</source>
            <translation>Experience Platform의 대상자 ID(대상자, 대상자 세부 정보)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shown in history and alerts</source>
            <translation>기록과 알림에 표시됨</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start date</source>
            <translation>시작 날짜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End date</source>
            <translation>종료 날짜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave unticked for no start date</source>
            <translation>시작 날짜를 두지 않으려면 선택 해제하세요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave unticked for no end date</source>
            <translation>종료 날짜를 두지 않으려면 선택 해제하세요</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audience id</source>
            <translation>대상자 ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <location line="+0" />
            <source>End</source>
            <translation>종료</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Selected audiences</source>
            <translation>선택한 대상자</translation>
        </message>
        <message>
            <location line="+4" />
            <source>its audience membership or a mapped value changes</source>
            <translation>대상자 멤버십이나 매핑된 값이 바뀔 때</translation>
        </message>
        <message>
            <location line="+1" />
            <source>its audience membership changes</source>
            <translation>대상자 멤버십이 바뀔 때</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audience &amp;id:</source>
            <translation>대상자 ID(&amp;I):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audience na&amp;me:</source>
            <translation>대상자 이름(&amp;M):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Send a profile &amp;when:</source>
            <translation>프로필 전송 시점(&amp;W):</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Audience %1 updated.</source>
            <translation>대상자 %1을(를) 업데이트했습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audience %1 added.</source>
            <translation>대상자 %1을(를) 추가했습니다.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Audience %1 removed.</source>
            <translation>대상자 %1을(를) 삭제했습니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1. It holds no audience membership (segmentMembership.ups): type the audience id.</source>
            <translation>%1. 대상자 멤버십(segmentMembership.ups)이 없습니다. 대상자 ID를 입력하세요.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%1. %n audience id(s) found: pick one from the Audience id list.</source>
            <translation>
                <numerusform>%1. 대상자 ID %n개를 찾았습니다. 대상자 ID 목록에서 하나를 고르세요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>No audience is selected yet: nothing is sent until you add at least one.</source>
            <translation>아직 선택한 대상자가 없습니다. 하나 이상 추가할 때까지 아무것도 보내지 않습니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The audience id %1 is typed but not added: press Add audience, or clear the field.</source>
            <translation>대상자 ID %1을(를) 입력했지만 추가하지 않았습니다. 대상자 추가를 누르거나 입력란을 비우세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>An audience name is typed without its id: enter the id and press Add audience, or clear the name.</source>
            <translation>대상자 이름을 ID 없이 입력했습니다. ID를 입력하고 대상자 추가를 누르거나 이름을 비우세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::AuthenticatePage</name>
        <message>
            <location line="-703" />
            <source>S&amp;how token</source>
            <translation>토큰 표시(&amp;H)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authenticate</source>
            <translation>인증</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualtrics accepts your user name with an API token (Basic authentication), or the token alone in an X-API-TOKEN header. The token is kept in the system keychain, never in a file.</source>
            <translation>Qualtrics는 사용자 이름과 API 토큰(Basic 인증)을 받거나, X-API-TOKEN 헤더에 담긴 토큰만 받습니다. 토큰은 파일이 아닌 시스템 키체인에 보관됩니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+36" />
            <source>Required for Basic authentication</source>
            <translation>Basic 인증에 필요</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Stored in the keychain — leave empty to keep it</source>
            <translation>키체인에 저장됨 — 유지하려면 비워 두세요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paste the token from Qualtrics: Account Settings, Qualtrics IDs, API</source>
            <translation>Qualtrics에서 토큰을 복사해 붙여 넣으세요: 계정 설정, Qualtrics ID, API</translation>
        </message>
        <message>
            <location line="+1" />
            <source>API token</source>
            <translation>API 토큰</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the token as plain text while you check it</source>
            <translation>확인하는 동안 토큰을 일반 텍스트로 표시합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basic: user name and API token</source>
            <translation>Basic: 사용자 이름과 API 토큰</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X-API-TOKEN header: API token only</source>
            <translation>X-API-TOKEN 헤더: API 토큰만</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Qualtrics &amp;user name:</source>
            <translation>Qualtrics 사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API &amp;token:</source>
            <translation>API 토큰(&amp;T):</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Authentication:</source>
            <translation>인증(&amp;A):</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Optional with header authentication</source>
            <translation>헤더 인증에서는 선택 사항</translation>
        </message>
        <message>
            <location line="+40" />
            <source>The API token is required: paste it from Qualtrics (Account Settings, Qualtrics IDs, API).</source>
            <translation>API 토큰은 필수입니다. Qualtrics(계정 설정, Qualtrics ID, API)에서 복사해 붙여 넣으세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The API token contains spaces or line breaks: paste only the token.</source>
            <translation>API 토큰에 공백이나 줄 바꿈이 있습니다. 토큰만 붙여 넣으세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::DestinationListModel</name>
        <message>
            <location filename="../../ui/destinationlistmodel.cpp" line="+25" />
            <source>user</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location line="+3" />
            <source>authentication</source>
            <translation>인증</translation>
        </message>
        <message>
            <location line="+7" />
            <source>paused</source>
            <translation>일시 중지됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused: %1</source>
            <translation>일시 중지됨: %1</translation>
        </message>
        <message>
            <location line="+48" />
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location line="+4" />
            <source>enabled, streaming</source>
            <translation>사용 중, 스트리밍 중</translation>
        </message>
        <message>
            <location line="+0" />
            <source>enabled</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Destination</source>
            <translation>대상</translation>
        </message>
        <message>
            <location line="+0" />
            <source>State</source>
            <translation>상태</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::DestinationWizard</name>
        <message>
            <location filename="../../ui/wizard/destinationwizard.cpp" line="+23" />
            <source>Nothing was saved: correct these first.</source>
            <translation>저장하지 않았습니다. 먼저 다음 항목을 수정하세요.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Edit destination “%1”</source>
            <translation>대상 “%1” 편집</translation>
        </message>
        <message>
            <location line="-3" />
            <source>New Qualtrics Automations destination</source>
            <translation>새 Qualtrics Automations 대상</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Import destination “%1”</source>
            <translation>대상 “%1” 가져오기</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Save</source>
            <translation>저장(&amp;S)</translation>
        </message>
        <message numerus="yes">
            <location line="+65" />
            <source>%n profile(s) read from %1</source>
            <translation>
                <numerusform>%1에서 프로필 %n개 읽음</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n entry(ies) skipped; the first: %1</source>
            <translation>
                <numerusform>항목 %n개 건너뜀, 첫 번째: %1</numerusform>
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
            <translation>샘플 프로필 불러오기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profiles (*.json *.ndjson *.jsonl);;All files (*)</source>
            <translation>프로필 (*.json *.ndjson *.jsonl);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Discard Changes?</source>
            <translation>변경 내용을 버릴까요?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the changes to “%1”? Nothing was saved yet.</source>
            <translation>“%1”의 변경 내용을 버릴까요? 아직 아무것도 저장되지 않았습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard this destination? Nothing was saved yet.</source>
            <translation>이 대상을 버릴까요? 아직 아무것도 저장되지 않았습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard</source>
            <translation>버리기(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep Editing</source>
            <translation>계속 편집(&amp;K)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing was saved: a new destination needs its API token. Enter it on the Authenticate page.</source>
            <translation>저장하지 않았습니다: 새 대상에는 API 토큰이 필요합니다. 인증 페이지에서 입력하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing was saved: the API token could not be stored in the keychain.
%1</source>
            <translation>저장하지 않았습니다: API 토큰을 키체인에 저장하지 못했습니다.
%1</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+76" />
            <location line="+21" />
            <source>Nothing was saved: the configuration could not be written.
%1</source>
            <translation>저장하지 않았습니다: 설정을 기록하지 못했습니다.
%1</translation>
        </message>
        <message>
            <location line="-94" />
            <source>The token stored a moment ago could not be removed from the keychain either: %1</source>
            <translation>방금 저장한 토큰도 키체인에서 삭제하지 못했습니다: %1</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Changed Elsewhere</source>
            <translation>다른 곳에서 변경됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“%1” was changed outside this window since you opened it (by qadctl or another qad).</source>
            <translation>이 창을 연 뒤 “%1”이(가) 창 밖에서(qadctl 또는 다른 qad에서) 변경되었습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saving replaces those changes with what this window shows. Cancel keeps editing; to see the other changes, close this window and open Edit again.</source>
            <translation>저장하면 그 변경 내용이 이 창의 내용으로 바뀝니다. 취소하면 계속 편집합니다. 다른 변경 내용을 보려면 이 창을 닫고 편집을 다시 여세요.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save Anyway</source>
            <translation>그래도 저장(&amp;S)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Nothing was saved: the API token stored now could not be read from the keychain, to keep it in case saving fails.
%1</source>
            <translation>저장하지 않았습니다: 저장에 실패할 때 되돌리기 위해 지금 저장된 API 토큰을 키체인에서 읽어야 하는데, 읽지 못했습니다.
%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing was saved: the new API token could not be stored in the keychain.
%1</source>
            <translation>저장하지 않았습니다: 새 API 토큰을 키체인에 저장하지 못했습니다.
%1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The previous token could not be put back in the keychain (%1): the keychain now holds the new token.</source>
            <translation>이전 토큰을 키체인에 되돌려 놓지 못했습니다(%1): 이제 키체인에는 새 토큰이 저장되어 있습니다.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Not saved</source>
            <translation>저장하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::DetailsPage</name>
        <message>
            <location filename="../../ui/wizard/wizardpages.cpp" line="+44" />
            <source>Enter the rate limit in calls per minute, or 0 for no limit.</source>
            <translation>분당 호출 수로 속도 제한을 입력하세요. 제한하지 않으려면 0을 입력하세요.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter how many requests may be in flight at once; the default is %1.</source>
            <translation>동시에 진행할 수 있는 요청 수를 입력하세요. 기본값은 %1입니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the timeout per attempt in seconds; the default is %1.</source>
            <translation>시도당 제한 시간을 초 단위로 입력하세요. 기본값은 %1입니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Destination details</source>
            <translation>대상 세부 정보</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name the destination and paste the URL of the JSON Event trigger of your Qualtrics workflow, for example https://yourdatacenter.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</source>
            <translation>대상의 이름을 정하고 Qualtrics 워크플로의 JSON 이벤트 트리거 URL을 붙여 넣으세요. 예: https://yourdatacenter.qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>For example: Onboarding survey</source>
            <translation>예: 온보딩 설문</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional</source>
            <translation>선택 사항</translation>
        </message>
        <message>
            <location line="+2" />
            <source>https://…qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</source>
            <translation>https://…qualtrics.com/inbound-event/v1/events/json/triggers?urlTokenId=…</translation>
        </message>
        <message>
            <location line="+7" />
            <source> per minute</source>
            <translation> /분</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No limit</source>
            <comment>the rate limit, at 0</comment>
            <translation>제한 없음</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At most this many requests per minute to Qualtrics; 0 lifts the rate limit.</source>
            <translation>Qualtrics로 보내는 분당 최대 요청 수입니다. 0이면 속도 제한이 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many requests may wait for Qualtrics' answer at the same time.</source>
            <translation>Qualtrics의 응답을 동시에 기다릴 수 있는 요청 수입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> s</source>
            <translation> 초</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long one attempt may take before it counts as a timeout and is retried.</source>
            <translation>한 번의 시도가 시간 초과로 처리되어 재시도되기 전까지 걸릴 수 있는 시간입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 lifts the rate limit.</source>
            <translation>0이면 속도 제한이 없습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Rate limit:</source>
            <translation>속도 제한(&amp;R):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;oncurrency:</source>
            <translation>동시 요청 수(&amp;O):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Timeout per attempt:</source>
            <translation>시도당 제한 시간(&amp;T):</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Delivery settings</source>
            <translation>전송 설정</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Na&amp;me:</source>
            <translation>이름(&amp;M):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Description:</source>
            <translation>설명(&amp;D):</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON event &amp;URL:</source>
            <translation>JSON 이벤트 URL(&amp;U):</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::HistoryModel</name>
        <message>
            <location filename="../../ui/panels/historymodel.cpp" line="+69" />
            <source>pending</source>
            <translation>대기 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>sending</source>
            <translation>전송 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>retrying</source>
            <translation>재시도 중</translation>
        </message>
        <message>
            <location line="+2" />
            <source>succeeded</source>
            <translation>성공</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <location line="+14" />
            <source>succeeded</source>
            <comment>attempt outcome</comment>
            <translation>성공</translation>
        </message>
        <message>
            <location line="+2" />
            <source>retry</source>
            <comment>attempt outcome: to be sent again</comment>
            <translation>재시도</translation>
        </message>
        <message>
            <location line="+2" />
            <source>failed</source>
            <comment>attempt outcome</comment>
            <translation>실패</translation>
        </message>
        <message>
            <location line="+110" />
            <source>Next attempt at %1</source>
            <translation>다음 시도: %1</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The HTTP status or the error of the last attempt</source>
            <translation>마지막 시도의 HTTP 상태 또는 오류</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last result</source>
            <translation>마지막 결과</translation>
        </message>
        <message>
            <location line="-171" />
            <source>test</source>
            <translation>테스트</translation>
        </message>
        <message>
            <location line="+19" />
            <source>realized</source>
            <comment>audience membership status: the profile qualified for the audience</comment>
            <translation>실현됨</translation>
        </message>
        <message>
            <location line="+3" />
            <source>existing</source>
            <comment>audience membership status: the profile is still in the audience</comment>
            <translation>기존</translation>
        </message>
        <message>
            <location line="+3" />
            <source>exited</source>
            <comment>audience membership status: the profile left the audience</comment>
            <translation>종료됨</translation>
        </message>
        <message>
            <location line="+135" />
            <source>Created</source>
            <translation>생성 시각</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile identity</source>
            <translation>프로필 ID</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audiences</source>
            <translation>대상자</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attempts</source>
            <translation>시도</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Test</source>
            <translation>테스트</translation>
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
            <translation>시작</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To</source>
            <translation>종료</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test sends</source>
            <translation>테스트 전송</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Replay</source>
            <translation>다시 보내기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ctrl+R</source>
            <translation>Ctrl+R</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send the selected activation again</source>
            <translation>선택한 활성화를 다시 보냅니다</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+655" />
            <source>Replay all failed</source>
            <translation>실패한 항목 모두 다시 보내기</translation>
        </message>
        <message>
            <location line="-654" />
            <source>Queue every failed activation of this destination again</source>
            <translation>이 대상의 실패한 활성화를 모두 다시 대기열에 넣습니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copy as curl</source>
            <translation>curl로 복사</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+Shift+C</source>
            <translation>Ctrl+Shift+C</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the selected activation's request as a curl command; the token stays in $QAD_API_TOKEN</source>
            <translation>선택한 활성화의 요청을 curl 명령으로 복사합니다. 토큰은 $QAD_API_TOKEN에 그대로 둡니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export CSV…</source>
            <translation>CSV 내보내기…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save the activations matching the filters as a CSV file</source>
            <translation>필터에 맞는 활성화를 CSV 파일로 저장합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show what changed</source>
            <translation>변경된 내용을 표시합니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Any status</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Identity contains… (e.g. dave@example.com)</source>
            <translation>ID에 포함된 문자열… (예: dave@example.com)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only activations created at or after this time; clear for any time.</source>
            <translation>이 시각 이후에 생성된 활성화만 표시합니다. 선택 해제하면 시각 제한이 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only activations created up to this time; clear for any time.</source>
            <translation>이 시각까지 생성된 활성화만 표시합니다. 선택 해제하면 시각 제한이 없습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>List test sends too.</source>
            <translation>테스트 전송도 표시합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Find identity</source>
            <translation>ID 찾기</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search the history by identity</source>
            <translation>ID로 기록을 검색합니다</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Duration</source>
            <translation>소요 시간</translation>
        </message>
        <message>
            <location line="+0" />
            <source>HTTP status</source>
            <translation>HTTP 상태</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Outcome</source>
            <translation>결과</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>코드</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Request ID</source>
            <translation>요청 ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Message</source>
            <translation>메시지</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Attempts</source>
            <translation>시도</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+35" />
            <source>Payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+33" />
            <source>Request headers</source>
            <translation>요청 헤더</translation>
        </message>
        <message>
            <location line="-32" />
            <source>The headers as sent, the authorization value redacted</source>
            <translation>보낸 그대로의 헤더(인증 값은 가림)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Response</source>
            <translation>응답</translation>
        </message>
        <message>
            <location line="-110" />
            <source>S&amp;tatus:</source>
            <translation>상태(&amp;T):</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Ctrl+Shift+F</source>
            <translation>Ctrl+Shift+F</translation>
        </message>
        <message>
            <location line="+105" />
            <source>Atte&amp;mpts</source>
            <translation>시도(&amp;M)</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>The endpoint's answer, of which the history keeps the first %Ln byte(s)</source>
            <translation>
                <numerusform>엔드포인트의 응답 (기록에는 처음 %Ln바이트만 보관)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identity contains</source>
            <translation>ID 포함</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created from</source>
            <translation>생성 시작</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Created up to</source>
            <translation>생성 끝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activations</source>
            <translation>활성화</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Activation details</source>
            <translation>활성화 세부 정보</translation>
        </message>
        <message>
            <location line="+52" />
            <source>No destination selected.</source>
            <translation>선택한 대상이 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+232" />
            <source>Searching… %n found, back to %1</source>
            <translation>
                <numerusform>검색 중… %n건 찾음, %1까지</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Searching… %n found</source>
            <translation>
                <numerusform>검색 중… %n건 찾음</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Counting…</source>
            <translation>세는 중…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More than %1 activations</source>
            <translation>활성화 %1개 초과</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n activation(s)</source>
            <translation>
                <numerusform>활성화 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Select an activation to see its attempts.</source>
            <translation>시도를 보려면 활성화를 선택하세요.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Activation %1</source>
            <translation>활성화 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, created %2</source>
            <translation>%1, 생성 시각 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity: %1</source>
            <translation>ID: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Next attempt: %1</source>
            <translation>다음 시도: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Test send</source>
            <translation>테스트 전송</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no response</source>
            <translation>응답 없음</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Not attempted yet.</source>
            <translation>아직 시도하지 않았습니다.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Request ID: %1</source>
            <translation>요청 ID: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notice: %1</source>
            <translation>안내: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Location: %1</source>
            <translation>위치: %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Send Again?</source>
            <translation>다시 보낼까요?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activation %1 was delivered. Sending it again starts the Qualtrics workflow a second time for this profile.</source>
            <translation>활성화 %1은(는) 이미 전달되었습니다. 다시 보내면 이 프로필에 대해 Qualtrics 워크플로가 한 번 더 시작됩니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Send Again</source>
            <translation>다시 보내기(&amp;S)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Activation %1 is queued again.</source>
            <translation>활성화 %1을(를) 다시 대기열에 넣었습니다.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No failed activation of %1 to replay.</source>
            <translation>%1에 다시 보낼 실패한 활성화가 없습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Replay Failed Activations?</source>
            <translation>실패한 활성화를 다시 보낼까요?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n failed activation(s) will be sent again to “%1” (%2).</source>
            <translation>
                <numerusform>실패한 활성화 %n개를 “%1”(%2)(으)로 다시 보냅니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>They go back in the queue and are sent while the destination streams; their earlier attempts stay in the history.</source>
            <translation>대기열로 돌아가 대상이 스트리밍하는 동안 전송됩니다. 이전 시도는 기록에 그대로 남습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Replay</source>
            <translation>다시 보내기(&amp;R)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Queueing the failed activations of %1 again…</source>
            <translation>%1의 실패한 활성화를 다시 대기열에 넣는 중…</translation>
        </message>
        <message numerus="yes">
            <location line="+43" />
            <source>%n failed activation(s) queued again.</source>
            <translation>
                <numerusform>실패한 활성화 %n개를 다시 대기열에 넣었습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Copied as curl. Set QAD_API_TOKEN before running it.</source>
            <translation>curl 명령으로 복사했습니다. 실행하기 전에 QAD_API_TOKEN을 설정하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a destination before exporting its history.</source>
            <translation>기록을 내보내기 전에 대상을 선택하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cannot write %1: %2. Choose a folder you can write to.</source>
            <translation>%1에 쓸 수 없습니다: %2. 쓰기 권한이 있는 폴더를 선택하세요.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Export cancelled: %1 was not written.</source>
            <translation>내보내기를 취소했습니다: %1 파일을 쓰지 않았습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot write %1: %2. Check the disk has room and try again.</source>
            <translation>%1에 쓸 수 없습니다: %2. 디스크 공간이 있는지 확인하고 다시 시도하세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 history.csv</source>
            <translation>%1 기록.csv</translation>
        </message>
        <message>
            <location line="+0" />
            <source>history.csv</source>
            <translation>기록.csv</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export the history as CSV</source>
            <translation>기록을 CSV로 내보내기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Exporting the history…</source>
            <translation>기록을 내보내는 중…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Exporting the history… %Ln row(s)</source>
            <translation>
                <numerusform>기록 내보내는 중… %Ln행</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Exported %n activation(s) to %1.</source>
            <translation>
                <numerusform>활성화 %n개를 %1(으)로 내보냈습니다.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>qad::ui::JsonView</name>
        <message>
            <location filename="../../ui/panels/jsonview.cpp" line="+24" />
            <source>Pretty</source>
            <translation>서식 지정</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Indent JSON for reading; clear to see the bytes exactly as they are.</source>
            <translation>읽기 쉽게 JSON을 들여씁니다. 선택 해제하면 바이트를 있는 그대로 봅니다.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Pretty: %1</source>
            <comment>the checkbox that indents a view, then the view's title</comment>
            <translation>보기 좋게: %1</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::KeychainWaitIndicator</name>
        <message>
            <location filename="../../ui/keychainwaitindicator.cpp" line="+42" />
            <source>Waiting for the keychain…
If it asks for your password, enter it in its window; qad goes on once the keychain answers.</source>
            <translation>키체인을 기다리는 중…
비밀번호를 물으면 키체인 창에 입력하세요. 키체인이 응답하면 qad가 계속합니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Stop Waiting</source>
            <translation>기다리기 중지(&amp;S)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keychain</source>
            <translation>키체인</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::LeftOutDialog</name>
        <message>
            <location filename="../../ui/panels/leftoutdialog.cpp" line="+53" />
            <source>Excluded and rejected: %1</source>
            <translation>제외 및 거부: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Profile updates that did not become activations, newest first (at most %1 of each), with the reason and how to fix it.</source>
            <translation>활성화가 되지 않은 프로필 업데이트를 최신순으로(각각 최대 %1개) 이유와 해결 방법과 함께 표시합니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+3" />
            <source>Time</source>
            <translation>시각</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Profile</source>
            <translation>프로필</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason code</source>
            <translation>이유 코드</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Reason</source>
            <translation>이유</translation>
        </message>
        <message>
            <location line="-2" />
            <location line="+4" />
            <source>Excluded profiles</source>
            <translation>제외된 프로필</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Source</source>
            <translation>소스</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Line</source>
            <translation>줄</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start of the record</source>
            <translation>레코드 앞부분</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Rejected records</source>
            <translation>거부된 레코드</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A source can feed several destinations, so these are the records of every source read into this data directory.</source>
            <translation>하나의 소스가 여러 대상에 공급될 수 있으므로, 이 데이터 디렉터리로 읽어 들인 모든 소스의 레코드입니다.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Refresh</source>
            <translation>새로 고침(&amp;R)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Read both lists again (%1).</source>
            <translation>두 목록을 다시 읽습니다(%1).</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Nothing here.</source>
            <translation>항목이 없습니다.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Select a row to read it whole.</source>
            <translation>전체 내용을 보려면 행을 선택하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1, excluded %2 (%3):
%4</source>
            <translation>%1, %2에 제외됨(%3):
%4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, line %2, rejected %3:
%4
It began: %5</source>
            <translation>%1, %2번째 줄, %3에 거부됨:
%4
시작 부분: %5</translation>
        </message>
        <message>
            <location line="+15" />
            <source>(no usable identity)</source>
            <translation>(사용할 수 있는 ID 없음)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (test)</source>
            <comment>a profile's key; the profile came from a test send</comment>
            <translation>%1 (테스트)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Excluded profiles (%1)</source>
            <translation>제외된 프로필 (%1)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>standard input</source>
            <translation>표준 입력</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Rejected records (%1)</source>
            <translation>거부된 레코드 (%1)</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::Main</name>
        <message>
            <location filename="../../ui/app/main.cpp" line="+37" />
            <source>Read and write the destinations in DIR instead of the default configuration directory.</source>
            <translation>기본 설정 디렉터리 대신 DIR에서 대상을 읽고 씁니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>DIR</source>
            <translation>DIR</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep the history database in DIR instead of the default data directory.</source>
            <translation>기본 데이터 디렉터리 대신 DIR에 기록 데이터베이스를 둡니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the interface in LANGUAGE (en, fr or ko) instead of the one chosen in Preferences or the system's.</source>
            <translation>환경설정이나 시스템에서 정한 언어 대신 LANGUAGE(en, fr, ko)로 화면을 표시합니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>LANGUAGE</source>
            <translation>LANGUAGE</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Streams customer-profile activations to Qualtrics Automations JSON-event URLs. The headless twin is qadctl.</source>
            <translation>고객 프로필 활성화를 Qualtrics Automations JSON 이벤트 URL로 보냅니다. 창 없이 쓰는 도구는 qadctl입니다.</translation>
        </message>
        <message>
            <location line="+102" />
            <source>Run qad --help to see the options.</source>
            <translation>옵션을 보려면 qad --help를 실행하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qad takes no arguments besides its options; run qad --help to see them.</source>
            <translation>qad는 옵션 외의 인수를 받지 않습니다. qad --help로 옵션을 확인하세요.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Unknown language "%1": use en, fr or ko.</source>
            <translation>알 수 없는 언어 "%1": en, fr, ko 중 하나를 쓰세요.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The configuration cannot be read</source>
            <translation>설정을 읽을 수 없습니다</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Certificate authorities cannot be loaded</source>
            <translation>인증 기관을 불러올 수 없습니다</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::MainWindow</name>
        <message>
            <location filename="../../ui/mainwindow.cpp" line="+54" />
            <source>Stream Profiles From</source>
            <translation>프로필을 스트리밍할 파일</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profiles (*.ndjson *.jsonl *.json);;All files (*)</source>
            <translation>프로필 (*.ndjson *.jsonl *.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import Destination</source>
            <translation>대상 가져오기</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Destination exports (*.json);;All files (*)</source>
            <translation>대상 내보내기 파일 (*.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Export Destination</source>
            <translation>대상 내보내기</translation>
        </message>
        <message>
            <location line="+59" />
            <source>it was removed outside this window (by qadctl or another qad); what it had queued stays in the database.</source>
            <translation>이 창 밖에서(qadctl 또는 다른 qad에서) 삭제되었습니다. 대기 중이던 항목은 데이터베이스에 남아 있습니다.</translation>
        </message>
        <message>
            <location line="+48" />
            <location line="+172" />
            <source>&amp;New Destination…</source>
            <translation>새 대상(&amp;N)…</translation>
        </message>
        <message>
            <location line="-170" />
            <source>Create a destination with the wizard</source>
            <translation>마법사로 대상을 만듭니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit Destination…</source>
            <translation>대상 편집(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change the selected destination with the wizard</source>
            <translation>선택한 대상을 마법사로 바꿉니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove Destination…</source>
            <translation>대상 삭제(&amp;R)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Import Destination…</source>
            <translation>대상 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a destination from a file written by Export (or qadctl destination export)</source>
            <translation>내보내기(또는 qadctl destination export)로 작성한 파일에서 대상을 추가합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport Destination…</source>
            <translation>대상 내보내기(&amp;X)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the selected destination to a file, without its API token</source>
            <translation>선택한 대상을 API 토큰 없이 파일로 저장합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Start Streaming…</source>
            <translation>스트리밍 시작(&amp;S)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a profile file and stream its updates to the selected destination</source>
            <translation>프로필 파일을 골라 그 업데이트를 선택한 대상으로 스트리밍합니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;top Streaming</source>
            <translation>스트리밍 중지(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Pause</source>
            <translation>일시 중지(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop sending to the selected destination; activations keep queueing</source>
            <translation>선택한 대상으로 보내기를 멈춥니다. 활성화는 계속 대기열에 쌓입니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Res&amp;ume</source>
            <translation>재개(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send to the selected destination again</source>
            <translation>선택한 대상으로 다시 보냅니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replay &amp;Failed Activations</source>
            <translation>실패한 활성화 다시 보내기(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Queue the selected destination's failed activations again</source>
            <translation>선택한 대상의 실패한 활성화를 다시 대기열에 넣습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;ferences…</source>
            <translation>환경설정(&amp;F)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;About qad</source>
            <translation>qad 정보(&amp;A)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Overview</source>
            <translation>개요(&amp;O)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Run &amp;History</source>
            <translation>실행 기록(&amp;H)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Test Send</source>
            <translation>테스트 전송(&amp;T)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Alerts</source>
            <translation>알림(&amp;A)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Destinations &amp;List</source>
            <translation>대상 목록(&amp;L)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>&amp;Destination</source>
            <translation>대상(&amp;D)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Stream</source>
            <translation>스트리밍(&amp;S)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Main Toolbar</source>
            <translation>기본 도구 모음</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New</source>
            <comment>toolbar: new destination</comment>
            <translation>새 대상</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit</source>
            <comment>toolbar: edit the destination</comment>
            <translation>편집</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stream…</source>
            <comment>toolbar: start streaming a file</comment>
            <translation>스트리밍…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stop</source>
            <comment>toolbar: stop streaming</comment>
            <translation>중지</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pause</source>
            <comment>toolbar: pause the destination</comment>
            <translation>일시 중지</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resume</source>
            <comment>toolbar: resume the destination</comment>
            <translation>재개</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replay Failed</source>
            <comment>toolbar: replay the failed activations</comment>
            <translation>실패 항목 다시 보내기</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No destination yet — create one</source>
            <translation>아직 대상이 없습니다 — 새로 만드세요</translation>
        </message>
        <message>
            <location line="+7" />
            <source>A destination sends profile updates to a Qualtrics JSON-event URL. The wizard asks for your Qualtrics credentials, the URL, the audiences and the mapping.</source>
            <translation>대상은 프로필 업데이트를 Qualtrics JSON 이벤트 URL로 보냅니다. 마법사가 Qualtrics 자격 증명, URL, 대상자, 매핑을 차례로 묻습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Import a Destination…</source>
            <translation>대상 가져오기(&amp;I)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From a file written by Export on another machine, or by qadctl destination export</source>
            <translation>다른 컴퓨터에서 내보내기로 작성한 파일이나 qadctl destination export로 작성한 파일에서</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Destinations</source>
            <translation>대상</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run history</source>
            <translation>실행 기록</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test send</source>
            <translation>테스트 전송</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <source>Alerts</source>
            <translation>알림</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Alerts (%1)</source>
            <translation>알림 (%1)</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Stop Streaming and Quit?</source>
            <translation>스트리밍을 멈추고 끝낼까요?</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n destination(s) are streaming. Quitting stops reading; what was already read stays queued and is sent the next time you stream.</source>
            <translation>
                <numerusform>대상 %n개가 스트리밍 중입니다. 끝내면 읽기를 멈춥니다. 이미 읽은 내용은 대기열에 남아 다음 스트리밍 때 전송됩니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+12" />
            <source>Quit Before the Test Send Is Answered?</source>
            <translation>테스트 전송 응답 전에 종료할까요?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A test send is waiting for its answer. Its request may already have reached Qualtrics and started the workflow; quitting now loses the answer, and the run history keeps the test as not answered.</source>
            <translation>테스트 전송이 응답을 기다리고 있습니다. 요청이 이미 Qualtrics에 도달해 워크플로를 시작했을 수 있습니다. 지금 종료하면 응답을 잃고, 실행 기록에는 응답 없음으로 남습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Quit Anyway</source>
            <translation>그래도 종료(&amp;Q)</translation>
        </message>
        <message>
            <location line="+121" />
            <source>Destination "%1" saved. Stop and start streaming to use the changes.</source>
            <translation>대상 "%1"을(를) 저장했습니다. 변경 사항을 쓰려면 스트리밍을 멈췄다가 다시 시작하세요.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination "%1" saved.</source>
            <translation>대상 "%1"을(를) 저장했습니다.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+4" />
            <location line="+9" />
            <source>Not Imported</source>
            <translation>가져오지 못했습니다</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Cannot read %1: %2.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not a destination export: it holds %2, and an export is a few kilobytes. Choose a file written by Export or by qadctl destination export.</source>
            <translation>%1은(는) 대상 내보내기 파일이 아닙니다: 크기가 %2인데, 내보내기 파일은 몇 킬로바이트입니다. 내보내기나 qadctl destination export로 작성한 파일을 선택하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cannot import %1. %2</source>
            <translation>%1을(를) 가져올 수 없습니다. %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Destination "%1" imported.</source>
            <translation>대상 “%1”을(를) 가져왔습니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>destination</source>
            <translation>대상</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not Exported</source>
            <translation>내보내지 못했습니다</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Exported "%1" to %2. The API token is not in the file: it stays in the keychain.</source>
            <translation>“%1”을(를) %2(으)로 내보냈습니다. API 토큰은 파일에 없으며 키체인에 남아 있습니다.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove Destination?</source>
            <translation>대상을 삭제할까요?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove "%1" and its API token from the keychain? Its run history stays in the database.</source>
            <translation>"%1"과(와) 키체인의 API 토큰을 삭제할까요? 실행 기록은 데이터베이스에 남습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n activation(s) still queued for it (pending, being sent or waiting for a retry) would never be sent. To deliver them first, stream to it until its queue is empty.</source>
            <translation>
                <numerusform>아직 대기 중인 활성화 %n개(대기, 전송 중 또는 재시도 대기)는 전송되지 않습니다. 먼저 전달하려면 대기열이 빌 때까지 이 대상으로 스트리밍하세요.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Whether activations are still queued for it could not be read: %1</source>
            <translation>대기 중인 활성화가 있는지 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove Anyway</source>
            <translation>그래도 삭제(&amp;R)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Destination Not Removed</source>
            <translation>대상을 삭제하지 못했습니다</translation>
        </message>
        <message>
            <location line="+4" />
            <source>API Token Not Removed</source>
            <translation>API 토큰을 삭제하지 못했습니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The destination was removed, but its API token could not be removed from the keychain: %1</source>
            <translation>대상은 삭제했지만 키체인에서 API 토큰을 삭제하지 못했습니다: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Destination "%1" removed.</source>
            <translation>대상 "%1"을(를) 삭제했습니다.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+7" />
            <source>Not Paused</source>
            <translation>일시 중지하지 못했습니다</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+7" />
            <source>Not Resumed</source>
            <translation>재개하지 못했습니다</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The history database in %1 could not be opened; restart qad after fixing it.</source>
            <translation>%1의 기록 데이터베이스를 열 수 없습니다. 문제를 고친 뒤 qad를 다시 시작하세요.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Destination "%1" paused: activations keep queueing.</source>
            <translation>대상 "%1"을(를) 일시 중지했습니다. 활성화는 계속 대기열에 쌓입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination "%1" resumed.</source>
            <translation>대상 "%1"을(를) 재개했습니다.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The new language applies the next time qad starts.</source>
            <translation>새 언어는 qad를 다음에 시작할 때 적용됩니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>About qad</source>
            <translation>qad 정보</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;Streams customer-profile activations to Qualtrics Automations JSON-event URLs. The same engine runs headless as &lt;code&gt;qadctl&lt;/code&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;고객 프로필 활성화를 Qualtrics Automations JSON 이벤트 URL로 보냅니다. 같은 엔진을 창 없이 &lt;code&gt;qadctl&lt;/code&gt;로 쓸 수 있습니다.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::MappingPage</name>
        <message>
            <location filename="../../ui/wizard/mappingpage.cpp" line="+73" />
            <source>Remove</source>
            <translation>삭제</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Remove this identity</source>
            <translation>이 ID 삭제</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Namespace</source>
            <translation>네임스페이스</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source namespace</source>
            <translation>소스 네임스페이스</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Target identity</source>
            <translation>대상 ID</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Fix</source>
            <translation>수정</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove this attribute</source>
            <translation>이 속성 삭제</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Source profile path</source>
            <translation>소스 프로필 경로</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target field</source>
            <translation>대상 필드</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Change the target to “%1”</source>
            <translation>대상 필드를 “%1”(으)로 바꿉니다</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add &amp;identity</source>
            <translation>ID 추가(&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a&amp;ttribute</source>
            <translation>속성 추가(&amp;T)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Load profile…</source>
            <translation>프로필 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Mapping</source>
            <translation>매핑</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Map at least one identity (Email to email, ECID or a custom namespace to external_id) and the profile attributes the workflow needs. The preview shows the JSON Qualtrics will receive.</source>
            <translation>ID를 하나 이상(Email은 email로, ECID나 사용자 지정 네임스페이스는 external_id로) 매핑하고 워크플로에 필요한 프로필 속성을 매핑하세요. 미리 보기에 Qualtrics가 받을 JSON이 표시됩니다.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Identities</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Attributes</source>
            <translation>속성</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: a dotted profile path. Target: a field name, or a dotted path for nested objects; Qualtrics recommends camelCase.</source>
            <translation>소스: 점으로 구분한 프로필 경로. 대상: 필드 이름 또는 중첩 객체용 점 구분 경로. Qualtrics는 camelCase를 권장합니다.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Payload &amp;preview:</source>
            <translation>페이로드 미리 보기(&amp;P):</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1: its paths are offered as sources and the preview uses its first profile.</source>
            <translation>%1: 이 파일의 경로를 소스로 제안하고, 미리 보기에는 첫 번째 프로필을 사용합니다.</translation>
        </message>
        <message>
            <location line="+258" />
            <source>Built from the first profile of %1.</source>
            <translation>%1의 첫 번째 프로필로 만들었습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Built from a generated sample profile; load a profile to preview real data.</source>
            <translation>생성된 샘플 프로필로 만들었습니다. 실제 데이터를 미리 보려면 프로필을 불러오세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No payload: this profile would be excluded. %1</source>
            <translation>페이로드 없음: 이 프로필은 제외됩니다. %1</translation>
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
            <translation>인증</translation>
        </message>
        <message>
            <location line="+3" />
            <source>user</source>
            <translation>사용자</translation>
        </message>
        <message>
            <location line="+12" />
            <source>error: the last attempt failed</source>
            <translation>오류: 마지막 시도가 실패함</translation>
        </message>
        <message>
            <location line="+3" />
            <source>enabled</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location line="+8" />
            <source>paused</source>
            <translation>일시 중지됨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paused: %1</source>
            <translation>일시 중지됨: %1</translation>
        </message>
        <message>
            <location line="+50" />
            <source>This run: read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7</source>
            <translation>이번 실행: 읽음 %1 · 거부 %2 · 활성화 %3 · 제외 %4 · 전송 %5 · 실패 %6 · 재시도 %7</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Delivery status</source>
            <translation>전송 상태</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Profiles received</source>
            <translation>받은 프로필</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Profile updates that concerned this destination.</source>
            <translation>이 대상과 관련된 프로필 업데이트입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities activated</source>
            <translation>활성화된 ID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Profiles Qualtrics accepted (2xx).</source>
            <translation>Qualtrics가 수락한(2xx) 프로필입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities excluded</source>
            <translation>제외된 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profiles not sent: no mapped identity, or an email that is not a plain-text address.</source>
            <translation>보내지 않은 프로필입니다: 매핑된 ID가 없거나 이메일이 일반 텍스트 주소가 아닙니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities failed</source>
            <translation>실패한 ID</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Activation rate</source>
            <translation>활성화 비율</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(activated + excluded) ÷ received: the share of every profile received that was activated or excluded.</source>
            <translation>(활성화 + 제외) ÷ 받은 프로필: 받은 모든 프로필 중 활성화되거나 제외된 비율.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(activated + excluded) ÷ received, of the profiles received this hour, whenever they were sent.</source>
            <translation>(활성화 + 제외) ÷ 받은 프로필, 이번 시간대에 받은 프로필 기준 (보낸 시점과 관계없음).</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Activation rate, this hour</source>
            <translation>활성화 비율(이번 시간)</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Activations that failed permanently; they can be replayed. In red while some of them are not replayed yet.</source>
            <translation>최종 실패한 활성화입니다. 다시 보낼 수 있습니다. 아직 다시 보내지 않은 항목이 있으면 빨간색으로 표시됩니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Queue depth</source>
            <translation>대기열 길이</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Activations pending, being sent or waiting to be retried.</source>
            <translation>대기 중이거나, 전송 중이거나, 재시도를 기다리는 활성화입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting to retry</source>
            <translation>재시도 대기</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Activations that will be sent again later.</source>
            <translation>나중에 다시 보낼 활성화입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Current send rate</source>
            <translation>현재 전송 속도</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activations done (delivered, or failed for good) per second, over the last 10 seconds.</source>
            <translation>최근 10초 동안 초당 완료된 활성화 수(전달됨 또는 최종 실패)입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latency</source>
            <translation>지연 시간</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Average time Qualtrics took to accept an activation, this hour.</source>
            <translation>이번 시간에 Qualtrics가 활성화를 수락하는 데 걸린 평균 시간입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enabled; paused, with the reason; or in error while the newest attempt failed.</source>
            <translation>활성; 일시 중지(사유 포함); 또는 가장 최근 시도가 실패한 동안에는 오류.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why the destination was paused, or else why the last failed attempt failed, and when.</source>
            <translation>대상이 일시 중지된 이유, 그렇지 않으면 마지막으로 실패한 시도가 실패한 이유와 그 시각.</translation>
        </message>
        <message>
            <location line="+188" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="-189" />
            <source>Last error</source>
            <translation>마지막 오류</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xcluded and rejected…</source>
            <translation>제외 및 거부(&amp;X)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The profiles this destination left out and the input records that were not usable, each with the reason and how to fix it.</source>
            <translation>이 대상이 제외한 프로필과 사용할 수 없었던 입력 레코드를 각각 이유와 해결 방법과 함께 표시합니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Activated</source>
            <translation>활성화됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excluded</source>
            <translation>제외됨</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Failed</source>
            <translation>실패함</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Last 24 hours</source>
            <translation>최근 24시간</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Hour</source>
            <translation>시각</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Activations per hour, the last 24 hours</source>
            <translation>시간별 활성화, 최근 24시간</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Stream a profile file</source>
            <translation>프로필 파일 스트리밍</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A file of JSON profiles (one per line, an array, or one after another), followed as it grows</source>
            <translation>JSON 프로필 파일(한 줄에 하나, 배열, 또는 연달아 놓인 객체), 늘어나는 대로 따라 읽음</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Browse…</source>
            <translation>찾아보기(&amp;B)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;tart</source>
            <translation>시작(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>St&amp;op</source>
            <translation>중지(&amp;O)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Source &amp;file:</source>
            <translation>소스 파일(&amp;F):</translation>
        </message>
        <message>
            <location line="+115" />
            <source>error</source>
            <translation>오류</translation>
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
            <translation>활성화 %1, 제외 %2, 실패 %3</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose a Profile File</source>
            <translation>프로필 파일 선택</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile updates (*.ndjson *.jsonl *.json);;All files (*)</source>
            <translation>프로필 업데이트 (*.ndjson *.jsonl *.json);;모든 파일 (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Starting to stream %1…</source>
            <translation>%1 스트리밍을 시작하는 중…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Stopping: in-flight activations are finished or kept…</source>
            <translation>중지하는 중: 전송 중인 활성화는 마무리하거나 보관합니다…</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferencesdialog.cpp" line="+22" />
            <source>Preferences</source>
            <translation>환경설정</translation>
        </message>
        <message>
            <location line="+4" />
            <source>System default</source>
            <translation>시스템 기본값</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Language:</source>
            <translation>언어(&amp;L):</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Days the run history keeps</source>
            <translation>실행 기록 보관 일수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the run &amp;history (days):</source>
            <translation>실행 기록 보관 기간(일)(&amp;H):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>When streaming starts, activations delivered or failed longer ago are deleted; queued ones never are. qadctl run takes --history-days.</source>
            <translation>스트리밍을 시작할 때 이보다 오래전에 전달되었거나 실패한 활성화는 삭제됩니다. 대기 중인 활성화는 삭제되지 않습니다. qadctl run은 --history-days를 사용합니다.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The language applies the next time qad starts.</source>
            <translation>언어는 qad를 다음에 시작할 때 적용됩니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The new language applies the next time qad starts: quit and start qad again.</source>
            <translation>새 언어는 qad를 다음에 시작할 때 적용됩니다. qad를 끝내고 다시 시작하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::ProfileFile</name>
        <message>
            <location filename="../../ui/wizard/profilefile.cpp" line="+73" />
            <source>Cannot open %1: %2. Pick a readable profile file.</source>
            <translation>%1을(를) 열 수 없습니다: %2. 읽을 수 있는 프로필 파일을 고르세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is larger than %2 MiB: a sample needs only a few profiles. Pick a smaller file, for example the first lines of this one.</source>
            <translation>%1이(가) %2 MiB보다 큽니다: 샘플에는 프로필 몇 개면 충분합니다. 이 파일의 처음 몇 줄처럼 더 작은 파일을 고르세요.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cannot read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No profile could be read from %1 (%2). Pick a file with XDM profiles: one JSON object, a JSON array or one object per line.</source>
            <translation>%1에서 프로필을 읽을 수 없습니다(%2). XDM 프로필이 든 파일을 고르세요: JSON 객체 하나, JSON 배열, 또는 한 줄에 객체 하나.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no profile. Pick a file with XDM profiles: one JSON object, a JSON array or one object per line.</source>
            <translation>%1에 프로필이 없습니다. XDM 프로필이 든 파일을 고르세요: JSON 객체 하나, JSON 배열, 또는 한 줄에 객체 하나.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::ReviewPage</name>
        <message>
            <location filename="../../ui/wizard/reviewpage.cpp" line="+21" />
            <source>&amp;Verify credentials</source>
            <translation>자격 증명 확인(&amp;V)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Review</source>
            <translation>검토</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check the destination, optionally verify the token with Qualtrics (no workflow is started), then save.</source>
            <translation>대상을 확인하고, 필요하면 Qualtrics로 토큰을 검증한 뒤(워크플로는 시작되지 않음) 저장하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Summary</source>
            <translation>요약</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Asks Qualtrics who the token belongs to (GET /API/v3/whoami on the URL's host)</source>
            <translation>Qualtrics에 토큰 소유자를 조회합니다(URL 호스트의 GET /API/v3/whoami)</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Identity %1</source>
            <translation>ID %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute %1, target</source>
            <translation>속성 %1, 대상</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribute %1, source</source>
            <translation>속성 %1, 소스</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audience %1, end date</source>
            <translation>대상자 %1, 종료 날짜</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Audience %1</source>
            <translation>대상자 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retry schedule</source>
            <translation>재시도 일정</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JSON event URL</source>
            <translation>JSON 이벤트 URL</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualtrics user name</source>
            <translation>Qualtrics 사용자 이름</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities</source>
            <translation>ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audiences</source>
            <translation>대상자</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate limit</source>
            <translation>속도 제한</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Concurrency</source>
            <translation>동시 요청 수</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeout per attempt</source>
            <translation>시도당 제한 시간</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flow run delay</source>
            <translation>흐름 실행 지연</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activation skipped rate exceeded</source>
            <translation>활성화 건너뜀 비율 초과</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: %2</source>
            <comment>a field's name, then what is wrong with it</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Name: %1</source>
            <translation>이름: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description: %1</source>
            <translation>설명: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+33" />
            <location line="+3" />
            <location line="+21" />
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <location line="-56" />
            <source>JSON event URL: %1</source>
            <translation>JSON 이벤트 URL: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authentication: Basic, as %1</source>
            <translation>인증: Basic, 사용자 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authentication: X-API-TOKEN header</source>
            <translation>인증: X-API-TOKEN 헤더</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API token: will be stored in the keychain</source>
            <translation>API 토큰: 키체인에 저장됩니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API token: kept as stored in the keychain</source>
            <translation>API 토큰: 키체인에 저장된 토큰을 유지합니다</translation>
        </message>
        <message>
            <location line="+2" />
            <source>API token: replaced in the keychain</source>
            <translation>API 토큰: 키체인에서 교체됩니다</translation>
        </message>
        <message>
            <location line="+6" />
            <source>flow run start</source>
            <translation>흐름 실행 시작</translation>
        </message>
        <message>
            <location line="+3" />
            <source>flow run success</source>
            <translation>흐름 실행 성공</translation>
        </message>
        <message>
            <location line="+3" />
            <source>flow run failure</source>
            <translation>흐름 실행 실패</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>flow run delay over %n minute(s)</source>
            <translation>
                <numerusform>흐름 실행 지연 %n분 초과</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>skipped rate over %1 %</source>
            <translation>건너뜀 비율 %1 % 초과</translation>
        </message>
        <message>
            <location line="+4" />
            <source>authentication failed</source>
            <translation>인증 실패</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alerts: %1</source>
            <translation>알림: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Audiences: %1</source>
            <translation>대상자: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>from %1 to %2</source>
            <translation>%1 ~ %2</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>any date</source>
            <translation>제한 없음</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send a profile when its audience membership or a mapped value changes</source>
            <translation>대상자 멤버십이나 매핑된 값이 바뀌면 프로필을 보냅니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Send a profile when its audience membership changes</source>
            <translation>대상자 멤버십이 바뀌면 프로필을 보냅니다</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities:</source>
            <translation>ID:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attributes: %1</source>
            <translation>속성: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delivery: %1, %2 in flight, %3 s timeout per attempt</source>
            <translation>전송: %1, 동시 %2개, 시도당 제한 시간 %3초</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no rate limit</source>
            <translation>속도 제한 없음</translation>
        </message>
        <message>
            <location line="+1" />
            <source>up to %1 per minute</source>
            <translation>분당 최대 %1개</translation>
        </message>
        <message>
            <location line="+5" />
            <source>To check before saving:</source>
            <translation>저장하기 전에 확인할 사항:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 %2: %3</source>
            <comment>a problem to check before saving: %1 is "Error:" or "Warning:", %2 the name of the field, %3 what is wrong with it</comment>
            <translation>%1 %2: %3</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Error:</source>
            <translation>오류:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Warning:</source>
            <translation>경고:</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Enter the API token on the Authenticate page first.</source>
            <translation>먼저 인증 페이지에서 API 토큰을 입력하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checking the token with %1…</source>
            <translation>%1에서 토큰을 확인하는 중…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1
The token belongs to %2, but the user name on the Authenticate page is %3: Basic authentication needs both to match. Correct the user name or the token.</source>
            <translation>%1
토큰은 %2의 것인데 인증 페이지의 사용자 이름은 %3입니다: Basic 인증에서는 둘이 일치해야 합니다. 사용자 이름이나 토큰을 수정하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Qualtrics refused the token (HTTP %1): check the token on the Authenticate page, and that the URL is on your organisation's data center.</source>
            <translation>Qualtrics가 토큰을 거부했습니다(HTTP %1): 인증 페이지의 토큰을 확인하고, URL이 조직의 데이터 센터에 있는지 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::StreamController</name>
        <message>
            <location filename="../../ui/streamcontroller.cpp" line="+44" />
            <source>Destination "%1" is not valid; edit it before streaming:
%2</source>
            <translation>대상 "%1"이(가) 올바르지 않습니다. 스트리밍하기 전에 편집하세요:
%2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>"%1" is already streaming from %2; stop it first to change the source.</source>
            <translation>"%1"은(는) 이미 %2에서 스트리밍 중입니다. 소스를 바꾸려면 먼저 중지하세요.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a profile file to stream to "%1" from: one JSON object per line, a JSON array, or JSON objects one after another.</source>
            <translation>"%1"(으)로 스트리밍할 프로필 파일을 선택하세요: 한 줄에 JSON 객체 하나, JSON 배열, 또는 연달아 놓인 JSON 객체.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot stream to "%1": %2</source>
            <translation>"%1"(으)로 스트리밍할 수 없습니다: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Stream &gt; Resume, Ctrl+Shift+R</source>
            <translation>스트리밍 &gt; 재개, Ctrl+Shift+R</translation>
        </message>
        <message>
            <location line="+38" />
            <source>"%1": %2</source>
            <translation>"%1": %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Streaming to "%1" stopped: %2</source>
            <translation>"%1"(으)로의 스트리밍이 중지되었습니다: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Streaming to "%1" stopped.</source>
            <translation>"%1"(으)로의 스트리밍이 중지되었습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Streaming to "%1" stopped with problems: activations failed or the destination was paused. See Alerts and History.</source>
            <translation>"%1"(으)로의 스트리밍이 문제와 함께 중지되었습니다: 실패한 활성화가 있거나 대상이 일시 중지되었습니다. 알림과 기록을 확인하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Streaming did not start: %1</source>
            <translation>스트리밍이 시작되지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Streaming to "%1" did not start: %2</source>
            <translation>"%1"(으)로의 스트리밍을 시작하지 못했습니다: %2</translation>
        </message>
        <message>
            <location line="+43" />
            <source>"%1" was resumed, but its token could not be read again, so streaming goes on with the one it started with: %2</source>
            <translation>"%1"이(가) 재개되었지만 토큰을 다시 읽지 못해, 시작할 때의 토큰으로 스트리밍을 계속합니다: %2</translation>
        </message>
    </context>
    <context>
        <name>qad::ui::TestSendPanel</name>
        <message>
            <location filename="../../ui/panels/testsendpanel.cpp" line="+181" />
            <source>Response</source>
            <translation>응답</translation>
        </message>
        <message>
            <location line="-71" />
            <source>Fill the editor with a sample profile for this destination's mapping.</source>
            <translation>이 대상의 매핑에 맞는 샘플 프로필로 편집기를 채웁니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Paste a profile (one JSON object in the XDM profile shape) or click Generate sample.</source>
            <translation>프로필(XDM 프로필 형식의 JSON 객체 하나)을 붙여 넣거나 샘플 생성을 클릭하세요.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Copy the request as a curl command; the token stays in $QAD_API_TOKEN.</source>
            <translation>요청을 curl 명령으로 복사합니다. 토큰은 $QAD_API_TOKEN에 그대로 둡니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Profile</source>
            <translation>프로필</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <source>Payload</source>
            <translation>페이로드</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Status:</source>
            <translation>상태:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time:</source>
            <translation>시간:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Size:</source>
            <translation>크기:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request ID:</source>
            <translation>요청 ID:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notice:</source>
            <translation>안내:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome:</source>
            <translation>결과:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Would be retried:</source>
            <translation>재시도 여부:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Headers</source>
            <translation>헤더</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Body</source>
            <translation>본문</translation>
        </message>
        <message>
            <location line="-90" />
            <source>&amp;Generate sample</source>
            <translation>샘플 생성(&amp;G)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+213" />
            <source>Se&amp;nd</source>
            <translation>보내기(&amp;N)</translation>
        </message>
        <message>
            <location line="-199" />
            <source>Copy as c&amp;url</source>
            <translation>curl로 복사(&amp;U)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>&amp;Profile</source>
            <translation>프로필(&amp;P)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+45" />
            <source>Request (auth redacted)</source>
            <translation>요청(인증 정보 가림)</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Response body</source>
            <translation>응답 본문</translation>
        </message>
        <message>
            <location line="+75" />
            <source>No destination selected.</source>
            <translation>선택한 대상이 없습니다.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Destination: %1 (%2)</source>
            <translation>대상: %1 (%2)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Not a usable profile: %1</source>
            <translation>사용할 수 없는 프로필입니다: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Excluded, nothing will be sent: %1</source>
            <translation>제외되어 아무것도 보내지 않습니다: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too large, nothing will be sent: %1</source>
            <translation>너무 커서 아무것도 보내지 않습니다: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Sending…</source>
            <translation>보내는 중…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No keychain is available to read the token from: restart qad.</source>
            <translation>토큰을 읽을 키체인이 없습니다. qad를 다시 시작하세요.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Sending to %1…</source>
            <translation>%1(으)로 보내는 중…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The test send to "%1" finished: %2 (%3). Its run history shows the answer.</source>
            <translation>"%1"(으)로의 테스트 전송이 끝났습니다: %2 (%3). 실행 기록에서 응답을 볼 수 있습니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The test send to "%1" was not sent: %2</source>
            <translation>"%1"(으)로의 테스트 전송이 보내지지 않았습니다: %2</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Recorded in the history as test activation %1.</source>
            <translation>테스트 활성화 %1(으)로 기록에 남겼습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Excluded, nothing was sent: %1</source>
            <translation>제외되어 아무것도 보내지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not sent: %1</source>
            <translation>보내지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Copied as curl. Set QAD_API_TOKEN before running it.</source>
            <translation>curl 명령으로 복사했습니다. 실행하기 전에 QAD_API_TOKEN을 설정하세요.</translation>
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
            <translation>응답 없음</translation>
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
                <numerusform>%Ln바이트</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Location: %1</source>
            <translation>위치: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <location line="+2" />
            <source>yes, after %1 s (Retry-After)</source>
            <translation>예, %1초 후(Retry-After)</translation>
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
            <translation>일시 중지됨: 인증(API 토큰을 수정한 뒤 재개하세요)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>paused</source>
            <translation>일시 중지됨</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n failed in the last hour</source>
            <translation>
                <numerusform>최근 1시간 동안 %n개 실패</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n waiting to retry</source>
            <translation>
                <numerusform>%n개 재시도 대기 중</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n open alert(s)</source>
            <translation>
                <numerusform>열린 알림 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location line="+113" />
            <source>Show qad</source>
            <translation>qad 표시</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quit</source>
            <translation>끝내기</translation>
        </message>
        <message>
            <location line="+34" />
            <source>qad: the history cannot be read: %1</source>
            <translation>qad: 기록을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+8" />
            <location line="+34" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="-29" />
            <source>qad: every destination is delivering.</source>
            <translation>qad: 모든 대상이 정상적으로 전송 중입니다.</translation>
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
            <translation>대상 "%1"이(가) 없습니다. `qadctl destination list`로 ID와 이름을 확인하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No destination "%1": a destination is named by its whole name (in any case), its id, or the start of its id of 4 characters or more. Did you mean:
%2</source>
            <translation>"%1" 대상이 없습니다. 대상은 전체 이름(대소문자 무관), ID 또는 4자 이상의 ID 앞부분으로 지정합니다. 다음 중 하나를 말씀하신 건가요?
%2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>"%1" could mean more than one destination (by name or by the start of the id):
%2
Use the full id of the one you mean.</source>
            <translation>"%1"은(는) 둘 이상의 대상을 가리킬 수 있습니다(이름 또는 ID의 앞부분):
%2
원하는 대상의 전체 ID를 사용하세요.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Waiting for the keychain: if it asks for your password, enter it in its window.</source>
            <translation>키체인을 기다리는 중: 비밀번호를 물으면 키체인 창에 입력하세요.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>warning: %1</source>
            <translation>경고: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show this help.</source>
            <translation>이 도움말을 표시합니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Run with --help for the options.</source>
            <translation>옵션을 보려면 --help를 붙여 실행하세요.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 is given %2 times (%3): give it once.</source>
            <translation>%1 옵션이 %2번 주어졌습니다(%3). 한 번만 주세요.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>%1: "%2" is not valid UTF-8 (� marks the bytes that are not), so it cannot be used as a path. Rename it, or give a symbolic link to it whose name is valid UTF-8.</source>
            <translation>%1: "%2"은(는) 올바른 UTF-8이 아니므로(�는 올바르지 않은 바이트) 경로로 사용할 수 없습니다. 이름을 바꾸거나, 이름이 올바른 UTF-8인 심볼릭 링크를 지정하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: no file given; give a file, or - for standard input.</source>
            <translation>%1: 파일이 지정되지 않았습니다. 파일을 지정하거나, 표준 입력은 -를 지정하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: %2 is a directory; give the path of a file.</source>
            <translation>%1: %2은(는) 디렉터리입니다. 파일 경로를 지정하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: cannot read %2: %3.</source>
            <translation>%1: %2을(를) 읽을 수 없습니다: %3.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>--%1: %2 is too large.</source>
            <translation>--%1: %2은(는) 너무 큽니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--%1: %2 is too small.</source>
            <translation>--%1: %2은(는) 너무 작습니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Use a whole number from %1 to %2.</source>
            <translation>%1부터 %2까지의 정수를 사용하세요.</translation>
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
            <translation>사용법: qadctl [--config-dir DIR] [--data-dir DIR] COMMAND [options]

고객 프로필 활성화를 Qualtrics Automations(JSON 이벤트)로 스트리밍합니다.

명령:
  destination add|edit|list|show|remove|export|import   대상 구성
  token set|delete|check ID                               OS 키체인에 있는 API 토큰 관리
  sample ID [--count N]                                   대상용 샘플 프로필(NDJSON)
  test-send ID [--profile FILE] [--json]                  프로필 하나를 보내고 요청과 응답 표시
  run ID… --source PATH|- [--follow] [--exit-when-idle]    프로필 업데이트를 대상으로 스트리밍
  history ID [--status S] [--limit N] [--json]            활성화 목록(최신순)
  status ID [--json]                                      전송 상태, 카운터, 열린 알림
  replay ID (--failed | --activation AID)                 다시 보내기
  pause ID, resume ID                                     전송 중지 또는 재개
  doctor                                                  키체인, 토큰 출처, 경로, 데이터베이스, 설정, 메모리 할당자 점검

전역 옵션:
  --config-dir DIR   대상 설정을 두는 위치(기본값: %1)
  --data-dir DIR     기록 데이터베이스를 두는 위치(기본값: %2)
  --help             이 도움말. 명령별 옵션은 COMMAND --help
  --version          버전

환경 변수: 키체인이 없는 서버에서는 QAD_API_TOKEN으로 토큰을 직접 지정합니다.
종료 코드: 0 성공, 1 작업 실패, 2 사용법 또는 설정 오류.
</translation>
        </message>
        <message>
            <location line="+58" />
            <location line="+4" />
            <source>%1 needs a directory.</source>
            <translation>%1에는 디렉터리가 필요합니다.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Unknown command "%1". Run qadctl --help for the commands.</source>
            <translation>알 수 없는 명령 "%1". 명령 목록은 qadctl --help로 확인하세요.</translation>
        </message>
        <message>
            <location filename="../../app/cli/destinationcommands.cpp" line="+20" />
            <source>Destination name (unique, 1–256 characters).</source>
            <translation>대상 이름(고유, 1–256자).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The Qualtrics JSON-event URL, exactly as copied.</source>
            <translation>Qualtrics JSON 이벤트 URL(복사한 그대로).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qualtrics username (for Basic auth).</source>
            <translation>Qualtrics 사용자 이름(Basic 인증용).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Auth mode: basic (default) or header (X-API-TOKEN).</source>
            <translation>인증 방식: basic(기본값) 또는 header(X-API-TOKEN).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free description.</source>
            <translation>자유 형식 설명.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Identity mapping SOURCE_NAMESPACE:TARGET, target email or external_id (repeatable), e.g. Email:email, ECID:external_id.</source>
            <translation>ID 매핑 SOURCE_NAMESPACE:TARGET, 대상은 email 또는 external_id(반복 가능). 예: Email:email, ECID:external_id.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attribute mapping SOURCE_PATH=TARGET_PATH (repeatable), e.g. person.name.firstName=firstName.</source>
            <translation>속성 매핑 SOURCE_PATH=TARGET_PATH(반복 가능). 예: person.name.firstName=firstName.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience (segment) id with an optional name, ID[=NAME] (repeatable).</source>
            <translation>대상자(세그먼트) ID와 선택적 이름, ID[=NAME](반복 가능).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>membership-or-attributes (default) or membership-only.</source>
            <translation>membership-or-attributes(기본값) 또는 membership-only.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Requests per minute at most (default 3000; 0 = unlimited).</source>
            <translation>분당 최대 요청 수(기본값 3000; 0 = 제한 없음).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requests in flight (default 6).</source>
            <translation>동시 요청 수(기본값 6).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Per-attempt deadline (default 10).</source>
            <translation>시도당 제한 시간(기본값 10).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>--auth: "%1" is not an auth mode; use basic or header.</source>
            <translation>--auth: "%1"은(는) 인증 방식이 아닙니다. basic 또는 header를 사용하세요.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>--identity: "%1" is not SOURCE:TARGET with TARGET email or external_id (e.g. Email:email).</source>
            <translation>--identity: "%1"은(는) TARGET이 email 또는 external_id인 SOURCE:TARGET 형식이 아닙니다(예: Email:email).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>--map: "%1" is not SOURCE=TARGET (e.g. person.name.firstName=firstName).</source>
            <translation>--map: "%1"은(는) SOURCE=TARGET 형식이 아닙니다(예: person.name.firstName=firstName).</translation>
        </message>
        <message>
            <location line="+21" />
            <source>--export-on: use membership-or-attributes or membership-only.</source>
            <translation>--export-on: membership-or-attributes 또는 membership-only를 사용하세요.</translation>
        </message>
        <message>
            <location filename="../../app/cli/cli.cpp" line="-160" />
            <source>--%1: "%2" is not a whole number.</source>
            <translation>--%1: "%2"은(는) 정수가 아닙니다.</translation>
        </message>
        <message>
            <location filename="../../app/cli/destinationcommands.cpp" line="+22" />
            <source>The largest number it takes is %1.</source>
            <translation>받을 수 있는 가장 큰 수는 %1입니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The smallest number it takes is %1.</source>
            <translation>받을 수 있는 가장 작은 수는 %1입니다.</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+90" />
            <location filename="../../app/cli/doctorcommand.cpp" line="+100" />
            <source>Unexpected argument "%1".</source>
            <translation>예상하지 못한 인수 "%1".</translation>
        </message>
        <message>
            <location line="-65" />
            <source>The destination (id, id prefix or name).</source>
            <translation>대상(ID, ID 접두사 또는 이름).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>destination edit takes one destination id.</source>
            <translation>destination edit에는 대상 ID 하나가 필요합니다.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>paused</source>
            <translation>일시 중지됨</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/cli/historycommands.cpp" line="+366" />
            <source>paused: %1</source>
            <translation>일시 중지됨: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/cli/historycommands.cpp" line="+2" />
            <source>enabled</source>
            <translation>사용 중</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+38" />
            <location filename="../../app/cli/historycommands.cpp" line="-22" />
            <location filename="../../app/cli/sendcommands.cpp" line="+167" />
            <source>Machine-readable output.</source>
            <translation>기계가 읽을 수 있는 형식으로 출력합니다.</translation>
        </message>
        <message>
            <location line="-34" />
            <source>qadctl destination list: the configured destinations.</source>
            <translation>qadctl destination list: 구성된 대상 목록.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>No destinations yet: create one with `qadctl destination add`.</source>
            <translation>아직 대상이 없습니다. `qadctl destination add`로 만드세요.</translation>
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
            <translation>대상.</translation>
        </message>
        <message>
            <location line="-81" />
            <source>qadctl destination show: one destination's configuration.</source>
            <translation>qadctl destination show: 대상 하나의 설정.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>destination show takes one destination id.</source>
            <translation>destination show에는 대상 ID 하나가 필요합니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Id:           %1</source>
            <translation>ID:           %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name:         %1</source>
            <translation>이름:         %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description:  %1</source>
            <translation>설명:         %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>URL:          %1</source>
            <translation>URL:          %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auth:         %1 (%2)</source>
            <translation>인증:         %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State:        %1</source>
            <translation>상태:         %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export on:    %1</source>
            <translation>전송 조건:    %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Identity:     %1 → %2</source>
            <translation>ID 매핑:      %1 → %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute:    %1 → %2</source>
            <translation>속성 매핑:    %1 → %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audience:     %1 %2</source>
            <translation>대상자:       %1 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1, from %2 to %3</source>
            <comment>an audience of destination show, then its dates</comment>
            <translation>%1, %2부터 %3까지</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, from %2</source>
            <comment>an audience of destination show, then its start date</comment>
            <translation>%1, %2부터</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1, until %2</source>
            <comment>an audience of destination show, then its end date</comment>
            <translation>%1, %2까지</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Delivery:     no rate limit, %1 in flight, %2 s deadline</source>
            <translation>전송:         속도 제한 없음, 동시 요청 %1개, 제한 시간 %2초</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Delivery:     %1/min, %2 in flight, %3 s deadline</source>
            <translation>전송:         분당 %1회, 동시 요청 %2개, 제한 시간 %3초</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+21" />
            <location filename="../../app/cli/historycommands.cpp" line="-11" />
            <source>This command takes one destination id.</source>
            <translation>이 명령에는 대상 ID 하나가 필요합니다.</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Remove it even though activations are still queued for it: they are never sent.</source>
            <translation>대기 중인 활성화가 있어도 삭제합니다: 그 활성화는 전송되지 않습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qadctl destination remove: delete a destination and its token. Its history stays in the database.</source>
            <translation>qadctl destination remove: 대상과 그 토큰을 삭제합니다. 기록은 데이터베이스에 남습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Destination "%1" still has %n activation(s) queued (pending, being sent or waiting for a retry); removed, it would never send them. Deliver them first (`qadctl run %2 --source FILE --exit-when-idle`, after `qadctl resume %2` if it is paused), or remove it anyway with --force: its history stays in the database.</source>
            <translation>
                <numerusform>대상 “%1”에 아직 대기 중인 활성화가 %n개 있습니다(대기, 전송 중 또는 재시도 대기). 삭제하면 전송되지 않습니다. 먼저 전달하거나(`qadctl run %2 --source FILE --exit-when-idle`, 일시 중지되어 있으면 먼저 `qadctl resume %2`), --force로 그래도 삭제하세요: 기록은 데이터베이스에 남습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+27" />
            <source>Removed destination "%1" (%2). Its history stays until it ages out: `qadctl history %2` reads it.</source>
            <translation>대상 "%1"(%2)을(를) 삭제했습니다. 기록은 만료될 때까지 남아 있으며 `qadctl history %2`로 읽을 수 있습니다.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>the destination is removed, but its token could not be deleted from the keychain: %1</source>
            <translation>대상은 삭제했지만 키체인에서 토큰을 삭제하지 못했습니다: %1</translation>
        </message>
        <message>
            <location line="-265" />
            <source>qadctl destination add: create a destination; prints its id. --name, --url and --identity are required, and --username with basic auth.</source>
            <translation>qadctl destination add: 대상을 만들고 ID를 출력합니다. --name, --url, --identity는 필수이며 basic 인증에서는 --username도 필요합니다.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>qadctl destination edit: change only the options given. --identity, --map and --audience replace the whole list when given: repeat every entry to keep.</source>
            <translation>qadctl destination edit: 지정한 옵션만 바꿉니다. --identity, --map, --audience는 지정하면 목록 전체를 바꿉니다. 유지할 항목을 모두 다시 적으세요.</translation>
        </message>
        <message>
            <location line="+240" />
            <source>Removed destination "%1" (%2). It had no history.</source>
            <translation>대상 "%1"(%2)을(를) 삭제했습니다. 기록은 없었습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>qadctl destination export: print a destination as JSON, without secrets.</source>
            <translation>qadctl destination export: 대상을 비밀 정보 없이 JSON으로 출력합니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A file written by destination export, or -.</source>
            <translation>destination export로 작성한 파일 또는 -.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>qadctl destination import: add a destination from an export.</source>
            <translation>qadctl destination import: 내보낸 파일에서 대상을 추가합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>destination import takes one file (or - for standard input).</source>
            <translation>destination import에는 파일 하나(표준 입력은 -)가 필요합니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../app/cli/doctorcommand.cpp" line="-42" />
            <location line="+97" />
            <location line="+2" />
            <location filename="../../app/cli/sendcommands.cpp" line="-68" />
            <location line="+25" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Imported "%1". Store its token with: qadctl token set %2</source>
            <translation>"%1"을(를) 가져왔습니다. 다음 명령으로 토큰을 저장하세요: qadctl token set %2</translation>
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
            <translation>사용법: qadctl destination 명령 [옵션]

명령:
  add --name N --url U --identity SRC:TARGET… [옵션]     대상을 만들고 ID를 출력합니다
  edit ID [add의 옵션]                                    지정한 옵션만 바꿉니다
  list [--json]                                           설정된 대상 목록
  show ID [--json]                                        한 대상의 설정
  remove ID [--force]                                     대상과 토큰을 삭제합니다
  export ID                                               비밀 정보 없이 JSON으로 출력합니다
  import FILE|-                                           내보낸 파일에서 대상을 추가합니다

ID는 대상의 ID, ID의 앞부분(4자 이상) 또는 이름입니다.
qadctl destination 명령 --help는 명령의 옵션을 보여 줍니다.
</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Unknown command "destination %1"; use one of: add, edit, list, show, remove, export, import.</source>
            <translation>알 수 없는 명령 "destination %1"입니다. add, edit, list, show, remove, export, import 중 하나를 사용하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>destination needs one of: add, edit, list, show, remove, export, import.</source>
            <translation>destination 다음에는 add, edit, list, show, remove, export, import 중 하나가 필요합니다.</translation>
        </message>
        <message>
            <location filename="../../app/cli/doctorcommand.cpp" line="-134" />
            <source>ok  </source>
            <translation>정상</translation>
        </message>
        <message>
            <location line="+1" />
            <source>warn</source>
            <translation>경고</translation>
        </message>
        <message>
            <location line="+4" />
            <source>FAIL</source>
            <translation>실패</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1: %2 (not created yet)</source>
            <translation>%1: %2 (아직 만들어지지 않음)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: %2 is not writable; fix its permissions or choose another directory.</source>
            <translation>%1: %2에 쓸 수 없습니다. 권한을 수정하거나 다른 디렉터리를 선택하세요.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: %2 is readable by other users; run chmod 700 on it.</source>
            <translation>%1: 다른 사용자가 %2을(를) 읽을 수 있습니다. chmod 700을 실행하세요.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>database: %1 (not created yet)</source>
            <translation>데이터베이스: %1 (아직 만들어지지 않음)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>database: %1</source>
            <translation>데이터베이스: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>database: %1 (schema %2, %3, every page read)</source>
            <translation>데이터베이스: %1 (스키마 %2, %3, 모든 페이지 읽음)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>qadctl doctor: check the keychain and token sources, the paths, the database, the configuration and the memory allocator. Exits 1 when a check fails.</source>
            <translation>qadctl doctor: 키체인과 토큰 출처, 경로, 데이터베이스, 구성, 메모리 할당자를 확인합니다. 확인이 실패하면 1로 종료합니다.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>qadctl %1 on Qt %2</source>
            <translation>qadctl %1 (Qt %2)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>memory allocator: the C library's malloc()</source>
            <translation>메모리 할당기: C 라이브러리의 malloc()</translation>
        </message>
        <message>
            <location line="+2" />
            <source>memory allocator: %1</source>
            <translation>메모리 할당기: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>memory allocator: %1 is linked, but another allocator serves malloc() (set by LD_PRELOAD?): streaming takes more CPU. Unset LD_PRELOAD to use %1.</source>
            <translation>메모리 할당기: %1이(가) 링크되어 있지만 다른 할당기가 malloc()을 처리합니다(LD_PRELOAD로 설정되었나요?). 스트리밍에 CPU가 더 많이 듭니다. %1을(를) 사용하려면 LD_PRELOAD를 해제하세요.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>configuration directory</source>
            <translation>설정 디렉터리</translation>
        </message>
        <message>
            <location line="+1" />
            <source>data directory</source>
            <translation>데이터 디렉터리</translation>
        </message>
        <message>
            <location line="+9" />
            <source>keychain (%1): %2 Not needed while QAD_API_TOKEN is set.</source>
            <translation>키체인(%1): %2 QAD_API_TOKEN이 설정되어 있는 동안에는 필요하지 않습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>keychain (%1): %2</source>
            <translation>키체인(%1): %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>keychain: %1 answers</source>
            <translation>키체인: %1 응답함</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QAD_API_TOKEN is set: every destination uses it instead of the keychain.</source>
            <translation>QAD_API_TOKEN이 설정되어 있습니다: 모든 대상이 키체인 대신 이 값을 사용합니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>configuration: %n destination(s) in %1</source>
            <translation>
                <numerusform>설정: %1에 대상 %n개</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1: configuration valid</source>
            <translation>%1: 설정 올바름</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: token from the %2</source>
            <translation>%1: %2에서 가져온 토큰</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: no token: %2</source>
            <translation>%1: 토큰 없음: %2</translation>
        </message>
        <message>
            <location filename="../../app/cli/historycommands.cpp" line="+190" />
            <source>At most N (default 50).</source>
            <translation>최대 N개(기본값 50).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Machine-readable output, with attempts.</source>
            <translation>시도를 포함해 기계가 읽을 수 있는 형식으로 출력합니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+105" />
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>시도 %n회</numerusform>
            </translation>
        </message>
        <message>
            <location line="-153" />
            <location line="+155" />
            <source>  [test]</source>
            <translation>  [테스트]</translation>
        </message>
        <message>
            <location line="-257" />
            <source>%1 is no longer configured (it was removed); its history is read as the database keeps it.</source>
            <translation>%1은(는) 더 이상 설정되어 있지 않습니다(삭제됨). 데이터베이스에 보관된 기록을 읽습니다.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>A `qadctl run %1` streaming now (or the GUI) sends them within seconds; otherwise the next one does.</source>
            <translation>지금 실행 중인 `qadctl run %1`(또는 GUI)이 몇 초 안에 보냅니다. 실행 중이 아니면 다음 실행이 보냅니다.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No profile was left out by "%1".</source>
            <translation>"%1"에서 제외된 프로필이 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>(no usable identity)</source>
            <translation>(사용할 수 있는 ID 없음)</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No input record was rejected.</source>
            <translation>거부된 입력 레코드가 없습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/cli/runcommand.cpp" line="+281" />
            <source>standard input</source>
            <translation>표준 입력</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Only the activations that are pending, sending, retrying, succeeded or failed; or the profiles left out (excluded), or the bad input records of any source (rejected), each with its reason.</source>
            <translation>pending, sending, retrying, succeeded, failed 상태의 활성화만 표시하거나, 제외된 프로필(excluded) 또는 모든 소스의 잘못된 입력 레코드(rejected)를 각각 이유와 함께 표시합니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The destination; the full id of one that was removed reads the history it left.</source>
            <translation>대상. 삭제된 대상의 전체 ID를 지정하면 남은 기록을 읽습니다.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>qadctl history ID: activations, newest first; with --status excluded or rejected, the profiles left out or the bad input records, with their reasons.</source>
            <translation>qadctl history ID: 활성화를 최신순으로 표시합니다. --status excluded 또는 rejected를 주면 제외된 프로필이나 잘못된 입력 레코드를 이유와 함께 표시합니다.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>--status: use pending, sending, retrying, succeeded, failed, excluded or rejected.</source>
            <translation>--status: pending, sending, retrying, succeeded, failed, excluded, rejected 중 하나를 사용하세요.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>"%1" has no %2 activation.</source>
            <translation>"%1"에 상태가 %2인 활성화가 없습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>"%1" has no activation yet.</source>
            <translation>"%1"에 아직 활성화가 없습니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>  next %1</source>
            <translation>  다음 시도 %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>qadctl status ID: delivery status, counters per hour and in total, alerts.</source>
            <translation>qadctl status ID: 전송 상태, 시간별 및 전체 카운터, 알림.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>error: the last attempt failed (the last error says why)</source>
            <translation>오류: 마지막 시도가 실패함(마지막 오류에 이유가 있음)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Destination:          %1 (%2)</source>
            <translation>대상:                 %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>State:                %1</source>
            <translation>상태:                 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last error:           %1</source>
            <translation>마지막 오류:          %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>                      total      this hour</source>
            <translation>                           전체  이번 시간대</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Profiles received</source>
            <translation>받은 프로필</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities activated</source>
            <translation>활성화된 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities excluded</source>
            <translation>제외된 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identities failed</source>
            <translation>실패한 ID</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activation rate</source>
            <translation>활성화 비율</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Latency (average):    %1 ms</source>
            <translation>평균 지연 시간:       %1 ms</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Queue depth:          %1 (%2 retrying)</source>
            <translation>대기열 길이:          %1 (재시도 중 %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send rate:            %1/s (activations done, over the last 10 s)</source>
            <translation>전송 속도:            %1/s (최근 10초 동안 완료된 활성화)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open alerts:          none</source>
            <translation>열린 알림:            없음</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alert:                %1  %2: %3</source>
            <translation>알림:                 %1  %2: %3</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Re-queue every failed activation.</source>
            <translation>실패한 활성화를 모두 다시 대기열에 넣습니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re-queue one activation.</source>
            <translation>활성화 하나를 다시 대기열에 넣습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qadctl replay ID (--failed | --activation AID): send again; the next run delivers them.</source>
            <translation>qadctl replay ID (--failed | --activation AID): 다시 보냅니다. 다음 실행에서 전송됩니다.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>replay takes --failed (every failed activation) or --activation AID (one), not both.</source>
            <translation>replay는 --failed(실패한 모든 활성화) 또는 --activation AID(하나) 중 하나만 받습니다. 둘 다는 안 됩니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>replay needs either --failed or --activation AID.</source>
            <translation>replay에는 --failed 또는 --activation AID가 필요합니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" has no failed activation to send again.</source>
            <translation>"%1"에 다시 보낼 실패한 활성화가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n activation(s) queued again.</source>
            <translation>
                <numerusform>활성화 %n개를 다시 대기열에 넣었습니다.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No activation %1 for destination "%2".</source>
            <translation>대상 "%2"에 활성화 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Activation %1 queued again.</source>
            <translation>활성화 %1을(를) 다시 대기열에 넣었습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>it had been delivered already: Qualtrics starts its workflow for %1 again.</source>
            <translation>이미 전달된 활성화입니다. Qualtrics가 %1에 대한 워크플로를 다시 시작합니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>qadctl pause ID: stop sending (activations keep queueing).</source>
            <translation>qadctl pause ID: 전송을 멈춥니다(활성화는 계속 대기열에 쌓임).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>qadctl resume ID: send again, after a pause or an authentication failure.</source>
            <translation>qadctl resume ID: 일시 중지나 인증 실패 후 전송을 재개합니다.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Destination "%1" paused.</source>
            <translation>대상 "%1"을(를) 일시 중지했습니다.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Destination "%1" resumed.</source>
            <translation>대상 "%1"을(를) 재개했습니다.</translation>
        </message>
        <message>
            <location filename="../../app/cli/runcommand.cpp" line="-191" />
            <source>read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s</source>
            <translation>읽음 %1 · 거부 %2 · 활성화 %3 · 제외 %4 · 전송 %5 · 실패 %6 · 재시도 %7 · %8/s</translation>
        </message>
        <message>
            <location line="+12" />
            <source>read %1 · rejected %2 · activations %3 · excluded %4 · sent %5 · failed %6 · retries %7 · %8/s on average over %9 s</source>
            <translation>읽음 %1 · 거부 %2 · 활성화 %3 · 제외 %4 · 전송 %5 · 실패 %6 · 재시도 %7 · 평균 %8/s (%9초 동안)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>One or more destinations.</source>
            <translation>대상 하나 이상.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profile updates: an NDJSON or JSON-array file, pretty-printed objects one after another, a named pipe (read as it is written, as &lt;(producer) is), or - for standard input.</source>
            <translation>프로필 업데이트: NDJSON 또는 JSON 배열 파일, 줄바꿈해 보기 좋게 쓴 객체를 연달아 담은 파일, 이름 있는 파이프(&lt;(producer)처럼 쓰이는 대로 읽음), 표준 입력은 -.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep reading the file as it grows, through rotation and truncation.</source>
            <translation>파일이 커지는 동안 계속 읽습니다(로테이션과 잘림에도 계속).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exit once the source is exhausted and every activation is succeeded or failed.</source>
            <translation>소스를 끝까지 읽고 모든 활성화가 성공하거나 실패하면 종료합니다.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep final activations this many days (default 90).</source>
            <translation>완료된 활성화를 이 일수만큼 보관합니다(기본값 90).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>qadctl run ID… --source PATH|-: stream profile updates to the destinations until stopped (Ctrl+C or SIGTERM: in-flight work is finished or kept, exit 0).</source>
            <translation>qadctl run ID… --source PATH|-: 중지할 때까지 프로필 업데이트를 대상으로 스트리밍합니다(Ctrl+C 또는 SIGTERM: 진행 중인 작업은 마무리하거나 보관하고 0으로 종료).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>run needs at least one destination id.</source>
            <translation>run에는 대상 ID가 하나 이상 필요합니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>run needs --source PATH (or --source - for standard input).</source>
            <translation>run에는 --source PATH(표준 입력은 --source -)가 필요합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--follow applies to files; standard input is read until it ends.</source>
            <translation>--follow는 파일에만 적용됩니다. 표준 입력은 끝날 때까지 읽습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>--exit-when-idle ends a run once the source is read to its end, and --follow never reaches one: use --follow to stream until Ctrl+C, or --exit-when-idle for a batch.</source>
            <translation>--exit-when-idle은 소스를 끝까지 읽으면 실행을 끝내는데, --follow는 끝에 이르지 않습니다: Ctrl+C까지 스트리밍하려면 --follow를, 일괄 처리에는 --exit-when-idle을 사용하세요.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Destination "%1" is not valid; fix it with `qadctl destination edit`:
%2</source>
            <translation>대상 "%1"이(가) 올바르지 않습니다. `qadctl destination edit`로 수정하세요:
%2</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Destination "%1": %2</source>
            <translation>대상 "%1": %2</translation>
        </message>
        <message>
            <location line="+54" />
            <source>qadctl: the token of destination %1 could not be read again as it was resumed, so the run keeps the one it started with: %2</source>
            <translation>qadctl: 재개할 때 대상 %1의 토큰을 다시 읽지 못해, 실행은 시작할 때의 토큰을 계속 씁니다: %2</translation>
        </message>
        <message>
            <location line="+11" />
            <source>alert: %1: %2</source>
            <translation>알림: %1: %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>rejected: more bad records follow; they are counted, not shown here. List them with `qadctl history %1 --status rejected`.</source>
            <translation>거부: 잘못된 레코드가 더 있습니다. 개수는 세지만 여기에는 표시하지 않습니다. `qadctl history %1 --status rejected`로 목록을 보세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>rejected: %1: %2</source>
            <translation>거부: %1: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Stopping on SIGTERM: finishing what is in flight… (another SIGTERM or SIGINT stops at once; what is in flight is then sent again at the next start)</source>
            <translation>SIGTERM을 받아 중지하는 중: 진행 중인 전송을 마무리합니다… (SIGTERM이나 SIGINT를 한 번 더 받으면 바로 멈추며, 진행 중이던 전송은 다음 시작 때 다시 보냅니다)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stopping: finishing what is in flight… (Ctrl+C again stops at once; what is in flight is then sent again at the next start)</source>
            <translation>중지하는 중: 진행 중인 전송을 마무리합니다… (Ctrl+C를 한 번 더 누르면 바로 멈추며, 진행 중이던 전송은 다음 시작 때 다시 보냅니다)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stopping at once: what was in flight is sent again at the next start.</source>
            <translation>바로 멈춥니다: 진행 중이던 전송은 다음 시작 때 다시 보냅니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Waiting for %1: it does not exist yet, and is read from its start once it appears.</source>
            <translation>%1을(를) 기다리는 중: 아직 없는 파일이며, 생기면 처음부터 읽습니다.</translation>
        </message>
        <message>
            <location filename="../../app/cli/sendcommands.cpp" line="-46" />
            <source>generated sample</source>
            <translation>생성된 샘플</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No --profile given: sending a generated sample profile.</source>
            <translation>--profile을 지정하지 않아 생성된 샘플 프로필을 보냅니다.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>%1 holds %2 profiles; test-send sends the first.</source>
            <translation>%1에 프로필이 %2개 있습니다. test-send는 첫 번째 프로필을 보냅니다.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 holds several lines; test-send sends the first profile.</source>
            <translation>%1에 여러 줄이 있습니다. test-send는 첫 번째 프로필을 보냅니다.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>How many profiles (default 1).</source>
            <translation>프로필 수(기본값 1).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>qadctl sample ID: sample profiles for the destination's mapping, as NDJSON.</source>
            <translation>qadctl sample ID: 대상의 매핑에 맞는 샘플 프로필을 NDJSON으로 출력합니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>sample takes one destination id.</source>
            <translation>sample에는 대상 ID 하나가 필요합니다.</translation>
        </message>
        <message>
            <location line="-56" />
            <source>%1: the array is empty, so there is no profile to send. Give one profile object, or an array that starts with one.</source>
            <translation>%1: 배열이 비어 있어 보낼 프로필이 없습니다. 프로필 객체 하나나, 프로필로 시작하는 배열을 주세요.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>A profile JSON file (or -); a generated sample when left out.</source>
            <translation>프로필 JSON 파일(또는 -). 생략하면 생성된 샘플을 사용합니다.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>qadctl test-send ID: build the payload from a profile, send it once, and show the request (auth redacted) and the response. Recorded in the history as a test.</source>
            <translation>qadctl test-send ID: 프로필로 페이로드를 만들어 한 번 보내고 요청(인증 정보 가림)과 응답을 표시합니다. 기록에 테스트로 남습니다.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>test-send takes one destination id.</source>
            <translation>test-send에는 대상 ID 하나가 필요합니다.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>--profile is empty: give a profile file (or - for standard input), or leave --profile out to send a generated sample.</source>
            <translation>--profile이 비어 있습니다: 프로필 파일(표준 입력은 -)을 지정하거나, 생성된 샘플을 보내려면 --profile을 빼세요.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Profile excluded, nothing was sent: %1</source>
            <translation>프로필이 제외되어 아무것도 보내지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not sent: %1</source>
            <translation>보내지 않았습니다: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recorded in the history as test activation %1.</source>
            <translation>테스트 활성화 %1(으)로 기록에 남겼습니다.</translation>
        </message>
        <message>
            <location filename="../../app/cli/tokencommands.cpp" line="-113" />
            <source>API token for "%1" (input hidden): </source>
            <translation>"%1"의 API 토큰(입력 내용 숨김): </translation>
        </message>
        <message>
            <location line="+39" />
            <source>No token on standard input. Pipe it in, e.g. `printf '%s' "$TOKEN" | qadctl token set %1`.</source>
            <translation>표준 입력에 토큰이 없습니다. 파이프로 전달하세요. 예: `printf '%s' "$TOKEN" | qadctl token set %1`.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The token has spaces, several lines or control characters; give only the API token.</source>
            <translation>토큰에 공백, 여러 줄 또는 제어 문자가 있습니다. API 토큰만 입력하세요.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Token for "%1" stored in the keychain (%2).</source>
            <translation>"%1"의 토큰을 키체인(%2)에 저장했습니다.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>QAD_API_TOKEN is set in this environment and takes precedence over the keychain.</source>
            <translation>이 환경에 QAD_API_TOKEN이 설정되어 있으며 키체인보다 우선합니다.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Token for "%1" deleted from the keychain.</source>
            <translation>키체인에서 "%1"의 토큰을 삭제했습니다.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was sent: destination "%1" is not valid. Fix it first with `qadctl destination edit`:
%2</source>
            <translation>아무것도 보내지 않았습니다: 대상 "%1"이(가) 올바르지 않습니다. 먼저 `qadctl destination edit`로 고치세요:
%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Token source: %1</source>
            <translation>토큰 출처: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the token belongs to %1, but the destination's username is %2; Basic auth needs both to match.</source>
            <translation>토큰은 %1의 것인데 대상의 사용자 이름은 %2입니다. Basic 인증에서는 둘이 일치해야 합니다.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>set, delete or check.</source>
            <translation>set, delete 또는 check.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>check: only say where the token comes from; do not ask Qualtrics.</source>
            <translation>check: 토큰 출처만 표시하고 Qualtrics에는 묻지 않습니다.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>qadctl token set|delete|check ID: the destination's API token in the OS keychain.
set reads the token from standard input; check verifies it with Qualtrics (whoami) without starting a workflow.</source>
            <translation>qadctl token set|delete|check ID: OS 키체인에 있는 대상의 API 토큰.
set은 표준 입력에서 토큰을 읽고, check는 워크플로를 시작하지 않고 Qualtrics(whoami)로 토큰을 검증합니다.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Use: qadctl token set|delete|check ID</source>
            <translation>사용법: qadctl token set|delete|check ID</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+15" />
            <source>token needs one of: set, delete, check.</source>
            <translation>token 다음에는 set, delete, check 중 하나가 필요합니다.</translation>
        </message>
    </context>
</TS>

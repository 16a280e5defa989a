<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../core/cli/BackupCommand.cpp" line="+17"/>
        <source>Usage: remixcrm %1 FILE</source>
        <translation>Aufruf: remixcrm %1 DATEI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup failed: %1</source>
        <translation>Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backed up %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage wurde in %1 gesichert.</numerusform>
            <numerusform>%n Anfragen wurden in %1 gesichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore refused: %1</source>
        <translation>Wiederherstellung abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restored %n lead(s) from %1.</source>
        <translation>
            <numerusform>%n Anfrage wurde aus %1 wiederhergestellt.</numerusform>
            <numerusform>%n Anfragen wurden aus %1 wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The previous database was kept as %1.</source>
        <translation>Die bisherige Datenbank wurde als %1 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <location filename="../core/server/BackupManager.cpp" line="+110"/>
        <source>there is no database in this data directory yet</source>
        <translation>in diesem Datenordner gibt es noch keine Datenbank</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the snapshot could not be written (disk full or not writable?)</source>
        <translation>die Sicherung konnte nicht geschrieben werden (Datenträger voll oder schreibgeschützt?)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the backup could not be flushed to disk</source>
        <translation>die Sicherung konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 could not be created</source>
        <translation>%1 konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a readable database</source>
        <translation>%1 ist keine lesbare Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a RemixCRM backup (not an SQLite database)</source>
        <translation>%1 ist keine RemixCRM-Sicherung (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: the integrity check failed</source>
        <translation>%1 ist beschädigt: die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was written by a newer RemixCRM; update first</source>
        <translation>%1 stammt von einer neueren RemixCRM-Version; bitte zuerst aktualisieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a RemixCRM database</source>
        <translation>%1 ist keine RemixCRM-Datenbank</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>that file is the current database</source>
        <translation>diese Datei ist die aktuelle Datenbank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the backup could not be copied into the data directory</source>
        <translation>die Sicherung konnte nicht in den Datenordner kopiert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current database could not be set aside</source>
        <translation>die aktuelle Datenbank konnte nicht beiseitegelegt werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the restored database could not be put in place</source>
        <translation>die wiederhergestellte Datenbank konnte nicht an ihren Platz gelegt werden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the backups folder could not be created</source>
        <translation>der Sicherungsordner konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: remixcrm [options] [command]

Without a command, RemixCRM opens its window (or runs headless when there is no
display) and listens for leads.

Options:
  --headless             Run the lead listener without a window.
  --data-dir DIR         Folder holding the database (default: the user&apos;s app
                         data folder, or $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Address to listen on (default: the &apos;listen&apos; setting,
                         127.0.0.1:8088).
  --public-url URL       Public base URL, e.g. your tunnel&apos;s, used in lead_url.
  -h, --help             Show this help.
  -v, --version          Show the version.

Commands:
  keys create --name NAME   Create an API key; it is printed once, on the last line.
  keys list                 List API keys (prefix, name, created, last used, revoked).
  keys revoke PREFIX        Revoke a key; the running server refuses it at once.
  config get KEY            Print a setting.
  config set KEY VALUE      Change a setting.
  config list               List every setting with its value.
  backup FILE               Write a consistent copy of the database to FILE, also
                            while RemixCRM is running.
  restore FILE              Replace the database with the backup FILE (RemixCRM
                            must not be running on this data directory).
</source>
        <translation type="vanished">Aufruf: remixcrm [Optionen] [Befehl]

Ohne Befehl öffnet RemixCRM sein Fenster (oder läuft ohne Fenster, wenn kein
Bildschirm vorhanden ist) und nimmt Anfragen entgegen.

Optionen:
  --headless             Den Anfragen-Empfang ohne Fenster ausführen.
  --data-dir DIR         Ordner mit der Datenbank (Standard: der Anwendungsdaten-
                         ordner des Benutzers oder $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Adresse, auf der gelauscht wird (Standard: die Einstellung
                         „listen“, 127.0.0.1:8088).
  --public-url URL       Öffentliche Basis-URL, z. B. die Ihres Tunnels, für lead_url.
  -h, --help             Diese Hilfe anzeigen.
  -v, --version          Die Version anzeigen.

Befehle:
  keys create --name NAME   API-Schlüssel erstellen; er wird einmalig in der letzten
                            Zeile ausgegeben.
  keys list                 API-Schlüssel auflisten (Präfix, Name, erstellt, zuletzt
                            verwendet, widerrufen).
  keys revoke PREFIX        Schlüssel widerrufen; der laufende Server lehnt ihn sofort ab.
  config get KEY            Eine Einstellung ausgeben.
  config set KEY VALUE      Eine Einstellung ändern.
  config list               Alle Einstellungen mit ihren Werten auflisten.
  backup FILE               Eine konsistente Kopie der Datenbank in FILE schreiben,
                            auch während RemixCRM läuft.
  restore FILE              Die Datenbank durch die Sicherung FILE ersetzen (RemixCRM
                            darf dabei nicht mit diesem Datenordner laufen).
</translation>
    </message>
    <message>
        <location filename="../core/cli/CommandLine.cpp" line="+61"/>
        <source>Usage: remixcrm [options] [command]

Without a command, RemixCRM opens its window (or runs headless when there is no
display) and listens for leads.

Options:
  --headless             Run the lead listener without a window.
  --data-dir DIR         Folder holding the database (default: the user&apos;s app
                         data folder, or $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Address to listen on (default: the &apos;listen&apos; setting,
                         127.0.0.1:8088).
  --public-url URL       Public base URL, e.g. your tunnel&apos;s, used in lead_url.
  --open LEAD            Open the window on a lead (its id or lead_url).
  -h, --help             Show this help.
  -v, --version          Show the version.

Commands:
  keys create --name NAME   Create an API key; it is printed once, on the last line.
  keys list                 List API keys (prefix, name, created, last used, revoked).
  keys revoke PREFIX        Revoke a key; the running server refuses it at once.
  config get KEY            Print a setting.
  config set KEY VALUE      Change a setting.
  config list               List every setting with its value.
  backup FILE               Write a consistent copy of the database to FILE, also
                            while RemixCRM is running.
  restore FILE              Replace the database with the backup FILE (RemixCRM
                            must not be running on this data directory).
  webhooks add URL --events a,b [--secret S]
                            Send events (lead.created, lead.updated, contact.created,
                            contact.updated or *) to URL; prints the id and, when no
                            secret was given, the generated signing secret.
  webhooks list             List webhooks (never their secrets).
  webhooks remove ID        Remove a webhook.
  webhooks enable ID | disable ID
                            Turn a webhook on again (e.g. after it was disabled for
                            failing) or off.
  webhooks test ID          Send a signed ping event and show the answer.
  webhooks deliveries ID    Show the latest deliveries and their results.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Send one delivery again, or every failed one since TIME.
</source>
        <translation>Aufruf: remixcrm [Optionen] [Befehl]

Ohne Befehl öffnet RemixCRM sein Fenster (oder läuft ohne Fenster, wenn kein
Bildschirm vorhanden ist) und nimmt Leads entgegen.

Optionen:
  --headless             Lead-Empfang ohne Fenster ausführen.
  --data-dir DIR         Ordner mit der Datenbank (Standard: der App-Datenordner
                         des Benutzers oder $REMIXCRM_DATA_DIR).
  --listen HOST:PORT     Empfangsadresse (Standard: die Einstellung „listen“,
                         127.0.0.1:8088).
  --public-url URL       Öffentliche Basis-URL (z. B. des Tunnels) für lead_url.
  --open LEAD            Fenster mit einem Lead öffnen (ID oder lead_url).
  -h, --help             Diese Hilfe anzeigen.
  -v, --version          Die Version anzeigen.

Befehle:
  keys create --name NAME   API-Schlüssel erstellen; er wird einmalig in der
                            letzten Zeile ausgegeben.
  keys list                 API-Schlüssel auflisten (Präfix, Name, erstellt,
                            zuletzt verwendet, widerrufen).
  keys revoke PREFIX        Schlüssel widerrufen; der laufende Server lehnt
                            ihn sofort ab.
  config get KEY            Eine Einstellung ausgeben.
  config set KEY VALUE      Eine Einstellung ändern.
  config list               Alle Einstellungen mit ihren Werten auflisten.
  backup FILE               Konsistente Kopie der Datenbank nach FILE schreiben,
                            auch während RemixCRM läuft.
  restore FILE              Datenbank durch die Sicherung FILE ersetzen
                            (RemixCRM darf nicht mit diesem Datenordner laufen).
  webhooks add URL --events a,b [--secret S]
                            Ereignisse (lead.created, lead.updated,
                            contact.created, contact.updated oder *) an URL
                            senden; gibt die ID und, falls kein Secret angegeben
                            wurde, das erzeugte Signatur-Secret aus.
  webhooks list             Webhooks auflisten (ohne ihre Secrets).
  webhooks remove ID        Webhook entfernen.
  webhooks enable ID | disable ID
                            Webhook wieder einschalten (z. B. nachdem er wegen
                            Fehlern deaktiviert wurde) oder ausschalten.
  webhooks test ID          Signiertes Ping-Ereignis senden, Antwort anzeigen.
  webhooks deliveries ID    Letzte Zustellungen und ihre Ergebnisse anzeigen.
  webhooks redeliver DELIVERY | redeliver ID --since TIME
                            Eine Zustellung erneut senden oder alle, die seit
                            TIME fehlgeschlagen sind.
</translation>
    </message>
</context>
<context>
    <name>HostedForm</name>
    <message>
        <location filename="../core/capture/HostedForm.cpp" line="+17"/>
        <source>Tell us about your event</source>
        <translation>Erzählen Sie uns von Ihrer Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share a few details and we will get back to you shortly.</source>
        <translation>Teilen Sie uns ein paar Details mit – wir melden uns in Kürze bei Ihnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event date</source>
        <translation>Datum der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of event</source>
        <translation>Art der Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one</source>
        <translation>Bitte auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue, number of guests, what you have in mind…</source>
        <translation>Veranstaltungsort, Anzahl der Gäste, Ihre Vorstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send inquiry</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your details are only used to answer your inquiry.</source>
        <translation>Ihre Angaben werden ausschließlich zur Beantwortung Ihrer Anfrage verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this field empty</source>
        <translation>Dieses Feld bitte leer lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check the highlighted fields:</source>
        <translation>Bitte überprüfen Sie die markierten Felder:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a valid email address, like name@example.com.</source>
        <translation>Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a phone number.</source>
        <translation>Bitte geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a valid event date.</source>
        <translation>Bitte geben Sie ein gültiges Datum für Ihre Veranstaltung ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten your message.</source>
        <translation>Bitte kürzen Sie Ihre Nachricht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this field: %1.</source>
        <translation>Bitte überprüfen Sie dieses Feld: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your inquiry is on its way. We will get back to you as soon as we can.</source>
        <translation>Ihre Anfrage ist unterwegs. Wir melden uns so bald wie möglich bei Ihnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send another inquiry</source>
        <translation>Weitere Anfrage senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please wait a moment</source>
        <translation>Bitte warten Sie einen Moment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We received many requests from your connection. Please try again in a minute.</source>
        <translation>Von Ihrer Verbindung sind sehr viele Anfragen eingegangen. Bitte versuchen Sie es in einer Minute noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Powered by RemixCRM</source>
        <translation>Bereitgestellt mit RemixCRM</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../core/server/InstanceLock.cpp" line="+25"/>
        <source>RemixCRM is already running on this data directory (process %1). Stop it first, or use another --data-dir.</source>
        <translation>RemixCRM läuft bereits mit diesem Datenordner (Prozess %1). Beenden Sie es zuerst oder verwenden Sie einen anderen --data-dir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RemixCRM is already running on this data directory.</source>
        <translation>RemixCRM läuft bereits mit diesem Datenordner.</translation>
    </message>
</context>
<context>
    <name>LeadPresentation</name>
    <message>
        <location filename="../ui/LeadPresentation.cpp" line="+32"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Angebot gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/DesktopApp.cpp" line="+19"/>
        <location line="+12"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ApiKeysPage</name>
    <message>
        <location filename="../ui/ApiKeysPage.cpp" line="+28"/>
        <source>API keys let your website, Zapier, n8n or ad platforms send leads to &lt;code&gt;POST /api/v1/leads&lt;/code&gt;. Each key is shown once when it is created; only its prefix is kept visible.</source>
        <translation>Mit API-Schlüsseln können Ihre Website, Zapier, n8n oder Werbeplattformen Leads an &lt;code&gt;POST /api/v1/leads&lt;/code&gt; senden. Jeder Schlüssel wird beim Erstellen einmalig angezeigt; danach bleibt nur sein Präfix sichtbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New API key…</source>
        <translation>&amp;Neuer API-Schlüssel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke %1? Anything still using it will be refused from the next request on. This cannot be undone.</source>
        <translation>%1 widerrufen? Alles, was den Schlüssel noch verwendet, wird ab der nächsten Anfrage abgewiesen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::ConnectPage</name>
    <message>
        <location filename="../ui/ConnectPage.cpp" line="+17"/>
        <source>&lt;h3&gt;Connect your website&lt;/h3&gt;&lt;p&gt;RemixCRM listens on this computer. To receive leads from the internet, run a tunnel (cloudflared, ngrok or Tailscale Funnel) to the listen address, then set the tunnel&apos;s URL as &lt;b&gt;public_url&lt;/b&gt; in Settings.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Website verbinden&lt;/h3&gt;&lt;p&gt;RemixCRM empfängt Leads auf diesem Computer. Um Leads aus dem Internet zu empfangen, richten Sie einen Tunnel (cloudflared, ngrok oder Tailscale Funnel) zur Empfangsadresse ein und tragen Sie anschließend die URL des Tunnels in den Einstellungen als &lt;b&gt;public_url&lt;/b&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+35"/>
        <source># Send a lead with curl (replace rmx_yourkey with a key from the API Keys page)
</source>
        <translation># Lead mit curl senden (rmx_yourkey durch einen Schlüssel von der Seite „API-Schlüssel“ ersetzen)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Zapier: Webhooks by Zapier → Custom Request
</source>
        <translation># Zapier: Webhooks by Zapier → Custom Request
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source># n8n: HTTP Request node
</source>
        <translation># n8n: Node „HTTP Request“
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># Your website: forward the form from your server, never from browser JavaScript
</source>
        <translation># Ihre Website: Formular über Ihren Server weiterleiten, niemals per JavaScript im Browser
</translation>
    </message>
</context>
<context>
    <name>rmx::ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/CreateKeyDialog.cpp" line="+26"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the key a name that says where it is used, e.g. &quot;Website contact form&quot;.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, der zeigt, wo er verwendet wird, z. B. „Kontaktformular Website“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Copy this key now. You won&apos;t see it again.&lt;/b&gt;&lt;br&gt;RemixCRM keeps only a salted hash of it. Keep it on your server side: never put it in a web page&apos;s JavaScript.</source>
        <translation>&lt;b&gt;Kopieren Sie diesen Schlüssel jetzt. Er wird nicht noch einmal angezeigt.&lt;/b&gt;&lt;br&gt;RemixCRM speichert nur einen gesalzenen Hash davon. Verwenden Sie ihn nur serverseitig und niemals im JavaScript einer Webseite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your new API key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The key could not be created. Try again.</source>
        <translation>Der Schlüssel konnte nicht erstellt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadEditor</name>
    <message>
        <location filename="../ui/LeadEditor.cpp" line="+51"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;date</source>
        <translation>Veranstaltungs&amp;datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event &amp;type</source>
        <translation>Veranstaltungs&amp;art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete lead</source>
        <translation>Lead löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the lead from %1? You can undo this right after.</source>
        <translation>Den Lead von %1 löschen? Sie können dies direkt danach rückgängig machen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+23"/>
        <source>Select a lead to see it here.</source>
        <translation>Wählen Sie einen Lead aus, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not saved: %1 (%2).</source>
        <translation>Nicht gespeichert: %1 (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: the lead could not be written. Try again.</source>
        <translation>Nicht gespeichert: Der Lead konnte nicht geschrieben werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date conflict: %1 is also taken by %2.</source>
        <translation>Terminkonflikt: %1 ist auch durch %2 belegt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Created via %1</source>
        <translation>Erstellt über %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the Lead API</source>
        <translation>die Lead-API</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadTableModel</name>
    <message>
        <location filename="../ui/LeadTableModel.cpp" line="+73"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (unread)</source>
        <translation>%1 (ungelesen)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event type</source>
        <translation>Veranstaltungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
</context>
<context>
    <name>rmx::ui::LeadsPage</name>
    <message>
        <location filename="../ui/LeadsPage.cpp" line="+36"/>
        <source>New since I last looked</source>
        <translation>Neu seit meinem letzten Besuch</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search name, email, phone, notes or source</source>
        <translation>Name, E-Mail, Telefon, Notizen oder Quelle durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search leads</source>
        <translation>Leads durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;No leads yet&lt;/h3&gt;&lt;p&gt;Create an API key, then connect your website form, Zapier or n8n on the &lt;b&gt;Connect&lt;/b&gt; page. New leads show up here within a second.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Leads&lt;/h3&gt;&lt;p&gt;Erstellen Sie einen API-Schlüssel und verbinden Sie dann auf der Seite &lt;b&gt;Verbinden&lt;/b&gt; Ihr Website-Formular, Zapier oder n8n. Neue Leads erscheinen hier innerhalb einer Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event date from</source>
        <translation>Veranstaltungsdatum von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event date to</source>
        <translation>Veranstaltungsdatum bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by source</source>
        <translation>Nach Quelle filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by event type</source>
        <translation>Nach Veranstaltungsart filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event date</source>
        <translation>Veranstaltungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n Lead</numerusform>
            <numerusform>%n Leads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All event types</source>
        <translation>Alle Veranstaltungsarten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted the lead from %1 %2.</source>
        <translation>Lead von %1 %2 gelöscht.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+55"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <source>Your lead inbox is ready.</source>
        <translation type="vanished">Ihr Anfragen-Posteingang ist bereit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Contacts&lt;/h3&gt;&lt;p&gt;Everyone who sent you a lead, one entry per email address.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kontakte&lt;/h3&gt;&lt;p&gt;Alle, von denen Sie einen Lead erhalten haben, mit einem Eintrag pro E-Mail-Adresse.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;Webhooks&lt;/h3&gt;&lt;p&gt;Send every new lead to Zapier, n8n, Make or your own server.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Webhooks&lt;/h3&gt;&lt;p&gt;Senden Sie jeden neuen Lead an Zapier, n8n, Make oder Ihren eigenen Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Spam&lt;/h3&gt;&lt;p&gt;Submissions caught by the form&apos;s spam checks wait here for your review.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spam&lt;/h3&gt;&lt;p&gt;Einsendungen, die von der Spamprüfung des Formulars abgefangen wurden, warten hier auf Ihre Durchsicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Starting the lead listener…</source>
        <translation>Lead-Empfang wird gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Listening on %1</source>
        <translation>Empfangsbereit auf %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Not listening: %1</source>
        <translation>Empfang nicht aktiv: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n new lead(s) today</source>
        <translation>
            <numerusform>%n neuer Lead heute</numerusform>
            <numerusform>%n neue Leads heute</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead listener stopped: %1</source>
        <translation type="vanished">Anfragen-Empfang angehalten: %1</translation>
    </message>
</context>
<context>
    <name>rmx::ui::SettingsPage</name>
    <message>
        <location filename="../ui/SettingsPage.cpp" line="+55"/>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Settings saved. Now listening on %1.</source>
        <translation>Einstellungen gespeichert. Jetzt empfangsbereit auf %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not move the listener: %1. It keeps running on the old address.</source>
        <translation>Die Empfangsadresse konnte nicht geändert werden: %1. Der Empfang läuft unter der bisherigen Adresse weiter.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: the settings could not be written.</source>
        <translation>Nicht gespeichert: Die Einstellungen konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>rmx::ui::TrayController</name>
    <message>
        <location filename="../ui/TrayController.cpp" line="+17"/>
        <source>Open RemixCRM</source>
        <translation>RemixCRM öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RemixCRM</source>
        <translation>RemixCRM</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>RemixCRM — %1</source>
        <translation>RemixCRM — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New lead: %1</source>
        <translation>Neuer Lead: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n new lead(s)</source>
        <translation>
            <numerusform>%n neuer Lead</numerusform>
            <numerusform>%n neue Leads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: %1</source>
        <translation>Zuletzt eingegangen: %1</translation>
    </message>
</context>
</TS>
